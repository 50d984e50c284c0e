"""A school's own needs figures: the surveys it was asked to answer and whether it did, its
media and innovation productions by quality level, and its requests to the media service."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from kit.thai import semester as semester_of
from services.reporting.application.attribution import BANGKOK
from services.reporting.application.needs_labels import LEVEL_TH, RESPONSE_STATUS_TH
from services.reporting.application.needs_service import OPEN
from services.reporting.application.querying import Doc, Store
from services.reporting.projections.needs_production import MODEL as PRODUCTION
from services.reporting.projections.needs_response import MODEL as RESPONSES
from services.reporting.projections.needs_service import MODEL as SERVICE

STATUS_TH = {"answered": "ตอบแล้ว", **RESPONSE_STATUS_TH}


def _status(campaign: Doc, school: str) -> str:
    if school in campaign.get("returned", {}):
        return "returned"
    return "answered" if school in campaign.get("responded", {}) else "not_answered"


def _in_term(day: str | None, semester: int | None) -> bool:
    return semester is None or (bool(day) and semester_of(date.fromisoformat(str(day))) == semester)


async def _surveys(store: Store, place: Doc, year: int, semester: int | None) -> list[Doc]:
    school, flt = place["school"], {"esa": place["esa"], "year": str(year)}
    asked = [
        c
        for c in await store.find(RESPONSES, flt)
        if school in c.get("targets", {}) and _in_term(c.get("closes_on"), semester)
    ]
    return [
        {
            "title": c.get("title", ""),
            "closes_on": c.get("closes_on"),
            "closed": c.get("closed", False),
            "status": _status(c, school),
            "status_th": STATUS_TH[_status(c, school)],
        }
        for c in sorted(asked, key=lambda c: (str(c.get("closes_on")), c.get("title", "")))
    ]


async def _own(store: Store, model: str, field: str, place: Doc, year: int) -> list[Doc]:
    docs = await store.find(model, {"esa": place["esa"], "year": str(year)})
    return [
        r for d in docs for r in d.get(field, {}).values() if r.get("school") == place["school"]
    ]


async def section(store: Store, place: Doc, year: int, semester: int | None, now: datetime) -> Doc:
    today = now.astimezone(BANGKOK).date()
    surveys = await _surveys(store, place, year, semester)
    made = [
        r
        for r in await _own(store, PRODUCTION, "records", place, year)
        if semester is None or r.get("semester") == semester
    ]
    levels = Counter(r["level"] for r in made if r.get("level"))
    asked = [
        r
        for r in await _own(store, SERVICE, "requests", place, year)
        if semester is None or r.get("semester") == semester
    ]
    return {
        "title_th": "งานส่งเสริมและพัฒนาสื่อ นวัตกรรมและเทคโนโลยีทางการศึกษา",
        "title_en": "Media, innovation and educational technology",
        "surveys": len(surveys),
        "surveys_answered": sum(s["status"] == "answered" for s in surveys),
        "survey_list": surveys,
        "productions": len(made),
        "productions_evaluated": sum(levels.values()),
        "productions_by_level": [
            {"level": k, "level_th": v, "count": levels.get(k, 0)} for k, v in LEVEL_TH.items()
        ],
        "service_requests": len(asked),
        "service_open": sum(r["status"] in OPEN for r in asked),
        "service_overdue": sum(
            r["status"] in OPEN and r.get("due_on", "9999") < today.isoformat() for r in asked
        ),
        "service_fulfilled": sum(r["status"] == "fulfilled" for r in asked),
    }
