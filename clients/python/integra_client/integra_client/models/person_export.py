from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.assessment_view import AssessmentView
    from ..models.assistance import Assistance
    from ..models.audit_record import AuditRecord
    from ..models.case import Case
    from ..models.case_note import CaseNote
    from ..models.contact import Contact
    from ..models.counselling_session import CounsellingSession
    from ..models.enrolment import Enrolment
    from ..models.erasure_record import ErasureRecord
    from ..models.follow_up import FollowUp
    from ..models.household import Household
    from ..models.integration_service import IntegrationService
    from ..models.job_placement import JobPlacement
    from ..models.jobseeker import Jobseeker
    from ..models.movement import Movement
    from ..models.person import Person
    from ..models.referral import Referral
    from ..models.residence_permit import ResidencePermit
    from ..models.stay_abroad import StayAbroad
    from ..models.survey_response import SurveyResponse


T = TypeVar("T", bound="PersonExport")


@_attrs_define
class PersonExport:
    """Everything integra holds on a person, in one document.

    Example:
        {'access_log': [], 'applications': [], 'assessments': [], 'assistance': [], 'case_notes': [], 'cases': [],
            'contacts': [], 'counselling_sessions': [], 'erasure': None, 'exported_at': datetime.datetime(2026, 2, 1, 10, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'follow_ups': [], 'household': None,
            'integration_services': [], 'job_placements': [], 'jobseeker': None, 'movements': [], 'person': {'citizenship':
            'GE', 'created_at': datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'date_of_birth': datetime.date(1988, 4, 12), 'external_ids': [], 'family_name': 'Beridze', 'given_name': 'Nino',
            'household_id': None, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'personal_number': '01001012345', 'phone':
            '+995 555 12 34 56', 'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female', 'updated_at':
            datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1},
            'referrals': [], 'residence_permits': [], 'social_enterprise_enrolments': [], 'stays_abroad': [],
            'survey_responses': []}

    Attributes:
        exported_at (datetime.datetime):
        person (Person): A person as the API shows it. Example: {'citizenship': 'GE', 'created_at':
            datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'date_of_birth':
            datetime.date(1988, 4, 12), 'external_ids': [{'system': 'readmission-db', 'value': 'RA-2015-0042'}],
            'family_name': 'Beridze', 'given_name': 'Nino', 'household_id': None, 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'personal_number': '01001012345', 'phone': '+995 555 12 34 56',
            'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female', 'updated_at': datetime.datetime(2026, 1, 31,
            9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}.
        stays_abroad (list[StayAbroad]):
        household (Household | None):
        erasure (ErasureRecord | None):
        cases (list[Case]): Every case of the person, in every programme.
        case_notes (list[CaseNote]):
        assessments (list[AssessmentView]): Eligibility assessments of the person's cases, with the facts they used.
        assistance (list[Assistance]): Assistance items of the person's cases.
        referrals (list[Referral]):
        follow_ups (list[FollowUp]):
        contacts (list[Contact]): Contacts with the person about a programme, by any organisation.
        counselling_sessions (list[CounsellingSession]): Counselling sessions of the person, whichever organisation
            recorded them.
        job_placements (list[JobPlacement]): Jobs the person was placed in, by whichever organisation recorded them.
        social_enterprise_enrolments (list[Enrolment]): The person's enrolments as a beneficiary of social enterprises.
        movements (list[Movement]): Movement assistance the person received to leave Georgia.
        residence_permits (list[ResidencePermit]): The person's residence permits in Georgia.
        integration_services (list[IntegrationService]): Integration services delivered to the person, by whichever
            organisation
            recorded them.
        jobseeker (Jobseeker | None):
        applications (list[Application]): The person's applications to labour migration schemes, with their moves.
        survey_responses (list[SurveyResponse]): The responses to field surveys the person gave and agreed to be named
            in.
        access_log (list[AuditRecord]): Who read or changed the person's data, and when.
    """

    exported_at: datetime.datetime
    person: Person
    stays_abroad: list[StayAbroad]
    household: Household | None
    erasure: ErasureRecord | None
    cases: list[Case]
    case_notes: list[CaseNote]
    assessments: list[AssessmentView]
    assistance: list[Assistance]
    referrals: list[Referral]
    follow_ups: list[FollowUp]
    contacts: list[Contact]
    counselling_sessions: list[CounsellingSession]
    job_placements: list[JobPlacement]
    social_enterprise_enrolments: list[Enrolment]
    movements: list[Movement]
    residence_permits: list[ResidencePermit]
    integration_services: list[IntegrationService]
    jobseeker: Jobseeker | None
    applications: list[Application]
    survey_responses: list[SurveyResponse]
    access_log: list[AuditRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.erasure_record import ErasureRecord  # noqa: PLC0415
        from ..models.household import Household  # noqa: PLC0415
        from ..models.jobseeker import Jobseeker  # noqa: PLC0415

        exported_at = self.exported_at.isoformat()

        person = self.person.to_dict()

        stays_abroad = []
        for stays_abroad_item_data in self.stays_abroad:
            stays_abroad_item = stays_abroad_item_data.to_dict()
            stays_abroad.append(stays_abroad_item)

        household: dict[str, Any] | None
        if isinstance(self.household, Household):
            household = self.household.to_dict()
        else:
            household = self.household

        erasure: dict[str, Any] | None
        if isinstance(self.erasure, ErasureRecord):
            erasure = self.erasure.to_dict()
        else:
            erasure = self.erasure

        cases = []
        for cases_item_data in self.cases:
            cases_item = cases_item_data.to_dict()
            cases.append(cases_item)

        case_notes = []
        for case_notes_item_data in self.case_notes:
            case_notes_item = case_notes_item_data.to_dict()
            case_notes.append(case_notes_item)

        assessments = []
        for assessments_item_data in self.assessments:
            assessments_item = assessments_item_data.to_dict()
            assessments.append(assessments_item)

        assistance = []
        for assistance_item_data in self.assistance:
            assistance_item = assistance_item_data.to_dict()
            assistance.append(assistance_item)

        referrals = []
        for referrals_item_data in self.referrals:
            referrals_item = referrals_item_data.to_dict()
            referrals.append(referrals_item)

        follow_ups = []
        for follow_ups_item_data in self.follow_ups:
            follow_ups_item = follow_ups_item_data.to_dict()
            follow_ups.append(follow_ups_item)

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        counselling_sessions = []
        for counselling_sessions_item_data in self.counselling_sessions:
            counselling_sessions_item = counselling_sessions_item_data.to_dict()
            counselling_sessions.append(counselling_sessions_item)

        job_placements = []
        for job_placements_item_data in self.job_placements:
            job_placements_item = job_placements_item_data.to_dict()
            job_placements.append(job_placements_item)

        social_enterprise_enrolments = []
        for social_enterprise_enrolments_item_data in self.social_enterprise_enrolments:
            social_enterprise_enrolments_item = social_enterprise_enrolments_item_data.to_dict()
            social_enterprise_enrolments.append(social_enterprise_enrolments_item)

        movements = []
        for movements_item_data in self.movements:
            movements_item = movements_item_data.to_dict()
            movements.append(movements_item)

        residence_permits = []
        for residence_permits_item_data in self.residence_permits:
            residence_permits_item = residence_permits_item_data.to_dict()
            residence_permits.append(residence_permits_item)

        integration_services = []
        for integration_services_item_data in self.integration_services:
            integration_services_item = integration_services_item_data.to_dict()
            integration_services.append(integration_services_item)

        jobseeker: dict[str, Any] | None
        if isinstance(self.jobseeker, Jobseeker):
            jobseeker = self.jobseeker.to_dict()
        else:
            jobseeker = self.jobseeker

        applications = []
        for applications_item_data in self.applications:
            applications_item = applications_item_data.to_dict()
            applications.append(applications_item)

        survey_responses = []
        for survey_responses_item_data in self.survey_responses:
            survey_responses_item = survey_responses_item_data.to_dict()
            survey_responses.append(survey_responses_item)

        access_log = []
        for access_log_item_data in self.access_log:
            access_log_item = access_log_item_data.to_dict()
            access_log.append(access_log_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exported_at": exported_at,
                "person": person,
                "stays_abroad": stays_abroad,
                "household": household,
                "erasure": erasure,
                "cases": cases,
                "case_notes": case_notes,
                "assessments": assessments,
                "assistance": assistance,
                "referrals": referrals,
                "follow_ups": follow_ups,
                "contacts": contacts,
                "counselling_sessions": counselling_sessions,
                "job_placements": job_placements,
                "social_enterprise_enrolments": social_enterprise_enrolments,
                "movements": movements,
                "residence_permits": residence_permits,
                "integration_services": integration_services,
                "jobseeker": jobseeker,
                "applications": applications,
                "survey_responses": survey_responses,
                "access_log": access_log,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application import Application  # noqa: PLC0415
        from ..models.assessment_view import AssessmentView  # noqa: PLC0415
        from ..models.assistance import Assistance  # noqa: PLC0415
        from ..models.audit_record import AuditRecord  # noqa: PLC0415
        from ..models.case import Case  # noqa: PLC0415
        from ..models.case_note import CaseNote  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.counselling_session import CounsellingSession  # noqa: PLC0415
        from ..models.enrolment import Enrolment  # noqa: PLC0415
        from ..models.erasure_record import ErasureRecord  # noqa: PLC0415
        from ..models.follow_up import FollowUp  # noqa: PLC0415
        from ..models.household import Household  # noqa: PLC0415
        from ..models.integration_service import IntegrationService  # noqa: PLC0415
        from ..models.job_placement import JobPlacement  # noqa: PLC0415
        from ..models.jobseeker import Jobseeker  # noqa: PLC0415
        from ..models.movement import Movement  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415
        from ..models.referral import Referral  # noqa: PLC0415
        from ..models.residence_permit import ResidencePermit  # noqa: PLC0415
        from ..models.stay_abroad import StayAbroad  # noqa: PLC0415
        from ..models.survey_response import SurveyResponse  # noqa: PLC0415

        d = dict(src_dict)
        exported_at = datetime.datetime.fromisoformat(d.pop("exported_at"))

        person = Person.from_dict(d.pop("person"))

        stays_abroad = []
        _stays_abroad = d.pop("stays_abroad")
        for stays_abroad_item_data in _stays_abroad:
            stays_abroad_item = StayAbroad.from_dict(stays_abroad_item_data)

            stays_abroad.append(stays_abroad_item)

        def _parse_household(data: object) -> Household | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                household_type_1 = Household.from_dict(data)

                return household_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Household | None, data)

        household = _parse_household(d.pop("household"))

        def _parse_erasure(data: object) -> ErasureRecord | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                erasure_type_1 = ErasureRecord.from_dict(data)

                return erasure_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErasureRecord | None, data)

        erasure = _parse_erasure(d.pop("erasure"))

        cases = []
        _cases = d.pop("cases")
        for cases_item_data in _cases:
            cases_item = Case.from_dict(cases_item_data)

            cases.append(cases_item)

        case_notes = []
        _case_notes = d.pop("case_notes")
        for case_notes_item_data in _case_notes:
            case_notes_item = CaseNote.from_dict(case_notes_item_data)

            case_notes.append(case_notes_item)

        assessments = []
        _assessments = d.pop("assessments")
        for assessments_item_data in _assessments:
            assessments_item = AssessmentView.from_dict(assessments_item_data)

            assessments.append(assessments_item)

        assistance = []
        _assistance = d.pop("assistance")
        for assistance_item_data in _assistance:
            assistance_item = Assistance.from_dict(assistance_item_data)

            assistance.append(assistance_item)

        referrals = []
        _referrals = d.pop("referrals")
        for referrals_item_data in _referrals:
            referrals_item = Referral.from_dict(referrals_item_data)

            referrals.append(referrals_item)

        follow_ups = []
        _follow_ups = d.pop("follow_ups")
        for follow_ups_item_data in _follow_ups:
            follow_ups_item = FollowUp.from_dict(follow_ups_item_data)

            follow_ups.append(follow_ups_item)

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = Contact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        counselling_sessions = []
        _counselling_sessions = d.pop("counselling_sessions")
        for counselling_sessions_item_data in _counselling_sessions:
            counselling_sessions_item = CounsellingSession.from_dict(counselling_sessions_item_data)

            counselling_sessions.append(counselling_sessions_item)

        job_placements = []
        _job_placements = d.pop("job_placements")
        for job_placements_item_data in _job_placements:
            job_placements_item = JobPlacement.from_dict(job_placements_item_data)

            job_placements.append(job_placements_item)

        social_enterprise_enrolments = []
        _social_enterprise_enrolments = d.pop("social_enterprise_enrolments")
        for social_enterprise_enrolments_item_data in _social_enterprise_enrolments:
            social_enterprise_enrolments_item = Enrolment.from_dict(social_enterprise_enrolments_item_data)

            social_enterprise_enrolments.append(social_enterprise_enrolments_item)

        movements = []
        _movements = d.pop("movements")
        for movements_item_data in _movements:
            movements_item = Movement.from_dict(movements_item_data)

            movements.append(movements_item)

        residence_permits = []
        _residence_permits = d.pop("residence_permits")
        for residence_permits_item_data in _residence_permits:
            residence_permits_item = ResidencePermit.from_dict(residence_permits_item_data)

            residence_permits.append(residence_permits_item)

        integration_services = []
        _integration_services = d.pop("integration_services")
        for integration_services_item_data in _integration_services:
            integration_services_item = IntegrationService.from_dict(integration_services_item_data)

            integration_services.append(integration_services_item)

        def _parse_jobseeker(data: object) -> Jobseeker | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                jobseeker_type_1 = Jobseeker.from_dict(data)

                return jobseeker_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Jobseeker | None, data)

        jobseeker = _parse_jobseeker(d.pop("jobseeker"))

        applications = []
        _applications = d.pop("applications")
        for applications_item_data in _applications:
            applications_item = Application.from_dict(applications_item_data)

            applications.append(applications_item)

        survey_responses = []
        _survey_responses = d.pop("survey_responses")
        for survey_responses_item_data in _survey_responses:
            survey_responses_item = SurveyResponse.from_dict(survey_responses_item_data)

            survey_responses.append(survey_responses_item)

        access_log = []
        _access_log = d.pop("access_log")
        for access_log_item_data in _access_log:
            access_log_item = AuditRecord.from_dict(access_log_item_data)

            access_log.append(access_log_item)

        person_export = cls(
            exported_at=exported_at,
            person=person,
            stays_abroad=stays_abroad,
            household=household,
            erasure=erasure,
            cases=cases,
            case_notes=case_notes,
            assessments=assessments,
            assistance=assistance,
            referrals=referrals,
            follow_ups=follow_ups,
            contacts=contacts,
            counselling_sessions=counselling_sessions,
            job_placements=job_placements,
            social_enterprise_enrolments=social_enterprise_enrolments,
            movements=movements,
            residence_permits=residence_permits,
            integration_services=integration_services,
            jobseeker=jobseeker,
            applications=applications,
            survey_responses=survey_responses,
            access_log=access_log,
        )

        person_export.additional_properties = d
        return person_export

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
