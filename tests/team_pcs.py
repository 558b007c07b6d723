"""Team PCs for tests and benchmarks: each a data folder, a keyring file and the real `crier` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


@dataclass
class PC:
    root: Path
    extra_env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def keyring_file(self) -> Path:
        return self.root / "keyring.json"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "CRIER_DATA_DIR": str(self.data),
            "CRIER_TEST_KEYRING_FILE": str(self.keyring_file),
            "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileTestKeyring",
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "offscreen",
            **self.extra_env,
        }

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "desktop", *args]

    def run(self, *args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args), cwd=REPO, env=self.env, input=stdin, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip

    def ok(self, *args: str, stdin: str = "") -> str:
        result = self.run(*args, stdin=stdin)
        assert result.returncode == 0, f"crier {' '.join(args)}: {result.stdout}{result.stderr}"
        assert "Traceback" not in result.stderr, result.stderr
        return result.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def connect_x(self, x_api: Any, username: str) -> None:
        """Connect an X account of the fake X API on this PC (keys on standard input, as IT would)."""
        user = x_api.state.add_user(username, name=username.title())
        tokens = x_api.state.issue_oauth1_tokens(user.id, x_api.app.consumer_key)
        keys = {
            "consumer_key": x_api.app.consumer_key,
            "consumer_secret": x_api.app.consumer_secret,
            "access_token": tokens.access_token,
            "access_token_secret": tokens.access_token_secret,
        }
        self.ok("accounts", "add-x", "--oauth1", stdin=json.dumps(keys))
