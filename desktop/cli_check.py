"""`crier check`: the window's live checks for scripts, in the window's language."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from desktop.cli import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    CliError,
    _bilingual,
    _closed_pipe,
    _print_json,
    _read_text,
    _settings,
)
from desktop.cli_text import QT_TRANSLATE_NOOP, say, translate
from desktop.core.bilingual import FORMAT_HELP as BILINGUAL_FORMAT
from desktop.core.networks import NETWORK_NAMES


def check_post(args: argparse.Namespace, out: TextIO) -> int:
    """The window's live checks for scripts: exit 1 when anything must be fixed before posting."""
    text = _read_text(args.file)  # first: a file too big to be a post is refused before the checks load
    from desktop.core.checks import run_checks, tone_context

    networks = args.network or ["x"]
    context = tone_context(_settings(), networks)
    sides = _bilingual(text)
    if sides is not None or args.lang:
        return _check_sides(sides, text, args, context, out)
    return _print_checks({"": run_checks(text, networks, context)}, args, out)


def _check_sides(sides: Any, text: str, args: argparse.Namespace, context: Any, out: TextIO) -> int:
    """``crier check`` of a bilingual file (``--lang`` picks the sides), or of one text in ``--lang``."""
    from desktop.core.bilingual import Bilingual, check_sides, order
    from desktop.core.spelling import Speller

    lang = args.lang or "both"
    if sides is None:
        if lang == "both":
            message = translate("cli", "--lang both needs a bilingual file. {format}").format(
                format=say(BILINGUAL_FORMAT)
            )
            raise CliError(message, EXIT_USAGE)
        sides = Bilingual(text, "") if lang == "cy" else Bilingual("", text)
    languages = list(order(_settings())) if lang == "both" else [lang]  # in the order they are posted
    results = check_sides(sides, languages, args.network or ["x"], context, Speller())
    return _print_checks(results, args, out)


def _print_checks(results: dict[str, Any], args: argparse.Namespace, out: TextIO) -> int:
    """Each result's counts and findings (keyed by language, or "" for a monolingual text)."""
    code = EXIT_PROBLEM if any(r.has_errors for r in results.values()) else EXIT_OK
    try:
        if args.json:
            found = {lang: r.as_json() for lang, r in results.items()}
            _print_json(found.get("") or {**found, "ok": code == EXIT_OK}, out)
            out.flush()
            return code
        for lang, result in results.items():
            _print_result(
                result, out, {"cy": "Cymraeg (cy):", "en": "English (en):"}.get(lang, "")
            )  # own names
        out.flush()
    except BrokenPipeError:
        _closed_pipe(out)
    return code


#: A finding's severity as a word (the window shows it with its icon and colour too).
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("cli", "error"),
    "warning": QT_TRANSLATE_NOOP("cli", "warning"),
    "info": QT_TRANSLATE_NOOP("cli", "info"),
}


def _print_result(result: Any, out: TextIO, heading: str) -> None:
    from desktop.core.checks import count_summary
    from desktop.core.posting import quote

    text = result.text
    width = max(len(say(word)) for word in SEVERITIES.values())  # "warning" in English: columns line up
    if heading:
        print(heading, file=out)
    counts = (say(count_summary(share, NETWORK_NAMES[share.network])) for share in result.parts)
    print(" · ".join(counts), file=out)
    for f in result.findings:
        words = quote(text[f.start : f.end])  # reading-age's too: its message points at "this sentence"
        suggestion = translate("cli", "Suggestion: {s}").format(s=f.suggestion) if f.suggestion else ""
        words = f" {words}" if words else ""
        severity = say(SEVERITIES.get(f.severity, f.severity)).ljust(width)
        line = f"{severity} {f.rule}{words}: {say(f.message)}{' ' + suggestion if suggestion else ''}"
        print(" ".join(line.splitlines()), file=out)  # messages quote the text too: one line each
    if not result.findings:
        print(translate("cli", "No problems found."), file=out)
