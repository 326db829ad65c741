"""`scout serve` refuses a port that is taken, with a clear message, before doing any work."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path


def test_serve_on_a_taken_port_is_a_clear_error(tmp_path: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "SCOUT_DATA_DIR": str(tmp_path / "data")}
        result = subprocess.run(
            [sys.executable, "-m", "ui.cli", "serve", "--port", str(port)], env=env,
            capture_output=True, text=True, timeout=60, check=False,
        )
    assert result.returncode == 1
    assert f"127.0.0.1:{port} is already in use" in result.stderr
    assert not (tmp_path / "data" / "scout.db").exists()
