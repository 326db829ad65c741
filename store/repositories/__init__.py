"""Repositories: the only code that reads and writes the relational store.

One module per aggregate. Every function:

- takes the `AsyncSession` first and everything else by keyword;
- takes `tenant_id` and filters every read by it, so an id of another
  tenant's row behaves exactly like an id that does not exist;
- flushes (so ids, defaults and constraint errors are there at once) but never
  commits: the caller owns the transaction, e.g.
  `async with store.transaction() as session: ...` (commits on success, rolls
  back on error). A function that commits says so in its name.

Lookups that may miss return `None` (`get_resume`, `find_*`); lookups by an
id the caller was given raise `core.errors.NotFound` (`get_job`, ...).
"""
