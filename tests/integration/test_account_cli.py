"""`scout user add` and `scout interview invite` through real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _scout(args: list[str], tmp_path: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCOUT_DATA_DIR": str(tmp_path / "data"), "SCOUT_TENANT": "cli"}
    env.pop("SCOUT_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_user_add_reads_the_password_from_stdin(tmp_path: Path):
    added = _scout(["user", "add", "Rita@Example.test", "--name", "Rita", "--role",
                    "hiring_manager", "--password-stdin", "--json"], tmp_path, "a long password\n")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) | {"user_id": "-"} == {
        "user_id": "-", "tenant_id": "cli", "email": "rita@example.test", "name": "Rita",
        "role": "hiring_manager",
    }
    again = _scout(["user", "add", "rita@example.test", "--name", "R", "--password-stdin"],
                   tmp_path, "a long password\n")
    assert again.returncode == 1 and "already exists" in again.stderr


def test_user_add_refuses_short_passwords_and_unknown_roles(tmp_path: Path):
    short = _scout(["user", "add", "a@example.test", "--name", "A", "--password-stdin"],
                   tmp_path, "short\n")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    role = _scout(["user", "add", "b@example.test", "--name", "B", "--role", "candidate",
                   "--password-stdin"], tmp_path, "a long password\n")
    assert role.returncode == 1 and "role must be one of" in role.stderr


def test_invite_for_an_unknown_candidate_is_a_clear_error(tmp_path: Path):
    result = _scout(["interview", "invite", "--job", "job_nope", "--candidate", "cand_nope"],
                    tmp_path)
    assert result.returncode == 1
    assert "not found" in result.stderr and result.stdout == ""
