"""One route factory for commands that are alike: several commands on the same kind of path
(the steps of a case, a class record's tools, products and results, a pilot school's legal
records) share one function that runs them, and each becomes a route whose body is its command.

`add_command_route(router, Route(...), run)` makes `method path` take the path parameters,
the command as the body, the caller (`Call`) and the service, and answer `run(...)`. Two runs
serve a teacher's records of their school: `new_school_record` (open one) and
`on_school_record` (a command on one).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar

from fastapi import APIRouter
from pydantic import BaseModel

from kit.auth.principal import SCHOOL_ROLES, Role
from kit.commands import CommandOutcome
from kit.http.commands import Call, CommandCall
from services.curriculum.adapters.projections.schools import school_at
from services.curriculum.api.deps import (
    CurriculumDep,
    acting_role,
    actor,
    of_school,
    school_place,
)
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain.commands.base import Command

Run = Callable[..., Awaitable[BaseModel]]
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    command: type[Command]
    answer: type[BaseModel]
    doc: str  # the route's description in the API documentation
    path_params: list[tuple[str, Any]] = field(default_factory=list)  # (name, annotation)
    status_code: int = 200
    tags: list[str] = field(default_factory=list)


def add_command_route(router: APIRouter, route: Route, run: Run) -> None:
    """`run(command=..., call=..., c=..., **path parameters)` answers the route."""

    async def endpoint(**given: Any) -> BaseModel:
        return await run(**given)

    parameters = [_param(name, annotation) for name, annotation in route.path_params]
    parameters += [_body(route.command), _param("call", Call), _param("c", CurriculumDep)]
    endpoint.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    endpoint.__name__ = snake(route.command.__name__)
    router.add_api_route(
        route.path,
        endpoint,
        methods=[route.method],
        response_model=route.answer,
        status_code=route.status_code,
        description=route.doc,
        tags=list[str | Enum](route.tags) or None,
    )


def _param(name: str, annotation: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)


def _body(command: type[Command]) -> inspect.Parameter:
    """The command as the body; a command with no required field may be sent without one."""
    optional = not any(f.is_required() for f in command.model_fields.values())
    default = command() if optional else inspect.Parameter.empty
    kind = inspect.Parameter.KEYWORD_ONLY
    return inspect.Parameter("command", kind, annotation=command, default=default)


def snake(name: str) -> str:
    """`AddDocumentVersion` -> `add_document_version` (the route's name)."""
    return "".join(f"_{ch.lower()}" if ch.isupper() else ch for ch in name).lstrip("_")


Handle = Callable[..., Awaitable[CommandOutcome]]


def on_school_record(id_name: str, roles: frozenset[Role], handle: Handle, answer: type[M]) -> Run:
    """What a command on a school's own record (a lesson plan, a class record) runs: the
    caller acts in one of `roles` over the school, `handle(runner, meta, esa, record id,
    command, actor)` decides, and the answer is the record."""

    async def run(
        *, esa: str, school: str, command: Command, call: CommandCall, c: Curriculum, **ids: str
    ) -> M:
        record = of_school(school, ids[id_name])
        role = acting_role(call.principal, await school_place(c, esa, school), roles)
        meta = call.meta(role, command, esa=esa, school=school, record=record)
        who = actor(call.principal, role, c)
        return call.answer(await handle(c.commands, meta, esa, record, command, who), answer)

    return run


def new_school_record(handle: Handle, answer: type[M], id_field: str, under: str) -> Run:
    """What opening a teacher's record of their school runs (a lesson plan, a class record):
    the caller acts for the school, `handle(runner, meta, school, command, teacher)` decides,
    the answer is the record and its address (`under` + its id) goes in Location."""

    async def run(
        *, esa: str, school: str, command: Command, call: CommandCall, c: Curriculum
    ) -> M:
        role = acting_role(call.principal, await school_place(c, esa, school), SCHOOL_ROLES)
        facts = await school_at(c.views, esa, school)
        meta = call.meta(role, command, esa=esa, school=school)
        outcome = await handle(c.commands, meta, facts, command, actor(call.principal, role, c))
        location = f"{under.format(esa=esa, school=school)}/{outcome.answer[id_field]}"
        return call.answer(outcome, answer, location=location)

    return run
