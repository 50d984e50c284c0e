"""What several needs commands share: the base, codes, days, notes, and a choice of schools."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

ID = r"^[0-9A-Za-z-]{1,64}$"
SCHOOL_CODE = r"^[0-9]{10}$"
CLUSTER_CODE = r"^[a-z][a-z0-9-]{1,60}$"

Id = Annotated[str, Field(pattern=ID)]
SchoolCode = Annotated[str, Field(pattern=SCHOOL_CODE, title="รหัสโรงเรียน")]
Note = Annotated[str, Field(max_length=1000, title="หมายเหตุ")]
Reason = Annotated[str, Field(min_length=1, max_length=1000, title="เหตุผล")]
AcademicYear = Annotated[
    int, Field(ge=2560, le=2600, title="ปีการศึกษา", description="Academic year in B.E., e.g. 2569")
]
Day = Annotated[date, Field(ge=date(2000, 1, 1), le=date(2100, 12, 31))]


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TargetKind(StrEnum):
    """Which of the ESA's schools: all of them, one cluster, or a list."""

    ALL = "all"
    CLUSTER = "cluster"
    LIST = "list"


class Target(Command):
    """The schools a campaign asks, or a dispatch of model media goes to."""

    kind: TargetKind = Field(default=TargetKind.ALL, title="โรงเรียนเป้าหมาย")
    cluster: str | None = Field(default=None, pattern=CLUSTER_CODE, title="กลุ่มโรงเรียน")
    schools: list[SchoolCode] = Field(default_factory=list, max_length=5000, title="รายชื่อโรงเรียน")

    @model_validator(mode="after")
    def _complete(self) -> Target:
        if self.kind is TargetKind.CLUSTER and not self.cluster:
            raise ValueError("target.cluster is required when kind is 'cluster'")
        if self.kind is TargetKind.LIST and not self.schools:
            raise ValueError("target.schools is required when kind is 'list'")
        return self


class EvidenceItem(Command):
    """A document kept elsewhere, named by a reference and pinned by its SHA-256."""

    title: str = Field(min_length=1, max_length=200, title="ชื่อหลักฐาน")
    reference: str = Field(
        min_length=1,
        max_length=500,
        title="ที่อยู่ของหลักฐาน",
        description="Where the document lives: a URL or document id",
    )
    sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$", title="รหัส SHA-256 ของเนื้อหา", description="hex digest"
    )
