"""Loading the demo organisation at start (development and test only, `NITHET_DEMO_DATA`).

Every registration is decided once: a unit or person already registered is left as it is
(renamed, moved or closed since, it stays so), and a demo grant is given once ever (revoked
since, it is not given again). A second start therefore appends nothing. Registrations of
one level run concurrently, levels in order (provinces before their ESAs...).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from datetime import date

from kit.auth.principal import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.directory import reference as ref
from services.directory.domain import events as ev
from services.directory.domain import model
from services.directory.provinces import PROVINCE_BY_CODE

SINCE = date(2026, 5, 16)  # the first day of academic year 2569
CONCURRENCY = 16
Step = Callable[[], Awaitable[CommandOutcome]]


def _meta(name: str) -> CommandMeta:
    return CommandMeta(actor_id="system:demo-data", actor_role="admin", name=name)


def _once(runner: CommandRunner, tenant: str, stream: str, event: DomainEvent) -> Step:
    target = StreamTarget(tenant, esa_province(tenant), stream)
    name = type(event).__name__
    return lambda: runner.run(target, _meta(name), lambda h: model.register_once(h, event))


async def _all(steps: Iterable[Step]) -> int:
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(step: Step) -> None:
        async with gate:
            await step()

    listed = list(steps)
    await asyncio.gather(*(one(s) for s in listed))
    return len(listed)


async def load_demo_data(runner: CommandRunner) -> int:
    """Register the demo organisation, people and grants; returns the commands run."""
    count = await _all(_provinces(runner))
    count += await _all(_esas(runner))
    count += await _all(_clusters(runner))
    count += await _all(_schools(runner))
    count += await _all(_people(runner))
    return count + await _all(_grants(runner))


def _provinces(runner: CommandRunner) -> Iterable[Step]:
    for p in ref.PROVINCES:
        known = PROVINCE_BY_CODE[p.code]
        event = ev.ProvinceRegistered(
            province=p.code, name_th=p.name_th, name_en=p.name_en, iso_code=known.iso_code
        )
        yield _once(runner, p.code, model.stream_of_province(p.code), event)


def _esas(runner: CommandRunner) -> Iterable[Step]:
    for e in ref.ESAS:
        event = ev.EsaRegistered(
            esa=e.code,
            province=e.province,
            name_th=e.name_th,
            name_en=e.name_en,
            short_th=e.short_th,
            level="primary",
        )
        yield _once(runner, e.code, model.stream_of_esa(e.code), event)


def _clusters(runner: CommandRunner) -> Iterable[Step]:
    for c in ref.CLUSTERS:
        event = ev.ClusterRegistered(
            cluster=c.code,
            esa=c.esa,
            province=c.esa.rsplit("-", 1)[0],
            name_th=c.name_th,
            name_en=c.name_en,
        )
        yield _once(runner, c.esa, model.stream_of_cluster(c.code), event)


def _schools(runner: CommandRunner) -> Iterable[Step]:
    for s in ref.SCHOOLS:
        event = ev.SchoolRegistered(
            school=s.code,
            name_th=s.name_th,
            name_en=s.name_en,
            esa=s.esa,
            province=s.esa.rsplit("-", 1)[0],
            cluster=s.cluster,
            district_th=s.district_th,
            sandbox_pilot=s.sandbox_pilot,
            effective_from=SINCE,
        )
        yield _once(runner, s.esa, model.stream_of_school(s.code), event)


def _people(runner: CommandRunner) -> Iterable[Step]:
    for p in ref.PEOPLE:
        event = ev.PersonRegistered(
            person=p.id, name_th=p.name_th, name_en=p.name_en, position_th=p.position_th
        )
        yield _once(runner, "th", model.stream_of_person(p.id), event)


def _grants(runner: CommandRunner) -> Iterable[Step]:
    """Each person's demo grants in one command (one stream each)."""
    for p in ref.PEOPLE:
        grants = [_grant(p.id, role, level, scope) for role, level, scope in p.grants]
        yield _granting(runner, p.id, grants)


def _granting(runner: CommandRunner, person: str, grants: list[ev.RoleGranted]) -> Step:
    target = StreamTarget("th", "th", model.stream_of_person(person))

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        out: list[DomainEvent] = []
        for grant in grants:
            out += model.seed_grant([*history, *out], grant)
        return out

    return lambda: runner.run(target, _meta("RoleGranted"), decide)


def _grant(person: str, role: str, level: str, scope: str) -> ev.RoleGranted:
    school = ref.SCHOOL_BY_CODE.get(scope)
    cluster = ref.CLUSTER_BY_CODE.get(scope) if level == "cluster" else None
    esa = school.esa if school else (cluster.esa if cluster else (scope if level == "esa" else ""))
    province = esa.rsplit("-", 1)[0] if esa else (scope if level == "province" else "")
    return ev.RoleGranted(
        person=person,
        role=role,
        level=level,
        scope=scope,
        esa=esa,
        province=province,
        effective_from=SINCE,
    )
