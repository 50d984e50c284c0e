"""Step 5 events, form 5: a supervisor's record of how a school uses media and the service.

It counts in the academic year and semester of the day of the follow-up.
"""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.needs.domain.events.value import Value
from services.needs.domain.vocabulary import (
    FollowupMode,
    LinkKind,
    MediaUse,
    QualityLevel,
    UseAspect,
)


class AspectScored(Value):
    aspect: UseAspect
    score: int  # 1 (ปรับปรุง) to 4 (ดีเยี่ยม)
    note: str = ""


class RecordUse(Value):
    """One record the follow-up concerns, named as it stood then, and what was found of it."""

    kind: LinkKind
    id: str
    title: str
    use: MediaUse
    note: str = ""


class MediaUseFollowedUp(DomainEvent):
    """Form 5: how a school uses its media and the media service, as a supervisor found it."""

    type = "needs.MediaUseFollowedUp"
    followup_id: str
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int
    semester: int
    visited_on: date
    mode: FollowupMode
    scores: list[AspectScored]
    mean: float
    quality_level: QualityLevel
    uses: list[RecordUse] = []
    findings: str
    recommendations: str = ""
