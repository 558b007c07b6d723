"""The typed registry of every setting: what each key holds, its default, and whether policy may set it.

Every setting Crier has is one ``SettingSpec`` entry in ``SETTINGS``; adding a setting is adding an entry.
The same registry drives type checking of the user's file (``settings.py``), of the machine policy
(``policy.py``) and the policy JSON Schema, so the three can't drift apart. It imports neither, so both
can depend on it without a cycle.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from desktop.core.networks import NETWORKS
from desktop.core.translatable import QT_TRANSLATE_NOOP

#: The checks that stop a post (see posting.assess), which policy may let staff override.
BLOCKING_RULES: tuple[str, ...] = ("personal-data", "placeholder", "profanity", "length", "alt-text")

ValuePath = tuple[str | int, ...]


class InvalidValue(ValueError):
    """The whole value is unusable; the message says what was expected, e.g. 'must be true or false'."""


@dataclass(frozen=True, slots=True)
class Issue:
    """One bad part inside an otherwise usable list or mapping; that part is dropped, the rest is kept."""

    path: ValuePath  # where inside the value, e.g. (1,) or (0, "start")
    problem: str  # e.g. 'item 2 ("twiter") is not one of "x", "bluesky"'
    consequence: str = QT_TRANSLATE_NOOP("core.settings", "that item is ignored")


#: What a bad value's messages are made of (marked once here: the window and the CLI show them translated).
MUST_BE = QT_TRANSLATE_NOOP("core.settings", "must be {expected}, not {value}")
ENTRY_IGNORED = QT_TRANSLATE_NOOP("core.settings", "that entry is ignored")
PERIOD_IGNORED = QT_TRANSLATE_NOOP("core.settings", "that period is ignored")
OR = QT_TRANSLATE_NOOP("core.settings", "{items} or {last}")
BAD_JSON = QT_TRANSLATE_NOOP(
    "core.settings", "must be {expected}, but its JSON is not valid ({why} at column {column})"
)
EMPTY_ITEM = QT_TRANSLATE_NOOP("core.settings", "item {n} must be text that isn't empty, not {value}")
NO_NAME = QT_TRANSLATE_NOOP("core.settings", '{where} needs a "name" in quotes')


def show(value: Any, limit: int = 60) -> str:
    """Render a value the way it would appear in JSON, so messages quote what the user actually wrote."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = re.sub(r'((?://|")[^\s@/:"]+):[^\s@/"]*@', r"\1:…@", text)  # never repeat a typed password
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quoted_list(items: Iterable[str]) -> str:
    quoted = [json.dumps(item) for item in items]
    return quoted[0] if len(quoted) == 1 else OR.format(items=", ".join(quoted[:-1]), last=quoted[-1])


def _json_from_registry(raw: Any, expected: str) -> Any:
    """Registry values can't hold lists of objects or mappings, so those arrive as JSON text in a REG_SZ."""
    if not isinstance(raw, str):
        raise InvalidValue(MUST_BE.format(expected=expected, value=show(raw)))
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InvalidValue(BAD_JSON.format(expected=expected, why=exc.msg, column=exc.colno)) from None


class ValueType:
    """How one kind of setting value is checked, described, merged and read from the Windows registry."""

    expected: str = QT_TRANSLATE_NOOP("core.settings", "a value")
    registry_expected: str = QT_TRANSLATE_NOOP("core.settings", "a REG_SZ string")

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
        return InvalidValue(MUST_BE.format(expected=self.expected, value=show(value)))


class Text(ValueType):
    """Free text, e.g. an app ID."""

    expected: str = QT_TRANSLATE_NOOP("core.settings", "text in quotes")

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, str):
            raise self.fail(value)
        return value, []

    def schema(self) -> dict[str, Any]:
        return {"type": "string"}

    def from_registry(self, raw: Any) -> Any:
        if not isinstance(raw, str):
            raise InvalidValue(MUST_BE.format(expected=self.registry_expected, value=show(raw)))
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


class Choice(Text):
    """One of a few fixed words, e.g. the interface language."""

    def __init__(self, choices: Iterable[str]) -> None:
        self.choices = tuple(choices)
        self.expected = QT_TRANSLATE_NOOP("core.settings", "one of {choices}").format(
            choices=_quoted_list(self.choices)
        )

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if value not in self.choices:
            raise self.fail(value)
        return value, []

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.choices)}


