"""Directory rules: idempotent registration, effective-dated moves, role levels."""

from __future__ import annotations

from datetime import date

import pytest

from kit.errors import InvalidInput, RuleViolation
from services.directory.domain import events as ev
from services.directory.domain import model

SCHOOL = ev.SchoolRegistered(
    school="1042060101",
    name_th="โรงเรียนบ้านนาแห้ว",
    name_en="",
    esa="loei-3",
    province="loei",
    cluster="loei-3-nahaeo",
    effective_from=date(2026, 5, 16),
)
PERSON = ev.PersonRegistered(person="malee.jaidee", name_th="นางสาวมาลี ใจดี", name_en="Malee Jaidee")


def test_registering_twice_changes_nothing() -> None:
    assert model.register_once([], SCHOOL) == [SCHOOL]
    assert model.register_once([SCHOOL], SCHOOL) == []


def test_an_esa_code_must_begin_with_its_province() -> None:
    with pytest.raises(InvalidInput):
        model.register_esa(
            [],
            ev.EsaRegistered(
                esa="loei-3",
                province="rayong",
                name_th="x",
                name_en="x",
                short_th="x",
                level="primary",
            ),
        )


def test_a_school_moves_within_its_province_from_a_given_day() -> None:
    moved = model.move_school([SCHOOL], "1042060101", "loei-2", "loei-2-phuluang", date(2027, 1, 1))
    assert moved == [
        ev.SchoolMoved(
            school="1042060101",
            from_esa="loei-3",
            from_cluster="loei-3-nahaeo",
            to_esa="loei-2",
            to_cluster="loei-2-phuluang",
            province="loei",
            effective_from=date(2027, 1, 1),
        )
    ]
    assert model.current_school([SCHOOL, *moved]) == ("loei-2", "loei-2-phuluang")
    with pytest.raises(RuleViolation):
        model.move_school([SCHOOL], "1042060101", "rayong-1", "rayong-1-mueang", date(2027, 1, 1))


def test_a_role_is_granted_at_its_own_level_once() -> None:
    grant = ev.RoleGranted(
        person="malee.jaidee",
        role="supervisor",
        level="esa",
        scope="loei-3",
        esa="loei-3",
        province="loei",
        effective_from=date(2026, 5, 16),
    )
    assert model.grant_role([PERSON], grant) == [grant]
    assert model.grant_role([PERSON, grant], grant) == []
    with pytest.raises(InvalidInput):
        model.grant_role([PERSON], grant.model_copy(update={"level": "province", "scope": "loei"}))
    with pytest.raises(RuleViolation):
        model.grant_role([], grant)
