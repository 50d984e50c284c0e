"""A province's own supervision records (tenant: the province code): the provincial SAR
cycle of the sandbox manual (item 6) in one stream per province and year, and the
supervision committee the provincial driving committee appoints (item 7.1)."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.supervision.domain.events.parts import Evidence, Member, Part, ProvinceSchool


class ProvinceYearEvent(DomainEvent):
    province: str
    academic_year: int


class SarBriefingHeld(ProvinceYearEvent):
    """6.1 ประชุมชี้แจงการติดตั้งระบบประกันคุณภาพการศึกษาแก่ผู้บริหารและครู."""

    type = "supervision.SarBriefingHeld"
    briefing_id: str
    title: str
    held_on: date
    directors: int
    teachers: int
    schools: list[ProvinceSchool]
    document: Evidence | None = None


class SarGuidelinesIssued(ProvinceYearEvent):
    """6.2 แนวทางการรายงานการประเมินตนเอง (SAR) ให้สถานศึกษานำร่อง (a new version supersedes)."""

    type = "supervision.SarGuidelinesIssued"
    version: int
    title: str
    issued_on: date
    due_on: date
    document: Evidence
    notes: str = ""


class SarSynthesisCommitteeAppointed(ProvinceYearEvent):
    """6.3 คณะกรรมการดำเนินการสังเคราะห์รายงานการประเมินตนเอง (SAR)."""

    type = "supervision.SarSynthesisCommitteeAppointed"
    order_no: str
    appointed_on: date
    members: list[Member]


class EsaSynthesis(Part):
    """An ESA's SAR synthesis as the provincial synthesis took it in."""

    esa: str
    schools_accepted: int


class ProvincialSarSynthesisRecorded(ProvinceYearEvent):
    """The committee's synthesis of the ESAs' SAR syntheses (6.3-6.4)."""

    type = "supervision.ProvincialSarSynthesisRecorded"
    revision: int
    summary_th: str
    strengths: list[str]
    improvements: list[str]
    esas: list[EsaSynthesis]
    document: Evidence | None = None
    by: str  # the committee member who recorded it


class ProvincialSarSynthesisApproved(ProvinceYearEvent):
    """6.4 คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัดให้ความเห็นชอบ."""

    type = "supervision.ProvincialSarSynthesisApproved"
    revision: int


class ProvincialSarSynthesisReturned(ProvinceYearEvent):
    """The driving committee sends the synthesis back to the committee, with reasons."""

    type = "supervision.ProvincialSarSynthesisReturned"
    revision: int
    reasons: list[str]


class ProvincialSarReportIssued(ProvinceYearEvent):
    """6.5 สำนักงานศึกษาธิการจังหวัดสรุปและรายงาน."""

    type = "supervision.ProvincialSarReportIssued"
    revision: int  # the approved synthesis it reports
    summary_th: str
    reported_to: str
    reported_on: date
    document: Evidence | None = None


class SupervisionCommitteeAppointed(ProvinceYearEvent):
    """7.1 คณะกรรมการดำเนินการนิเทศ ติดตาม เพื่อให้การช่วยเหลือโรงเรียน (a new order supersedes)."""

    type = "supervision.SupervisionCommitteeAppointed"
    order_no: str
    appointed_on: date
    members: list[Member]
    focus_th: str
    schools: list[ProvinceSchool]


PROVINCE_EVENTS: list[type[DomainEvent]] = [
    SarBriefingHeld,
    SarGuidelinesIssued,
    SarSynthesisCommitteeAppointed,
    ProvincialSarSynthesisRecorded,
    ProvincialSarSynthesisApproved,
    ProvincialSarSynthesisReturned,
    ProvincialSarReportIssued,
    SupervisionCommitteeAppointed,
]
