"""What every curriculum command shares: frozen, unknown fields refused, and the field types
used by several of them (with their Thai titles and limits)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from services.curriculum.domain.reference import Competency, CompetencyLevel

SCHOOL_CODE = r"^[0-9]{10}$"
CONTENT_HASH = r"^sha256:[0-9a-f]{64}$"


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
Reason = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
    Field(title="เหตุผล"),
]
AcademicYear = Annotated[
    int, Field(ge=2560, le=2600, title="ปีการศึกษา", description="Academic year (B.E.)")
]
Semester = Annotated[int, Field(ge=1, le=2, title="ภาคเรียน", description="Semester 1 or 2")]
CurriculumType = Annotated[
    Literal[2, 3], Field(title="ประเภทหลักสูตร", description="Type 2 or type 3 (sandbox)")
]
SchoolCode = Annotated[
    str, Field(pattern=SCHOOL_CODE, title="รหัสโรงเรียน", description="OBEC school code")
]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Day = Annotated[date, Field(ge=date(2015, 1, 1), le=date(2100, 12, 31))]
Count = Annotated[int, Field(ge=0, le=100_000)]
Baht = Annotated[int, Field(ge=0, le=1_000_000_000, title="จำนวนเงิน (บาท)")]
Competencies = Annotated[
    list[Competency],
    Field(min_length=1, max_length=6, title="สมรรถนะที่มุ่งพัฒนา/ประเมิน"),
]
LevelCounts = Annotated[
    dict[Competency, dict[CompetencyLevel, Count]],
    Field(
        min_length=1,
        title="จำนวนผู้เรียนในแต่ละระดับของแต่ละสมรรถนะ",
        description="Competency -> level -> number of learners",
    ),
]


class DocumentVersion(Command):
    """A version of a document: where the file is kept and its content hash."""

    reference: str = Field(
        min_length=1, max_length=500, title="ที่เก็บเอกสาร", description="Where the file is kept"
    )
    content_hash: str = Field(
        pattern=CONTENT_HASH, title="รหัสตรวจสอบเอกสาร", description="sha256:<64 lower-case hex>"
    )
    note: str = Field(default="", max_length=1000, title="หมายเหตุของฉบับนี้")


def repeated(values: list[str]) -> list[str]:
    """The values a list holds more than once, in order of appearance."""
    seen: set[str] = set()
    twice: list[str] = []
    for value in values:
        if value in seen and value not in twice:
            twice.append(value)
        seen.add(value)
    return twice
