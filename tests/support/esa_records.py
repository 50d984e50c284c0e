"""An academic year of ESA records in Loei (training, partner cooperation, dissemination) as
the supervision service publishes them, with the organisation they belong to: for the
reporting tests of those records, folded in memory or published to Kafka."""

from __future__ import annotations

from datetime import date
from typing import Any

from kit.events import CloudEvent
from kit.messaging.publisher import KafkaPublisher
from kit.messaging.records import event_record
from kit.settings import Settings
from services.supervision.domain.events.parts import Evidence, Participant
from services.supervision.domain.events.records import (
    DisseminationRecorded,
    PartnerCooperationRecorded,
    TrainingHeld,
    TrainingParticipantsAdded,
)
from tests.support.histories import History
from tests.support.kafka_log import create_topics

A, B, C, D = "1042060101", "1042060102", "1042060103", "1042010101"
CLUSTERS = {"loei-3": "loei-3-nahaeo", "loei-1": "loei-1-mueang"}
SCHOOLS = {A: "loei-3", B: "loei-3", C: "loei-3", D: "loei-1"}


def organisation(h: History) -> None:
    h.province("loei", "เลย")
    h.province("rayong", "ระยอง")
    for esa in ("loei-1", "loei-2", "loei-3"):
        h.esa(esa, "loei")
    h.esa("rayong-2", "rayong")
    for esa, cluster in CLUSTERS.items():
        h.cluster(cluster, esa, "loei")
    for school, esa in SCHOOLS.items():
        h.school(school, esa, CLUSTERS[esa], "loei")


def people(*schools: str) -> list[Participant]:
    return [Participant(name=f"ครูตัวอย่าง {n}", school=s) for n, s in enumerate(schools)]


def _add(h: History, stream: str, record: Any) -> CloudEvent:
    data = record.model_dump(mode="json")
    return h.add(record.type, stream, data["esa"], data["province"], **data)


def trainings(h: History) -> None:
    where = {"province": "loei", "academic_year": 2569, "organiser": "กลุ่มนิเทศ"}
    first = TrainingHeld(
        esa="loei-3", training_id="t1", title="อบรมการผลิตสื่อดิจิทัล", held_on=date(2026, 9, 5),
        hours=6.0, policies=[], participants=[*people(A, A, B), Participant(name="วิทยากร")],
        **where,
    )  # fmt: skip
    _add(h, "training-t1", first)
    added = TrainingParticipantsAdded(
        esa="loei-3", province="loei", training_id="t1", academic_year=2569, participants=people(C)
    )
    _add(h, "training-t1", added)
    second = TrainingHeld(
        esa="loei-3", training_id="t2", title="อบรมการวัดผลฐานสมรรถนะ", held_on=date(2026, 12, 1),
        hours=3.0, policies=[], participants=people(A), **where,
    )  # fmt: skip
    _add(h, "training-t2", second)
    third = TrainingHeld(
        esa="loei-1", training_id="t3", title="อบรม Coding", held_on=date(2026, 8, 1),
        hours=2.5, policies=[], participants=people(D, D), **where,
    )  # fmt: skip
    _add(h, "training-t3", third)


def partnerships(h: History) -> None:
    where = {"province": "loei", "academic_year": 2569, "activity": "สนับสนุนอุปกรณ์"}
    for record_id, esa, partner, sector, schools, started in (
        ("p1", "loei-3", "องค์การบริหารส่วนจังหวัดเลย", "public", [A, B], date(2026, 9, 1)),
        ("p2", "loei-3", "บริษัทตัวอย่าง จำกัด", "private", [B], date(2026, 9, 20)),
        ("p3", "loei-1", "ชุมชนบ้านนาอ้อ", "community", [D], date(2026, 11, 15)),
    ):
        record = PartnerCooperationRecorded(
            esa=esa, record_id=record_id, partner=partner, sector=sector, schools=schools,
            started_on=started, **where,
        )  # fmt: skip
        _add(h, f"partnership-{record_id}", record)


def disseminations(h: History) -> None:
    where = {"province": "loei", "academic_year": 2569, "audience": "ครูและผู้ปกครอง"}
    evidence = [Evidence(title="ภาพกิจกรรม", sha256="a" * 64)]
    for record_id, esa, channel, reach, day in (
        ("d1", "loei-3", "website", 300, date(2026, 10, 1)),
        ("d2", "loei-3", "social_media", 1200, date(2026, 12, 10)),
        ("d3", "loei-1", "meeting", 50, date(2026, 7, 1)),
    ):
        record = DisseminationRecorded(
            esa=esa, record_id=record_id, title=f"เผยแพร่ผลงาน {record_id}", channel=channel,
            published_on=day, reach=reach, evidence=evidence, **where,
        )  # fmt: skip
        _add(h, f"dissemination-{record_id}", record)


def records_history() -> History:
    h = History()
    organisation(h)
    trainings(h)
    partnerships(h)
    disseminations(h)
    return h


async def publish(settings: Settings, events: list[CloudEvent]) -> None:
    """The events on the deployment's topics, as the services' relays would publish them."""
    await create_topics(settings)
    publisher = KafkaPublisher(settings.kafka_bootstrap, "test-esa-records")
    await publisher.publish([event_record(e, settings.topic_prefix) for e in events])
    await publisher.close()
