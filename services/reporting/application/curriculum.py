"""Curriculum queries at the three levels, and the curriculum section of the unified view and
year-end reports. Scope checks are the caller's (the routes').

Only `store.find` and `store.get` are used, so an in-memory stand-in answers "as of" views.
Provinces and the nation are computed from the same case and assessment documents as their
ESAs, so every level adds up. `now` is the moment time-in-stage and overdue are measured at.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from services.reporting.application import curriculum_figures as fig
from services.reporting.application import curriculum_practice as practice
from services.reporting.application import curriculum_practice_tables as practice_tables
from services.reporting.application import curriculum_tables as tables
from services.reporting.application.organisation import esas_of, provinces
from services.reporting.projections.curriculum_assessments import MODEL as ASSESSMENTS
from services.reporting.projections.curriculum_pipeline import MODEL as PIPELINE


def _moment(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


async def pipeline_esa(
    store: Any, esa: str, year: int, now: datetime | None = None
) -> dict[str, Any]:
    docs = await store.find(PIPELINE, {"esa": esa, "year": str(year)})
    return {"level": "esa", "esa": esa, "year": year, **fig.pipeline_figures(docs, _moment(now))}


async def pipeline_province(
    store: Any, province: str, year: int, now: datetime | None = None
) -> dict[str, Any]:
    at = _moment(now)
    docs = await store.find(PIPELINE, {"province": province, "year": str(year)})
    names = [e["esa"] for e in await esas_of(store, province)]
    esas = [
        {"esa": esa, **fig.headline(group, at)}
        for esa, group in fig.group(docs, "esa", names).items()
    ]
    return {
        "level": "province",
        "province": province,
        "year": year,
        **fig.pipeline_figures(docs, at),
        "esas": esas,
    }


async def pipeline_nation(store: Any, year: int, now: datetime | None = None) -> dict[str, Any]:
    at = _moment(now)
    docs = await store.find(PIPELINE, {"year": str(year)})
    names = [p["province"] for p in await provinces(store)]
    per_province = fig.group(docs, "province", names)
    return {
        "level": "nation",
        "year": year,
        **fig.pipeline_figures(docs, at),
        "provinces": [{"province": p, **fig.headline(g, at)} for p, g in per_province.items()],
    }


def _semester_filter(flt: dict[str, Any], year: int, semester: int) -> dict[str, Any]:
    return flt | {"year": str(year), "semester": str(semester)}


async def assessments_esa(store: Any, esa: str, year: int, semester: int) -> dict[str, Any]:
    docs = await store.find(ASSESSMENTS, _semester_filter({"esa": esa}, year, semester))
    schools = [
        {
            k: d.get(k)
            for k in ("school", "cluster", "learners", "levels", "revision", "reported_at")
        }
        for d in sorted(docs, key=lambda d: d["school"])
    ]
    return {
        "level": "esa",
        "esa": esa,
        "year": year,
        "semester": semester,
        **fig.assessment_figures(docs),
        "schools": schools,
    }


async def assessments_province(
    store: Any, province: str, year: int, semester: int
) -> dict[str, Any]:
    docs = await store.find(ASSESSMENTS, _semester_filter({"province": province}, year, semester))
    names = [e["esa"] for e in await esas_of(store, province)]
    return {
        "level": "province",
        "province": province,
        "year": year,
        "semester": semester,
        **fig.assessment_figures(docs),
        "esas": [
            {"esa": k, **fig.assessment_figures(g)}
            for k, g in fig.group(docs, "esa", names).items()
        ],
    }


async def assessments_nation(store: Any, year: int, semester: int) -> dict[str, Any]:
    docs = await store.find(ASSESSMENTS, _semester_filter({}, year, semester))
    names = [p["province"] for p in await provinces(store)]
    per_province = fig.group(docs, "province", names)
    return {
        "level": "nation",
        "year": year,
        "semester": semester,
        **fig.assessment_figures(docs),
        "provinces": [
            {"province": k, **fig.assessment_figures(g)} for k, g in per_province.items()
        ],
    }


async def section(
    store: Any,
    level: str,
    code: str,
    year: int,
    semester: int | None,
    *,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The curriculum headline figures and Thai tables of one level (esa, province, nation)."""
    at = _moment(now)
    pipe = await pipeline(store, level, code, year, at)
    semesters = [semester] if semester else [1, 2]
    assessed = [await assessments(store, level, code, year, s) for s in semesters]
    figures = {k: pipe[k] for k in fig.HEADLINE}
    figures["schools_reported_assessments"] = max(
        (a["schools_reported"] for a in assessed), default=0
    )
    practiced = await practice.practice(store, level, code, year, semester)
    figures |= {k: practiced[k] for k in practice.HEADLINE}
    return {
        "domain": "curriculum",
        "title_th": "หลักสูตรสถานศึกษาฐานสมรรถนะ",
        "title_en": "Competency-based school curricula",
        "level": level,
        "code": code,
        "year": year,
        "semester": semester,
        "figures": figures,
        "labels_th": practice_tables.LABELS_TH,
        "tables": tables.section_tables(pipe, assessed)
        + practice_tables.practice_tables(practiced),
    }


async def pipeline(
    store: Any, level: str, code: str, year: int, now: datetime | None = None
) -> dict[str, Any]:
    """The pipeline of one level (esa, province, nation), for the routes."""
    if level == "esa":
        return await pipeline_esa(store, code, year, now)
    if level == "province":
        return await pipeline_province(store, code, year, now)
    return await pipeline_nation(store, year, now)


async def assessments(
    store: Any, level: str, code: str, year: int, semester: int
) -> dict[str, Any]:
    """The assessments of one level (esa, province, nation) and semester, for the routes."""
    if level == "esa":
        return await assessments_esa(store, code, year, semester)
    if level == "province":
        return await assessments_province(store, code, year, semester)
    return await assessments_nation(store, year, semester)
