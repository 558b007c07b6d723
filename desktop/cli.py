"""Headless commands for IT, scheduled tasks and scripts.

They share the GUI's database safely while the GUI runs (WAL, and writers that take the lock up
front). Every failure ends in one plain sentence on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.core.bilingual import FORMAT_HELP as BILINGUAL_FORMAT
from desktop.core.networks import COUNTED_NETWORKS, NETWORK_NAMES

if TYPE_CHECKING:
    from desktop.core.service import Crier

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
#: `crier queue` turns a long text into a thread of up to this many posts by itself; more needs --thread.
FEW_PARTS = 3
BILINGUAL_HELP = (
    f"Bilingual posts: {BILINGUAL_FORMAT} Each account gets what its language mode asks for (its own, else"
    " the setting posting.language_mode): Welsh only, English only, or both in one post, Welsh first,"
    " as a thread starting with the Welsh where it doesn't fit in one. --pair @welsh,@english queues the"
    " Welsh text for the first account and the English for the second; the English goes out only after"
    " the Welsh, and neither goes while the other can't. Language tags come from the text."
)


class CliError(Exception):
    """A failure to report as one sentence; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_PROBLEM) -> None:
        super().__init__(message)
        self.code = code


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    from desktop.cli_accounts import add_accounts_commands

    add_accounts_commands(subparsers)

    queue = subparsers.add_parser(
        "queue",
        help='queue a post (FILE, or - for standard input), checked first; --override "reason" where allowed',
        description="Queue a post for each account. It is checked first, as `crier check` and the window's "
        "Post check it: anything that must be fixed (personal data, placeholders, swearing, too long, an "
        "image without a description) stops it, listed per account, with exit status 1. Where your "
        "organisation allows a check to be overridden (setting posting.overridable_rules; by default not "
        'personal data or placeholders), --override "reason" queues it anyway and keeps the reason with '
        "the post (shown by `crier outbox`). " + BILINGUAL_HELP,
    )
    queue.add_argument("file", metavar="FILE|-")
    queue.add_argument(
        "--account", metavar="ID|@handle", action="append", help="account to post to (repeatable)"
    )
    queue.add_argument(
        "--at", metavar="ISO-8601", help="publish at this time (in the future) instead of as soon as possible"
    )
    queue.add_argument(
        "--now", action="store_true", help="with an --at in the past: post as soon as possible"
    )
    queue.add_argument("--yes", action="store_true", help="confirm an --at more than a year away")
    queue.add_argument(
        "--thread",
        action="store_true",
        help=f"allow a text that needs more than {FEW_PARTS} posts to go out as a thread",
    )
    queue.add_argument(
        "--override",
        metavar="REASON",
        help="post despite findings your organisation lets you override; the one-line reason is kept with it",
    )
    queue.add_argument(
        "--language", default="en", help="language of the post as a BCP 47 tag (en, cy, en-GB)"
    )
    queue.add_argument(
        "--pair", metavar="@welsh,@english", help="queue a bilingual file as a Welsh and an English post"
    )
    queue.set_defaults(handler=queue_post)

    check = subparsers.add_parser(
        "check",
        help="count and check a post for each network: its counts (Bluesky's bytes too), the parts each"
        " network gets, findings (FILE, or - / nothing for standard input)",
    )
    check.add_argument("file", metavar="FILE|-", nargs="?", default="-")
    check.add_argument(
        "--network",
        action="append",
        choices=COUNTED_NETWORKS,
        help="network to count for (repeatable; default x)",
    )
    check.add_argument("--json", action="store_true", help="print JSON for scripts")
    check.add_argument(
        "--lang",
        choices=("cy", "en", "both"),
        help="check the Welsh, the English or both sides (default both)",
    )
    check.set_defaults(handler=check_post)

    outbox = subparsers.add_parser("outbox", help="show queued, sent and failed posts")
    outbox.add_argument("--json", action="store_true", help="print JSON for scripts")
    outbox.set_defaults(handler=outbox_list)

    sync = subparsers.add_parser("sync", help="publish what is due")
    sync.add_argument("--once", action="store_true", required=True, help="publish what is due, then exit")
    sync.add_argument("--account", metavar="ID|@handle", help="only this account")
    sync.set_defaults(handler=sync_once)

    from desktop import cli_team

    cli_team.add_commands(subparsers)

    from desktop.cli_drafts import add_drafts_commands

    add_drafts_commands(subparsers)


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    handler: Callable[[argparse.Namespace, TextIO], int] = args.handler
    try:
        return handler(args, out)
    except CliError as error:
        print(f"crier: {error}", file=err)
        return error.code
    except Exception as error:  # noqa: BLE001 - anything with a user message is said plainly
        from desktop.core.errors import CrierError
        from desktop.core.service import explain_failure

        message = error.user_message if isinstance(error, CrierError) else None
        message = message or explain_failure(error, getattr(args, "database_url", None))
        if message is None:
            import logging

            logging.getLogger(__name__).exception("Command failed")
            message = f"something went wrong ({type(error).__name__}); the log has the details"
        print(f"crier: {message}", file=err)
        return getattr(error, "exit_code", EXIT_PROBLEM)


