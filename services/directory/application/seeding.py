"""Loading the demo reference data at start: every registration is idempotent."""

from __future__ import annotations

from datetime import date

from kit.auth.principal import Role
from kit.commands import CommandMeta, CommandRunner
from services.directory import reference as ref
from services.directory.application import handlers
from services.directory.domain import events as ev

SINCE = date(2026, 5, 16)  # the first day of academic year 2569


def _meta(name: str) -> CommandMeta:
    return CommandMeta(actor_id="system:reference-data", actor_role="admin", name=name)


async def load_reference_data(runner: CommandRunner) -> int:
    """Register everything in services.directory.reference; returns the commands run."""
    count = 0
    for p in ref.PROVINCES:
        await handlers.register_province(
            runner,
            _meta("register_province"),
            ev.ProvinceRegistered(province=p.code, name_th=p.name_th, name_en=p.name_en),
        )
        count += 1
    for e in ref.ESAS:
        await handlers.register_esa(
            runner,
            _meta("register_esa"),
            ev.EsaRegistered(
                esa=e.code,
                province=e.province,
                name_th=e.name_th,
                name_en=e.name_en,
                short_th=e.short_th,
                level="primary",
            ),
        )
        count += 1
    for c in ref.CLUSTERS:
        await handlers.register_cluster(
            runner,
            _meta("register_cluster"),
            ev.ClusterRegistered(
                cluster=c.code,
                esa=c.esa,
                province=c.esa.rsplit("-", 1)[0],
                name_th=c.name_th,
                name_en=c.name_en,
            ),
        )
        count += 1
    for s in ref.SCHOOLS:
        await handlers.register_school(
            runner,
            _meta("register_school"),
            ev.SchoolRegistered(
                school=s.code,
                name_th=s.name_th,
                name_en=s.name_en,
                esa=s.esa,
                province=s.esa.rsplit("-", 1)[0],
                cluster=s.cluster,
                district_th=s.district_th,
                sandbox_pilot=s.sandbox_pilot,
                effective_from=SINCE,
            ),
        )
        count += 1
    for person in ref.PEOPLE:
        await handlers.register_person(
            runner,
            _meta("register_person"),
            ev.PersonRegistered(
                person=person.id,
                name_th=person.name_th,
                name_en=person.name_en,
                position_th=person.position_th,
            ),
        )
        for role, _level, scope in person.grants:
            school = ref.SCHOOL_BY_CODE.get(scope)
            await handlers.grant_role(
                runner,
                _meta("grant_role"),
                person.id,
                Role(role),
                scope,
                school_esa=school.esa if school else "",
                effective_from=SINCE,
            )
            count += 1
        count += 1
    return count
