"""Commands on the ESA's own records: rubrics, personnel development (training), cooperation
with partners (form 7) and its summary report, dissemination (form 8)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from services.supervision.domain.commands.base import (
    Code,
    Command,
    EvidenceIn,
    Evidences,
    Line,
    Lines,
    Schools,
    Text,
    Year,
)
from services.supervision.domain.commands.visits import Policies
from services.supervision.domain.vocabulary import Channel, Sector


class IndicatorIn(Command):
    indicator_id: Code = Field(title="รหัสตัวชี้วัด")
    title_th: Line = Field(title="ตัวชี้วัด")


class PublishRubric(Command):
    title: Line = Field(title="ชื่อเกณฑ์การสังเกต")
    indicators: list[IndicatorIn] = Field(title="ตัวชี้วัด", min_length=1, max_length=60)


class ParticipantIn(Command):
    name: Line = Field(title="ชื่อผู้เข้ารับการพัฒนา")
    position: str = Field(default="", title="ตำแหน่ง", max_length=200)
    school: Annotated[str, Field(pattern=r"^([0-9]{10})?$")] = Field(default="", title="โรงเรียน")


class RecordTraining(Command):
    academic_year: Year = Field(title="ปีการศึกษา")
    title: Line = Field(title="ชื่อเรื่อง")
    held_on: date = Field(title="วันที่จัด")
    hours: float = Field(title="จำนวนชั่วโมง", gt=0, le=1000)
    organiser: Line = Field(title="ผู้จัด")
    policies: Policies = Field(title="นโยบาย/โครงการที่เกี่ยวข้อง")
    participants: list[ParticipantIn] = Field(
        default_factory=list, title="ผู้เข้ารับการพัฒนา", max_length=2000
    )


class AddParticipants(Command):
    participants: list[ParticipantIn] = Field(title="ผู้เข้ารับการพัฒนา", min_length=1, max_length=2000)


class RecordPartnership(Command):
    academic_year: Year = Field(title="ปีการศึกษา")
    partner: Line = Field(title="ภาคีเครือข่าย")
    sector: Sector = Field(title="ภาคส่วน")
    activity: Text = Field(title="กิจกรรมความร่วมมือ")
    schools: Schools = Field(default_factory=list, title="โรงเรียนที่ได้รับการสนับสนุน")
    started_on: date = Field(title="วันที่เริ่ม")
    outcome: Text = Field(default="", title="ผลที่เกิดขึ้น")


class ReportPartnershipSummary(Command):
    """สรุปและรายงานผลการประสานความร่วมมือกับหน่วยงานอื่น (sandbox manual, item 8.3)."""

    summary_th: Text = Field(title="สรุปผลการประสานความร่วมมือ", min_length=1)
    achievements: Lines = Field(default_factory=list, title="ผลสำเร็จที่เกิดขึ้น")
    next_steps: Lines = Field(default_factory=list, title="แนวทางการดำเนินงานต่อไป")
    reported_to: Line = Field(title="รายงานต่อ")
    reported_on: date = Field(title="วันที่รายงาน")
    document: EvidenceIn | None = Field(default=None, title="เอกสารรายงาน")


class RecordDissemination(Command):
    academic_year: Year = Field(title="ปีการศึกษา")
    title: Line = Field(title="ชื่อเรื่อง")
    channel: Channel = Field(title="ช่องทาง")
    published_on: date = Field(title="วันที่เผยแพร่")
    audience: str = Field(default="", title="กลุ่มเป้าหมาย", max_length=300)
    reach: int = Field(default=0, title="จำนวนผู้เข้าถึง", ge=0, le=100_000_000)
    evidence: Evidences = Field(default_factory=list, title="หลักฐาน")
