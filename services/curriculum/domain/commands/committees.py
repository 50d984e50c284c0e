"""What the committees do with a case: screen it, decide on it, reverse their own latest
decision; and their meetings and agendas."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from services.curriculum.domain.commands.base import Command, Day, Line, Reason, Title
from services.curriculum.domain.reference import Committee

MEETING_ID = r"^[0-9a-f-]{36}$"
CASE_ID = r"^[0-9]{10}-[0-9]{4}$"
ESA_CODE = r"^[a-z]{2,30}-[0-9]{1,3}$"


class Decide(Command):
    """What every committee decision gives: the outcome, why, what must change (a send-back),
    the meeting it was taken at, and the document version the committee read."""

    committee: ClassVar[Committee]
    outcome: str
    reason: Reason = Field(title="เหตุผลประกอบมติ")
    required_changes: list[Line] = Field(
        default_factory=list,
        max_length=50,
        title="สิ่งที่โรงเรียนต้องปรับปรุง",
        description="At least one for a send-back",
    )
    meeting_id: str | None = Field(default=None, pattern=MEETING_ID, title="การประชุม")
    document_version: int | None = Field(
        default=None,
        ge=1,
        le=10_000,
        title="เอกสารฉบับที่พิจารณา",
        description="The version the committee read; another version under review is 409",
    )


class ScreenCurriculum(Decide):
    """The provincial academic subcommittee passes the case or sends it back."""

    committee = Committee.ACADEMIC_SUBCOMMITTEE
    outcome: Literal["pass", "send_back"] = Field(title="มติ")


class DecideProvincially(Decide):
    """The driving committee: approve, reject or send back a type 2; forward or send back a
    type 3."""

    committee = Committee.DRIVING_COMMITTEE
    outcome: Literal["approve", "reject", "forward", "send_back"] = Field(title="มติ")


class DecideNationally(Decide):
    """The national policy committee: approve, reject or send back a forwarded type 3."""

    committee = Committee.POLICY_COMMITTEE
    outcome: Literal["approve", "reject", "send_back"] = Field(title="มติ")


class ReverseDecision(Command):
    committee: Committee = Field(title="คณะกรรมการที่ย้อนมติของตน")
    decision_no: int = Field(ge=1, le=10_000, title="มติที่")
    reason: Reason
    meeting_id: str | None = Field(default=None, pattern=MEETING_ID, title="การประชุม")


class ScheduleMeeting(Command):
    """A national policy committee meeting."""

    meets_on: Day = Field(title="วันประชุม")
    title: Title = Field(title="ชื่อการประชุม")
    number: str = Field(default="", max_length=40, title="ครั้งที่ (เช่น 3/2569)")
    location: str = Field(default="", max_length=300, title="สถานที่ประชุม")


class ScheduleProvincialMeeting(ScheduleMeeting):
    """A meeting of the province's academic subcommittee or driving committee."""

    committee: Literal["academic_subcommittee", "driving_committee"] = Field(title="คณะกรรมการ")


class AddCaseToAgenda(Command):
    esa: str = Field(pattern=ESA_CODE, title="เขตพื้นที่การศึกษาของคำขอ")
    case_id: str = Field(pattern=CASE_ID, title="คำขอหลักสูตร")
