"""Example supervision events for the pure domain tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from services.supervision.domain.events import drive, plans, schools, visits
from services.supervision.domain.events.parts import ActionItem, Indicator, Member, SchoolRef
from services.supervision.domain.events.records import RubricVersionPublished

WHERE = {"school": "1042060101", "cluster": "loei-3-nahaeo", "esa": "loei-3", "province": "loei"}
JUNE_10 = datetime(2026, 6, 10, 2, 0, tzinfo=UTC)  # 09:00 in Thailand


def assigned(supervisor: str, *codes: str) -> plans.SchoolsAssigned:
    return plans.SchoolsAssigned(
        esa="loei-3",
        province="loei",
        academic_year=2569,
        semester=1,
        supervisor=supervisor,
        supervisor_name=supervisor,
        schools=[SchoolRef(school=c, cluster="loei-3-nahaeo") for c in codes],
    )


def planned(supervisor: str, school: str, day: date) -> plans.VisitPlanned:
    return plans.VisitPlanned(
        esa="loei-3",
        province="loei",
        academic_year=2569,
        semester=1,
        planned_visit_id="p1",
        school=school,
        cluster="loei-3-nahaeo",
        supervisor=supervisor,
        planned_on=day,
        mode="on_site",
        focus="STEM",
        policies=["stem_coding"],
    )


def recorded(visit_id: str = "v1", at: datetime = JUNE_10, **changes: Any) -> visits.VisitRecorded:
    fields: dict[str, Any] = {
        **WHERE,
        "visit_id": visit_id,
        "supervisor": "malee.jaidee",
        "academic_year": 2569,
        "semester": 1,
        "mode": "on_site",
        "occurred_at": at,
        "occurred_on": at.date(),
        "recorded_at": datetime(2026, 6, 12, tzinfo=UTC),
        "focus": "การใช้สื่อ",
        "policies": ["media_technology"],
        "findings": "ครูใช้สื่อได้ดี",
        "recommendations": "เพิ่มกิจกรรม",
        "action_items": [
            ActionItem(item_id="a1", description="จัดทำแผน", owner="ครู", due_on=date(2026, 7, 10))
        ],
        "evidence": [],
    }
    return visits.VisitRecorded(**(fields | changes))


def rubric(version: int = 1, *indicators: str) -> RubricVersionPublished:
    return RubricVersionPublished(
        esa="loei-3",
        province="loei",
        rubric_id="classroom",
        version=version,
        title="แบบสังเกตการสอน",
        indicators=[Indicator(indicator_id=i, title_th=i) for i in indicators or ("plan", "media")],
    )


def agreement(**targets: float) -> schools.QualityAgreementSigned:
    return schools.QualityAgreementSigned(
        **WHERE,
        academic_year=2569,
        targets=targets
        or {d: 70.0 for d in ("student", "teacher", "classroom", "director", "management")},
        signed_on=date(2026, 5, 20),
        school_director="ผอ.โรงเรียน",
        esa_director="ผอ.สพป.",
    )


def member(name: str, role: str = "member", person: str | None = None) -> Member:
    return Member(name=name, position="ศึกษานิเทศก์", role=role, sector="esa", person=person)


def team(order_no: str = "123/2569", *members: Member) -> drive.QualityDrivingTeamAppointed:
    return drive.QualityDrivingTeamAppointed(
        esa="loei-3",
        province="loei",
        academic_year=2569,
        order_no=order_no,
        appointed_on=date(2026, 5, 20),
        members=list(members) or [member("นายประเสริฐ มั่นคง", "chair"), member("นางสาวมาลี ใจดี")],
    )
