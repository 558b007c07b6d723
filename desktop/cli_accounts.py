"""`crier accounts …`: list, add (X by keys or browser; Bluesky, Mastodon and Facebook by a secret on standard
input), set the language an account posts in, and remove (sign out)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from desktop.cli import EXIT_OK, EXIT_USAGE, JSON_HELP, CliError, _crier, _local, _print_json, _settings
from desktop.cli_text import QT_TRANSLATE_NOOP, say, translate
from desktop.core.networks.forms import FORMS

#: `crier accounts add-…` commands that read one secret from standard input: subcommand -> (form id in
#: core.networks.forms.FORMS, [(flag, form field, help)], what the secret is). The secret field is the form's
#: only secret field.
STDIN_FORMS: dict[str, tuple[str, list[tuple[str, str, str]], str]] = {
    "add-facebook-page": (
        "facebook",
        [("--page-id", "page_id", QT_TRANSLATE_NOOP("cli", "the Page's numeric ID"))],
        QT_TRANSLATE_NOOP("cli", "the Page access token"),
    ),
    "add-bluesky": (
        "bluesky",
        [
            ("--handle", "handle", QT_TRANSLATE_NOOP("cli", "e.g. yourcouncil.bsky.social")),
            ("--service", "service_url", QT_TRANSLATE_NOOP("cli", "the PDS address")),
        ],
        QT_TRANSLATE_NOOP("cli", "an app password"),
    ),
    "add-mastodon": (
        "mastodon",
        [("--instance", "instance", QT_TRANSLATE_NOOP("cli", "the server, e.g. mastodon.social"))],
        QT_TRANSLATE_NOOP("cli", "the access token"),
    ),
}


def add_accounts_commands(subparsers: argparse._SubParsersAction) -> None:
    accounts = subparsers.add_parser(
        "accounts", help=QT_TRANSLATE_NOOP("cli", "list, add and remove connected accounts")
    )
    accounts_sub = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    listing = accounts_sub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "show connected accounts"))
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    listing.set_defaults(handler=accounts_list)
    language = accounts_sub.add_parser(
        "language",
        help=QT_TRANSLATE_NOOP(
            "cli", "set the language an account posts in: cy (Welsh), en (English) or both"
        ),
    )
    language.add_argument("account", metavar="ID|@handle")
    language.add_argument(
        "mode",
        choices=("cy", "en", "both", "default"),
        help=QT_TRANSLATE_NOOP("cli", "default: the council's"),
    )
    language.set_defaults(handler=accounts_language)
    remove = accounts_sub.add_parser(
        "remove", help=QT_TRANSLATE_NOOP("cli", "sign out of an account and forget its credentials")
    )
    remove.add_argument("account", metavar="ID|@handle")
    remove.set_defaults(handler=accounts_remove)
    add_x = accounts_sub.add_parser(
        "add-x",
        help=QT_TRANSLATE_NOOP("cli", "connect an X account"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Connect an X account. --oauth1 reads the four keys as JSON on standard input ({keys}); --oauth2 "
            "signs in through the browser with the X app client ID from Settings or the machine policy.",
        ).format(keys='{"consumer_key", "consumer_secret", "access_token", "access_token_secret"}'),
    )
    how = add_x.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--oauth1",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "read OAuth 1.0a keys as JSON from standard input"),
    )
    how.add_argument(
        "--oauth2",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "sign in through the browser (OAuth 2.0)"),
    )
    add_x.add_argument(
        "--wait",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help=QT_TRANSLATE_NOOP("cli", "how long to wait for the browser"),
    )
    add_x.add_argument(
        "--port",
        type=int,
        default=0,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "with --oauth2: the port of the callback URL registered for the X app "
            "(http://127.0.0.1:PORT/callback); X only accepts registered callback URLs",
        ),
    )
    add_x.set_defaults(handler=accounts_add_x)

    for command, (form, options, secret_help) in STDIN_FORMS.items():
        add = accounts_sub.add_parser(
            command,
            help=QT_TRANSLATE_NOOP("cli", "connect a {network} account").format(network=FORMS[form].title),
            description=QT_TRANSLATE_NOOP(
                "cli", "{intro} The secret ({secret}) is read from standard input, never from arguments."
            ).format(intro=FORMS[form].intro, secret=secret_help),
        )
        for flag, key, help_text in options:
            add.add_argument(flag, dest=key, default="", help=help_text)
        add.set_defaults(handler=accounts_add_from_form, form=form, option_keys=[k for _, k, _ in options])


def accounts_list(args: argparse.Namespace, out: TextIO) -> int:
    with _crier(args) as crier:
        accounts = crier.accounts.all()
    if args.json:
        _print_json([a.as_json(say) for a in accounts], out)
        return EXIT_OK
    if not accounts:
        print(
            translate(
                "cli",
                "No accounts yet. Add one in the app (Accounts, Ctrl+,) or with `crier accounts add-x`.",
            ),
            file=out,
        )
        return EXIT_OK
    for a in accounts:
        default = " " + translate("cli", "(default)") if a.is_default else ""
        used = (
            ", " + translate("cli", "last used {when}").format(when=_local(a.last_used_at))
            if a.last_used_at
            else ""
        )
        status = say(ACCOUNT_STATES.get(a.status.value, a.status.value.replace("_", " ")))
        if a.status_message and a.status.value != "connected":  # why, kept as source and values
            status = f"{status}: {say(a.status_message)}"
        print(f"{a.id:>3}  {a.network:<9} {a.handle}{default}  {status}{used}", file=out)
    return EXIT_OK


def accounts_remove(args: argparse.Namespace, out: TextIO) -> int:
    """Sign out: revoke at the network where it allows it, then remove the keyring entries."""
    with _crier(args) as crier:
        account = crier.accounts.find(args.account)
        crier.accounts.sign_out(account)
    print(
        translate("cli", "Signed out of {handle} and removed its credentials from this computer.").format(
            handle=account.handle
        ),
        file=out,
    )
    return EXIT_OK


def accounts_language(args: argparse.Namespace, out: TextIO) -> int:
    """An account's language mode, kept in its settings (``bilingual.ACCOUNT_MODE_KEY``)."""
    with _crier(args) as crier:
        account = crier.accounts.find(args.account)
        crier.accounts.set_language(account, args.mode)
    names = {
        "cy": QT_TRANSLATE_NOOP("cli", "{handle} now posts in Welsh only."),
        "en": QT_TRANSLATE_NOOP("cli", "{handle} now posts in English only."),
        "both": QT_TRANSLATE_NOOP("cli", "{handle} now posts in Welsh and English."),
        "default": QT_TRANSLATE_NOOP("cli", "{handle} now posts in the default language."),
    }
    print(say(names[args.mode].format(handle=account.handle)), file=out)
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
            raise CliError(say(error.args[0]) if error.args else str(error)) from None  # marked or not
        if keys is None and not str(crier.values.get("x.client_id") or ""):
            raise CliError(
                translate(
                    "cli",
                    "the X app client ID isn't set; set x.client_id in Settings or ask IT to set it in "
                    "the machine policy, or use --oauth1 with pasted keys",
                )
            )

        def show(url: str) -> None:
            message = translate("cli", "Opening X in your browser. If it doesn't open, visit:")
            print(f"{message}\n{url}", file=out, flush=True)

        account = crier.accounts.connect_x(keys, timeout=args.wait, port=args.port, on_url=show)
    print(_connected(account), file=out)
    return EXIT_OK


