"""A team post with an image, from the officer's PC to X: submitted offline on PC A (this process, the app
service as the window uses it), the image's bytes kept on A until the team database answers; approved on
PC B with `crier approvals` naming the image and its alt text; sent once, with the image and its alt text,
by whichever comms PC runs `crier sync --once` first. Real PostgreSQL, real `crier` processes, fake X."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import Database
from desktop.core.paths import app_paths
from desktop.core.service import Crier, Outgoing
from desktop.core.team.connection import TeamUrl
from desktop.core.team.joining import join
from desktop.core.team.local import LocalTeam
from tests.fakes.crier_side import png
from tests.postgres import PortGate
from tests.team_pcs import owner_rows, racing_team
from tests.test_team_ui import memory_keyring  # noqa: F401 - fixture

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ALT = "A yellow gritter spreading salt on Station Road at night"


def _submission(crier: Crier, draft_id: int) -> list[int | None]:
    outgoing = Outgoing.from_draft(crier.store.get(draft_id))
    account = next(a for a in crier.destinations().accounts if a.handle == "@council")
    return crier.queue(outgoing, crier.assess(outgoing, [account]).in_order())


def test_an_image_submitted_offline_is_approved_elsewhere_and_goes_out_once_with_its_alt_text(
    tmp_path: Path,
    team_db,
    x_api,
    db: Database,  # noqa: ANN001
) -> None:
    office = racing_team(tmp_path, team_db, x_api, ["council"])
    gate = PortGate(team_db.server.port).open()
    url = team_db.url_for(office.author).replace(f":{team_db.server.port}/", f":{gate.port}/")
    join(app_paths().ensure().data, TeamUrl.parse(url), f"pw-{office.author}")  # PC A: this process
    crier = Crier(db=db)
    picture = png(4, 3)
    source = tmp_path / "gritter.png"
    source.write_bytes(picture)
    draft = crier.store.create(body="Gritters are out tonight on all main routes.")
    crier.store.attach(draft.id, source)
    crier.store.set_alt_text(draft.id, 0, ALT)
    crier.destinations()  # the team's accounts, as last pulled

    gate.block()  # PC A loses the database: the submission is recorded on A, with the image's bytes
    assert _submission(crier, draft.id) == [None]
    for attachment in crier.store.get(draft.id).media:
        attachment.path.unlink()  # the draft's own copy is gone: A's team file must hold the image
    source.unlink()
    local = LocalTeam(app_paths().data)
    [waiting] = local.waiting()
    assert [(i.media_type, i.alt_text, i.content) for i in local.images(waiting.uid)] == [
        ("image/png", ALT, picture)
    ]
    local.close()
    assert owner_rows(team_db, "SELECT count(*) FROM crier.submissions") == [(0,)]

    gate.open()
    crier.destinations()  # A is back: what waits there is pushed, once
    crier.destinations()
    [(sid,)] = owner_rows(team_db, "SELECT id FROM crier.submissions")
    assert owner_rows(team_db, "SELECT alt_text, content FROM crier.attachments") == [(ALT, picture)]
    local = LocalTeam(app_paths().data)
    assert local.waiting() == [] and local.images(waiting.uid) == []  # pushed: A keeps no second copy
    local.close()

    first, second = office.comms
    listing = first.ok("approvals", "list")
    assert f"image 1 of 1: {ALT}" in listing
    [row] = first.json("approvals", "list")
    assert [(i["alt_text"], i["media_type"], i["bytes"]) for i in row["images"]] == [
        (ALT, "image/png", len(picture))
    ]
    first.ok("approve", str(sid))

    second.ok("sync", "--once")  # whichever comms PC is on sends it
    first.ok("sync", "--once")
    second.ok("sync", "--once")
    user = office.users["council"]
    [tweet] = x_api.state.tweets_for(user.id)
    assert tweet.submitted_text == "Gritters are out tonight on all main routes."
    [media] = x_api.state.media_for(user.id)  # uploaded once
    assert tweet.media_ids == (media.id,)
    assert media.data == picture and media.alt_text == ALT
    assert owner_rows(team_db, "SELECT state FROM crier.outbox") == [("sent",)]
    gate.block()
