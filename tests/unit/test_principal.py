"""Scope: a grant covers its level and everything under it; outside it is 404, wrong role 403."""

import pytest

from kit.auth.principal import Grant, Level, Principal, Role, esa_province
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
