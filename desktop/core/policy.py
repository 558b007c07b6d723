"""Machine policy: the settings IT enforces on every PC, read once at start-up.

Where it comes from:
- Windows: ``Crier\\policy.json`` in the machine's ProgramData folder (``C:\\ProgramData``) and the registry
  key ``HKLM\\Software\\Policies\\Crier`` (value names are setting keys; REG_SZ for text, REG_DWORD 0/1 for
  true/false and numbers, REG_MULTI_SZ or JSON text for lists, JSON text for term maps and periods). A
  registry value beats the same key in the file, because Group Policy is how most councils manage PCs; an
  invalid registry value falls back to the file's.
- Linux ``/etc/crier/policy.json``; macOS ``/Library/Application Support/Crier/policy.json``.
- The machine file is ignored (and says so) unless only the machine's administrators can change it or the
  folders above it (policy_trust.py): otherwise one user could set policy for every user of the PC.
- ``CRIER_POLICY_FILE`` only adds to that: its keys apply where the machine policy sets nothing, and its
  entries are added to IT's word lists, so any user may set it without loosening what IT set (the machine
  file and registry are always read). It is not checked for ownership: it is the user's own environment,
  so it binds only that user's Crier, and only where they could choose anyway. An explicit ``path`` (tests
  and tools) reads only that file.

Policy keys are the setting keys of ``setting_specs.SETTINGS`` marked ``policy=True``; keys starting
with ``//`` are comments. A bad policy never stops Crier starting: every valid value applies and each
problem says the exact line, so ``crier --selftest`` can fail loudly at install time instead.
"""

from __future__ import annotations

import bisect
import difflib
import json
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]  # public since 2.6, not in typeshed
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from types import MappingProxyType
from typing import Any

from desktop.core.early_setting import NotAPolicyFile, open_policy_key, program_data_folder, read_policy_bytes
from desktop.core.policy_trust import untrusted_part
from desktop.core.setting_specs import SETTINGS, InvalidValue, Merge, ValuePath
from desktop.core.translatable import QT_TRANSLATE_NOOP

POLICY_FILE_ENV = "CRIER_POLICY_FILE"
REGISTRY_KEY = r"HKLM\Software\Policies\Crier"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One thing wrong with the policy; ``line`` is None for registry values and whole-file problems."""

    line: int | None
    key: str | None
    message: str
    column: int | None = None

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class Policy:
    """The validated policy: only values that passed checking are in ``values``."""

    values: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    source: str = "no policy"
    problems: tuple[PolicyProblem, ...] = ()
    origins: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # key → file or registry

    @property
    def ok(self) -> bool:
        """False when anything in the policy was wrong: ``crier --selftest`` fails on it."""
        return not self.problems

    def sets(self, key: str) -> bool:
        return key in self.values


def is_comment_key(key: str) -> bool:
    """Keys IT can use for notes: ``//...``, ``$comment...`` and an editor's ``$schema``."""
    return key.startswith("//") or key.startswith("$comment") or key == "$schema"


def machine_policy_path(platform: str | None = None, program_data: str | None = None) -> PurePath:
    """The machine-wide policy file for ``platform`` (default: this one); pure so every OS can be tested.
    On Windows it is in the machine's ProgramData folder (``program_data``, default: as Windows defines it,
    never as the user's environment says; see early_setting.program_data_folder)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        folder = program_data if program_data is not None else program_data_folder()
        return PureWindowsPath(folder, "Crier", "policy.json")
    if platform == "darwin":
        return PurePosixPath("/Library/Application Support/Crier/policy.json")
    return PurePosixPath("/etc/crier/policy.json")


# --- where keys are in the source --------------------------------------------------------------------------

_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")


@dataclass(slots=True)
class KeyLines:
    """Line numbers of every key path in a JSON document: object members by key, array items by index."""

    lines: dict[ValuePath, int] = field(default_factory=dict)
    duplicates: list[tuple[ValuePath, int, int]] = field(default_factory=list)  # path, first line, later line

    def line_of(self, path: ValuePath) -> int | None:
        """The line of ``path``, or of its nearest located parent when the exact part has no line."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None


