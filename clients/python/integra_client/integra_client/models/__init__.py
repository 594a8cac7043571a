"""Contains all the data models used in inputs/outputs"""

from .action_input import ActionInput
from .action_item import ActionItem
from .action_item_input import ActionItemInput
from .action_item_list import ActionItemList
from .action_item_progress import ActionItemProgress
from .activity import Activity
from .activity_input import ActivityInput
from .activity_list import ActivityList
from .activity_patch import ActivityPatch
from .activity_status import ActivityStatus
from .actual import Actual
from .age_band import AgeBand
from .application import Application
from .application_action import ApplicationAction
from .application_input import ApplicationInput
from .application_move import ApplicationMove
from .application_page import ApplicationPage
from .application_status import ApplicationStatus
from .assessment_list import AssessmentList
from .assessment_summary import AssessmentSummary
from .assessment_view import AssessmentView
from .assessment_view_facts import AssessmentViewFacts
from .assign_input import AssignInput
from .assistance import Assistance
from .assistance_input import AssistanceInput
from .assistance_page import AssistancePage
from .assistance_status import AssistanceStatus
from .assistance_step import AssistanceStep
from .assistance_type import AssistanceType
from .assistance_with_history import AssistanceWithHistory
from .atomicity import Atomicity
from .attendance_input import AttendanceInput
from .audit_page import AuditPage
from .audit_record import AuditRecord
from .candidate import Candidate
from .candidate_page import CandidatePage
from .capacity_report import CapacityReport
from .case import Case
from .case_input import CaseInput
from .case_note import CaseNote
from .case_outcome import CaseOutcome
from .case_page import CasePage
from .case_status import CaseStatus
from .case_transition import CaseTransition
from .case_view import CaseView
from .catalogue_entry import CatalogueEntry
from .catalogue_entry_input import CatalogueEntryInput
from .cefr_level import CefrLevel
from .certificate import Certificate
from .certificate_fact import CertificateFact
from .choice_option import ChoiceOption
from .client_credentials_grant import ClientCredentialsGrant
from .client_credentials_grant_type import ClientCredentialsGrantType
from .client_secret import ClientSecret
from .codes import Codes
from .contact import Contact
from .contact_channel import ContactChannel
from .contact_input import ContactInput
from .contact_outcome import ContactOutcome
from .contact_page import ContactPage
from .contact_patch import ContactPatch
from .counselling_session import CounsellingSession
from .counselling_session_input import CounsellingSessionInput
from .counselling_session_page import CounsellingSessionPage
from .counselling_session_patch import CounsellingSessionPatch
from .counselling_topic import CounsellingTopic
from .counts import Counts
from .created_service_account import CreatedServiceAccount
from .created_webhook import CreatedWebhook
from .currency import Currency
from .decision import Decision
from .deliver_input import DeliverInput
from .delivery import Delivery
from .delivery_outcome import DeliveryOutcome
from .delivery_page import DeliveryPage
from .dimension import Dimension
from .document_input import DocumentInput
from .document_patch import DocumentPatch
from .education import Education
from .element import Element
from .element_input import ElementInput
from .element_kind import ElementKind
from .element_progress import ElementProgress
from .eligibility_answer import EligibilityAnswer
from .eligibility_answer_facts import EligibilityAnswerFacts
from .eligibility_request import EligibilityRequest
from .employment_term import EmploymentTerm
from .enable_input import EnableInput
from .endorsement import Endorsement
from .enrolment import Enrolment
from .enrolment_input import EnrolmentInput
from .enrolment_page import EnrolmentPage
from .enrolment_patch import EnrolmentPatch
from .enrolment_programme import EnrolmentProgramme
from .erase_input import EraseInput
from .erasure_record import ErasureRecord
from .event import Event
from .event_page import EventPage
from .external_id import ExternalId
from .fact_name import FactName
from .facts import Facts
from .field_error import FieldError
from .figure_binding import FigureBinding
from .follow_up import FollowUp
from .follow_up_answers import FollowUpAnswers
from .follow_up_indicator_list import FollowUpIndicatorList
from .follow_up_input import FollowUpInput
from .follow_up_input_answers import FollowUpInputAnswers
from .follow_up_list import FollowUpList
from .follow_up_point import FollowUpPoint
from .full_referral_view import FullReferralView
from .full_referral_view_view import FullReferralViewView
from .funnel import Funnel
from .headline_figure import HeadlineFigure
from .health import Health
from .household import Household
from .household_input import HouseholdInput
from .import_job import ImportJob
from .import_kind import ImportKind
from .import_mode import ImportMode
from .import_outcome import ImportOutcome
from .indicator import Indicator
from .indicator_input import IndicatorInput
from .indicator_list import IndicatorList
from .indicator_progress import IndicatorProgress
from .indicator_status import IndicatorStatus
from .indicator_view import IndicatorView
from .integration_figure import IntegrationFigure
from .integration_report import IntegrationReport
from .integration_service import IntegrationService
from .integration_service_input import IntegrationServiceInput
from .integration_service_page import IntegrationServicePage
from .integration_service_patch import IntegrationServicePatch
from .integration_service_type import IntegrationServiceType
from .job_place import JobPlace
from .job_place_input import JobPlaceInput
from .job_place_page import JobPlacePage
from .job_place_patch import JobPlacePatch
from .job_placement import JobPlacement
from .jobseeker import Jobseeker
from .jobseeker_input import JobseekerInput
from .jobseeker_page import JobseekerPage
from .jobseeker_patch import JobseekerPatch
from .labour_report import LabourReport
from .language_fact import LanguageFact
from .language_skill import LanguageSkill
from .legal_status import LegalStatus
from .localised import Localised
from .localised_patch import LocalisedPatch
from .logic import Logic
from .match import Match
from .match_page import MatchPage
from .measurement import Measurement
from .measurement_input import MeasurementInput
from .measurement_list import MeasurementList
from .meeting import Meeting
from .meeting_decisions import MeetingDecisions
from .meeting_input import MeetingInput
from .meeting_kind import MeetingKind
from .meeting_list import MeetingList
from .member import Member
from .member_input import MemberInput
from .met import Met
from .money import Money
from .money_input import MoneyInput
from .money_patch import MoneyPatch
from .move_input import MoveInput
from .movement import Movement
from .movement_help import MovementHelp
from .movement_input import MovementInput
from .movement_kind import MovementKind
from .movement_page import MovementPage
from .movement_patch import MovementPatch
from .new_secret import NewSecret
from .note_input import NoteInput
from .note_list import NoteList
from .offer_kind import OfferKind
from .op import Op
from .organisation import Organisation
from .organisation_input import OrganisationInput
from .organisation_kind import OrganisationKind
from .organisation_page import OrganisationPage
from .organisation_patch import OrganisationPatch
from .orientation_session import OrientationSession
from .orientation_session_input import OrientationSessionInput
from .orientation_session_page import OrientationSessionPage
from .outcome import Outcome
from .outcome_progress import OutcomeProgress
from .outreach_event import OutreachEvent
from .outreach_event_input import OutreachEventInput
from .outreach_event_page import OutreachEventPage
from .outreach_event_patch import OutreachEventPatch
from .outreach_kind import OutreachKind
from .overstay import Overstay
from .overstay_page import OverstayPage
from .overview_record_ref import OverviewRecordRef
from .overview_records_page import OverviewRecordsPage
from .overview_report import OverviewReport
from .overview_report_links_type_0 import OverviewReportLinksType0
from .participant import Participant
from .participant_input import ParticipantInput
from .participant_page import ParticipantPage
from .participant_patch import ParticipantPatch
from .partner_organisation import PartnerOrganisation
from .partner_referral import PartnerReferral
from .partner_referral_view import PartnerReferralView
from .partner_referral_view_view import PartnerReferralViewView
from .partners_input import PartnersInput
from .password_grant import PasswordGrant
from .password_grant_type import PasswordGrantType
from .password_input import PasswordInput
from .period import Period
from .permit_input import PermitInput
from .permit_list import PermitList
from .permit_patch import PermitPatch
from .permit_type import PermitType
from .person import Person
from .person_export import PersonExport
from .person_input import PersonInput
from .person_page import PersonPage
from .person_patch import PersonPatch
from .placement_input import PlacementInput
from .placement_location import PlacementLocation
from .placement_page import PlacementPage
from .placement_patch import PlacementPatch
from .problem import Problem
from .programme import Programme
from .programme_input import ProgrammeInput
from .programme_page import ProgrammePage
from .programme_patch import ProgrammePatch
from .programme_status import ProgrammeStatus
from .progress_report import ProgressReport
from .project import Project
from .project_input import ProjectInput
from .project_page import ProjectPage
from .project_patch import ProjectPatch
from .question import Question
from .question_input import QuestionInput
from .question_kind import QuestionKind
from .questionnaire import Questionnaire
from .questionnaire_input import QuestionnaireInput
from .questionnaire_page import QuestionnairePage
from .questionnaire_patch import QuestionnairePatch
from .questionnaire_status import QuestionnaireStatus
from .record_ref import RecordRef
from .records_page import RecordsPage
from .referral import Referral
from .referral_action_input import ReferralActionInput
from .referral_input import ReferralInput
from .referral_page import ReferralPage
from .referral_service import ReferralService
from .referral_status import ReferralStatus
from .reintegration_report import ReintegrationReport
from .reintegration_report_links_type_0 import ReintegrationReportLinksType0
from .report_name import ReportName
from .requirement import Requirement
from .requirement_facts import RequirementFacts
from .residence_permit import ResidencePermit
from .residence_status import ResidenceStatus
from .return_type import ReturnType
from .returns import Returns
from .risk import Risk
from .risk_input import RiskInput
from .risk_list import RiskList
from .risk_patch import RiskPatch
from .risk_status import RiskStatus
from .role import Role
from .row_report import RowReport
from .rule import Rule
from .rule_all import RuleAll
from .rule_any import RuleAny
from .rule_comparison import RuleComparison
from .rule_not import RuleNot
from .rule_reasons import RuleReasons
from .rule_result import RuleResult
from .rule_set_document import RuleSetDocument
from .rule_set_document_patch import RuleSetDocumentPatch
from .rule_set_input import RuleSetInput
from .rule_set_page import RuleSetPage
from .rule_set_ref import RuleSetRef
from .rule_set_version import RuleSetVersion
from .rule_set_view import RuleSetView
from .rule_text import RuleText
from .scale import Scale
from .scheme import Scheme
from .scheme_input import SchemeInput
from .scheme_page import SchemePage
from .scheme_patch import SchemePatch
from .scheme_status import SchemeStatus
from .scope import Scope
from .scores import Scores
from .secret_list import SecretList
from .sector import Sector
from .service_account import ServiceAccount
from .service_account_input import ServiceAccountInput
from .service_account_page import ServiceAccountPage
from .service_account_patch import ServiceAccountPatch
from .service_outcome import ServiceOutcome
from .sex import Sex
from .social_enterprise import SocialEnterprise
from .social_enterprise_page import SocialEnterprisePage
from .social_enterprise_partners import SocialEnterprisePartners
from .standing import Standing
from .stay_abroad import StayAbroad
from .stay_fact import StayFact
from .stay_input import StayInput
from .stay_list import StayList
from .stay_patch import StayPatch
from .stream import Stream
from .study import Study
from .survey_aggregates import SurveyAggregates
from .survey_response import SurveyResponse
from .survey_response_answers import SurveyResponseAnswers
from .survey_response_input import SurveyResponseInput
from .survey_response_input_answers import SurveyResponseInputAnswers
from .survey_response_page import SurveyResponsePage
from .survey_response_patch import SurveyResponsePatch
from .survey_response_patch_answers import SurveyResponsePatchAnswers
from .token_response import TokenResponse
from .training import Training
from .training_input import TrainingInput
from .training_page import TrainingPage
from .training_patch import TrainingPatch
from .training_topic import TrainingTopic
from .transition_input import TransitionInput
from .transition_list import TransitionList
from .type_figures import TypeFigures
from .used_facts import UsedFacts
from .user import User
from .user_input import UserInput
from .user_page import UserPage
from .user_patch import UserPatch
from .vacancy import Vacancy
from .vacancy_input import VacancyInput
from .vacancy_kind import VacancyKind
from .vacancy_page import VacancyPage
from .vacancy_patch import VacancyPatch
from .vacancy_status import VacancyStatus
from .version_summary import VersionSummary
from .webhook import Webhook
from .webhook_input import WebhookInput
from .webhook_page import WebhookPage
from .webhook_patch import WebhookPatch
from .webhook_status import WebhookStatus
from .written import Written

