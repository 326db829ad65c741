"""`scout ask` (DESIGN §9): the JSON contract, threads across calls, confirmations."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from test_recruiter_support import ACME, recruiter_world
from typer.testing import CliRunner

from core.settings import Settings
from ui.cli.main import build_app


def _build(settings: Settings, embedder, taxonomy, demo_dir: Path, folder: Path) -> dict:
    async def build() -> dict:
        async with recruiter_world(settings, embedder, taxonomy, demo_dir, folder) as world:
            return dict(world.people)

    return asyncio.run(build())


def _ask(settings: Settings, *args: str) -> dict:
    result = CliRunner().invoke(
        build_app(), ["--data-dir", str(settings.data_dir), "ask", *args, "--json"]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, result.stdout
    return json.loads(lines[0])


def test_ask_json_contract_threads_and_confirmation(
    settings: Settings, embedder, taxonomy, demo_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = _build(settings, embedder, taxonomy, demo_dir, tmp_path / "resumes")
    monkeypatch.setenv("SCOUT_TENANT", ACME)
    first = _ask(settings, "who knows Python?")
    assert set(first) == {"thread", "answer", "candidates"}
    assert all(set(c) == {"id", "name", "evidence"} for c in first["candidates"])
    assert {people["ana"], people["wei"]} <= {c["id"] for c in first["candidates"]}
    thread = first["thread"]
    narrowed = _ask(settings, "and which of them are in Berlin?", "--thread", thread)
    assert narrowed["thread"] == thread
    assert [c["id"] for c in narrowed["candidates"]] == [people["ana"]]
    proposal = _ask(settings, "move the first one to screened for the backend role",
                    "--thread", thread)
    assert "yes" in proposal["answer"]
    done = _ask(settings, "yes", "--thread", thread)
    assert done["answer"].startswith("Moved")
    check = _ask(settings, "who is in the screened stage?")
    assert [c["id"] for c in check["candidates"]] == [people["ana"]]
