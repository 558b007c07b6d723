"""Team commands in Welsh: why a post of a Welsh-English pair waits is said in the window's language, in
`crier approvals list` and `crier outbox`, as the Team view says it (core.team.pairs, translated); the
audit export's details too (core.team.history).

Real `crier` processes as separate PCs, a real PostgreSQL server, the fake X API (as test_team_pairs.py).
"""

from __future__ import annotations

import json
import re

import pytest

from tests.test_cli_welsh import WELSH_PC
from tests.test_team_pairs import PairOffice

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_a_welsh_pc_says_why_a_pair_waits_in_welsh(tmp_path, team_db, x_api) -> None:  # noqa: ANN001
    office = PairOffice(tmp_path, team_db, x_api)
    welsh, english = office.submit_pair()
    office.approver.ok("approve", str(welsh))
    office.author.extra_env = {**office.author.extra_env, **WELSH_PC}  # the author's PC speaks Welsh

    listed = office.author.ok("approvals", "list")
    assert re.search(rf"{welsh} .*\(Yn aros i'w phâr Saesneg gael ei gymeradwyo\)", listed), listed
    assert "Waiting for" not in listed
    assert re.search(rf"{english} +Yn aros am adolygiad ", listed), listed  # the state in words
    assert re.search(rf"{welsh} +Cymeradwywyd ", listed) and "submitted" not in listed, listed

    office.approver.ok("approve", str(english))
    x_api.state.revoke(office.welsh_tokens.access_token)  # the Welsh can't go, so the English waits
    office.approver.run("sync", "--once")
    assert "Waiting for its Welsh pair on @cyngor: " in office.approver.ok("outbox")  # an English PC
    office.approver.extra_env = {**office.approver.extra_env, **WELSH_PC}
    outbox = office.approver.ok("outbox")
    assert "Yn aros am ei phâr Cymraeg ar @cyngor: " in outbox and "Waiting for" not in outbox, outbox
    assert "Yn y ciw i'w gyhoeddi" in outbox and "queued" not in outbox, outbox  # the team's states in words

    # The Welsh post's own error, recorded by the English PC's sync, reads in Welsh here (team t0004)
    rows = {p["submission_id"]: p for p in office.approver.json("outbox") if p.get("team")}
    said, english_said = rows[welsh]["error_text"], rows[welsh]["error"]
    assert said and english_said.startswith("X ") and said != english_said and english_said not in outbox
    assert said[:40] in outbox
    assert rows[english]["error"].startswith(f"Waiting for its Welsh pair on @cyngor: {english_said}")
    assert rows[english]["error_text"] == f"Yn aros am ei phâr Cymraeg ar @cyngor: {said}"

    # The audit log's details: `detail` as the team database wrote it (English, for scripts), `detail_text`
    # in the reader's language, as the Team area shows a submission's history (core.team.history)
    events = [e for e in json.loads(office.approver.ok("audit", "export")) if e["submission_id"] == welsh]
    texts = {e["action"]: (e["detail"], e["detail_text"]) for e in events}
    assert texts["submitted"] == (
        f"the Welsh of a pair with submission {english}",
        f"y Gymraeg mewn pâr gyda chyflwyniad {english}",
    )
    assert texts["waiting_for_pair"][1] == f"yn aros i gyflwyniad {english} gael ei gymeradwyo"
    assert re.fullmatch(r"ymgais 1 gan \S+", texts["sending"][1]), texts
    failure = next(e for e in events if e["action"] in ("send_failed", "needs_attention"))
    assert (failure["detail"], failure["detail_text"]) == (english_said, said)
    csv_out = office.approver.ok("audit", "export", "--format", "csv")
    assert ",detail,detail_text," in csv_out.splitlines()[0] and "y Gymraeg mewn pâr" in csv_out


def test_a_team_error_is_said_in_welsh(tmp_path) -> None:  # noqa: ANN001
    """Core's team errors are marked: a PC that has not joined a team is told so in Welsh."""
    from tests.team_pcs import PC

    pc = PC(tmp_path / "pc", dict(WELSH_PC))
    result = pc.run("approvals", "list")
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        "crier: nid yw'r cyfrifiadur hwn wedi ymuno â thîm; rhedwch `crier team join URL` yn gyntaf\n"
    )
