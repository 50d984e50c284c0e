"""Needs queries at the three levels: response rates, schools not yet answered, and the
section of the unified view and year-end reports. Who may read them is the routes' concern.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application import needs_rows as rows
from services.reporting.application import needs_section
from services.reporting.application.breakdown import answer
from services.reporting.application.needs_campaigns import campaign_figures, totals
from services.reporting.application.needs_labels import RESPONSE_STATUS_TH, th
from services.reporting.application.needs_production import production
from services.reporting.application.needs_ranking import needs_ranking
from services.reporting.application.needs_service import service
from services.reporting.application.needs_steps_section import LABELS_TH as STEPS_TH
from services.reporting.application.needs_steps_section import steps_section
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows, add, rate
from services.reporting.projections.needs_response import MODEL as NEEDS


def campaign_detail(doc: Doc) -> Doc:
    """A campaign's figures, plus returned responses and the schools missing."""
    figures = campaign_figures(doc)
    returned = sorted(s for s in doc.get("returned", {}) if s in doc.get("targets", {}))
    figures["returned"] = len(returned)
    figures["missing"] = _missing(doc, figures["not_responded"], returned)
    figures["versions"] = _version_counts(doc)
    return figures


def _missing(doc: Doc, not_responded: list[str], returned: list[str]) -> list[Doc]:
    status = {s: "not_answered" for s in not_responded} | {s: "returned" for s in returned}
    return [
        {
            "school": s,
            "name_th": doc.get("names", {}).get(s, ""),
            "cluster": doc.get("targets", {}).get(s, ""),
            "status": st,
            "status_th": th(RESPONSE_STATUS_TH, st),
        }
        for s, st in sorted(status.items())
    ]


def _version_counts(doc: Doc) -> list[Doc]:
    counts: dict[int, int] = {}
    for version in doc.get("versions", {}).values():
        counts[version] = counts.get(version, 0) + 1
    return [{"template_version": v, "responses": n} for v, n in sorted(counts.items())]


def _counts(doc: Doc) -> Doc:
    """A campaign's counts: targets, answers, returned responses, schools missing."""
    targets = doc.get("targets", {})
    answered = {s for s in doc.get("responded", {}) if s in targets}
    returned = {s for s in doc.get("returned", {}) if s in targets}
    missing = (set(targets) - answered) | returned
    return {
        "campaigns": 1,
        "targets": len(targets),
        "responded": len(answered),
        "returned": len(returned),
        "missing": len(missing),
    }


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    rows: Rows = {}
    fields = ("esa", "targets", "responded", "returned")
    for doc in await r.find(NEEDS, {**scope, "year": str(year)}, fields):
        rows[doc["esa"]] = add(rows.get(doc["esa"]), _counts(doc))
    return rows


CAMPAIGNS = Rollup("needs_campaigns", (NEEDS,), _rows)
ZERO: Doc = {"campaigns": 0, "targets": 0, "responded": 0, "returned": 0, "missing": 0}


def rate_figures(row: Doc) -> Doc:
    return {
        "targets": row["targets"],
        "responded": row["responded"],
        "rate": rate(row["responded"], row["targets"]),
        "campaigns": row["campaigns"],
        "returned": row["returned"],
        "missing": row["missing"],
    }


async def needs_esa(store: Store, esa: str, year: int) -> dict[str, Any]:
    docs = await store.find(NEEDS, {"esa": esa, "year": str(year)})
    campaigns = sorted((campaign_detail(d) for d in docs), key=lambda c: c["campaign_id"] or "")
    return {
        "level": "esa",
        "esa": esa,
        "year": year,
        **totals(campaigns),
        "returned": sum(c["returned"] for c in campaigns),
        "missing": sum(len(c["missing"]) for c in campaigns),
        "campaigns": campaigns,
    }


