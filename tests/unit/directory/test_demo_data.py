"""The demo organisation: loaded outside production only, once (a second start appends
nothing), and never undoing what an administrator changed since."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kit.auth.principal import Level, Role
from kit.commands import StreamTarget
from kit.eventstore.memory import InMemoryEventStore
from kit.settings import Settings
from services.directory import reference as ref
from services.directory.application import people, schools, units
from services.directory.application.seeding import load_demo_data
from services.directory.domain import commands as cmd
from services.directory.domain import model
from tests.unit.directory.memory import NATIONAL, meta, runner


async def commits(store: InMemoryEventStore) -> int:
    """Commits written (no relay runs here: every commit is still pending)."""
    return len(await store.pending(100_000))


def test_demo_data_is_on_in_development_and_test_and_never_in_production() -> None:
    assert Settings(environment="development").loads_demo_data
    assert Settings(environment="test").loads_demo_data
    assert not Settings(environment="test", demo_data=False).loads_demo_data
    production = Settings(environment="production", jwt_secret="k" * 48)
    assert not production.loads_demo_data
    with pytest.raises(ValidationError, match="NITHET_DEMO_DATA"):
        Settings(environment="production", jwt_secret="k" * 48, demo_data=True)


async def test_a_second_start_appends_nothing() -> None:
    store = InMemoryEventStore()
    await load_demo_data(runner(store))
    first = await commits(store)
    assert first == 2 + 5 + 10 + len(ref.SCHOOLS) + 2 * len(ref.PEOPLE)
    await load_demo_data(runner(store))  # a new process: nothing cached
    assert await commits(store) == first


async def test_what_an_admin_changed_stays_changed_after_a_restart() -> None:
    store = InMemoryEventStore()
    await load_demo_data(runner(store))
    r = runner(store)
    await schools.rename_school(
        r, meta(), NATIONAL, "1042060105", cmd.Rename(name_th="โรงเรียนบ้านโคกใหม่")
    )
    revoke = cmd.RevokeRole(role=Role.SUPERVISOR, level=Level.ESA, scope="loei-3")
    await people.revoke_role(r, meta(), NATIONAL, "malee.jaidee", revoke)
    await load_demo_data(runner(store))
    again = runner(store)
    school = await units.school(again, "1042060105")
    assert school is not None and school.name_th == "โรงเรียนบ้านโคกใหม่"
    malee = await units.person(again, "malee.jaidee")
    assert malee is not None and malee.grants == ()
    target = StreamTarget("th", "th", model.stream_of_person("malee.jaidee"))
    assert (await again.history(target))[1] == 3  # registered, granted, revoked: no more
