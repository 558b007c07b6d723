"""A team post's images (team migration t0006) in the database itself: they arrive with the submission and
are checked there (type, size, alt text, how many), every member of the team reads them, and nobody, not
an officer with their own database role nor the owner, changes them once the post is approved. Real
PostgreSQL started by the tests."""

from __future__ import annotations

import hashlib
import re
import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.fakes.crier_side import png
from tests.test_team_db import Team, team  # noqa: F401 - fixture

pytestmark = pytest.mark.integration

PNG = png(3, 2)


def submit_with(conn: psycopg.Connection, account: int, images: list[tuple[str, str, bytes]]) -> int:
    described = [{"media_type": kind, "alt_text": alt, "name": f"image{n}"} for n, (kind, alt, _) in
                 enumerate(images)]  # fmt: skip
    return conn.execute(
        "SELECT crier.submit_with_images(%s, %s, 'Gritters are out tonight.', 'en', NULL, %s, %s)",
        (uuid.uuid4(), account, Jsonb(described), [content for _, _, content in images]),
    ).fetchone()[0]


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
