"""The codes of supervision work, as enumerations: what commands accept and events store.

Each code is stable (events keep it); its Thai label is in `terms`. Commands take these as
their field types, so the OpenAPI lists the allowed values.
"""

from __future__ import annotations

from enum import StrEnum


class VisitMode(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"
    PLC = "plc"


class Policy(StrEnum):
    OBEC = "obec"
    ESA = "esa"
    STEM_CODING = "stem_coding"
    DLTV = "dltv"
    COMPETENCY = "competency"
    ANTI_CORRUPTION = "anti_corruption"
    MEDIA_TECHNOLOGY = "media_technology"
    QUALITY_4Q = "quality_4q"
    ONE_DISTRICT_ONE_SCHOOL = "one_district_one_school"
    SUFFICIENCY_ECONOMY = "sufficiency_economy"
    MULTIPLE_INTELLIGENCES = "multiple_intelligences"
    OTHER = "other"


class RubricLevel(StrEnum):
    """Best first: ดีเยี่ยม, ดี, พอใช้, ปรับปรุง."""

    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    IMPROVE = "improve"


class ItemOutcome(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"


class Dimension(StrEnum):
    """The five dimensions of 4Q quality (TUMHOME plus INNO)."""

    STUDENT = "student"
    TEACHER = "teacher"
    CLASSROOM = "classroom"
    DIRECTOR = "director"
    MANAGEMENT = "management"


class Sector(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    COMMUNITY = "community"
    ACADEMIC = "academic"


class MemberSector(StrEnum):
    """Where a committee or team member comes from ("ทุกภาคส่วน")."""

    ESA = "esa"
    SCHOOL = "school"
    PUBLIC = "public"
    PRIVATE = "private"
    COMMUNITY = "community"
    ACADEMIC = "academic"


class Channel(StrEnum):
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    MEETING = "meeting"
    EXHIBITION = "exhibition"
    DOCUMENT = "document"
    BROADCAST = "broadcast"


class Review(StrEnum):
    """A reviewer's decision on a report: accept (approve) it, or return it with reasons."""

    ACCEPT = "accept"
    RETURN = "return"


class CommitteeRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY = "secretary"


class MonitoringBody(StrEnum):
    """ก.ต.ป.น. (the ESA's monitoring, evaluation and supervision committee) or its
    subcommittee อ.ก.ต.ป.น."""

    KTPN = "ktpn"
    AKTPN = "aktpn"


class Progress(StrEnum):
    """A school's progress on a dimension in a committee's progress report."""

    ON_TRACK = "on_track"
    BEHIND = "behind"
    NEEDS_HELP = "needs_help"
