"""Rules for provinces, ESAs and school clusters: create, rename, move a cluster, close one.

Pure decisions over a unit's state (services.directory.domain.state) and the states of the
other units a command names, which the handler reads first.
"""

from __future__ import annotations

from datetime import date

from kit.auth.principal import esa_province
from kit.events import DomainEvent
from kit.thai import format_date
from services.directory.domain import commands as cmd
from services.directory.domain import events as ev
from services.directory.domain.refusals import closed, duplicate, refused
from services.directory.domain.state import Cluster, Esa, Province


def create_province(history: list[DomainEvent], c: cmd.CreateProvince) -> list[DomainEvent]:
    if history:
        raise duplicate(cmd.CreateProvince, "province", "จังหวัด", "province")
    name_en = c.name_en or c.province.capitalize()
    return [
        ev.ProvinceRegistered(
            province=c.province, name_th=c.name_th, name_en=name_en, iso_code=c.iso_code
        )
    ]


def rename_province(p: Province, c: cmd.Rename, day: date) -> list[DomainEvent]:
    name_en = c.name_en or p.name_en
    if (c.name_th, name_en) == (p.name_th, p.name_en):
        return []
    return [
        ev.ProvinceRenamed(
            province=p.province, name_th=c.name_th, name_en=name_en, effective_from=day
        )
    ]


def create_esa(history: list[DomainEvent], c: cmd.CreateEsa, p: Province) -> list[DomainEvent]:
    if esa_province(c.esa) != p.province:
        raise refused(
            cmd.CreateEsa,
            "esa",
            "esa_code_province_mismatch",
            f"รหัสเขตพื้นที่ต้องขึ้นต้นด้วยรหัสจังหวัด เช่น {p.province}-1",
            f"An ESA code begins with its province's code, e.g. {p.province}-1.",
        )
    if history:
        raise duplicate(cmd.CreateEsa, "esa", "เขตพื้นที่", "ESA")
    return [
        ev.EsaRegistered(
            esa=c.esa,
            province=p.province,
            name_th=c.name_th,
            name_en=c.name_en or c.esa,
            short_th=c.short_th,
            level=c.level,
        )
    ]


def rename_esa(e: Esa, c: cmd.RenameEsa, day: date) -> list[DomainEvent]:
    names = (c.name_th, c.name_en or e.name_en, c.short_th or e.short_th)
    if names == (e.name_th, e.name_en, e.short_th):
        return []
    return [
        ev.EsaRenamed(
            esa=e.esa,
            province=e.province,
            name_th=names[0],
            name_en=names[1],
            short_th=names[2],
            effective_from=day,
        )
    ]


def create_cluster(
    history: list[DomainEvent], c: cmd.CreateCluster, e: Esa, day: date
) -> list[DomainEvent]:
    if history:
        raise duplicate(cmd.CreateCluster, "cluster", "กลุ่มโรงเรียน", "cluster")
    return [
        ev.ClusterRegistered(
            cluster=c.cluster,
            esa=e.esa,
            province=e.province,
            name_th=c.name_th,
            name_en=c.name_en or c.cluster,
            effective_from=day,
        )
    ]


def rename_cluster(k: Cluster, c: cmd.Rename, day: date) -> list[DomainEvent]:
    if k.closed_on:
        raise closed("กลุ่มโรงเรียน", "cluster")
    name_en = c.name_en or k.name_en
    if (c.name_th, name_en) == (k.name_th, k.name_en):
        return []
    return [
        ev.ClusterRenamed(
            cluster=k.cluster,
            esa=k.esa,
            province=k.province,
            name_th=c.name_th,
            name_en=name_en,
            effective_from=day,
        )
    ]


def move_cluster(k: Cluster, c: cmd.MoveCluster, to: Esa | None, day: date) -> list[DomainEvent]:
    """A cluster joins another ESA of its province; its schools follow (SchoolMoved each)."""
    if k.closed_on:
        raise closed("กลุ่มโรงเรียน", "cluster")
    if to is None:
        raise refused(cmd.MoveCluster, "to_esa", "unknown_esa", "ไม่พบเขตพื้นที่ปลายทาง", "No such ESA.")
    if to.province != k.province:
        raise refused(
            cmd.MoveCluster,
            "to_esa",
            "move_across_provinces",
            "ย้ายกลุ่มโรงเรียนไปเขตพื้นที่ของจังหวัดอื่นไม่ได้",
            "A cluster cannot move to an ESA of another province.",
        )
    if to.esa == k.esa:
        raise refused(
            cmd.MoveCluster,
            "to_esa",
            "already_there",
            "กลุ่มโรงเรียนนี้อยู่ในเขตพื้นที่นี้อยู่แล้ว",
            "The cluster is already in this ESA.",
        )
    if k.esa_since and day < k.esa_since:
        raise too_early(cmd.MoveCluster, k.esa_since)
    return [
        ev.ClusterMoved(
            cluster=k.cluster,
            from_esa=k.esa,
            to_esa=to.esa,
            province=k.province,
            effective_from=day,
        )
    ]


def close_cluster(
    k: Cluster, c: cmd.CloseCluster, open_schools: int, day: date
) -> list[DomainEvent]:
    if k.closed_on:
        raise closed("กลุ่มโรงเรียน", "cluster")
    if open_schools:
        raise refused(
            cmd.CloseCluster,
            "effective_from",
            "cluster_has_schools",
            f"กลุ่มโรงเรียนนี้ยังมีโรงเรียนที่เปิดอยู่ {open_schools} โรง ย้ายหรือปิดโรงเรียนก่อน",
            f"The cluster still has {open_schools} open schools: move or close them first.",
        )
    return [
        ev.ClusterClosed(
            cluster=k.cluster, esa=k.esa, province=k.province, reason=c.reason, effective_from=day
        )
    ]


def too_early(command: type[cmd.Command], since: date) -> Exception:
    return refused(
        command,
        "effective_from",
        "effective_too_early",
        f"วันที่มีผลต้องไม่ก่อนวันที่ {format_date(since)} ซึ่งเริ่มอยู่ในสังกัดปัจจุบัน",
        f"The change cannot take effect before {since.isoformat()}, when the present "
        "placement began.",
    )
