"""The unified views: an ESA, a province with its ESAs, the nation with its provinces, and a
school's own figures (application.school_view).

Every registered domain section is asked for the level's headline figures; a province view
also carries each of its ESAs' figures and the national view each province's, from the same
section functions, so the breakdown and the total always come from the same documents. The
parts of a view share one SharedReads: each model is read once, and a domain's rows per ESA
(application.rollup) are computed once for the nation and summed per province.
"""

from __future__ import annotations

from typing import Any

from kit.errors import NotFound
from services.reporting.application import organisation as org
from services.reporting.application.querying import SharedReads, Store
from services.reporting.application.school_view import school_view
from services.reporting.application.sections import SECTIONS


async def sections(
    store: Store, level: str, code: str, year: int, semester: int | None
) -> dict[str, dict[str, Any]]:
    # One after the other: concurrent reads within one view stalled against FerretDB (see
    # docs/reporting.md); the parts of a view share their reads (SharedReads) instead.
    return {
        name: await section(store, level, code, year, semester)
        for name, section in SECTIONS.items()
    }


def _head(
    level: str, code: str, doc: dict[str, Any], year: int, semester: int | None
) -> dict[str, Any]:
    return {
        "level": level,
        "code": code,
        "name_th": doc.get("name_th", code),
        "name_en": doc.get("name_en", code),
        "year": year,
        "semester": semester,
    }


async def esa_view(store: Store, esa: str, year: int, semester: int | None) -> dict[str, Any]:
    store = SharedReads(store, narrowing=("cluster", "school"))
    doc = await org.esa(store, esa)
    if doc is None:
        raise NotFound("ไม่พบเขตพื้นที่การศึกษานี้", "No such ESA.")
    return _head("esa", esa, doc, year, semester) | {
        "province": doc["province"],
        "sections": await sections(store, "esa", esa, year, semester),
    }


async def province_view(
    store: Store, province: str, year: int, semester: int | None
) -> dict[str, Any]:
    doc = await org.province(store, province)
    if doc is None:
        raise NotFound("ไม่พบจังหวัดนี้", "No such province.")
    store = SharedReads(store, narrowing=("cluster", "school"))  # ESAs share province reads
    esas = sorted(await org.esas_of(store, province), key=lambda e: e["esa"])
    total = await sections(store, "province", province, year, semester)
    parts = [await sections(store, "esa", e["esa"], year, semester) for e in esas]
    return _head("province", province, doc, year, semester) | {
        "sections": total,
        "esas": [
            {"esa": e["esa"], "name_th": e.get("short_th", e["name_th"]), "sections": s}
            for e, s in zip(esas, parts, strict=True)
        ],
    }


async def nation_view(store: Store, year: int, semester: int | None) -> dict[str, Any]:
    # One read per model for the whole country; the provinces' figures are the nation's rows
    # per ESA, summed per province (application.rollup), computed once.
    shared = SharedReads(store)
    provinces = sorted(await org.provinces(shared), key=lambda p: p["province"])
    total = await sections(shared, "nation", "th", year, semester)
    parts = [await sections(shared, "province", p["province"], year, semester) for p in provinces]
    head = {"name_th": "ประเทศไทย", "name_en": "Thailand"}
    return _head("nation", "th", head, year, semester) | {
        "sections": total,
        "provinces": [
            {"province": p["province"], "name_th": p["name_th"], "sections": s}
            for p, s in zip(provinces, parts, strict=True)
        ],
    }


async def view(
    store: Store, level: str, code: str, year: int, semester: int | None
) -> dict[str, Any]:
    """The unified view of a school (its own figures), an ESA, a province or the nation."""
    if level == "school":
        return await school_view(SharedReads(store, ("cluster",)), code, year, semester)
    if level == "esa":
        return await esa_view(store, code, year, semester)
    if level == "province":
        return await province_view(store, code, year, semester)
    return await nation_view(store, year, semester)
