"""Headless commands for IT, scheduled tasks and scripts.

They share the GUI's database safely while the GUI runs (WAL, and writers that take the lock up
front). Every failure ends in one plain sentence on stderr and a non-zero exit, never a traceback. They
speak the window's language (``cli_text.translate``).

Every command first says on stderr what is wrong with the machine policy (and the settings file), one
sentence each, as the window does at start-up, and then goes on, as the window does, with every policy value
that is valid: a bad value is passed over (the setting keeps the user's value or the default), and a file
that can't be read at all applies nothing. Stopping would lock officers out of their drafts and queued posts
over IT's typing mistake; the problem is never silent (every command repeats it, and ``crier --selftest``
fails on it, so an installation check catches it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli_text import QT_TRANSLATE_NOOP, forget_language, say, translate
from desktop.core.bilingual import FORMAT_HELP as BILINGUAL_FORMAT
from desktop.core.networks import COUNTED_NETWORKS, NETWORK_NAMES

if TYPE_CHECKING:
    from desktop.core.service import Crier

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
#: `crier queue` turns a long text into a thread of up to this many posts by itself; more needs --thread.
FEW_PARTS = 3
BILINGUAL_HELP = QT_TRANSLATE_NOOP(
    "cli",
    "Bilingual posts: {format} Each account gets what its language mode asks for (its own, else"
    " the setting posting.language_mode): Welsh only, English only, or both in one post, Welsh first"
    " (English first where posting.bilingual_order is en-first), as a thread starting with the first"
    " language where it doesn't fit in one. --pair @welsh,@english queues the"
    " Welsh text for the first account and the English for the second; the English goes out only after"
    " the Welsh, and neither goes while the other can't. Language tags come from the text.",
).format(format=BILINGUAL_FORMAT)
JSON_HELP = QT_TRANSLATE_NOOP("cli", "print JSON for scripts")


class CliError(Exception):
    """A failure to report as one sentence (in the interface language); ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_PROBLEM) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    from desktop.cli_accounts import add_accounts_commands

    forget_language()  # each run reads the language as the user and policy left it

    add_accounts_commands(subparsers)

    queue = subparsers.add_parser(
        "queue",
        help=QT_TRANSLATE_NOOP(
            "cli",
            'queue a post (FILE, or - for standard input), checked first; --override "reason" where allowed',
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Queue a post for each account. It is checked first, as `crier check` and the window's "
            "Post check it: anything that must be fixed (personal data, placeholders, swearing, too long, an "
            "image without a description) stops it, listed per account, with exit status 1. Where your "
            "organisation allows a check to be overridden (setting posting.overridable_rules; by default not "
            'personal data or placeholders), --override "reason" queues it anyway and keeps the reason with '
            "the post (shown by `crier outbox`). {bilingual}",
        ).format(bilingual=BILINGUAL_HELP),
    )
    queue.add_argument("file", metavar="FILE|-")
    queue.add_argument(
        "--account",
        metavar="ID|@handle",
        action="append",
        help=QT_TRANSLATE_NOOP("cli", "account to post to (repeatable)"),
    )
    queue.add_argument(
        "--at",
        metavar="ISO-8601",
        help=QT_TRANSLATE_NOOP("cli", "publish at this time (in the future) instead of as soon as possible"),
    )
    queue.add_argument(
        "--now",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "with an --at in the past: post as soon as possible"),
    )
    queue.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("cli", "confirm an --at more than a year away")
    )
    queue.add_argument(
        "--thread",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "allow a text that needs more than {n} posts to go out as a thread"
        ).format(n=FEW_PARTS),
    )
    queue.add_argument(
        "--override",
        metavar="REASON",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "post despite findings your organisation lets you override; the one-line reason is kept with it",
        ),
    )
    queue.add_argument(
        "--language",
        default="en",
        help=QT_TRANSLATE_NOOP("cli", "language of the post as a BCP 47 tag (en, cy, en-GB)"),
    )
    queue.add_argument(
        "--pair",
        metavar="@welsh,@english",
        help=QT_TRANSLATE_NOOP("cli", "queue a bilingual file as a Welsh and an English post"),
    )
    queue.add_argument(
        "--without-approval",
        metavar="REASON",
        default="",
        help=QT_TRANSLATE_NOOP(
            "cli", "on a team PC: post without approval, where team policy lets you; the reason is audited"
        ),
    )
    queue.add_argument(
        "--image",
        metavar="PATH",
        action="append",
        help=QT_TRANSLATE_NOOP(
            "cli", "attach a PNG, JPEG, GIF or WebP image of up to 20 MB (repeatable, at most 4), with --alt"
        ),
    )
    queue.add_argument(
        "--alt",
        metavar="TEXT",
        action="append",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the image's alt text, describing it for people who can't see it: one for each --image, in order",
        ),
    )
    queue.set_defaults(handler=queue_post)

    check = subparsers.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "count and check a post for each network: its counts (Bluesky's bytes too), the parts each"
            " network gets, findings (FILE, or - / nothing for standard input)",
        ),
    )
    check.add_argument("file", metavar="FILE|-", nargs="?", default="-")
    check.add_argument(
        "--network",
        action="append",
        choices=COUNTED_NETWORKS,
        help=QT_TRANSLATE_NOOP("cli", "network to count for (repeatable; default x)"),
    )
    check.add_argument("--json", action="store_true", help=JSON_HELP)
    check.add_argument(
        "--lang",
        choices=("cy", "en", "both"),
        help=QT_TRANSLATE_NOOP("cli", "check the Welsh, the English or both sides (default both)"),
    )
    from desktop.cli_check import check_post

    check.set_defaults(handler=check_post)

    outbox = subparsers.add_parser(
        "outbox", help=QT_TRANSLATE_NOOP("cli", "show queued, sent and failed posts")
    )
    outbox.add_argument("--json", action="store_true", help=JSON_HELP)
    outbox.set_defaults(handler=outbox_list)

    sync = subparsers.add_parser("sync", help=QT_TRANSLATE_NOOP("cli", "publish what is due"))
    sync.add_argument(
        "--once",
        action="store_true",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "publish what is due, then exit"),
    )
    sync.add_argument("--account", metavar="ID|@handle", help=QT_TRANSLATE_NOOP("cli", "only this account"))
    sync.set_defaults(handler=sync_once)

    from desktop import cli_team

    cli_team.add_commands(subparsers)

    from desktop.cli_drafts import add_drafts_commands

    add_drafts_commands(subparsers)


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    handler: Callable[[argparse.Namespace, TextIO], int] = args.handler
    try:
        _say_setup_problems(err)
        return handler(args, out)
    except CliError as error:
        print(f"crier: {say(error.message)}", file=err)
        return error.code
    except Exception as error:  # noqa: BLE001 - anything with a user message is said plainly
        from desktop.core.errors import CrierError
        from desktop.core.service import explain_failure

        message = error.user_message if isinstance(error, CrierError) else None
        message = message or explain_failure(error, getattr(args, "database_url", None))
        if message is None:
            import logging

            logging.getLogger(__name__).exception("Command failed")
            message = translate("cli", "something went wrong ({error}); the log has the details").format(
                error=type(error).__name__
            )
        print(f"crier: {say(message)}", file=err)
        return getattr(error, "exit_code", EXIT_PROBLEM)


