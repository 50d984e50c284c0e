"""Answers of the ESA's supervision records: personnel development (training), cooperation
with partners (form 7) and dissemination (form 8)."""

from __future__ import annotations

from enum import StrEnum

from services.reporting.api.answers import Answer, Head, Unit


class Sector(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    COMMUNITY = "community"
    ACADEMIC = "academic"
    OTHER = "other"


class Channel(StrEnum):
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    MEETING = "meeting"
    EXHIBITION = "exhibition"
    DOCUMENT = "document"
    BROADCAST = "broadcast"
    OTHER = "other"


class TrainingFigures(Answer):
    trainings: int
    hours: float
    participants: int
    schools_reached: int


class TrainingRow(TrainingFigures, Unit):
    pass


class TrainingHeld(Answer):
    title: str
    held_on: str
    hours: float
    organiser: str
    participants: int
    schools: int


class Training(TrainingFigures, Head):
    """Trainings held, their hours, participants and schools reached; an ESA lists them."""

    esas: list[TrainingRow] | None = None
    provinces: list[TrainingRow] | None = None
    trainings_held: list[TrainingHeld] | None = None


class SectorRow(Answer):
    sector: Sector
    sector_th: str
    partnerships: int
    schools: int


class PartnershipFigures(Answer):
    partnerships: int
    partners: int
    schools_supported: int
    by_sector: list[SectorRow]


class PartnershipRow(PartnershipFigures, Unit):
    pass


class Cooperation(Answer):
    partner: str
    sector: str
    sector_th: str
    activity: str
    started_on: str
    schools: int


class Partnerships(PartnershipFigures, Head):
    esas: list[PartnershipRow] | None = None
    provinces: list[PartnershipRow] | None = None
    cooperations: list[Cooperation] | None = None


class ChannelRow(Answer):
    channel: Channel
    channel_th: str
    records: int
    reach: int


class DisseminationFigures(Answer):
    records: int
    reach: int
    by_channel: list[ChannelRow]


class DisseminationRow(DisseminationFigures, Unit):
    pass


class Published(Answer):
    title: str
    channel: str
    channel_th: str
    published_on: str
    audience: str
    reach: int


class Dissemination(DisseminationFigures, Head):
    esas: list[DisseminationRow] | None = None
    provinces: list[DisseminationRow] | None = None
    published: list[Published] | None = None
