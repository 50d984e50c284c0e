"""Template commands: publish a new template (its version 1) or a new version of one."""

from __future__ import annotations

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.events import DomainEvent
from kit.ids import new_id
from services.needs.application.streams import history_of, of_esa, today_of
from services.needs.domain import events as ev
from services.needs.domain.commands.surveys import PublishTemplate
from services.needs.domain.templates import (
    Template,
    publish_version,
    template_from,
    template_stream,
)


async def load_template(runner: CommandRunner, esa: str, template_id: str) -> Template:
    return template_from(await history_of(runner, esa, template_stream(template_id)))


async def publish(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    command: PublishTemplate,
    template_id: str | None = None,
) -> CommandOutcome:
    """A new template when `template_id` is None, else the next version of that template."""
    new = template_id is None
    tid = template_id or new_id()
    draft = ev.SurveyTemplateVersionPublished(
        template_id=tid,
        esa=esa,
        province=esa_province(esa),
        **command.model_dump(),
        published_on=today_of(runner),
    )

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        if not new:
            template_from(history)  # a version of an unknown template is not found
        return publish_version(history, draft)

    return await runner.run(
        of_esa(esa, template_stream(tid)),
        meta,
        decide,
        describe=lambda h, n: {"template_id": tid, "template_version": n[0].version},  # type: ignore[attr-defined]
    )
