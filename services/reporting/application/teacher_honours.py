"""Teachers honoured for excellent work (sandbox manual, item 4.6), per ESA and year: honours
given, teachers honoured and their schools, and how many each honouring body gave (the ESA
director, the province's driving committee). An ESA's answer lists the honours.

A teacher counts once per ESA (by name and school), so a province is the sum of its ESAs;
honours count in the semester of the day they were given.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application.esa_records import answered, of_term
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows
from services.reporting.projections.supervision_teacher_honours import MODEL

ZERO: Doc = {
    "honours": 0,
    "teachers": 0,
    "schools": 0,
    "by_esa_director": 0,
    "by_driving_committee": 0,
}


def given(doc: Doc, semester: int | None) -> list[Doc]:
    return of_term(doc.get("honours", {}).values(), semester)


def _row(honours: list[Doc]) -> Doc:
    return {
        "honours": len(honours),
        "teachers": len({(h["teacher"], h["school"]) for h in honours}),
        "schools": len({h["school"] for h in honours}),
        "by_esa_director": sum(h["awarded_by"] == "esa_director" for h in honours),
        "by_driving_committee": sum(h["awarded_by"] == "driving_committee" for h in honours),
    }


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    docs = await r.find(MODEL, {**scope, "year": str(year)})
    return {d["esa"]: _row(given(d, semester)) for d in docs}


TEACHERS = Rollup("supervision_teacher_honours", (MODEL,), _rows)


def listed(honours: list[Doc]) -> list[Doc]:
    keep = ("school", "teacher", "title_th", "work_th", "awarded_on", "awarded_by")
    return [
        {k: h[k] for k in keep}
        for h in sorted(honours, key=lambda h: (h["awarded_on"], h["teacher"]))
    ]


async def teacher_honours(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> Doc:
    """Honours, teachers and schools honoured, per honouring body; an ESA lists them."""
    listing = ("honoured", lambda d: given(d, semester), listed)
    return await answered(store, TEACHERS, level, code, year, semester, dict, ZERO, listing)
