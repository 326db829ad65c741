"""Short, readable row ids: a type prefix and 12 hex characters.

`job_3f9a0c12b7e4` reads well in a terminal and in a URL, and the prefix tells
at a glance what an id points to. 48 random bits keep collisions improbable at
the scale of one tenant's hiring data; primary keys catch the rest.
"""

from __future__ import annotations

import uuid

ID_HEX_CHARS = 12


def new_id(prefix: str) -> str:
    """A new random id such as `job_3f9a0c12b7e4` (`prefix` should end with `_`)."""
    return f"{prefix}{uuid.uuid4().hex[:ID_HEX_CHARS]}"
