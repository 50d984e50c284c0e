"""needs commands: open and close campaigns, submit (and revise) survey responses."""

from __future__ import annotations

from datetime import date
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.errors import RuleViolation
from kit.events import DomainEvent
from kit.ids import new_id
from kit.readmodel.store import ReadModelStore
from services.needs.domain import events as ev
from services.needs.domain import model


async def target_schools(
    views: ReadModelStore, esa: str, kind: str, cluster: str | None, schools: list[str]
) -> list[ev.TargetSchool]:
    """The campaign's target schools as the directory knows them now."""
    flt: dict[str, Any] = {"esa": esa}
    if kind == "cluster":
        flt["cluster"] = cluster
    known = {d["school"]: d["cluster"] for d in await views.find("needs_schools", flt)}
    if kind == "list":
        unknown = sorted(set(schools) - set(known))
        if unknown:
            raise RuleViolation(
                "มีรหัสโรงเรียนที่ไม่อยู่ในเขตพื้นที่นี้",
                "Some schools are not in this ESA.",
                code="unknown_schools",
                details={"schools": unknown},
            )
        known = {s: known[s] for s in schools}
    return [ev.TargetSchool(school=s, cluster=c) for s, c in sorted(known.items())]


async def open_campaign(
    runner: CommandRunner,
    meta: CommandMeta,
    *,
    esa: str,
    province: str,
    academic_year: int,
    title: str,
    opens_on: date,
    closes_on: date,
    target_kind: str,
    targets: list[ev.TargetSchool],
) -> CommandOutcome:
    campaign_id = new_id()
    opened = ev.CampaignOpened(
        campaign_id=campaign_id,
        esa=esa,
        province=province,
        academic_year=academic_year,
        title=title,
        opens_on=opens_on,
        closes_on=closes_on,
        target_kind=target_kind,
        target_schools=targets,
    )
    target = StreamTarget(esa, province, model.campaign_stream(campaign_id))
    return await runner.run(
        target,
        meta,
        lambda h: model.open_campaign(h, opened),
        describe=lambda h, new: {"campaign_id": campaign_id, "target_schools": len(targets)},
    )


async def close_campaign(
    runner: CommandRunner, meta: CommandMeta, esa: str, province: str, campaign_id: str, today: date
) -> CommandOutcome:
    target = StreamTarget(esa, province, model.campaign_stream(campaign_id))
    return await runner.run(target, meta, lambda h: model.close_campaign(h, today))


async def submit_response(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    province: str,
    campaign_id: str,
    school: str,
    answers: dict[str, Any],
) -> CommandOutcome:
    campaign_history, _ = await runner.history(
        StreamTarget(esa, province, model.campaign_stream(campaign_id))
    )
    campaign = model.campaign_from(campaign_history)
    now = runner.now()

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return model.submit_response(campaign, history, school, answers, now)

    target = StreamTarget(esa, province, model.response_stream(campaign_id, school))
    return await runner.run(
        target,
        meta,
        decide,
        describe=lambda h, new: {"revision": new[0].revision if new else len(h)},  # type: ignore[attr-defined]
    )