async def needs_province(store: Store, province: str, year: int) -> dict[str, Any]:
    found = await answer(store, CAMPAIGNS, "province", province, year, (), rate_figures, ZERO)
    return {"level": "province", "province": province, "year": year} | _without_code(found)


async def needs_nation(store: Store, year: int) -> dict[str, Any]:
    found = await answer(store, CAMPAIGNS, "nation", "th", year, (), rate_figures, ZERO)
    return {"level": "nation", "year": year} | _without_code(found)


def _without_code(found: Doc) -> Doc:
    return {k: v for k, v in found.items() if k not in ("level", "code", "year")}


async def response_rates(store: Store, level: str, code: str, year: int) -> Doc:
    if level == "esa":
        return await needs_esa(store, code, year)
    if level == "province":
        return await needs_province(store, code, year)
    return await needs_nation(store, year)


TITLE_TH = "งานส่งเสริมและพัฒนาสื่อ นวัตกรรมและเทคโนโลยีทางการศึกษา"
LABELS_TH = {
    "campaigns": "จำนวนการสำรวจความต้องการ",
    "targets": "โรงเรียนเป้าหมาย",
    "responded": "โรงเรียนที่ตอบแล้ว",
    "rate": "อัตราการตอบ (สัดส่วน)",
    "missing": "โรงเรียนที่ยังไม่ตอบหรือยังไม่ส่งคำตอบที่แก้ไข",
    "productions": "ผลงานสื่อและนวัตกรรมที่ลงทะเบียน",
    "productions_evaluated": "ผลงานที่ประเมินแล้ว",
    "service_requests": "คำขอรับบริการสื่อ",
    "service_open": "คำขอที่อยู่ระหว่างดำเนินการ",
    "service_overdue": "คำขอที่เกินกำหนด",
    "service_fulfilled": "คำขอที่ให้บริการแล้ว",
    "satisfaction_mean": "ความพึงพอใจเฉลี่ย (เต็ม 5)",
    "improvements": "การปรับปรุงระบบบริการ",
    "response_rows": "อัตราการตอบแบบสำรวจ",
    "missing_rows": "โรงเรียนที่ยังไม่ตอบแบบสำรวจ",
    "need_rows": "ความต้องการเรียงตามลำดับ",
    "production_rows": "ผลงานสื่อและนวัตกรรมตามระดับคุณภาพ",
    "service_rows": "การให้บริการสื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา",
}


async def section(store: Store, level: str, code: str, year: int, semester: int | None) -> Doc:
    """The needs part of the unified view and year-end reports at one level.

    The response figures and their per-cluster, per-ESA and per-province tables come from the
    compact per-ESA summaries (needs_section); production, the media service and the ranking
    of needs are added, and below the nation the response rows (at ESA level per campaign,
    with the schools still missing; at province level per ESA).
    """
    headline = await needs_section.section(store, level, code, year, semester)
    made = await production(store, level, code, year, semester)
    served = await service(store, level, code, year, semester)
    extra: Doc = {
        "title_th": TITLE_TH,
        "title_en": "Media, innovation and educational technology",
        "productions": made["registered"],
        "productions_evaluated": made["evaluated"],
        "service_requests": served["requests"],
        "service_open": served["open"],
        "service_overdue": served["overdue"],
        "service_fulfilled": served["fulfilled"],
        "satisfaction_mean": served["satisfaction_mean"],
        "improvements": served["improvements"],
        "need_rows": rows.need_rows(await needs_ranking(store, level, code, year)),
        "production_rows": rows.production_rows(made),
        "service_rows": rows.service_rows(served),
        "labels_th": LABELS_TH | needs_section.LABELS_TH | STEPS_TH,
    }
    extra |= await steps_section(store, level, code, year, semester)
    if level != "nation":
        rates = await response_rates(store, level, code, year)
        extra |= {"missing": rates["missing"], "response_rows": rows.response_rows(rates)}
        if level == "esa":
            extra["missing_rows"] = rows.missing_rows(rates)
    return headline | extra
