"""Write the Group Policy templates (ADMX + ADML) for Crier's machine policy from ``settings.SETTINGS``.

    .venv/bin/python packaging/make_admx.py

Writes packaging/windows/policy/crier.admx and en-GB/ and en-US/crier.adml. Each policy writes one value
under ``HKLM\\Software\\Policies\\Crier`` named exactly like the setting key, in the form
``policy.read_windows_registry()`` and ``settings.*.from_registry()`` accept: REG_DWORD 1/0 for true/false
(a policy's Enabled/Disabled), REG_DWORD for whole numbers, REG_SZ for text, REG_MULTI_SZ for lists, and
a REG_SZ holding JSON for term lists and periods. tests/test_packaging.py fails if the committed files
differ from what this script writes, so a new setting can't be forgotten here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "packaging" / "windows" / "policy"
LANGUAGES = ("en-GB", "en-US")
NAMESPACE = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
REGISTRY_SUBKEY = r"Software\Policies\Crier"
SUPPORTED = "SUPPORTED_Crier_0_1"
#: Group Policy's text boxes stop at 1023 characters unless told otherwise; JSON lists can be longer.
JSON_MAX_LENGTH = 32767
#: How the Group Policy editor's drop-down lists name the words a setting accepts.
WORD_NAMES = {
    "system": "The computer's language (system)",
    "cy": "Welsh (cy)",
    "en": "English (en)",
    "both": "Both: one bilingual post (both)",
    "cy-first": "Welsh first (cy-first)",
    "en-first": "English first (en-first)",
}

#: Folder names in the Group Policy editor, by the part of the setting key before the first dot.
CATEGORIES = {
    "x": "X (Twitter)",
    "facebook": "Facebook",
    "networks": "Social networks",
    "tone": "Tone and wording checks",
    "posting": "Posting",
    "network": "Network and proxy",
    "credentials": "Sign-in credentials",
    "backups": "Backups",
    "team": "Team mode",
}


@dataclass(frozen=True)
class Template:
    admx: str
    adml: str


def policy_id(key: str) -> str:
    """``tone.banned_terms`` -> ``tone_banned_terms``: ADMX names can't rely on dots in $(string.…) refs."""
    return key.replace(".", "_").replace("-", "_")


def _category_id(prefix: str) -> str:
    return f"Crier_{policy_id(prefix)}"


def _attrs(**values: object) -> str:
    return "".join(f" {name}={quoteattr(str(value))}" for name, value in values.items() if value is not None)


