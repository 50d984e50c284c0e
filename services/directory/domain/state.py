"""What a unit of the organisation is now, folded from its own stream.

Each fold returns None for a stream that holds no registration (an unknown code).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from kit.auth.principal import Place
from kit.events import DomainEvent
from services.directory.domain import events as ev


@dataclass(frozen=True)
class Province:
    province: str
    name_th: str
    name_en: str
    iso_code: str = ""

    @property
    def place(self) -> Place:
        return Place.of_province(self.province)


@dataclass(frozen=True)
class Esa:
    esa: str
    province: str
    name_th: str
    name_en: str
    short_th: str
    level: str

    @property
    def place(self) -> Place:
        return Place.of_esa(self.esa)


@dataclass(frozen=True)
class Cluster:
    cluster: str
    esa: str
    province: str
    name_th: str
    name_en: str
    esa_since: date | None = None  # the day it joined its present ESA (None: from the start)
    closed_on: date | None = None

    @property
    def place(self) -> Place:
        return Place.of_cluster(self.cluster, self.esa)


@dataclass(frozen=True)
class School:
    school: str
    esa: str
    province: str
    cluster: str
    name_th: str
    name_en: str
    district_th: str
    sandbox_pilot: bool
    placed_since: date
    closed_on: date | None = None

    @property
    def place(self) -> Place:
        return Place.of_school(self.school, self.esa, self.cluster)


def province_of(history: list[DomainEvent]) -> Province | None:
    state: Province | None = None
    for e in history:
        if isinstance(e, ev.ProvinceRegistered):
            state = Province(e.province, e.name_th, e.name_en, e.iso_code)
        elif isinstance(e, ev.ProvinceRenamed) and state:
            state = replace(state, name_th=e.name_th, name_en=e.name_en)
    return state


def esa_of(history: list[DomainEvent]) -> Esa | None:
    state: Esa | None = None
    for e in history:
        if isinstance(e, ev.EsaRegistered):
            state = Esa(e.esa, e.province, e.name_th, e.name_en, e.short_th, e.level)
        elif isinstance(e, ev.EsaRenamed) and state:
            state = replace(state, name_th=e.name_th, name_en=e.name_en, short_th=e.short_th)
    return state


def cluster_of(history: list[DomainEvent]) -> Cluster | None:
    state: Cluster | None = None
    for e in history:
        if isinstance(e, ev.ClusterRegistered):
            state = Cluster(e.cluster, e.esa, e.province, e.name_th, e.name_en)
        elif state is None:
            continue
        elif isinstance(e, ev.ClusterRenamed):
            state = replace(state, name_th=e.name_th, name_en=e.name_en)
        elif isinstance(e, ev.ClusterMoved):
            state = replace(state, esa=e.to_esa, esa_since=e.effective_from)
        elif isinstance(e, ev.ClusterClosed):
            state = replace(state, closed_on=e.effective_from)
    return state


def school_of(history: list[DomainEvent]) -> School | None:
    state: School | None = None
    for e in history:
        if isinstance(e, ev.SchoolRegistered):
            state = School(
                e.school,
                e.esa,
                e.province,
                e.cluster,
                e.name_th,
                e.name_en,
                e.district_th,
                e.sandbox_pilot,
                e.effective_from,
            )
        elif state is not None:
            state = _school_changed(state, e)
    return state


def _school_changed(state: School, e: DomainEvent) -> School:
    if isinstance(e, ev.SchoolMoved):
        return replace(
            state,
            esa=e.to_esa,
            cluster=e.to_cluster,
            province=e.province,
            placed_since=e.effective_from,
        )
    if isinstance(e, ev.SchoolRenamed):
        return replace(state, name_th=e.name_th, name_en=e.name_en)
    if isinstance(e, ev.SandboxPilotStatusChanged):
        return replace(state, sandbox_pilot=e.sandbox_pilot)
    if isinstance(e, ev.SchoolClosed):
        return replace(state, closed_on=e.effective_from)
    return state


def school_placements(history: list[DomainEvent]) -> list[dict[str, str]]:
    """Where a school has been: ESA and cluster, each with the day it began."""
    out = []
    for e in history:
        if isinstance(e, ev.SchoolRegistered):
            out.append({"esa": e.esa, "cluster": e.cluster, "from": e.effective_from.isoformat()})
        elif isinstance(e, ev.SchoolMoved):
            out.append(
                {"esa": e.to_esa, "cluster": e.to_cluster, "from": e.effective_from.isoformat()}
            )
    return out


def cluster_placements(history: list[DomainEvent]) -> list[dict[str, str | None]]:
    """The ESAs a cluster has been in, each with the day it began (None: from the start)."""
    out: list[dict[str, str | None]] = []
    for e in history:
        if isinstance(e, ev.ClusterRegistered):
            since = e.effective_from.isoformat() if e.effective_from else None
            out.append({"esa": e.esa, "from": since})
        elif isinstance(e, ev.ClusterMoved):
            out.append({"esa": e.to_esa, "from": e.effective_from.isoformat()})
    return out
