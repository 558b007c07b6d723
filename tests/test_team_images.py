"""A team post's images (team migration t0007) in the database itself: they arrive with the submission and
are checked there (type, size, alt text, how many), every member of the team reads them, and nobody, not
an officer with their own database role nor the owner, changes them once the post is approved. Real
PostgreSQL started by the tests."""

from __future__ import annotations

import hashlib
import re
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.fakes.crier_side import png
from tests.test_team_db import Team, held_account, team  # noqa: F401 - fixture

pytestmark = pytest.mark.integration

PNG = png(3, 2)


def submit_with(conn: psycopg.Connection, account: int, images: list[tuple[str, str, bytes]]) -> int:
    described = [{"media_type": kind, "alt_text": alt, "name": f"image{n}"} for n, (kind, alt, _) in
                 enumerate(images)]  # fmt: skip
    return conn.execute(
        "SELECT crier.submit_with_images(%s, %s, 'Gritters are out tonight.', 'en', NULL, %s, %s)",
        (uuid.uuid4(), account, Jsonb(described), [content for _, _, content in images]),
    ).fetchone()[0]


def _approved_with_an_image(team: Team) -> int:  # noqa: F811 - the fixture's value
    """A submission with one image, approved: in the team outbox, waiting for a PC to send it."""
    sid = submit_with(team.as_(team.author), team.account, [("image/png", "A gritter", PNG)])
    team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    return sid


def test_images_arrive_with_the_submission_and_every_member_reads_them(team: Team) -> None:  # noqa: F811
    author = team.as_(team.author)
    sid = submit_with(author, team.account, [("image/png", "A gritter", PNG)])
    rows = (
        team.as_(team.approver)
        .execute(
            "SELECT position, media_type, alt_text, content, sha256 FROM crier.attachments"
            " WHERE submission_id = %s",
            (sid,),
        )
        .fetchall()
    )
    assert rows == [(0, "image/png", "A gritter", PNG, hashlib.sha256(PNG).digest())]
    assert team.column("SELECT detail FROM crier.audit_log WHERE action = 'images_attached'") == [
        "image 1: A gritter"
    ]


@pytest.mark.parametrize(
    ("images", "said"),
    [
        ([("image/png", "  ", PNG)], "image 1 has no description (alt text)"),
        ([("image/jpeg", "A gritter", PNG)], "image 1 is not the PNG, JPEG, GIF or WebP image it says it is"),
        ([("image/png", "A gritter", b"not an image at all")], "image 1 is not the PNG"),
        ([("image/png", "A gritter", PNG)] * 5, "a post can carry at most 4 images"),
        ([("image/png", "Huge", PNG + bytes(20_000_000))], "image 1 is over 20 MB"),
    ],
)
def test_the_database_refuses_what_the_local_store_refuses(team: Team, images, said: str) -> None:  # noqa: ANN001, F811
    author = team.as_(team.author)
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=re.escape(said)):
        submit_with(author, team.account, images)
    assert team.column("SELECT count(*) FROM crier.submissions") == [0]  # nothing half-made


