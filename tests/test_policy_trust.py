"""Machine policy binds every user of a PC, so it comes only from a file its administrators alone can change:
a policy file (or a folder above it) that another user owns or can write is ignored, and says so."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.core import early_setting, policy
from desktop.core.policy_trust import (
    Ace,
    PathStat,
    posix_untrusted,
    untrusted_part,
    windows_untrusted,
)
from desktop.ui.i18n import language_setting

OTHER_USER = 1000
as_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a file to another user"
)


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A machine policy in a root-owned folder (pytest's folders sit under the sticky, root-owned /tmp)."""
    folder = tmp_path / "crier"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    path = folder / "policy.json"
    path.write_text(json.dumps({"network.proxy": "http://planted.example:3128", "ui.language": "cy"}))
    path.chmod(0o644)
    monkeypatch.setattr(policy, "machine_policy_path", lambda *args: path)
    monkeypatch.setattr(early_setting, "machine_policy_path", lambda: str(path))
    return path


def _ignored(path: Path, part: Path) -> None:
    loaded = policy.load_policy()
    assert not loaded.sets("network.proxy") and not loaded.ok  # --selftest fails and the window says why
    (problem,) = loaded.problems
    assert f"ignored the policy file {path} because {part} can be changed" in problem.message
    assert language_setting() == "system"  # the early reader ignores it too


@as_root
def test_a_policy_file_owned_by_root_in_root_owned_folders_binds(machine: Path) -> None:
    loaded = policy.load_policy()
    assert loaded.ok, loaded.problems
    assert loaded.values["network.proxy"] == "http://planted.example:3128"
    assert language_setting() == "cy"


@as_root
def test_a_policy_file_another_user_owns_is_ignored(machine: Path) -> None:
    os.chown(machine, OTHER_USER, OTHER_USER)
    _ignored(machine, machine)


@as_root
def test_a_policy_file_in_a_folder_others_can_write_is_ignored(machine: Path) -> None:
    machine.parent.chmod(0o757)
    _ignored(machine, machine.parent)


@as_root
def test_a_group_writable_policy_file_is_ignored(machine: Path) -> None:
    machine.chmod(0o664)
    _ignored(machine, machine)


@as_root
def test_a_folder_further_up_that_a_user_owns_is_ignored(machine: Path) -> None:
    os.chown(machine.parent.parent, OTHER_USER, OTHER_USER)  # they could rename crier/ and put their own
    _ignored(machine, machine.parent.parent)


