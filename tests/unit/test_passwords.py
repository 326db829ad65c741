"""Password hashes: scrypt, salted, self-describing, constant-time checked."""

from __future__ import annotations

import pytest

from tools.passwords import hash_password, verify_password


def test_right_password_verifies_and_wrong_does_not():
    stored = hash_password("correct horse battery")
    assert stored.startswith("scrypt$")
    assert verify_password("correct horse battery", stored)
    assert not verify_password("correct horse batterY", stored)


def test_same_password_gets_a_different_salt_each_time():
    assert hash_password("same password") != hash_password("same password")


@pytest.mark.parametrize(
    "stored", [None, "", "plain-text", "bcrypt$1$2$3$abc$def", "scrypt$x$8$1$abc$def"]
)
def test_missing_or_malformed_hashes_never_verify(stored):
    assert not verify_password("anything at all", stored)


def test_empty_password_never_verifies():
    assert not verify_password("", hash_password("something long"))
