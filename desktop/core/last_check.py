"""What this PC's last look at the network found, kept beside the database so ``crier outbox`` can say
"offline" although it never probes.

The window probes each account's host before it sends (``reachability``); ``crier sync`` learns from its
own requests (``Answers``): any answer from any host means online, and a run whose posts failed with no
answer at all means offline. Each writes what it found here, with the time. The file is per PC
(the data folder), not in the database: PCs sharing a team database don't share a network. It is a hint
with a date on it, so nothing is lost if it goes: unreadable or missing, there is simply nothing to say.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    import requests

    from desktop.core.reachability import Reachability

FILE_NAME = "last-network-check.json"


@dataclass(frozen=True, slots=True)
class LastCheck:
    at: datetime  # naive UTC, as the outbox's times
    unreachable: tuple[str, ...] = ()  # networks (names) that did not answer; not a proxy refusal
    answered: bool = True  # some network answered (or a post went out)

    @property
    def offline(self) -> bool:
        """No network answered: the PC itself is off the network (not one blocked host)."""
        return bool(self.unreachable) and not self.answered

    @classmethod
    def of(cls, reach: Reachability, at: datetime) -> LastCheck:
        missing = [
            h.name
            for h in reach.unreachable
            if h.result.problem is None or h.result.problem.kind != "proxy-auth"
        ]
        return cls(at, tuple(dict.fromkeys(missing)), answered=len(reach.unreachable) < len(reach.hosts))


class Answers:
    """Counts the HTTP answers a session gets (a response hook), so a sync run can tell whether any host
    answered it: a refusal or a 503 says the PC is online as surely as a post that went out."""

    def __init__(self) -> None:
        self.count = 0

    @classmethod
    def on(cls, session: requests.Session) -> Answers:
        answers = cls()
        session.hooks["response"].append(answers._heard)
        return answers

    def _heard(self, _response: object, *_args: object, **_kwargs: object) -> None:
        self.count += 1


def record(folder: Path, check: LastCheck) -> None:
    """Write ``check`` in place of the last one (whole or not at all: written aside, then renamed)."""
    path = folder / FILE_NAME
    spare = path.with_name(path.name + ".new")
    payload = {"at": check.at.isoformat(), "unreachable": list(check.unreachable), "answered": check.answered}
    spare.write_text(json.dumps(payload), encoding="utf-8")
    os.replace(spare, path)


def read(folder: Path) -> LastCheck | None:
    """The last finding, or None when there is none (or it can't be read: then nothing is claimed)."""
    try:
        payload = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        return LastCheck(
            datetime.fromisoformat(payload["at"]),
            tuple(str(name) for name in payload["unreachable"]),
            answered=bool(payload["answered"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
