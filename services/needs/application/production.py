"""Production record commands (form 3): register, then the steps of a record's life."""

from __future__ import annotations

from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.ids import new_id
from services.needs.application.streams import (
    of_esa,
    school_facts,
    school_of,
    stepper,
    today_of,
)
from services.needs.domain import events as ev
from services.needs.domain import production as model
from services.needs.domain.commands.production import RegisterProduction


async def owner(runner: CommandRunner, esa: str, production_id: str) -> ev.TargetSchool:
    stream = model.production_stream(production_id)
    return await school_of(runner, esa, stream, model.registered_from)


async def register(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    school: ev.TargetSchool,
    command: RegisterProduction,
) -> CommandOutcome:
    production_id = new_id()
    today = today_of(runner)
    registered = ev.ProductionRegistered(
        production_id=production_id,
        **school_facts(esa, school, today),
        **command.model_dump(),
        registered_on=today,
    )
    return await runner.run(
        of_esa(esa, model.production_stream(production_id)),
        meta,
        lambda h: model.register_production(h, registered),
        describe=lambda h, n: model.summary([*h, *n]),
    )


# Add evidence, evaluate or withdraw: the step is the domain's (api.production's table).
step = stepper(model.production_stream, model.summary)