# -- shared plumbing ------------------------------------------------------------------------------


def _crier(args: argparse.Namespace) -> Crier:
    """The app service with its database open (``--database-url`` or the local file); close it after."""
    from desktop.core.service import Crier

    crier = Crier(args.database_url)
    for notice in crier.open():  # a recovery is never silent
        print(f"crier: {notice}", file=sys.stderr)
    return crier


def _settings() -> dict[str, Any]:
    """The effective settings (machine policy over the user's own) as plain values."""
    from desktop.core.service import Crier

    return Crier().values


def _print_json(value: Any, out: TextIO) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _local(when: datetime | None) -> str:
    if when is None:
        return ""
    return when.replace(tzinfo=UTC).astimezone().strftime("%d %b %H:%M")


def _read_text(source: str) -> str:
    """The post's text as ``check`` and ``queue`` both see it: read with a size cap, trimmed, not empty."""
    from desktop.core.posting import MAX_POST_CHARS, PostTextError, post_text

    cap = MAX_POST_CHARS * 4  # bytes: every character in UTF-8 fits in four
    name = "standard input" if source == "-" else source
    try:
        if source == "-":
            data = sys.stdin.buffer.read(cap + 1)
        else:
            with Path(source).open("rb") as handle:
                data = handle.read(cap + 1)
        if len(data) > cap:
            raise PostTextError(
                f"the text is longer than any network accepts as a post (over {MAX_POST_CHARS:,} characters)"
            )
        text = post_text(data.decode("utf-8"))
    except FileNotFoundError as error:
        raise CliError(f"there is no file {source}", EXIT_USAGE) from error
    except UnicodeDecodeError as error:
        raise CliError(f"{name} is not UTF-8 text; save it as UTF-8 and try again", EXIT_USAGE) from error
    except PostTextError as error:
        raise CliError(f"{name}: {error.user_message}", EXIT_USAGE) from error
    except OSError as error:
        raise CliError(f"can't read {name}: {error.strerror or error}", EXIT_USAGE) from error
    if not text:
        raise CliError(f"{name} is empty: there is no post in it", EXIT_USAGE)
    return text


def _bilingual(text: str) -> Any:
    """A ``---cy---`` / ``---en---`` divided text as its two sides, None for one text; bad division is 2."""
    from desktop.core.bilingual import BilingualFormatError, parse_divided

    try:
        return parse_divided(text)
    except BilingualFormatError as error:
        raise CliError(f"{error.user_message}. {BILINGUAL_FORMAT}", EXIT_USAGE) from error


def _closed_pipe(out: TextIO) -> None:
    """The reader went away (``| head``): stop writing quietly, as other command-line tools do."""
    import contextlib
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())  # so the flush at exit has somewhere to go


