"""The curriculum section's tables for the unified view and year-end reports: rows whose keys
are Thai column headings (documented in docs/curriculum.md), values plain numbers or text."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from kit.thai import format_date
from services.reporting.application.curriculum_figures import LEVEL_TH, OUTCOME_TH

BANGKOK = ZoneInfo("Asia/Bangkok")
BREAKDOWN = {"esas": ("esa", "เขตพื้นที่"), "provinces": ("province", "จังหวัด")}


def section_tables(pipe: dict[str, Any], assessed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    tables = [
        _table("สถานะคำขอจำแนกตามขั้นตอนและประเภทหลักสูตร", [_stage(r) for r in pipe["pipeline"]]),
        _table("ระยะเวลาในแต่ละขั้นตอน", [_time(r) for r in pipe["stage_times"]]),
        _table("มติของคณะกรรมการ", [_decisions(r) for r in pipe["decisions"]]),
        _table("คำขอที่เกินกำหนดเวลา", [_overdue(r) for r in pipe["overdue_cases"]]),
    ]
    for key, (field, heading) in BREAKDOWN.items():
        if key in pipe:
            rows = [_summary(heading, r[field], r) for r in pipe[key]]
            tables.append(_table(f"จำแนกตาม{heading}", rows))
    for a in assessed:
        rows = [_competency(r) for r in a["competencies"]]
        tables.append(_table(f"ผลการประเมินสมรรถนะผู้เรียน ภาคเรียนที่ {a['semester']}", rows))
    return tables


def _table(title_th: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"title_th": title_th, "rows": rows}


def _stage(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "ขั้นตอน": r["stage_th"],
        "ประเภทที่ 2": r["type_2"],
        "ประเภทที่ 3": r["type_3"],
        "รวม": r["total"],
    }


def _time(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "ขั้นตอน": r["stage_th"],
        "จำนวนคำขอ": r["cases"],
        "รวม (วัน)": r["days_total"],
        "เฉลี่ย (วัน)": r["days_average"],
    }


def _decisions(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "คณะกรรมการ": r["committee_th"],
        **{th: r[o] for o, th in OUTCOME_TH.items()},
        "รวม": r["total"],
    }


def _overdue(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "รหัสโรงเรียน": r["school"],
        "โรงเรียน": r["school_name"],
        "เขตพื้นที่": r["esa"],
        "ประเภท": r["curriculum_type"],
        "ขั้นตอน": r["stage_th"],
        "ตั้งแต่วันที่": format_date(datetime.fromisoformat(r["since"]).astimezone(BANGKOK)),
        "รอมาแล้ว (วัน)": r["days_waiting"],
        "กำหนด (วัน)": r["limit_days"],
    }


def _summary(heading: str, name: str, r: dict[str, Any]) -> dict[str, Any]:
    return {
        heading: name,
        "จำนวนคำขอ": r["cases"],
        "ประเภทที่ 2": r["type_2"],
        "ประเภทที่ 3": r["type_3"],
        "อยู่ระหว่างดำเนินการ": r["in_progress"],
        "เห็นชอบ": r["approved"],
        "ไม่เห็นชอบ": r["rejected"],
        "ถอนเรื่อง": r["withdrawn"],
        "เกินกำหนด": r["overdue"],
    }


def _competency(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "สมรรถนะ": r["competency_th"],
        **{th: r[lv] for lv, th in LEVEL_TH.items()},
        "รวม": r["assessed"],
    }
