"""The key that signs sessions and invitation links.

Set `SCOUT_SECRET_KEY` when several app replicas serve the same users; on
one machine a random key is made once and kept in the data folder, so links
and sign-ins survive a restart without any setup.
"""

from __future__ import annotations

import os
import secrets

from core.settings import Settings

KEY_FILE = "secret_key"


def signing_key(settings: Settings) -> str:
    """The configured key, else the data folder's own (created on first use, mode 0600)."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value()
    settings.ensure_dirs()
    path = settings.data_dir / KEY_FILE
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()
