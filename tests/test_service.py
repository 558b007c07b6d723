"""The application service (``desktop.core.service.Crier``): one post gate for the Post button and
``crier queue``, resources opened on first use and closed in one place, and an import light enough for
start-up. A real SQLite file in the test's own data folder; no network."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.attachments import Attachment
from desktop.core.bilingual import Bilingual
from desktop.core.drafts import StoreError
from desktop.core.outbox import State
from desktop.core.posting import Blocked
from desktop.core.service import Crier, Outgoing

ROOT = Path(__file__).resolve().parent.parent
CY = "Mae Pont Trelái ar gau heddiw."
EN = "Ely Bridge is closed today."


@pytest.fixture
def crier() -> Crier:
    service = Crier(values={})
    service.open()
    yield service
    service.close()


def test_the_gate_judges_each_account_and_queues_what_it_judged(crier: Crier) -> None:
    table = crier.account_table
    x = table.add("x", "@council")
    bluesky = table.add("bluesky", "council.bsky.social")
    image = Attachment(ROOT / "resources" / "icons" / "crier.svg", "", "image/svg+xml")
    outgoing = Outgoing("Ely Bridge reopens at 6am.", media=(image,), draft_id=None)

    assessment = crier.assess(outgoing, crier.accounts.all())
    assert set(assessment.verdicts) == {x.id, bluesky.id} and not assessment.refused
    # The alt-text rule is part of the gate: an image without a description stops every account.
    assert all("alt-text" in v.rules for v in assessment.verdicts.values())
    with pytest.raises(Blocked):
        crier.queue(outgoing, assessment.in_order())
    assert crier.posts() == []

    described = Outgoing(
        "Ely Bridge reopens at 6am.", media=(Attachment(image.path, "The bridge", image.mime_type),)
    )
    ids = crier.queue(described, crier.assess(described, [x]).in_order())
    [post] = crier.posts()
    assert post.id == ids[0] and post.state is State.QUEUED


def test_an_account_that_can_never_take_the_post_is_refused_on_its_own(crier: Crier) -> None:
    x = crier.account_table.add("x", "@council")
    assessment = crier.assess(Outgoing("Ely Bridge. " * 1000), [x])  # far more than a thread of 25 posts
    assert x.id in assessment.refused and assessment.verdicts == {}
    with pytest.raises(StoreError):  # a command stops at the first refusal, as it always has
        assessment.in_order()


def test_a_pair_gives_the_welsh_side_to_the_first_account_and_the_english_to_the_second(crier: Crier) -> None:
    table = crier.account_table
    welsh, english = table.add("x", "@cyngor"), table.add("x", "@council")
    outgoing = Outgoing(sides=Bilingual(CY, EN))
    assessment = crier.assess(outgoing, [welsh, english], pair=True)
    first, second = assessment.in_order()
    assert (first.text, second.text) == (CY, EN)
    assert assessment.languages == {welsh.id: "cy", english.id: "en"}
    assert Outgoing(sides=Bilingual(" ", "")).empty and not outgoing.empty


def test_close_closes_what_it_opened_and_leaves_a_handed_in_database_open() -> None:
    opened = Crier(values={})
    opened.open()
    lent = Crier(db=opened.db, values={})
    assert lent.accounts.all() == []
    lent.close()
    assert opened.accounts.all() == []  # still open: the lender closes it
    opened.close()
    opened.close()  # twice is harmless


def test_a_database_url_crier_must_not_open_is_one_sentence_and_exit_2() -> None:
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the class is db's; what matters is below
        Crier.data_folder("mysql://council@db.example/crier")
    assert getattr(caught.value, "exit_code", None) == 2 and caught.value.user_message


def test_importing_the_service_loads_no_database_http_or_qt_library() -> None:
    """``crier check`` and the window's first paint import the service; the heavy parts wait for use."""
    code = (
        "import sys, desktop.core.service\n"
        "heavy = ('sqlalchemy', 'requests', 'psycopg', 'keyring', 'tweepy', 'PySide6')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
