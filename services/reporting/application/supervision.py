"""Supervision reporting queries: each view for an ESA, a province (per ESA) and the nation
(per province), and the supervision section of the unified view and year-end reports.

Views: coverage, follow-ups, observations, quality, sar (see supervision_levels). The section's
Thai row labels are documented in docs/supervision.md. Scope checks are the routes'.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from services.reporting.application import supervision_levels as levels
from services.reporting.application.organisation import esas_of, provinces


async def supervision_esa(
    store: Any, view: str, esa: str, year: int, semester: int | None, today: date | None = None
) -> dict[str, Any]:
    return await levels.answer(store, view, "esa", esa, year, semester, today, None)


async def supervision_province(
    store: Any, view: str, province: str, year: int, semester: int | None, today: date | None = None
) -> dict[str, Any]:
    async def names() -> list[str]:
        return [e["esa"] for e in await esas_of(store, province)]

    return await levels.answer(
        store, view, "province", province, year, semester, today, ("esa", names)
    )


async def supervision_nation(
    store: Any, view: str, year: int, semester: int | None, today: date | None = None
) -> dict[str, Any]:
    async def names() -> list[str]:
        return [p["province"] for p in await provinces(store)]

    return await levels.answer(
        store, view, "nation", "th", year, semester, today, ("province", names)
    )


TITLE_TH = "การนิเทศ ติดตาม และประเมินผลการจัดการศึกษา"
HEADLINES = (  # (view, figure, Thai label)
    ("coverage", "schools", "จำนวนโรงเรียน"),
    ("coverage", "visited", "โรงเรียนที่ได้รับการนิเทศ"),
    ("coverage", "not_visited", "โรงเรียนที่ยังไม่ได้รับการนิเทศ"),
    ("coverage", "not_visited_in_30_days", "โรงเรียนที่ไม่ได้รับการนิเทศในรอบ 30 วัน"),
    ("coverage", "visits", "จำนวนครั้งการนิเทศ"),
    ("observations", "observations", "จำนวนการสังเกตการสอนในชั้นเรียน"),
    ("follow-ups", "action_items", "ข้อตกลงที่ต้องติดตาม"),
    ("follow-ups", "overdue", "ข้อตกลงที่เกินกำหนด"),
    ("quality", "evaluated", "โรงเรียนที่ประเมินคุณภาพ 4Q แล้ว"),
    ("quality", "mean_overall", "คะแนนคุณภาพ 4Q เฉลี่ย"),
    ("sar", "accepted", "รายงาน SAR ที่ผ่านการพิจารณา"),
    ("sar", "completeness", "ความครบถ้วนของรายงาน SAR"),
)


async def section(
    store: Any, level: str, code: str, year: int, semester: int | None, today: date | None = None
) -> dict[str, Any]:
    """Headline figures of an ESA, a province or the nation ("th")."""
    answers = {}
    for view in levels.VIEWS:
        if level == "esa":
            answers[view] = await supervision_esa(store, view, code, year, semester, today)
        elif level == "province":
            answers[view] = await supervision_province(store, view, code, year, semester, today)
        else:
            answers[view] = await supervision_nation(store, view, year, semester, today)
    figures = {f"{view}.{name}": answers[view][name] for view, name, _ in HEADLINES}
    rows = [{"หัวข้อ": label, "จำนวน": answers[view][name]} for view, name, label in HEADLINES]
    part = "esas" if level == "province" else "provinces" if level == "nation" else None
    return {
        "title_th": TITLE_TH,
        "level": level,
        "code": code,
        "year": year,
        "semester": semester,
        "figures": figures,
        "rows": rows,
        "breakdown": _breakdown(answers, part) if part else [],
        "levels": answers["observations"]["levels"],
        "ranking": answers["quality"]["ranking"][:10],
    }


def _breakdown(answers: dict[str, dict[str, Any]], part: str) -> list[dict[str, Any]]:
    key = part[:-1]
    units = {row[key] for view in answers.values() for row in view.get(part, [])}
    by = {view: {row[key]: row for row in answers[view].get(part, [])} for view in answers}
    return [
        {
            "หน่วยงาน": unit,
            "โรงเรียน": by["coverage"].get(unit, {}).get("schools", 0),
            "ได้รับการนิเทศ": by["coverage"].get(unit, {}).get("visited", 0),
            "ข้อตกลงเกินกำหนด": by["follow-ups"].get(unit, {}).get("overdue", 0),
            "ประเมิน 4Q แล้ว": by["quality"].get(unit, {}).get("evaluated", 0),
            "SAR ผ่านการพิจารณา": by["sar"].get(unit, {}).get("accepted", 0),
        }
        for unit in sorted(units)
    ]
