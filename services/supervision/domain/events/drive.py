"""An ESA's drive for 4Q quality in a year (TUMHOME plus INNO), one stream per ESA and year:
the driving team, the ก.ต.ป.น./อ.ก.ต.ป.น. committee and its progress reports, the good-practice
exchanges, and the results carried into next year's plan."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.supervision.domain.events.parts import Evidence, Member, Part


class DriveEvent(DomainEvent):
    esa: str
    province: str
    academic_year: int


class QualityDrivingTeamAppointed(DriveEvent):
    """ขั้นที่ 1 (T): คณะทำงานขับเคลื่อนโรงเรียนคุณภาพ 4Q แต่งตั้งโดยผู้อำนวยการเขตพื้นที่."""

    type = "supervision.QualityDrivingTeamAppointed"
    order_no: str
    appointed_on: date
    members: list[Member]


class MonitoringCommitteeAppointed(DriveEvent):
    """The ESA's ก.ต.ป.น. (or its อ.ก.ต.ป.น.) that follows the schools' 4Q progress."""

    type = "supervision.MonitoringCommitteeAppointed"
    body: str  # ktpn or aktpn
    order_no: str
    appointed_on: date
    members: list[Member]


class SchoolProgress(Part):
    school: str
    cluster: str
    statuses: dict[str, str]  # dimension -> on_track, behind, needs_help
    note: str = ""


class QualityProgressReported(DriveEvent):
    """ขั้นที่ 3 ข้อ 3: a progress report of the committee, school by school."""

    type = "supervision.QualityProgressReported"
    report_id: str
    round: int  # 1, 2... in the year
    body: str
    reported_on: date
    schools: list[SchoolProgress]
    summary_th: str
    recommendations: list[str]


class Practice(Part):
    school: str
    cluster: str
    title_th: str
    dimension: str


class GoodPracticeExchangeHeld(DriveEvent):
    """ขั้นที่ 7 ข้อ 3: กิจกรรมแลกเปลี่ยนเรียนรู้ผลการดำเนินงานที่ดีของสถานศึกษา."""

    type = "supervision.GoodPracticeExchangeHeld"
    exchange_id: str
    title: str
    held_on: date
    mode: str
    practices: list[Practice]
    participants: int
    evidence: list[Evidence]


class QualityResultsCarriedForward(DriveEvent):
    """ขั้นที่ 7 ข้อ 4: the year's results put into the plan of `next_year`."""

    type = "supervision.QualityResultsCarriedForward"
    next_year: int
    revision: int
    lessons_th: str
    priorities: list[str]  # dimensions
    focus_schools: list[str]
    actions: list[str]


DRIVE_EVENTS: list[type[DomainEvent]] = [
    QualityDrivingTeamAppointed,
    MonitoringCommitteeAppointed,
    QualityProgressReported,
    GoodPracticeExchangeHeld,
    QualityResultsCarriedForward,
]
