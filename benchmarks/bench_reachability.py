"""What a reachability check costs Crier per network, and per check with every network connected.

    python benchmarks/bench_reachability.py [--rounds 200]

Starts four small HTTP servers on 127.0.0.1 (one per network's API host, answering HEAD at once) and
points the app's session at them (the API base overrides for X and Facebook; the Bluesky PDS and
Mastodon instance addresses as accounts store them). Times ``net.probe`` through ``make_session`` (the
app's HTTP stack: proxy resolution, truststore, adapters) per network, with a fresh connection each
time (as after a network change) and over a kept-alive one, then a whole ``reachability.check`` of four
connected accounts (probed side by side). A real host adds its round trips (TCP, TLS) on top; the check
costs about the slowest host's, not the sum. Also printed: the ratio of a four-network check to one
network's probe (on loopback, where a probe is all CPU, about 4: the overlap pays off only on real
round trips and when a host doesn't answer).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


class _Head(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_HEAD(self) -> None:  # noqa: N802
        self.send_response(401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


def _serve() -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Head)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _ms(samples: list[float]) -> str:
    p95 = sorted(samples)[int(len(samples) * 0.95)]
    return f"median {statistics.median(samples) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    from datetime import datetime

    from desktop.core.accounts import AccountStatus, AccountView
    from desktop.core.net import FACEBOOK_API_BASE, X_API_BASE, NetConfig, make_session
    from desktop.core.reachability import check, probe_url, session_probe

    servers = {network: _serve() for network in ("x", "bluesky", "mastodon", "facebook")}
    overrides = {X_API_BASE: servers["x"][1], FACEBOOK_API_BASE: servers["facebook"][1]}
    config = NetConfig(proxy="direct", api_base_overrides=overrides)

    def account(n: int, network: str) -> AccountView:
        service = servers[network][1] if network in ("bluesky", "mastodon") else ""
        return AccountView(
            n,
            network,
            f"@{network}",
            "",
            "",
            service,
            "",
            (),
            AccountStatus.CONNECTED,
            "",
            {},
            False,
            datetime(2026, 1, 1),
            None,
        )

    accounts = [account(n, network) for n, network in enumerate(servers, 1)]
    session = make_session(config)
    probe = session_probe(session)
    for a in accounts:  # warm up: imports, proxy resolution, first connection
        probe(probe_url(a))

    print(f"reachability probe cost through the app's HTTP stack, {args.rounds} rounds, 127.0.0.1 servers")
    single: list[float] = []
    for a in accounts:
        url = probe_url(a)
        kept, fresh = [], []
        for _ in range(args.rounds):
            started = time.perf_counter()
            assert probe(url).online
            kept.append(time.perf_counter() - started)
        for _ in range(max(20, args.rounds // 10)):
            session.close()  # a new connection each time, as after the network changed
            started = time.perf_counter()
            assert probe(url).online
            fresh.append(time.perf_counter() - started)
        single += kept
        print(f"  {a.network:<9} kept-alive {_ms(kept)}; new connection {_ms(fresh)}")
    whole = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        assert check(accounts, probe).online
        whole.append(time.perf_counter() - started)
    print(f"  check of 4 networks: {_ms(whole)}")
    ratio = statistics.median(whole) / statistics.median(single)
    print(f"ratio (4-network check / one probe, medians): {ratio:.2f}")
    for server, _ in servers.values():
        server.shutdown()


if __name__ == "__main__":
    main()
