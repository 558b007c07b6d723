"""The one base class for a problem a person is shown. No imports, so anything may use it."""

from __future__ import annotations


class CrierError(Exception):
    """A problem in the user's words: ``user_message`` is one plain sentence (or two), never a secret.

    ``detail`` is for the log (status codes, a server's error names), never a token. Callers show
    ``user_message`` of any ``CrierError`` instead of guessing at attributes.
    """

    def __init__(self, user_message: str, *, detail: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail
