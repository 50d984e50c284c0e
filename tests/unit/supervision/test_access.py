"""Who reads and does what in supervision: the ESA's staff, a cluster's supervisor, a school,
the province's roles (docs/supervision.md, "Who reads what")."""

from __future__ import annotations

import pytest

from kit.auth.place import Place
from kit.errors import Forbidden, NotFound
from services.directory.application.tokens import principal_for
from services.supervision.api import access

NA_HAEO = {"school": "1042060101", "esa": "loei-3", "cluster": "loei-3-nahaeo"}
DAN_SAI = {"school": "1042050101", "esa": "loei-3", "cluster": "loei-3-dansai"}
SCHOOL = Place.of_school("1042060101", "loei-3", "loei-3-nahaeo")


def test_the_esa_reads_every_school_a_cluster_supervisor_its_cluster_a_school_itself() -> None:
    esa = access.school_reader(principal_for("supervisor", "loei-3"), "loei-3")
    cluster = access.school_reader(principal_for("supervisor", "loei-3-dansai"), "loei-3")
    school = access.school_reader(principal_for("school", "1042060101"), "loei-3")
    assert (esa(NA_HAEO), esa(DAN_SAI)) == (True, True)
    assert (cluster(NA_HAEO), cluster(DAN_SAI)) == (False, True)
    assert (school(NA_HAEO), school(DAN_SAI)) == (True, False)


def test_another_esa_sees_nothing_of_it() -> None:
    with pytest.raises(NotFound):
        access.school_reader(principal_for("supervisor", "loei-1"), "loei-3")
    with pytest.raises(NotFound):
        access.school_reader(principal_for("school", "1021090101"), "loei-3")


def test_a_school_reads_no_plan_and_no_office_record() -> None:
    school = principal_for("school", "1042060101")
    with pytest.raises(Forbidden):
        access.staff_reader(school, "loei-3")
    with pytest.raises(Forbidden):
        access.office(school, "loei-3")
    access.staff_reader(principal_for("supervisor", "loei-3-dansai"), "loei-3")


def test_a_cluster_supervisor_acts_on_its_schools_only_and_not_for_the_whole_esa() -> None:
    sup = principal_for("supervisor", "loei-3-dansai")
    dan_sai = Place.of_school(DAN_SAI["school"], "loei-3", "loei-3-dansai")
    assert access.acting_role(sup, dan_sai, access.SUPERVISORS).value == "supervisor"
    with pytest.raises(NotFound):
        access.acting_role(sup, SCHOOL, access.SUPERVISORS)
    with pytest.raises(Forbidden):
        access.office(sup, "loei-3", access.SUPERVISORS)


def test_the_province_reads_but_does_not_record_visits() -> None:
    officer = principal_for("provincial_officer", "loei")
    assert access.school_reader(officer, "loei-3")(NA_HAEO)
    with pytest.raises(Forbidden):
        access.acting_role(officer, SCHOOL, access.SUPERVISORS)


def test_a_schools_own_answer_needs_its_own_grant() -> None:
    assert access.acting_role(principal_for("school", "1042060101"), SCHOOL, access.SCHOOLS)
    with pytest.raises(NotFound):
        access.acting_role(principal_for("school", "1042060102"), SCHOOL, access.SCHOOLS)
    with pytest.raises(Forbidden):
        access.acting_role(principal_for("supervisor", "loei-3"), SCHOOL, access.SCHOOLS)


def test_everyone_of_a_province_reads_its_records_and_nobody_else() -> None:
    for who in (
        ("school", "1021090101"),
        ("supervisor", "rayong-2"),
        ("driving_committee", "rayong"),
    ):
        access.province_reader(principal_for(*who), "rayong")
    access.province_reader(principal_for("policy_committee", "th"), "rayong")
    with pytest.raises(NotFound):
        access.province_reader(principal_for("supervisor", "loei-3"), "rayong")


def test_teachers_are_honoured_by_the_esa_director_or_the_provinces_driving_committee() -> None:
    rayong = Place.of_school("1021080101", "rayong-2", "rayong-2-klaeng")
    for who in (("esa_director", "rayong-2"), ("driving_committee", "rayong")):
        access.acting_role(principal_for(*who), rayong, access.HONOURING)
    with pytest.raises(Forbidden):
        access.acting_role(principal_for("supervisor", "rayong-2"), rayong, access.HONOURING)
