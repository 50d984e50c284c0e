"""A school's summary of its learners' competency levels for a semester."""

from __future__ import annotations

from pydantic import Field

from services.curriculum.domain.commands.base import Command, LevelCounts


class ReportCompetencyAssessment(Command):
    learners: int = Field(
        ge=0, le=100_000, title="จำนวนผู้เรียนที่ประเมิน", description="Learners assessed this semester"
    )
    levels: LevelCounts
