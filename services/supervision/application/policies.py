"""Reactions to other services' events.

on_curriculum_approved: when a school's curriculum is finally approved (by the provincial
driving committee for type 2, the national policy committee for type 3), a follow-up
supervision of its implementation is scheduled for that school. Redelivery is harmless: the
command carries the event id as its idempotency key and the decision looks for the case.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import CloudEvent
from kit.ids import new_id
from services.supervision.application.ports import Directory
from services.supervision.domain import followups

CURRICULUM_APPROVED = "curriculum.CurriculumApproved"
ACTOR = "system:curriculum-policy"


class CurriculumApproved(BaseModel):
    """The part of curriculum.CurriculumApproved this service reads (unknown fields ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    case_id: str = Field(min_length=1, max_length=200)
    school: str = Field(min_length=1, max_length=20)
    esa: str = Field(min_length=1, max_length=60)
    province: str = Field(min_length=1, max_length=60)
    academic_year: int = Field(ge=2500, le=2700)
    curriculum_type: int = Field(ge=2, le=3)
    approved_by: str = Field(max_length=60)
    decided_at: datetime

    @field_validator("decided_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=UTC)


async def on_curriculum_approved(
    runner: CommandRunner, directory: Directory, event: CloudEvent
) -> CommandOutcome | None:
    if event.type != CURRICULUM_APPROVED:
        return None
    approved = CurriculumApproved.model_validate(event.data)
    known = await directory.school(approved.school)
    where = {
        "school": approved.school,
        "cluster": known.cluster if known else "",
        "esa": approved.esa,
        "province": approved.province,
    }
    follow_up_id = new_id()
    target = StreamTarget(
        approved.esa,
        approved.province,
        followups.follow_up_stream(approved.school, approved.academic_year),
    )
    return await runner.run(
        target,
        _meta(event),
        lambda h: followups.schedule_curriculum_follow_up(
            h,
            follow_up_id,
            where,
            approved.case_id,
            approved.academic_year,
            approved.curriculum_type,
            approved.approved_by,
            approved.decided_at,
        ),
    )


def _meta(event: CloudEvent) -> CommandMeta:
    """The policy's command: the approval's id is its idempotency key."""
    return CommandMeta(
        actor_id=ACTOR,
        actor_role="system",
        name="schedule_curriculum_follow_up",
        payload={"event": event.id},
        idempotency_key=f"curriculum-approved:{event.id}",
        correlation_id=event.correlationid,
    )
