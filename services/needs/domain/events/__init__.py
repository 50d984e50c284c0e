"""needs events, and the registry of their types.

Every event carries what a reader needs without asking the service back: the ESA, the
province, the academic year (B.E.) and, when a school is concerned, the school and its cluster
(and the semester for the year-round work: productions and service requests).
"""

from kit.events import EventRegistry
from services.needs.domain.events.followups import AspectScored, MediaUseFollowedUp, RecordUse
from services.needs.domain.events.model_media import (
    ModelMediaReceived,
    ModelMediaSent,
    ModelMedium,
)
from services.needs.domain.events.production import (
    Author,
    Evidence,
    IndicatorScore,
    ProductionEvaluated,
    ProductionEvidenceAdded,
    ProductionRegistered,
    ProductionWithdrawn,
)
from services.needs.domain.events.service import (
    RequestedItem,
    ServiceFulfilled,
    ServiceImprovementRecorded,
    ServiceRated,
    ServiceRequestAccepted,
    ServiceRequestDeclined,
    ServiceRequested,
    ServiceScheduled,
)
from services.needs.domain.events.surveys import (
    CampaignClosed,
    CampaignOpened,
    CampaignReminderSent,
    CampaignTemplateVersionAdopted,
    NeedExpressed,
    RemindedSchool,
    SurveyResponseReturned,
    SurveyResponseSubmitted,
    SurveyTemplateVersionPublished,
    TargetSchool,
)

registry = EventRegistry(
    [
        SurveyTemplateVersionPublished,
        CampaignOpened,
        CampaignTemplateVersionAdopted,
        CampaignReminderSent,
        CampaignClosed,
        SurveyResponseSubmitted,
        SurveyResponseReturned,
        ProductionRegistered,
        ProductionEvidenceAdded,
        ProductionEvaluated,
        ProductionWithdrawn,
        ServiceRequested,
        ServiceRequestAccepted,
        ServiceScheduled,
        ServiceFulfilled,
        ServiceRequestDeclined,
        ServiceRated,
        ServiceImprovementRecorded,
        ModelMediaSent,
        ModelMediaReceived,
        MediaUseFollowedUp,
    ]
)

__all__ = [
    "AspectScored",
    "Author",
    "CampaignClosed",
    "CampaignOpened",
    "CampaignReminderSent",
    "CampaignTemplateVersionAdopted",
    "Evidence",
    "IndicatorScore",
    "MediaUseFollowedUp",
    "ModelMediaReceived",
    "ModelMediaSent",
    "ModelMedium",
    "NeedExpressed",
    "ProductionEvaluated",
    "ProductionEvidenceAdded",
    "ProductionRegistered",
    "ProductionWithdrawn",
    "RecordUse",
    "RemindedSchool",
    "RequestedItem",
    "ServiceFulfilled",
    "ServiceImprovementRecorded",
    "ServiceRated",
    "ServiceRequestAccepted",
    "ServiceRequestDeclined",
    "ServiceRequested",
    "ServiceScheduled",
    "SurveyResponseReturned",
    "SurveyResponseSubmitted",
    "SurveyTemplateVersionPublished",
    "TargetSchool",
    "registry",
]
