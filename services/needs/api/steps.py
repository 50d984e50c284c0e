"""Routes made from tables: a school's records that are created for one school, and the
steps of their lives (a production's evidence, evaluation, withdrawal; a service request's
acceptance, schedule, fulfilment, decline, rating).

Each route has the same few lines: the caller must be in the ESA; the record's school (and
cluster) is read (from the directory's schools for a new record, from the record's own stream
for a step); the caller must act for that school in the step's roles (the school itself, or a
supervisor covering it); the command runs and answers the record's state.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter

from kit.auth.place import Place
from kit.auth.roles import Role
from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.http.commands import Call, CommandCall
from services.needs.adapters import schools
from services.needs.api.access import acting_role, require_in_esa
from services.needs.api.answers import Answer
from services.needs.api.deps import Esa, Id, NeedsDep, SchoolCode
from services.needs.application.streams import Move, Step
from services.needs.bootstrap import Needs
from services.needs.domain.commands.common import Command
from services.needs.domain.events import TargetSchool

Owner = Callable[[CommandRunner, str, str], Awaitable[TargetSchool]]
Create = Callable[[CommandRunner, CommandMeta, str, TargetSchool, Any], Awaitable[CommandOutcome]]


@dataclass(frozen=True)
class Kind:
    """A kind of school record: where it lives, how it is created and moved on."""

    collection: str  # "productions": /esas/{esa}/productions/{production_id}
    id_name: str  # "production_id"
    create: Create
    answer: type[Answer]
    owner: Owner | None = None  # for records with steps: who the record belongs to
    move: Move | None = None

    @property
    def path(self) -> str:
        return f"/esas/{{esa}}/{self.collection}/{{{self.id_name}}}"


@dataclass(frozen=True)
class StepRoute:
    verb: str  # the path's last part: "evaluation"
    command: type[Command]
    decide: Step
    by: frozenset[Role]
    doc: str


def _signature(*params: tuple[str, Any]) -> inspect.Signature:
    kind = inspect.Parameter.KEYWORD_ONLY
    return inspect.Signature([inspect.Parameter(name, kind, annotation=a) for name, a in params])


def add_creation(
    router: APIRouter, kind: Kind, command: type[Command], by: frozenset[Role], doc: str
) -> None:
    """POST /esas/{esa}/schools/{school}/<collection>: a new record of one school."""

    async def route(esa: str, school: str, command: Command, call: CommandCall, n: Needs) -> Answer:
        require_in_esa(call.principal, esa)
        place = await schools.placement(n.views, esa, school)
        role = acting_role(call.principal, Place.of_school(school, esa, place.cluster), by)
        meta = call.meta(role, command, esa=esa, school=school)
        outcome = await kind.create(n.commands, meta, esa, place, command)
        where = f"/v1/esas/{esa}/{kind.collection}/{outcome.answer[kind.id_name]}"
        return call.answer(outcome, kind.answer, location=where)

    route.__signature__ = _signature(  # type: ignore[attr-defined]
        ("esa", Esa), ("school", SchoolCode), ("command", command), ("call", Call), ("n", NeedsDep)
    )
    path = f"/esas/{{esa}}/schools/{{school}}/{kind.collection}"
    _add(router, path, route, kind, doc, 201, f"new_{kind.id_name.removesuffix('_id')}")


def add_steps(router: APIRouter, kind: Kind, steps: list[StepRoute]) -> None:
    """POST /esas/{esa}/<collection>/{id}/<verb> for each step of the table."""
    for step in steps:
        _add(
            router,
            f"{kind.path}/{step.verb}",
            _step(kind, step),
            kind,
            step.doc,
            200,
            f"{kind.id_name.removesuffix('_id')}_{step.verb}",
        )


def _step(kind: Kind, step: StepRoute) -> Callable[..., Awaitable[Answer]]:
    assert kind.owner is not None and kind.move is not None, "a record with steps"
    owner_of, move = kind.owner, kind.move

    async def route(**given: Any) -> Answer:
        esa: str = given["esa"]
        record_id: str = given[kind.id_name]
        command: Command = given["command"]
        call: CommandCall = given["call"]
        n: Needs = given["n"]
        require_in_esa(call.principal, esa)
        owner = await owner_of(n.commands, esa, record_id)
        place = Place.of_school(owner.school, esa, owner.cluster)
        meta = call.meta(
            acting_role(call.principal, place, step.by),
            command,
            esa=esa,
            **{kind.id_name: record_id},
        )
        outcome = await move(n.commands, meta, esa, record_id, step.decide, command)
        return call.answer(outcome, kind.answer)

    route.__signature__ = _signature(  # type: ignore[attr-defined]
        ("esa", Esa), (kind.id_name, Id), ("command", step.command), ("call", Call), ("n", NeedsDep)
    )
    return route


def _add(
    router: APIRouter,
    path: str,
    route: Callable[..., Any],
    kind: Kind,
    doc: str,
    status: int,
    name: str,
) -> None:
    router.add_api_route(
        path,
        route,
        methods=["POST"],
        status_code=status,
        response_model=kind.answer,
        summary=doc.split(":")[0].split(".")[0],
        description=doc,
        name=name,
        operation_id=name,
    )
