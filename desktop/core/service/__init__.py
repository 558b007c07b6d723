"""The application service: one ``Crier`` that the window and the ``crier`` commands ask for everything.

As Anki's ``Collection`` is to its Qt layer, ``Crier`` owns the database, settings and machine policy,
the keyring, the HTTP session and the sync engine, and offers the use cases (open, queue a post with its
checks, connect an account, sync once, export, the team). Front ends call it and nothing below it
(``tests/test_architecture.py`` reads the imports to keep it so).

Importing this package is cheap: SQLAlchemy, requests and the networks load when first used, so
``crier check`` and the window's first paint don't wait for them.
"""

from __future__ import annotations

from desktop.core.service.app import Crier, InputError, explain_failure
from desktop.core.service.posting import Assessment, Outgoing

__all__ = ["Assessment", "Crier", "InputError", "Outgoing", "explain_failure"]