def parse_when(value: str) -> datetime:
    """An ISO-8601 time as naive UTC; a time without a zone is the computer's local time."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise CliError(
            f"{value!r} is not a date and time like 2026-12-01T09:30 or 2026-12-01T09:30Z", 2
        ) from error
    try:
        if when.tzinfo is None:
            when = when.astimezone()
        return when.astimezone(UTC).replace(tzinfo=None)
    except (OverflowError, ValueError, OSError) as error:  # 0001-01-01T00:00+14:00 is before year 1 in UTC
        raise CliError(f"{value!r} is not a date Crier can use", EXIT_USAGE) from error


# -- accounts -------------------------------------------------------------------------------------


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
    from desktop.core.bilingual import Bilingual, check_sides
    from desktop.core.spelling import Speller

    lang = args.lang or "both"
    if sides is None:
        if lang == "both":
            raise CliError(f"--lang both needs a bilingual file. {BILINGUAL_FORMAT}", EXIT_USAGE)
        sides = Bilingual(text, "") if lang == "cy" else Bilingual("", text)
    languages = ["cy", "en"] if lang == "both" else [lang]
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
            _print_result(result, out, {"cy": "Cymraeg (cy):", "en": "English (en):"}.get(lang, ""))
        out.flush()
    except BrokenPipeError:
        _closed_pipe(out)
    return code


def _print_result(result: Any, out: TextIO, heading: str) -> None:
    from desktop.core.checks import count_summary
    from desktop.core.posting import quote
    from desktop.core.translatable import QT_TRANSLATE_NOOP
    from desktop.ui.i18n import shown_without_app

    say = shown_without_app()  # findings in the window's language (ui.language, policy, the computer's)
    text = result.text
    if heading:
        print(heading, file=out)
    counts = (count_summary(share, NETWORK_NAMES[share.network]) for share in result.parts)
    print(" · ".join(counts), file=out)
    for f in result.findings:
        words = quote(text[f.start : f.end]) if f.rule != "reading-age" else ""
        suggestion = (
            say(QT_TRANSLATE_NOOP("cli", "Suggestion: {s}").format(s=f.suggestion)) if f.suggestion else ""
        )
        words = f" {words}" if words else ""
        line = f"{f.severity:<7} {f.rule}{words}: {say(f.message)}{' ' + suggestion if suggestion else ''}"
        print(" ".join(line.splitlines()), file=out)  # messages quote the text too: one line each
    if not result.findings:
        print(say(QT_TRANSLATE_NOOP("cli", "No problems found.")), file=out)


# -- outbox ---------------------------------------------------------------------------------------


def _language_tag(value: str) -> str:
    """A BCP 47 language tag (en, cy, en-GB), checked against the IANA registry, in its standard form."""
    import re

    import langcodes

    value = value if isinstance(value, str) else " ".join(value)  # argparse hands over "--" as a list
    if (
        len(value) > 10
        or not re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", value)
        or not (langcodes.tag_is_valid(value))
    ):
        raise CliError(
            f"{value!r} is not a language tag Crier can use; use one like en, cy or en-GB", EXIT_USAGE
        )
    return langcodes.standardize_tag(value)


def _when_to_post(args: argparse.Namespace) -> datetime | None:
    """``--at`` as naive UTC: not in the past (unless --now), not over a year away (unless --yes)."""
    from datetime import timedelta

    from desktop.core.models import utcnow

    if not args.at:
        return None
    when = parse_when(args.at)
    now = utcnow()
    if when <= now:
        if args.now:
            return None
        raise CliError(
            f"{_local_with_year(when)} is in the past; leave out --at (or add --now) to post as soon as"
            " possible",
            EXIT_USAGE,
        )
    if when > now + timedelta(days=366) and not args.yes:
        raise CliError(
            f"{_local_with_year(when)} is more than a year away; add --yes if that is the time you mean",
            EXIT_USAGE,
        )
    return when


def _local_with_year(when: datetime) -> str:
    try:
        return when.replace(tzinfo=UTC).astimezone().strftime("%d %b %Y %H:%M")
    except (OverflowError, ValueError, OSError):
        return when.strftime("%d %b %Y %H:%M UTC")


def queue_post(args: argparse.Namespace, out: TextIO) -> int:
    """Queue a post for each account, checked first by the service's post gate, as the window's Post is."""
    from desktop import cli_team
    from desktop.core.networks import NETWORK_NAMES
    from desktop.core.posting import Blocked
    from desktop.core.service import Outgoing

    if cli_team.joined():  # a team PC submits for approval instead
        return cli_team.plain(cli_team.queue)(args, out)
    text = _read_text(args.file)
    sides = _bilingual(text)
    if args.pair and sides is None:
        raise CliError(f"--pair needs a bilingual file. {BILINGUAL_FORMAT}", EXIT_USAGE)
    language = _language_tag(args.language)
    when = _when_to_post(args)
    with _crier(args) as crier:
        accounts = crier.accounts
        if args.pair:
            chosen = [accounts.find(ref) for ref in args.pair.split(",") if ref.strip()]
            if len(chosen) != 2 or args.account:
                raise CliError("--pair takes two accounts, @welsh,@english, and no --account", EXIT_USAGE)
        elif args.account:
            chosen = [accounts.find(ref) for ref in args.account]
        else:
            default = accounts.default()
            if default is None:
                raise CliError("choose an account with --account (see `crier accounts list`)", EXIT_USAGE)
            chosen = [default]
        outgoing = Outgoing(text, sides, language=language)
        assessment = crier.assess(outgoing, chosen, pair=bool(args.pair))
        verdicts = assessment.in_order()
        long = [v for v in verdicts if len(v.parts) > FEW_PARTS]
        if long and not args.thread:
            where = ", ".join(f"{len(v.parts)} on {NETWORK_NAMES.get(v.account.network)}" for v in long)
            raise CliError(
                f"this text would go out as a thread of {where}; add --thread to queue it as a thread,"
                " or shorten it"
            )
        try:
            ids = crier.queue(
                outgoing,
                verdicts,
                override_reason=args.override or "",
                scheduled_at=when,
                languages=assessment.languages or None,
                pair=bool(args.pair),
            )
        except Blocked as blocked:
            for verdict in blocked.verdicts:
                name = NETWORK_NAMES.get(verdict.account.network)
                print(f"{verdict.account.handle} ({name}):", file=sys.stderr)
                for line in verdict.problems():
                    print(f"  {line}", file=sys.stderr)
            message = blocked.user_message.removesuffix(".")
            if not any(v.locked for v in blocked.verdicts):
                message = 'this needs fixing: fix it, or post it anyway with --override "reason"'
            raise CliError(f"{message}. Nothing was queued.", EXIT_PROBLEM) from None
    when_text = f" for {_local_with_year(when)}" if when else ""
    overridden = [v for v in verdicts if not v.clear]
    note = ""
    if overridden:
        rules = ", ".join(dict.fromkeys(r for v in overridden for r in v.rules))
        note = f" Overriding {rules}, for the reason given."
    print(f"Queued post {', '.join(map(str, ids))}{when_text}.{note}", file=out)
    return EXIT_OK


def outbox_list(args: argparse.Namespace, out: TextIO) -> int:
    from desktop import cli_team

    with _crier(args) as crier:
        posts = crier.posts()
    team = cli_team.team_outbox() if cli_team.joined() else []  # the team's posts first, with "team": true
    try:
        if args.json:
            _print_json(team + [p.as_json() for p in posts], out)
            out.flush()
            return EXIT_OK
        if not posts and not team:
            print("The outbox is empty.", file=out)
        else:
            print(outbox_table(posts, team), file=out)
        out.flush()
    except BrokenPipeError:
        _closed_pipe(out)
    return EXIT_OK


def outbox_table(posts: list[Any], team: Sequence[dict[str, Any]] = ()) -> str:
    """The outbox as aligned columns, in the window's words; the team's posts first."""
    from desktop.cli_text import one_line, state_text, table, when_text
    from desktop.core.waiting import why_waiting

    waits = why_waiting(posts)
    rows = [
        [str(t["id"]), str(t["state"]), str(t["account"]), one_line(str(t["text"]), 40)]
        + [
            when_text(t.get("created_at")),
            when_text(t.get("sent_at")),
            " ".join(filter(None, ["(team)", t.get("error")])),
        ]
        for t in team
    ]
    for p in posts:
        detail = p.remote_url or p.error or p.pair_hold
        if p.override_reason:
            detail = f"{detail}  (overridden: {p.override_reason})".strip()
        account = f"{NETWORK_NAMES.get(p.network, p.network)} · {p.account}"
        text, times = one_line(p.text, 40), [when_text(p.created_at), when_text(p.sent_at)]  # as the window
        rows.append([str(p.id), state_text(p, waits.get(p.id)), account, text, *times, detail])
    return table(["ID", "Status", "Account", "Post", "Queued", "Sent", "Details"], rows)


def sync_once(args: argparse.Namespace, out: TextIO) -> int:
    with _crier(args) as crier:
        report = crier.sync_once(args.account)
    print(
        f"Sent {len(report.sent)}, waiting to retry {len(report.waiting)},"
        f" needing attention {len(report.needs_attention)},"
        f" paused for sign-in {len(report.paused_accounts)}.",
        file=out,
    )
    code = EXIT_PROBLEM if report.attention_needed else EXIT_OK
    from desktop import cli_team

    if cli_team.joined():  # then the team's outbox, for the accounts whose credentials this PC holds
        code = max(code, cli_team.plain(cli_team.sync)(args, out))
    return code
