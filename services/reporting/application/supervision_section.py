"""The supervision section of the unified views: headline figures of an ESA, a province or
the nation, from figures per ESA (application.rollup) so that a province is the sum of its
ESAs. Thai row labels are documented in docs/supervision.md and docs/reporting.md."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.reporting.application import supervision_levels as levels
from services.reporting.application.breakdown import grouped, members
from services.reporting.application.dissemination import DISSEMINATION
from services.reporting.application.dissemination import ZERO as DISSEMINATED
from services.reporting.application.partnerships import PARTNERSHIPS
from services.reporting.application.partnerships import ZERO as COOPERATED
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows, fresh, summed, where
from services.reporting.application.supervision_figures import LEVELS, level_shares, ranked, rate
from services.reporting.application.supervision_steps import STEP_HEADLINES, STEP_RECORDS
from services.reporting.application.training import TRAINING
from services.reporting.application.training import ZERO as TRAINED

TITLE_TH = "การนิเทศ ติดตาม และประเมินผลการจัดการศึกษา"
TOP = 10
COVERAGE = ("schools", "visited", "not_visited", "not_visited_in_30_days", "visits")
ZERO: Doc = {
    "coverage": dict.fromkeys(COVERAGE, 0),
    "observations": {"observations": 0, "levels": dict.fromkeys(LEVELS, 0)},
    "follow-ups": {"action_items": 0, "overdue": 0},
    "quality": {"evaluated": 0, "overall_sum": 0.0, "top": []},
    "sar": {"schools": 0, "accepted": 0},
}


def _kept(view: str, f: Doc) -> Doc:
    """What a view's figures of one ESA contribute to the section."""
    if view == "coverage":
        return {k: f[k] for k in COVERAGE}
    if view == "observations":
        return {
            "observations": f["observations"],
            "levels": {r["level"]: r["count"] for r in f["levels"]},
        }
    if view == "follow-ups":
        return {"action_items": f["action_items"], "overdue": f["overdue"]}
    if view == "quality":
        overall = sum(r["overall"] for r in f["ranking"])
        return {"evaluated": f["evaluated"], "overall_sum": overall, "top": f["ranking"][:TOP]}
    return {"schools": f["schools"], "accepted": f["accepted"]}


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    semester, today = variant
    rows: Rows = {}
    for view in levels.VIEWS:
        docs = await levels.load(r, view, scope, year, semester)
        for esa, mine in levels.by_unit(docs, "esa").items():
            figures = levels.FIGURES[view](mine, date.fromisoformat(today))
            rows.setdefault(esa, fresh(ZERO))[view] = _kept(view, figures)
    rows.pop("", None)
    return rows


SUPERVISION = Rollup("supervision_section", levels.MODELS, _rows)
RECORDS: tuple[tuple[str, Rollup, Doc], ...] = (
    ("training", TRAINING, TRAINED),
    ("partnerships", PARTNERSHIPS, COOPERATED),
    ("dissemination", DISSEMINATION, DISSEMINATED),
    *STEP_RECORDS,
)
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
    ("training", "trainings", "จำนวนครั้งการอบรมพัฒนาบุคลากร"),
    ("training", "hours", "จำนวนชั่วโมงการอบรม"),
    ("training", "participants", "ผู้เข้ารับการอบรม"),
    ("training", "schools_reached", "โรงเรียนที่ได้รับการพัฒนา"),
    ("partnerships", "partnerships", "การประสานความร่วมมือกับภาคีเครือข่าย"),
    ("partnerships", "schools_supported", "โรงเรียนที่ได้รับการสนับสนุนจากภาคีเครือข่าย"),
    ("dissemination", "records", "การเผยแพร่ประชาสัมพันธ์"),
    ("dissemination", "reach", "จำนวนผู้เข้าถึงการเผยแพร่"),
    *STEP_HEADLINES,
)


FULL_ZERO: Doc = {**ZERO, **{name: zero for name, _, zero in RECORDS}}


def finished(row: Doc) -> dict[str, Doc]:
    """Summed ESA rows as the section's figures per view (ratios and means taken now)."""
    seen, quality, sar, trained = row["observations"], row["quality"], row["sar"], row["training"]
    evaluated = quality["evaluated"]
    return {
        "coverage": row["coverage"],
        "observations": {
            "observations": seen["observations"],
            "levels": level_shares(seen["levels"]),
        },
        "follow-ups": row["follow-ups"],
        "quality": {
            "evaluated": evaluated,
            "mean_overall": round(quality["overall_sum"] / evaluated, 2) if evaluated else 0.0,
            "ranking": ranked(quality["top"])[:TOP],
        },
        "sar": {"accepted": sar["accepted"], "completeness": rate(sar["accepted"], sar["schools"])},
        "training": {**trained, "hours": round(trained["hours"], 2)},
        "partnerships": {k: v for k, v in row["partnerships"].items() if k != "sectors"},
        "dissemination": {k: v for k, v in row["dissemination"].items() if k != "channels"},
        **{name: row[name] for name, _, _ in STEP_RECORDS},
    }


async def esa_rows(
    store: Store, scope: dict[str, str], year: int, semester: int | None, today: date
) -> Rows:
    """Every ESA's row: the views' figures and the ESA's records (training, partners...)."""
    rows = await SUPERVISION.rows(store, scope, year, semester, today.isoformat())
    merged: Rows = {esa: {**FULL_ZERO, **row} for esa, row in rows.items()}
    for name, rollup, _ in RECORDS:
        for esa, row in (await rollup.rows(store, scope, year, semester)).items():
            merged[esa] = {**merged.get(esa, FULL_ZERO), name: row}
    return merged


def _unit(unit: str, f: dict[str, Doc]) -> Doc:
    return {
        "หน่วยงาน": unit,
        "โรงเรียน": f["coverage"]["schools"],
        "ได้รับการนิเทศ": f["coverage"]["visited"],
        "ข้อตกลงเกินกำหนด": f["follow-ups"]["overdue"],
        "ประเมิน 4Q แล้ว": f["quality"]["evaluated"],
        "SAR ผ่านการพิจารณา": f["sar"]["accepted"],
        "การอบรม": f["training"]["trainings"],
        "ความร่วมมือ": f["partnerships"]["partnerships"],
        "การเผยแพร่": f["dissemination"]["records"],
    }


async def section(
    store: Store, level: str, code: str, year: int, semester: int | None, today: date | None = None
) -> dict[str, Any]:
    """Headline figures of an ESA, a province or the nation ("th")."""
    rows = await esa_rows(
        store, where(level, code), year, semester, today or levels.today_in_thailand()
    )
    total = finished(summed(rows.values(), FULL_ZERO))
    key, names = await members(store, level, code)
    units = grouped(rows, key, names) if key else {}
    return {
        "title_th": TITLE_TH,
        "level": level,
        "code": code,
        "year": year,
        "semester": semester,
        "figures": {f"{view}.{name}": total[view][name] for view, name, _ in HEADLINES},
        "rows": [{"หัวข้อ": label, "จำนวน": total[view][name]} for view, name, label in HEADLINES],
        "breakdown": [_unit(u, finished(summed(g, FULL_ZERO))) for u, g in units.items()],
        "levels": total["observations"]["levels"],
        "ranking": total["quality"]["ranking"],
    }
