"""Parts 10 and 11 of the year-end report: the competency-based curricula on their way through
the committees (cases per stage and type, time per stage, decisions, overdue cases) and the
competency assessments the schools reported per semester."""

from __future__ import annotations

from typing import Any

from services.reporting.application import curriculum as cur
from services.reporting.application.curriculum_figures import LEVEL_TH, OUTCOME_TH
from services.reporting.application.yearend import Figure, Part, Table, columns, day_th, ratio
from services.reporting.application.yearend_labels import PARTS
from services.reporting.application.yearend_scope import Scope, Spec, breakdown

PIPELINE_UNITS: list[Spec] = [
    ("คำขอ", "int", lambda r: r["cases"]),
    ("ประเภทที่ 2", "int", lambda r: r["type_2"]),
    ("ประเภทที่ 3", "int", lambda r: r["type_3"]),
    ("อยู่ระหว่างดำเนินการ", "int", lambda r: r["in_progress"]),
    ("ได้รับความเห็นชอบ", "int", lambda r: r["approved"]),
    ("ไม่ได้รับความเห็นชอบ", "int", lambda r: r["rejected"]),
    ("เกินกำหนดเวลา", "int", lambda r: r["overdue"]),
]
SKILLED = ("proficient", "advanced")


async def _pipeline(scope: Scope) -> dict[str, Any]:
    s = scope
    if s.level == "esa":
        return await cur.pipeline_esa(s.store, s.code, s.year, s.moment)
    if s.level == "province":
        return await cur.pipeline_province(s.store, s.code, s.year, s.moment)
    return await cur.pipeline_nation(s.store, s.year, s.moment)


async def curriculum_part(scope: Scope) -> Part:
    p = await _pipeline(scope)
    figures = [
        Figure("คำขอความเห็นชอบหลักสูตรทั้งหมด", p["cases"]),
        Figure("หลักสูตรประเภทที่ 2", p["type_2"]),
        Figure("หลักสูตรประเภทที่ 3", p["type_3"]),
        Figure("อยู่ระหว่างดำเนินการ", p["in_progress"]),
        Figure("ได้รับความเห็นชอบ", p["approved"]),
        Figure("ไม่ได้รับความเห็นชอบ", p["rejected"]),
        Figure("โรงเรียนถอนเรื่อง", p["withdrawn"]),
        Figure("คำขอที่เกินกำหนดเวลา", p["overdue"]),
    ]
    tables = [
        _stages(p["pipeline"]),
        Table(
            "ระยะเวลาในแต่ละขั้นตอน",
            columns(("ขั้นตอน", "text"), ("คำขอที่ผ่านขั้นตอนนี้", "int"))
            + columns(("รวม (วัน)", "decimal"), ("เฉลี่ย (วัน)", "decimal")),
            [
                [r["stage_th"], r["cases"], r["days_total"], r["days_average"]]
                for r in p["stage_times"]
                if r["cases"]
            ],
            "ยังไม่มีคำขอที่ยื่นต่อคณะกรรมการ",
        ),
        _decisions(p["decisions"]),
        _overdue(scope, p["overdue_cases"]),
        *breakdown(scope, "คำขอความเห็นชอบหลักสูตร", p.get(f"{scope.below}s", []), PIPELINE_UNITS),
    ]
    name = PARTS["curriculum"]
    return Part("curriculum", name.title, name.sheet, figures, tables)


def _stages(rows: list[dict[str, Any]]) -> Table:
    total = ["รวม", *(sum(r[k] for r in rows) for k in ("type_2", "type_3", "total"))]
    return Table(
        "คำขอจำแนกตามขั้นตอนและประเภทหลักสูตร",
        columns(("ขั้นตอน", "text"), ("ประเภทที่ 2", "int"), ("ประเภทที่ 3", "int"), ("รวม", "int")),
        [[r["stage_th"], r["type_2"], r["type_3"], r["total"]] for r in rows] + [total],
    )


def _decisions(rows: list[dict[str, Any]]) -> Table:
    return Table(
        "มติของคณะกรรมการ",
        columns(
            ("คณะกรรมการ", "text"), *((th, "int") for th in OUTCOME_TH.values()), ("รวม", "int")
        ),
        [[r["committee_th"], *(r[o] for o in OUTCOME_TH), r["total"]] for r in rows],
    )


def _overdue(scope: Scope, rows: list[dict[str, Any]]) -> Table:
    return Table(
        "คำขอที่เกินกำหนดเวลา",
        columns(("รหัสโรงเรียน", "text"), ("ชื่อโรงเรียน", "text"), ("เขตพื้นที่การศึกษา", "text"))
        + columns(("ประเภทหลักสูตร", "text"), ("ขั้นตอน", "text"), ("ตั้งแต่วันที่", "text"))
        + columns(("รอมาแล้ว (วัน)", "decimal"), ("กำหนด (วัน)", "int")),
        [
            [
                r["school"],
                r["school_name"] or scope.names.school(r["school"]),
                scope.names.esa(r["esa"]),
                f"ประเภทที่ {r['curriculum_type']}",
                r["stage_th"],
                day_th(r["since"]),
                r["days_waiting"],
                r["limit_days"],
            ]
            for r in rows
        ],
        "ไม่มีคำขอที่เกินกำหนดเวลา",
    )


async def _assessed(scope: Scope, semester: int) -> dict[str, Any]:
    s = scope
    if s.level == "esa":
        return await cur.assessments_esa(s.store, s.code, s.year, semester)
    if s.level == "province":
        return await cur.assessments_province(s.store, s.code, s.year, semester)
    return await cur.assessments_nation(s.store, s.year, semester)


ASSESSMENT_UNITS: list[Spec] = [
    ("โรงเรียนที่รายงานผล", "int", lambda r: r["schools_reported"]),
    ("ผู้เรียน", "int", lambda r: r["learners"]),
]


async def assessment_part(scope: Scope) -> Part:
    figures: list[Figure] = []
    tables: list[Table] = []
    for term in [scope.semester] if scope.semester else [1, 2]:
        a = await _assessed(scope, term)
        figures += [
            Figure(f"โรงเรียนที่รายงานผล ภาคเรียนที่ {term}", a["schools_reported"]),
            Figure(f"ผู้เรียนที่ได้รับการประเมิน ภาคเรียนที่ {term}", a["learners"]),
        ]
        tables.append(_competencies(term, a["competencies"]))
        title = f"ผลการประเมิน ภาคเรียนที่ {term}"
        tables += breakdown(scope, title, a.get(f"{scope.below}s", []), ASSESSMENT_UNITS)
    name = PARTS["assessment"]
    return Part("assessment", name.title, name.sheet, figures, tables)


def _competencies(term: int, rows: list[dict[str, Any]]) -> Table:
    return Table(
        f"จำนวนผู้เรียนจำแนกตามสมรรถนะและระดับ ภาคเรียนที่ {term}",
        columns(("สมรรถนะ", "text"), *((th, "int") for th in LEVEL_TH.values()))
        + columns(("รวม", "int"), ("ร้อยละระดับชำนาญขึ้นไป", "percent")),
        [
            [
                r["competency_th"],
                *(r[lv] for lv in LEVEL_TH),
                r["assessed"],
                ratio(sum(r[lv] for lv in SKILLED), r["assessed"]),
            ]
            for r in rows
        ]
        if any(r["assessed"] for r in rows)
        else [],
        "ยังไม่มีโรงเรียนรายงานผลการประเมิน",
    )
