"""User settings: one typed registry of every setting, stored as JSON, overridden by machine policy.

Every setting Crier has is one ``SettingSpec`` entry in ``SETTINGS``; adding a setting is adding an entry.
The same registry drives type checking of the user's file, of the machine policy (``policy.py``) and the
policy JSON Schema, so the three can't drift apart.

Effective value, highest first: machine policy, the user's saved value, the default. Keys marked
``Merge.EXTEND`` (the tone word lists and pre-election periods) combine instead: IT's entries are added to
the user's and win on conflicts, and the user can add to them but not remove them. Every other key that
policy sets is locked: ``set()`` refuses it and the UI shows "Set by your organisation".
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import enum
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from desktop.core.paths import app_paths

if TYPE_CHECKING:
    from desktop.core.policy import Policy

NETWORKS: tuple[str, ...] = ("x", "bluesky", "mastodon", "facebook")

ValuePath = tuple[str | int, ...]


class SettingsError(Exception):
    """Base for setting errors; the message is plain English the UI can show as it is."""


class UnknownSettingError(SettingsError, KeyError):
    """A key that isn't in ``SETTINGS`` — a programming error, so it fails loudly."""

    def __str__(self) -> str:  # KeyError would otherwise show the message in quotes
        return str(self.args[0]) if self.args else ""


class SettingLocked(SettingsError):
    """The machine policy sets this key, so the user can't change it."""


class SettingValueError(SettingsError, ValueError):
    """The value has the wrong type or shape for the setting."""


class SettingsSaveError(SettingsError, OSError):
    """The settings file couldn't be written; the previous file is still intact."""


class InvalidValue(ValueError):
    """The whole value is unusable; the message says what was expected, e.g. 'must be true or false'."""


@dataclass(frozen=True, slots=True)
class Issue:
    """One bad part inside an otherwise usable list or mapping; that part is dropped, the rest is kept."""

    path: ValuePath  # where inside the value, e.g. (1,) or (0, "start")
    problem: str  # e.g. 'item 2 ("twiter") is not one of "x", "bluesky"'
    consequence: str = "that item is ignored"


def show(value: Any, limit: int = 60) -> str:
    """Render a value the way it would appear in JSON, so messages quote what the user actually wrote."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quoted_list(items: Iterable[str]) -> str:
    quoted = [json.dumps(item) for item in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _json_from_registry(raw: Any, expected: str) -> Any:
    """Registry values can't hold lists of objects or mappings, so those arrive as JSON text in a REG_SZ."""
    if not isinstance(raw, str):
        raise InvalidValue(f"must be {expected}, not {show(raw)}")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        why = f"{exc.msg} at column {exc.colno}"
        raise InvalidValue(f"must be {expected}, but its JSON is not valid ({why})") from None


class ValueType:
    """How one kind of setting value is checked, described, merged and read from the Windows registry."""

    expected: str = "a value"
    registry_expected: str = "a REG_SZ string"

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        """Return the cleaned value and any dropped parts; raise ``InvalidValue`` if nothing is usable."""
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        """JSON Schema (draft 2020-12) for the value, kept beside ``check`` so they agree."""
        raise NotImplementedError

    def from_registry(self, raw: Any) -> Any:
        """Convert what ``winreg`` returned into the JSON-shaped value ``check`` expects."""
        return raw

    def merge(self, user: Any, policy: Any) -> Any:
        """Combine the user's value with the policy's for ``Merge.EXTEND`` keys; policy wins conflicts."""
        raise TypeError(f"{type(self).__name__} values can't be merged")

    def without(self, value: Any, policy: Any) -> Any:
        """The user's own part of a merged value: what remains once the policy's entries are removed."""
        raise TypeError(f"{type(self).__name__} values can't be merged")

    def fail(self, value: Any) -> InvalidValue:
        return InvalidValue(f"must be {self.expected}, not {show(value)}")


class Text(ValueType):
    """Free text, e.g. an app ID."""

    expected = "text in quotes"

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, str):
            raise self.fail(value)
        return value, []

    def schema(self) -> dict[str, Any]:
        return {"type": "string"}

    def from_registry(self, raw: Any) -> Any:
        if not isinstance(raw, str):
            raise InvalidValue(f"must be {self.registry_expected}, not {show(raw)}")
        return raw


