"""A team state's words come from one table (desktop/core/team/states.py): the Team view, the drafts list's
mark, `crier outbox` and `crier approvals list` say the same words for each state, in Welsh too."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.team.states import STATES, state_words
from desktop.core.translatable import Text
from tests.test_translations import welsh  # noqa: F401 - fixture

REPO = Path(__file__).resolve().parents[1]


def test_the_window_and_the_commands_say_each_state_in_the_same_welsh_words(welsh) -> None:  # noqa: ANN001, F811
    from desktop.cli_outbox import team_state_text
    from desktop.cli_text import forget_language, say
    from desktop.ui.team_model import state_text

    forget_language()  # the commands read ui.language again: Welsh
    try:
        for state, words in STATES.items():
            shown = state_text(state)
            assert shown == say(words) == team_state_text({"state": state}), state
            assert shown and shown != str(words), f"{state}: {shown!r} is not in Welsh"
        assert state_text("waiting") == "Yn aros i roi cynnig arall"  # the window named it "waiting" before
    finally:
        forget_language()


def test_an_unknown_state_reads_as_its_name() -> None:
    assert state_words("on_hold") == "on hold"
    assert not isinstance(state_words("on_hold"), Text)


def test_no_other_module_marks_the_state_words_again() -> None:
    mark = re.compile(r"""(?:translate|QT_TRANSLATE_NOOP)\(\s*"Team",\s*"([^"]+)"\)""")
    sources = {str(text.source) for text in STATES.values()}
    again = [
        f"{path.relative_to(REPO)}: {source}"
        for path in sorted((REPO / "desktop").rglob("*.py"))
        if path.name != "states.py"
        for source in mark.findall(path.read_text(encoding="utf-8"))
        if source in sources
    ]
    assert again == []
