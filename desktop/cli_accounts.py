"""`crier accounts …`: list, add (X by keys or browser; Bluesky, Mastodon and Facebook by a secret on standard
input), set the language an account posts in, and remove (sign out)."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from desktop.cli import EXIT_OK, EXIT_USAGE, CliError, _crier, _local, _print_json, _settings
from desktop.core.networks.forms import FORMS

#: `crier accounts add-…` commands that read one secret from standard input: subcommand -> (form id in
#: core.networks.forms.FORMS, [(flag, form field, help)], what the secret is). The secret field is the form's
#: only secret field.
STDIN_FORMS: dict[str, tuple[str, list[tuple[str, str, str]], str]] = {
    "add-facebook-page": (
        "facebook",
        [("--page-id", "page_id", "the Page's numeric ID")],
        "the Page access token",
    ),
    "add-bluesky": (
        "bluesky",
        [
            ("--handle", "handle", "e.g. yourcouncil.bsky.social"),
            ("--service", "service_url", "the PDS address"),
        ],
        "an app password",
    ),
    "add-mastodon": (
        "mastodon",
        [("--instance", "instance", "the server, e.g. mastodon.social")],
        "the access token",
    ),
}


def add_accounts_commands(subparsers: argparse._SubParsersAction) -> None:
    accounts = subparsers.add_parser("accounts", help="list, add and remove connected accounts")
    accounts_sub = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    listing = accounts_sub.add_parser("list", help="show connected accounts")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=accounts_list)
    language = accounts_sub.add_parser(
        "language", help="set the language an account posts in: cy (Welsh), en (English) or both"
    )
    language.add_argument("account", metavar="ID|@handle")
    language.add_argument("mode", choices=("cy", "en", "both", "default"), help="default: the council's")
    language.set_defaults(handler=accounts_language)
    remove = accounts_sub.add_parser("remove", help="sign out of an account and forget its credentials")
    remove.add_argument("account", metavar="ID|@handle")
    remove.set_defaults(handler=accounts_remove)
    add_x = accounts_sub.add_parser(
        "add-x",
        help="connect an X account",
        description="Connect an X account. --oauth1 reads the four keys as JSON on standard input "
        '({"consumer_key", "consumer_secret", "access_token", "access_token_secret"}); --oauth2 signs '
        "in through the browser with the X app client ID from Settings or the machine policy.",
    )
    how = add_x.add_mutually_exclusive_group(required=True)
    how.add_argument("--oauth1", action="store_true", help="read OAuth 1.0a keys as JSON from standard input")
    how.add_argument("--oauth2", action="store_true", help="sign in through the browser (OAuth 2.0)")
    add_x.add_argument(
        "--wait", type=float, default=300.0, metavar="SECONDS", help="how long to wait for the browser"
    )
    add_x.add_argument(
        "--port",
        type=int,
        default=0,
        help="with --oauth2: the port of the callback URL registered for the X app "
        "(http://127.0.0.1:PORT/callback); X only accepts registered callback URLs",
    )
    add_x.set_defaults(handler=accounts_add_x)

    for command, (form, options, secret_help) in STDIN_FORMS.items():
        add = accounts_sub.add_parser(
            command,
            help=f"connect a {FORMS[form].title} account",
            description=f"{FORMS[form].intro} The secret ({secret_help}) is read from standard input, never"
            " from arguments.",
        )
        for flag, key, help_text in options:
            add.add_argument(flag, dest=key, default="", help=help_text)
        add.set_defaults(handler=accounts_add_from_form, form=form, option_keys=[k for _, k, _ in options])


def accounts_list(args: argparse.Namespace, out: TextIO) -> int:
    with _crier(args) as crier:
        accounts = crier.accounts.all()
    if args.json:
        _print_json([a.as_json() for a in accounts], out)
        return EXIT_OK
    if not accounts:
        print(
            "No accounts yet. Add one in the app (Accounts, Ctrl+,) or with `crier accounts add-x`.", file=out
        )
        return EXIT_OK
    for a in accounts:
        default = " (default)" if a.is_default else ""
        used = f", last used {_local(a.last_used_at)}" if a.last_used_at else ""
        status = a.status.value.replace("_", " ")
        print(f"{a.id:>3}  {a.network:<9} {a.handle}{default}  {status}{used}", file=out)
    return EXIT_OK


def accounts_remove(args: argparse.Namespace, out: TextIO) -> int:
    """Sign out: revoke at the network where it allows it, then remove the keyring entries."""
    with _crier(args) as crier:
        account = crier.accounts.find(args.account)
        crier.accounts.sign_out(account)
    print(f"Signed out of {account.handle} and removed its credentials from this computer.", file=out)
    return EXIT_OK


def accounts_language(args: argparse.Namespace, out: TextIO) -> int:
    """An account's language mode, kept in its settings (``bilingual.ACCOUNT_MODE_KEY``)."""
    with _crier(args) as crier:
        account = crier.accounts.find(args.account)
        crier.accounts.set_language(account, args.mode)
    names = {"cy": "Welsh only", "en": "English only", "both": "Welsh and English", "default": "the default"}
    print(f"{account.handle} now posts in {names[args.mode]}.", file=out)
    return EXIT_OK


def accounts_add_x(args: argparse.Namespace, out: TextIO) -> int:
    """Connect an X account; secrets go to the keyring, never through arguments or the database."""
    from desktop.core.service.accounts import parse_x_keys
    from desktop.core.settings import network_refusal

    if (refusal := network_refusal("x", _settings())) is not None:
        raise CliError(refusal)
    keys = parse_x_keys(sys.stdin.read()) if args.oauth1 else None  # InputError (exit 2) when unreadable
    with _crier(args) as crier:
        try:
            crier.accounts.prepare()
        except ValueError as error:  # the network settings can't make a connection
            raise CliError(str(error)) from None
        if keys is None and not str(crier.values.get("x.client_id") or ""):
            raise CliError(
                "the X app client ID isn't set; set x.client_id in Settings or ask IT to set it in "
                "the machine policy, or use --oauth1 with pasted keys"
            )

        def show(url: str) -> None:
            print(f"Opening X in your browser. If it doesn't open, visit:\n{url}", file=out, flush=True)

        account = crier.accounts.connect_x(keys, timeout=args.wait, port=args.port, on_url=show)
    name = f" ({account.display_name})" if account.display_name else ""
    print(f"Connected {account.handle}{name}.", file=out)
    return EXIT_OK


def accounts_add_from_form(args: argparse.Namespace, out: TextIO) -> int:
    """Connect with a form's fields from the options and its secret from standard input."""
    form = FORMS[args.form]
    secret_field = next(f for f in form.fields if f.secret)
    values = {key: getattr(args, key) for key in args.option_keys}
    values[secret_field.key] = sys.stdin.read().strip()
    if not values[secret_field.key]:
        raise CliError(f"give the {secret_field.label.lower()} on standard input", EXIT_USAGE)
    with _crier(args) as crier:
        account = crier.accounts.connect(args.form, values)
    name = f" ({account.display_name})" if account.display_name else ""
    print(f"Connected {account.handle}{name}.", file=out)
    return EXIT_OK


# -- checks ---------------------------------------------------------------------------------------