class Pattern(Text):
    """Text that must match a pattern (web addresses, proxy settings); one regex serves code and schema."""

    def __init__(self, regex: str, expected: str) -> None:
        self.regex = regex
        self.expected = expected
        self._compiled = re.compile(regex)

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, str) or not self._compiled.fullmatch(value):
            raise self.fail(value)
        return value, []

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^(?:{self.regex})$"}


class Flag(ValueType):
    """true or false; the registry spells it as a REG_DWORD 0 or 1."""

    expected = "true or false"
    registry_expected = "a REG_DWORD of 0 or 1"

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, bool):
            raise self.fail(value)
        return value, []

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def from_registry(self, raw: Any) -> Any:
        if isinstance(raw, int) and not isinstance(raw, bool) and raw in (0, 1):
            return bool(raw)
        if isinstance(raw, str) and raw.strip().lower() in ("0", "1", "true", "false"):
            return raw.strip().lower() in ("1", "true")
        raise InvalidValue(f"must be {self.registry_expected}, not {show(raw)}")


class WholeNumber(ValueType):
    """An integer within a sensible range, so a typo can't ask for a reading age of 900."""

    registry_expected = "a REG_DWORD"

    def __init__(self, minimum: int, maximum: int) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.expected = f"a whole number from {minimum} to {maximum}"

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # JSON "9.0" is still nine; the schema agrees
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(value)
        if not self.minimum <= value <= self.maximum:
            raise self.fail(value)
        return value, []

    def schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}

    def from_registry(self, raw: Any) -> Any:
        if isinstance(raw, str) and re.fullmatch(r"\s*-?\d+\s*", raw):
            return int(raw)
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        raise InvalidValue(f"must be {self.registry_expected}, not {show(raw)}")


class TextList(ValueType):
    """A list of text values; bad items are dropped one by one and duplicates quietly removed."""

    registry_expected = "a REG_MULTI_SZ (or a REG_SZ holding a JSON list)"

    def __init__(self, choices: Iterable[str] | None = None) -> None:
        self.choices = tuple(choices) if choices is not None else None
        example = '["x", "bluesky"]' if self.choices else '["first", "second"]'
        self.expected = f"a list of text values like {example}"

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, list):
            raise self.fail(value)
        cleaned: list[str] = []
        issues: list[Issue] = []
        for index, item in enumerate(value):
            where = f"item {index + 1}"
            if not isinstance(item, str) or not item.strip():
                issues.append(Issue((index,), f"{where} must be text that isn't empty, not {show(item)}"))
            elif self.choices is not None and item not in self.choices:
                issues.append(Issue((index,), f"{where} ({show(item)}) must be {_quoted_list(self.choices)}"))
            elif item not in cleaned:
                cleaned.append(item)
        return cleaned, issues

    def schema(self) -> dict[str, Any]:
        items: dict[str, Any] = {"type": "string", "minLength": 1, "pattern": r"\S"}
        if self.choices is not None:
            items = {"type": "string", "enum": list(self.choices)}
        return {"type": "array", "items": items}

    def from_registry(self, raw: Any) -> Any:
        if isinstance(raw, list):
            return raw
        return _json_from_registry(raw, self.registry_expected)

    def merge(self, user: Any, policy: Any) -> Any:
        return list(policy) + [item for item in user if item not in policy]

    def without(self, value: Any, policy: Any) -> Any:
        return [item for item in value if item not in policy]


