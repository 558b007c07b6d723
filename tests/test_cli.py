"""The `crier` command as IT and scripts use it: real subprocesses, plain answers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def crier(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_selftest_passes_on_a_fresh_data_folder() -> None:
    result = crier("--selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("Python", "Qt", "Data folder", "Database", "Machine policy", "Credential store", "TLS"):
        assert name in result.stdout
    assert "platform plugin 'offscreen' loaded" in result.stdout
    assert "Traceback" not in result.stderr


def test_selftest_fails_on_a_malformed_policy_and_names_the_line(tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{\n  "x.client_id": "abc",\n  "posting.require_alt_text": "yes"\n}\n')
    result = crier("--selftest", env={"CRIER_POLICY_FILE": str(policy)})
    assert result.returncode == 1
    assert "line 3" in result.stdout and "posting.require_alt_text" in result.stdout


def test_selftest_fails_on_a_database_from_a_newer_version(tmp_path: Path) -> None:
    import sqlite3

    assert crier("--selftest").returncode == 0
    from desktop.core.paths import app_paths

    raw = sqlite3.connect(app_paths().database)
    raw.execute("UPDATE alembic_version SET version_num = 'ffff'")
    raw.commit()
    raw.close()
    result = crier("--selftest")
    assert result.returncode == 1
    assert "newer version of Crier" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_gui_without_a_display_explains_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "needs a graphical desktop" in result.stderr and "xvfb-run" in result.stderr


def test_version() -> None:
    result = crier("--version")
    assert result.returncode == 0 and result.stdout.startswith("Crier ")


def test_accounts_and_outbox_listings_work_on_an_empty_database() -> None:
    import json

    listing = crier("accounts", "list", "--json")
    assert listing.returncode == 0 and json.loads(listing.stdout) == []
    outbox = crier("outbox", "--json")
    assert outbox.returncode == 0 and json.loads(outbox.stdout) == []
    assert "No accounts yet" in crier("accounts", "list").stdout


def test_unknown_account_is_one_plain_sentence() -> None:
    result = crier("accounts", "remove", "@nobody")
    assert result.returncode == 1
    assert result.stderr.strip() == "crier: There is no account @nobody. `crier accounts list` shows them."


def test_a_second_start_raises_the_first_and_exits(qtbot) -> None:  # noqa: ANN001
    """Two instances on one data folder: the second hands over to the first and leaves."""
    from PySide6.QtNetwork import QLocalSocket

    from desktop.core.paths import app_paths
    from desktop.ui.single_instance import server_name

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen([sys.executable, "-m", "desktop"], cwd=REPO, env=env)
    try:
        probe = QLocalSocket()

        def listening() -> bool:
            probe.connectToServer(server_name(app_paths().data))
            ok = probe.waitForConnected(100)
            probe.abort()
            return ok

        qtbot.waitUntil(listening, timeout=20000)
        second = crier()
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first is still running
        log = (app_paths().logs / "crier.log").read_text()
        assert "already running" in log
    finally:
        first.kill()
        first.wait()


def test_check_prints_counts_and_findings_and_fails_on_errors(tmp_path: Path) -> None:
    import json

    post = tmp_path / "post.txt"
    post.write_text("Questions? Call Dave on 07700 900123. We will utilise the new depot.", encoding="utf-8")
    result = crier("check", "--network", "x", "--network", "mastodon", str(post))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[0] == "X 68/280 · Mastodon 68/500"
    assert "personal-data" in result.stdout and "Suggestion: use" in result.stdout

    clean = subprocess.run(
        [sys.executable, "-m", "desktop", "check", "--json"],
        cwd=REPO,
        input="Libraries open late on Thursday.",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert clean.returncode == 0
    report = json.loads(clean.stdout)
    assert report["ok"] and report["counts"][0]["length"] == 32 and report["findings"] == []


def test_check_missing_file_is_one_sentence() -> None:
    result = crier("check", "/nonexistent/post.txt")
    assert result.returncode == 2 and result.stderr.strip() == "crier: there is no file /nonexistent/post.txt"


def test_add_facebook_page_reads_the_token_from_stdin(graph_api, tmp_path: Path) -> None:  # noqa: ANN001
    import json

    env = {
        "CRIER_FACEBOOK_API_BASE": graph_api.base_url,
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileTestKeyring",
        "CRIER_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }

    def add(token: str, *extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "accounts", "add-facebook-page", *extra],
            cwd=REPO,
            env={**os.environ, **env},
            input=token,
            capture_output=True,
            text=True,
            timeout=60,
        )

    refused = add("not-a-real-token")
    assert (
        refused.returncode == 1 and refused.stderr.startswith("crier: ") and "Traceback" not in refused.stderr
    )
    assert add("").returncode == 2
    ok = add(graph_api.page_token + "\n", "--page-id", graph_api.page.id)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Connected ")
    listed = json.loads(crier("accounts", "list", "--json").stdout)
    assert [a["network"] for a in listed] == ["facebook"]
    assert graph_api.page_token in (tmp_path / "keyring.json").read_text()
    assert graph_api.page_token.encode() not in app_paths_db().read_bytes()


def app_paths_db() -> Path:
    from desktop.core.paths import app_paths

    return app_paths().database
