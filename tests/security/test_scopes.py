"""Another tenant's token, or a role that may not act, never gets a 2xx from any route.

The targets are Loei's: ESA loei-3, its school 1042060101, a real campaign and template of
loei-3 and a real webhook endpoint of the province. Outside the caller's scope the answer is
404 (existence is not revealed) or 403; the exceptions are the explicit list in `allowed`.
A request whose own shape is invalid (a body failing its model's cross-field rules) may be
answered 422 invalid_input first: that is decided from the request alone, before any stored
data is looked at, so it reveals nothing either. Most probes reach the scope check.
"""

from __future__ import annotations

import httpx

from tests.security.allowed import ANY_SIGNED_IN, PUBLIC, key
from tests.security.deployment import Deployment
from tests.security.probes import Probe

# Tenants of Rayong: an ESA's roles, a school of rayong-2, the province, its integration.
OTHER_TENANTS = [
    ("supervisor", "rayong-2"),
    ("esa_director", "rayong-2"),
    ("school", "1021090101"),
    ("provincial_officer", "rayong"),
    ("academic_subcommittee", "rayong"),
    ("integration", "rayong"),
]

WRITES = {"POST", "PUT", "PATCH", "DELETE"}

# A supervisor's commands, which a school of the same ESA may not give.
SUPERVISORS_ONLY = {
    "POST /v1/esas/{esa}/plans/{year}/{semester}/assignments",
    "POST /v1/esas/{esa}/plans/{year}/{semester}/planned-visits",
    "POST /v1/esas/{esa}/visits",
    "PATCH /v1/esas/{esa}/visits/{visit_id}",
    "POST /v1/esas/{esa}/visits/{visit_id}/observations",
    "POST /v1/esas/{esa}/schools/{school}/quality/{year}/evaluation",
    "POST /v1/esas/{esa}/schools/{school}/sar/{year}/review",
    "PUT /v1/esas/{esa}/rubrics/{rubric_id}",
    "POST /v1/esas/{esa}/trainings",
    "POST /v1/esas/{esa}/survey-templates",
    "POST /v1/esas/{esa}/campaigns",
    "POST /v1/esas/{esa}/campaigns/{campaign_id}/close",
    "POST /v1/esas/{esa}/campaigns/{campaign_id}/reminders",
    "POST /v1/admin/read-models/{model}/rebuild",
    "POST /v1/people",
    "POST /v1/esas/{esa}/schools",
    "POST /v1/endpoints",
}


async def _send(d: Deployment, probe: Probe, who: tuple[str, str]) -> httpx.Response:
    sent = probe.request()
    if key(probe.method, probe.route) == "POST /v1/endpoints":  # the scope is in the body
        sent["json"] = dict(sent["json"], scope={"level": "province", "id": "loei"})
    return await d.clients[probe.service].request(**sent, headers=d.auth(*who))


def _refusal(r: httpx.Response, probe: Probe, who: tuple[str, str]) -> str:
    if r.status_code in (403, 404):
        return ""
    if r.status_code == 422 and r.json()["error"]["code"] == "invalid_input":
        return ""
    return f"{who} {probe} {probe.path}: {r.status_code} {r.text[:200]}"


async def test_another_tenant_gets_404_or_403_everywhere(
    deployment: Deployment, all_probes: list[Probe]
) -> None:
    wrong, statuses = [], []
    for probe in all_probes:
        if key(probe.method, probe.route) in PUBLIC | ANY_SIGNED_IN:
            continue
        for who in OTHER_TENANTS:
            r = await _send(deployment, probe, who)
            wrong.append(_refusal(r, probe, who))
            statuses.append(r.status_code)
    assert len(statuses) > 800
    assert statuses.count(403) + statuses.count(404) > 0.8 * len(statuses)
    assert not [w for w in wrong if w], "\n".join(w for w in wrong if w)


async def test_a_listing_shows_no_endpoint_of_another_tenant(deployment: Deployment) -> None:
    victim = deployment.victim_ids["endpoint_id"]
    for who in (("integration", "rayong"), ("integration", "loei-1")):
        r = await deployment.clients["subscriptions"].get(
            "/v1/endpoints", headers=deployment.auth(*who)
        )
        assert r.status_code == 200, r.text
        assert victim not in {e["endpoint_id"] for e in r.json()}


async def test_a_role_that_may_not_act_is_refused(
    deployment: Deployment, all_probes: list[Probe]
) -> None:
    """A provincial officer of Loei reads loei-3 but gives no command there; a school of
    loei-3 gives none of a supervisor's commands."""
    wrong, checked = [], 0
    for probe in all_probes:
        route = key(probe.method, probe.route)
        if probe.method in WRITES and "{esa}" in probe.route and probe.service != "curriculum":
            who = ("provincial_officer", "loei")
            wrong.append(_refusal(await _send(deployment, probe, who), probe, who))
            checked += 1
        if route in SUPERVISORS_ONLY:
            who = ("school", "1042060101")
            wrong.append(_refusal(await _send(deployment, probe, who), probe, who))
            checked += 1
    assert checked > 50
    assert not [w for w in wrong if w], "\n".join(w for w in wrong if w)
