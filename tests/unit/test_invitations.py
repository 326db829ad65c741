"""Invitation links: signed, bound to one interview, refused when expired or altered."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import jwt
import pytest

from tools.invitations import (
    InvitationError,
    InvitationExpired,
    create_invitation,
    invitation_url,
    read_invitation,
)

KEY = "a-test-signing-key-that-is-long-enough-for-hs256"
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _token(ttl: timedelta = timedelta(hours=72)) -> str:
    return create_invitation(KEY, tenant_id="acme", interview_id="int_1", ttl=ttl, now=NOW)


def test_a_fresh_link_opens_its_interview():
    invitation = read_invitation(KEY, _token(), now=NOW + timedelta(hours=1))
    assert (invitation.tenant_id, invitation.interview_id) == ("acme", "int_1")
    assert invitation.expires_at == NOW + timedelta(hours=72)


def test_an_expired_link_says_when_it_expired():
    with pytest.raises(InvitationExpired, match="expired on 25 November 2026"):
        read_invitation(KEY, _token(), now=NOW + timedelta(hours=72))


def test_another_key_or_an_altered_payload_is_not_valid():
    with pytest.raises(InvitationError, match="not valid"):
        read_invitation("another-key-entirely-another-key-entirely", _token(), now=NOW)
    header, payload, signature = _token().split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["interview"] = "int_2"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    with pytest.raises(InvitationError, match="not valid"):
        read_invitation(KEY, f"{header}.{forged}.{signature}", now=NOW)


def test_a_token_of_another_kind_is_not_an_invitation():
    session = jwt.encode({"identifier": "x", "exp": int((NOW + timedelta(days=1)).timestamp())},
                         KEY, algorithm="HS256")
    for token in (session, "garbage", ""):
        with pytest.raises(InvitationError, match="not valid"):
            read_invitation(KEY, token, now=NOW)


def test_the_url_carries_the_token():
    assert invitation_url("http://127.0.0.1:8000/", "abc") == "http://127.0.0.1:8000/invite/abc"