def locate_keys(source: str) -> KeyLines:
    """Map key paths of already-parsed JSON to lines, so a wrong value can be reported where IT typed it.

    Only run on text ``json.loads`` accepted. A repeated key records its last line, the one JSON uses.
    """
    found = KeyLines()
    newlines = [index for index, char in enumerate(source) if char == "\n"]
    pos = 0

    def line_at(offset: int) -> int:
        return bisect.bisect_left(newlines, offset) + 1

    def skip_space() -> None:
        nonlocal pos
        while pos < len(source) and source[pos] in " \t\r\n":
            pos += 1

    def value(path: ValuePath) -> None:
        nonlocal pos
        skip_space()
        char = source[pos]
        if char == "{":
            members(path)
        elif char == "[":
            items(path)
        elif char == '"':
            _, pos = scanstring(source, pos + 1)
        else:
            match = _SCALAR.match(source, pos)
            if match is None:
                raise ValueError(f"unexpected JSON at offset {pos}")
            pos = match.end()

    def members(path: ValuePath) -> None:
        nonlocal pos
        pos += 1
        seen: dict[str, int] = {}
        skip_space()
        if source[pos] == "}":
            pos += 1
            return
        while True:
            skip_space()
            line = line_at(pos)
            key, pos = scanstring(source, pos + 1)
            if key in seen:
                found.duplicates.append((path + (key,), seen[key], line))
            seen[key] = line
            found.lines[path + (key,)] = line
            skip_space()
            pos += 1  # the colon
            value(path + (key,))
            skip_space()
            pos += 1
            if source[pos - 1] == "}":
                return

    def items(path: ValuePath) -> None:
        nonlocal pos
        pos += 1
        skip_space()
        if source[pos] == "]":
            pos += 1
            return
        index = 0
        while True:
            skip_space()
            found.lines[path + (index,)] = line_at(pos)
            value(path + (index,))
            skip_space()
            pos += 1
            if source[pos - 1] == "]":
                return
            index += 1

    value(())
    return found


def describe_path(path: ValuePath) -> str:
    """``("tone.banned_terms", "foo")`` → ``"tone.banned_terms" entry "foo"``; items are counted from 1."""
    words: str = json.dumps(str(path[0]))
    for part in path[1:]:
        if isinstance(part, int):
            words = QT_TRANSLATE_NOOP("core.policy", "{path} item {n}").format(path=words, n=part + 1)
        else:
            words = QT_TRANSLATE_NOOP("core.policy", "{path} entry {key}").format(
                path=words, key=json.dumps(part)
            )
    return words


# --- validation ---------------------------------------------------------------------------------------------


def _not_a_policy_key(key: str) -> str:
    spec, name = SETTINGS.get(key), json.dumps(key)
    if spec is not None:
        return QT_TRANSLATE_NOOP(
            "core.policy", "{key} is a personal preference that policy can't set"
        ).format(key=name)
    prefixed = [name for name in SETTINGS if name.startswith(key + ".")]
    if prefixed:
        return QT_TRANSLATE_NOOP(
            "core.policy",
            "{key} is not a setting Crier knows; write settings as top-level dotted names such as {example}",
        ).format(key=name, example=json.dumps(prefixed[0]))
    close = difflib.get_close_matches(key, [k for k, s in SETTINGS.items() if s.policy], n=1)
    if close:
        return QT_TRANSLATE_NOOP(
            "core.policy", "{key} is not a setting Crier knows (did you mean {close}?)"
        ).format(key=name, close=json.dumps(close[0]))
    return QT_TRANSLATE_NOOP("core.policy", "{key} is not a setting Crier knows").format(key=name)


def _check_entry(key: str, value: Any, report: Callable[[ValuePath, str], None]) -> tuple[bool, Any]:
    """Validate one policy value; ``report(path, text)`` records each problem. Returns (usable, cleaned)."""
    spec = SETTINGS.get(key)
    if spec is None or not spec.policy:
        report((key,), IGNORED.format(problem=_not_a_policy_key(key)))
        return False, None
    try:
        cleaned, issues = spec.type.check(value)
    except InvalidValue as exc:
        report((key,), IGNORED.format(problem=_of_key(key, exc.args[0])))
        return False, None
    for issue in issues:
        problem = QT_TRANSLATE_NOOP("core.policy", "{problem} — {consequence}.")
        report(
            (key, *issue.path),
            problem.format(problem=_of_key(key, issue.problem), consequence=issue.consequence),
        )
    return True, cleaned


IGNORED = QT_TRANSLATE_NOOP("core.policy", "{problem} — ignored.")


def _of_key(key: str, problem: str) -> str:
    """``"posting.require_alt_text" must be true or false, not "yes"``: the key, then what is wrong."""
    return QT_TRANSLATE_NOOP("core.policy", "{key} {problem}").format(key=json.dumps(key), problem=problem)


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with a BOM — what PowerShell's Out-File writes by default."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


@dataclass(slots=True)
class _FileResult:
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[PolicyProblem] = field(default_factory=list)
    found: bool = False


