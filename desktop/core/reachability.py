"""Which networks answer right now: each connected account's own API host, through the app's HTTP stack.

"Online" means "this account's network answers", not "X answers": a council without X, or whose proxy
blocks one network, still posts to the others. Only hosts of connected accounts are probed (no account,
no probe); accounts on one host share one probe; hosts are probed side by side, so a host that doesn't
answer costs its own timeout, not the sum. Any HTTP answer (even 401 or 404) is "reachable"; a 407 from
the proxy is not (see ``net.probe``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.accounts import AccountStatus, AccountView
from desktop.core.networks import BY_ID, NETWORK_NAMES

if TYPE_CHECKING:
    import requests

    from desktop.core.net import NetProblem, ProbeResult

#: Asks one URL whether its host answers (``net.probe`` bound to the app's session, or a test's double).
ProbeUrl = Callable[[str], "ProbeResult"]


def probe_url(account: AccountView) -> str:
    """A cheap URL on the host this account's posts go to (any answer there means the host is reachable)."""
    return BY_ID[account.network].probe_url(account.service_url)


@dataclass(frozen=True, slots=True)
class HostStatus:
    url: str
    network: str
    account_ids: tuple[int, ...]
    result: ProbeResult

    @property
    def name(self) -> str:
        return NETWORK_NAMES.get(self.network, self.network)


@dataclass(frozen=True, slots=True)
class Reachability:
    hosts: tuple[HostStatus, ...]

    @property
    def reachable(self) -> frozenset[int]:
        """Accounts whose host answered: the ones the outbox may send for now."""
        return frozenset(a for h in self.hosts if h.result.online for a in h.account_ids)

    @property
    def unreachable(self) -> tuple[HostStatus, ...]:
        return tuple(h for h in self.hosts if not h.result.online)

    @property
    def online(self) -> bool:
        """Every probed host answered (true when there was nothing to probe)."""
        return not self.unreachable

    @property
    def problem(self) -> NetProblem | None:
        """The first unreachable host's problem, in the user's words."""
        return next((h.result.problem for h in self.unreachable if h.result.problem), None)


def check(accounts: Iterable[AccountView], probe: ProbeUrl, *, workers: int = 4) -> Reachability:
    """Probe the host of every connected account, once per host, in parallel."""
    by_url: dict[str, list[AccountView]] = {}
    for account in accounts:
        if account.status is AccountStatus.CONNECTED:
            by_url.setdefault(probe_url(account), []).append(account)
    if not by_url:
        return Reachability(())
    urls = list(by_url)
    if len(urls) == 1:
        results = [probe(urls[0])]
    else:
        with ThreadPoolExecutor(
            max_workers=min(workers, len(urls)), thread_name_prefix="crier-probe"
        ) as pool:
            results = list(pool.map(probe, urls))
    return Reachability(
        tuple(
            HostStatus(url, by_url[url][0].network, tuple(a.id for a in by_url[url]), result)
            for url, result in zip(urls, results, strict=True)
        )
    )


def session_probe(session: requests.Session, timeout: float = 5.0) -> ProbeUrl:
    """``net.probe`` through the app's session (proxy, PAC, certificates, API base overrides)."""
    from desktop.core.net import probe

    return lambda url: probe(session, url, timeout)
