"""Plain views of database rows: what the UI, the CLI and the sync engine read instead of ORM objects."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

View = TypeVar("View")


def view_of(view_type: type[View], row: object, **converted: Any) -> View:
    """A ``view_type`` dataclass filled from the row's columns of the same names; ``converted`` gives
    the fields that aren't copied as they are (a JSON list as a tuple, a string as its enum)."""
    values = {
        field.name: converted[field.name] if field.name in converted else getattr(row, field.name)
        for field in dataclasses.fields(view_type)  # type: ignore[arg-type]
        if field.name in converted or hasattr(row, field.name)
    }
    return view_type(**values)
