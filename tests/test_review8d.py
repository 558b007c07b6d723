"""Review 8d (council IT rolling Crier out): defects found by using it, each test failing on main for that
reason alone."""

from __future__ import annotations

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