class TermMap(ValueType):
    """Term → replacement, e.g. banned or preferred wording; ``nullable`` allows "banned, no suggestion"."""

    registry_expected = 'a REG_SZ holding a JSON object like {"term": "replacement"}'

    def __init__(self, *, nullable: bool) -> None:
        self.nullable = nullable
        tail = " (or null for no suggestion)" if nullable else ""
        example = '{"term": "replacement"}'
        self.expected = f"an object mapping each term to its replacement, like {example}{tail}"

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, dict):
            raise self.fail(value)
        cleaned: dict[str, str | None] = {}
        issues: list[Issue] = []
        wanted = "text or null" if self.nullable else "text"
        for term, replacement in value.items():
            if not isinstance(term, str) or not term.strip():
                issues.append(Issue((term,), "has an empty term", "that entry is ignored"))
            elif not (isinstance(replacement, str) or (self.nullable and replacement is None)):
                problem = f"entry {show(term)} must be {wanted}, not {show(replacement)}"
                issues.append(Issue((term,), problem, "that entry is ignored"))
            else:
                cleaned[term] = replacement
        return cleaned, issues

    def schema(self) -> dict[str, Any]:
        replacement: dict[str, Any] = {"type": ["string", "null"] if self.nullable else "string"}
        return {"type": "object", "propertyNames": {"pattern": r"\S"}, "additionalProperties": replacement}

    def from_registry(self, raw: Any) -> Any:
        return _json_from_registry(raw, self.registry_expected)

    def merge(self, user: Any, policy: Any) -> Any:
        return {**user, **policy}

    def without(self, value: Any, policy: Any) -> Any:
        return {term: rep for term, rep in value.items() if term not in policy}


_DATE = r"\d{4}-\d{2}-\d{2}"


class PeriodList(ValueType):
    """Named date ranges ({"name", "start", "end"}, dates as YYYY-MM-DD), e.g. pre-election periods."""

    expected = (
        'a list of periods like [{"name": "May elections", "start": "2026-03-23", "end": "2026-05-07"}]'
    )
    registry_expected = "a REG_SZ holding a JSON list of periods"
    fields = ("name", "start", "end")

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, list):
            raise self.fail(value)
        cleaned: list[dict[str, str]] = []
        issues: list[Issue] = []
        for index, item in enumerate(value):
            where = f"period {index + 1}"
            if not isinstance(item, dict):
                problem = f'{where} must be an object with "name", "start" and "end", not {show(item)}'
                issues.append(Issue((index,), problem, "that period is ignored"))
                continue
            if isinstance(item.get("name"), str) and item["name"].strip():
                where = f"{where} ({show(item['name'])})"
            bad = self._field_issue(item, index, where)
            if bad is not None:
                issues.append(bad)
                continue
            for extra in item.keys() - set(self.fields):
                problem = f"{where} has a field {show(extra)} that Crier doesn't use"
                issues.append(Issue((index, extra), problem, "that field is ignored"))
            period = {name: item[name] for name in self.fields}
            if period not in cleaned:
                cleaned.append(period)
        return cleaned, issues

    def _field_issue(self, item: dict[str, Any], index: int, where: str) -> Issue | None:
        """The first thing wrong with one period, pointing at the field so the line number is exact."""
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            path: ValuePath = (index, "name") if "name" in item else (index,)
            return Issue(path, f'{where} needs a "name" in quotes', "that period is ignored")
        dates: dict[str, dt.date] = {}
        for part in ("start", "end"):
            raw = item.get(part)
            path = (index, part) if part in item else (index,)
            try:
                if not isinstance(raw, str) or not re.fullmatch(_DATE, raw):
                    raise ValueError
                dates[part] = dt.date.fromisoformat(raw)
            except ValueError:
                problem = f"{where}: {show(part)} must be a date written YYYY-MM-DD, not {show(raw)}"
                if part not in item:
                    problem = f"{where} needs a {show(part)} date written YYYY-MM-DD"
                return Issue(path, problem, "that period is ignored")
        if dates["end"] < dates["start"]:
            problem = f"{where} ends ({item['end']}) before it starts ({item['start']})"
            return Issue((index, "end"), problem, "that period is ignored")
        return None

    def schema(self) -> dict[str, Any]:
        date = {"type": "string", "pattern": f"^{_DATE}$", "format": "date"}
        period = {
            "type": "object",
            "required": list(self.fields),
            "properties": {"name": {"type": "string", "pattern": r"\S"}, "start": date, "end": date},
            "additionalProperties": False,
        }
        return {"type": "array", "items": period}

    def from_registry(self, raw: Any) -> Any:
        return _json_from_registry(raw, self.registry_expected)

    def merge(self, user: Any, policy: Any) -> Any:
        return list(policy) + [period for period in user if period not in policy]

    def without(self, value: Any, policy: Any) -> Any:
        return [period for period in value if period not in policy]


