"""Who reads and does what in the needs service (api.access): 404 outside scope, 403 in scope
with the wrong role, a school its own part, a cluster grant its cluster's schools."""

from __future__ import annotations

import pytest

from kit.auth.grant import Grant
from kit.auth.place import Place
from kit.auth.principal import Principal
from kit.auth.roles import Level, Role
from kit.errors import Forbidden, NotFound
from services.needs.api import access

NA_HAEO, DAN_SAI = "loei-3-nahaeo", "loei-3-dansai"
A, B = "1042060101", "1042060102"


def who(role: Role, level: Level, code: str, esa: str = "", province: str = "") -> Principal:
    return Principal(f"t:{role}", "", (Grant(role, level, code, esa=esa, province=province),))


SUPERVISOR = who(Role.SUPERVISOR, Level.ESA, "loei-3", province="loei")
CLUSTER = who(Role.SUPERVISOR, Level.CLUSTER, NA_HAEO, esa="loei-3", province="loei")
SCHOOL_A = who(Role.SCHOOL_DIRECTOR, Level.SCHOOL, A, esa="loei-3", province="loei")
OFFICER = who(Role.PROVINCIAL_OFFICER, Level.PROVINCE, "loei")
RAYONG = who(Role.SUPERVISOR, Level.ESA, "rayong-2", province="rayong")


def refusal(call: object) -> int:
    try:
        call()  # type: ignore[operator]
    except NotFound:
        return 404
    except Forbidden:
        return 403
    return 200


@pytest.mark.parametrize(
    ("principal", "status"),
    [(SUPERVISOR, 200), (OFFICER, 200), (SCHOOL_A, 403), (CLUSTER, 403), (RAYONG, 404)],
)
def test_the_esas_lists_are_its_staffs(principal: Principal, status: int) -> None:
    assert refusal(lambda: access.require_staff(principal, "loei-3")) == status


@pytest.mark.parametrize(
    ("principal", "school", "cluster", "status"),
    [
        (SCHOOL_A, A, NA_HAEO, 200),
        (SCHOOL_A, B, NA_HAEO, 404),
        (CLUSTER, B, NA_HAEO, 200),
        (CLUSTER, B, DAN_SAI, 404),
        (SUPERVISOR, B, DAN_SAI, 200),
        (RAYONG, A, NA_HAEO, 404),
    ],
)
def test_a_schools_record_is_read_by_the_school_its_cluster_and_its_esa(
    principal: Principal, school: str, cluster: str, status: int
) -> None:
    assert refusal(lambda: access.require_reader(principal, "loei-3", school, cluster)) == status


def test_lists_of_school_records_hold_what_the_caller_reads() -> None:
    assert access.reader_filter(SUPERVISOR, "loei-3") == {}
    assert access.reader_filter(OFFICER, "loei-3") == {}
    assert access.reader_filter(CLUSTER, "loei-3") == {"cluster": NA_HAEO}
    assert access.reader_filter(SCHOOL_A, "loei-3") == {"school": A}
    with pytest.raises(NotFound):
        access.reader_filter(RAYONG, "loei-3")


def test_campaigns_and_dispatches_are_read_whole_by_staff_and_in_part_by_a_school() -> None:
    assert access.own_school(SUPERVISOR, "loei-3") is None
    assert access.own_school(SCHOOL_A, "loei-3") == A
    with pytest.raises(Forbidden):
        access.own_school(CLUSTER, "loei-3")


def test_supervision_of_a_school_needs_a_supervisor_covering_it() -> None:
    place = Place.of_school(B, "loei-3", NA_HAEO)
    assert access.acting_role(CLUSTER, place, access.SUPERVISORS) is Role.SUPERVISOR
    assert (
        refusal(
            lambda: access.acting_role(SCHOOL_A, Place.of_school(A, "loei-3"), access.SUPERVISORS)
        )
        == 403
    )
    assert (
        refusal(
            lambda: access.acting_role(
                CLUSTER, Place.of_school(B, "loei-3", DAN_SAI), access.SUPERVISORS
            )
        )
        == 404
    )
    assert (
        access.acting_role(SCHOOL_A, Place.of_school(A, "loei-3"), access.SCHOOLS)
        is Role.SCHOOL_DIRECTOR
    )
    assert refusal(lambda: access.supervisor_of_esa(CLUSTER, "loei-3")) == 403


class _Views:
    """The read-model store as records.records uses it: one find, its filter kept."""

    def __init__(self) -> None:
        self.filters: list[dict[str, object]] = []

    async def find(self, model: str, flt: dict[str, object]) -> list[dict[str, object]]:
        self.filters.append(flt)
        return []


async def test_a_school_asking_for_its_own_records_by_name_is_answered() -> None:
    from types import SimpleNamespace

    from services.needs.api.reading import school_records

    views = _Views()
    needs = SimpleNamespace(views=views)
    assert await school_records(needs, SCHOOL_A, "production", "loei-3", 2569, A) == []  # type: ignore[arg-type]
    assert await school_records(needs, SCHOOL_A, "production", "loei-3", None, B) == []  # type: ignore[arg-type]
    assert views.filters == [{"record": "production", "esa": "loei-3", "school": A, "year": "2569"}]
