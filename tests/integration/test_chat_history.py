"""The chat app's history lives in Scout's database (SQLite and PostgreSQL alike)."""

from __future__ import annotations

import uuid

from chainlit.context import init_http_context
from chainlit.types import Pagination, ThreadFilter
from chainlit.user import User

from core.settings import Settings
from store.migrate import upgrade
from ui.web.chat_history import open_chat_history


async def test_threads_steps_and_users_round_trip(database_settings: Settings):
    await upgrade(database_settings)
    init_http_context()  # the data layer's step writes expect a request context
    history = open_chat_history(database_settings)
    try:
        user = await history.create_user(User(identifier="acme:rita@example.test",
                                              metadata={"role": "recruiter"}))
        assert user is not None
        thread_id = str(uuid.uuid4())
        await history.update_thread(thread_id, name="Screening", user_id=user.id)
        for index, (kind, text) in enumerate([("user_message", "who knows Python?"),
                                              ("assistant_message", "Ana Costa (cand_1)")]):
            await history.create_step({
                "id": str(uuid.uuid4()), "threadId": thread_id, "name": "Scout", "type": kind,
                "output": text, "streaming": False, "createdAt": f"2026-11-22T10:00:0{index}Z",
                "autoCollapse": False, "metadata": {},
            })
        thread = await history.get_thread(thread_id)
        assert thread is not None
        assert [step["output"] for step in thread["steps"]] == [
            "who knows Python?", "Ana Costa (cand_1)"
        ]
        assert await history.get_thread_author(thread_id) == "acme:rita@example.test"
        listed = await history.list_threads(Pagination(first=10),
                                            ThreadFilter(userId=user.id))
        assert [t["id"] for t in listed.data] == [thread_id]
        await history.delete_thread(thread_id)
        assert await history.get_thread(thread_id) is None
    finally:
        await history.engine.dispose()
