"""The curriculum section's Thai labels and tables for competency-based practice (coaching,
lesson plans, forums, teachers' class assessments, records under the sandbox laws): rows whose
keys are Thai column headings (documented in docs/curriculum.md), values numbers or text."""

from __future__ import annotations

from typing import Any

from services.reporting.application.curriculum_figures import LEVEL_TH

LABELS_TH = {
    "coaching_teams": "ทีมโค้ชจังหวัดที่แต่งตั้ง",
    "coaches": "โค้ช",
    "schools_coached": "สถานศึกษานำร่องที่มีโค้ช",
    "lesson_plans": "แผนการจัดการเรียนรู้ฐานสมรรถนะ",
    "lesson_plans_with_feedback": "แผนที่ได้รับข้อเสนอแนะ",
    "lesson_plans_ready": "แผนที่พร้อมนำไปใช้",
    "exchange_forums": "เวทีแลกเปลี่ยนเรียนรู้",
    "forum_participants": "ผู้เข้าร่วมเวทีแลกเปลี่ยนเรียนรู้",
    "class_assessments": "บันทึกการวัดและประเมินผลของครู",
    "assessment_tools": "เครื่องมือวัดและประเมินผล",
    "learning_products": "ผลิตภัณฑ์การจัดการเรียนรู้",
    "donations_baht": "เงินและทรัพย์สินที่มีผู้บริจาค (บาท)",
    "innovation_subsidy_baht": "เงินอุดหนุนเพื่อพัฒนานวัตกรรม (บาท)",
    "learning_materials_baht": "งบประมาณตำราและสื่อการเรียนการสอน (บาท)",
    "credit_transfers_in": "ผู้เรียนที่เทียบโอนเข้า",
    "credit_transfers_out": "ผู้เรียนที่เทียบโอนออก",
}
BREAKDOWN = {"esas": ("esa", "เขตพื้นที่"), "provinces": ("province", "จังหวัด")}
BREAKDOWN_COLUMNS = (
    "coaches",
    "schools_coached",
    "lesson_plans",
    "exchange_forums",
    "class_assessments",
    "assessment_tools",
    "learning_products",
)
SANDBOX_ROWS = (
    "donations_baht",
    "innovation_subsidy_baht",
    "learning_materials_baht",
    "credit_transfers_in",
    "credit_transfers_out",
)


def practice_tables(p: dict[str, Any]) -> list[dict[str, Any]]:
    tables = [
        _table(
            "แผนการจัดการเรียนรู้ฐานสมรรถนะจำแนกตามกลุ่มสาระการเรียนรู้",
            [_subject(r) for r in p["by_subject"] if r["plans"]],
        ),
        _table(
            "เครื่องมือวัดและประเมินผลของครูจำแนกตามประเภท",
            [{"ประเภทเครื่องมือ": r["kind_th"], "จำนวน": r["tools"]} for r in p["tools_by_kind"]],
        ),
        _table(
            "ผลการประเมินสมรรถนะจากชั้นเรียนของครู",
            [_competency(r) for r in p["teacher_competencies"]],
        ),
        _table(
            "การดำเนินการตามกฎหมายพื้นที่นวัตกรรมการศึกษา",
            [{"รายการ": LABELS_TH[k], "จำนวน": p[k]} for k in SANDBOX_ROWS],
        ),
    ]
    for key, (field, heading) in BREAKDOWN.items():
        if key in p:
            rows = [
                {heading: r[field], **{LABELS_TH[k]: r[k] for k in BREAKDOWN_COLUMNS}}
                for r in p[key]
            ]
            tables.append(_table(f"การจัดการเรียนรู้ฐานสมรรถนะจำแนกตาม{heading}", rows))
    return tables


def _table(title_th: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"title_th": title_th, "rows": rows}


def _subject(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "กลุ่มสาระการเรียนรู้": r["subject_th"],
        "จำนวนแผน": r["plans"],
        "ได้รับข้อเสนอแนะ": r["with_feedback"],
        "พร้อมนำไปใช้": r["ready"],
    }


def _competency(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "สมรรถนะ": r["competency_th"],
        **{th: r[lv] for lv, th in LEVEL_TH.items()},
        "รวม": r["assessed"],
    }
