"""Settings speak to a council officer: no JSON words, and each setting on the tab a person would open."""

from __future__ import annotations

import re

import pytest

from desktop.core.settings import SETTINGS
from desktop.ui.settings_dialog import ACCOUNTS, NETWORK, tab_for_key


@pytest.mark.parametrize("key", sorted(SETTINGS))
def test_labels_and_help_use_plain_words(key: str) -> None:
    spec = SETTINGS[key]
    assert not re.search(r'\bnull\b|""', spec.description), spec.description
    assert not re.search(r'\bnull\b|""|\bpassword file\b', spec.label), spec.label


def test_the_proxy_help_says_leave_it_empty() -> None:
    help_text = SETTINGS["network.proxy"].description
    assert "Leave it empty" in help_text and "this computer's own proxy settings" in help_text


def test_each_setting_is_where_a_person_would_look() -> None:
    assert tab_for_key("credentials.allow_encrypted_file_fallback") == ACCOUNTS  # with the sign-ins
    assert tab_for_key("networks.allowed") == ACCOUNTS
    assert tab_for_key("network.proxy") == NETWORK
    assert tab_for_key("x.api_base") == NETWORK  # a gateway address sits with the proxy
