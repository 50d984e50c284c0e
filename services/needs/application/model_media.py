"""Step 3 commands: send model media to schools; a school acknowledges what it received."""

from __future__ import annotations

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.events import DomainEvent
from kit.ids import new_id
from kit.thai import academic_year, semester
from services.needs.application.streams import history_of, of_esa, today_of
from services.needs.domain import events as ev
from services.needs.domain import model_media as model
from services.needs.domain.commands.model_media import AcknowledgeModelMedia, SendModelMedia
from services.needs.domain.targets import chosen_schools


async def load_dispatch(runner: CommandRunner, esa: str, dispatch_id: str) -> ev.ModelMediaSent:
    return model.sent_from(await history_of(runner, esa, model.dispatch_stream(dispatch_id)))


async def send(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    command: SendModelMedia,
    known: list[ev.TargetSchool],
) -> CommandOutcome:
    """Record a dispatch to the schools its target names among `known` (the ESA's schools)."""
    targets = chosen_schools(command.target, known)
    today = today_of(runner)
    day = command.sent_on or today
    dispatch_id = new_id()
    sent = ev.ModelMediaSent(
        dispatch_id=dispatch_id,
        esa=esa,
        province=esa_province(esa),
        academic_year=academic_year(day),
        semester=semester(day),
        **command.model_dump(include={"title", "purpose", "media", "channel"}),
        target_kind=command.target.kind.value,
        target_cluster=command.target.cluster or "",
        target_schools=targets,
        sent_on=day,
    )
    return await runner.run(
        of_esa(esa, model.dispatch_stream(dispatch_id)),
        meta,
        lambda h: model.send_model_media(h, sent, today),
        describe=lambda h, n: {
            "dispatch_id": dispatch_id,
            "target_schools": len(targets),
            "academic_year": sent.academic_year,
            "semester": sent.semester,
        },
    )


async def acknowledge(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    dispatch_id: str,
    school: str,
    command: AcknowledgeModelMedia,
) -> CommandOutcome:
    sent = await load_dispatch(runner, esa, dispatch_id)
    today = today_of(runner)

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return model.acknowledge(sent, history, school, command, today)

    return await runner.run(
        of_esa(esa, model.receipt_stream(dispatch_id, school)),
        meta,
        decide,
        describe=lambda h, n: {
            "dispatch_id": dispatch_id,
            "school": school,
            "received_on": str(n[0].received_on),  # type: ignore[attr-defined]
        },
    )
