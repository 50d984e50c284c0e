"""Media service events (form 4, steps 4 and 6) and improvements to the service (form 6).

Every event of a request carries the academic year and semester in which it was *requested*,
so all of a request's facts count in one year.
"""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.needs.domain.events.value import Value
from services.needs.domain.vocabulary import ServiceKind, Subject


class RequestedItem(Value):
    name: str
    quantity: int = 1


class ServiceFacts(DomainEvent):
    request_id: str
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int
    semester: int
    kind: ServiceKind


class ServiceRequested(ServiceFacts):
    type = "needs.ServiceRequested"
    subject: Subject = Subject.GENERAL
    details: str
    items: list[RequestedItem] = []
    needed_by: date | None = None
    requested_on: date
    due_on: date  # when it counts as overdue if not fulfilled: needed_by, else 30 days on


class ServiceRequestAccepted(ServiceFacts):
    type = "needs.ServiceRequestAccepted"
    note: str = ""
    accepted_on: date


class ServiceScheduled(ServiceFacts):
    type = "needs.ServiceScheduled"
    scheduled_on: date
    note: str = ""
    due_on: date  # the scheduled day becomes the due day


class ServiceFulfilled(ServiceFacts):
    type = "needs.ServiceFulfilled"
    fulfilled_on: date
    note: str = ""


class ServiceRequestDeclined(ServiceFacts):
    type = "needs.ServiceRequestDeclined"
    reason: str
    declined_on: date


class ServiceRated(ServiceFacts):
    """The school's satisfaction with a fulfilled request (1 to 5)."""

    type = "needs.ServiceRated"
    rating: int
    comment: str = ""
    rated_on: date


class ServiceImprovementRecorded(DomainEvent):
    """What the ESA changed in its media service, and why (form 6)."""

    type = "needs.ServiceImprovementRecorded"
    improvement_id: str
    esa: str
    province: str
    academic_year: int
    finding: str
    action: str
    request_ids: list[str] = []
    recorded_on: date
