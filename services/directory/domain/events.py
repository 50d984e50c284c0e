"""Directory events. Changes to the organisation are effective-dated (`effective_from`)."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent, EventRegistry


class ProvinceRegistered(DomainEvent):
    type = "directory.ProvinceRegistered"
    province: str
    name_th: str
    name_en: str


class EsaRegistered(DomainEvent):
    type = "directory.EsaRegistered"
    esa: str
    province: str
    name_th: str
    name_en: str
    short_th: str
    level: str  # "primary" (สพป.) or "secondary" (สพม.)


class ClusterRegistered(DomainEvent):
    type = "directory.ClusterRegistered"
    cluster: str
    esa: str
    province: str
    name_th: str
    name_en: str


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


class RoleGranted(DomainEvent):
    type = "directory.RoleGranted"
    person: str
    role: str
    level: str
    scope: str  # school code, ESA code, province code or "th"
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
        EsaRegistered,
        ClusterRegistered,
        SchoolRegistered,
        SchoolMoved,
        SandboxPilotStatusChanged,
        PersonRegistered,
        RoleGranted,
        RoleRevoked,
    ]
)
