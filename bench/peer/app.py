"""The peer: the same needs workload on the `eventsourcing` library with PostgreSQL.

What a Python team would otherwise write: an aggregate per survey response (one per campaign
and school) in an `Application`, a materialised view of response counts per ESA and per province
kept by a `Projection` with tracking in the same PostgreSQL transaction, and the same HTTP
endpoint as Nithet's (same path, same token check) served by the same uvicorn.
"""

from __future__ import annotations

import os
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.dispatch import singledispatchmethod
from eventsourcing.domain import Aggregate, event
from eventsourcing.persistence import Tracking
from eventsourcing.postgres import PostgresDatastore, PostgresTrackingRecorder
from eventsourcing.projection import Projection
from eventsourcing.utils import get_topic
from psycopg.sql import SQL, Identifier


class SurveyResponse(Aggregate):
    @event("Submitted")
    def __init__(
        self, campaign: str, school: str, esa: str, province: str, answers: dict[str, Any]
    ):
        self.campaign, self.school, self.esa, self.province = campaign, school, esa, province
        self.answers, self.revision = answers, 1

    @event("Revised")
    def revise(self, answers: dict[str, Any]) -> None:
        self.answers, self.revision = answers, self.revision + 1

    @staticmethod
    def create_id(campaign: str, school: str) -> UUID:
        return uuid5(NAMESPACE_URL, f"/responses/{campaign}/{school}")


class Surveys(Application[UUID]):
    def submit(
        self, campaign: str, school: str, esa: str, province: str, answers: dict[str, Any]
    ) -> int:
        try:
            response: SurveyResponse = self.repository.get(
                SurveyResponse.create_id(campaign, school)
            )
            response.revise(answers)
        except AggregateNotFoundError:
            response = SurveyResponse(campaign, school, esa, province, answers)
        self.save(response)
        return response.version


class CountsView(PostgresTrackingRecorder):
    """Responding schools per ESA and per province, tracked in the same transaction."""

    def __init__(self, datastore: PostgresDatastore, **kwargs: Any) -> None:
        super().__init__(datastore, **kwargs)
        self.counts_table = f"{self.tracking_table_name}_counts"[:60]
        self.sql_create_statements.append(
            SQL(
                "CREATE TABLE IF NOT EXISTS {0}.{1} (level text, code text, n bigint, "
                "PRIMARY KEY (level, code))"
            ).format(Identifier(self.datastore.schema), Identifier(self.counts_table))
        )
        self._incr = SQL(
            "INSERT INTO {0}.{1} VALUES (%s, %s, 1) ON CONFLICT (level, code) "
            "DO UPDATE SET n = {1}.n + 1"
        ).format(Identifier(self.datastore.schema), Identifier(self.counts_table))

    def count(self, esa: str, province: str, tracking: Tracking) -> None:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(self._incr, ("esa", esa))
            curs.execute(self._incr, ("province", province))
            self._insert_tracking(curs, tracking)

    def get(self, level: str, code: str) -> int:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(
                SQL("SELECT n FROM {0}.{1} WHERE level=%s AND code=%s").format(
                    Identifier(self.datastore.schema), Identifier(self.counts_table)
                ),
                (level, code),
            )
            row = curs.fetchone()
            return int(row["n"]) if row else 0


class ResponseCounts(Projection[CountsView]):
    name = os.environ.get("PEER_PROJECTION_NAME", "response_counts")
    topics = (get_topic(SurveyResponse.Submitted),)

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        self.view.insert_tracking(tracking)

    @process_event.register
    def _(self, domain_event: SurveyResponse.Submitted, tracking: Tracking) -> None:
        self.view.count(domain_event.esa, domain_event.province, tracking)