# -- shared plumbing ------------------------------------------------------------------------------


def _say_setup_problems(err: TextIO) -> None:
    """Each problem with the machine policy and the settings file, as the window shows them at start-up
    (see the module's docstring for why the command goes on)."""
    from desktop.core.service import Crier

    for problem in Crier().setup_problems():
        print(f"crier: {say(problem)}", file=err)


def _crier(args: argparse.Namespace) -> Crier:
    """The app service with its database open (``--database-url`` or the local file); close it after."""
    from desktop.core.service import Crier

    crier = Crier(args.database_url)
    for notice in crier.open():  # a recovery is never silent
        print(f"crier: {say(notice)}", file=sys.stderr)
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
    from desktop.cli_text import local_time

    return local_time(when, year=False)


def _read_text(source: str) -> str:
    """The post's text as ``check`` and ``queue`` both see it: read with a size cap, trimmed, not empty."""
    from desktop.core.posting import MAX_POST_CHARS, PostTextError, post_text

    cap = MAX_POST_CHARS * 4  # bytes: every character in UTF-8 fits in four
    name = translate("cli", "standard input") if source == "-" else source
    try:
        if source == "-":
            data = sys.stdin.buffer.read(cap + 1)
        else:
            with Path(source).open("rb") as handle:
                data = handle.read(cap + 1)
        if len(data) > cap:
            raise PostTextError(
                QT_TRANSLATE_NOOP(
                    "cli", "the text is longer than any network accepts as a post (over {n} characters)"
                ).format(n=f"{MAX_POST_CHARS:,}")
            )
        text = post_text(data.decode("utf-8"))
    except FileNotFoundError as error:
        raise CliError(translate("cli", "there is no file {name}").format(name=source), EXIT_USAGE) from error
    except UnicodeDecodeError as error:
        message = translate("cli", "{name} is not UTF-8 text; save it as UTF-8 and try again").format(
            name=name
        )
        raise CliError(message, EXIT_USAGE) from error
    except PostTextError as error:
        raise CliError(f"{name}: {say(error.user_message)}", EXIT_USAGE) from error
    except OSError as error:
        why = error.strerror or str(error)
        raise CliError(
            translate("cli", "can't read {name}: {why}").format(name=name, why=why), EXIT_USAGE
        ) from error
    if not text:
        raise CliError(
            translate("cli", "{name} is empty: there is no post in it").format(name=name), EXIT_USAGE
        )
    return text


