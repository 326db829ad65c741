"""The chat history's queries go to Scout's `chat_*` tables, never to Scout's own `users`."""

from __future__ import annotations

import pytest

from ui.web.chat_history import map_tables


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT * FROM users WHERE identifier = :identifier",
         "SELECT * FROM chat_users WHERE identifier = :identifier"),
        ('INSERT INTO threads ("id") VALUES (:id)', 'INSERT INTO chat_threads ("id") VALUES (:id)'),
        ('UPDATE users SET "metadata" = :m', 'UPDATE chat_users SET "metadata" = :m'),
        ('DELETE FROM feedbacks WHERE "forId" IN (SELECT "id" FROM steps WHERE "threadId" = :id)',
         'DELETE FROM chat_feedbacks WHERE "forId" IN '
         '(SELECT "id" FROM chat_steps WHERE "threadId" = :id)'),
        ('FROM steps s LEFT JOIN feedbacks f ON s."id" = f."forId"',
         'FROM chat_steps s LEFT JOIN chat_feedbacks f ON s."id" = f."forId"'),
        ('SELECT "userIdentifier" FROM threads t', 'SELECT "userIdentifier" FROM chat_threads t'),
    ],
)
def test_table_names_are_mapped(query, expected):
    assert map_tables(query) == expected


def test_column_names_that_look_like_tables_are_left_alone():
    query = 'SELECT "steps", users_count FROM elements WHERE "threadId" = :threads'
    mapped = 'SELECT "steps", users_count FROM chat_elements WHERE "threadId" = :threads'
    assert map_tables(query) == mapped