@as_root
def test_a_root_link_to_a_users_file_is_ignored(machine: Path, tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.json"
    machine.rename(theirs)
    os.chown(theirs, OTHER_USER, OTHER_USER)
    machine.symlink_to(theirs)
    assert untrusted_part(str(machine)) == str(theirs)
    _ignored(machine, theirs)


@as_root
def test_crier_policy_file_is_the_users_own_and_is_not_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CRIER_POLICY_FILE binds only the Crier of the user who set it, and only where the machine sets
    nothing, so a file of their own is as good as their Settings."""
    own = tmp_path / "mine.json"
    own.write_text(json.dumps({"posting.require_alt_text": True}))
    os.chown(own, OTHER_USER, OTHER_USER)
    monkeypatch.setenv(policy.POLICY_FILE_ENV, str(own))
    loaded = policy.load_policy()
    assert loaded.ok and loaded.values["posting.require_alt_text"] is True


def test_posix_rules_for_each_part() -> None:
    file, folder, sticky = stat.S_IFREG, stat.S_IFDIR, stat.S_IFDIR | stat.S_ISVTX
    good = [PathStat("/etc/crier/policy.json", 0, file | 0o644), PathStat("/etc/crier", 0, folder | 0o755)]
    assert posix_untrusted(good) is None
    assert posix_untrusted([*good, PathStat("/tmp", 0, sticky | 0o777)]) is None  # only root renames there
    assert posix_untrusted([*good, PathStat("/tmp", 0, folder | 0o777)]) == "/tmp"  # no sticky bit
    assert posix_untrusted([*good, PathStat("/tmp", 5, sticky | 0o777)]) == "/tmp"
    assert posix_untrusted([PathStat("/etc/crier/policy.json", 0, file | 0o646), *good]) == (
        "/etc/crier/policy.json"
    )
    assert posix_untrusted([PathStat("/l", 0, stat.S_IFLNK | 0o777)]) is None  # a link's mode means nothing
    assert posix_untrusted([PathStat("/l", 7, stat.S_IFLNK | 0o777)]) == "/l"
    # A file the user running Crier owns binds only that user (who could change it anyway); to anyone else,
    # it is another user's file.
    mine = [
        PathStat("/home/ann/policy.json", 1000, file | 0o644),
        PathStat("/home/ann", 1000, folder | 0o700),
    ]
    assert posix_untrusted(mine, me=1000) is None
    assert posix_untrusted(mine, me=1001) == "/home/ann/policy.json"
    assert posix_untrusted([PathStat("/x", 1000, file | 0o664)], me=1000) == "/x"  # still not group-writable


ADMINS, SYSTEM, USERS, AUTH_USERS = "S-1-5-32-544", "S-1-5-18", "S-1-5-32-545", "S-1-5-11"
TRUSTED_INSTALLER = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"
CREATOR_OWNER, A_USER = "S-1-3-0", "S-1-5-21-1004336348-1177238915-682003330-1001"
FULL, READ_EXECUTE, ADD_FILE_AND_FOLDER, MODIFY = 0x1F01FF, 0x1200A9, 0x6, 0x1301BF
OBJECT_AND_CONTAINER_INHERIT, INHERIT_ONLY, INHERITED = 0x3, 0x8, 0x10
#: What the installer sets on {commonappdata}\Crier (and what a file there inherits).
INSTALLER = [
    Ace(0, OBJECT_AND_CONTAINER_INHERIT, FULL, ADMINS),
    Ace(0, OBJECT_AND_CONTAINER_INHERIT, FULL, SYSTEM),
    Ace(0, OBJECT_AND_CONTAINER_INHERIT, READ_EXECUTE, USERS),
]


def test_windows_rules_for_owners_and_access_lists() -> None:
    assert not windows_untrusted(ADMINS, INSTALLER)
    assert not windows_untrusted(SYSTEM, INSTALLER) and not windows_untrusted(TRUSTED_INSTALLER, INSTALLER)
    assert windows_untrusted(A_USER, INSTALLER)  # a folder a user created under C:\ProgramData
    assert windows_untrusted(ADMINS, None)  # a NULL DACL: everyone has full control
    # What a folder an admin makes in C:\ProgramData inherits: users may add files to it.
    assert windows_untrusted(ADMINS, [*INSTALLER, Ace(0, INHERITED | 0x2, ADD_FILE_AND_FOLDER, USERS)])
    assert windows_untrusted(ADMINS, [*INSTALLER, Ace(0, 0, MODIFY, AUTH_USERS)])
    assert windows_untrusted(ADMINS, [*INSTALLER, Ace(0, 0, 0x10000, A_USER)])  # DELETE: remove IT's file
    assert windows_untrusted(ADMINS, [*INSTALLER, Ace(0, 0, 0x40000000, USERS)])  # GENERIC_WRITE
    assert windows_untrusted(ADMINS, [*INSTALLER, Ace(0, 0, 0x40000, USERS)])  # WRITE_DAC
    # A template for new children grants nothing on the object; a deny takes away; reading is fine.
    assert not windows_untrusted(ADMINS, [*INSTALLER, Ace(0, INHERIT_ONLY | 0x3, FULL, CREATOR_OWNER)])
    assert not windows_untrusted(ADMINS, [*INSTALLER, Ace(1, 0, FULL, USERS)])
    assert not windows_untrusted(ADMINS, [*INSTALLER, Ace(0, 0, READ_EXECUTE, AUTH_USERS)])
    assert windows_untrusted(ADMINS, [*INSTALLER, Ace(5, 0, FULL, "")])  # an object ACE: never on a file