class Flag(ValueType):
    """true or false; the registry spells it as a REG_DWORD 0 or 1."""

    expected = QT_TRANSLATE_NOOP("core.settings", "true or false")
    registry_expected = QT_TRANSLATE_NOOP("core.settings", "a REG_DWORD of 0 or 1")

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
        raise InvalidValue(MUST_BE.format(expected=self.registry_expected, value=show(raw)))


class WholeNumber(ValueType):
    """An integer within a sensible range, so a typo can't ask for a reading age of 900."""

    registry_expected = QT_TRANSLATE_NOOP("core.settings", "a REG_DWORD")

    def __init__(self, minimum: int, maximum: int) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.expected = QT_TRANSLATE_NOOP(
            "core.settings", "a whole number from {minimum} to {maximum}"
        ).format(minimum=minimum, maximum=maximum)

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
        raise InvalidValue(MUST_BE.format(expected=self.registry_expected, value=show(raw)))


class TextList(ValueType):
    """A list of text values; bad items are dropped one by one and duplicates quietly removed."""

    registry_expected = QT_TRANSLATE_NOOP("core.settings", "a REG_MULTI_SZ (or a REG_SZ holding a JSON list)")

    def __init__(self, choices: Iterable[str] | None = None) -> None:
        self.choices = tuple(choices) if choices is not None else None
        example = '["x", "bluesky"]' if self.choices else '["first", "second"]'
        self.expected = QT_TRANSLATE_NOOP("core.settings", "a list of text values like {example}").format(
            example=example
        )

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, list):
            raise self.fail(value)
        cleaned: list[str] = []
        issues: list[Issue] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                issues.append(Issue((index,), EMPTY_ITEM.format(n=index + 1, value=show(item))))
            elif self.choices is not None and item not in self.choices:
                problem = QT_TRANSLATE_NOOP("core.settings", "item {n} ({value}) must be {choices}")
                choices = _quoted_list(self.choices)
                issues.append(Issue((index,), problem.format(n=index + 1, value=show(item), choices=choices)))
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

    TEXT = QT_TRANSLATE_NOOP("core.settings", "text")
    registry_expected = QT_TRANSLATE_NOOP(
        "core.settings", "a REG_SZ holding a JSON object like {example}"
    ).format(example='{"term": "replacement"}')

    def __init__(self, *, nullable: bool) -> None:
        self.nullable = nullable
        tail = QT_TRANSLATE_NOOP("core.settings", " (or null for no suggestion)") if nullable else ""
        like = QT_TRANSLATE_NOOP(
            "core.settings", "an object mapping each term to its replacement, like {example}{tail}"
        )
        self.expected = like.format(example='{"term": "replacement"}', tail=tail)

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, dict):
            raise self.fail(value)
        cleaned: dict[str, str | None] = {}
        issues: list[Issue] = []
        wanted = QT_TRANSLATE_NOOP("core.settings", "text or null") if self.nullable else self.TEXT
        for term, replacement in value.items():
            if not isinstance(term, str) or not term.strip():
                issues.append(
                    Issue((term,), QT_TRANSLATE_NOOP("core.settings", "has an empty term"), ENTRY_IGNORED)
                )
            elif not (isinstance(replacement, str) or (self.nullable and replacement is None)):
                problem = QT_TRANSLATE_NOOP("core.settings", "entry {term} must be {expected}, not {value}")
                problem = problem.format(term=show(term), expected=wanted, value=show(replacement))
                issues.append(Issue((term,), problem, ENTRY_IGNORED))
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

    expected = QT_TRANSLATE_NOOP("core.settings", "a list of periods like {example}").format(
        example='[{"name": "May elections", "start": "2026-03-23", "end": "2026-05-07"}]'
    )
    registry_expected = QT_TRANSLATE_NOOP("core.settings", "a REG_SZ holding a JSON list of periods")
    fields = ("name", "start", "end")

    def check(self, value: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(value, list):
            raise self.fail(value)
        cleaned: list[dict[str, str]] = []
        issues: list[Issue] = []
        for index, item in enumerate(value):
            where = QT_TRANSLATE_NOOP("core.settings", "period {n}").format(n=index + 1)
            if not isinstance(item, dict):
                problem = QT_TRANSLATE_NOOP(
                    "core.settings", '{where} must be an object with "name", "start" and "end", not {value}'
                )
                issues.append(Issue((index,), problem.format(where=where, value=show(item)), PERIOD_IGNORED))
                continue
            if isinstance(item.get("name"), str) and item["name"].strip():
                where = QT_TRANSLATE_NOOP("core.settings", "period {n} ({name})").format(
                    n=index + 1, name=show(item["name"])
                )
            bad = self._field_issue(item, index, where)
            if bad is not None:
                issues.append(bad)
                continue
            for extra in item.keys() - set(self.fields):
                problem = QT_TRANSLATE_NOOP(
                    "core.settings", "{where} has a field {field} that Crier doesn't use"
                )
                ignored = QT_TRANSLATE_NOOP("core.settings", "that field is ignored")
                issues.append(Issue((index, extra), problem.format(where=where, field=show(extra)), ignored))
            period = {name: item[name] for name in self.fields}
            if period not in cleaned:
                cleaned.append(period)
        return cleaned, issues

    def _field_issue(self, item: dict[str, Any], index: int, where: str) -> Issue | None:
        """The first thing wrong with one period, pointing at the field so the line number is exact."""
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            path: ValuePath = (index, "name") if "name" in item else (index,)
            return Issue(path, NO_NAME.format(where=where), PERIOD_IGNORED)
        dates: dict[str, dt.date] = {}
        for part in ("start", "end"):
            raw = item.get(part)
            path = (index, part) if part in item else (index,)
            try:
                if not isinstance(raw, str) or not re.fullmatch(_DATE, raw):
                    raise ValueError
                dates[part] = dt.date.fromisoformat(raw)
            except ValueError:
                problem = QT_TRANSLATE_NOOP(
                    "core.settings", "{where}: {field} must be a date written YYYY-MM-DD, not {value}"
                ).format(where=where, field=show(part), value=show(raw))
                if part not in item:
                    problem = QT_TRANSLATE_NOOP(
                        "core.settings", "{where} needs a {field} date written YYYY-MM-DD"
                    ).format(where=where, field=show(part))
                return Issue(path, problem, PERIOD_IGNORED)
        if dates["end"] < dates["start"]:
            problem = QT_TRANSLATE_NOOP("core.settings", "{where} ends ({end}) before it starts ({start})")
            problem = problem.format(where=where, end=item["end"], start=item["start"])
            return Issue((index, "end"), problem, PERIOD_IGNORED)
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
HTTP_URL = Pattern(  # what net.config sends tokens to: https, or plain http to this computer; no query
    r"(?:https://[A-Za-z0-9.-]+|http://(?:127\.0\.0\.1|localhost|\[::1\]))(?::\d{1,5})?(?:/[^\s?#]*)?",
    QT_TRANSLATE_NOOP("core.settings", "a web address starting with https://"),
)
# "", direct, [http(s)://][user@]host[:port] (no password: settings are plain files), pac:<URL or file>.
PROXY = Pattern(  # no inline flags, so editors that check the schema with JavaScript regexes agree
    r"|[Dd][Ii][Rr][Ee][Cc][Tt]"
    r"|(?:https?://)?(?:[^\s@/:]+@)?[A-Za-z0-9.-]+(?::\d{1,5})?/?"
    r"|[Pp][Aa][Cc]:\S.*",
    QT_TRANSLATE_NOOP(
        "core.settings",
        '"" (use the computer\'s proxy settings), "direct", an address without a password like '
        '"http://proxy.example.gov.uk:8080", or "pac:" followed by the address of a PAC file',
    ),
)
LANGUAGE_MODES = Pattern("cy|en|both", QT_TRANSLATE_NOOP("core.settings", '"cy", "en" or "both"'))
ORDERS = Pattern("cy-first|en-first", QT_TRANSLATE_NOOP("core.settings", '"cy-first" or "en-first"'))
# A libpq URI without a password (each person's is in their keyring), or "" for no team.
TEAM_URL = Pattern(
    r"|(?!\S*[?&](?:ssl)?password=)postgres(?:ql)?://(?:[^\s:@/]+@)?[^\s@/]*/[^\s@]*",
    QT_TRANSLATE_NOOP(
        "core.settings",
        "a PostgreSQL address without a password, like "
        '"postgresql://db.example.gov.uk/crier?sslmode=verify-full", or "" for no team',
    ),
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
    SettingSpec("x.client_id", TEXT, "",
                QT_TRANSLATE_NOOP("core.settings", "X app client ID"),
                QT_TRANSLATE_NOOP("core.settings", "The OAuth 2.0 client ID of the council's X developer "
                                                   "app."),
                policy=True),
    SettingSpec("x.consumer_key", TEXT, "",
                QT_TRANSLATE_NOOP("core.settings", "X app consumer key"),
                QT_TRANSLATE_NOOP("core.settings", "The OAuth 1.0a consumer key (API key) of the council's "
                                                   "X developer app. Never put the consumer secret here: "
                                                   "secrets are kept in the system keyring."),
                policy=True),
    SettingSpec("x.api_base", HTTP_URL, "https://api.x.com",
                QT_TRANSLATE_NOOP("core.settings", "X API address"),
                QT_TRANSLATE_NOOP("core.settings", "The address of the X API. Change it only if your "
                                                   "network routes X through a gateway."),
                policy=True),
    SettingSpec("facebook.app_id", TEXT, "",
                QT_TRANSLATE_NOOP("core.settings", "Facebook app ID"),
                QT_TRANSLATE_NOOP("core.settings", "The app ID of the council's Facebook app, used to post "
                                                   "to Facebook Pages."),
                policy=True),
    SettingSpec("networks.allowed", TextList(NETWORKS), list(NETWORKS),
                QT_TRANSLATE_NOOP("core.settings", "Networks allowed"),
                QT_TRANSLATE_NOOP("core.settings", "The social networks staff may draft for and post to."),
                policy=True),
    SettingSpec("tone.disabled_rules", TEXT_LIST, [],
                QT_TRANSLATE_NOOP("core.settings", "Tone checks turned off"),
                QT_TRANSLATE_NOOP("core.settings", "The tone checks you have turned off.")),
    SettingSpec("tone.reading_age_target", WholeNumber(5, 18), 9,
                QT_TRANSLATE_NOOP("core.settings", "Target reading age"),
                QT_TRANSLATE_NOOP("core.settings", "Posts written for an older reading age than this are "
                                                   "flagged."),
                policy=True),
    SettingSpec("tone.banned_terms", TermMap(nullable=True), {},
                QT_TRANSLATE_NOOP("core.settings", "Words to avoid"),
                QT_TRANSLATE_NOOP("core.settings", "Words or phrases the checks point out. Give each a "
                                                   "better word to suggest, or none if it should just be "
                                                   "flagged."),
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.preferred_terms", TermMap(nullable=False), {},
                QT_TRANSLATE_NOOP("core.settings", "House style spellings"),
                QT_TRANSLATE_NOOP("core.settings", "Spellings to correct to the council's house style, "
                                                   "e.g. \"e-mail\" to \"email\"."),
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.allowed_personal_data", TEXT_LIST, [],
                QT_TRANSLATE_NOOP("core.settings", "Contact details that may be posted"),
                QT_TRANSLATE_NOOP("core.settings", "Phone numbers, email addresses and similar details "
                                                   "that are fine to publish (e.g. the council's contact "
                                                   "centre), so the personal data check doesn't flag them."),
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.pre_election_periods", PeriodList(), [],
                QT_TRANSLATE_NOOP("core.settings", "Pre-election periods"),
                QT_TRANSLATE_NOOP("core.settings", "Periods before elections (dates as YYYY-MM-DD, both "
                                                   "days included) when posts are checked for political "
                                                   "content."),
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.political_names", TEXT_LIST, [],
                QT_TRANSLATE_NOOP("core.settings", "Councillor and party names"),
                QT_TRANSLATE_NOOP("core.settings", "Names of councillors and parties to flag during a "
                                                   "pre-election period."),
                policy=True, merge=Merge.EXTEND),
    SettingSpec("tone.council_domains", TEXT_LIST, [],
                QT_TRANSLATE_NOOP("core.settings", "Council web addresses"),
                QT_TRANSLATE_NOOP("core.settings", "The council's own web domains, e.g. "
                                                   "\"example.gov.uk\", used by the link checks."),
                policy=True, merge=Merge.EXTEND),
    SettingSpec("posting.require_alt_text", FLAG, True,
                QT_TRANSLATE_NOOP("core.settings", "Require image descriptions"),
                QT_TRANSLATE_NOOP("core.settings", "Images can't be posted without a description (alt "
                                                   "text) for people using screen readers."),
                policy=True),
    SettingSpec("posting.overridable_rules", TextList(BLOCKING_RULES), ["profanity", "length", "alt-text"],
                QT_TRANSLATE_NOOP("core.settings", "Checks staff may override"),
                QT_TRANSLATE_NOOP("core.settings", "Checks that stop a post but that staff may override by "
                                                   "giving a reason, which is kept with the post. The "
                                                   "others (by default personal data and placeholders) "
                                                   "must be fixed."),
                policy=True),
    SettingSpec("posting.language_mode", LANGUAGE_MODES, "both",
                QT_TRANSLATE_NOOP("core.settings", "Language of accounts"),
                QT_TRANSLATE_NOOP("core.settings", "The language accounts post in unless set on the "
                                                   "account: \"cy\" Welsh only, \"en\" English only, "
                                                   "\"both\" one bilingual post (Welsh and English)."),
                policy=True),
    SettingSpec("posting.bilingual_order", ORDERS,
                "cy-first",
                QT_TRANSLATE_NOOP("core.settings", "Order of a bilingual post"),
                QT_TRANSLATE_NOOP("core.settings", "Which language comes first in a bilingual post."),
                policy=True),
    SettingSpec("network.proxy", PROXY, "",
                QT_TRANSLATE_NOOP("core.settings", "Proxy"),
                QT_TRANSLATE_NOOP("core.settings", "How Crier reaches the internet. Leave it empty to use "
                                                   "this computer's own proxy settings, which is usually "
                                                   "right. Otherwise type direct for no proxy, the proxy's "
                                                   "address (such as http://proxy.example.gov.uk:8080), or "
                                                   "pac: followed by the address of a proxy script. IT can "
                                                   "tell you which."),
                policy=True),
    SettingSpec("credentials.allow_encrypted_file_fallback", FLAG, False,
                QT_TRANSLATE_NOOP("core.settings", "Keep sign-ins in an encrypted file when there is no "
                                                   "keyring"),
                QT_TRANSLATE_NOOP("core.settings", "Only for a computer without a secure store such as "
                                                   "Windows Credential Manager: the accounts' sign-in "
                                                   "tokens are kept in an encrypted file instead, so "
                                                   "posting still works. Ask IT first."),
                policy=True),
    SettingSpec("backups.keep", WholeNumber(1, 365), 7,
                QT_TRANSLATE_NOOP("core.settings", "Backups to keep"),
                QT_TRANSLATE_NOOP("core.settings", "How many daily backups of your drafts to keep."),
                policy=True),
    SettingSpec("team.database_url", TEAM_URL, "", QT_TRANSLATE_NOOP("core.settings", "Team database"),
                QT_TRANSLATE_NOOP("core.settings", "The address of the team's PostgreSQL database, which "
                                                   "`crier team join` and the window's Join team use. Each "
                                                   "person signs in with their own name and password (or "
                                                   "Kerberos); no password goes here. By policy, put "
                                                   "sslmode and sslrootcert in it, not in PG* variables."),
                policy=True),
    SettingSpec("drafts.default_networks", TextList(NETWORKS), ["x"],
                QT_TRANSLATE_NOOP("core.settings", "Networks for new drafts"),
                QT_TRANSLATE_NOOP("core.settings", "The networks a new draft is set up for.")),
    SettingSpec("ui.language", Choice(("system", "cy", "en")), "system",
                QT_TRANSLATE_NOOP("core.settings", "Interface language"),
                QT_TRANSLATE_NOOP("core.settings", "The language of Crier's menus and messages: the "
                                                   "computer's language, Welsh or English. A change "
                                                   "applies the next time Crier starts."),
                policy=True),
)  # fmt: skip
