"""Curriculum figures computed from case and assessment documents (pure, no store).

Time in the current stage runs up to `now` (the moment asked about); a case is overdue when
it has waited at one stage longer than that stage's limit. Thai labels live here because
reporting reads other services' events as a tolerant reader and imports none of them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

STAGE_TH = {
    "draft": "โรงเรียนกำลังจัดทำ",
    "screening": "รอการกลั่นกรองของคณะอนุกรรมการวิชาการ",
    "provincial_review": "รอการพิจารณาของคณะกรรมการขับเคลื่อนฯ จังหวัด",
    "national_review": "รอการพิจารณาของคณะกรรมการนโยบายฯ",
    "returned": "ส่งกลับให้โรงเรียนปรับปรุง",
    "approved": "ได้รับความเห็นชอบ",
    "rejected": "ไม่ได้รับความเห็นชอบ",
    "withdrawn": "โรงเรียนถอนเรื่อง",
}
FINAL = ("approved", "rejected", "withdrawn")
OPEN = tuple(s for s in STAGE_TH if s not in FINAL)
OVERDUE_DAYS = {"screening": 30, "provincial_review": 30, "national_review": 60, "returned": 60}
COMMITTEE_TH = {
    "academic_subcommittee": "คณะอนุกรรมการวิชาการ",
    "driving_committee": "คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัด",
    "policy_committee": "คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา",
}
OUTCOME_TH = {
    "passed": "ผ่านการกลั่นกรอง",
    "sent_back": "ส่งกลับให้ปรับปรุง",
    "forwarded": "เห็นชอบและเสนอต่อ",
    "approved": "เห็นชอบ",
    "rejected": "ไม่เห็นชอบ",
    "reversed": "ย้อนมติ",
}
COMPETENCY_TH = {
    "self_management": "การจัดการตนเอง",
    "higher_order_thinking": "การคิดขั้นสูง",
    "communication": "การสื่อสาร",
    "teamwork": "การรวมพลังทำงานเป็นทีม",
    "active_citizenship": "การเป็นพลเมืองที่เข้มแข็ง",
    "sustainable_living": "การอยู่ร่วมกับธรรมชาติและวิทยาการอย่างยั่งยืน",
}
LEVEL_TH = {
    "beginning": "ระดับเริ่มต้น",
    "developing": "ระดับกำลังพัฒนา",
    "proficient": "ระดับชำนาญ",
    "advanced": "ระดับเชี่ยวชาญ",
}
DAY = 86_400.0
HEADLINE = (
    "cases",
    "type_2",
    "type_3",
    "in_progress",
    "approved",
    "rejected",
    "withdrawn",
    "overdue",
)


def days(seconds: float) -> float:
    return round(seconds / DAY, 1)


def waiting_seconds(doc: dict[str, Any], now: datetime) -> float:
    """Time in the current stage so far (none once the case is closed)."""
    if doc.get("stage") not in OPEN:
        return 0.0
    return max((now - datetime.fromisoformat(doc["stage_since"])).total_seconds(), 0.0)


def is_overdue(doc: dict[str, Any], now: datetime) -> bool:
    limit = OVERDUE_DAYS.get(doc.get("stage", ""))
    return limit is not None and waiting_seconds(doc, now) > limit * DAY


def headline(docs: list[dict[str, Any]], now: datetime) -> dict[str, int]:
    stages = [d.get("stage") for d in docs]
    return {
        "cases": len(docs),
        "type_2": sum(d.get("curriculum_type") == 2 for d in docs),
        "type_3": sum(d.get("curriculum_type") == 3 for d in docs),
        "in_progress": sum(s in OPEN for s in stages),
        "approved": stages.count("approved"),
        "rejected": stages.count("rejected"),
        "withdrawn": stages.count("withdrawn"),
        "overdue": sum(is_overdue(d, now) for d in docs),
    }


def pipeline(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cases per stage and type."""
    counts: dict[str, dict[int, int]] = {s: defaultdict(int) for s in STAGE_TH}
    for d in docs:
        if d.get("stage") in counts:
            counts[d["stage"]][d.get("curriculum_type", 0)] += 1
    return [
        {"stage": s, "stage_th": STAGE_TH[s], "type_2": c[2], "type_3": c[3], "total": c[2] + c[3]}
        for s, c in counts.items()
    ]


def stage_times(docs: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """Per open stage: cases that went through it, days spent in total and on average."""
    rows = []
    for stage in OPEN:
        been = [d for d in docs if d.get("stage_entries", {}).get(stage)]
        seconds = sum(
            d.get("stage_seconds", {}).get(stage, 0.0)
            + (waiting_seconds(d, now) if d.get("stage") == stage else 0.0)
            for d in been
        )
        rows.append(
            {
                "stage": stage,
                "stage_th": STAGE_TH[stage],
                "cases": len(been),
                "days_total": days(seconds),
                "days_average": days(seconds / len(been)) if been else 0.0,
            }
        )
    return rows


def decisions(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Decisions per committee and outcome (a reversal counts as a decision of its own)."""
    rows = []
    for committee, label in COMMITTEE_TH.items():
        counts = {o: 0 for o in OUTCOME_TH}
        for d in docs:
            for outcome, n in d.get("decisions", {}).get(committee, {}).items():
                counts[outcome] = counts.get(outcome, 0) + n
        rows.append(
            {"committee": committee, "committee_th": label, **counts, "total": sum(counts.values())}
        )
    return rows


def overdue(docs: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    rows = [
        {
            "case_id": d["case_id"],
            "school": d["school"],
            "school_name": d.get("school_name", ""),
            "esa": d["esa"],
            "province": d["province"],
            "curriculum_type": d.get("curriculum_type"),
            "stage": d["stage"],
            "stage_th": STAGE_TH[d["stage"]],
            "since": d["stage_since"],
            "days_waiting": days(waiting_seconds(d, now)),
            "limit_days": OVERDUE_DAYS[d["stage"]],
        }
        for d in docs
        if is_overdue(d, now)
    ]
    return sorted(rows, key=lambda r: (-r["days_waiting"], r["case_id"]))


def pipeline_figures(docs: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    return {
        **headline(docs, now),
        "pipeline": pipeline(docs),
        "stage_times": stage_times(docs, now),
        "decisions": decisions(docs),
        "overdue_cases": overdue(docs, now),
    }


def assessment_figures(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Learners per competency level, summed over the schools' latest reports."""
    levels = {c: {lv: 0 for lv in LEVEL_TH} for c in COMPETENCY_TH}
    for d in docs:
        for competency, counts in d.get("levels", {}).items():
            for level, n in counts.items():
                if competency in levels and level in LEVEL_TH:
                    levels[competency][level] += n
    return {
        "schools_reported": len(docs),
        "learners": sum(d.get("learners", 0) for d in docs),
        "competencies": [
            {
                "competency": c,
                "competency_th": COMPETENCY_TH[c],
                **counts,
                "assessed": sum(counts.values()),
            }
            for c, counts in levels.items()
        ],
    }


def group(
    docs: list[dict[str, Any]], key: str, names: list[str]
) -> dict[str, list[dict[str, Any]]]:
    """Documents per `key` value, with every name in `names` present (empty where none)."""
    grouped: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    for d in docs:
        grouped.setdefault(d[key], []).append(d)
    return dict(sorted(grouped.items()))
