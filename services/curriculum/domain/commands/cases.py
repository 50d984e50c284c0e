"""What a school does with its curriculum case: open it, prepare it, submit or withdraw it."""

from __future__ import annotations

from pydantic import Field

from services.curriculum.domain.commands.base import (
    AcademicYear,
    Command,
    Count,
    CurriculumType,
    Day,
    DocumentVersion,
    Line,
    Reason,
    SchoolCode,
    Title,
)
from services.curriculum.domain.reference import PartnerGroup


class OpenCase(Command):
    """A sandbox pilot school opens its curriculum case for an academic year."""

    school: SchoolCode
    academic_year: AcademicYear
    curriculum_type: CurriculumType
    title: Title = Field(title="ชื่อหลักสูตร")


class AddDocumentVersion(DocumentVersion):
    """A new version of the curriculum document."""


class RecordBaseAnalysis(Command):
    summary: str = Field(min_length=1, max_length=5000, title="สรุปผลการวิเคราะห์ฐานทุน")
    strengths: list[Line] = Field(default_factory=list, max_length=30, title="จุดเด่น")
    development_needs: list[Line] = Field(default_factory=list, max_length=30, title="สิ่งที่ต้องพัฒนา")


class ChangeCurriculumType(Command):
    curriculum_type: CurriculumType


class RecordSchoolBoardApproval(Command):
    approved_on: Day = Field(title="วันที่คณะกรรมการสถานศึกษาให้ความเห็นชอบ")
    resolution: str = Field(min_length=1, max_length=1000, title="มติ/เลขที่การประชุม")


class RecordPublicHearing(Command):
    held_on: Day = Field(title="วันที่จัดประชาพิจารณ์")
    participants: dict[PartnerGroup, Count] = Field(
        title="จำนวนผู้เข้าร่วมแต่ละภาคีเครือข่าย",
        description="Participants per partner group (all six must take part)",
    )


class SubmitCurriculum(Command):
    """Submit, or resubmit after a send-back (the director); no fields."""


class WithdrawCase(Command):
    reason: Reason
