"""Step 3 events (ส่งต้นแบบของหน่วยงาน): model media sent to schools, and each school's receipt.

A dispatch counts in the academic year and semester of the day it was sent; a receipt
carries the dispatch's year and semester, so that both count in one year.
"""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.needs.domain.events.surveys import TargetSchool
from services.needs.domain.events.value import Value
from services.needs.domain.vocabulary import Category, DeliveryChannel, GradeLevel, Subject


class ModelMedium(Value):
    title: str
    kind: Category
    subject: Subject = Subject.GENERAL
    grade_levels: list[GradeLevel] = []
    quantity: int = 1
    reference: str = ""


class ModelMediaSent(DomainEvent):
    """A supervisor sent the ESA's model media to schools."""

    type = "needs.ModelMediaSent"
    dispatch_id: str
    esa: str
    province: str
    academic_year: int
    semester: int
    title: str
    purpose: str = ""
    media: list[ModelMedium]
    channel: DeliveryChannel
    target_kind: str  # "all", "cluster" or "list"
    target_cluster: str = ""
    target_schools: list[TargetSchool]
    sent_on: date


class ModelMediaReceived(DomainEvent):
    """A school acknowledged the model media sent to it."""

    type = "needs.ModelMediaReceived"
    dispatch_id: str
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int
    semester: int
    received_on: date
    note: str = ""