def test_an_approved_posts_images_cannot_be_swapped_by_anyone(team: Team) -> None:  # noqa: F811
    author = team.as_(team.author)
    sid = submit_with(author, team.account, [("image/png", "A gritter", PNG)])
    approver = team.as_(team.approver)
    approver.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    other = png(5, 5)
    # An officer with their own database role, trying every way round the functions:
    for conn in (author, approver):
        for sql, params in (
            ("UPDATE crier.attachments SET content = %s WHERE submission_id = %s", (other, sid)),
            ("UPDATE crier.attachments SET alt_text = 'Swapped' WHERE submission_id = %s", (sid,)),
            ("DELETE FROM crier.attachments WHERE submission_id = %s", (sid,)),
            (
                "INSERT INTO crier.attachments (submission_id, team_id, position, media_type, alt_text,"
                " content) SELECT id, team_id, 1, 'image/png', 'Extra', %s FROM crier.submissions"
                " WHERE id = %s",
                (other, sid),
            ),
            (
                'SELECT crier.put_images(%s, \'[{"media_type": "image/png", "alt_text": "x"}]\', %s)',
                (sid, [other]),
            ),  # fmt: skip
            ("TRUNCATE crier.attachments", ()),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql, params)
    # ... and the owner, who bypasses row-level security and privileges, is refused by the trigger:
    for sql in (
        "UPDATE crier.attachments SET content = %s WHERE submission_id = %s",
        "DELETE FROM crier.attachments WHERE submission_id = %s AND %s IS NOT NULL",
        "INSERT INTO crier.attachments (submission_id, team_id, position, media_type, alt_text, content)"
        " SELECT id, team_id, 1, 'image/png', 'Extra', %s FROM crier.submissions WHERE id = %s",
    ):
        params = (other, sid) if "%s IS NOT NULL" not in sql else (sid, other)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="images|never changed"):
            team.admin.execute(sql, params)
    assert team.column("SELECT content FROM crier.attachments WHERE submission_id = %s", sid) == [PNG]
    assert team.column("SELECT count(*) FROM crier.outbox WHERE submission_id = %s", sid) == [1]


def test_deleting_a_submission_takes_its_images_with_it(team: Team) -> None:  # noqa: F811
    sid = submit_with(team.as_(team.author), team.account, [("image/png", "A gritter", PNG)])
    team.admin.execute("UPDATE crier.submissions SET state = 'cancelled' WHERE id = %s", (sid,))
    team.admin.execute("DELETE FROM crier.submissions WHERE id = %s", (sid,))  # as purge_expired does
    assert team.column("SELECT count(*) FROM crier.attachments") == [0]


def test_a_pair_and_a_post_without_approval_carry_their_images(team: Team) -> None:  # noqa: F811
    described = Jsonb([{"media_type": "image/png", "alt_text": "Map", "name": "map.png"}])
    welsh = team.admin.execute("SELECT crier.register_account('x', '@cyngor', 'Cyngor')").fetchone()[0]
    w_id = (
        team.as_(team.author)
        .execute(
            "SELECT crier.submit_pair_with_images(%s, %s, 'Graeanu heno.', %s, 'Gritting tonight.', NULL,"
            " %s, %s)",
            (uuid.uuid4(), welsh, team.account, described, [PNG]),
        )
        .fetchone()[0]
    )
    assert team.column(
        "SELECT s.language || ':' || a.alt_text FROM crier.attachments a JOIN crier.submissions s"
        " ON s.id = a.submission_id WHERE s.pair_id = (SELECT pair_id FROM crier.submissions WHERE id = %s)"
        " ORDER BY s.id",
        w_id,
    ) == ["cy:Map", "en:Map"]

    team.admin.execute("SELECT crier.set_policy('approvers_skip_approval', 'true')")
    sid = (
        team.as_(team.approver)
        .execute(
            "SELECT crier.post_direct_with_images(%s, %s, 'Roads closed.', 'Flooding', 'en', NULL, %s, %s)",
            (uuid.uuid4(), team.account, described, [PNG]),
        )
        .fetchone()[0]
    )
    assert team.column("SELECT state FROM crier.submissions WHERE id = %s", sid) == ["queued"]
    assert team.column("SELECT alt_text FROM crier.attachments WHERE submission_id = %s", sid) == ["Map"]
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="need approval first"):
        team.as_(team.author).execute(
            "SELECT crier.post_direct_with_images(%s, %s, 'Roads closed.', 'Flooding', 'en', NULL, %s, %s)",
            (uuid.uuid4(), team.account, described, [PNG]),
        )