def _bilingual(text: str) -> Any:
    """A ``---cy---`` / ``---en---`` divided text as its two sides, None for one text; bad division is 2."""
    from desktop.core.bilingual import BilingualFormatError, parse_divided

    try:
        return parse_divided(text)
    except BilingualFormatError as error:
        raise CliError(f"{say(error.user_message)}. {say(BILINGUAL_FORMAT)}", EXIT_USAGE) from error


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
            translate(
                "cli", "{value} is not a date and time like 2026-12-01T09:30 or 2026-12-01T09:30Z"
            ).format(value=repr(value)),
            EXIT_USAGE,
        ) from error
    try:
        if when.tzinfo is None:
            when = when.astimezone()
        return when.astimezone(UTC).replace(tzinfo=None)
    except (OverflowError, ValueError, OSError) as error:  # 0001-01-01T00:00+14:00 is before year 1 in UTC
        raise CliError(
            translate("cli", "{value} is not a date Crier can use").format(value=repr(value)), EXIT_USAGE
        ) from error


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
            translate(
                "cli", "{value} is not a language tag Crier can use; use one like en, cy or en-GB"
            ).format(value=repr(value)),
            EXIT_USAGE,
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
            translate(
                "cli", "{when} is in the past; leave out --at (or add --now) to post as soon as possible"
            ).format(when=_local_with_year(when)),
            EXIT_USAGE,
        )
    if when > now + timedelta(days=366) and not args.yes:
        raise CliError(
            translate(
                "cli", "{when} is more than a year away; add --yes if that is the time you mean"
            ).format(when=_local_with_year(when)),
            EXIT_USAGE,
        )
    return when


def _local_with_year(when: datetime) -> str:
    from desktop.cli_text import local_time

    return local_time(when)


def queue_post(args: argparse.Namespace, out: TextIO) -> int:
    """Queue a post for each account, checked first by the service's post gate, as the window's Post is."""
    from desktop import cli_team
    from desktop.core.service import Outgoing

    if cli_team.joined():  # a team PC submits for approval instead
        return cli_team.plain(cli_team.queue)(args, out)
    if args.without_approval:
        message = translate("cli", "--without-approval is for a PC joined to a team; this PC posts directly")
        raise CliError(message, EXIT_USAGE)
    text = _read_text(args.file)
    sides = _bilingual(text)
    if args.pair and sides is None:
        message = translate("cli", "--pair needs a bilingual file. {format}").format(
            format=say(BILINGUAL_FORMAT)
        )
        raise CliError(message, EXIT_USAGE)
    language = _language_tag(args.language)
    when = _when_to_post(args)
    with _crier(args) as crier:
        accounts = crier.accounts
        if args.pair:
            chosen = [accounts.find(ref) for ref in args.pair.split(",") if ref.strip()]
            if len(chosen) != 2 or args.account:
                message = translate("cli", "--pair takes two accounts, @welsh,@english, and no --account")
                raise CliError(message, EXIT_USAGE)
        elif args.account:
            chosen = [accounts.find(ref) for ref in args.account]
        else:
            default = accounts.default()
            if default is None and not accounts.all():  # day one: say how to add one (as accounts list does)
                message = translate(
                    "cli",
                    "No accounts yet. Add one in the app (Accounts, Ctrl+,) or with `crier accounts add-x`.",
                )
                raise CliError(message)
            if default is None:
                message = translate("cli", "choose an account with --account (see `crier accounts list`)")
                raise CliError(message, EXIT_USAGE)
            chosen = [default]
        with attached(crier, args) as media:
            outgoing = Outgoing(text, sides, media, language=language)
            assessment, verdicts = gate(crier, outgoing, chosen, args)
            ids = queue_gated(crier, outgoing, assessment, verdicts, args, when)
    numbers = ", ".join(map(str, ids))
    if when:
        queued = translate("cli", "Queued post {ids} for {when}.").format(
            ids=numbers, when=_local_with_year(when)
        )
    else:
        queued = translate("cli", "Queued post {ids}.").format(ids=numbers)
    overridden = [v for v in verdicts if not v.clear]
    if overridden:
        rules = ", ".join(dict.fromkeys(r for v in overridden for r in v.rules))
        queued += " " + translate("cli", "Overriding {rules}, for the reason given.").format(rules=rules)
    print(queued, file=out)
    return EXIT_OK


