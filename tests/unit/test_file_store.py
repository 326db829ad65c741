"""The local content-addressed file store: dedupe, atomicity, key validation."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.errors import InputError, NotFound
from store.files import FileStore, LocalFileStore, content_key, validate_key


@pytest.fixture
def store(tmp_path: Path) -> LocalFileStore:
    return LocalFileStore(tmp_path / "files")


def test_local_store_implements_the_protocol(store: LocalFileStore) -> None:
    assert isinstance(store, FileStore)


def test_put_returns_sha256_and_get_round_trips(store: LocalFileStore) -> None:
    data = b"%PDF-1.7 resume bytes"
    key = store.put(data)
    assert key == hashlib.sha256(data).hexdigest() == content_key(data)
    assert store.get(key) == data
    assert store.exists(key)


def test_same_bytes_are_stored_once(store: LocalFileStore, tmp_path: Path) -> None:
    first = store.put(b"same")
    second = store.put(b"same")
    assert first == second
    blobs = [p for p in (tmp_path / "files").rglob("*") if p.is_file()]
    assert len(blobs) == 1


def test_two_level_fan_out_layout(store: LocalFileStore, tmp_path: Path) -> None:
    key = store.put(b"fan out")
    expected = tmp_path / "files" / key[:2] / key[2:4] / key
    assert store.path(key) == expected
    assert expected.read_bytes() == b"fan out"


def test_no_temp_files_left_behind(store: LocalFileStore, tmp_path: Path) -> None:
    for i in range(5):
        store.put(f"blob {i}".encode())
    leftovers = [p for p in (tmp_path / "files").rglob(".tmp-*")]
    assert leftovers == []


def test_empty_bytes_are_storable(store: LocalFileStore) -> None:
    key = store.put(b"")
    assert store.get(key) == b""


def test_missing_key_behaviour(store: LocalFileStore) -> None:
    key = "0" * 64
    assert not store.exists(key)
    assert store.path(key) is None
    assert store.delete(key) is False
    with pytest.raises(NotFound):
        store.get(key)


def test_delete_removes_the_blob(store: LocalFileStore) -> None:
    key = store.put(b"erase me")
    assert store.delete(key) is True
    assert not store.exists(key)
    assert store.path(key) is None


@pytest.mark.parametrize(
    "bad",
    [
        "../" * 10 + "etc/passwd",
        "/etc/passwd",
        "..",
        "",
        "abc",
        "A" * 64,  # upper-case hex is not what put() returns
        "g" * 64,
        "0" * 63,
        "0" * 65,
        "00/" + "0" * 61,
        "0" * 63 + "\n",
    ],
)
def test_invalid_keys_are_refused_everywhere(store: LocalFileStore, bad: str) -> None:
    with pytest.raises(InputError):
        validate_key(bad)
    for method in (store.get, store.exists, store.path, store.delete):
        with pytest.raises(InputError):
            method(bad)


def test_store_reopens_on_existing_root(tmp_path: Path) -> None:
    key = LocalFileStore(tmp_path / "files").put(b"persisted")
    assert LocalFileStore(tmp_path / "files").get(key) == b"persisted"
