"""`crier drafts list | show ID | export`: the drafts, and where and when each went out, for scripts and
records (a comms team's log of what was posted, an FOI answer) without opening the window.
"""

from __future__ import annotations

import argparse
import csv
import json
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli import EXIT_OK, EXIT_USAGE, JSON_HELP, CliError, _closed_pipe, _crier, _print_json
from desktop.cli_text import QT_TRANSLATE_NOOP, one_line, say, spreadsheet_cell, table, translate, when_text
from desktop.core.drafts import LARGEST_ID
from desktop.core.networks import NETWORK_NAMES

if TYPE_CHECKING:
    from desktop.core.drafts import DraftData
    from desktop.core.posts import PostView

#: ``crier drafts list``'s columns.
LIST_HEADERS = (
    QT_TRANSLATE_NOOP("cli table", "ID"),
    QT_TRANSLATE_NOOP("cli table", "Edited"),
    QT_TRANSLATE_NOOP("cli table", "Title"),
    QT_TRANSLATE_NOOP("cli table", "Last posted"),
)
CSV_COLUMNS = ("id", "title", "text", "status", "networks", "created", "edited", "posted")


def add_drafts_commands(subparsers: argparse._SubParsersAction) -> None:
    drafts = subparsers.add_parser("drafts", help=QT_TRANSLATE_NOOP("cli", "list, show and export drafts"))
    actions = drafts.add_subparsers(dest="drafts_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "one line per draft, newest first"))
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    listing.add_argument(
        "--trash", action="store_true", help=QT_TRANSLATE_NOOP("cli", "the drafts in the Trash instead")
    )
    listing.set_defaults(handler=drafts_list)
    show = actions.add_parser(
        "show", help=QT_TRANSLATE_NOOP("cli", "one draft's text, dates and where it was posted")
    )
    show.add_argument(
        "id",
        metavar="ID",
        help=QT_TRANSLATE_NOOP("cli", "the draft's number, as `crier drafts list` shows it"),
    )
    show.add_argument("--json", action="store_true", help=JSON_HELP)
    show.set_defaults(handler=drafts_show)
    export = actions.add_parser(
        "export", help=QT_TRANSLATE_NOOP("cli", "every draft with its text, dates and postings")
    )
    export.add_argument(
        "--format",
        choices=("json", "csv"),
        default="json",
        help=QT_TRANSLATE_NOOP("cli", "json (default) or csv"),
    )
    export.set_defaults(handler=drafts_export)


# -- reading ----------------------------------------------------------------------------------------


def _posting_json(post: PostView) -> dict[str, Any]:
    return {
        "network": post.network,
        "account": post.account,
        "sent_at": post.sent_at.isoformat() + "Z" if post.sent_at else None,
        "url": post.remote_url,
    }


def _posting_text(post: PostView) -> str:
    where = f"{NETWORK_NAMES.get(post.network, post.network)} {post.account}"
    posted = translate("cli", "{where} on {when}").format(where=where, when=when_text(post.sent_at))
    return posted + (f" ({post.remote_url})" if post.remote_url else "")


def _draft_text(draft: DraftData) -> str:
    """What was written: a bilingual draft's two sides in the file form `crier queue` reads, Welsh first
    (its ``body`` is only the one text kept for a monolingual account)."""
    from desktop.core.bilingual import Bilingual, divided

    return divided(Bilingual(draft.text_cy, draft.text_en)) if draft.bilingual else draft.body


def _draft_json(draft: DraftData, posted: list[PostView]) -> dict[str, Any]:
    return {
        "id": draft.id,
        "title": draft.display_title,
        "text": _draft_text(draft),
        "bilingual": draft.bilingual,
        "text_cy": draft.text_cy if draft.bilingual else "",
        "text_en": draft.text_en if draft.bilingual else "",
        "status": draft.status,
        "networks": list(draft.networks),
        "language": draft.language,
        "created_at": draft.created_at.isoformat() + "Z",
        "updated_at": draft.updated_at.isoformat() + "Z",
        "images": [{"alt_text": m.alt_text, "type": m.mime_type} for m in draft.media],
        "posted": [_posting_json(p) for p in posted],
    }


# -- commands ---------------------------------------------------------------------------------------


def drafts_list(args: argparse.Namespace, out: TextIO) -> int:
    with _crier(args) as crier:
        summaries = list(crier.draft_summaries(trash=args.trash))
        posted = crier.sent_by_draft()
    try:
        if args.json:
            _print_json(
                [
                    {
                        "id": s.id,
                        "title": s.title,
                        "updated_at": s.updated_at.isoformat() + "Z",
                        "posted": [_posting_json(p) for p in posted.get(s.id, [])],
                    }
                    for s in summaries
                ],
                out,
            )
        elif not summaries:
            print(
                translate("cli", "The Trash is empty.") if args.trash else translate("cli", "No drafts yet."),
                file=out,
            )
        else:
            rows, untitled = [], translate("cli", "Untitled draft")
            for s in summaries:
                last = posted.get(s.id, [])[-1:]
                where = (
                    f"{NETWORK_NAMES.get(last[0].network, last[0].network)} {when_text(last[0].sent_at)}"
                    if last
                    else ""
                )
                rows.append([str(s.id), when_text(s.updated_at), one_line(s.title or untitled, 50), where])
            print(table([say(h) for h in LIST_HEADERS], rows), file=out)
        out.flush()
    except BrokenPipeError:
        _closed_pipe(out)
    return EXIT_OK


def _draft_id(raw: str) -> int:
    try:
        number = int(raw.lstrip("#"))
        if not 0 < number <= LARGEST_ID:
            raise ValueError(raw)
        return number
    except ValueError:
        message = translate("cli", "{value} isn't a draft number; `crier drafts list` shows them.").format(
            value=repr(raw)
        )
        raise CliError(message, EXIT_USAGE) from None


def drafts_show(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.drafts import DraftNotFound

    draft_id = _draft_id(args.id)
    with _crier(args) as crier:
        try:
            draft = crier.store.get(draft_id)
        except DraftNotFound:
            message = translate("cli", "There is no draft {id}; `crier drafts list` shows them.").format(
                id=draft_id
            )
            raise CliError(message) from None
        posted = crier.sent_by_draft().get(draft_id, [])
    if args.json:
        _print_json(_draft_json(draft, posted), out)
        return EXIT_OK
    fields = [
        (translate("cli", "Draft"), str(draft.id)),
        (translate("cli", "Title"), draft.display_title),
        (translate("cli", "Created"), when_text(draft.created_at)),
        (translate("cli", "Edited"), when_text(draft.updated_at)),
        (translate("cli", "Networks"), ", ".join(NETWORK_NAMES.get(n, n) for n in draft.networks)),
    ]
    if draft.deleted_at:
        fields.append((translate("cli", "In the Trash since"), when_text(draft.deleted_at)))
    posted_label = translate("cli", "Posted")
    fields += [(posted_label, _posting_text(p)) for p in posted] or [
        (posted_label, translate("cli", "not yet"))
    ]
    label = max(len(name) for name, _ in fields) + 1
    for name, value in fields:
        print(f"{name + ':':<{label}} {value}", file=out)
    print(file=out)
    print(_draft_text(draft), end="" if draft.bilingual else "\n", file=out)
    return EXIT_OK


def drafts_export(args: argparse.Namespace, out: TextIO) -> int:
    with _crier(args) as crier:
        drafts = crier.export_drafts()
        posted = crier.sent_by_draft()
    records = [_draft_json(d, posted.get(d.id, [])) for d in drafts]
    try:
        if args.format == "json":
            json.dump(records, out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(CSV_COLUMNS)
            for r in records:
                posts = "; ".join(
                    " ".join(filter(None, (p["network"], p["account"], p["sent_at"], p["url"])))
                    for p in r["posted"]
                )
                networks = " ".join(r["networks"])
                writer.writerow(
                    [
                        r["id"],
                        spreadsheet_cell(r["title"]),
                        spreadsheet_cell(r["text"]),
                        r["status"],
                        networks,
                        r["created_at"],
                        r["updated_at"],
                        posts,
                    ]
                )
        out.flush()
    except BrokenPipeError:
        _closed_pipe(out)
    return EXIT_OK
