"""What `scout serve` hands the chat app through the server's state."""

from __future__ import annotations

from contextlib import AsyncExitStack
from dataclasses import dataclass, field

from core.settings import Settings
from ui.web.routes import RuntimeHolder


@dataclass
class ServerState:
    """The settings to open the runtime with, where it is held, and what closes it."""

    settings: Settings
    holder: RuntimeHolder = field(default_factory=RuntimeHolder)
    stack: AsyncExitStack = field(default_factory=AsyncExitStack)
