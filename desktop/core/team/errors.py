"""Team-mode failures, importable without loading the database driver (the CLI starts fast)."""

from __future__ import annotations

from desktop.core.errors import CrierError


class TeamError(CrierError):
    """A team-mode failure to tell the person in one sentence; ``code`` is the exit status."""

    def __init__(self, user_message: str, code: int = 1) -> None:
        super().__init__(user_message)
        self.code = code


class Unreachable(TeamError):
    """The team database can't be reached now: offline work carries on and is pushed later."""
