"""Directory commands: register the organisation and people, move schools, grant roles."""

from __future__ import annotations

from datetime import date

from kit.auth.principal import Level, Role, esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.errors import InvalidInput
from kit.events import DomainEvent
from services.directory.domain import events as ev
from services.directory.domain import model


def _target(tenant: str, province: str, stream: str) -> StreamTarget:
    return StreamTarget(tenant=tenant, province=province, stream=stream)


async def register_province(
    runner: CommandRunner, meta: CommandMeta, e: ev.ProvinceRegistered
) -> CommandOutcome:
    target = _target(e.province, e.province, model.stream_of_province(e.province))
    return await runner.run(target, meta, lambda h: model.register_once(h, e))


async def register_esa(
    runner: CommandRunner, meta: CommandMeta, e: ev.EsaRegistered
) -> CommandOutcome:
    target = _target(e.esa, e.province, model.stream_of_esa(e.esa))
    return await runner.run(target, meta, lambda h: model.register_esa(h, e))


async def register_cluster(
    runner: CommandRunner, meta: CommandMeta, e: ev.ClusterRegistered
) -> CommandOutcome:
    target = _target(e.esa, e.province, model.stream_of_cluster(e.cluster))
    return await runner.run(target, meta, lambda h: model.register_once(h, e))


async def register_school(
    runner: CommandRunner, meta: CommandMeta, e: ev.SchoolRegistered
) -> CommandOutcome:
    # A school's stream stays with the ESA that registered it; moves are events in it.
    target = _target(e.esa, e.province, model.stream_of_school(e.school))
    return await runner.run(target, meta, lambda h: model.register_once(h, e))


async def move_school(
    runner: CommandRunner,
    meta: CommandMeta,
    school_tenant: str,
    school: str,
    to_esa: str,
    to_cluster: str,
    effective_from: date,
) -> CommandOutcome:
    target = _target(school_tenant, esa_province(school_tenant), model.stream_of_school(school))
    return await runner.run(
        target, meta, lambda h: model.move_school(h, school, to_esa, to_cluster, effective_from)
    )


async def register_person(
    runner: CommandRunner, meta: CommandMeta, e: ev.PersonRegistered
) -> CommandOutcome:
    target = _target("th", "th", model.stream_of_person(e.person))
    return await runner.run(target, meta, lambda h: model.register_once(h, e))


async def grant_role(
    runner: CommandRunner,
    meta: CommandMeta,
    person: str,
    role: Role,
    scope: str,
    school_esa: str = "",
    effective_from: date | None = None,
) -> CommandOutcome:
    level = _level_of(role, scope)
    esa = school_esa if level is Level.SCHOOL else (scope if level is Level.ESA else "")
    province = esa_province(esa) if esa else (scope if level is Level.PROVINCE else "")
    grant = ev.RoleGranted(
        person=person,
        role=role.value,
        level=level.value,
        scope=scope,
        esa=esa,
        province=province,
        effective_from=effective_from or date.today(),
    )
    target = _target("th", "th", model.stream_of_person(person))

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return model.grant_role(history, grant)

    return await runner.run(target, meta, decide)


def _level_of(role: Role, scope: str) -> Level:
    if scope == "th":
        return Level.NATION
    if scope.isdigit():
        return Level.SCHOOL
    if "-" in scope:
        return Level.ESA
    if scope.isidentifier():
        return Level.PROVINCE
    raise InvalidInput("ขอบเขตของบทบาทไม่ถูกต้อง", f"Unknown scope for {role.value}: {scope}")
