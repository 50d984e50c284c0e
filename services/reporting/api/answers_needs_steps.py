"""Answers of the needs reports on model media sent to schools (step 3) and the follow-ups
of the schools' use of media (step 5, form 5)."""

from __future__ import annotations

from enum import StrEnum

from services.reporting.api.answers import Answer, Head, QualityLevel, Unit
from services.reporting.api.answers_needs import Category


class Channel(StrEnum):
    IN_PERSON = "in_person"
    POST = "post"
    ONLINE = "online"
    SUPERVISION_VISIT = "supervision_visit"


class Mode(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"


class MediaUse(StrEnum):
    IN_USE = "in_use"
    PARTLY = "partly"
    NOT_USED = "not_used"


class ChannelCount(Answer):
    channel: Channel
    channel_th: str
    dispatches: int


class KindItems(Answer):
    kind: Category
    kind_th: str
    items: int


class ModelMediaFigures(Answer):
    dispatches: int
    media_items: int
    schools_sent: int  # a school counted once per dispatch it was sent
    schools_reached: int  # a school counted once
    received: int
    receipt_rate: float
    by_channel: list[ChannelCount]
    by_kind: list[KindItems]


class ModelMediaRow(ModelMediaFigures, Unit):
    pass


class ModelMedia(ModelMediaFigures, Head):
    esas: list[ModelMediaRow] | None = None
    provinces: list[ModelMediaRow] | None = None


class LevelCount(Answer):
    level: QualityLevel
    level_th: str
    count: int


class ModeCount(Answer):
    mode: Mode
    mode_th: str
    count: int


class UseCount(Answer):
    use: MediaUse
    use_th: str
    count: int


class FollowupFigures(Answer):
    followups: int
    schools_followed: int
    uses_found: int
    in_use_rate: float
    by_level: list[LevelCount]
    by_mode: list[ModeCount]
    by_use: list[UseCount]


class FollowupRow(FollowupFigures, Unit):
    pass


class MediaFollowups(FollowupFigures, Head):
    esas: list[FollowupRow] | None = None
    provinces: list[FollowupRow] | None = None
