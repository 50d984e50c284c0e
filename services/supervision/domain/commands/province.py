"""Commands of a province's own supervision work (sandbox manual): the provincial SAR cycle
(item 6: briefing, guidelines, the synthesis committee, its synthesis, the driving
committee's approval, the provincial report) and the supervision committee (item 7.1)."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from services.supervision.domain.commands.base import (
    Appointment,
    Command,
    EvidenceIn,
    Line,
    Lines,
    Schools,
    Text,
)
from services.supervision.domain.vocabulary import Review


class HoldSarBriefing(Command):
    """ประชุมชี้แจงการติดตั้งระบบประกันคุณภาพการศึกษาแก่ผู้บริหารและครู (6.1)."""

    title: Line = Field(title="ชื่อการประชุม")
    held_on: date = Field(title="วันที่ประชุม")
    directors: int = Field(default=0, title="จำนวนผู้บริหารที่เข้าร่วม", ge=0, le=100_000)
    teachers: int = Field(default=0, title="จำนวนครูที่เข้าร่วม", ge=0, le=1_000_000)
    schools: Schools = Field(default_factory=list, title="สถานศึกษาที่เข้าร่วม")
    document: EvidenceIn | None = Field(default=None, title="เอกสารประกอบการประชุม")


class IssueSarGuidelines(Command):
    """จัดทำแนวทางการรายงานการประเมินตนเอง (SAR) ให้สถานศึกษานำร่อง (6.2)."""

    title: Line = Field(title="ชื่อแนวทาง")
    issued_on: date = Field(title="วันที่ประกาศ")
    due_on: date = Field(title="กำหนดส่งรายงาน SAR")
    document: EvidenceIn = Field(title="เอกสารแนวทาง")
    notes: Text = Field(default="", title="สาระสำคัญ")


class AppointSarSynthesisCommittee(Appointment):
    """แต่งตั้งคณะกรรมการดำเนินการสังเคราะห์รายงานการประเมินตนเอง (SAR) (6.3)."""


class RecordProvincialSarSynthesis(Command):
    """ผลการสังเคราะห์รายงานการประเมินตนเอง (SAR) ของจังหวัด, by the appointed committee."""

    summary_th: Text = Field(title="สรุปผลการสังเคราะห์", min_length=1)
    strengths: Lines = Field(default_factory=list, title="จุดเด่น")
    improvements: Lines = Field(default_factory=list, title="จุดที่ควรพัฒนา")
    document: EvidenceIn | None = Field(default=None, title="เอกสารผลการสังเคราะห์")


class DecideProvincialSarSynthesis(Command):
    """The driving committee approves the synthesis (ให้ความเห็นชอบ) or returns it (6.4)."""

    decision: Review = Field(title="มติคณะกรรมการ")
    reasons: Lines = Field(default_factory=list, title="เหตุผลที่ส่งกลับ")


class IssueProvincialSarReport(Command):
    """สำนักงานศึกษาธิการจังหวัดสรุปและรายงาน (6.5)."""

    summary_th: Text = Field(title="สรุปรายงาน", min_length=1)
    reported_to: Line = Field(title="รายงานต่อ")
    reported_on: date = Field(title="วันที่รายงาน")
    document: EvidenceIn | None = Field(default=None, title="เอกสารรายงาน")


class AppointSupervisionCommittee(Appointment):
    """แต่งตั้งคณะกรรมการดำเนินการนิเทศ ติดตาม เพื่อให้การช่วยเหลือโรงเรียน (7.1)."""

    focus_th: Line = Field(title="ประเด็นการนิเทศ ติดตาม")
    schools: Schools = Field(default_factory=list, title="โรงเรียนที่ให้การช่วยเหลือ")
