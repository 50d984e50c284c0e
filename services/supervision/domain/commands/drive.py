"""Commands of an ESA's drive for 4Q quality (TUMHOME plus INNO) beyond the agreements: the
driving team (T), the ก.ต.ป.น./อ.ก.ต.ป.น. committee and its progress reports (M.3), the
good-practice exchange (E.3) and the year's results carried into next year's plan (E.4)."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from services.supervision.domain.commands.base import (
    Appointment,
    Command,
    Evidences,
    Line,
    Lines,
    SchoolCode,
    Schools,
    Text,
)
from services.supervision.domain.vocabulary import Dimension, MonitoringBody, Progress, VisitMode


class AppointDrivingTeam(Appointment):
    """ขั้นที่ 1 สร้างทีมงานร่วมพัฒนา (T): แต่งตั้งคณะทำงานขับเคลื่อนโดยมีส่วนร่วมของทุกภาคส่วน."""


class AppointMonitoringCommittee(Appointment):
    """คณะกรรมการขับเคลื่อนระดับสำนักงานเขตพื้นที่การศึกษา: ก.ต.ป.น. หรือ อ.ก.ต.ป.น."""

    body: MonitoringBody = Field(title="คณะกรรมการ")


class SchoolProgressIn(Command):
    school: SchoolCode = Field(title="โรงเรียน")
    statuses: dict[Dimension, Progress] = Field(
        title="ความก้าวหน้ารายด้าน", min_length=1, max_length=5
    )
    note: str = Field(default="", title="ข้อค้นพบ", max_length=2000)


class ReportQualityProgress(Command):
    """ขั้นที่ 3 ข้อ 3: ก.ต.ป.น./อ.ก.ต.ป.น. นิเทศ ติดตามเชิงรุก และรายงานความก้าวหน้า."""

    body: MonitoringBody = Field(title="คณะกรรมการที่รายงาน")
    reported_on: date = Field(title="วันที่รายงาน")
    schools: list[SchoolProgressIn] = Field(
        title="ความก้าวหน้ารายโรงเรียน", min_length=1, max_length=500
    )
    summary_th: Text = Field(title="สรุปความก้าวหน้า", min_length=1)
    recommendations: Lines = Field(default_factory=list, title="ข้อเสนอแนะ")


class PracticeIn(Command):
    school: SchoolCode = Field(title="โรงเรียน")
    title_th: Line = Field(title="ผลการดำเนินงานที่ดี (Best Practice)")
    dimension: Dimension = Field(title="ด้านคุณภาพ")


class HoldGoodPracticeExchange(Command):
    """ขั้นที่ 7 ข้อ 3: จัดกิจกรรมแลกเปลี่ยนเรียนรู้ผลการดำเนินงานที่ดี เป็นแบบอย่างได้."""

    title: Line = Field(title="ชื่อกิจกรรม")
    held_on: date = Field(title="วันที่จัด")
    mode: VisitMode = Field(default=VisitMode.ON_SITE, title="รูปแบบการจัด")
    practices: list[PracticeIn] = Field(
        title="ผลการดำเนินงานที่ดีที่นำเสนอ", min_length=1, max_length=200
    )
    participants: int = Field(default=0, title="จำนวนผู้เข้าร่วม", ge=0, le=1_000_000)
    evidence: Evidences = Field(default_factory=list, title="หลักฐาน")


class CarryResultsForward(Command):
    """ขั้นที่ 7 ข้อ 4: นำผลการดำเนินงานไปวางแผนการทำงานต่อไป (ปีการศึกษาถัดไป)."""

    lessons_th: Text = Field(title="บทเรียนจากผลการดำเนินงาน", min_length=1)
    priorities: list[Dimension] = Field(
        title="ด้านที่ต้องให้ความสำคัญในปีถัดไป", min_length=1, max_length=5
    )
    focus_schools: Schools = Field(default_factory=list, title="โรงเรียนที่ต้องเร่งพัฒนา")
    actions: Lines = Field(default_factory=list, title="แนวทางการดำเนินงานปีถัดไป")
