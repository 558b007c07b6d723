"""The fake Bluesky PDS itself: it must refuse what a PDS refuses, so publisher bugs can't hide behind it.

Raw XRPC over HTTP with a plain requests session (loopback only): sessions and tokens, the lexicon
checks on posts (and the stricter facet and reply checks), blobs, rate limits, repeated record keys,
the shared fault kinds, garbling, the control endpoints, and running it standalone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.fakes import bluesky_fixtures
from tests.fakes.bluesky_fixtures import BlueskyEnv
from tests.fakes.bluesky_pds import FakePds, PdsConfig, tid_at
from tests.fakes.faults import Fault

bluesky_pds = bluesky_fixtures.bluesky_pds
bluesky_pds_factory = bluesky_fixtures.bluesky_pds_factory

POST = "app.bsky.feed.post"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def http() -> Iterator[requests.Session]:
    session = requests.Session()
    session.trust_env = False  # never a proxy: this talks to 127.0.0.1 only
    yield session
    session.close()


class Client:
    """Raw XRPC calls against one fake, signed in as its council account."""

    def __init__(self, env: BlueskyEnv, http: requests.Session) -> None:
        self.env = env
        self.http = http
        self.session = self.call("com.atproto.server.createSession", body=self.login()).json()

    def login(self) -> dict[str, str]:
        return {"identifier": self.env.account.handle, "password": self.env.app_password}

    @property
    def access(self) -> str:
        return self.session["accessJwt"]

    def call(
        self,
        nsid: str,
        *,
        body: Any = None,
        params: dict[str, str] | None = None,
        token: str | None = None,
        data: bytes | None = None,
        content_type: str = "",
    ) -> requests.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if content_type:
            headers["Content-Type"] = content_type
        url = f"{self.env.base_url}/xrpc/{nsid}"
        if body is not None or data is not None:
            return self.http.post(url, json=body, data=data, headers=headers, timeout=5)
        if nsid.split(".")[-1].startswith(("get", "list", "resolve")):
            return self.http.get(url, params=params, headers=headers, timeout=5)
        return self.http.post(url, headers=headers, timeout=5)

    def create(self, record: dict[str, Any], rkey: str | None = None, **extra: Any) -> requests.Response:
        body = {"repo": self.env.account.did, "collection": POST, "record": record, **extra}
        if rkey is not None:
            body["rkey"] = rkey
        return self.call("com.atproto.repo.createRecord", body=body, token=self.access)

    def upload(self, data: bytes, content_type: str = "image/png") -> dict[str, Any]:
        answer = self.call(
            "com.atproto.repo.uploadBlob", data=data, content_type=content_type, token=self.access
        )
        assert answer.status_code == 200, answer.text
        return answer.json()["blob"]


@pytest.fixture
def client(bluesky_pds: BlueskyEnv, http: requests.Session) -> Client:
    return Client(bluesky_pds, http)


def post(text: str = "Hello", **fields: Any) -> dict[str, Any]:
    return {"$type": POST, "text": text, "createdAt": "2026-11-24T09:00:00.000Z", **fields}


def facet(start: int, end: int, feature: dict[str, Any]) -> dict[str, Any]:
    return {"index": {"byteStart": start, "byteEnd": end}, "features": [feature]}


def tag(name: str) -> dict[str, str]:
    return {"$type": "app.bsky.richtext.facet#tag", "tag": name}


def error_of(response: requests.Response) -> tuple[int, str, str]:
    body = response.json()
    return response.status_code, body["error"], body["message"]


# -- sessions --------------------------------------------------------------------------------------------


def test_app_password_sessions_carry_their_scope_and_rotate_refresh_tokens(
    client: Client, bluesky_pds: BlueskyEnv
) -> None:
    claims = json.loads(_b64(client.access.split(".")[1]))
    assert claims["scope"] == "com.atproto.appPass" and claims["sub"] == bluesky_pds.account.did
    assert client.session["didDoc"]["service"][0]["serviceEndpoint"] == bluesky_pds.base_url
    refreshed = client.call("com.atproto.server.refreshSession", token=client.session["refreshJwt"])
    assert refreshed.status_code == 200 and refreshed.json()["refreshJwt"] != client.session["refreshJwt"]
    reused = client.call("com.atproto.server.refreshSession", token=client.session["refreshJwt"])
    assert error_of(reused) == (400, "ExpiredToken", "Token has been revoked")
    me = client.call("com.atproto.server.getSession", params={}, token=refreshed.json()["accessJwt"])
    assert me.json()["handle"] == "cardiffcouncil.bsky.social"


def test_tokens_are_checked_like_a_pds_checks_them(client: Client, bluesky_pds: BlueskyEnv) -> None:
    get = "com.atproto.server.getSession"
    assert error_of(client.call(get, params={}))[:2] == (401, "AuthenticationRequired")
    assert error_of(client.call(get, params={}, token="not.a.jwt"))[:2] == (401, "InvalidToken")
    forged = client.access[:-4] + "AAAA"
    assert error_of(client.call(get, params={}, token=forged))[:2] == (401, "InvalidToken")
    refresh_as_access = client.call(get, params={}, token=client.session["refreshJwt"])
    assert error_of(refresh_as_access) == (400, "InvalidToken", "Invalid token type")
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl + 1)
    assert error_of(client.call(get, params={}, token=client.access)) == (
        400,
        "ExpiredToken",
        "Token has expired",
    )
    bluesky_pds.state.takedown(bluesky_pds.account.did)
    login = client.call("com.atproto.server.createSession", body=client.login())
    assert error_of(login)[:2] == (401, "AccountTakedown")


def test_sign_in_failures(client: Client, bluesky_pds: BlueskyEnv) -> None:
    create = "com.atproto.server.createSession"
    wrong = client.call(
        create, body={"identifier": bluesky_pds.account.handle, "password": "zzzz-zzzz-zzzz-zzzz"}
    )
    assert error_of(wrong) == (401, "AuthenticationRequired", "Invalid identifier or password")
    bluesky_pds.state.add_account("gwynedd.bsky.social", password="main password", email_2fa=True)
    two_factor = client.call(create, body={"identifier": "gwynedd.bsky.social", "password": "main password"})
    assert error_of(two_factor)[:2] == (401, "AuthFactorTokenRequired")
    by_email = client.call(
        create, body={"identifier": "comms@cardiffcouncil.bsky.social", "password": bluesky_pds.app_password}
    )
    assert by_email.status_code == 200
    main = client.call(
        create, body={"identifier": bluesky_pds.account.did, "password": "correct horse battery staple"}
    )
    assert json.loads(_b64(main.json()["accessJwt"].split(".")[1]))["scope"] == "com.atproto.access"


# -- posts ------------------------------------------------------------------------------------------------


def test_a_valid_post_is_stored_under_its_rkey_with_a_cid(client: Client, bluesky_pds: BlueskyEnv) -> None:
    rkey = tid_at(1_800_000_000)
    answer = client.create(post("Dŵr #glân", facets=[facet(5, 11, tag("glân"))], langs=["cy"]), rkey)
    assert answer.status_code == 200
    body = answer.json()
    assert body["uri"] == f"at://{bluesky_pds.account.did}/{POST}/{rkey}" and body["cid"].startswith(
        "bafyrei"
    )
    assert body["validationStatus"] == "valid" and body["commit"]["rev"]
    assert {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "ratelimit-policy"} <= set(
        k.lower() for k in answer.headers
    )
    fetched = client.call(
        "com.atproto.repo.getRecord",
        params={"repo": bluesky_pds.account.handle, "collection": POST, "rkey": rkey},
    )
    assert fetched.json() == {
        "uri": body["uri"],
        "cid": body["cid"],
        "value": post("Dŵr #glân", facets=[facet(5, 11, tag("glân"))], langs=["cy"]),
    }
    missing = client.call(
        "com.atproto.repo.getRecord",
        params={"repo": bluesky_pds.account.did, "collection": POST, "rkey": tid_at(1)},
    )
    assert error_of(missing)[:2] == (400, "RecordNotFound")


@pytest.mark.parametrize(
    ("record", "words"),
    [
        (post("a" * 301), "must not be longer than 300 graphemes"),
        (post("👩‍👩‍👧‍👦" * 121), "must not be longer than 3000 characters"),
        ({"$type": POST, "text": "x"}, "Record/createdAt"),
        (post(createdAt="yesterday"), "Record/createdAt"),
        (post(langs=["en", "cy", "fr", "de"]), "at most 3"),
        (post(langs=["english"]), "BCP-47"),
        (post("Hi", facets=[facet(0, 3, tag("Hi"))]), "outside the text"),
        (post("ŵ #a", facets=[facet(1, 4, tag("a"))]), "splits a UTF-8 character"),
        (post("#ab", facets=[facet(0, 3, tag("ab")), facet(1, 3, tag("b"))]), "overlaps"),
        (post("#ab", facets=[facet(0, 3, tag("ba"))]), "doesn't match the text"),
        (post("#ab", facets=[facet(0, 3, tag("a" * 65))]), "64 graphemes"),
        (
            post(
                "@alice.test",
                facets=[facet(0, 11, {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:nobody"})],
            ),
            "unknown DID",
        ),
        (
            post(
                "@alice.test",
                facets=[facet(0, 11, {"$type": "app.bsky.richtext.facet#mention", "did": "alice"})],
            ),
            "valid did",
        ),
        (
            post(
                "x.com",
                facets=[facet(0, 5, {"$type": "app.bsky.richtext.facet#link", "uri": "https://y.com"})],
            ),
            "covers",
        ),
        (
            post("x", facets=[facet(0, 1, {"$type": "app.bsky.richtext.facet#link", "uri": "no scheme"})]),
            "must be a uri",
        ),
        (post(facets=[{"index": {"byteStart": 0, "byteEnd": 1}, "features": []}]), "non-empty array"),
        (
            post(
                reply={
                    "root": {
                        "uri": "at://did:plc:x/app.bsky.feed.post/3k",
                        "cid": "bafyreiaaaaaaaaaaaaaaaaaaaaaaa",
                    }
                }
            ),
            "strong ref",
        ),
        (
            post(
                reply={
                    name: {
                        "uri": "at://did:plc:x/app.bsky.feed.post/3kabcdefghijk",
                        "cid": "bafyreiaaaaaaaaaaaaaaaaaaaaaaa",
                    }
                    for name in ("root", "parent")
                }
            ),
            "points at no record",
        ),
        (post(embed={"$type": "app.bsky.embed.images", "images": []}), "non-empty array"),
        ({**post(), "$type": "app.bsky.feed.like"}, "Invalid $type"),
    ],
)
def test_malformed_posts_are_refused_with_a_pds_style_message(
    client: Client, record: dict[str, Any], words: str
) -> None:
    answer = client.create(record, tid_at(1_800_000_000))
    status, error, message = error_of(answer)
    assert (status, error) == (400, "InvalidRequest") and words in message
    assert client.env.state.posts(client.env.account.did) == []


def test_lenient_mode_accepts_what_a_real_pds_would(bluesky_pds_factory: Any, http: requests.Session) -> None:
    client = Client(bluesky_pds_factory(PdsConfig(strict=False)), http)
    loose = post("#ab", facets=[facet(0, 9, tag("zz"))])  # out of range and mismatched: a real PDS stores it
    assert client.create(loose, tid_at(1_800_000_000)).status_code == 200


def test_post_record_keys_must_be_tids(client: Client) -> None:
    status, _, message = error_of(client.create(post(), "self"))
    assert status == 400 and "must be a TID" in message
    generated = client.create(post())
    assert generated.status_code == 200 and len(generated.json()["uri"].rsplit("/", 1)[1]) == 13


@pytest.mark.parametrize(
    ("mode", "status", "error"),
    [
        ("500", 500, "InternalServerError"),
        ("400", 400, "RecordAlreadyExists"),
        ("409", 409, "RecordAlreadyExists"),
        ("mst", 400, "InvalidRequest"),
    ],
)
def test_a_repeated_rkey_is_refused_as_configured(
    bluesky_pds_factory: Any, http: requests.Session, mode: str, status: int, error: str
) -> None:
    client = Client(bluesky_pds_factory(PdsConfig(duplicate_rkey=mode)), http)
    rkey = tid_at(1_800_000_000)
    assert client.create(post("one"), rkey).status_code == 200
    assert error_of(client.create(post("two"), rkey))[:2] == (status, error)
    assert [r.value["text"] for r in client.env.state.posts(client.env.account.did)] == ["one"]


def test_list_records_pages_newest_first(client: Client, bluesky_pds: BlueskyEnv) -> None:
    keys = [tid_at(1_800_000_000 + i) for i in range(5)]
    for i, rkey in enumerate(keys):
        assert client.create(post(f"p{i}"), rkey).status_code == 200
    params = {"repo": bluesky_pds.account.did, "collection": POST, "limit": "2"}
    first = client.call("com.atproto.repo.listRecords", params=params).json()
    assert [r["value"]["text"] for r in first["records"]] == ["p4", "p3"] and first["cursor"] == keys[3]
    rest = client.call(
        "com.atproto.repo.listRecords", params={**params, "limit": "10", "cursor": first["cursor"]}
    ).json()
    assert [r["value"]["text"] for r in rest["records"]] == ["p2", "p1", "p0"] and "cursor" not in rest


def test_resolve_handle_and_profiles(client: Client, bluesky_pds: BlueskyEnv) -> None:
    resolve = "com.atproto.identity.resolveHandle"
    assert client.call(resolve, params={"handle": "ALICE.test"}).json() == {"did": bluesky_pds.other_did}
    assert error_of(client.call(resolve, params={"handle": "nobody.test"}))[2] == "Unable to resolve handle"
    profile = client.call("app.bsky.actor.getProfile", params={"actor": bluesky_pds.account.did}).json()
    assert profile["displayName"] == "Cardiff Council"
    assert error_of(client.call("app.bsky.unknown.method", params={}))[:2] == (501, "MethodNotImplemented")


# -- blobs -------------------------------------------------------------------------------------------------


def image_post(blob: dict[str, Any]) -> dict[str, Any]:
    return post(embed={"$type": "app.bsky.embed.images", "images": [{"image": blob, "alt": "Logo"}]})


def test_blobs_are_typed_by_content_and_must_be_used_before_they_expire(
    client: Client, bluesky_pds: BlueskyEnv
) -> None:
    blob = client.upload(PNG, "application/octet-stream")
    assert (
        blob["mimeType"] == "image/png"
        and blob["ref"]["$link"].startswith("bafkrei")
        and blob["size"] == len(PNG)
    )
    wrong_type = {**blob, "mimeType": "image/jpeg"}
    assert "does not match stored blob" in error_of(client.create(image_post(wrong_type), tid_at(1)))[2]
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.blob_ttl + 1)
    assert error_of(client.create(image_post(blob), tid_at(2)))[:2] == (400, "BlobNotFound")
    again = client.upload(PNG)
    assert client.create(image_post(again), tid_at(3)).status_code == 200
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.blob_ttl + 1)
    assert [b.cid for b in bluesky_pds.state.blobs(bluesky_pds.account.did)] == [
        again["ref"]["$link"]
    ]  # in use


def test_image_blobs_follow_the_embed_limits(client: Client) -> None:
    big = client.upload(PNG + b"\x00" * 1_000_000)
    assert error_of(client.create(image_post(big), tid_at(1)))[:2] == (400, "BlobTooLarge")
    text = client.upload(b"plain text", "text/plain")
    assert error_of(client.create(image_post(text), tid_at(2)))[:2] == (400, "InvalidMimeType")
    blob = client.upload(PNG)
    five = post(embed={"$type": "app.bsky.embed.images", "images": [{"image": blob, "alt": ""}] * 5})
    assert "must not have more than 4 elements" in error_of(client.create(five, tid_at(3)))[2]
    no_alt = post(embed={"$type": "app.bsky.embed.images", "images": [{"image": blob}]})
    assert "alt" in error_of(client.create(no_alt, tid_at(4)))[2]


# -- rate limits, faults, garbling ----------------------------------------------------------------------


def test_rate_limits_answer_429_with_the_reset_time(client: Client, bluesky_pds: BlueskyEnv) -> None:
    bluesky_pds.state.set_rate_limit("write", 6, 3600)
    assert client.create(post("1"), tid_at(1)).headers["ratelimit-remaining"] == "3"
    assert client.create(post("2"), tid_at(2)).headers["ratelimit-remaining"] == "0"
    limited = client.create(post("3"), tid_at(3))
    assert error_of(limited) == (429, "RateLimitExceeded", "Rate Limit Exceeded")
    reset = int(limited.headers["ratelimit-reset"])
    assert bluesky_pds.state.now() + 3590 < reset <= bluesky_pds.state.now() + 3600
    bluesky_pds.state.advance_clock(3601)
    assert client.create(post("3"), tid_at(3)).status_code == 200


def test_a_lost_answer_applies_the_write_and_a_drop_does_not(client: Client, bluesky_pds: BlueskyEnv) -> None:
    path = "/xrpc/com.atproto.repo.createRecord"
    bluesky_pds.faults.add(Fault.lost_answer(), method="POST", path=path)
    with pytest.raises(requests.ConnectionError):
        client.create(post("landed"), tid_at(1))
    bluesky_pds.faults.add(Fault.drop(), method="POST", path=path)
    with pytest.raises(requests.ConnectionError):
        client.create(post("never"), tid_at(2))
    bluesky_pds.faults.add(Fault.timeout(0.3, commit=True), method="POST", path=path)
    with pytest.raises(requests.ConnectionError):
        client.create(post("late"), tid_at(3))
    assert bluesky_pds.texts() == ["landed", "late"]
    outcomes = [(e.outcome, e.fault) for e in bluesky_pds.state.requests("com.atproto.repo.createRecord")]
    assert outcomes == [("lost_answer", "lost_answer"), ("dropped", "drop"), ("timeout", "timeout")]


def test_injected_statuses_are_xrpc_shaped(client: Client, bluesky_pds: BlueskyEnv) -> None:
    bluesky_pds.faults.add(Fault.http(503), method="POST")
    assert error_of(client.create(post(), tid_at(1)))[:2] == (503, "NotEnoughResources")
    bluesky_pds.faults.add(Fault.rate_limited(), method="POST")
    limited = client.create(post(), tid_at(1))
    assert limited.status_code == 429 and limited.headers["ratelimit-remaining"] == "0"
    assert bluesky_pds.texts() == []


@pytest.mark.parametrize("commit", [False, True])
def test_garbled_answers(client: Client, bluesky_pds: BlueskyEnv, commit: bool) -> None:
    bluesky_pds.garbles.add("html", path="/xrpc/com.atproto.repo.createRecord", status=502, commit=commit)
    answer = client.create(post("maybe"), tid_at(1))
    assert answer.status_code == 502 and answer.headers["Content-Type"].startswith("text/html")
    assert bluesky_pds.texts() == (["maybe"] if commit else [])


def test_a_crash_in_the_fake_is_recorded_so_the_test_fails(
    http: requests.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakePds() as server:
        monkeypatch.setattr(server.xrpc, "resolve_handle", lambda request, token: 1 / 0)
        answer = http.get(
            f"{server.base_url}/xrpc/com.atproto.identity.resolveHandle",
            params={"handle": "x.test"},
            timeout=5,
        )
        assert answer.status_code == 500 and "ZeroDivisionError" in server.state.violations[0]


# -- control API and standalone -------------------------------------------------------------------------


def test_the_control_endpoints_drive_it_over_http(http: requests.Session) -> None:
    with FakePds() as server:
        control = f"{server.base_url}/__control"
        made = http.post(f"{control}/accounts", json={"handle": "powys.bsky.social"}, timeout=5).json()
        assert http.get(f"{control}/health", timeout=5).json() == {"ok": True}
        rule = http.post(
            f"{control}/faults",
            json={"kind": "lost_answer", "method": "POST", "path": "/xrpc/com.atproto.repo.createRecord"},
            timeout=5,
        )
        assert rule.status_code == 201 and len(http.get(f"{control}/faults", timeout=5).json()["rules"]) == 1
        assert (
            http.post(f"{control}/garble", json={"kind": "html", "path": "/nowhere"}, timeout=5).status_code
            == 201
        )
        assert (
            http.patch(f"{control}/config", json={"duplicate_rkey": "409"}, timeout=5).json()[
                "duplicate_rkey"
            ]
            == "409"
        )
        assert http.patch(f"{control}/config", json={"nonsense": 1}, timeout=5).status_code == 400
        before = server.state.now()
        assert http.post(f"{control}/clock", json={"advance": 60}, timeout=5).json()["now"] >= before + 60
        session = http.post(
            f"{server.base_url}/xrpc/com.atproto.server.createSession",
            json={"identifier": made["handle"], "password": made["app_password"]},
            timeout=5,
        ).json()
        with pytest.raises(requests.ConnectionError):
            http.post(
                f"{server.base_url}/xrpc/com.atproto.repo.createRecord",
                json={
                    "repo": made["did"],
                    "collection": POST,
                    "rkey": tid_at(1),
                    "record": post("via control"),
                },
                headers={"Authorization": f"Bearer {session['accessJwt']}"},
                timeout=5,
            )
        posts = http.get(f"{control}/posts", params={"account": made["did"]}, timeout=5).json()["posts"]
        assert [p["value"]["text"] for p in posts] == ["via control"]
        logged = http.get(
            f"{control}/requests", params={"nsid": "com.atproto.repo.createRecord"}, timeout=5
        ).json()
        assert [r["outcome"] for r in logged["requests"]] == ["lost_answer"]
        assert (
            http.post(f"{control}/app-passwords/revoke", json={"account": made["did"]}, timeout=5).status_code
            == 200
        )
        assert http.get(f"{control}/violations", timeout=5).json() == {"violations": []}
        assert http.get(f"{control}/nothing", timeout=5).status_code == 404


def test_it_runs_standalone(http: requests.Session) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.bluesky_pds", "--port", "0", "--defaults"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        defaults = json.loads(process.stdout.readline())
        assert defaults["base_url"] == base_url and base_url.startswith("http://127.0.0.1:")
        answer = http.post(
            f"{base_url}/xrpc/com.atproto.server.createSession",
            json={"identifier": defaults["handle"], "password": defaults["app_password"]},
            timeout=5,
        )
        assert answer.status_code == 200 and answer.json()["did"] == defaults["did"]
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def _b64(segment: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
