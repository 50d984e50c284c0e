"""A school's own supervision figures: its visits (how, and the last one), the action items
agreed at them (done, overdue), its classroom observations by level, its 4Q agreement and
evaluation, its SAR, and the trainings and partner cooperations of its ESA that reached it."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from services.reporting.application.querying import Doc, Store
from services.reporting.application.supervision_figures import LEVELS, LEVELS_TH
from services.reporting.application.training import held
from services.reporting.projections.supervision_coverage import MODEL as COVERAGE
from services.reporting.projections.supervision_partnerships import MODEL as PARTNERSHIPS
from services.reporting.projections.supervision_school_year import MODEL as SCHOOL_YEAR
from services.reporting.projections.supervision_training import MODEL as TRAINING
from services.reporting.projections.supervision_visits import MODEL as VISITS

SAR_TH = {
    "received": "ส่งแล้ว รอการพิจารณา",
    "returned": "ส่งกลับให้แก้ไข",
    "accepted": "ผ่านการพิจารณา",
    "missing": "ยังไม่ส่ง",
}


def _term(year: int, semester: int | None) -> dict[str, str]:
    return {"year": str(year)} | ({"semester": str(semester)} if semester else {})


async def _visits(store: Store, place: Doc, year: int, semester: int | None) -> Doc:
    where = {"school": place["school"], **_term(year, semester)}
    counted = await store.find(COVERAGE, {"kind": "visits", "esa": place["esa"], **where})
    facts = await store.find(VISITS, {"esa": place["esa"], **where})
    modes: Counter[str] = Counter()
    for doc in counted:
        modes.update(doc.get("modes", {}))
    items = [i for v in facts for i in v.get("items", {}).values()]
    seen = Counter(o["overall"] for v in facts for o in v.get("observations", {}).values())
    return {
        "visits": sum(d.get("visits", 0) for d in counted),
        "visits_by_mode": dict(sorted(modes.items())),
        "last_visit_on": place.get("last_visit_on"),
        "action_items": len(items),
        "action_items_done": sum(bool(i.get("done")) for i in items),
        "action_items_overdue": sum(bool(i.get("overdue")) and not i.get("done") for i in items),
        "observations": sum(seen.values()),
        "observation_levels": [
            {"level": lv, "level_th": LEVELS_TH[lv], "count": seen[lv]} for lv in LEVELS
        ],
    }


async def _school_year(store: Store, place: Doc, year: int) -> Doc:
    quality = await store.get(SCHOOL_YEAR, f"quality:{place['school']}:{year}") or {}
    sar = await store.get(SCHOOL_YEAR, f"sar:{place['school']}:{year}") or {}
    status = sar.get("status", "missing")
    return {
        "quality_agreement": "targets" in quality,
        "quality_overall": quality.get("overall"),
        "quality_targets_met": sum(quality.get("targets_met", {}).values()),
        "quality_honours": list(quality.get("honours", [])),
        "sar_status": status,
        "sar_status_th": SAR_TH.get(status, status),
    }


async def _records(store: Store, place: Doc, year: int, semester: int | None) -> Doc:
    school, flt = place["school"], {"esa": place["esa"], "year": str(year)}
    trainings = [
        t
        for d in await store.find(TRAINING, flt)
        for t in held(d, semester)
        if school in t.get("schools", {})
    ]
    cooperations = [
        r
        for d in await store.find(PARTNERSHIPS, flt)
        for r in d.get("records", {}).values()
        if school in r.get("schools", []) and (semester is None or r.get("semester") == semester)
    ]
    return {
        "trainings_attended": len(trainings),
        "staff_trained": sum(t["schools"][school] for t in trainings),
        "partner_cooperations": len(cooperations),
        "partners": sorted({r["partner"] for r in cooperations}),
    }


async def section(
    store: Store, place: Doc, year: int, semester: int | None, now: datetime
) -> dict[str, Any]:
    return {
        "title_th": "การนิเทศ ติดตาม และประเมินผลการจัดการศึกษา",
        "title_en": "Supervision, follow-up and evaluation",
        **await _visits(store, place, year, semester),
        **await _school_year(store, place, year),
        **await _records(store, place, year, semester),
    }
