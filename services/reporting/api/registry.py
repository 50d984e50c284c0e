"""Reports and their routes: one entry per report, one route per level it is read at.

A `Report` names its path after the office's (`/needs/response-rates`), the query that
answers it (`query(store, level, code, **params)`), its answer model (or files), the query
parameters it takes (a dependency giving the query's keyword arguments) and who may read it.
`routes(reports)` gives each level its route: `/v1/esas/{esa}<path>`,
`/v1/provinces/{province}<path>`, `/v1/nation<path>` (and `/v1/schools/{school}<path>` for
a report read at school level), each passing through the read rule (api.access).
"""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import Response
from pydantic import BaseModel

from kit.auth.principal import Role
from services.reporting.api.access import STAFF, Office, office
from services.reporting.api.answers import Level
from services.reporting.api.deps import ReportingDep
from services.reporting.api.params import Params, term
from services.reporting.application.perspective import Perspective

Query = Callable[..., Awaitable[Any]]
THREE = (Level.ESA, Level.PROVINCE, Level.NATION)
OFFICES = {
    Level.SCHOOL: "/schools/{school}",
    Level.ESA: "/esas/{esa}",
    Level.PROVINCE: "/provinces/{province}",
    Level.NATION: "/nation",
}
WHOSE = {
    Level.SCHOOL: "of a school (its own figures)",
    Level.ESA: "of an ESA",
    Level.PROVINCE: "of a province, with the breakdown per ESA",
    Level.NATION: "of the nation, with the breakdown per province",
}
LIVE = Perspective()


@dataclass(frozen=True)
class Report:
    name: str  # names the operations: <name>_<level>
    path: str  # after the office's path ("" for a view of the office itself)
    query: Query  # async (store, level, code, **params) -> the answer
    answer: type[BaseModel] | Mapping[Level, type[BaseModel]] | None  # None: a file
    summary: str  # what it answers (the OpenAPI summary adds whose)
    params: Callable[..., Params] = term
    readers: frozenset[Role] = STAFF
    levels: tuple[Level, ...] = THREE
    prefix: str = "/v1"
    files: Mapping[str, str] = field(default_factory=dict)  # media types of a file answer

    def model(self, level: Level) -> type[BaseModel] | None:
        if self.answer is None or isinstance(self.answer, type):
            return self.answer
        return self.answer[level]


def _endpoint(report: Report, level: Level) -> Callable[..., Awaitable[Any]]:
    at = office(level, report.readers)

    async def read(
        where: Annotated[Office, Depends(at)],
        params: Annotated[Params, Depends(report.params)],
        r: ReportingDep,
    ) -> Any:
        store = await r.store_for(params.get("perspective", LIVE))
        return await report.query(store, where.level.value, where.code, **params)

    return read


def _file_options(report: Report) -> dict[str, Any]:
    content: dict[str, Any] = {media: {} for media in report.files.values()}
    return {"response_class": Response, "responses": {200: {"content": content}}}


def add(router: APIRouter, report: Report) -> None:
    """One route per level of `report` on `router`."""
    for level in report.levels:
        model = report.model(level)
        options = _file_options(report) if report.files else {"response_model": model}
        router.add_api_route(
            f"{report.prefix}{OFFICES[level]}{report.path}",
            _endpoint(report, level),
            methods=["GET"],
            summary=f"{report.summary} {WHOSE[level]}",
            operation_id=f"{report.name}_{level.value}",
            name=f"{report.name}_{level.value}",
            response_model_exclude_unset=True,
            **options,
        )


def routes(reports: list[Report], tag: str) -> APIRouter:
    router = APIRouter(tags=[tag])
    for report in reports:
        add(router, report)
    return router
