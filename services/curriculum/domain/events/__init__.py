"""curriculum events, one module per stream kind, and the registry every reader of this
service's events resolves their types with (never by import path)."""

from kit.events import EventRegistry
from services.curriculum.domain.events.assessments import ASSESSMENT_EVENTS
from services.curriculum.domain.events.cases import CASE_EVENTS
from services.curriculum.domain.events.classroom import CLASSROOM_EVENTS
from services.curriculum.domain.events.coaching import COACHING_EVENTS
from services.curriculum.domain.events.forums import FORUM_EVENTS
from services.curriculum.domain.events.lesson_plans import LESSON_PLAN_EVENTS
from services.curriculum.domain.events.meetings import MEETING_EVENTS
from services.curriculum.domain.events.sandbox import SANDBOX_EVENTS

registry = EventRegistry(
    [
        *CASE_EVENTS,
        *MEETING_EVENTS,
        *ASSESSMENT_EVENTS,
        *COACHING_EVENTS,
        *LESSON_PLAN_EVENTS,
        *FORUM_EVENTS,
        *CLASSROOM_EVENTS,
        *SANDBOX_EVENTS,
    ]
)
