"""Alembic migrations of the relational store (see store/migrate.py)."""
