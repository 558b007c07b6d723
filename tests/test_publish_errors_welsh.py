"""Publishing errors are marked text: the window and the commands give them in Welsh, with their values
(a hint that is itself marked, X's own words as they came)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.networks.failures import server_trouble
from desktop.core.networks.publishing import PartRequest, parent_unknown_error
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.ui.i18n import shown_without_app

CATALOGUE = Path(__file__).resolve().parents[1] / "resources" / "translations" / "crier_cy.qm"


@pytest.fixture
def welsh():  # noqa: ANN201
    if not CATALOGUE.is_file():
        pytest.fail("resources/translations/crier_cy.qm is missing: run make translations")
    return shown_without_app("cy")


def test_a_network_failing_on_its_side_is_said_in_welsh(welsh) -> None:  # noqa: ANN001
    error = server_trouble(503, "Bluesky", write=True, detail="")
    assert error is not None
    assert error.message == "Bluesky had a problem on its side (503). Crier will try again shortly."
    assert welsh(error.message) == (
        "Cafodd Bluesky broblem ar ei ochr ei hun (503). Bydd Crier yn rhoi cynnig arall arni cyn bo hir."
    )


def test_a_marked_hint_inside_a_publishing_error_is_translated_too(welsh) -> None:  # noqa: ANN001
    part = PartRequest(1, 1, 3, "…", "cy", None, None)
    how = QT_TRANSLATE_NOOP("core.x", " (reply to your last post)")
    error = parent_unknown_error(part, "X", detail="", how=how)
    assert "Post the rest of the thread from X (reply to your last post), then" in error.message
    said = welsh(error.message)
    assert said.startswith("Mae rhan 1 o'r edefyn hwn eisoes ar X")
    assert "o X (atebwch eich neges olaf), yna marciwch" in said
