"""The needs section of the unified views and year-end reports, at the three levels.

Figures per ESA are computed once from the per-ESA summaries of a province (or the nation),
then summed: a province is exactly the sum of its ESAs and the nation of its provinces.
Target schools and answers count in the ESA their cluster belongs to; a campaign counts in
the ESA that ran it. A campaign belongs to the semester in which it closes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from kit.auth.principal import esa_province
from kit.thai import semester as semester_of
from services.reporting.application import organisation as org
from services.reporting.application.querying import Store
from services.reporting.application.rollup import rate
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
FIGURES = ("campaigns", "targets", "responded")


def _zero() -> dict[str, Any]:
    return {"campaigns": 0, "targets": 0, "responded": 0, "clusters": defaultdict(_pair)}


def _pair() -> dict[str, int]:
    return {"targets": 0, "responded": 0}


def _in_semester(campaign: dict[str, Any], semester: int | None) -> bool:
    if semester is None:
        return True
    closes = campaign.get("closes_on")
    return bool(closes) and semester_of(date.fromisoformat(str(closes))) == semester


def _opened(doc: dict[str, Any], semester: int | None) -> list[dict[str, Any]]:
    """The summary's campaigns known to have opened, in the semester asked for."""
    return [
        c for c in doc.get("campaigns", {}).values() if "targets" in c and _in_semester(c, semester)
    ]


def esa_rows(
    docs: list[dict[str, Any]], cluster_esa: dict[str, str], semester: int | None
) -> dict[str, dict[str, Any]]:
    """Figures per ESA (and per cluster within it) from per-ESA summary documents."""
    rows: dict[str, dict[str, Any]] = defaultdict(_zero)
    for doc in docs:
        for campaign in _opened(doc, semester):
            rows[doc["esa"]]["campaigns"] += 1
            for field in ("targets", "responded"):
                for cluster, n in campaign.get(field, {}).items():
                    row = rows[cluster_esa.get(cluster, doc["esa"])]
                    row[field] += n
                    row["clusters"][cluster][field] += n
    return rows


def headline(rows: list[dict[str, Any]]) -> dict[str, Any]:
    totals = {f: sum(r[f] for r in rows) for f in FIGURES}
    return totals | {"rate": rate(totals["responded"], totals["targets"])}


def _breakdown(
    rows: dict[str, dict[str, Any]], names: dict[str, str], key: str
) -> list[dict[str, Any]]:
    codes = sorted(set(names) | set(rows))
    return [
        {key: c, "name_th": names.get(c, c), **headline([rows[c]] if c in rows else [_zero()])}
        for c in codes
    ]


def _base(level: str, code: str, year: int, semester: int | None) -> dict[str, Any]:
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


async def _province_rows(
    store: Store, province: str, year: int, semester: int | None
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    docs = await store.find(SUMMARY, {"province": province, "year": str(year)})
    clusters = await store.find(org.MODEL, {"kind": "cluster", "province": province})
    return esa_rows(docs, {c["cluster"]: c["esa"] for c in clusters}, semester), clusters


async def esa_section(store: Store, esa: str, year: int, semester: int | None) -> dict[str, Any]:
    known = await org.esa(store, esa)
    province = known["province"] if known else esa_province(esa)
    rows, clusters = await _province_rows(store, province, year, semester)
    mine = rows.get(esa, _zero())
    names = {c["cluster"]: c.get("name_th", c["cluster"]) for c in clusters}
    by_cluster = [
        {"cluster": c, "name_th": names.get(c, c), **v, "rate": rate(v["responded"], v["targets"])}
        for c, v in sorted(mine["clusters"].items())
    ]
    own = await store.get(SUMMARY, summary_key(esa, year)) or {}
    listed = [
        {
            "title": c.get("title", ""),
            "closes_on": c.get("closes_on"),
            "closed": c.get("closed", False),
            "targets": sum(c["targets"].values()),
            "responded": sum(c.get("responded", {}).values()),
        }
        for c in sorted(_opened(own, semester), key=lambda c: (str(c.get("closes_on")), c["title"]))
    ]
    for row in listed:
        row["rate"] = rate(row["responded"], row["targets"])
    return _base("esa", esa, year, semester) | {
        **headline([mine]),
        "by_cluster": by_cluster,
        "campaign_list": listed,
    }


async def province_section(
    store: Store, province: str, year: int, semester: int | None
) -> dict[str, Any]:
    rows, _ = await _province_rows(store, province, year, semester)
    names = {e["esa"]: e.get("short_th", e["esa"]) for e in await org.esas_of(store, province)}
    by_esa = _breakdown(rows, names, "esa")
    return _base("province", province, year, semester) | {**headline(by_esa), "by_esa": by_esa}


async def nation_section(store: Store, year: int, semester: int | None) -> dict[str, Any]:
    docs = await store.find(SUMMARY, {"year": str(year)})
    cluster_esa = await org.cluster_esas(store)
    rows = esa_rows(docs, cluster_esa, semester)
    esas = {e["esa"]: e["province"] for e in await store.find(org.MODEL, {"kind": "esa"})}
    per_province: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for esa, row in rows.items():
        per_province[esas.get(esa, esa_province(esa))].append(row)
    totals = {p: headline(r) | {"clusters": {}} for p, r in per_province.items()}
    names = {p["province"]: p.get("name_th", p["province"]) for p in await org.provinces(store)}
    by_province = _breakdown(totals, names, "province")
    return _base("nation", "th", year, semester) | {
        **headline(by_province),
        "by_province": by_province,
    }


async def section(
    store: Store, level: str, code: str, year: int, semester: int | None
) -> dict[str, Any]:
    """The needs headline figures of one ESA, province or the nation."""
    if level == "esa":
        return await esa_section(store, code, year, semester)
    if level == "province":
        return await province_section(store, code, year, semester)
    return await nation_section(store, year, semester)
