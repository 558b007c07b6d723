"""`crier queue --image PATH --alt TEXT`: a post with images from the command line, on a PC that posts
itself and on one joined to a team, reaches X with each image and its alt text. The images go through the
service's path for the window's Attach image (``Crier.images`` → ``store.copy_image``): type by first
bytes, 20 MB, at most 4, alt text required; each bad case is one sentence, exit 2, and queues nothing.
Real `crier` processes, the fake X, real PostgreSQL for the team."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fakes.crier_side import png
from tests.team_pcs import PC, owner_rows, racing_team, x_keys

GRITTER = "A yellow gritter spreading salt on Station Road at night"
MAP = "Map of the routes gritted tonight: all A roads and the hill to the hospital"
TEXT = "Gritters are out tonight on all main routes.\n"


def _files(tmp_path: Path) -> dict[str, Path]:
    files = {"post": tmp_path / "post.txt", "gritter": tmp_path / "gritter.png", "map": tmp_path / "map.png"}
    files["post"].write_text(TEXT, encoding="utf-8")
    files["gritter"].write_bytes(png(4, 3))
    files["map"].write_bytes(png(6, 5))
    return files


@pytest.fixture
def pc(tmp_path: Path, x_api) -> PC:  # noqa: ANN001
    """A PC that posts itself, with @council on the fake X (its user is ``pc.user``)."""
    pc = PC(tmp_path / "pc", {"CRIER_X_API_BASE": x_api.base_url})
    pc.user = x_api.state.add_user("council", name="Council")  # type: ignore[attr-defined]
    pc.ok("accounts", "add-x", "--oauth1", stdin=json.dumps(x_keys(x_api, pc.user)))  # type: ignore[attr-defined]
    return pc


def _media_files(pc: PC) -> list[Path]:
    folder = pc.data / "media"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_queue_with_images_sends_each_image_with_its_alt_text(tmp_path: Path, pc: PC, x_api) -> None:  # noqa: ANN001
    files = _files(tmp_path)
    said = pc.ok(
        "queue", "--account", "@council",
        "--image", str(files["gritter"]), "--alt", GRITTER,
        "--image", str(files["map"]), "--alt", MAP,
        str(files["post"]),
    )  # fmt: skip
    assert said.startswith("Queued post ")
    files["gritter"].unlink()  # queued posts keep their own copies: the originals may move
    files["map"].unlink()
    pc.ok("sync", "--once")
    user = pc.user  # type: ignore[attr-defined]
    [tweet] = x_api.state.tweets_for(user.id)
    assert tweet.submitted_text == TEXT.strip()
    media = {m.id: m for m in x_api.state.media_for(user.id)}
    assert [(media[i].data, media[i].alt_text) for i in tweet.media_ids] == [
        (png(4, 3), GRITTER),
        (png(6, 5), MAP),
    ]


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("missing", "Crier couldn't read nowhere.png: No such file or directory."),
        ("not an image", "post.txt isn't a PNG, JPEG, GIF or WebP image."),
        ("too big", "huge.png is over 20 MB: make it smaller and attach it again."),
        ("no alt", "map.png has no alt text: describe it for people who can't see it."),
        ("blank alt", "gritter.png has no alt text: describe it for people who can't see it."),
        (
            "alt without image",
            "there is an --alt without an --image to describe; give each --image one --alt",
        ),
        ("too many", "A post can carry at most 4 images."),
    ],
)
def test_each_bad_image_gets_one_sentence_exit_2_and_nothing_queued(
    tmp_path: Path, pc: PC, case: str, said: str
) -> None:
    files = _files(tmp_path)
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:  # a PNG by its first bytes, one byte over 20 MB (sparse on disk)
        handle.write(png(4, 3))
        handle.truncate(20_000_001)
    gritter, image = ["--image", str(files["gritter"]), "--alt", GRITTER], "--image"
    options = {
        "missing": [image, str(tmp_path / "nowhere.png"), "--alt", GRITTER],
        "not an image": [image, str(files["post"]), "--alt", GRITTER],
        "too big": [image, str(huge), "--alt", GRITTER],
        "no alt": [*gritter, image, str(files["map"])],
        "blank alt": [image, str(files["gritter"]), "--alt", "  "],
        "alt without image": [*gritter, "--alt", MAP],
        "too many": gritter * 5,
    }[case]
    result = pc.run("queue", "--account", "@council", *options, str(files["post"]))
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"crier: {said}\n")
    assert pc.json("outbox") == []
    assert _media_files(pc) == []  # nothing copied, or the copies made before the bad one removed


def test_a_post_the_gate_stops_keeps_no_copy_of_its_images(tmp_path: Path, pc: PC) -> None:
    files = _files(tmp_path)
    files["post"].write_text("Call Jo on 07700 900123 about the gritters.\n", encoding="utf-8")
    result = pc.run("queue", "--account", "@council", "--image", str(files["gritter"]), "--alt", GRITTER,
                    str(files["post"]))  # fmt: skip
    assert result.returncode == 1 and "Nothing was queued" in result.stderr, result.stderr
    assert pc.json("outbox") == [] and _media_files(pc) == []


@pytest.mark.integration
def test_a_team_pc_submits_the_images_and_the_approved_post_goes_out_with_them(
    tmp_path: Path,
    team_db,  # noqa: ANN001
    x_api,  # noqa: ANN001
) -> None:
    office = racing_team(tmp_path, team_db, x_api, ["council"], author_pc=True)
    files = _files(tmp_path)
    said = office.it.ok(
        "queue",
        "--account",
        "@council",
        "--image",
        str(files["gritter"]),
        "--alt",
        GRITTER,
        str(files["post"]),
    )
    assert said.startswith("Submitted for approval as submission ")
    [(sid,)] = owner_rows(team_db, "SELECT id FROM crier.submissions")
    assert owner_rows(team_db, "SELECT alt_text, content FROM crier.attachments") == [(GRITTER, png(4, 3))]
    first, _second = office.comms
    assert f"image 1 of 1: {GRITTER}" in first.ok("approvals", "list")
    first.ok("approve", str(sid))
    first.ok("sync", "--once")
    [tweet] = x_api.state.tweets_for(office.users["council"].id)
    assert tweet.submitted_text == TEXT.strip()
    [media] = x_api.state.media_for(office.users["council"].id)
    assert tweet.media_ids == (media.id,)
    assert (media.data, media.alt_text) == (png(4, 3), GRITTER)