def _read_policy_file(path: Path, machine: bool = False) -> _FileResult:
    """Everything valid from the file, plus a precisely located problem for everything that isn't.
    The ``machine`` policy file is ignored unless only the machine's administrators can change it."""
    result = _FileResult()
    name = path.name
    try:
        raw = read_policy_bytes(path)
    except FileNotFoundError:
        return result
    except NotAPolicyFile as exc:
        result.found = True
        refused = (
            QT_TRANSLATE_NOOP(
                "core.policy",
                "The policy file {path} is larger than 1 MB, so Crier didn't read it and none of it is "
                "applied. A policy is a few kilobytes of JSON: put the right file there.",
            )
            if exc.too_large
            else QT_TRANSLATE_NOOP(
                "core.policy",
                "{path} isn't a plain file (it is a folder, a device or a pipe), so Crier didn't read it and "
                "no policy from it is applied. Put the policy JSON file itself at that path.",
            )
        )
        result.problems.append(PolicyProblem(None, None, refused.format(path=str(path))))
        return result
    except OSError as exc:
        result.found = True
        text = QT_TRANSLATE_NOOP(
            "core.policy",
            "Crier couldn't read the policy file {path} ({why}), so none of it is applied. "
            "Make sure every user can read the file.",
        ).format(path=str(path), why=exc.strerror or str(exc))
        result.problems.append(PolicyProblem(None, None, text))
        return result
    result.found = True
    writable_part = untrusted_part(str(path)) if machine else None
    if writable_part is not None:
        text = QT_TRANSLATE_NOOP(
            "core.policy",
            "Crier ignored the policy file {path} because {part} can be changed by someone other than this "
            "PC's administrators, and machine policy may only come from a file that only they can change.",
        ).format(path=str(path), part=writable_part)
        result.problems.append(PolicyProblem(None, None, text))
        return result
    try:
        source = _decode(raw)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        text = QT_TRANSLATE_NOOP(
            "core.policy",
            "{file} line {line}: the file isn't saved as UTF-8 text, so none of it is applied. "
            "Save it as UTF-8 and restart Crier.",
        ).format(file=name, line=line)
        result.problems.append(PolicyProblem(line, None, text))
        return result
    if not source.strip():
        text = QT_TRANSLATE_NOOP(
            "core.policy",
            "{file} is empty, so no policy is applied. Write {{}} for an empty policy, or delete the file.",
        ).format(file=name)
        result.problems.append(PolicyProblem(1, None, text))
        return result
    unreadable: json.JSONDecodeError | None = None
    try:
        data = json.loads(source)
        keys = locate_keys(source)  # two Python frames a level: it can run out where json.loads didn't
    except RecursionError:  # brackets nested past Python's limit: as unreadable as a syntax error
        unreadable = json.JSONDecodeError("nested too deeply", source, 0)
    except json.JSONDecodeError as error:
        unreadable = error
    if unreadable is not None:
        text = QT_TRANSLATE_NOOP(
            "core.policy",
            "{file} line {line}, column {column}: this isn't valid JSON ({why}), so none of the file is "
            "applied. Fix that line and restart Crier.",
        ).format(file=name, line=unreadable.lineno, column=unreadable.colno, why=unreadable.msg)
        result.problems.append(PolicyProblem(unreadable.lineno, None, text, unreadable.colno))
        return result
    if not isinstance(data, dict):
        result.problems.append(
            PolicyProblem(
                1,
                None,
                QT_TRANSLATE_NOOP(
                    "core.policy",
                    "{file} line 1: the policy must be a JSON object of setting names and values, like "
                    '{{"posting.require_alt_text": true}}, so none of it is applied.',
                ).format(file=name),
            )
        )
        return result

    def report(path: ValuePath, text: str) -> None:
        line = keys.line_of(path)
        where = QT_TRANSLATE_NOOP("core.policy", "{file} line {line}: {problem}")
        result.problems.append(
            PolicyProblem(line, str(path[0]), where.format(file=name, line=line, problem=text))
        )

    for key_path, first, later in keys.duplicates:
        if not is_comment_key(str(key_path[0])):
            twice = QT_TRANSLATE_NOOP(
                "core.policy",
                "{path} is given twice (lines {first} and {later}); the one on line {later} is used.",
            )
            report(key_path, twice.format(path=describe_path(key_path), first=first, later=later))
    for key, value in data.items():
        if is_comment_key(key):
            continue
        usable, cleaned = _check_entry(key, value, report)
        if usable:
            result.values[key] = cleaned
    return result


def read_windows_registry() -> tuple[dict[str, Any], list[PolicyProblem]]:
    """Values under ``HKLM\\Software\\Policies\\Crier`` as ``winreg`` returns them; nothing off Windows."""
    if sys.platform != "win32":
        return {}, []
    import winreg  # only exists on Windows

    try:
        handle = open_policy_key()
    except FileNotFoundError:
        return {}, []
    except OSError as exc:
        text = QT_TRANSLATE_NOOP(
            "core.policy",
            "Crier couldn't read the registry key {key} ({why}), so policy set there is not applied. "
            "Make sure every user can read that key.",
        ).format(key=REGISTRY_KEY, why=exc.strerror or str(exc))
        return {}, [PolicyProblem(None, None, text)]
    values: dict[str, Any] = {}
    with handle:
        index = 0
        while True:
            try:
                name, data, _kind = winreg.EnumValue(handle, index)
            except OSError:  # no more values
                break
            values[name] = data
            index += 1
    return values, []


