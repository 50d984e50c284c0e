"""Every route of every service refuses a missing or bad token with 401 and never echoes it."""

from __future__ import annotations

import httpx

from tests.security.allowed import PUBLIC, key
from tests.security.deployment import Deployment
from tests.security.probes import Probe
from tests.security.tokens import bad_tokens


async def _send(d: Deployment, probe: Probe, headers: dict[str, str]) -> httpx.Response:
    return await d.clients[probe.service].request(**probe.request(), headers=headers)


def _refused(r: httpx.Response, probe: Probe, token: str = "") -> str:
    if r.status_code != 401:
        return f"{probe}: {r.status_code} {r.text[:200]}"
    if r.json()["error"]["code"] != "unauthenticated":
        return f"{probe}: 401 without the unauthenticated code: {r.text[:200]}"
    if token and token in r.text:
        return f"{probe}: the token is echoed in the error body"
    return ""


async def test_no_token_is_401_except_the_public_routes(
    deployment: Deployment, all_probes: list[Probe]
) -> None:
    checked, wrong = 0, []
    for probe in all_probes:
        if key(probe.method, probe.route) in PUBLIC:
            continue
        wrong.append(_refused(await _send(deployment, probe, {}), probe))
        checked += 1
    assert checked > 150
    assert not [w for w in wrong if w], "\n".join(w for w in wrong if w)


async def test_a_bad_token_is_401_and_never_echoed(
    deployment: Deployment, all_probes: list[Probe]
) -> None:
    tokens = bad_tokens(deployment.settings)
    wrong = []
    for probe in all_probes:
        if key(probe.method, probe.route) in PUBLIC:
            continue
        for name, token in tokens.items():
            for header in (f"Bearer {token}", f"Basic {token}"):
                r = await _send(deployment, probe, {"Authorization": header})
                problem = _refused(r, probe, token)
                wrong.append(f"[{name}, {header.split()[0]}] {problem}" if problem else "")
    assert not [w for w in wrong if w], "\n".join(w for w in wrong if w)


async def test_the_public_routes_answer_without_a_token(deployment: Deployment) -> None:
    for name, client in deployment.clients.items():
        for path in ("/healthz", "/metrics", "/openapi.json"):
            r = await client.get(path)
            assert r.status_code == 200, (name, path, r.status_code)
