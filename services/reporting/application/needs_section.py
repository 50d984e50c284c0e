"""The needs section of the unified views and year-end reports: target schools and answers.

Figures per ESA come from the per-ESA summaries of a province (or the nation), then are
summed: a province is exactly the sum of its ESAs and the nation of its provinces. Target
schools and answers count in the ESA their cluster belongs to; a campaign counts in the ESA
that ran it. A campaign belongs to the semester in which it closes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kit.auth.principal import esa_province
from kit.thai import semester as semester_of
from services.reporting.application import organisation as org
from services.reporting.application.breakdown import grouped
from services.reporting.application.querying import Doc, Reads, Store, reads
from services.reporting.application.rollup import Rollup, Rows, add, rate, summed
from services.reporting.projections.needs_summary import MODEL as SUMMARY
from services.reporting.projections.needs_summary import summary_key

TITLE_TH = "การศึกษาความต้องการใช้สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา"
TITLE_EN = "Needs for teaching media, innovation and educational technology"
LABELS_TH = {
    "campaigns": "จำนวนการสำรวจ",
    "targets": "โรงเรียนเป้าหมาย",
    "responded": "โรงเรียนที่ตอบแล้ว",
    "rate": "อัตราการตอบ",
    "by_esa": "แยกตามเขตพื้นที่การศึกษา",
    "by_province": "แยกตามจังหวัด",
    "by_cluster": "แยกตามกลุ่มโรงเรียน",
    "campaign_list": "การสำรวจของเขตพื้นที่",
    "esa": "เขตพื้นที่การศึกษา",
    "province": "จังหวัด",
    "cluster": "กลุ่มโรงเรียน",
    "name_th": "ชื่อ",
    "title": "ชื่อการสำรวจ",
    "closes_on": "วันปิดรับคำตอบ",
    "closed": "ปิดการสำรวจแล้ว",
}
ZERO: Doc = {"campaigns": 0, "targets": 0, "responded": 0, "clusters": {}}
CLUSTER_FIELDS = ("cluster", "esa", "name_th")


def _in_semester(campaign: Doc, semester: int | None) -> bool:
    if semester is None:
        return True
    closes = campaign.get("closes_on")
    return bool(closes) and semester_of(date.fromisoformat(str(closes))) == semester


def _opened(doc: Doc, semester: int | None) -> list[Doc]:
    """The summary's campaigns known to have opened, in the semester asked for."""
    return [
        c for c in doc.get("campaigns", {}).values() if "targets" in c and _in_semester(c, semester)
    ]


def esa_rows(docs: list[Doc], cluster_esa: dict[str, str], semester: int | None) -> Rows:
    """Figures per ESA (and per cluster within it) from per-ESA summary documents."""
    rows: Rows = {}
    for doc in docs:
        for campaign in _opened(doc, semester):
            rows[doc["esa"]] = add(rows.get(doc["esa"]), {**ZERO, "campaigns": 1})
            for field in ("targets", "responded"):
                for cluster, n in campaign.get(field, {}).items():
                    esa: str = cluster_esa.get(cluster) or doc["esa"]
                    part = {field: n, "clusters": {cluster: {field: n}}}
                    rows[esa] = add(rows.get(esa), part)
    return rows


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    docs = await r.find(SUMMARY, {**scope, "year": str(year)}, ("esa", "campaigns"))
    clusters = await r.find(org.MODEL, {"kind": "cluster", **scope}, CLUSTER_FIELDS)
    return esa_rows(docs, {c["cluster"]: c["esa"] for c in clusters}, semester)


RESPONSES = Rollup("needs_responses", (SUMMARY, org.MODEL), _rows)


def headline(row: Doc) -> Doc:
    totals = {f: row.get(f, 0) for f in ("campaigns", "targets", "responded")}
    return totals | {"rate": rate(totals["responded"], totals["targets"])}


def _base(level: str, code: str, year: int, semester: int | None) -> Doc:
    return {
        "domain": "needs",
        "title_th": TITLE_TH,
        "title_en": TITLE_EN,
        "sheet_th": "ความต้องการสื่อ นวัตกรรม",
        "labels_th": LABELS_TH,
        "level": level,
        "code": code,
        "year": year,
        "semester": semester,
    }


def _campaign_list(summary: Doc, semester: int | None) -> list[Doc]:
    listed = [
        {
            "title": c.get("title", ""),
            "closes_on": c.get("closes_on"),
            "closed": c.get("closed", False),
            "targets": sum(c["targets"].values()),
            "responded": sum(c.get("responded", {}).values()),
        }
        for c in sorted(_opened(summary, semester), key=lambda c: (str(c["closes_on"]), c["title"]))
    ]
    return [row | {"rate": rate(row["responded"], row["targets"])} for row in listed]


async def esa_section(store: Store, esa: str, year: int, semester: int | None) -> Doc:
    known = await org.esa(store, esa)
    province = known["province"] if known else esa_province(esa)
    rows = await RESPONSES.rows(store, {"province": province}, year, semester)
    mine = rows.get(esa, ZERO)
    where = {"kind": "cluster", "province": province}
    clusters = await reads(store).find(org.MODEL, where, CLUSTER_FIELDS)
    names = {c["cluster"]: c.get("name_th", c["cluster"]) for c in clusters}
    by_cluster = [
        {"cluster": c, "name_th": names.get(c, c), **_pair(v)}
        for c, v in sorted(mine["clusters"].items())
    ]
    own = await store.get(SUMMARY, summary_key(esa, year)) or {}
    return _base("esa", esa, year, semester) | {
        **headline(mine),
        "by_cluster": by_cluster,
        "campaign_list": _campaign_list(own, semester),
    }


def _pair(counts: Doc) -> Doc:
    targets, responded = counts.get("targets", 0), counts.get("responded", 0)
    return {"targets": targets, "responded": responded, "rate": rate(responded, targets)}


def _breakdown(groups: dict[str, list[Doc]], names: dict[str, str], key: str) -> list[Doc]:
    return [
        {key: c, "name_th": names.get(c, c), **headline(summed(rows, ZERO))}
        for c, rows in groups.items()
    ]


async def province_section(store: Store, province: str, year: int, semester: int | None) -> Doc:
    rows = await RESPONSES.rows(store, {"province": province}, year, semester)
    names = {e["esa"]: e.get("short_th", e["esa"]) for e in await org.esas_of(store, province)}
    by_esa = _breakdown(grouped(rows, "esa", list(names)), names, "esa")
    return _base("province", province, year, semester) | {
        **headline(summed(rows.values(), ZERO)),
        "by_esa": by_esa,
    }


async def nation_section(store: Store, year: int, semester: int | None) -> Doc:
    rows = await RESPONSES.rows(store, {}, year, semester)
    names = {p["province"]: p.get("name_th", p["province"]) for p in await org.provinces(store)}
    by_province = _breakdown(grouped(rows, "province", list(names)), names, "province")
    return _base("nation", "th", year, semester) | {
        **headline(summed(rows.values(), ZERO)),
        "by_province": by_province,
    }


async def section(store: Store, level: str, code: str, year: int, semester: int | None) -> Doc:
    """The needs headline figures of one ESA, province or the nation."""
    if level == "esa":
        return await esa_section(store, code, year, semester)
    if level == "province":
        return await province_section(store, code, year, semester)
    return await nation_section(store, year, semester)
