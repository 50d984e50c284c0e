"""Model media routes (step 3, ส่งต้นแบบของหน่วยงาน): a supervisor sends the ESA's model
media to schools; each school acknowledges what it received."""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.place import Place
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.needs.adapters import schools
from services.needs.api.access import SCHOOLS, acting_role, supervisor_of_esa
from services.needs.api.answers import ModelMediaAcknowledged, ModelMediaDispatched
from services.needs.api.answers_media import Dispatch
from services.needs.api.deps import Esa, Id, NeedsDep, SchoolCode, Year
from services.needs.api.reading import DISPATCHED, addressed_record, addressed_records
from services.needs.application import model_media as handlers
from services.needs.domain.commands.model_media import AcknowledgeModelMedia, SendModelMedia

router = APIRouter(prefix="/v1", tags=["model media"])
DISPATCHES = "/esas/{esa}/model-media"
DISPATCH = DISPATCHES + "/{dispatch_id}"


@router.post(DISPATCHES, status_code=201, response_model=ModelMediaDispatched)
async def send_model_media(
    esa: Esa, command: SendModelMedia, call: Call, n: NeedsDep
) -> ModelMediaDispatched:
    """Record model media sent to the ESA's schools: all, one cluster or a list (supervisors)."""
    meta = call.meta(supervisor_of_esa(call.principal, esa), command, esa=esa)
    known = await schools.known_for(n.views, esa, command.target)
    outcome = await handlers.send(n.commands, meta, esa, command, known)
    where = f"/v1/esas/{esa}/model-media/{outcome.answer['dispatch_id']}"
    return call.answer(outcome, ModelMediaDispatched, location=where)


@router.get(DISPATCHES, response_model=list[Dispatch])
async def list_dispatches(
    esa: Esa, n: NeedsDep, principal: CurrentPrincipal, year: Year = None
) -> list[Dispatch]:
    """Model media the ESA sent, newest first; a school lists those sent to it, its part only."""
    docs = await addressed_records(n, principal, DISPATCHED, esa, year)
    return [Dispatch.model_validate(d) for d in docs]


@router.get(DISPATCH, response_model=Dispatch)
async def get_dispatch(
    esa: Esa, dispatch_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> Dispatch:
    """One dispatch with the schools it went to and their receipts (a school: its own part)."""
    return Dispatch.model_validate(
        await addressed_record(n, principal, DISPATCHED, dispatch_id, esa)
    )


@router.post(
    DISPATCH + "/receipts/{school}", status_code=201, response_model=ModelMediaAcknowledged
)
async def acknowledge(
    esa: Esa,
    dispatch_id: Id,
    school: SchoolCode,
    command: AcknowledgeModelMedia,
    call: Call,
    n: NeedsDep,
) -> ModelMediaAcknowledged:
    """The school says it received the model media sent to it, and when (the school)."""
    role = acting_role(call.principal, Place.of_school(school, esa), SCHOOLS)
    meta = call.meta(role, command, esa=esa, dispatch=dispatch_id, school=school)
    outcome = await handlers.acknowledge(n.commands, meta, esa, dispatch_id, school, command)
    return call.answer(outcome, ModelMediaAcknowledged)
