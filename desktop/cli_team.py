"""Team-mode commands: `crier team …`, `approvals`, `approve`, `request-changes`, `comment`, `audit`,
and the team side of `queue`, `sync` and `outbox` on a PC that joined a team.

Passwords come from standard input (or the URL for init) and go to the keyring only. Every refusal is
one sentence and exit 1 (or 2 for a mistake in the command itself), never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    JSON_HELP,
    CliError,
    _bilingual,
    _language_tag,
    _print_json,
    _read_text,
    _when_to_post,
)
from desktop.cli_text import (
    QT_TRANSLATE_NOOP,
    TEAM_INIT_DONE,
    role_name,
    say,
    spreadsheet_cell,
    translate,
    visible,
)
from desktop.core.team.errors import TeamError, Unreachable

if TYPE_CHECKING:
    from desktop.core.service.team import TeamService

Handler = Callable[[argparse.Namespace, TextIO], int]


def plain(handler: Handler) -> Handler:
    """TeamError (and keyring trouble) become CliError: one sentence, the right exit status."""

    @functools.wraps(handler)
    def wrapped(args: argparse.Namespace, out: TextIO) -> int:
        from desktop.core.service.team import connection_dropped, keyring_failed

        try:
            return handler(args, out)
        except TeamError as error:
            raise CliError(say(error.user_message), error.code) from None
        except Exception as error:
            if keyring_failed(error):
                raise CliError(getattr(error, "user_message", str(error))) from None
            if connection_dropped(error):
                dropped = translate(
                    "cli",
                    "the connection to the team database dropped; nothing was lost, run the command again",
                )
                raise CliError(dropped) from None
            raise

    return wrapped


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    from desktop.cli_approvals import add_comment, approvals_list, decide, edit_submission

    team = subparsers.add_parser(
        "team", help=QT_TRANSLATE_NOOP("cli", "join or set up a team (shared PostgreSQL database)")
    )
    sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = sub.add_parser(
        "init",
        help=QT_TRANSLATE_NOOP("cli", "create or upgrade the team schema (IT, once)"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Create or upgrade the team schema, roles and policies, as a role that owns the database "
            "and may create roles. The password comes from the URL or standard input.",
        ),
    )
    init.add_argument("url", metavar="URL")
    init.set_defaults(handler=plain(team_init))
    add_user = sub.add_parser(
        "add-user",
        help=QT_TRANSLATE_NOOP("cli", "add a person (a PostgreSQL role); password on standard input"),
    )
    add_user.add_argument("name", metavar="NAME")
    add_user.add_argument("--role", required=True, choices=["author", "approver", "admin"])
    add_user.set_defaults(handler=plain(team_add_user))
    join = sub.add_parser(
        "join", help=QT_TRANSLATE_NOOP("cli", "join this PC to a team; password on standard input")
    )
    join.add_argument(
        "url",
        metavar="URL",
        nargs="?",
        help=QT_TRANSLATE_NOOP("cli", "default: the team.database_url setting"),
    )
    join.add_argument(
        "--user", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "your user name, when the address has none")
    )
    join.set_defaults(handler=plain(team_join))
    status = sub.add_parser(
        "status", help=QT_TRANSLATE_NOOP("cli", "joined or not, as whom, reachable, what waits to be sent")
    )
    status.add_argument("--json", action="store_true", help=JSON_HELP)
    status.set_defaults(handler=plain(team_status))
    policy = sub.add_parser("policy", help=QT_TRANSLATE_NOOP("cli", "change a team policy setting (admins)"))
    policy.add_argument(
        "setting",
        choices=["self_approval", "authors_post_directly", "approvers_skip_approval", "retention_days",
                 "retry_base_seconds", "needs_approval"],
    )  # fmt: skip
    policy.add_argument("value")
    policy.add_argument(
        "--account", metavar="ID|@handle", help=QT_TRANSLATE_NOOP("cli", "for needs_approval: which account")
    )
    policy.set_defaults(handler=plain(team_policy))
    holders = sub.add_parser(
        "holders",
        help=QT_TRANSLATE_NOOP("cli", "who publishes for each account (admins add and remove them)"),
    )
    holders_sub = holders.add_subparsers(dest="holders_command", metavar="ACTION", required=True)
    listing = holders_sub.add_parser(
        "list", help=QT_TRANSLATE_NOOP("cli", "each account and who publishes for it")
    )
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    listing.set_defaults(handler=plain(team_holders_list))
    for action, helped in (
        ("add", QT_TRANSLATE_NOOP("cli", "let NAME's PCs publish for ACCOUNT (they hold its credentials)")),
        ("remove", QT_TRANSLATE_NOOP("cli", "stop NAME's PCs publishing for ACCOUNT")),
    ):
        change = holders_sub.add_parser(action, help=helped)
        change.add_argument("account", metavar="ID|@handle")
        change.add_argument("name", metavar="NAME")
        change.set_defaults(handler=plain(team_holders_change), holds=action == "add")

    approvals = subparsers.add_parser(
        "approvals", help=QT_TRANSLATE_NOOP("cli", "submissions waiting for approval")
    )
    approvals_sub = approvals.add_subparsers(dest="approvals_command", metavar="ACTION", required=True)
    listing = approvals_sub.add_parser(
        "list", help=QT_TRANSLATE_NOOP("cli", "list submissions waiting for a decision (yours, for authors)")
    )
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    listing.set_defaults(handler=plain(approvals_list))
    approve = subparsers.add_parser(
        "approve", help=QT_TRANSLATE_NOOP("cli", "approve a submission (approvers)")
    )
    approve.add_argument("id", type=int, metavar="ID")
    approve.add_argument("--comment", default="", metavar="TEXT")
    approve.set_defaults(handler=plain(decide), decision="approved")
    changes = subparsers.add_parser(
        "request-changes", help=QT_TRANSLATE_NOOP("cli", "send a submission back with a comment (approvers)")
    )
    changes.add_argument("id", type=int, metavar="ID")
    changes.add_argument("--comment", required=True, metavar="TEXT")
    changes.set_defaults(handler=plain(decide), decision="changes_requested")
    comment = subparsers.add_parser("comment", help=QT_TRANSLATE_NOOP("cli", "comment on a submission"))
    comment.add_argument("id", type=int, metavar="ID")
    comment.add_argument("text", metavar="TEXT")
    comment.set_defaults(handler=plain(add_comment))
    edit = subparsers.add_parser(
        "edit", help=QT_TRANSLATE_NOOP("cli", "replace a submission's text (FILE, or - for standard input)")
    )
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("file", metavar="FILE|-")
    edit.set_defaults(handler=plain(edit_submission))

    audit = subparsers.add_parser("audit", help=QT_TRANSLATE_NOOP("cli", "the team's audit log"))
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    export = audit_sub.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP("cli", "every submission, decision, comment and post, to standard output"),
    )
    export.add_argument("--format", choices=["csv", "json"], default="json")
    export.add_argument(
        "--since",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("cli", "only events on or after this date (ISO 8601)"),
    )
    export.set_defaults(handler=plain(audit_export))


# -- plumbing -------------------------------------------------------------------------------------


def _team() -> TeamService:
    """The team side of the app service (on this PC's own data folder, whatever --database-url says)."""
    from desktop.core.service import Crier

    return Crier().team


def _local() -> Any:
    return _team().local()


def joined() -> bool:
    """Whether this PC joined a team (so queue, sync and outbox work on the team's outbox)."""
    return _team().joined()


def _client() -> Any:
    return _team().client()


def _stdin_password(url: Any) -> str | None:
    if url.password:  # accepted as libpq accepts it, but said: it is now in the shell's history
        warning = translate(
            "cli",
            "The password was read from the address, so it may be kept in your shell's history and shown to "
            "other users of this computer; next time leave it out and give it on standard input.",
        )
        print(f"crier: {warning}", file=sys.stderr)
        return url.password
    if sys.stdin is None or sys.stdin.closed:
        return None
    return sys.stdin.readline().rstrip("\r\n") or None


# -- team -----------------------------------------------------------------------------------------


def team_init(args: argparse.Namespace, out: TextIO) -> int:
    team_service = _team()
    url = team_service.parse_url(args.url)
    password = _stdin_password(url)
    what, role, team = team_service.init(url, password)
    done = TEAM_INIT_DONE.get(what, TEAM_INIT_DONE["up to date"])
    print(say(done.format(database=url.display(), user=url.user, role=role_name(role))), file=out)
    return EXIT_OK


def team_add_user(args: argparse.Namespace, out: TextIO) -> int:
    team = _team()
    client = team.client()
    client.require_role("admin", "add people")
    password = sys.stdin.readline().rstrip("\r\n") if sys.stdin else ""
    team.add_person(client, args.name, args.role, password or None)
    added = translate("cli", "Added {name} as a team {role}, with the password given.")
    if not password:
        added = translate("cli", "Added {name} as a team {role}, for Kerberos (no password).")
    print(added.format(name=args.name, role=role_name(args.role)), file=out)
    return EXIT_OK


def team_join(args: argparse.Namespace, out: TextIO) -> int:
    """Join the address given, else the one in the settings (which binds when IT sets it by policy)."""
    team_service = _team()
    url = team_service.join_url(args.url, args.user or "")
    role, team = team_service.join(url, _stdin_password(url))
    print(
        translate("cli", "Joined team {team} as {user} ({role}).").format(
            team=team, user=url.user, role=role_name(role)
        ),
        file=out,
    )
    return EXIT_OK


def team_status(args: argparse.Namespace, out: TextIO) -> int:
    local = _local()
    try:
        config = local.config()
        waiting = local.waiting()
        refused = local.refused()
        pulled_at = local.cached_at("submissions")
    finally:
        local.close()
    status: dict[str, Any] = {"joined": "url" in config}
    if status["joined"]:
        client = _client()
        conn = client.try_connect()
        if conn is not None:
            with conn:
                client.push(conn)
                client.pull(conn)
            waiting = client.local.waiting()
            refused = client.local.refused()
        status.update(
            user=client.url.user,
            role=client.role,
            team=config.get("team"),
            database=client.url.display(),
            reachable=conn is not None,
            waiting_to_push=len(waiting),
            waiting=[{"kind": p.kind, "at": p.created_at} for p in waiting],
            refused=[{"kind": k, "reason": r} for k, r in refused],
            last_pulled_at=pulled_at,
        )
    if args.json:
        _print_json(status, out)
        return EXIT_OK
    if not status["joined"]:
        print(translate("cli", "This PC has not joined a team (`crier team join URL`)."), file=out)
        return EXIT_OK
    reach = translate("cli", "connected") if status["reachable"] else translate("cli", "offline")
    line = translate(
        "cli", "Team {team}: {reach}, as {user} ({role}) at {database}; {n} changes waiting to be sent."
    )
    values = {key: status[key] for key in ("team", "user", "database")} | {"n": status["waiting_to_push"]}
    print(line.format(**values, reach=reach, role=role_name(status["role"])), file=out)
    return EXIT_OK


def team_policy(args: argparse.Namespace, out: TextIO) -> int:
    team = _team()
    client = team.client()
    client.require_role("admin", "change team policy")
    if args.setting == "needs_approval" and not args.account:
        raise CliError(translate("cli", "say which account with --account"), EXIT_USAGE)
    try:
        team.set_policy(client, args.setting, args.value, args.account)
    except ValueError:  # a value of the wrong kind
        message = translate("cli", "{value} is not a valid value for {setting}").format(
            value=repr(args.value), setting=args.setting
        )
        raise CliError(message, EXIT_USAGE) from None
    print(
        translate("cli", "Team policy {setting} is now {value}.").format(
            setting=args.setting, value=args.value
        ),
        file=out,
    )
    return EXIT_OK


def team_holders_list(args: argparse.Namespace, out: TextIO) -> int:
    team = _team()
    rows = team.holders(team.client())
    if args.json:
        _print_json(rows, out)
        return EXIT_OK
    for row in rows:
        names = ", ".join(row["holders"]) or translate("cli", "no one: its posts wait")
        print(f"{visible(row['handle'])} ({visible(row['network'])}): {names}", file=out)
    return EXIT_OK


def team_holders_change(args: argparse.Namespace, out: TextIO) -> int:
    team = _team()
    client = team.client()
    client.require_role("admin", "change who publishes for an account")
    changed = team.set_holder(client, args.account, args.name, args.holds)
    said = {
        (True, True): translate("cli", "{name} now publishes for {account}."),
        (True, False): translate("cli", "{name} already publishes for {account}."),
        (False, True): translate("cli", "{name} no longer publishes for {account}."),
        (False, False): translate("cli", "{name} was not publishing for {account}."),
    }[(args.holds, changed)]
    print(said.format(name=args.name, account=args.account), file=out)
    return EXIT_OK


# -- submissions ----------------------------------------------------------------------------------


def queue(args: argparse.Namespace, out: TextIO) -> int:
    """`crier queue` on a joined PC: the post gate, then submitted for approval (recorded here first, pushed
    at once if possible); with --pair @welsh,@english the Welsh and English sides as one pair. Where a post
    goes is the service's (``Crier.queue``), as for the window's Post."""
    from desktop.cli import BILINGUAL_FORMAT, attached, gate, queue_gated
    from desktop.core.service import Crier, Outgoing

    text = _read_text(args.file)
    if not text.strip():
        raise CliError(translate("cli", "the post is empty; nothing was submitted"), EXIT_USAGE)
    sides = _bilingual(text)
    if args.pair:
        if sides is None:
            message = translate("cli", "--pair needs a bilingual file. {format}").format(
                format=say(BILINGUAL_FORMAT)
            )
            raise CliError(message, EXIT_USAGE)
        refs = [ref for ref in args.pair.split(",") if ref.strip()]
        if len(refs) != 2 or args.account:
            raise CliError(
                translate("cli", "--pair takes two accounts, @welsh,@english, and no --account"), EXIT_USAGE
            )
        if not (sides.cy.strip() and sides.en.strip()):
            message = translate("cli", "a pair needs both a Welsh and an English text; nothing was submitted")
            raise CliError(message, EXIT_USAGE)
    elif args.account:
        refs = args.account
    else:
        message = translate("cli", "choose the team account with --account (see `crier team status`)")
        raise CliError(message, EXIT_USAGE)
    when = _when_to_post(args)  # the same checks as a local queue: not in the past, not years ahead
    with Crier() as crier:
        chosen = [crier.team.find(ref) for ref in refs]
        with attached(crier, args) as media:
            outgoing = Outgoing(text, sides, media, language=_language_tag(args.language))
            assessment, verdicts = gate(crier, outgoing, chosen, args)
            ids = queue_gated(crier, outgoing, assessment, verdicts, args, when, team=True)
        for attachment in media:  # the submission keeps the images' bytes (team.sqlite3, the team database)
            attachment.path.unlink(missing_ok=True)
    return _submitted(ids, out, pair=bool(args.pair), direct=bool(args.without_approval.strip()))


def _submitted(ids: list[int | None], out: TextIO, *, pair: bool = False, direct: bool = False) -> int:
    if all(i is not None for i in ids):
        numbers = ", ".join(map(str, ids))
        if direct:
            submitted = translate(
                "cli", "Posted without approval as submission {ids}; it is in the team outbox."
            )
        elif pair:
            submitted = translate("cli", "Submitted for approval as the Welsh and English pair {ids}.")
        else:
            submitted = translate("cli", "Submitted for approval as submission {ids}.")
        print(submitted.format(ids=numbers), file=out)
    else:
        print(
            translate(
                "cli", "Saved for approval on this PC; it goes to the team at the next `crier sync --once`."
            ),
            file=out,
        )
    return EXIT_OK


# -- sync and outbox ------------------------------------------------------------------------------


def sync(args: argparse.Namespace, out: TextIO) -> int:
    """Push, pull, make local accounts known, and publish the team outbox for accounts held here."""
    from desktop.core.service import Crier

    client = _client()
    conn = client.try_connect()
    if conn is None:
        waiting = len(client.local.waiting())
        raise CliError(
            translate("cli", "can't reach the team database at {database}; {n} changes wait here").format(
                database=client.url.display(), n=waiting
            )
        )
    with Crier() as crier:
        pushed, report = crier.team.publish(client, conn, args.account)
    print(
        translate(
            "cli",
            "Team: sent {sent}, waiting to retry {waiting}, needing attention {attention};"
            " pushed {pushed} changes.",
        ).format(
            sent=len(report.sent),
            waiting=len(report.waiting),
            attention=len(report.needs_attention),
            pushed=pushed,
        ),
        file=out,
    )
    if report.lost:
        raise CliError(
            translate(
                "cli",
                "the connection to the team database dropped while posting; run `crier sync --once` again",
            )
        )
    return EXIT_PROBLEM if report.needs_attention else EXIT_OK


def outbox_rows() -> list[dict[str, Any]]:
    client = _client()
    rows = []
    for o in client.view("outbox"):
        remote_ids = list(o.get("remote_ids") or [])
        rows.append(
            {
                "id": o["id"],
                "team": True,
                "submission_id": o["submission_id"],
                "account": o["account"],
                "network": o["network"],
                "text": o["text"],
                "state": o["state"],
                "remote_id": remote_ids[0] if remote_ids else None,
                "remote_ids": remote_ids,
                "url": o.get("remote_url") or None,
                # English for scripts; error_text in the interface language (as `crier outbox --json`)
                "error": str(error) if (error := _last_error(o)) else None,
                "error_text": say(error) if error else None,
                "pair": {"waiting": _waits(o) or None} if o.get("pair_hold") else None,
                "attempts": o["attempts"],
                "next_attempt_at": o.get("next_attempt_at"),
                "created_at": o["created_at"],
                "sent_at": o["sent_at"],
            }
        )
    return rows


# -- audit ----------------------------------------------------------------------------------------


def _since(value: str | None) -> datetime:
    if not value:
        return datetime(1970, 1, 1, tzinfo=UTC)
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        message = translate("cli", "{value} is not a date like 2026-12-01").format(value=repr(value))
        raise CliError(message, EXIT_USAGE) from None
    return when if when.tzinfo else when.astimezone()


AUDIT_COLUMNS = ("id", "at", "actor", "action", "submission_id", "outbox_id", "account", "network", "text",
                 "detail", "detail_text", "detail_phrase", "detail_values")  # fmt: skip


def audit_export(args: argparse.Namespace, out: TextIO) -> int:
    since = _since(args.since)
    team = _team()
    try:
        rows = team.audit(team.client(), since)
    except Unreachable as error:
        message = translate("cli", "{problem}; the audit log is only in the team database").format(
            problem=say(error.user_message)
        )
        raise TeamError(message) from None
    rows = [_detailed(row) for row in rows]
    if args.format == "json":
        _print_json(rows, out)
        return EXIT_OK
    writer = csv.DictWriter(out, fieldnames=AUDIT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: _csv_cell(value) for key, value in row.items()} for row in rows)
    return EXIT_OK


