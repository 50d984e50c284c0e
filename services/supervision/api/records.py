"""The ESA's own records: rubrics, training events, partners (form 7) and the year's
partnership summary, dissemination (form 8), the SAR synthesis. Written and read by those who
cover the ESA as a whole; rubrics are read by everyone of the ESA (the instrument its
observations are scored on)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from kit.auth.place import Place
from kit.errors import NotFound
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.supervision.adapters import reading
from services.supervision.adapters.projections import records as view
from services.supervision.api.access import PLANNERS, SUPERVISORS, office
from services.supervision.api.answers import (
    ParticipantsAnswer,
    PartnershipSummaryAnswer,
    RecordAnswer,
    RubricAnswer,
    SynthesisAnswer,
    TrainingAnswer,
)
from services.supervision.api.answers_records import (
    Dissemination,
    Partnership,
    PartnershipSummary,
    Rubric,
    SarSynthesis,
    Training,
)
from services.supervision.api.deps import (
    Esa,
    PathYear,
    RubricId,
    SupervisionDep,
    TrainingId,
    YearQuery,
    known_esa,
)
from services.supervision.api.lists import office_records
from services.supervision.api.places import named_schools
from services.supervision.application import records, sar
from services.supervision.domain.commands.records import (
    AddParticipants,
    PublishRubric,
    RecordDissemination,
    RecordPartnership,
    RecordTraining,
    ReportPartnershipSummary,
)
from services.supervision.domain.commands.school_year import RecordSarSynthesis

router = APIRouter(prefix="/v1/esas/{esa}", tags=["records"])


@router.put("/rubrics/{rubric_id}")
async def publish_rubric(
    esa: Esa, rubric_id: RubricId, command: PublishRubric, call: Call, s: SupervisionDep
) -> RubricAnswer:
    """Publish a new version of a classroom-observation rubric (observations keep theirs)."""
    meta = call.meta(office(call.principal, esa, SUPERVISORS), command, esa=esa, rubric=rubric_id)
    outcome = await records.publish_rubric(s.commands, meta, esa, rubric_id, command)
    return call.answer(outcome, RubricAnswer)


@router.get("/rubrics")
async def list_rubrics(esa: Esa, s: SupervisionDep, principal: CurrentPrincipal) -> list[Rubric]:
    """The ESA's rubrics with every version's indicators (everyone of the ESA)."""
    principal.require_place(Place.of_esa(esa))
    await known_esa(s, esa)
    docs = await reading.listing(s.views, view.MODEL, {"kind": "rubric", "esa": esa})
    return [Rubric.model_validate(d) for d in docs]


@router.post("/trainings", status_code=201)
async def record_training(
    esa: Esa, command: RecordTraining, call: Call, s: SupervisionDep
) -> TrainingAnswer:
    """Record a personnel-development (training) event and its participants."""
    meta = call.meta(office(call.principal, esa, SUPERVISORS), command, esa=esa)
    outcome = await records.record(s.commands, meta, esa, command)
    return call.answer(outcome, TrainingAnswer)


@router.post("/trainings/{training_id}/participants")
async def add_participants(
    esa: Esa, training_id: TrainingId, command: AddParticipants, call: Call, s: SupervisionDep
) -> ParticipantsAnswer:
    """Add participants to a training event (those already listed are kept once)."""
    role = office(call.principal, esa, SUPERVISORS)
    meta = call.meta(role, command, esa=esa, training=training_id)
    outcome = await records.add_participants(s.commands, meta, esa, training_id, command)
    return call.answer(outcome, ParticipantsAnswer)


@router.post("/partnerships", status_code=201)
async def record_partnership(
    esa: Esa, command: RecordPartnership, call: Call, s: SupervisionDep
) -> RecordAnswer:
    """Record cooperation with a public or private partner (form 7)."""
    role = office(call.principal, esa, SUPERVISORS)
    await named_schools(call.principal, s.lookups, esa, list(command.schools), SUPERVISORS)
    outcome = await records.record(s.commands, call.meta(role, command, esa=esa), esa, command)
    return call.answer(outcome, RecordAnswer)


@router.put("/partnership-summaries/{year}")
async def report_partnership_summary(
    esa: Esa, year: PathYear, command: ReportPartnershipSummary, call: Call, s: SupervisionDep
) -> PartnershipSummaryAnswer:
    """Summarise and report the year's cooperation with other agencies (sandbox manual 8.3);
    a later report supersedes (supervisors, the ESA director)."""
    meta = call.meta(office(call.principal, esa, PLANNERS), command, esa=esa, year=year)
    where = (esa, year)
    outcome = await records.report_partnership_summary(s.commands, meta, s.lookups, where, command)
    return call.answer(outcome, PartnershipSummaryAnswer)


@router.post("/disseminations", status_code=201)
async def record_dissemination(
    esa: Esa, command: RecordDissemination, call: Call, s: SupervisionDep
) -> RecordAnswer:
    """Record a dissemination of media and innovation work (form 8)."""
    meta = call.meta(office(call.principal, esa, SUPERVISORS), command, esa=esa)
    outcome = await records.record(s.commands, meta, esa, command)
    return call.answer(outcome, RecordAnswer)


@router.post("/sar/{year}/synthesis")
async def record_synthesis(
    esa: Esa, year: PathYear, command: RecordSarSynthesis, call: Call, s: SupervisionDep
) -> SynthesisAnswer:
    """Record the ESA's synthesis of its schools' accepted SARs for the year."""
    meta = call.meta(office(call.principal, esa, PLANNERS), command, esa=esa, year=year)
    outcome = await sar.record_synthesis(s.commands, meta, s.lookups, (esa, year), command)
    return call.answer(outcome, SynthesisAnswer)


@router.get("/trainings")
async def list_trainings(
    esa: Esa, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[Training]:
    """The ESA's training events of a year, with participants."""
    return await office_records(s, principal, "training", esa, year, Training)


@router.get("/partnerships")
async def list_partnerships(
    esa: Esa, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[Partnership]:
    """The ESA's cooperations with partners of a year (form 7)."""
    return await office_records(s, principal, "partnership", esa, year, Partnership)


@router.get("/disseminations")
async def list_disseminations(
    esa: Esa, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[Dissemination]:
    """The ESA's dissemination records of a year (form 8)."""
    return await office_records(s, principal, "dissemination", esa, year, Dissemination)


async def _office_document(
    s: SupervisionDep, principal: Any, kind: str, esa: str, year: int
) -> dict[str, Any]:
    office(principal, esa)
    doc = await reading.document(s.views, view.MODEL, f"{kind}:{esa}:{year}", kind)
    if doc is None:
        raise NotFound("ยังไม่มีรายงานนี้ของปีการศึกษา", "Nothing is reported for this year yet.")
    return doc


@router.get("/partnership-summaries/{year}")
async def get_partnership_summary(
    esa: Esa, year: PathYear, s: SupervisionDep, principal: CurrentPrincipal
) -> PartnershipSummary:
    """The year's summary report of cooperation with other agencies (404 until reported)."""
    doc = await _office_document(s, principal, "partnershipsummary", esa, year)
    return PartnershipSummary.model_validate(doc)


@router.get("/sar/{year}/synthesis")
async def get_synthesis(
    esa: Esa, year: PathYear, s: SupervisionDep, principal: CurrentPrincipal
) -> SarSynthesis:
    """The ESA's latest synthesis of the year's SARs (404 until one is recorded)."""
    return SarSynthesis.model_validate(await _office_document(s, principal, "synthesis", esa, year))
