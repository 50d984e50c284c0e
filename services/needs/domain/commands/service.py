"""Media service commands (step 4, forms 4 and 6): ask, answer, rate, improve the service."""

from __future__ import annotations

from pydantic import Field

from services.needs.domain.commands.common import (
    Command,
    Day,
    Id,
    Note,
    Reason,
)
from services.needs.domain.vocabulary import ServiceKind, Subject


class RequestedItemIn(Command):
    name: str = Field(min_length=1, max_length=200, title="รายการ")
    quantity: int = Field(default=1, ge=1, le=10_000, title="จำนวน")


class RequestService(Command):
    kind: ServiceKind = Field(title="ประเภทบริการ")
    subject: Subject = Field(default=Subject.GENERAL, title="กลุ่มสาระการเรียนรู้")
    details: str = Field(min_length=1, max_length=2000, title="รายละเอียดความต้องการ")
    items: list[RequestedItemIn] = Field(default_factory=list, max_length=20, title="รายการที่ขอยืม")
    needed_by: Day | None = Field(default=None, title="ต้องการภายในวันที่")


class AcceptRequest(Command):
    note: Note = ""


class ScheduleService(Command):
    scheduled_on: Day = Field(title="วันนัดหมายให้บริการ")
    note: Note = ""


class FulfilRequest(Command):
    fulfilled_on: Day | None = Field(default=None, title="วันที่ให้บริการ", description="Default: today")
    note: Note = ""


class DeclineRequest(Command):
    reason: Reason = Field(title="เหตุผลที่ไม่สามารถให้บริการ")


class RateService(Command):
    rating: int = Field(
        ge=1, le=5, title="ความพึงพอใจ", description="1 (ไม่พึงพอใจ) to 5 (พึงพอใจมากที่สุด)"
    )
    comment: Note = ""


class RecordImprovement(Command):
    academic_year: int | None = Field(
        default=None, ge=2560, le=2600, title="ปีการศึกษา", description="Default: the current one"
    )
    finding: str = Field(
        min_length=1, max_length=2000, title="ผลการประเมินที่พบ", description="What was found"
    )
    action: str = Field(
        min_length=1, max_length=2000, title="สิ่งที่ปรับปรุง", description="What the ESA changed"
    )
    request_ids: list[Id] = Field(default_factory=list, max_length=50, title="คำขอที่เกี่ยวข้อง")
