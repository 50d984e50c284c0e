"""Every report's answer is what its OpenAPI model says: each report of the registry, at each
of its levels, answered from a year of Loei's work, validates against its model, names no key
the model does not declare, and is sent unchanged (the route leaves out only the keys the
answer does not have)."""

from __future__ import annotations

import inspect
import json

import pytest
from pydantic import BaseModel

from services.reporting.api import curriculum, needs, supervision, views
from services.reporting.api.answers import Level
from services.reporting.api.registry import Report
from services.reporting.application.perspective import Perspective
from services.reporting.application.querying import MemoryStore
from tests.unit.reporting.year_end_year import loei_store

CODES = {
    Level.SCHOOL: "1042060101",
    Level.ESA: "loei-3",
    Level.PROVINCE: "loei",
    Level.NATION: "th",
}
QUERIED = {"year": 2569, "semester": None, "on": None, "category": None, "subject": None}
QUERIED |= {"perspective": Perspective()}
REPORTS = [*needs.REPORTS, *supervision.REPORTS, *curriculum.REPORTS, *views.REPORTS]
CASES = [(r, level) for r in REPORTS for level in r.levels]


def undeclared(model: BaseModel, path: str = "") -> list[str]:
    """Keys an answer holds that its model does not name, anywhere inside it."""
    found = [f"{path}.{k}" for k in (model.model_extra or {})]
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = (
            value
            if isinstance(value, list)
            else list(value.values())
            if isinstance(value, dict)
            else [value]
        )
        for item in items:
            if isinstance(item, BaseModel):
                found += undeclared(item, f"{path}.{name}")
    return found


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    return loei_store()


@pytest.mark.parametrize(
    ("report", "level"), CASES, ids=[f"{r.name}-{lv.value}" for r, lv in CASES]
)
async def test_every_answer_is_its_model(report: Report, level: Level, store: MemoryStore) -> None:
    wanted = inspect.signature(report.params).parameters
    required = "semester" in wanted and wanted["semester"].default is inspect.Parameter.empty
    values = QUERIED | {"semester": 1 if required else None}
    params = report.params(**{k: v for k, v in values.items() if k in wanted})
    answer = await report.query(store, level.value, CODES[level], **params)
    model = report.model(level)
    assert model is not None
    typed = model.model_validate(answer)
    assert undeclared(typed) == []
    sent = typed.model_dump(mode="json", exclude_unset=True)
    assert sent == json.loads(json.dumps(answer, default=str)), report.name
