"""Follow-up routes (step 5, form 5, แบบบันทึกผลการนิเทศ ติดตามการใช้/การบริการใช้สื่อ): a
supervisor records how a school uses its media and the media service it received."""

from __future__ import annotations

from fastapi import APIRouter

from kit.http.deps import CurrentPrincipal
from services.needs.api.access import SUPERVISORS
from services.needs.api.answers import FollowupRecorded
from services.needs.api.answers_media import Followup
from services.needs.api.deps import Esa, Id, NeedsDep, SchoolFilter, Year
from services.needs.api.reading import school_record, school_records
from services.needs.api.steps import Kind, add_creation
from services.needs.application import followups as handlers
from services.needs.domain.commands.followups import RecordMediaFollowup

router = APIRouter(prefix="/v1", tags=["media follow-ups"])
FOLLOWUPS = Kind("media-followups", "followup_id", create=handlers.record, answer=FollowupRecorded)
add_creation(
    router,
    FOLLOWUPS,
    RecordMediaFollowup,
    SUPERVISORS,
    "Record a follow-up of the school's use of media and of the media service, naming the "
    "productions, services and model media it concerns (a supervisor of the school).",
)


@router.get("/esas/{esa}/media-followups", response_model=list[Followup])
async def list_followups(
    esa: Esa,
    n: NeedsDep,
    principal: CurrentPrincipal,
    year: Year = None,
    school: SchoolFilter = None,
) -> list[Followup]:
    """Follow-ups of the ESA's schools, newest first (a school: those about it; a cluster: its
    schools')."""
    docs = await school_records(n, principal, "followup", esa, year, school)
    return [Followup.model_validate(d) for d in docs]


@router.get(FOLLOWUPS.path, response_model=Followup)
async def get_followup(
    esa: Esa, followup_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> Followup:
    """One follow-up with what it found of each record it concerns."""
    return Followup.model_validate(await school_record(n, principal, "followup", followup_id, esa))
