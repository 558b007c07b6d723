"""Team approvals from the command line: `crier approvals list`, `approve`, `request-changes`, `comment` and
`edit` (the parsers are in ``cli_team.add_commands``)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from desktop.cli import EXIT_OK, EXIT_USAGE, CliError, _print_json, _read_text
from desktop.cli_team import _client, _team, _waits
from desktop.cli_text import one_line, say, translate, visible
from desktop.core.team.states import state_words


def approvals_list(args: argparse.Namespace, out: TextIO) -> int:
    client = _client()
    rows = client.view("submissions")
    me = client.url.user
    if client.role == "author":
        rows = [r for r in rows if r["author"] == me]
    else:
        rows = [r for r in rows if r["state"] in ("submitted", "resubmitted")]
    if args.json:
        _print_json(rows, out)
        return EXIT_OK
    if not rows:
        print(translate("cli", "Nothing is waiting for approval."), file=out)
    for r in rows:
        first = one_line(r["text"].splitlines()[0], 50) if r["text"] else ""
        state = say(state_words(r["state"]))  # --json keeps the raw name
        line = f"{r['id']:>5}  {state:<24} {visible(r['account']):<20} {r['author']:<12} {first}"
        print(f"{line}  ({why})" if (why := _waits(r)) else line, file=out)
        for n, image in enumerate(r.get("images") or [], 1):
            said = translate("cli", "image {n} of {count}: {alt} ({name}, {size} KB)")
            size = max(1, round(image.get("bytes", 0) / 1024))
            alt, name = image.get("alt_text", ""), image.get("name", "")
            said = said.format(n=n, count=len(r["images"]), alt=visible(alt), name=visible(name), size=size)
            print("       " + said, file=out)
    return EXIT_OK


def _submission(client: Any, submission_id: int) -> dict[str, Any] | None:
    return next((s for s in client.view("submissions") if s["id"] == submission_id), None)


def decide(args: argparse.Namespace, out: TextIO) -> int:
    client = _client()
    doing = "approve posts" if args.decision == "approved" else "send posts back for changes"  # core's words
    client.require_role("approver", doing)  # refused at once: nothing is stored to retry
    if args.decision == "changes_requested" and not args.comment.strip():
        raise CliError(translate("cli", "say what needs changing with --comment"), EXIT_USAGE)
    current = _submission(client, args.id)
    if args.decision == "approved" and current is None:  # no words to check, nor a version to pin it to
        message = translate(
            "cli",
            "submission {id} is not among the submissions this PC has read from the team, so Crier can't "
            "check its words; connect to the team and run `crier approvals list`, then approve it",
        )
        raise CliError(message.format(id=args.id))
    if args.decision == "approved":  # the post gate binds approvals too
        _team().check_approval(client, current, args.comment)
    payload = {"submission_id": args.id, "decision": args.decision, "comment": args.comment,
               "version": current["version"] if current else None}  # fmt: skip
    _uid, result = client.act("decide", payload)
    if result is None:
        print(
            translate(
                "cli", "Saved your decision on submission {id}; it is sent at the next `crier sync --once`."
            ).format(id=args.id),
            file=out,
        )
    elif args.decision == "approved":
        print(
            translate("cli", "Approved submission {id}; it is queued to post.").format(id=args.id), file=out
        )
    else:
        print(
            translate("cli", "Sent submission {id} back to its author for changes.").format(id=args.id),
            file=out,
        )
    return EXIT_OK


def add_comment(args: argparse.Namespace, out: TextIO) -> int:
    client = _client()
    if not args.text.strip():
        raise CliError(translate("cli", "the comment is empty"), EXIT_USAGE)
    _uid, result = client.act("comment", {"submission_id": args.id, "body": args.text})
    if result is not None:
        print(translate("cli", "Comment added."), file=out)
    else:
        print(translate("cli", "Comment saved; it is sent at the next sync."), file=out)
    return EXIT_OK


def edit_submission(args: argparse.Namespace, out: TextIO) -> int:
    text = _read_text(args.file)
    if not text.strip():
        raise CliError(translate("cli", "the new text is empty; nothing was changed"), EXIT_USAGE)
    client = _client()
    current = _submission(client, args.id)
    payload = {
        "submission_id": args.id,
        "text": text,
        "base_version": current["version"] if current else None,
    }
    _uid, result = client.act("edit", payload)
    if result is not None:
        print(
            translate("cli", "Edited submission {id}; it goes back for review.").format(id=args.id), file=out
        )
    else:
        print(
            translate("cli", "Saved your edit of submission {id}; it is sent at the next sync.").format(
                id=args.id
            ),
            file=out,
        )
    return EXIT_OK
