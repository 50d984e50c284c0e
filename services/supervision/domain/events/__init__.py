"""supervision events. Each carries the school, ESA, province, academic year (B.E.) and
semester where relevant, so readers never call back. Modules by what they describe: plans,
visits, a school's year, the ESA's records, the ESA's 4Q drive, a province's records."""

from kit.events import EventRegistry
from services.supervision.domain.events.drive import DRIVE_EVENTS
from services.supervision.domain.events.plans import PLAN_EVENTS
from services.supervision.domain.events.province import PROVINCE_EVENTS
from services.supervision.domain.events.records import RECORD_EVENTS
from services.supervision.domain.events.schools import SCHOOL_YEAR_EVENTS
from services.supervision.domain.events.visits import VISIT_EVENTS

registry = EventRegistry(
    [
        *PLAN_EVENTS,
        *VISIT_EVENTS,
        *SCHOOL_YEAR_EVENTS,
        *RECORD_EVENTS,
        *DRIVE_EVENTS,
        *PROVINCE_EVENTS,
    ]
)