@contextmanager
def attached(crier: Any, args: argparse.Namespace) -> Iterator[tuple[Any, ...]]:
    """The --image files with their --alt texts (paired in the order given), copied into the media folder
    with the checks of the window's Attach image (``Crier.images``); the copies go again if the post does
    not (the gate stops it, say)."""
    images, alts = args.image or [], args.alt or []
    if len(alts) > len(images):
        message = translate(
            "cli", "there is an --alt without an --image to describe; give each --image one --alt"
        )
        raise CliError(message, EXIT_USAGE)
    media = crier.images([(Path(path), alt) for path, alt in zip_longest(images, alts, fillvalue="")])
    try:
        yield media
    except BaseException:
        for attachment in media:
            attachment.path.unlink(missing_ok=True)
        raise


def gate(crier: Any, outgoing: Any, chosen: list[Any], args: argparse.Namespace) -> tuple[Any, list[Any]]:
    """The post gate for `crier queue`, on a team PC as on any other: each account's verdict (the first
    account that can never take the post stops it), and a long text goes as a thread only with --thread."""
    assessment = crier.assess(outgoing, chosen, pair=bool(args.pair))
    verdicts = assessment.in_order()
    long = [v for v in verdicts if len(v.parts) > FEW_PARTS]
    if long and not args.thread:
        where = ", ".join(
            translate("cli", "{n} on {network}").format(
                n=len(v.parts), network=NETWORK_NAMES.get(v.account.network)
            )
            for v in long
        )
        raise CliError(
            translate(
                "cli",
                "this text would go out as a thread of {where}; add --thread to queue it as a thread,"
                " or shorten it",
            ).format(where=where)
        )
    return assessment, verdicts


def queue_gated(
    crier: Any,
    outgoing: Any,
    assessment: Any,
    verdicts: list[Any],
    args: argparse.Namespace,
    when: datetime | None,
    *,
    team: bool = False,
) -> list[int | None]:
    """``Crier.queue`` (which submits for approval on a team PC); what must be fixed is listed per account
    on standard error, and the command says nothing was queued (or submitted)."""
    from desktop.core.posting import Blocked

    try:
        return crier.queue(
            outgoing,
            verdicts,
            override_reason=args.override or "",
            scheduled_at=when,
            languages=assessment.languages or None,
            pair=bool(args.pair),
            direct_reason=getattr(args, "without_approval", "") or "",
        )
    except Blocked as blocked:
        for verdict in blocked.verdicts:
            name = NETWORK_NAMES.get(verdict.account.network)
            print(f"{verdict.account.handle} ({name}):", file=sys.stderr)
            for line in verdict.problems(say):
                print(f"  {line}", file=sys.stderr)
        message = say(blocked.user_message).removesuffix(".")
        if not any(v.locked for v in blocked.verdicts):
            message = translate(
                "cli", 'this needs fixing: fix it, or post it anyway with --override "reason"'
            )
        nothing = translate("cli", "{problem}. Nothing was queued.")
        if team:
            nothing = translate("cli", "{problem}. Nothing was submitted.")
        raise CliError(nothing.format(problem=message), EXIT_PROBLEM) from None


def outbox_list(args: argparse.Namespace, out: TextIO) -> int:
    from desktop import cli_team
    from desktop.cli_outbox import network_note, outbox_table

    with _crier(args) as crier:
        posts, checked = crier.posts(), crier.last_check()
    team = cli_team.team_outbox() if cli_team.joined() else []  # the team's posts first, with "team": true
    try:
        if args.json:
            _print_json(team + [p.as_json(say) for p in posts], out)
            out.flush()
            return EXIT_OK
        if not posts and not team:
            print(translate("cli", "The outbox is empty."), file=out)
        else:
            print(outbox_table(posts, team), file=out)
        if (note := network_note(checked)) is not None:
            print(note, file=out)
        out.flush()
    except BrokenPipeError:
        _closed_pipe(out)
    return EXIT_OK


def sync_once(args: argparse.Namespace, out: TextIO) -> int:
    with _crier(args) as crier:
        report = crier.sync_once(args.account)
    print(
        translate(
            "cli",
            "Sent {sent}, waiting to retry {waiting}, needing attention {attention},"
            " paused for sign-in {paused}.",
        ).format(
            sent=len(report.sent),
            waiting=len(report.waiting),
            attention=len(report.needs_attention),
            paused=len(report.paused_accounts),
        ),
        file=out,
    )
    code = EXIT_PROBLEM if report.attention_needed else EXIT_OK
    from desktop import cli_team

    if cli_team.joined():  # then the team's outbox, for the accounts whose credentials this PC holds
        code = max(code, cli_team.plain(cli_team.sync)(args, out))
    return code
