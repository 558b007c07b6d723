"""Crier's HTTP: one session with the system's trust store, per-request proxy choice and bounded answers."""

from desktop.core.net.session import *  # noqa: F403 - temporary while the module is split
