"""Template commands: publish a new template (its version 1) or a new version of one."""

from __future__ import annotations

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.needs.domain import events as ev
from services.needs.domain.days import local_day
from services.needs.domain.questions import Question
from services.needs.domain.templates import (
    Template,
    publish_version,
    template_from,
    template_stream,
)


async def load_template(
    runner: CommandRunner, esa: str, province: str, template_id: str
) -> Template:
    history, _ = await runner.history(StreamTarget(esa, province, template_stream(template_id)))
    return template_from(history)


async def publish(
    runner: CommandRunner,
    meta: CommandMeta,
    *,
    esa: str,
    province: str,
    template_id: str | None,
    title_th: str,
    title_en: str,
    description_th: str,
    questions: list[Question],
) -> CommandOutcome:
    """A new template when `template_id` is None, else the next version of that template."""
    new = template_id is None
    tid = template_id or new_id()
    draft = ev.SurveyTemplateVersionPublished(
        template_id=tid,
        esa=esa,
        province=province,
        title_th=title_th,
        title_en=title_en,
        description_th=description_th,
        questions=questions,
        published_on=local_day(runner.now()),
    )

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        if not new:
            template_from(history)  # a version of an unknown template is not found
        return publish_version(history, draft)

    return await runner.run(
        StreamTarget(esa, province, template_stream(tid)),
        meta,
        decide,
        describe=lambda h, n: {"template_id": tid, "template_version": n[0].version},  # type: ignore[attr-defined]
    )
