"""Scope: a grant covers its level and everything under it; outside it is 404, wrong role 403."""

import pytest

from kit.auth.principal import Grant, Level, Place, Principal, Role, esa_province
from kit.auth.tokens import TokenIssuer, TokenVerifier
from kit.errors import Forbidden, NotFound, Unauthenticated


def principal(*grants: Grant) -> Principal:
    return Principal("p", "ทดสอบ", grants)


SUPERVISOR = Grant(Role.SUPERVISOR, Level.ESA, "loei-3", province="loei")
OFFICER = Grant(Role.PROVINCIAL_OFFICER, Level.PROVINCE, "loei")
SCHOOL = Grant(Role.SCHOOL_DIRECTOR, Level.SCHOOL, "1042060101", esa="loei-3", province="loei")
NATION = Grant(Role.POLICY_COMMITTEE, Level.NATION, "th")


def test_an_esa_code_begins_with_its_province() -> None:
    assert esa_province("loei-3") == "loei" and esa_province("rayong-2") == "rayong"


def test_a_provincial_officer_sees_every_esa_of_the_province_and_no_other() -> None:
    p = principal(OFFICER)
    assert all(p.sees_esa(e) for e in ("loei-1", "loei-2", "loei-3"))
    assert not p.sees_esa("rayong-1")
    assert p.sees_province("loei") and not p.sees_province("rayong")


def test_a_supervisor_sees_her_esa_only() -> None:
    p = principal(SUPERVISOR)
    assert p.sees_esa("loei-3") and not p.sees_esa("loei-1")
    with pytest.raises(NotFound):
        p.require_esa("rayong-2", {Role.SUPERVISOR})


def test_in_scope_but_the_wrong_role_is_forbidden_not_hidden() -> None:
    with pytest.raises(Forbidden):
        principal(SCHOOL).require_esa("loei-3", {Role.SUPERVISOR})


def test_a_school_acts_for_itself_only() -> None:
    p = principal(SCHOOL)
    p.require_school("1042060101", "loei-3")
    with pytest.raises(NotFound):
        p.require_school("1042060102", "loei-3")


def test_a_national_grant_sees_everything() -> None:
    p = principal(NATION)
    assert p.sees_esa("rayong-2") and p.sees_province("loei") and p.sees_nation()


def test_a_token_carries_the_grants_and_a_forged_one_is_refused() -> None:
    issuer = TokenIssuer("s" * 40, "nithet-dev", "nithet", 60)
    verifier = TokenVerifier(secret="s" * 40, issuer="nithet-dev", audience="nithet")
    token = issuer.issue(principal(SCHOOL, SUPERVISOR))
    assert verifier.verify(token).grants == (SCHOOL, SUPERVISOR)
    forged = TokenIssuer("x" * 40, "nithet-dev", "nithet", 60).issue(principal(NATION))
    with pytest.raises(Unauthenticated):
        verifier.verify(forged)


def test_an_expired_token_is_refused() -> None:
    issuer = TokenIssuer("s" * 40, "nithet-dev", "nithet", 60)
    verifier = TokenVerifier(secret="s" * 40, issuer="nithet-dev", audience="nithet")
    with pytest.raises(Unauthenticated):
        verifier.verify(issuer.issue(principal(SUPERVISOR), now=1_000_000))


NA_HAEO = Grant(Role.SUPERVISOR, Level.CLUSTER, "loei-3-nahaeo", esa="loei-3", province="loei")
ESA_ADMIN = Grant(Role.ADMIN, Level.ESA, "loei-3", province="loei")


def test_a_cluster_grant_covers_its_cluster_s_schools_and_nothing_else() -> None:
    p = principal(NA_HAEO)
    assert p.acts_for_school("1042060101", "loei-3", cluster="loei-3-nahaeo")
    assert p.covers(Place.of_school("1042060101", "loei-3", "loei-3-nahaeo"), {Role.SUPERVISOR})
    assert p.covers(Place.of_cluster("loei-3-nahaeo", "loei-3"))
    assert not p.acts_for_school("1042050101", "loei-3", cluster="loei-3-dansai")
    assert not p.covers(Place.of_esa("loei-3")) and not p.covers(Place.of_province("loei"))
    assert not p.covers(Place.of_school("1021070101", "rayong-1", "rayong-1-mueang"))


def test_a_cluster_grant_reaches_no_school_whose_cluster_is_not_given() -> None:
    """Existing calls that do not pass the school's cluster keep working and fail closed."""
    p = principal(NA_HAEO)
    assert not p.acts_for_school("1042060101", "loei-3")
    with pytest.raises(NotFound):
        p.require_school("1042060101", "loei-3")
    p.require_school("1042060101", "loei-3", {Role.SUPERVISOR}, cluster="loei-3-nahaeo")


def test_a_cluster_grant_is_not_the_whole_esa() -> None:
    p = principal(NA_HAEO)
    assert not p.sees_esa("loei-3") and not p.sees_province("loei")
    with pytest.raises(NotFound):
        p.require_esa("loei-3", {Role.SUPERVISOR})
    with pytest.raises(Forbidden):  # it belongs to Loei: not hidden, but not a provincial role
        p.require_province("loei", {Role.PROVINCIAL_OFFICER})


def test_a_place_is_in_scope_when_covered_or_when_the_caller_belongs_to_it() -> None:
    school = principal(SCHOOL)
    school.require_place(Place.of_esa("loei-3"))  # the school belongs to loei-3
    with pytest.raises(Forbidden):
        school.require_place(Place.of_esa("loei-3"), {Role.ADMIN})
    with pytest.raises(NotFound):
        school.require_place(Place.of_esa("rayong-2"), {Role.ADMIN})
    admin = principal(ESA_ADMIN)
    admin.require_place(Place.of_cluster("loei-3-nahaeo", "loei-3"), {Role.ADMIN})
    with pytest.raises(Forbidden):  # the province above it: in scope, not administered
        admin.require_place(Place.of_province("loei"), {Role.ADMIN})
    with pytest.raises(NotFound):
        admin.require_place(Place.of_esa("loei-1"), {Role.ADMIN})


def test_every_existing_grant_covers_what_it_covered_before() -> None:
    for grant in (SUPERVISOR, OFFICER, SCHOOL, NATION):
        p = principal(grant)
        assert p.sees_esa("loei-3") and p.acts_for_school("1042060101", "loei-3")
        assert p.acts_for_school("1042060101", "loei-3", cluster="loei-3-nahaeo")
    assert principal(OFFICER).covers(Place.of_school("1042060101", "loei-3", "loei-3-nahaeo"))


def test_a_cluster_grant_travels_in_a_token() -> None:
    issuer = TokenIssuer("s" * 40, "nithet-dev", "nithet", 60)
    verifier = TokenVerifier(secret="s" * 40, issuer="nithet-dev", audience="nithet")
    assert verifier.verify(issuer.issue(principal(NA_HAEO))).grants == (NA_HAEO,)
