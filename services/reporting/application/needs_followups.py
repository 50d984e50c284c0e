"""Follow-ups of the schools' use of media (needs step 5, form 5) at the three levels:
follow-ups, schools followed, quality levels, modes, and what was found of the media and
services named (in use, partly used, not used).

Per ESA, in the semester asked for (all year when none); `schools_followed` counts a school
once however many follow-ups it had; the share in use is taken from the sums at every level.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application.breakdown import answer
from services.reporting.application.needs_labels import LEVEL_TH
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows, fresh, rate
from services.reporting.projections.needs_media_followups import MODEL

MODE_TH = {"on_site": "นิเทศ ณ สถานศึกษา", "online": "นิเทศออนไลน์"}
USE_TH = {
    "in_use": "นำไปใช้ในการจัดการเรียนรู้แล้ว",
    "partly": "ใช้บางส่วน",
    "not_used": "ยังไม่ได้นำไปใช้",
}
ZERO: Doc = {
    "followups": 0,
    "schools": {},
    "levels": dict.fromkeys(LEVEL_TH, 0),
    "modes": dict.fromkeys(MODE_TH, 0),
    "uses": dict.fromkeys(USE_TH, 0),
}


def _counted(row: Doc, followup: Doc) -> None:
    row["followups"] += 1
    row["schools"][followup["school"]] = 1
    row["levels"][followup["level"]] = row["levels"].get(followup["level"], 0) + 1
    row["modes"][followup["mode"]] = row["modes"].get(followup["mode"], 0) + 1
    for use, n in followup.get("uses", {}).items():
        row["uses"][use] = row["uses"].get(use, 0) + n


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    rows: Rows = {}
    for doc in await r.find(MODEL, {**scope, "year": str(year)}, ("esa", "followups")):
        row = rows.setdefault(doc["esa"], fresh(ZERO))
        for followup in doc.get("followups", {}).values():
            if semester in (None, followup.get("semester")):
                _counted(row, followup)
    return rows


FOLLOWUPS = Rollup("needs_media_followups", (MODEL,), _rows)


def figures(row: Doc) -> Doc:
    uses = row["uses"]
    return {
        "followups": row["followups"],
        "schools_followed": len(row["schools"]),
        "uses_found": sum(uses.values()),
        "in_use_rate": rate(uses.get("in_use", 0), sum(uses.values())),
        "by_level": [
            {"level": k, "level_th": v, "count": row["levels"].get(k, 0)}
            for k, v in LEVEL_TH.items()
        ],
        "by_mode": [
            {"mode": k, "mode_th": v, "count": row["modes"].get(k, 0)} for k, v in MODE_TH.items()
        ],
        "by_use": [{"use": k, "use_th": v, "count": uses.get(k, 0)} for k, v in USE_TH.items()],
    }


async def followups(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> dict[str, Any]:
    return await answer(
        store, FOLLOWUPS, level, code, year, (semester,), figures, ZERO, semester=semester
    )
