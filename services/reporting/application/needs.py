"""Needs queries at the three levels: response rates, schools not yet answered, and the
section of the unified view and year-end reports. Scope checks are the caller's (the routes').
"""

from __future__ import annotations

from typing import Any

from services.reporting.application import needs_rows as rows
from services.reporting.application import needs_section, rollup
from services.reporting.application.needs_labels import RESPONSE_STATUS_TH, th
from services.reporting.application.needs_production import production
from services.reporting.application.needs_ranking import needs_ranking
from services.reporting.application.needs_scope import Doc, Store, answer
from services.reporting.application.needs_service import service
from services.reporting.application.organisation import esas_of, provinces
from services.reporting.projections.needs_response import MODEL as NEEDS


def campaign_figures(doc: Doc) -> Doc:
    """rollup's figures of a campaign, plus returned responses and the schools missing."""
    figures = rollup.campaign_figures(doc)
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


def rate_totals(campaigns: list[Doc]) -> Doc:
    return {
        **rollup.totals(campaigns),
        "returned": sum(c["returned"] for c in campaigns),
        "missing": sum(len(c["missing"]) for c in campaigns),
    }


async def needs_esa(store: Store, esa: str, year: int) -> dict[str, Any]:
    docs = await store.find(NEEDS, {"esa": esa, "year": str(year)})
    campaigns = sorted((campaign_figures(d) for d in docs), key=lambda c: c["campaign_id"] or "")
    return {
        "level": "esa",
        "esa": esa,
        "year": year,
        **rate_totals(campaigns),
        "campaigns": campaigns,
    }


async def needs_province(store: Store, province: str, year: int) -> dict[str, Any]:
    docs = await store.find(NEEDS, {"province": province, "year": str(year)})
    campaigns = [campaign_figures(d) for d in docs]
    names = [e["esa"] for e in await esas_of(store, province)]
    return {
        "level": "province",
        "province": province,
        "year": year,
        **rate_totals(campaigns),
        "campaigns": len(campaigns),
        "esas": _group(campaigns, "esa", names),
    }


async def needs_nation(store: Store, year: int) -> dict[str, Any]:
    docs = await store.find(NEEDS, {"year": str(year)})
    campaigns = [campaign_figures(d) for d in docs]
    names = [p["province"] for p in await provinces(store)]
    return {
        "level": "nation",
        "year": year,
        **rate_totals(campaigns),
        "campaigns": len(campaigns),
        "provinces": _group(campaigns, "province", names),
    }


def _group(campaigns: list[Doc], key: str, names: list[str]) -> list[Doc]:
    groups: dict[str, list[Doc]] = {n: [] for n in names}
    for c in campaigns:
        groups.setdefault(c[key], []).append(c)
    return [{key: k, **rate_totals(v)} for k, v in sorted(groups.items())]


def _missing_figures(docs: list[Doc]) -> Doc:
    campaigns = [campaign_figures(d) for d in docs]
    rows = [
        {
            "campaign_id": c["campaign_id"],
            "title": c["title"],
            "closes_on": c["closes_on"],
            "closed": c["closed"],
            "schools": c["missing"],
        }
        for c in sorted(campaigns, key=lambda c: c["campaign_id"] or "")
        if c["missing"]
    ]
    return {"schools": sum(len(r["schools"]) for r in rows), "campaigns": rows}


async def non_respondents(store: Store, level: str, code: str, year: int) -> dict[str, Any]:
    """Schools not yet answered (or with a returned response not yet corrected)."""
    result = await answer(store, NEEDS, level, code, year, _missing_figures)
    if level == "nation":  # counts only: the lists live at ESA and province level
        result["campaigns"] = len(result["campaigns"])
        result["provinces"] = [
            {"province": p["province"], "schools": p["schools"], "campaigns": len(p["campaigns"])}
            for p in result["provinces"]
        ]
    return result


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


async def response_rates(store: Store, level: str, code: str, year: int) -> Doc:
    if level == "esa":
        return await needs_esa(store, code, year)
    if level == "province":
        return await needs_province(store, code, year)
    return await needs_nation(store, year)


async def section(
    store: Store, level: str, code: str, year: int, semester: int | None
) -> dict[str, Any]:
    """The needs part of the unified view and year-end reports at one level.

    The response figures and their per-cluster, per-ESA and per-province tables come from the
    compact per-ESA summaries (needs_section: fast at national scale); production, the media
    service and the ranking of needs are added, and below the nation the per-campaign rows
    (at ESA level, the schools still missing).
    """
    headline = await needs_section.section(store, level, code, year, semester)
    made = await production(store, level, code, year, semester)
    served = await service(store, level, code, year, semester)
    extra: dict[str, Any] = {
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
        "labels_th": LABELS_TH | needs_section.LABELS_TH,
    }
    if level != "nation":  # per-campaign detail; the nation reads its per-province table
        rates = await response_rates(store, level, code, year)
        extra |= {"missing": rates["missing"], "response_rows": rows.response_rows(rates)}
        if level == "esa":
            extra["missing_rows"] = rows.missing_rows(rates)
    return headline | extra
