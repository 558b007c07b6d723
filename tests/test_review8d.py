"""Review 8d (council IT rolling Crier out): defects found by using it, each test failing on main for that
reason alone."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# -- machine policy that binds ----------------------------------------------------------------------------

_READ_POLICY = textwrap.dedent(
    """
    import os, resource, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))  # a runaway read fails, not the PC
    from desktop.core.early_setting import read_choice
    from desktop.core.policy import load_policy
    policy = load_policy(Path(sys.argv[1]))
    print(policy.ok, "|", " / ".join(str(problem) for problem in policy.problems))
    os.environ["CRIER_POLICY_FILE"] = sys.argv[1]
    print(read_choice("ui.language", ("system", "cy", "en"), "system", Path(sys.argv[2])))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="pipes, /dev/zero, rlimits as on Linux")
@pytest.mark.parametrize("kind", ["pipe", "endless device", "huge file"])
def test_a_policy_path_that_is_a_pipe_a_device_or_huge_is_one_sentence_not_a_hang(
    tmp_path: Path, kind: str
) -> None:
    """IT (or a user, through CRIER_POLICY_FILE) with a named pipe at the policy path, a link to /dev/zero
    there, or a multi-gigabyte file by mistake: Crier read the whole file before starting, so a pipe hung
    start-up (and `crier --selftest`) for ever, and /dev/zero or the huge file filled the memory until
    the read failed with a traceback. Each is now refused with one sentence, at once."""
    policy = tmp_path / "policy.json"
    if kind == "pipe":
        os.mkfifo(policy)
    elif kind == "endless device":
        policy.symlink_to("/dev/zero")
    else:
        with policy.open("wb") as handle:  # sparse: costs no disk
            handle.truncate(2_000_000_000)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CRIER_POLICY_FILE", None)
    try:
        result = subprocess.run(
            [sys.executable, "-c", _READ_POLICY, str(policy), str(tmp_path / "settings.json")],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,  # a hang guard, not a timing: the fixed read returns at once
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading a policy {kind} never returned")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    ok, problems = result.stdout.splitlines()[0].split(" | ")
    assert ok == "False"
    assert str(policy) in problems and "applied" in problems
    assert result.stdout.splitlines()[1] == "system"


def test_json_examples_in_policy_messages_and_cli_help_read_as_json_not_with_doubled_braces(
    tmp_path: Path,
) -> None:
    """`crier --selftest` with a wrong pre-election period in policy.json said it "must be a list of periods
    like [{{"name": …}}]", a wrong tone.banned_terms registry value "like {{"term": "replacement"}}", and
    `crier accounts add-x --help` showed "({{"consumer_key", …}})": the sources escape braces for a
    ``.format()`` that had no values, and Text only fills in (and un-escapes) when there are values. IT
    copying the example got JSON that isn't."""
    from desktop.core.policy import load_policy

    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"tone.pre_election_periods": "May"}), encoding="utf-8")
    messages = [str(p) for p in load_policy(policy).problems]
    messages += [str(p) for p in load_policy(policy, registry={"tone.banned_terms": "utilise"}).problems]
    assert len(messages) == 3, messages
    assert not any("{{" in text or "}}" in text for text in messages), messages
    assert any('like [{"name": "May elections"' in text for text in messages), messages
    assert any('like {"term": "replacement"}' in text for text in messages), messages

    result = subprocess.run(
        [sys.executable, "-m", "desktop", "accounts", "add-x", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "CRIER_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr
    assert "{{" not in result.stdout and '{"consumer_key",' in result.stdout, result.stdout


@pytest.mark.parametrize(
    ("key", "typed"),
    [("ui.language", "Welsh"), ("posting.language_mode", "Cymraeg"), ("posting.bilingual_order", "cy")],
)
def test_group_policy_offers_the_only_words_a_fixed_word_setting_accepts(
    tmp_path: Path, key: str, typed: str
) -> None:
    """IT enabling "Interface language" in the Group Policy editor got a free text box (REG_SZ) and no list
    of the words Crier accepts; the help didn't name them either. "Welsh" (or "cy" for the bilingual
    order) was then ignored by every PC: the user's own choice applied and nothing bound. The template
    now offers exactly the accepted words as a drop-down list (an ADMX enum of REG_SZ values)."""
    import xml.etree.ElementTree as ET

    from desktop.core.policy import load_policy

    namespace = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
    admx = ET.parse(REPO / "packaging" / "windows" / "policy" / "crier.admx").getroot()
    elements = [e for e in admx.iterfind(".//p:policy/p:elements/*", namespace) if e.get("valueName") == key]
    assert len(elements) == 1
    offered = [v.text for v in elements[0].iterfind("p:item/p:value/p:string", namespace)]
    assert elements[0].tag.endswith("enum"), f"{key} is a free-text {elements[0].tag} in the ADMX"
    empty = tmp_path / "policy.json"
    empty.write_text("{}", encoding="utf-8")
    candidates = {"system", "cy", "en", "both", "cy-first", "en-first", typed, "Welsh", "English"}
    accepted = {
        word for word in candidates if load_policy(empty, registry={key: word}).values.get(key) == word
    }
    assert set(offered) == accepted and len(offered) == len(accepted)
    assert typed not in offered


# -- IT's own commands ---------------------------------------------------------------------------------


def test_selftest_read_by_a_reader_that_stops_early_is_no_traceback(tmp_path: Path) -> None:
    """`crier --selftest | head -1` (or a deployment script that reads only the first line) printed a
    BrokenPipeError traceback: the commands stop writing quietly when the reader goes away, but the
    self-test, the one IT runs most, didn't. It now does, and still exits 0 or 1 by its checks."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "CRIER_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--selftest"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before the first line
    _, stderr = process.communicate(timeout=300)
    assert "Traceback" not in stderr.decode() and "BrokenPipe" not in stderr.decode(), stderr.decode()
    assert process.returncode in (0, 1)


# -- a shared computer (terminal server, shared /tmp) ----------------------------------------------------


@pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to listen as another user"
)
def test_another_users_socket_at_crier_s_name_does_not_stop_crier_starting(tmp_path: Path) -> None:
    """On a shared computer another user can listen on a Unix socket named as this user's Crier would be
    (the name is a CRC of the user and data folder, in the shared temporary folder). Crier asked it to
    "come to the front", took the answer as its own window's and exited at once: it never started for
    this user. A socket another user owns is not this user's Crier."""
    import socket

    from PySide6.QtCore import QDir

    from desktop.ui.single_instance import ask_running_instance_to_raise, server_name

    data = tmp_path / "data"
    data.mkdir()
    path = os.path.join(QDir.tempPath(), server_name(data))
    ready_read, ready_write = os.pipe()
    child = os.fork()
    if child == 0:  # the other user: listen at this user's name, accept and read whatever comes
        try:
            os.setgid(65534)
            os.setuid(65534)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
                server.bind(path)
                server.listen(1)
                os.write(ready_write, b"1")
                connection, _ = server.accept()
                connection.recv(16)
        finally:
            os._exit(0)
    try:
        assert os.read(ready_read, 1) == b"1"
        assert os.stat(path).st_uid == 65534
        assert ask_running_instance_to_raise(data, timeout_ms=2000) is False
    finally:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as poke, contextlib.suppress(OSError):
            poke.connect(path)  # let the child end either way
        os.waitpid(child, 0)
        with contextlib.suppress(OSError):
            os.unlink(path)
