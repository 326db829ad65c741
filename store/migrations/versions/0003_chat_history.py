"""Chat history: the threads, steps and elements of the chat app, in Scout's database.

The chat framework's data layer expects these columns (its own names, in
camelCase); the tables are prefixed `chat_` so they never collide with
Scout's own (`users` above all). The app's data layer maps the names.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _types() -> tuple[sa.types.TypeEngine, sa.types.TypeEngine, sa.types.TypeEngine]:
    """(id, json, tag list) column types: native on PostgreSQL, text on SQLite."""
    if op.get_bind().dialect.name == "postgresql":
        return postgresql.UUID(), postgresql.JSONB(), postgresql.ARRAY(sa.Text())
    return sa.Text(), sa.Text(), sa.Text()


def upgrade() -> None:
    """Apply this revision."""
    uid, json_type, tags = _types()
    op.create_table(
        "chat_users",
        sa.Column("id", uid, primary_key=True),
        sa.Column("identifier", sa.Text(), nullable=False, unique=True),
        sa.Column("metadata", json_type, nullable=False),
        sa.Column("createdAt", sa.Text()),
    )
    op.create_table(
        "chat_threads",
        sa.Column("id", uid, primary_key=True),
        sa.Column("createdAt", sa.Text()),
        sa.Column("name", sa.Text()),
        sa.Column("userId", uid, sa.ForeignKey("chat_users.id", ondelete="CASCADE")),
        sa.Column("userIdentifier", sa.Text()),
        sa.Column("tags", tags),
        sa.Column("metadata", json_type),
    )
    op.create_index("ix_chat_threads_user", "chat_threads", ["userId"])
    op.create_table(
        "chat_steps",
        sa.Column("id", uid, primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column(
            "threadId", uid, sa.ForeignKey("chat_threads.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("parentId", uid),
        sa.Column("streaming", sa.Boolean(), nullable=False),
        sa.Column("waitForAnswer", sa.Boolean()),
        sa.Column("isError", sa.Boolean()),
        sa.Column("metadata", json_type),
        sa.Column("tags", tags),
        sa.Column("input", sa.Text()),
        sa.Column("output", sa.Text()),
        sa.Column("createdAt", sa.Text()),
        sa.Column("command", sa.Text()),
        sa.Column("start", sa.Text()),
        sa.Column("end", sa.Text()),
        sa.Column("generation", json_type),
        sa.Column("showInput", sa.Text()),
        sa.Column("language", sa.Text()),
        sa.Column("indent", sa.Integer()),
        sa.Column("defaultOpen", sa.Boolean()),
        sa.Column("autoCollapse", sa.Boolean()),
    )
    op.create_index("ix_chat_steps_thread", "chat_steps", ["threadId"])
    op.create_table(
        "chat_elements",
        sa.Column("id", uid, primary_key=True),
        sa.Column("threadId", uid, sa.ForeignKey("chat_threads.id", ondelete="CASCADE")),
        sa.Column("type", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("chainlitKey", sa.Text()),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("display", sa.Text()),
        sa.Column("objectKey", sa.Text()),
        sa.Column("size", sa.Text()),
        sa.Column("page", sa.Integer()),
        sa.Column("language", sa.Text()),
        sa.Column("forId", uid),
        sa.Column("mime", sa.Text()),
        sa.Column("props", json_type),
        sa.Column("autoPlay", sa.Boolean()),
        sa.Column("playerConfig", json_type),
    )
    op.create_table(
        "chat_feedbacks",
        sa.Column("id", uid, primary_key=True),
        sa.Column("forId", uid, nullable=False),
        sa.Column(
            "threadId", uid, sa.ForeignKey("chat_threads.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text()),
    )


def downgrade() -> None:
    """Revert this revision."""
    for table in ("chat_feedbacks", "chat_elements", "chat_steps", "chat_threads", "chat_users"):
        op.drop_table(table)
