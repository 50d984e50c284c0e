"""Directory events. Changes to the organisation are effective-dated (`effective_from`).

Types are never renamed and payloads only gain optional fields: needs, supervision,
curriculum, subscriptions and reporting each keep a view of the organisation from these.
A cluster that moves to another ESA takes its schools with it: each school's move is a
`SchoolMoved` of its own (services.directory.application.placement), so a reader of school
placements needs nothing else to say where a school was on any day.
"""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent, EventRegistry


class ProvinceRegistered(DomainEvent):
    type = "directory.ProvinceRegistered"
    province: str
    name_th: str
    name_en: str
    iso_code: str = ""  # ISO 3166-2, e.g. TH-42


class ProvinceRenamed(DomainEvent):
    type = "directory.ProvinceRenamed"
    province: str
    name_th: str
    name_en: str
    effective_from: date


class EsaRegistered(DomainEvent):
    type = "directory.EsaRegistered"
    esa: str
    province: str
    name_th: str
    name_en: str
    short_th: str
    level: str  # "primary" (สพป.) or "secondary" (สพม.)


class EsaRenamed(DomainEvent):
    type = "directory.EsaRenamed"
    esa: str
    province: str
    name_th: str
    name_en: str
    short_th: str
    effective_from: date


class ClusterRegistered(DomainEvent):
    type = "directory.ClusterRegistered"
    cluster: str
    esa: str
    province: str
    name_th: str
    name_en: str
    effective_from: date | None = None


class ClusterRenamed(DomainEvent):
    type = "directory.ClusterRenamed"
    cluster: str
    esa: str
    province: str
    name_th: str
    name_en: str
    effective_from: date


class ClusterMoved(DomainEvent):
    """A cluster joins another ESA of its province; each of its schools follows (SchoolMoved)."""

    type = "directory.ClusterMoved"
    cluster: str
    from_esa: str
    to_esa: str
    province: str
    effective_from: date


class ClusterClosed(DomainEvent):
    type = "directory.ClusterClosed"
    cluster: str
    esa: str
    province: str
    reason: str = ""
    effective_from: date


class SchoolRegistered(DomainEvent):
    type = "directory.SchoolRegistered"
    school: str  # OBEC school code
    name_th: str
    name_en: str
    esa: str
    province: str
    cluster: str
    district_th: str = ""
    sandbox_pilot: bool = False
    effective_from: date


class SchoolRenamed(DomainEvent):
    type = "directory.SchoolRenamed"
    school: str
    esa: str
    province: str
    cluster: str
    name_th: str
    name_en: str
    effective_from: date


class SchoolClosed(DomainEvent):
    """A school is retired (merged, dissolved): it keeps its history, takes no new work."""

    type = "directory.SchoolClosed"
    school: str
    esa: str
    province: str
    cluster: str
    reason: str = ""
    effective_from: date


class SchoolMoved(DomainEvent):
    """A school joins another cluster (and possibly another ESA) from a given day."""

    type = "directory.SchoolMoved"
    school: str
    from_esa: str
    from_cluster: str
    to_esa: str
    to_cluster: str
    province: str
    effective_from: date


class SandboxPilotStatusChanged(DomainEvent):
    type = "directory.SandboxPilotStatusChanged"
    school: str
    esa: str
    province: str
    sandbox_pilot: bool
    effective_from: date


class PersonRegistered(DomainEvent):
    type = "directory.PersonRegistered"
    person: str
    name_th: str
    name_en: str
    position_th: str = ""
    esa: str = ""  # the ESA whose administrator registered the person ("" for national)


class RoleGranted(DomainEvent):
    type = "directory.RoleGranted"
    person: str
    role: str
    level: str
    scope: str  # school code, cluster code, ESA code, province code or "th"
    esa: str = ""
    province: str = ""
    effective_from: date


class RoleRevoked(DomainEvent):
    type = "directory.RoleRevoked"
    person: str
    role: str
    level: str
    scope: str
    effective_from: date


registry = EventRegistry(
    [
        ProvinceRegistered,
        ProvinceRenamed,
        EsaRegistered,
        EsaRenamed,
        ClusterRegistered,
        ClusterRenamed,
        ClusterMoved,
        ClusterClosed,
        SchoolRegistered,
        SchoolRenamed,
        SchoolMoved,
        SandboxPilotStatusChanged,
        SchoolClosed,
        PersonRegistered,
        RoleGranted,
        RoleRevoked,
    ]
)
