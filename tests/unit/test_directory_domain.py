"""Directory rules: codes registered once, units placed in open parents of the same province,
moves effective-dated and kept, roles granted at the levels they belong to."""

from __future__ import annotations

from datetime import date

import pytest

from kit.errors import NithetError, RuleViolation
from services.directory.domain import commands as cmd
from services.directory.domain import events as ev
from services.directory.domain import model, organisation, people, schools, state

DAY = date(2026, 11, 1)
LOEI = state.Province("loei", "เลย", "Loei", "TH-42")
LOEI_3 = state.Esa("loei-3", "loei", "สพป.เลย เขต 3", "Loei 3", "สพป.เลย เขต 3", "primary")
LOEI_2 = state.Esa("loei-2", "loei", "สพป.เลย เขต 2", "Loei 2", "สพป.เลย เขต 2", "primary")
RAYONG_1 = state.Esa(
    "rayong-1", "rayong", "สพป.ระยอง เขต 1", "Rayong 1", "สพป.ระยอง เขต 1", "primary"
)
NA_HAEO = state.Cluster("loei-3-nahaeo", "loei-3", "loei", "กลุ่มโรงเรียนนาแห้ว", "Na Haeo")
PHU_LUANG = state.Cluster("loei-2-phuluang", "loei-2", "loei", "กลุ่มโรงเรียนภูหลวง", "Phu Luang")
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


def code_of(refusal: pytest.ExceptionInfo[NithetError]) -> tuple[str, str]:
    return refusal.value.code, refusal.value.details[0]["field"]


def test_a_province_code_is_registered_once() -> None:
    c = cmd.CreateProvince(province="loei", name_th="เลย")
    [registered] = organisation.create_province([], c)
    with pytest.raises(RuleViolation) as refused:
        organisation.create_province([registered], c)
    assert code_of(refused) == ("duplicate_code", "province")
    assert refused.value.details[0]["label"] == "รหัสจังหวัด"


def test_an_esa_code_must_begin_with_its_province() -> None:
    c = cmd.CreateEsa(esa="rayong-3", name_th="x", short_th="x")
    with pytest.raises(RuleViolation) as refused:
        organisation.create_esa([], c, LOEI)
    assert code_of(refused) == ("esa_code_province_mismatch", "esa")


def test_a_school_joins_an_open_cluster_of_its_own_esa() -> None:
    c = cmd.RegisterSchool(school="1042060199", name_th="x", cluster="loei-3-nahaeo")
    assert schools.register_school([], c, "loei-3", NA_HAEO, DAY)[0].province == "loei"  # type: ignore[attr-defined]
    for esa, cluster, code in (
        ("loei-3", None, "unknown_cluster"),
        ("loei-2", NA_HAEO, "cluster_of_another_esa"),
        ("loei-3", state.Cluster(**{**vars(NA_HAEO), "closed_on": DAY}), "cluster_closed"),
    ):
        with pytest.raises(RuleViolation) as refused:
            schools.register_school([], c, esa, cluster, DAY)
        assert code_of(refused) == (code, "cluster")
    with pytest.raises(RuleViolation) as refused:
        schools.register_school([SCHOOL], c, "loei-3", NA_HAEO, DAY)
    assert code_of(refused) == ("duplicate_code", "school")


def test_a_school_moves_within_its_province_from_a_given_day_and_keeps_where_it_was() -> None:
    s = state.school_of([SCHOOL])
    assert s is not None
    moved = schools.move_school(s, cmd.MoveSchool(to_cluster="loei-2-phuluang"), PHU_LUANG, DAY)
    assert moved == [
        ev.SchoolMoved(
            school="1042060101",
            from_esa="loei-3",
            from_cluster="loei-3-nahaeo",
            to_esa="loei-2",
            to_cluster="loei-2-phuluang",
            province="loei",
            effective_from=DAY,
        )
    ]
    history = [SCHOOL, *moved]
    assert [p["esa"] for p in state.school_placements(history)] == ["loei-3", "loei-2"]
    rayong = state.Cluster("rayong-1-mueang", "rayong-1", "rayong", "x", "x")
    for to, code in ((rayong, "move_across_provinces"), (NA_HAEO, "already_there")):
        with pytest.raises(RuleViolation) as refused:
            schools.move_school(s, cmd.MoveSchool(to_cluster=to.cluster), to, DAY)
        assert code_of(refused) == (code, "to_cluster")
    with pytest.raises(RuleViolation) as refused:
        schools.move_school(
            s, cmd.MoveSchool(to_cluster="loei-2-phuluang"), PHU_LUANG, date(2026, 1, 1)
        )
    assert code_of(refused) == ("effective_too_early", "effective_from")


