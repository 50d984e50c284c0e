"""Production record routes (step 2, form 3): a school registers the media and innovations it
made, adds evidence or withdraws one; a supervisor evaluates them against the standard."""

from __future__ import annotations

from fastapi import APIRouter

from kit.http.deps import CurrentPrincipal
from services.needs.api.access import SCHOOLS, SUPERVISORS
from services.needs.api.answers import ProductionState
from services.needs.api.answers_media import Production
from services.needs.api.deps import Esa, Id, NeedsDep, SchoolFilter, Year
from services.needs.api.reading import school_record, school_records
from services.needs.api.steps import Kind, StepRoute, add_creation, add_steps
from services.needs.application import production as handlers
from services.needs.domain import production as model
from services.needs.domain.commands.production import (
    AddEvidence,
    EvaluateProduction,
    RegisterProduction,
    WithdrawProduction,
)

router = APIRouter(prefix="/v1", tags=["production records"])
PRODUCTIONS = Kind(
    "productions",
    "production_id",
    create=handlers.register,
    answer=ProductionState,
    owner=handlers.owner,
    move=handlers.step,
)
add_creation(
    router,
    PRODUCTIONS,
    RegisterProduction,
    SCHOOLS,
    "Register a medium or innovation the school produced, with its evidence (the school).",
)
add_steps(
    router,
    PRODUCTIONS,
    [
        StepRoute(
            "evidence",
            AddEvidence,
            model.add_evidence,
            SCHOOLS,
            "Attach more evidence: references with content hashes (the school).",
        ),
        StepRoute(
            "evaluation",
            EvaluateProduction,
            model.evaluate_production,
            SUPERVISORS,
            "Score every indicator of the standard; the quality level follows (a supervisor "
            "of the school).",
        ),
        StepRoute(
            "withdrawal",
            WithdrawProduction,
            model.withdraw_production,
            SCHOOLS,
            "Withdraw the school's record with a reason; it stays listed as withdrawn (the school).",
        ),
    ],
)


@router.get("/esas/{esa}/productions", response_model=list[Production])
async def list_productions(
    esa: Esa,
    n: NeedsDep,
    principal: CurrentPrincipal,
    year: Year = None,
    school: SchoolFilter = None,
) -> list[Production]:
    """Production records of the ESA, newest first (a school: its own; a cluster: its own)."""
    docs = await school_records(n, principal, "production", esa, year, school)
    return [Production.model_validate(d) for d in docs]


@router.get(PRODUCTIONS.path, response_model=Production)
async def get_production(
    esa: Esa, production_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> Production:
    """One production record with its evidence and evaluations."""
    doc = await school_record(n, principal, "production", production_id, esa)
    return Production.model_validate(doc)
