"""Figures of competency-based practice computed from documents (pure, no store): the
provincial coaching team, teachers' lesson plans, exchange forums, teachers' class
assessments and pilot schools' records under the sandbox laws. Thai labels live here because
reporting reads the curriculum service's events as a tolerant reader and imports none of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from services.reporting.application.curriculum_figures import COMPETENCY_TH, LEVEL_TH

Doc = dict[str, Any]

SUBJECT_TH = {
    "thai": "ภาษาไทย",
    "mathematics": "คณิตศาสตร์",
    "science": "วิทยาศาสตร์และเทคโนโลยี",
    "social": "สังคมศึกษา ศาสนาและวัฒนธรรม",
    "health_pe": "สุขศึกษาและพลศึกษา",
    "arts": "ศิลปะ",
    "career": "การงานอาชีพ",
    "foreign_languages": "ภาษาต่างประเทศ",
    "local_studies": "สาระท้องถิ่น (Rayong MARCO)",
    "integrated": "หน่วยการเรียนรู้บูรณาการ",
}
TOOL_TH = {
    "rubric": "เกณฑ์การประเมินแบบรูบริก",
    "observation": "แบบสังเกตพฤติกรรม",
    "performance_task": "แบบประเมินภาระงาน/การปฏิบัติ",
    "portfolio": "แฟ้มสะสมผลงาน",
    "test": "แบบทดสอบ",
    "self_assessment": "แบบประเมินตนเอง",
    "peer_assessment": "แบบประเมินโดยเพื่อน",
    "interview": "แบบสัมภาษณ์",
}
SANDBOX_SUMS = (
    "donations_baht",
    "innovation_subsidy_baht",
    "learning_materials_baht",
    "credit_transfers_in",
    "credit_transfers_out",
)


def coaching(teams: list[Doc], esa: str | None = None) -> dict[str, int]:
    """Teams appointed, active coaches and the pilot schools they coach (within `esa` only,
    when given: the part of the province's team that works with that ESA's schools)."""
    coaches, schools = 0, set()
    for team in teams:
        for coach in team.get("coaches", {}).values():
            mine = {s for s, e in coach.get("schools", {}).items() if esa in (None, e)}
            if coach.get("active") and (mine or esa is None):
                coaches += 1
            schools |= mine if coach.get("active") else set()
    appointed = [t for t in teams if "order_no" in t]
    return {
        "coaching_teams": len(appointed),
        "coaches": coaches,
        "schools_coached": len(schools),
    }


def lesson_plans(plans: list[Doc]) -> dict[str, Any]:
    by_subject = {s: [p for p in plans if p.get("subject") == s] for s in SUBJECT_TH}
    return {
        "lesson_plans": len(plans),
        "lesson_plans_with_document": sum(p.get("versions", 0) > 0 for p in plans),
        "lesson_plans_with_feedback": sum(p.get("feedback", 0) > 0 for p in plans),
        "lesson_plans_coached": sum(p.get("coach_feedback", 0) > 0 for p in plans),
        "lesson_plans_ready": sum(p.get("last_verdict") == "ready" for p in plans),
        "teachers_planning": len({(p.get("school"), p.get("teacher")) for p in plans}),
        "by_subject": [
            {
                "subject": s,
                "subject_th": th,
                "plans": len(by_subject[s]),
                "with_feedback": sum(p.get("feedback", 0) > 0 for p in by_subject[s]),
                "ready": sum(p.get("last_verdict") == "ready" for p in by_subject[s]),
            }
            for s, th in SUBJECT_TH.items()
        ],
    }


def forums(held: list[Doc]) -> dict[str, int]:
    return {
        "exchange_forums": len(held),
        "forum_participants": sum(f.get("total", 0) for f in held),
        "forum_teachers": sum(f.get("teachers", 0) for f in held),
        "forum_schools": len({s for f in held for s in f.get("schools", {})}),
    }


def class_assessments(records: list[Doc]) -> dict[str, Any]:
    tools = _counts(r.get("tools", {}) for r in records)
    with_results = [r for r in records if r.get("levels")]
    return {
        "class_assessments": len(records),
        "assessment_tools": sum(tools.values()),
        "learning_products": sum(sum(r.get("products", {}).values()) for r in records),
        "classes_with_results": len(with_results),
        "learners_assessed_by_teachers": sum(r.get("learners", 0) for r in with_results),
        "tools_by_kind": [
            {"kind": k, "kind_th": th, "tools": tools.get(k, 0)} for k, th in TOOL_TH.items()
        ],
        "teacher_competencies": _competencies(with_results),
    }


def sandbox_records(docs: list[Doc]) -> dict[str, int]:
    sums = {k: sum(d.get(k, 0) for d in docs) for k in SANDBOX_SUMS}
    return {"schools_with_sandbox_records": len(docs), **sums}


def _counts(maps: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for counts in maps:
        for key, n in counts.items():
            total[key] = total.get(key, 0) + n
    return total


def _competencies(records: list[Doc]) -> list[dict[str, Any]]:
    """Learners per level of each competency, summed over the classes' latest results."""
    rows = []
    for competency, th in COMPETENCY_TH.items():
        counts = _counts(r.get("levels", {}).get(competency, {}) for r in records)
        levels = {lv: counts.get(lv, 0) for lv in LEVEL_TH}
        rows.append(
            {
                "competency": competency,
                "competency_th": th,
                **levels,
                "assessed": sum(levels.values()),
            }
        )
    return rows
