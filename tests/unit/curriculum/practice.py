"""Schools, people and histories for the pure tests of competency-based practice (coaching,
lesson plans, forums, class assessments, records under the sandbox laws)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from kit.events import DomainEvent
from services.curriculum.domain import classroom, coaching
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.classroom import (
    OpenClassAssessment,
    RegisterAssessmentTool,
)
from services.curriculum.domain.commands.coaching import (
    AppointCoach,
    AppointCoachingTeam,
    AssignCoachSchools,
)
from services.curriculum.domain.schools import School

NOW = datetime(2026, 7, 1, 3, 0, tzinfo=UTC)
TODAY = date(2026, 7, 1)
HASH_1 = "sha256:" + "1" * 64
HASH_2 = "sha256:" + "2" * 64

PILOT = School("1021080101", "โรงเรียนบ้านป่ายุบใน", "rayong-2-wangchan", "rayong-2", "rayong", True)
PILOT_2 = School("1021070101", "โรงเรียนบ้านพลา", "rayong-1-banchang", "rayong-1", "rayong", True)
NOT_PILOT = School("1021080201", "โรงเรียนบ้านกร่ำ", "rayong-2-klaeng", "rayong-2", "rayong")
LOEI = School("1042060101", "โรงเรียนบ้านนาแห้ว", "loei-3-nahaeo", "loei-3", "loei")
KNOWN = {s.school: s for s in (PILOT, PILOT_2, NOT_PILOT, LOEI)}

TEACHER = Actor("kanokwan.teacher", "นางสาวกนกวรรณ ใฝ่รู้", "school_staff", NOW)
OTHER_TEACHER = Actor("somsak.teacher", "นายสมศักดิ์ ตั้งใจ", "school_staff", NOW)
DIRECTOR = Actor("pimchanok.rungrueang", "นางพิมพ์ชนก รุ่งเรือง", "school_director", NOW)
SUPERVISOR = Actor("wanida.saengthong", "นางวนิดา แสงทอง", "supervisor", NOW)
DRIVING = Actor("ratana.srisuk", "นางรัตนา ศรีสุข", "driving_committee", NOW)


def then(history: list[DomainEvent], new: Sequence[DomainEvent]) -> list[DomainEvent]:
    return [*history, *new]


def team(*coaches: AppointCoach) -> list[DomainEvent]:
    order = AppointCoachingTeam(
        academic_year=2569, order_no="12/2569", appointed_on=TODAY, title="ทีมโค้ชจังหวัดระยอง"
    )
    h = coaching.appoint_team([], "rayong", order, DRIVING)
    for coach in coaches:
        h = then(h, coaching.appoint_coach(h, coach))
    return h


def coach(name: str = "ดร.สมหญิง ใจงาม", person: str = "", role: str = "coach") -> AppointCoach:
    return AppointCoach.model_validate(
        {"name": name, "position": "ศึกษานิเทศก์", "team_role": role, "person": person}
    )


def coaching_school(history: list[DomainEvent], coach_no: int, *schools: str) -> list[DomainEvent]:
    assigned = AssignCoachSchools(schools=list(schools))
    return then(history, coaching.assign_schools(history, coach_no, assigned, KNOWN))


def class_record(learners: int = 30) -> list[DomainEvent]:
    opened = OpenClassAssessment.model_validate(
        {
            "academic_year": 2569,
            "semester": 1,
            "subject": "science",
            "grade": "p4",
            "learners": learners,
        }
    )
    h = classroom.open_record([], PILOT, opened, TEACHER)
    for kind, competencies in (
        ("rubric", ["higher_order_thinking", "communication"]),
        ("observation", ["teamwork"]),
    ):
        tool = RegisterAssessmentTool.model_validate(
            {"kind": kind, "title": f"เครื่องมือ {kind}", "competencies": competencies}
        )
        h = then(h, classroom.register_tool(h, tool, TEACHER))
    return h