def _detailed(row: dict[str, Any]) -> dict[str, Any]:
    """An audit row as exported: ``detail`` as the team database wrote it (English, stable for scripts),
    ``detail_text``, the same in the interface language (as `crier outbox`'s ``error`` and ``error_text``),
    and the database's phrase (t0009): ``detail_phrase``, its id, and ``detail_values``, its values (both
    null for a person's own words and for entries written before t0009)."""
    from desktop.core.team.history import audit_detail

    said = row.get("detail_args")
    phrase = said.get("phrase") if isinstance(said, dict) else None
    detail = audit_detail(row["action"], row["detail"], row.get("error_text"), said)
    exported = {**row, "detail_text": say(detail), "detail_phrase": phrase}
    exported["detail_values"] = None if phrase is None else {k: v for k, v in said.items() if k != "phrase"}
    return {column: exported.get(column) for column in AUDIT_COLUMNS}


def _csv_cell(value: Any) -> Any:
    """A JSON export's value as a CSV cell: nothing for null, the values of a phrase as the same JSON, and
    text a spreadsheet never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return spreadsheet_cell(value)


def _waits(row: dict[str, Any]) -> str:
    """Why a post of a Welsh-English pair waits for the other one ("" when it doesn't), in the Team view's
    words and language."""
    from desktop.core.team.pairs import pair_wait

    waits = pair_wait(row.get("pair_hold"))
    return say(waits) if waits is not None else ""


def _last_error(row: dict[str, Any]) -> str:
    """A team outbox row's last error (marked where the team database keeps it so), else why it waits for
    its pair or for another PC's attempt to end."""
    from desktop.core.team.pairs import attempt_wait, pair_wait, team_error

    return (
        team_error(row.get("error"), row.get("error_text"))
        or pair_wait(row.get("pair_hold"))
        or attempt_wait(row.get("attempt_wait"))
        or ""
    )


def team_outbox() -> list[dict[str, Any]]:
    """The team outbox for `crier outbox` (live when reachable, else as last pulled)."""
    try:
        return outbox_rows()
    except TeamError as error:
        raise CliError(say(error.user_message), error.code) from None