def accounts_add_from_form(args: argparse.Namespace, out: TextIO) -> int:
    """Connect with a form's fields from the options and its secret from standard input."""
    form = FORMS[args.form]
    secret_field = next(f for f in form.fields if f.secret)
    values = {key: getattr(args, key) for key in args.option_keys}
    values[secret_field.key] = sys.stdin.read().strip()
    if not values[secret_field.key]:
        message = translate("cli", "give the {what} on standard input").format(
            what=say(secret_field.label).lower()
        )
        raise CliError(message, EXIT_USAGE)
    with _crier(args) as crier:
        account = crier.accounts.connect(args.form, values)
    print(_connected(account), file=out)
    return EXIT_OK


def _connected(account: Any) -> str:
    if account.display_name:
        return translate("cli", "Connected {handle} ({name}).").format(
            handle=account.handle, name=account.display_name
        )
    return translate("cli", "Connected {handle}.").format(handle=account.handle)


#: An account's status as ``crier accounts list`` says it.
ACCOUNT_STATES = {
    "connected": QT_TRANSLATE_NOOP("cli", "connected"),
    "needs_sign_in": QT_TRANSLATE_NOOP("cli", "needs sign in"),
    "credentials_unavailable": QT_TRANSLATE_NOOP("cli", "credentials unavailable"),
}
