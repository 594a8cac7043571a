//! Strict JSON into every input type of the API, then its validation, never
//! panics: the first byte picks the type, the rest is the request body, read
//! as the API reads it (`integra_domain::json::parse`: an object, no unknown
//! field). Validation runs with every action or option it takes.

#![no_main]

use chrono::NaiveDate;
use integra_domain::eligibility::{EligibilityRequest, Facts};
use integra_domain::integration::{permit::PermitInput, service::IntegrationServiceInput};
use integra_domain::labour::application::{ApplicationAction, ApplicationInput, MoveInput};
use integra_domain::labour::{
    jobseeker::JobseekerInput, orientation::OrientationSessionInput, scheme::SchemeInput,
    vacancy::VacancyInput,
};
use integra_domain::localised::Localised;
use integra_domain::reintegration::assistance::{
    ActionInput, AssistanceAction, AssistanceInput, DeliverInput,
};
use integra_domain::reintegration::case::{CaseInput, NoteInput, TransitionInput};
use integra_domain::reintegration::follow_up::FollowUpInput;
use integra_domain::reintegration::programme::ProgrammeInput;
use integra_domain::reintegration::referral::{ReferralAction, ReferralActionInput, ReferralInput};
use integra_domain::reports::filter::ReportQuery;
use integra_domain::social_enterprise::{EnrolmentInput, JobPlaceInput, PartnersInput};
use integra_domain::steering::{
    activity::ActivityInput,
    framework::{ElementInput, IndicatorInput, MeasurementInput},
    meeting::{ActionItemProgress, MeetingInput},
    project::ProjectInput,
    risk::RiskInput,
    training::{ParticipantInput, TrainingInput},
};
use integra_domain::survey::{questionnaire::QuestionnaireInput, response::ResponseInput};
use integra_domain::user::{ServiceAccountChange, ServiceAccountInput, UserChange, UserInput};
use integra_domain::webhook::{Destinations, WebhookChange, WebhookInput};
use integra_domain::{
    contact::ContactInput, counselling::CounsellingSessionInput, household::HouseholdInput,
    movement::MovementInput, organisation::OrganisationInput, outreach::OutreachEventInput,
    person::PersonInput, placement::PlacementInput, stay::StayInput,
};
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// Reads `body` as the API reads a request's body, and checks what it read.
fn input<T: DeserializeOwned>(body: &[u8], check: impl FnOnce(T)) {
    if let Ok(value) = integra_domain::json::parse::<T>(body) {
        check(value);
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default()
}

const TYPES: u8 = 50;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let today = today();
    let id = Uuid::from_u128(0x0193_b6c2_7c1a_7d2e_9f00_5a1b_2c3d_4e5f);
    match selector % TYPES {
        0 => input(body, |i: PersonInput| drop(i.validate(today))),
        1 => input(body, |i: StayInput| drop(i.validate(today))),
        2 => input(body, |i: ContactInput| drop(i.validate(today))),
        3 => input(body, |i: CounsellingSessionInput| drop(i.validate(today))),
        4 => input(body, |i: OutreachEventInput| drop(i.validate(today))),
        5 => input(body, |i: PlacementInput| drop(i.validate(today))),
        6 => input(body, |i: MovementInput| drop(i.validate(today))),
        7 => input(body, |i: HouseholdInput| drop(i.validate())),
        8 => input(body, |i: CaseInput| drop(i.validate(today))),
        9 => input(body, |i: TransitionInput| drop(i.validate())),
        10 => input(body, |i: NoteInput| drop(i.validate())),
        11 => input(body, |i: FollowUpInput| drop(i.validate(today))),
        12 => input(body, |i: ReferralInput| drop(i.validate())),
        13 => input(body, |i: ReferralActionInput| {
            for &action in ReferralAction::ALL {
                drop(i.validate(action));
            }
        }),
        14 => input(body, |i: AssistanceInput| drop(i.validate(id))),
        15 => input(body, |i: ActionInput| {
            for &action in AssistanceAction::ALL {
                drop(i.validate(action));
            }
        }),
        16 => input(body, |i: DeliverInput| drop(i.validate(today))),
        17 => input(body, |i: ProgrammeInput| drop(i.validate())),
        18 => input(body, |i: EligibilityRequest| drop(i.validate(today))),
        19 => input(body, |_: Facts| {}),
        20 => input(body, |i: ReportQuery| drop(i.validate())),
        21 => input(body, |i: JobseekerInput| drop(i.validate(today))),
        22 => input(body, |i: ApplicationInput| drop(i.validate(today))),
        23 => input(body, |i: MoveInput| {
            for &action in ApplicationAction::ALL {
                drop(i.validate(action, today));
            }
        }),
        24 => input(body, |i: SchemeInput| drop(i.validate())),
        25 => input(body, |i: VacancyInput| drop(i.validate())),
        26 => input(body, |i: OrientationSessionInput| drop(i.validate())),
        27 => input(body, |i: PermitInput| drop(i.validate(today))),
        28 => input(body, |i: IntegrationServiceInput| drop(i.validate(today))),
        29 => input(body, |i: EnrolmentInput| drop(i.validate(today))),
        30 => input(body, |i: JobPlaceInput| drop(i.validate(today))),
        31 => input(body, |i: PartnersInput| drop(i.validate(id))),
        32 => input(body, |i: OrganisationInput| drop(i.validate())),
        33 => input(body, |i: UserInput| drop(i.validate())),
        34 => input(body, |i: UserChange| drop(i.validate())),
        35 => input(body, |i: ServiceAccountInput| drop(i.validate())),
        36 => input(body, |i: ServiceAccountChange| drop(i.validate())),
        37 => input(body, |i: WebhookInput| {
            for allow_insecure in [false, true] {
                drop(i.validate(Destinations { allow_insecure }));
            }
        }),
        38 => input(body, |i: WebhookChange| {
            for allow_insecure in [false, true] {
                drop(i.validate(Destinations { allow_insecure }));
            }
        }),
        39 => input(body, |i: ProjectInput| drop(i.validate())),
        40 => input(body, |i: RiskInput| drop(i.validate(today))),
        41 => input(body, |i: TrainingInput| drop(i.validate())),
        42 => input(body, |i: ParticipantInput| drop(i.validate())),
        43 => input(body, |i: ActivityInput| drop(i.validate(today))),
        44 => input(body, |i: MeetingInput| drop(i.validate(today))),
        45 => input(body, |i: ActionItemProgress| drop(i.validate(today))),
        46 => input(body, |i: ElementInput| drop(i.validate())),
        47 => input(body, |i: IndicatorInput| {
            let end = NaiveDate::from_ymd_opt(2030, 12, 31).unwrap_or_default();
            drop(i.validate(today, end));
        }),
        48 => input(body, |i: MeasurementInput| drop(i.validate(today))),
        // A questionnaire, a newline, then a response to it.
        _ => {
            let split = body.iter().position(|&b| b == b'\n').unwrap_or(body.len());
            let (questionnaire, response) = body.split_at(split);
            input(questionnaire, |q: QuestionnaireInput| {
                if let Ok(fields) = q.validate() {
                    input(response.get(1..).unwrap_or_default(), |r: ResponseInput| {
                        drop(r.validate(&fields.questions, today));
                    });
                }
            });
            input(body, |l: Localised| drop(l.validate("title")));
        }
    }
});
