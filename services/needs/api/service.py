"""Media service routes (step 4, form 4): a school asks for media, an equipment loan, training
or advice and rates what it received; a supervisor accepts, schedules, fulfils or declines."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kit.http.deps import CurrentPrincipal
from services.needs.api.access import SCHOOLS, SUPERVISORS
from services.needs.api.answers import RequestState, RequestStatus
from services.needs.api.answers_media import ServiceRequest
from services.needs.api.deps import Esa, Id, NeedsDep, SchoolFilter, Year
from services.needs.api.reading import school_record, school_records
from services.needs.api.steps import Kind, StepRoute, add_creation, add_steps
from services.needs.application import service as handlers
from services.needs.domain import service as model
from services.needs.domain.commands import service as commands

router = APIRouter(prefix="/v1", tags=["media service"])
REQUESTS = Kind(
    "service-requests",
    "request_id",
    create=handlers.request,
    answer=RequestState,
    owner=handlers.requester,
    move=handlers.step,
)
add_creation(
    router,
    REQUESTS,
    commands.RequestService,
    SCHOOLS,
    "Ask the ESA for media, an equipment loan, training or advice (the school).",
)
add_steps(
    router,
    REQUESTS,
    [
        StepRoute(
            "accept",
            commands.AcceptRequest,
            model.accept,
            SUPERVISORS,
            "Accept the request (a supervisor of the school).",
        ),
        StepRoute(
            "schedule",
            commands.ScheduleService,
            model.schedule,
            SUPERVISORS,
            "Set, or move, the day the service is given (a supervisor of the school).",
        ),
        StepRoute(
            "fulfil",
            commands.FulfilRequest,
            model.fulfil,
            SUPERVISORS,
            "Record that the service was given (a supervisor of the school).",
        ),
        StepRoute(
            "decline",
            commands.DeclineRequest,
            model.decline,
            SUPERVISORS,
            "Decline the request, with the reason (a supervisor of the school).",
        ),
        StepRoute(
            "rating",
            commands.RateService,
            model.rate,
            SCHOOLS,
            "Rate a fulfilled service, 1 to 5 (the school that asked).",
        ),
    ],
)
Status = Annotated[RequestStatus | None, Query(description="Only requests in this status")]


@router.get("/esas/{esa}/service-requests", response_model=list[ServiceRequest])
async def list_requests(
    esa: Esa,
    n: NeedsDep,
    principal: CurrentPrincipal,
    year: Year = None,
    status: Status = None,
    school: SchoolFilter = None,
) -> list[ServiceRequest]:
    """The ESA's service requests, newest first (a school: its own; a cluster: its own)."""
    docs = await school_records(n, principal, "request", esa, year, school)
    docs = [d for d in docs if status is None or d.get("status") == status]
    return [ServiceRequest.model_validate(d) for d in docs]


@router.get(REQUESTS.path, response_model=ServiceRequest)
async def get_request(
    esa: Esa, request_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> ServiceRequest:
    """One request with its history and rating."""
    return ServiceRequest.model_validate(
        await school_record(n, principal, "request", request_id, esa)
    )