def test_a_pc_taking_over_a_post_reuses_the_image_the_dead_one_uploaded(team: Team, tmp_path) -> None:  # noqa: ANN001, F811
    from desktop.core.team.publish import TeamSender
    from tests.fakes.crier_side import Crash
    from tests.fakes.scripted import Network, ScriptedPublisher
    from tests.test_team_db import SHORT_DEADLINE, _wait_out_deadline, _wait_until_gone

    _approved_with_an_image(team)
    held = held_account()
    net, sent_with = Network(), []

    class Publisher(ScriptedPublisher):
        dies = True

        def publish(self, part):  # noqa: ANN001, ANN202
            if Publisher.dies:
                Publisher.dies = False
                raise Crash  # the PC dies after the upload, before the post
            sent_with.append(tuple(part.media_ids))
            return super().publish(part)

    first = team.as_(team.approver)
    pid = first.info.backend_pid
    sender = TeamSender(
        first, {team.account: held}, lambda a: Publisher(net, a), lambda t, a: [t], tmp_path / "1",
        longest_request=SHORT_DEADLINE,
    )  # fmt: skip
    with pytest.raises(Crash):
        sender.run()
    first.close()
    _wait_until_gone(team, pid)
    _wait_out_deadline()
    second = TeamSender(
        team.as_(team.approver2),
        {team.account: held},
        lambda a: Publisher(net, a),
        lambda t, a: [t],
        tmp_path / "2",
    )
    assert len(second.run().sent) == 1
    digest = hashlib.sha256(PNG).hexdigest()
    assert net.calls.count("upload") == 1 and sent_with == [(f"m-team-{digest}.png",)]
    assert (tmp_path / "2").exists() is False  # the image was not needed again on the second PC


def test_an_image_uploaded_longer_ago_than_media_kept_goes_up_again(
    team: Team,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """X keeps an uploaded image no post uses for a day (Mastodon and Facebook likewise). A team post whose
    image went up, then waited for X (rate limited) past that, was sent with the saved, dead media id on
    every retry. It goes up again, by the local engine's rule (``sync_parts.kept_media``)."""
    from datetime import timedelta

    from desktop.core.clock import utcnow
    from desktop.core.networks.publishing import ErrorKind, PublishError
    from desktop.core.sync_parts import MEDIA_KEPT
    from desktop.core.team import publish
    from desktop.core.team.publish import TeamSender
    from tests.fakes.scripted import Network, ScriptedPublisher

    _approved_with_an_image(team)
    held = held_account()
    net = Network()
    limited = PublishError(ErrorKind.WAIT_UNTIL, "X's limit", retry_at=utcnow())  # due again at once
    net.fail_next("publish", limited)
    sender = TeamSender(
        team.as_(team.approver), {team.account: held}, lambda a: ScriptedPublisher(net, a),
        lambda t, a: [t], tmp_path,
    )  # fmt: skip
    assert sender.run(limit=1).waiting and net.calls == ["upload", "publish"]

    later = MEDIA_KEPT + timedelta(hours=1)  # this PC's clock: the morning after
    monkeypatch.setattr(publish, "utcnow", lambda: utcnow() + later)
    assert len(sender.run().sent) == 1
    assert net.calls == ["upload", "publish", "upload", "publish"]


def test_a_pc_refuses_what_the_team_database_would_in_one_sentence_before_recording_it(tmp_path) -> None:  # noqa: ANN001
    from desktop.core.attachments import Attachment
    from desktop.core.drafts import StoreError
    from desktop.core.service.submitting import team_images

    small, huge = tmp_path / "small.png", tmp_path / "huge.png"
    small.write_bytes(PNG)
    huge.write_bytes(PNG + bytes(20_000_001))
    assert [i.content for i in team_images([Attachment(small, " A gritter ", "image/png")])] == [PNG]
    for media, said in (
        (
            [Attachment(huge, "Huge", "image/png")],
            "huge.png is over 20 MB: make it smaller and attach it again.",
        ),
        ([Attachment(small, "  ", "image/png")], "Image 1 has no description (alt text) for screen readers."),
        ([Attachment(small, "A", "image/png")] * 5, "A post can carry at most 4 images."),
        ([Attachment(tmp_path / "gone.png", "A", "image/png")], "Crier couldn't read gone.png"),
    ):
        with pytest.raises(StoreError) as refused:
            team_images(media)
        assert refused.value.user_message.startswith(said)
