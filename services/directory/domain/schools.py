"""Rules for schools: register in a cluster, rename, move, sandbox pilot status, close.

A school is always in one open cluster of its ESA; a move takes it to another cluster (of
the same or another ESA of its province) from a given day, and keeps where it was before.
"""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.directory.domain import commands as cmd
from services.directory.domain import events as ev
from services.directory.domain.organisation import too_early
from services.directory.domain.refusals import closed, duplicate, refused
from services.directory.domain.state import Cluster, School


def _usable_cluster(
    command: type[cmd.Command], field: str, k: Cluster | None, esa: str | None
) -> Cluster:
    if k is None:
        raise refused(command, field, "unknown_cluster", "ไม่พบกลุ่มโรงเรียนนี้", "No such cluster.")
    if k.closed_on:
        raise refused(
            command, field, "cluster_closed", "กลุ่มโรงเรียนนี้ปิดแล้ว", "This cluster is closed."
        )
    if esa is not None and k.esa != esa:
        raise refused(
            command,
            field,
            "cluster_of_another_esa",
            "กลุ่มโรงเรียนนี้ไม่ได้อยู่ในเขตพื้นที่ที่ระบุ",
            "This cluster is not in the given ESA.",
        )
    return k


def register_school(
    history: list[DomainEvent], c: cmd.RegisterSchool, esa: str, k: Cluster | None, day: date
) -> list[DomainEvent]:
    cluster = _usable_cluster(cmd.RegisterSchool, "cluster", k, esa)
    if history:
        raise duplicate(cmd.RegisterSchool, "school", "โรงเรียน", "school")
    return [
        ev.SchoolRegistered(
            school=c.school,
            name_th=c.name_th,
            name_en=c.name_en,
            esa=cluster.esa,
            province=cluster.province,
            cluster=cluster.cluster,
            district_th=c.district_th,
            sandbox_pilot=c.sandbox_pilot,
            effective_from=day,
        )
    ]


def rename_school(s: School, c: cmd.Rename, day: date) -> list[DomainEvent]:
    if s.closed_on:
        raise closed("โรงเรียน", "school")
    name_en = c.name_en or s.name_en
    if (c.name_th, name_en) == (s.name_th, s.name_en):
        return []
    return [
        ev.SchoolRenamed(
            school=s.school,
            esa=s.esa,
            province=s.province,
            cluster=s.cluster,
            name_th=c.name_th,
            name_en=name_en,
            effective_from=day,
        )
    ]


def set_sandbox_pilot(s: School, c: cmd.SetSandboxPilot, day: date) -> list[DomainEvent]:
    if s.closed_on:
        raise closed("โรงเรียน", "school")
    if s.sandbox_pilot == c.sandbox_pilot:
        return []
    return [
        ev.SandboxPilotStatusChanged(
            school=s.school,
            esa=s.esa,
            province=s.province,
            sandbox_pilot=c.sandbox_pilot,
            effective_from=day,
        )
    ]


def move_school(s: School, c: cmd.MoveSchool, k: Cluster | None, day: date) -> list[DomainEvent]:
    if s.closed_on:
        raise closed("โรงเรียน", "school")
    to = _usable_cluster(cmd.MoveSchool, "to_cluster", k, c.to_esa)
    if to.province != s.province:
        raise refused(
            cmd.MoveSchool,
            "to_cluster",
            "move_across_provinces",
            "ย้ายโรงเรียนไปกลุ่มโรงเรียนของจังหวัดอื่นไม่ได้",
            "A school cannot move to a cluster of another province.",
        )
    if to.cluster == s.cluster:
        raise refused(
            cmd.MoveSchool,
            "to_cluster",
            "already_there",
            "โรงเรียนนี้อยู่ในกลุ่มโรงเรียนนี้อยู่แล้ว",
            "The school is already in this cluster.",
        )
    if day < s.placed_since:
        raise too_early(cmd.MoveSchool, s.placed_since)
    return [_moved(s, to, day)]


def follow_cluster(s: School | None, k: Cluster, day: date) -> list[DomainEvent]:
    """A school of a cluster that moved to another ESA goes with it (from the later of the
    cluster's move and the school's own placement); nothing when that is already so."""
    if s is None or s.closed_on or s.cluster != k.cluster or s.esa == k.esa:
        return []
    return [_moved(s, k, max(day, s.placed_since))]


def _moved(s: School, to: Cluster, day: date) -> ev.SchoolMoved:
    return ev.SchoolMoved(
        school=s.school,
        from_esa=s.esa,
        from_cluster=s.cluster,
        to_esa=to.esa,
        to_cluster=to.cluster,
        province=to.province,
        effective_from=day,
    )


def close_school(s: School, c: cmd.CloseSchool, day: date) -> list[DomainEvent]:
    if s.closed_on:
        raise closed("โรงเรียน", "school")
    if day < s.placed_since:
        raise too_early(cmd.CloseSchool, s.placed_since)
    return [
        ev.SchoolClosed(
            school=s.school,
            esa=s.esa,
            province=s.province,
            cluster=s.cluster,
            reason=c.reason,
            effective_from=day,
        )
    ]
