"""The benchmark workload: needs-survey responses from the demo schools, fixed seed.

Campaigns are opened in loei-3 for every school of the ESA (17), so each (campaign, school)
pair is its own response stream; every command of the load goes to a different stream.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from bench.stack import Stack
from kit.auth.tokens import TokenIssuer
from kit.events import CloudEvent
from kit.ids import new_id
from services.directory.application.tokens import principal_for
from services.directory.reference import SCHOOLS

SEED = 42
ESA = "loei-3"
SCHOOLS_OF_ESA = [s.code for s in SCHOOLS if s.esa == ESA]


def headers(stack: Stack, role: str, scope: str) -> dict[str, str]:
    s = stack.settings
    token = TokenIssuer(s.jwt_secret, s.jwt_issuer, s.jwt_audience, 86400).issue(
        principal_for(role, scope)
    )
    return {"Authorization": f"Bearer {token}"}


def wait_for_schools(client: httpx.Client, stack: Stack, esa: str, sup: dict[str, str]) -> None:
    """The needs service learns the schools from the directory's events: wait until it has."""
    expected = len([s for s in SCHOOLS if s.esa == esa])
    deadline = time.monotonic() + 120
    url = f"{stack.url('needs')}/v1/esas/{esa}/schools"
    while len(client.get(url, headers=sup).json()) < expected:
        if time.monotonic() > deadline:
            raise TimeoutError("the needs service never learnt the schools")
        time.sleep(0.5)


def publish_standard_template(
    client: httpx.Client, stack: Stack, esa: str, sup: dict[str, str]
) -> str:
    base = stack.url("needs")
    standard = client.get(f"{base}/v1/needs/standard-survey", headers=sup).json()
    r = client.post(f"{base}/v1/esas/{esa}/survey-templates", json=standard, headers=sup)
    r.raise_for_status()
    return str(r.json()["template_id"])


def open_campaigns(stack: Stack, count: int, year: int = 2569, esa: str = ESA) -> list[str]:
    """`count` campaigns of the standard survey for every school of `esa`, open today."""
    sup = headers(stack, "supervisor", esa)
    today = date.today()
    ids: list[str] = []
    with httpx.Client(timeout=30) as client:
        wait_for_schools(client, stack, esa, sup)
        body = {
            "title": "แบบสำรวจความต้องการ (bench)",
            "academic_year": year,
            "opens_on": str(today - timedelta(days=1)),
            "closes_on": str(today + timedelta(days=60)),
            "target": {"kind": "all"},
            "template_id": publish_standard_template(client, stack, esa, sup),
        }
        while len(ids) < count:
            r = client.post(f"{stack.url('needs')}/v1/esas/{esa}/campaigns", json=body, headers=sup)
            if r.is_error:
                raise RuntimeError(f"campaign refused: {r.status_code} {r.text}")
            ids.append(r.json()["campaign_id"])
    return ids


def response_pairs(campaigns: list[str]) -> list[tuple[str, str]]:
    pairs = [(c, s) for c in campaigns for s in SCHOOLS_OF_ESA]
    random.Random(SEED).shuffle(pairs)
    return pairs


def answers(n: int) -> dict[str, Any]:
    """Answers to the standard survey (services/needs), varied by a fixed seed."""
    rng = random.Random(SEED + n)
    team = rng.choice(["yes", "no"])
    given = {
        "media_needed": rng.sample(["digital", "kits", "printed", "video"], 2),
        "thai_media": rng.randint(1, 5),
        "math_media": rng.randint(1, 5),
        "science_media": rng.randint(1, 5),
        "english_media": rng.randint(1, 5),
        "innovation_needed": ["coding"],
        "innovation_team": team,
        "innovation_support": ["training"],
        "devices_needed": rng.randint(0, 40),
        "internet": rng.randint(1, 5),
    }
    if team == "yes":  # a school with its own team skips the question of support
        del given["innovation_support"]
    return given


def bench_event(
    type_: str, stream: str, version: int, esa: str, data: dict[str, Any]
) -> CloudEvent:
    """A needs event as a service would emit it, for histories the benchmarks write themselves."""
    return CloudEvent(
        id=new_id(),
        source="/nithet/needs",
        type=type_,
        time=datetime.now(UTC),
        subject=stream,
        data=data,
        tenantid=esa,
        provinceid=esa.rsplit("-", 1)[0],
        streamversion=version,
        correlationid="bench",
        causationid="bench",
        actorid="bench",
        actorrole="supervisor",
    )
