"""The provincial coaching team (ทีมโค้ชจังหวัด): appointed by the province's driving committee
for an academic year, its members, and the pilot schools each coach works with."""

from __future__ import annotations

from pydantic import Field, field_validator

from services.curriculum.domain.commands.base import (
    AcademicYear,
    Command,
    Day,
    Reason,
    SchoolCode,
    Title,
    repeated,
)
from services.curriculum.domain.teaching_terms import TeamRole


class AppointCoachingTeam(Command):
    academic_year: AcademicYear
    order_no: str = Field(min_length=1, max_length=60, title="เลขที่คำสั่งแต่งตั้ง")
    appointed_on: Day = Field(title="วันที่แต่งตั้ง")
    title: Title = Field(title="ชื่อคำสั่ง/ทีม")


class AppointCoach(Command):
    name: str = Field(min_length=1, max_length=200, title="ชื่อ-นามสกุล")
    position: str = Field(default="", max_length=200, title="ตำแหน่ง")
    organisation: str = Field(default="", max_length=200, title="หน่วยงาน/สังกัด")
    team_role: TeamRole = Field(default=TeamRole.COACH, title="บทบาทในทีมโค้ช")
    person: str = Field(
        default="",
        max_length=200,
        pattern=r"^\S*$",
        title="รหัสผู้ใช้ในระบบ",
        description="The coach's Nithet person id, when they sign in (their feedback counts as "
        "the coaching team's)",
    )


class ReleaseCoach(Command):
    reason: Reason


class AssignCoachSchools(Command):
    """The pilot schools a coach works with from now on (the whole list)."""

    schools: list[SchoolCode] = Field(max_length=60, title="โรงเรียนที่รับผิดชอบ")

    @field_validator("schools")
    @classmethod
    def _once_each(cls, schools: list[str]) -> list[str]:
        if twice := repeated(schools):
            raise ValueError(f"listed more than once: {', '.join(twice)}")
        return schools
