"""The benchmark workload: needs-survey responses from the demo schools, fixed seed.

Campaigns are opened in loei-3 for every school of the ESA (17), so each (campaign, school)
pair is its own response stream; every command of the load goes to a different stream.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from typing import Any

import httpx

from bench.stack import Stack
from kit.auth.tokens import TokenIssuer
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


def open_campaigns(stack: Stack, count: int, year: int = 2569) -> list[str]:
    sup = headers(stack, "supervisor", ESA)
    today = date.today()
    body = {
        "title": "แบบสำรวจความต้องการ (bench)",
        "academic_year": year,
        "opens_on": str(today - timedelta(days=1)),
        "closes_on": str(today + timedelta(days=60)),
        "target": {"kind": "all"},
    }
    ids: list[str] = []
    deadline = time.monotonic() + 120
    with httpx.Client(timeout=30) as client:
        while len(ids) < count:
            r = client.post(f"{stack.url('needs')}/v1/esas/{ESA}/campaigns", json=body, headers=sup)
            if r.status_code == 422 and not ids and time.monotonic() < deadline:
                time.sleep(0.5)  # the needs service has not yet read the directory's schools
                continue
            r.raise_for_status()
            ids.append(r.json()["campaign_id"])
    return ids


def response_pairs(campaigns: list[str]) -> list[tuple[str, str]]:
    pairs = [(c, s) for c in campaigns for s in SCHOOLS_OF_ESA]
    random.Random(SEED).shuffle(pairs)
    return pairs


def answers(n: int) -> dict[str, Any]:
    rng = random.Random(SEED + n)
    return {
        "media": rng.choice(["สื่อดิจิทัล", "ใบงาน", "แท็บเล็ต", "ชุดทดลอง"]),
        "priority": rng.randint(1, 5),
        "note": "ต้องการอบรมการใช้สื่อ",
    }
