"""Step 5 commands, form 5: a supervisor records a follow-up of a school's use of media.

The records a follow-up names are read from their own streams (one gathered probe for the
lot), so that what it says of them is decided on what they are, not on a view.
"""

from __future__ import annotations

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.ids import new_id
from services.needs.application.streams import histories_of, of_esa, today_of
from services.needs.domain import events as ev
from services.needs.domain import followups as model
from services.needs.domain.commands.followups import RecordMediaFollowup
from services.needs.domain.model_media import dispatch_stream
from services.needs.domain.production import production_stream
from services.needs.domain.service import request_stream
from services.needs.domain.vocabulary import LinkKind

STREAMS = {
    LinkKind.PRODUCTION: production_stream,
    LinkKind.SERVICE_REQUEST: request_stream,
    LinkKind.MODEL_MEDIA: dispatch_stream,
}


async def linked_histories(
    runner: CommandRunner, esa: str, command: RecordMediaFollowup
) -> model.Histories:
    keys = list(dict.fromkeys((u.kind, u.id) for u in command.uses))
    found = await histories_of(runner, esa, [STREAMS[kind](rid) for kind, rid in keys])
    return dict(zip(keys, found, strict=True))


async def record(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    school: ev.TargetSchool,
    command: RecordMediaFollowup,
) -> CommandOutcome:
    linked = await linked_histories(runner, esa, command)
    followup = model.Followup(new_id(), school, esa, esa_province(esa))
    today = today_of(runner)

    def describe(history: object, new: object) -> dict[str, object]:
        assert isinstance(new, list) and isinstance(new[0], ev.MediaUseFollowedUp)
        done = new[0]
        return {
            "followup_id": done.followup_id,
            "school": done.school,
            "academic_year": done.academic_year,
            "semester": done.semester,
            "quality_level": done.quality_level,
            "mean": done.mean,
        }

    return await runner.run(
        of_esa(esa, model.followup_stream(followup.followup_id)),
        meta,
        lambda h: model.record_followup(h, followup, command, linked, today),
        describe=describe,
    )
