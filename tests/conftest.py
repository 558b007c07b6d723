"""Shared fixtures: every test runs offscreen with its own data directory and no machine policy."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fakes.crier_side",
    "tests.fakes.fixtures",
    "tests.fakes.graph_fixtures",
    "tests.fakes.bluesky_fixtures",
    "tests.fakes.mastodon_fixtures",
    "tests.postgres",
    "tests.every_network",
]

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture
def shared_reference() -> Path:
    """The reference material beside the project root; tests that need it skip clearly without it."""
    ref = SHARED_DIR / "reference"
    if not ref.is_dir():
        pytest.skip(f"reference material not found at {ref} (expected ../shared beside the project root)")
    return ref


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A port bound but not listening: connecting is refused at once, as on a PC off the network (and
    nobody else can take the port meanwhile)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user's data: each test gets a fresh CRIER_DATA_DIR."""
    data = tmp_path / "crier-data"
    monkeypatch.setenv("CRIER_DATA_DIR", str(data))
    # Nor the machine's policy: a test machine with /etc/crier/policy.json must not change results.
    monkeypatch.setenv("CRIER_POLICY_FILE", str(tmp_path / "no-policy.json"))
    # Nor the internet: anything that would reach X's real API goes to a closed loopback port instead.
    monkeypatch.setenv("CRIER_X_API_BASE", "http://127.0.0.1:9")
    monkeypatch.setenv("CRIER_FACEBOOK_API_BASE", "http://127.0.0.1:9")
    return data
