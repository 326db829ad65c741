"""`scout serve`: the chat app, the REST API, invitation links, /health and /ready on one port.

The chat framework reads its folder (`.chainlit/config.toml`, `chainlit.md`)
and its session secret from the environment when it is first imported, so
both are set here before anything imports it. Its folder is a copy of the
repository's files inside the data folder: it keeps uploads there (and
empties them on exit), so two servers never share one.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import shutil
from pathlib import Path

from core.settings import Settings
from tools.signing_key import signing_key


def project_root() -> Path:
    """The folder holding `.chainlit/` and `chainlit.md` (the repository)."""
    return Path(__file__).resolve().parents[2]


def chat_secret(key: str) -> str:
    """The chat sessions' secret, derived from Scout's key (never the key itself)."""
    return hmac.new(key.encode(), b"chat-sessions", hashlib.sha256).hexdigest()


def chat_folder(settings: Settings) -> Path:
    """The chat framework's folder for this data folder, with the repository's config in it."""
    folder = settings.data_dir.resolve() / "chat"
    (folder / ".chainlit").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(project_root() / ".chainlit" / "config.toml",
                    folder / ".chainlit" / "config.toml")
    shutil.copyfile(project_root() / "chainlit.md", folder / "chainlit.md")
    return folder


def prepare_environment(settings: Settings) -> None:
    """Point the chat framework at its folder and secret (before it is imported)."""
    os.environ["CHAINLIT_APP_ROOT"] = str(chat_folder(settings))
    os.environ["CHAINLIT_AUTH_SECRET"] = chat_secret(signing_key(settings))


def serve(settings: Settings) -> None:
    """Run the server until interrupted."""
    prepare_environment(settings)
    import uvicorn
    from chainlit.config import config, load_module
    from chainlit.server import app

    from ui.web.routes import install_routes
    from ui.web.server_state import ServerState

    config.run.host = settings.server_host
    config.run.port = settings.server_port
    config.run.headless = True
    state = ServerState(settings=settings)
    app.state.scout_server = state
    install_routes(app, state.holder)
    target = str(project_root() / "ui" / "chainlit_app.py")
    config.run.module_name = target
    load_module(target)
    server = uvicorn.Server(
        uvicorn.Config(app, host=settings.server_host, port=settings.server_port,
                       log_level="warning", ws_per_message_deflate=True)
    )
    server.run()
