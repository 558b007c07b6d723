"""The sign-in forms of every network, by form id: plain values from the descriptors, so the Accounts
dialog and ``crier accounts add-…`` can draw and read them without loading any sign-in code."""

from __future__ import annotations

from desktop.core.networks import ALL, NetworkForm

#: form id -> form, from each network's descriptor
FORMS: dict[str, NetworkForm] = {form.network: form for network in ALL for form in network.forms}


def network_of(form: str) -> str:
    """The network a form connects: form ids are the network's id, then ``-`` and a way of signing in."""
    return form.partition("-")[0]
