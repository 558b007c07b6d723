"""Each kind of personal data gets its own advice; an identifier is never called a contact detail."""

from __future__ import annotations

import pytest

from desktop.core.settings import SETTINGS
from desktop.core.tone import ToneContext, check

ALLOWED_LIST = SETTINGS["tone.allowed_personal_data"].label

CASES = {
    "email": "Email jane.smith@gmail.com for tickets",
    "phone": "Call Jane on 07700 900123",
    "ni-number": "Her number is AB 12 34 56 C",
    "vehicle": "Car AB12 CDE was towed",
}


def advice(text: str) -> str:
    found = [f for f in check(text, context=ToneContext()) if f.rule == "personal-data"]
    assert len(found) == 1, found
    return found[0].message


def test_each_kind_has_its_own_advice() -> None:
    messages = {kind: advice(text) for kind, text in CASES.items()}
    assert len(set(messages.values())) == len(CASES), messages


@pytest.mark.parametrize("kind", ["ni-number", "vehicle"])
def test_an_identifier_is_never_offered_as_a_contact_detail(kind: str) -> None:
    message = advice(CASES[kind])
    assert "contact" not in message.casefold() and "Settings" not in message, message
    assert "Take it out" in message


@pytest.mark.parametrize("kind", ["email", "phone"])
def test_a_contact_detail_points_at_the_setting_by_its_label(kind: str) -> None:
    message = advice(CASES[kind])
    assert f'"{ALLOWED_LIST}" in Settings' in message, message


def test_a_national_insurance_number_is_named_as_such() -> None:
    assert "National Insurance number" in advice(CASES["ni-number"])
