"""The supervision service's read models by name, and the lookups commands need from them.

The projections that build them live in services.supervision.adapters; the application only
reads them through `find(model, filter)` / `get(model, key)`.
"""

from __future__ import annotations

from typing import Any, Protocol

from kit.errors import RuleViolation

SCHOOLS = "supervision_schools"
PLANS = "supervision_plans"
VISITS = "supervision_visits"
RECORDS = "supervision_records"


class Views(Protocol):
    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]: ...

    async def get(self, model: str, key: str) -> dict[str, Any] | None: ...


async def school_in_esa(views: Views, esa: str, school: str) -> dict[str, str]:
    """school, cluster, esa, province of a school of this ESA; refused for any other school."""
    doc = await views.get(SCHOOLS, f"school:{school}")
    if doc is None or doc.get("esa") != esa:
        raise RuleViolation(
            "โรงเรียนนี้ไม่อยู่ในเขตพื้นที่การศึกษานี้",
            "This school is not in this ESA.",
            code="school_not_in_esa",
            details={"school": school},
        )
    return {k: doc[k] for k in ("school", "cluster", "esa", "province")}


async def schools_in_esa(views: Views, esa: str, schools: list[str]) -> list[dict[str, str]]:
    known = {d["school"]: d for d in await views.find(SCHOOLS, {"esa": esa, "kind": "school"})}
    unknown = sorted(set(schools) - set(known))
    if unknown:
        raise RuleViolation(
            "มีรหัสโรงเรียนที่ไม่อยู่ในเขตพื้นที่นี้",
            "Some schools are not in this ESA.",
            code="school_not_in_esa",
            details={"schools": unknown},
        )
    return [{k: known[s][k] for k in ("school", "cluster")} for s in dict.fromkeys(schools)]


async def schools_of_cluster(views: Views, esa: str, cluster: str) -> list[str]:
    docs = await views.find(SCHOOLS, {"esa": esa, "kind": "school", "cluster": cluster})
    if not docs:
        raise RuleViolation(
            "ไม่พบกลุ่มโรงเรียนนี้ในเขตพื้นที่", "No such cluster in this ESA.", code="unknown_cluster"
        )
    return sorted(d["school"] for d in docs)