def build() -> Template:
    """Both files as text, from the settings registry as it is now."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desktop import __version__
    from desktop.core import settings as s

    policy_specs = [spec for spec in s.SETTINGS.values() if spec.policy]
    strings: dict[str, str] = {
        "Crier": "Crier",
        "Crier_Help": (
            "Settings Crier enforces for everyone on this computer. Each policy writes one value under "
            f"HKLM\\{REGISTRY_SUBKEY}, named after the setting. A registry value wins over the same setting "
            'in %ProgramData%\\Crier\\policy.json. Run "crier --selftest" on a PC to check what it reads.'
        ),
        SUPPORTED: f"Crier {__version__} and later",
    }
    presentations: list[str] = []
    categories: list[str] = []
    policies: list[str] = []
    seen_prefixes: list[str] = []

    for spec in policy_specs:
        prefix = spec.key.split(".", 1)[0]
        if prefix not in seen_prefixes:
            seen_prefixes.append(prefix)
            cid = _category_id(prefix)
            strings[cid] = CATEGORIES.get(prefix, prefix.replace("_", " ").capitalize())
            categories.append(
                f"    <category{_attrs(name=cid, displayName=f'$(string.{cid})')}>\n"
                '      <parentCategory ref="Crier" />\n'
                "    </category>"
            )
        pid = policy_id(spec.key)
        strings[pid] = spec.label
        kind = spec.type
        locked = (
            "Users can add their own entries; the entries set here are added to theirs and can't be removed."
            if spec.merge is s.Merge.EXTEND
            else 'While this policy is enabled, users see "Set by your organisation" and can\'t change it.'
        )
        names = {"name": pid, "class": "Machine", "displayName": f"$(string.{pid})"}
        head = f"    <policy{_attrs(**names, explainText=f'$(string.{pid}_Help)')}"
        tail = [
            f'      <parentCategory ref="{_category_id(prefix)}" />',
            f'      <supportedOn ref="{SUPPORTED}" />',
        ]
        element = f"{pid}_Value"
        if isinstance(kind, s.Flag):
            how = "Enabled sets it to true (REG_DWORD 1), Disabled to false (REG_DWORD 0)."
            policies.append(
                f"{head}{_attrs(key=REGISTRY_SUBKEY, valueName=spec.key)}>\n"
                + "\n".join(tail)
                + '\n      <enabledValue><decimal value="1" /></enabledValue>\n'
                '      <disabledValue><decimal value="0" /></disabledValue>\n    </policy>'
            )
        else:
            if isinstance(kind, s.WholeNumber):
                how = f"A REG_DWORD from {kind.minimum} to {kind.maximum}."
                field = (
                    f"<decimal{_attrs(id=element, valueName=spec.key, required='true')}"
                    f"{_attrs(minValue=kind.minimum, maxValue=kind.maximum)} />"
                )
                box = (
                    f"<decimalTextBox{_attrs(refId=element, defaultValue=spec.default)}>"
                    f"{escape(spec.label)}</decimalTextBox>"
                )
            elif isinstance(kind, s.TextList):
                choices = f" Allowed values: {', '.join(kind.choices)}." if kind.choices else ""
                how = f"A REG_MULTI_SZ list, one entry per line.{choices}"
                field = f"<multiText{_attrs(id=element, valueName=spec.key, required='false')} />"
                box = f'<multiTextBox refId="{element}">{escape(spec.label)} (one per line)</multiTextBox>'
            elif isinstance(kind, s.TermMap | s.PeriodList):
                example = (
                    '[{"name": "May elections", "start": "2026-03-23", "end": "2026-05-07"}]'
                    if isinstance(kind, s.PeriodList)
                    else '{"utilise": "use", "going forward": null}'
                    if kind.nullable
                    else '{"e-mail": "email"}'
                )
                how = f"A REG_SZ holding JSON on one line, for example {example}"
                field = (
                    f"<text{_attrs(id=element, valueName=spec.key, required='true')}"
                    f"{_attrs(maxLength=JSON_MAX_LENGTH)} />"
                )
                box = f'<textBox refId="{element}"><label>{escape(spec.label)} (JSON)</label></textBox>'
            elif words := _fixed_words(kind):
                how = f"A REG_SZ, one of: {', '.join(words)}."
                items = "".join(
                    f'\n          <item displayName="$(string.{pid}_{n})"><value><string>{escape(word)}'
                    "</string></value></item>"
                    for n, word in enumerate(words)
                )
                strings.update({f"{pid}_{n}": WORD_NAMES.get(word, word) for n, word in enumerate(words)})
                field = (
                    f"<enum{_attrs(id=element, valueName=spec.key, required='true')}>{items}\n        </enum>"
                )
                default = words.index(spec.default) if spec.default in words else None
                box = (
                    f"<dropdownList{_attrs(refId=element, noSort='true', defaultItem=default)}>"
                    f"{escape(spec.label)}</dropdownList>"
                )
            elif isinstance(kind, s.Text):
                how = "A REG_SZ string."
                try:
                    empty_ok = not kind.check("")[1]
                except s.InvalidValue:
                    empty_ok = False
                field = (
                    f"<text{_attrs(id=element, valueName=spec.key, required=str(not empty_ok).lower())} />"
                )
                box = f'<textBox refId="{element}"><label>{escape(spec.label)}</label></textBox>'
            else:
                raise SystemExit(
                    f"make_admx.py doesn't know how to present {type(kind).__name__} ({spec.key})"
                )
            presentations.append(f'      <presentation id="{pid}">\n        {box}\n      </presentation>')
            policies.append(
                f"{head}{_attrs(key=REGISTRY_SUBKEY, presentation=f'$(presentation.{pid})')}>\n"
                + "\n".join(tail)
                + f"\n      <elements>\n        {field}\n      </elements>\n    </policy>"
            )
        strings[f"{pid}_Help"] = (
            f"{spec.description}\n\n{locked}\n\n"
            f'Registry: HKLM\\{REGISTRY_SUBKEY}, value "{spec.key}". {how}\n\n'
            f"Not configured: the user's own setting applies (default {s.show(spec.default)})."
        )

    admx = _admx(categories, policies)
    adml = _adml(strings, presentations)
    return Template(admx, adml)


def _fixed_words(kind: object) -> tuple[str, ...] | None:
    """The only words a text setting accepts (the interface language, the bilingual order), so Group
    Policy offers them in a list: typed as free text, "Welsh" for ui.language would be ignored."""
    from desktop.core import setting_specs as s  # (build() has put the repository on sys.path)

    if isinstance(kind, s.Choice):
        return tuple(kind.choices)
    if isinstance(kind, s.Pattern) and re.fullmatch(r"[\w-]+(?:\|[\w-]+)+", kind.regex):
        return tuple(kind.regex.split("|"))
    return None


def _admx(categories: Iterable[str], policies: Iterable[str]) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<!-- Crier machine policy. Generated by packaging/make_admx.py from desktop/core/settings.py. -->\n"
        f'<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" '
        f'xmlns="{NAMESPACE}">\n'
        "  <policyNamespaces>\n"
        '    <target prefix="crier" namespace="Crier.Policies.Crier" />\n'
        "  </policyNamespaces>\n"
        '  <resources minRequiredRevision="1.0" />\n'
        "  <supportedOn>\n"
        "    <definitions>\n"
        f'      <definition name="{SUPPORTED}" displayName="$(string.{SUPPORTED})" />\n'
        "    </definitions>\n"
        "  </supportedOn>\n"
        "  <categories>\n"
        '    <category name="Crier" displayName="$(string.Crier)" explainText="$(string.Crier_Help)" />\n'
        + "\n".join(categories)
        + "\n  </categories>\n  <policies>\n"
        + "\n".join(policies)
        + "\n  </policies>\n</policyDefinitions>\n"
    )


def _adml(strings: dict[str, str], presentations: Iterable[str]) -> str:
    rows = "\n".join(f'      <string id="{sid}">{escape(text)}</string>' for sid, text in strings.items())
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<!-- Crier machine policy texts. Generated by packaging/make_admx.py; edit that, not this. -->\n"
        f'<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" '
        f'xmlns="{NAMESPACE}">\n'
        "  <displayName>Crier</displayName>\n"
        "  <description>Machine policy for Crier, the council social media drafting app.</description>\n"
        "  <resources>\n"
        "    <stringTable>\n"
        f"{rows}\n"
        "    </stringTable>\n"
        "    <presentationTable>\n"
        + "\n".join(presentations)
        + "\n    </presentationTable>\n  </resources>\n</policyDefinitionResources>\n"
    )


def outputs(template: Template) -> dict[Path, str]:
    """Where each file goes: the same English texts serve en-GB and en-US Windows installations."""
    files = {OUT / "crier.admx": template.admx}
    for language in LANGUAGES:
        files[OUT / language / "crier.adml"] = template.adml
    return files


def main() -> int:
    for path, text in outputs(build()).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\r\n")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