class Merge(enum.Enum):
    """What a policy value does to the user's: replace (and lock) it, or add to it."""

    REPLACE = "replace"
    EXTEND = "extend"


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting: its key, value type, default, label for the UI, and whether machine policy may set it."""

    key: str
    type: ValueType
    default: Any
    label: str
    description: str
    policy: bool = False  # may IT set this in the machine policy?
    merge: Merge = Merge.REPLACE  # EXTEND: policy entries are added to the user's, not replacing them


TEXT = Text()
FLAG = Flag()
TEXT_LIST = TextList()
HTTP_URL = Pattern(r"https?://[A-Za-z0-9.-]+(?::\d{1,5})?(?:/\S*)?", "a web address starting with https://")
# The forms net.NetConfig accepts: "", direct (any case), [http(s)://][user:password@]host[:port], pac:<URL or
# file>. Written without inline flags so editors that check the schema with JavaScript regexes agree.
PROXY = Pattern(
    r"|[Dd][Ii][Rr][Ee][Cc][Tt]"
    r"|(?:https?://)?(?:[^\s@/:]+(?::[^\s@/]*)?@)?[A-Za-z0-9.-]+(?::\d{1,5})?/?"
    r"|[Pp][Aa][Cc]:\S.*",
    '"" (use the computer\'s proxy settings), "direct", an address like "http://proxy.example.gov.uk:8080", '
    'or "pac:" followed by the address of a PAC file',
)


def _registry(*specs: SettingSpec) -> Mapping[str, SettingSpec]:
    """Build the read-only registry, checking each default against its own type so mistakes fail at import."""
    table: dict[str, SettingSpec] = {}
    for spec in specs:
        if spec.key in table:
            raise ValueError(f"setting {spec.key!r} is registered twice")
        cleaned, issues = spec.type.check(spec.default)
        if issues or cleaned != spec.default:
            raise ValueError(f"setting {spec.key!r} has a default that doesn't match its type")
        if spec.merge is Merge.EXTEND:
            spec.type.merge(spec.default, spec.default)  # raises TypeError for types that can't merge
        table[spec.key] = spec
    return MappingProxyType(table)


# Every setting Crier has. Add one by adding an entry; order here is the order in docs and the example.
SETTINGS: Mapping[str, SettingSpec] = _registry(
    SettingSpec("x.client_id", TEXT, "", "X app client ID",
                "The OAuth 2.0 client ID of the council's X developer app.", policy=True),
    SettingSpec("x.consumer_key", TEXT, "", "X app consumer key",
                "The OAuth 1.0a consumer key (API key) of the council's X developer app. Never put the "
                "consumer secret here: secrets are kept in the system keyring.", policy=True),
    SettingSpec("x.api_base", HTTP_URL, "https://api.x.com", "X API address",
                "The address of the X API. Change it only if your network routes X through a gateway.",
                policy=True),
    SettingSpec("facebook.app_id", TEXT, "", "Facebook app ID",
                "The app ID of the council's Facebook app, used to post to Facebook Pages.", policy=True),
    SettingSpec("networks.allowed", TextList(NETWORKS), list(NETWORKS), "Networks allowed",
                "The social networks staff may draft for and post to.", policy=True),
    SettingSpec("tone.disabled_rules", TEXT_LIST, [], "Tone checks turned off",
                "The tone checks you have turned off."),
    SettingSpec("tone.reading_age_target", WholeNumber(5, 18), 9, "Target reading age",
                "Posts written for an older reading age than this are flagged.", policy=True),
    SettingSpec("tone.banned_terms", TermMap(nullable=True), {}, "Words to avoid",
                "Words or phrases to flag, each with a suggested replacement, or null for no suggestion.",
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.preferred_terms", TermMap(nullable=False), {}, "House style spellings",
                "Spellings to correct to the council's house style, e.g. \"e-mail\" to \"email\".",
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.allowed_personal_data", TEXT_LIST, [], "Contact details that may be posted",
                "Phone numbers, email addresses and similar details that are fine to publish (e.g. the "
                "council's contact centre), so the personal data check doesn't flag them.",
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.pre_election_periods", PeriodList(), [], "Pre-election periods",
                "Periods before elections (dates as YYYY-MM-DD, both days included) when posts are checked "
                "for political content.", policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.political_names", TEXT_LIST, [], "Councillor and party names",
                "Names of councillors and parties to flag during a pre-election period.",
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.council_domains", TEXT_LIST, [], "Council web addresses",
                "The council's own web domains, e.g. \"example.gov.uk\", used by the link checks.",
                policy=True, merge=Merge.EXTEND),
    SettingSpec("posting.require_alt_text", FLAG, True, "Require image descriptions",
                "Images can't be posted without a description (alt text) for people using screen readers.",
                policy=True),
    SettingSpec("network.proxy", PROXY, "", "Proxy",
                'How to reach the internet: "" uses the computer\'s settings, "direct" uses no proxy, '
                '"http://host:port" uses that proxy, "pac:URL" uses that PAC file.', policy=True),
    SettingSpec("credentials.allow_encrypted_file_fallback", FLAG, False, "Allow encrypted password file",
                "If the system keyring is unavailable, keep sign-in tokens in an encrypted file instead.",
                policy=True),
    SettingSpec("backups.keep", WholeNumber(1, 365), 7, "Backups to keep",
                "How many daily backups of your drafts to keep.", policy=True),
    SettingSpec("drafts.default_networks", TextList(NETWORKS), ["x"], "Networks for new drafts",
                "The networks a new draft is set up for."),
)  # fmt: skip


def spec_for(key: str) -> SettingSpec:
    """Look a setting up, failing with a clear message for a misspelt key."""
    try:
        return SETTINGS[key]
    except KeyError:
        raise UnknownSettingError(f"There is no setting called {key!r}.") from None


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` so a crash leaves either the old file or the new one, never half of either."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable on POSIX; Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def move_aside(path: Path, label: str = "corrupt", now: Callable[[], dt.datetime] = dt.datetime.now) -> Path:
    """Rename a damaged file to ``<stem>.<label>-<timestamp><suffix>`` beside it, never overwriting one."""
    stamp = now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}")
        counter += 1
    os.replace(path, target)
    return target


@dataclass(slots=True)
class _Loaded:
    values: dict[str, Any] = field(default_factory=dict)
    unknown: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _read_user_file(path: Path) -> _Loaded:
    """Read the user's file, keeping every good value and explaining every bad one."""
    loaded = _Loaded()
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("it doesn't hold a set of named settings")
    except FileNotFoundError:
        return loaded
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        loaded.problems.append(_moved_aside_message(path, _why_unreadable(exc)))
        return loaded
    for key, value in data.items():
        spec = SETTINGS.get(key)
        if spec is None:
            loaded.unknown[key] = value  # perhaps from a newer Crier: keep it, so going back loses nothing
            continue
        try:
            cleaned, issues = spec.type.check(value)
        except InvalidValue:
            loaded.problems.append(
                f'Your saved setting "{spec.label}" was {show(value)}, which isn\'t {spec.type.expected}, '
                f"so Crier is using the default ({show(spec.default)}). You can change it in Settings."
            )
            continue
        for issue in issues:
            loaded.problems.append(
                f'Your saved setting "{spec.label}": {issue.problem}, so {issue.consequence}. '
                "You can change it in Settings."
            )
        loaded.values[key] = cleaned
    return loaded


