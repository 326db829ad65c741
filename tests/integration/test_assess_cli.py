"""`scout assess` through the real process: the DESIGN §9 contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

KEYS = {"score", "specific", "complete", "on_topic", "follow_up", "reasons"}
QUESTION = "How would you run a PostgreSQL database in Kubernetes?"
STRONG = (
    "We ran PostgreSQL on Kubernetes with the CloudNativePG operator: three replicas in a "
    "StatefulSet, streaming replication, nightly backups to S3 and monthly restore tests. "
    "Failover took about 30 seconds."
)
VAGUE = "I have used this a lot and it is very important in my work."


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One data folder for the module, so the embedding model is prepared once."""
    data = tmp_path_factory.mktemp("assess-cli") / "data"
    return {**os.environ, "SCOUT_DATA_DIR": str(data)}


def scout(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ui.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def test_single_answer_prints_one_json_object(env) -> None:
    result = scout(
        env, "assess", "--question", QUESTION, "--answer", STRONG, "--skill", "Kubernetes", "--json"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == KEYS
    assert 1 <= data["score"] <= 5 and data["score"] >= 4
    assert data["follow_up"] is None and isinstance(data["reasons"], list)


def test_batch_prints_one_result_per_line_in_order(env, tmp_path: Path) -> None:
    batch = tmp_path / "answers.jsonl"
    rows = [
        {"question": QUESTION, "answer": STRONG, "skill": "Kubernetes"},
        {"question": QUESTION, "answer": VAGUE},
        {"question": QUESTION, "answer": ""},
    ]
    batch.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = scout(env, "assess", "--batch", str(batch), "--json")
    assert result.returncode == 0, result.stderr
    results = [json.loads(line) for line in result.stdout.splitlines()]
    assert [set(r) for r in results] == [KEYS] * 3
    strong, vague, empty = results
    assert strong["score"] > vague["score"] >= empty["score"] == 1
    assert vague["follow_up"] and empty["reasons"] == ["no answer"]


def test_bad_batch_line_is_named_on_stderr(env, tmp_path: Path) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text(
        json.dumps({"question": QUESTION, "answer": STRONG}) + "\n{not json\n", encoding="utf-8"
    )
    result = scout(env, "assess", "--batch", str(batch), "--json")
    assert result.returncode != 0
    assert result.stdout == ""
    assert "line 2" in result.stderr