__all__ = (
    "ActionInput",
    "ActionItem",
    "ActionItemInput",
    "ActionItemList",
    "ActionItemProgress",
    "Activity",
    "ActivityInput",
    "ActivityList",
    "ActivityPatch",
    "ActivityStatus",
    "Actual",
    "AgeBand",
    "Application",
    "ApplicationAction",
    "ApplicationInput",
    "ApplicationMove",
    "ApplicationPage",
    "ApplicationStatus",
    "AssessmentList",
    "AssessmentSummary",
    "AssessmentView",
    "AssessmentViewFacts",
    "AssignInput",
    "Assistance",
    "AssistanceInput",
    "AssistancePage",
    "AssistanceStatus",
    "AssistanceStep",
    "AssistanceType",
    "AssistanceWithHistory",
    "Atomicity",
    "AttendanceInput",
    "AuditPage",
    "AuditRecord",
    "Candidate",
    "CandidatePage",
    "CapacityReport",
    "Case",
    "CaseInput",
    "CaseNote",
    "CaseOutcome",
    "CasePage",
    "CaseStatus",
    "CaseTransition",
    "CaseView",
    "CatalogueEntry",
    "CatalogueEntryInput",
    "CefrLevel",
    "Certificate",
    "CertificateFact",
    "ChoiceOption",
    "ClientCredentialsGrant",
    "ClientCredentialsGrantType",
    "ClientSecret",
    "Codes",
    "Contact",
    "ContactChannel",
    "ContactInput",
    "ContactOutcome",
    "ContactPage",
    "ContactPatch",
    "CounsellingSession",
    "CounsellingSessionInput",
    "CounsellingSessionPage",
    "CounsellingSessionPatch",
    "CounsellingTopic",
    "Counts",
    "CreatedServiceAccount",
    "CreatedWebhook",
    "Currency",
    "Decision",
    "DeliverInput",
    "Delivery",
    "DeliveryOutcome",
    "DeliveryPage",
    "Dimension",
    "DocumentInput",
    "DocumentPatch",
    "Education",
    "Element",
    "ElementInput",
    "ElementKind",
    "ElementProgress",
    "EligibilityAnswer",
    "EligibilityAnswerFacts",
    "EligibilityRequest",
    "EmploymentTerm",
    "EnableInput",
    "Endorsement",
    "Enrolment",
    "EnrolmentInput",
    "EnrolmentPage",
    "EnrolmentPatch",
    "EnrolmentProgramme",
    "EraseInput",
    "ErasureRecord",
    "Event",
    "EventPage",
    "ExternalId",
    "FactName",
    "Facts",
    "FieldError",
    "FigureBinding",
    "FollowUp",
    "FollowUpAnswers",
    "FollowUpIndicatorList",
    "FollowUpInput",
    "FollowUpInputAnswers",
    "FollowUpList",
    "FollowUpPoint",
    "FullReferralView",
    "FullReferralViewView",
    "Funnel",
    "HeadlineFigure",
    "Health",
    "Household",
    "HouseholdInput",
    "ImportJob",
    "ImportKind",
    "ImportMode",
    "ImportOutcome",
    "Indicator",
    "IndicatorInput",
    "IndicatorList",
    "IndicatorProgress",
    "IndicatorStatus",
    "IndicatorView",
    "IntegrationFigure",
    "IntegrationReport",
    "IntegrationService",
    "IntegrationServiceInput",
    "IntegrationServicePage",
    "IntegrationServicePatch",
    "IntegrationServiceType",
    "JobPlace",
    "JobPlaceInput",
    "JobPlacement",
    "JobPlacePage",
    "JobPlacePatch",
    "Jobseeker",
    "JobseekerInput",
    "JobseekerPage",
    "JobseekerPatch",
    "LabourReport",
    "LanguageFact",
    "LanguageSkill",
    "LegalStatus",
    "Localised",
    "LocalisedPatch",
    "Logic",
    "Match",
    "MatchPage",
    "Measurement",
    "MeasurementInput",
    "MeasurementList",
    "Meeting",
    "MeetingDecisions",
    "MeetingInput",
    "MeetingKind",
    "MeetingList",
    "Member",
    "MemberInput",
    "Met",
    "Money",
    "MoneyInput",
    "MoneyPatch",
    "MoveInput",
    "Movement",
    "MovementHelp",
    "MovementInput",
    "MovementKind",
    "MovementPage",
    "MovementPatch",
    "NewSecret",
    "NoteInput",
    "NoteList",
    "OfferKind",
    "Op",
    "Organisation",
    "OrganisationInput",
    "OrganisationKind",
    "OrganisationPage",
    "OrganisationPatch",
    "OrientationSession",
    "OrientationSessionInput",
    "OrientationSessionPage",
    "Outcome",
    "OutcomeProgress",
    "OutreachEvent",
    "OutreachEventInput",
    "OutreachEventPage",
    "OutreachEventPatch",
    "OutreachKind",
    "Overstay",
    "OverstayPage",
    "OverviewRecordRef",
    "OverviewRecordsPage",
    "OverviewReport",
    "OverviewReportLinksType0",
    "Participant",
    "ParticipantInput",
    "ParticipantPage",
    "ParticipantPatch",
    "PartnerOrganisation",
    "PartnerReferral",
    "PartnerReferralView",
    "PartnerReferralViewView",
    "PartnersInput",
    "PasswordGrant",
    "PasswordGrantType",
    "PasswordInput",
    "Period",
    "PermitInput",
    "PermitList",
    "PermitPatch",
    "PermitType",
    "Person",
    "PersonExport",
    "PersonInput",
    "PersonPage",
    "PersonPatch",
    "PlacementInput",
    "PlacementLocation",
    "PlacementPage",
    "PlacementPatch",
    "Problem",
    "Programme",
    "ProgrammeInput",
    "ProgrammePage",
    "ProgrammePatch",
    "ProgrammeStatus",
    "ProgressReport",
    "Project",
    "ProjectInput",
    "ProjectPage",
    "ProjectPatch",
    "Question",
    "QuestionInput",
    "QuestionKind",
    "Questionnaire",
    "QuestionnaireInput",
    "QuestionnairePage",
    "QuestionnairePatch",
    "QuestionnaireStatus",
    "RecordRef",
    "RecordsPage",
    "Referral",
    "ReferralActionInput",
    "ReferralInput",
    "ReferralPage",
    "ReferralService",
    "ReferralStatus",
    "ReintegrationReport",
    "ReintegrationReportLinksType0",
    "ReportName",
    "Requirement",
    "RequirementFacts",
    "ResidencePermit",
    "ResidenceStatus",
    "Returns",
    "ReturnType",
    "Risk",
    "RiskInput",
    "RiskList",
    "RiskPatch",
    "RiskStatus",
    "Role",
    "RowReport",
    "Rule",
    "RuleAll",
    "RuleAny",
    "RuleComparison",
    "RuleNot",
    "RuleReasons",
    "RuleResult",
    "RuleSetDocument",
    "RuleSetDocumentPatch",
    "RuleSetInput",
    "RuleSetPage",
    "RuleSetRef",
    "RuleSetVersion",
    "RuleSetView",
    "RuleText",
    "Scale",
    "Scheme",
    "SchemeInput",
    "SchemePage",
    "SchemePatch",
    "SchemeStatus",
    "Scope",
    "Scores",
    "SecretList",
    "Sector",
    "ServiceAccount",
    "ServiceAccountInput",
    "ServiceAccountPage",
    "ServiceAccountPatch",
    "ServiceOutcome",
    "Sex",
    "SocialEnterprise",
    "SocialEnterprisePage",
    "SocialEnterprisePartners",
    "Standing",
    "StayAbroad",
    "StayFact",
    "StayInput",
    "StayList",
    "StayPatch",
    "Stream",
    "Study",
    "SurveyAggregates",
    "SurveyResponse",
    "SurveyResponseAnswers",
    "SurveyResponseInput",
    "SurveyResponseInputAnswers",
    "SurveyResponsePage",
    "SurveyResponsePatch",
    "SurveyResponsePatchAnswers",
    "TokenResponse",
    "Training",
    "TrainingInput",
    "TrainingPage",
    "TrainingPatch",
    "TrainingTopic",
    "TransitionInput",
    "TransitionList",
    "TypeFigures",
    "UsedFacts",
    "User",
    "UserInput",
    "UserPage",
    "UserPatch",
    "Vacancy",
    "VacancyInput",
    "VacancyKind",
    "VacancyPage",
    "VacancyPatch",
    "VacancyStatus",
    "VersionSummary",
    "Webhook",
    "WebhookInput",
    "WebhookPage",
    "WebhookPatch",
    "WebhookStatus",
    "Written",
)