def _why_unreadable(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
    if isinstance(exc, UnicodeDecodeError):
        return "it isn't UTF-8 text"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _moved_aside_message(path: Path, why: str) -> str:
    head = f"Crier couldn't read your settings file ({why}), so it has started with the default settings."
    try:
        kept = move_aside(path)
    except OSError as exc:
        return (
            f"{head} It also couldn't move the damaged file {path} out of the way "
            f"({exc.strerror or exc}), so your changes may not be saved until that file is removed."
        )
    return (
        f"{head} The damaged file was kept as {kept.name} in {kept.parent}. "
        "Changes you make from now on will be saved normally."
    )


class Settings:
    """The user's settings with the machine policy applied; change with ``set()``, persist with ``save()``."""

    def __init__(
        self,
        path: Path,
        policy: Policy,
        values: Mapping[str, Any] | None = None,
        *,
        unknown: Mapping[str, Any] | None = None,
        problems: Iterable[str] = (),
    ) -> None:
        self.path = path
        self.policy = policy
        self._values: dict[str, Any] = dict(values or {})
        self._unknown: dict[str, Any] = dict(unknown or {})
        self.problems: list[str] = list(problems)

    @classmethod
    def load(cls, path: Path | None = None, *, policy: Policy | None = None) -> Settings:
        """Read the user's file (default: ``app_paths().settings_file``) and apply ``policy``.

        With no ``policy`` given, the machine policy is loaded, so forgetting to pass it can't bypass IT.
        Never raises for a bad file: problems are collected in ``problems`` for the UI to show.
        """
        if policy is None:
            from desktop.core.policy import load_policy  # policy.py imports this module

            policy = load_policy()
        target = path if path is not None else app_paths().settings_file
        loaded = _read_user_file(target)
        return cls(target, policy, loaded.values, unknown=loaded.unknown, problems=loaded.problems)

    def get(self, key: str) -> Any:
        """The effective value: policy, else the user's value, else the default (merged for EXTEND keys)."""
        spec = spec_for(key)
        own = self._values.get(key, spec.default)
        if self.policy.sets(key):
            enforced = self.policy.values[key]
            own = spec.type.merge(own, enforced) if spec.merge is Merge.EXTEND else enforced
        return copy.deepcopy(own)

    def set(self, key: str, value: Any) -> None:
        """Change the user's value after checking its type; policy-locked keys raise ``SettingLocked``.

        For EXTEND keys the policy's entries may be included in ``value`` (as ``get()`` returns them); only
        the user's own entries are stored, so the organisation's entries can't be removed this way.
        """
        spec = spec_for(key)
        if self.is_locked(key):
            raise SettingLocked(
                f'"{spec.label}" is set by your organisation, so it can\'t be changed here. '
                "Ask your IT team if it needs to be different."
            )
        try:
            cleaned, issues = spec.type.check(value)
        except InvalidValue as exc:
            raise SettingValueError(f'"{spec.label}" {exc}.') from None
        if issues:
            raise SettingValueError(f'"{spec.label}": {issues[0].problem}.')
        if spec.merge is Merge.EXTEND and self.policy.sets(key):
            cleaned = spec.type.without(cleaned, self.policy.values[key])
        self._values[key] = cleaned

    def reset(self, key: str) -> None:
        """Forget the user's value so the default (or policy) applies again."""
        spec_for(key)
        if self.is_locked(key):
            return  # nothing the user set is in effect anyway; keep it for if the policy goes away
        self._values.pop(key, None)

    def is_locked(self, key: str) -> bool:
        """True when the machine policy sets this key outright ("Set by your organisation")."""
        spec = spec_for(key)
        return spec.merge is Merge.REPLACE and self.policy.sets(key)

    def policy_entries(self, key: str) -> Any:
        """For EXTEND keys: the entries IT added, which the UI shows but can't remove; else None."""
        spec = spec_for(key)
        if spec.merge is not Merge.EXTEND or not self.policy.sets(key):
            return None
        return copy.deepcopy(self.policy.values[key])

    def user_value(self, key: str) -> Any:
        """What the user chose (or the default), ignoring policy: for showing what a lock overrides."""
        spec = spec_for(key)
        return copy.deepcopy(self._values.get(key, spec.default))

    def effective_values(self) -> dict[str, Any]:
        """Every setting's effective value, e.g. for a diagnostics report."""
        return {key: self.get(key) for key in SETTINGS}

    def save(self) -> None:
        """Write the user's values atomically; raises ``SettingsSaveError`` with a message for the UI."""
        document = {**self._unknown, **{key: self._values[key] for key in SETTINGS if key in self._values}}
        text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            raise SettingsSaveError(
                f"Crier couldn't save your settings to {self.path} ({exc.strerror or exc}). "
                "Your previous settings are unchanged. Check there is free disk space and that you can "
                "write to that folder, then try again."
            ) from exc
