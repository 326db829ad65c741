"""Password accounts on SQLite and PostgreSQL: sign-in, refusals, demo accounts."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.settings import Settings
from store.engine import open_store
from store.migrate import upgrade
from tools.accounts import add_account, demo_password, ensure_demo_accounts, sign_in


async def test_sign_in_accepts_only_the_right_password(database_settings: Settings):
    await upgrade(database_settings)
    async with open_store(database_settings) as store:
        made = await add_account(store, tenant_id="acme", email="Rita@Example.test",
                                 name="Rita", role="recruiter", password="long enough pw")
        found = await sign_in(store, tenant_id="acme", email="rita@example.test",
                              password="long enough pw")
        assert found is not None and found.user_id == made.user_id and found.role == "recruiter"
        assert await sign_in(store, tenant_id="acme", email="rita@example.test",
                             password="long enough PW") is None
        assert await sign_in(store, tenant_id="acme", email="nobody@example.test",
                             password="long enough pw") is None
        assert await sign_in(store, tenant_id="other", email="rita@example.test",
                             password="long enough pw") is None


async def test_bad_accounts_are_refused_with_a_reason(database_settings: Settings):
    await upgrade(database_settings)
    async with open_store(database_settings) as store:
        with pytest.raises(InputError, match="at least 8"):
            await add_account(store, tenant_id="acme", email="a@example.test", name="A",
                              role="recruiter", password="short")
        with pytest.raises(InputError, match="cannot sign in"):
            await add_account(store, tenant_id="acme", email="c@example.test", name="C",
                              role="candidate", password="long enough pw")
        await add_account(store, tenant_id="acme", email="b@example.test", name="B",
                          role="hiring_manager", password="long enough pw")
        with pytest.raises(InputError, match="already exists"):
            await add_account(store, tenant_id="acme", email="B@example.test", name="B2",
                              role="recruiter", password="long enough pw")


async def test_demo_accounts_are_made_once_with_stable_passwords(database_settings: Settings):
    await upgrade(database_settings)
    async with open_store(database_settings) as store:
        first = await ensure_demo_accounts(store, tenant_id="default", key="k" * 40)
        again = await ensure_demo_accounts(store, tenant_id="default", key="k" * 40)
        assert first == again
        for demo in first:
            assert demo.password == demo_password("k" * 40, demo.email)
            assert await sign_in(store, tenant_id="default", email=demo.email,
                                 password=demo.password) is not None