def test_a_cluster_moves_to_another_esa_of_its_province_only() -> None:
    [moved] = organisation.move_cluster(NA_HAEO, cmd.MoveCluster(to_esa="loei-2"), LOEI_2, DAY)
    assert isinstance(moved, ev.ClusterMoved) and (moved.from_esa, moved.to_esa) == (
        "loei-3",
        "loei-2",
    )
    for to, code in (
        (RAYONG_1, "move_across_provinces"),
        (LOEI_3, "already_there"),
        (None, "unknown_esa"),
    ):
        with pytest.raises(RuleViolation) as refused:
            organisation.move_cluster(NA_HAEO, cmd.MoveCluster(to_esa="loei-2"), to, DAY)
        assert code_of(refused) == (code, "to_esa")


def test_a_school_follows_its_cluster_once_and_only_while_it_is_in_it() -> None:
    s = state.school_of([SCHOOL])
    moved_cluster = state.Cluster(**{**vars(NA_HAEO), "esa": "loei-2", "esa_since": DAY})
    [followed] = schools.follow_cluster(s, moved_cluster, DAY)
    assert isinstance(followed, ev.SchoolMoved) and followed.to_esa == "loei-2"
    assert schools.follow_cluster(state.school_of([SCHOOL, followed]), moved_cluster, DAY) == []
    assert schools.follow_cluster(None, moved_cluster, DAY) == []
    elsewhere = state.Cluster(**{**vars(PHU_LUANG), "esa": "loei-1"})
    assert schools.follow_cluster(s, elsewhere, DAY) == []


def test_a_cluster_with_open_schools_is_not_closed() -> None:
    with pytest.raises(RuleViolation) as refused:
        organisation.close_cluster(NA_HAEO, cmd.CloseCluster(), 14, DAY)
    assert refused.value.code == "cluster_has_schools"
    [closed] = organisation.close_cluster(NA_HAEO, cmd.CloseCluster(reason="ยุบ"), 0, DAY)
    assert isinstance(closed, ev.ClusterClosed)


def test_a_closed_school_is_not_renamed_moved_or_closed_again() -> None:
    s = state.school_of([SCHOOL])
    assert s is not None
    [closed] = schools.close_school(s, cmd.CloseSchool(), DAY)
    gone = state.school_of([SCHOOL, closed])
    assert gone is not None and gone.closed_on == DAY
    for attempt in (
        lambda: schools.rename_school(gone, cmd.Rename(name_th="x"), DAY),
        lambda: schools.move_school(gone, cmd.MoveSchool(to_cluster="x-y"), PHU_LUANG, DAY),
        lambda: schools.close_school(gone, cmd.CloseSchool(), DAY),
    ):
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.code == "school_closed"


def test_a_role_is_granted_at_a_level_it_belongs_to_and_once() -> None:
    p = people.person_of([PERSON])
    assert p is not None
    grant = ev.RoleGranted(
        person="malee.jaidee",
        role="supervisor",
        level="cluster",
        scope="loei-3-nahaeo",
        esa="loei-3",
        province="loei",
        effective_from=DAY,
    )
    assert people.grant_role(p, grant) == [grant]
    assert people.grant_role(people.person_of([PERSON, grant]), grant) == []  # type: ignore[arg-type]
    with pytest.raises(RuleViolation) as refused:
        people.grant_role(p, grant.model_copy(update={"role": "school_director"}))
    assert code_of(refused) == ("role_level_mismatch", "level")


def test_a_role_not_held_is_not_revoked() -> None:
    p = people.person_of([PERSON])
    assert p is not None
    c = cmd.RevokeRole(role="supervisor", level="esa", scope="loei-3")  # type: ignore[arg-type]
    with pytest.raises(RuleViolation) as refused:
        people.revoke_role(p, c, DAY)
    assert code_of(refused) == ("not_granted", "role")


def test_a_demo_grant_is_given_once_ever() -> None:
    grant = ev.RoleGranted(
        person="malee.jaidee", role="supervisor", level="esa", scope="loei-3", effective_from=DAY
    )
    revoked = ev.RoleRevoked(
        person="malee.jaidee", role="supervisor", level="esa", scope="loei-3", effective_from=DAY
    )
    assert model.seed_grant([PERSON], grant) == [grant]
    assert model.seed_grant([PERSON, grant, revoked], grant) == []
    assert model.seed_grant([], grant) == []
    assert model.register_once([SCHOOL], SCHOOL) == []
