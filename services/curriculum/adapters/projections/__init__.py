"""The curriculum service's own read models, one module each (its `MODEL` name, the projection
that builds it, and the lookups the API makes in it)."""

from __future__ import annotations

from kit.readmodel.projection import Projection
from services.curriculum.adapters.projections.cases import CasesView
from services.curriculum.adapters.projections.classroom import ClassAssessmentsView
from services.curriculum.adapters.projections.forums import ForumsView
from services.curriculum.adapters.projections.lesson_plans import LessonPlansView
from services.curriculum.adapters.projections.meetings import MeetingsView
from services.curriculum.adapters.projections.schools import SchoolsView


def projections() -> list[Projection]:
    return [
        SchoolsView(),
        CasesView(),
        MeetingsView(),
        LessonPlansView(),
        ForumsView(),
        ClassAssessmentsView(),
    ]