def _check_registry(registry: Mapping[str, Any]) -> tuple[dict[str, Any], list[PolicyProblem]]:
    """Validate registry values; names match setting keys ignoring case, as the registry itself does."""
    by_lower = {key.lower(): key for key in SETTINGS}
    values: dict[str, Any] = {}
    problems: list[PolicyProblem] = []
    for name, raw in registry.items():
        if not name or is_comment_key(name):
            continue  # the key's unnamed default value
        key = by_lower.get(name.lower(), name)

        def report(path: ValuePath, text: str, key: str = key) -> None:
            value = QT_TRANSLATE_NOOP("core.policy", "Registry {key} value {problem}")
            problems.append(PolicyProblem(None, key, value.format(key=REGISTRY_KEY, problem=text)))

        spec = SETTINGS.get(key)
        if spec is not None and spec.policy:
            try:
                raw = spec.type.from_registry(raw)
            except InvalidValue as exc:
                report((key,), IGNORED.format(problem=_of_key(key, exc.args[0])))
                continue
        usable, cleaned = _check_entry(key, raw, report)
        if usable:
            values[key] = cleaned
    return values, problems


def load_policy(path: Path | None = None, *, registry: Mapping[str, Any] | None = None) -> Policy:
    """Read the machine policy, plus what ``CRIER_POLICY_FILE`` adds; never raises for a bad policy.

    ``path`` reads exactly that file instead of the machine's, and no registry (for tests and tools: no
    user can pass it). ``registry`` stands in for the Windows registry values (name → value as ``winreg``
    gives them); when omitted, the real registry is read on Windows whenever the machine policy is.
    """
    file = Path(path if path is not None else machine_policy_path())
    from_file = _read_policy_file(file, machine=path is None)
    if registry is None:
        registry_values, problems = read_windows_registry() if path is None else ({}, [])
    else:
        registry_values, problems = dict(registry), []
    from_registry, registry_problems = _check_registry(registry_values)

    values = {**from_file.values, **from_registry}
    origins = {key: (REGISTRY_KEY if key in from_registry else str(file)) for key in values}
    places = [str(file)] if from_file.found else []
    if registry_values or problems:
        places.append(REGISTRY_KEY)
    problems += registry_problems
    override = os.environ.get(POLICY_FILE_ENV) if path is None else None
    if override and Path(override) != file:
        extra = _read_policy_file(Path(override))
        _add_without_loosening(values, origins, extra.values, override)
        places += [override] if extra.found else []
        problems += extra.problems
    source = " and ".join(places) if places else f"no policy (looked for {file})"
    ordered = {key: values[key] for key in SETTINGS if key in values}
    return Policy(
        values=MappingProxyType(ordered),
        source=source,
        problems=tuple(from_file.problems + problems),
        origins=MappingProxyType(origins),
    )


def _add_without_loosening(
    values: dict[str, Any], origins: dict[str, str], extra: Mapping[str, Any], origin: str
) -> None:
    """Apply ``CRIER_POLICY_FILE`` under the machine policy, so a user's own file can't loosen what IT set.

    Its keys apply only where the machine policy sets nothing (where the user could choose anyway); for
    keys whose entries add up (word lists, periods) its entries are added to IT's, IT's winning conflicts.
    """
    for key, value in extra.items():
        spec = SETTINGS[key]
        if key not in values:
            values[key], origins[key] = value, origin
        elif spec.merge is Merge.EXTEND:
            values[key] = spec.type.merge(value, values[key])


def policy_schema() -> dict[str, Any]:
    """The JSON Schema of policy.json, generated from ``SETTINGS`` so documentation can't drift from code.

    ``resources/policy/policy.schema.json`` is this, written out; a test keeps the two identical.
    """
    properties: dict[str, Any] = {"$schema": {"type": "string"}}
    for key, spec in SETTINGS.items():
        if spec.policy:
            merge = " Added to each user's own entries." if spec.merge is Merge.EXTEND else ""
            properties[key] = {
                "title": spec.label,
                "description": spec.description + merge,
                **spec.type.schema(),
                "default": spec.default,
            }
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "Crier machine policy",
        "description": (
            "Settings IT enforces on every PC. Each key is optional: leave out what you don't want to "
            "enforce. Keys starting with // are comments. Check the file with: crier --selftest"
        ),
        "type": "object",
        "properties": properties,
        "patternProperties": {"^//": {}, "^\\$comment": {}},
        "additionalProperties": False,
    }
