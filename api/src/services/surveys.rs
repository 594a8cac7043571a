//! Field research: questionnaires, the responses collected with them, and
//! the aggregates per question.
//!
//! Administrators write questionnaires ([`RecordKind::Questionnaire`]); case
//! workers and committee members read them. A draft changes; a published one
//! never does (a 409 `published`), and a change is a new edition: a draft copy
//! with the next number (`POST /questionnaires/{id}/editions`). Responses
//! ([`RecordKind::SurveyResponse`]) are taken by published questionnaires
//! only; they belong to the organisation that collected them, whose case
//! workers (and administrators) see them, nobody else; every read of one is
//! recorded, anonymous or not. The aggregates count the responses the caller
//! reaches as a report does ([`RecordKind::Report`]): their organisation's for
//! staff, everyone's for administrators and monitors, small cells suppressed
//! for monitors.

use integra_domain::access::{Access, Reach};
use integra_domain::error::{Conflict, Holder, RecordKind};
use integra_domain::reports::figures::{self, Disclosure};
use integra_domain::reports::filter::Period;
use integra_domain::reports::ReportQuery;
use integra_domain::survey::aggregate::{Aggregates, SurveyAggregates};
use integra_domain::survey::questionnaire::{
    Questionnaire, QuestionnaireInput, QuestionnaireStatus, Study,
};
use integra_domain::survey::response::{Response, ResponseInput};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::surveys::{self as stored, QuestionnaireFilter, ResponseFilter};
use integra_persistence::{persons, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::{merge_patch, Body};
use crate::services::outreach_events::period;
use crate::services::placements::id;
use crate::services::reports::{disclose_found, Format, Rendered};
use crate::services::{self, paging, rights, visible, Call, ReadSize};

/// One page of questionnaires.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "00000000-0000-7000-8000-000000000501",
    "code": "reintegration-sustainability", "edition": 1,
    "study": "reintegration_sustainability",
    "title": {"ka": "დაბრუნებული მიგრანტების რეინტეგრაციის მდგრადობა",
        "en": "Reintegration sustainability of returnees"},
    "questions": [{"key": "belonging", "kind": "scale",
        "text": {"ka": "რამდენად გრძნობთ თავს თქვენი თემის ნაწილად? (1 სულ არ ვგრძნობ, 5 სრულად)",
            "en": "How much do you feel part of your community? (1 not at all, 5 fully)"},
        "required": false, "options": [], "min": null, "max": null}],
    "status": "published", "published_at": "2026-01-10T09:00:00Z",
    "recorded_by": null, "version": 1,
    "created_at": "2026-01-10T09:00:00Z", "updated_at": "2026-01-10T09:00:00Z"}],
    "next_cursor": null}))]
pub struct QuestionnairePage {
    pub items: Vec<Questionnaire>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /questionnaires`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct QuestionnaireQuery {
    /// The series: every edition of this code.
    #[param(max_length = 64, example = "reintegration-sustainability")]
    code: Option<String>,
    #[param(value_type = Option<Study>)]
    study: Option<String>,
    #[param(value_type = Option<QuestionnaireStatus>)]
    status: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl QuestionnaireQuery {
    fn validate(&self) -> Result<(QuestionnaireFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let study = self
            .study
            .as_deref()
            .and_then(|s| errors.check(Study::parse("study", s)));
        let status = self
            .status
            .as_deref()
            .and_then(|s| errors.check(QuestionnaireStatus::parse("status", s)));
        if self.code.as_deref().is_some_and(|c| c.chars().count() > 64) {
            errors.add("code", "too_long", "code must be at most 64 characters");
        }
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = QuestionnaireFilter {
            code: self.code.clone(),
            study,
            status,
        };
        Ok((filter, limit, after))
    }
}

/// Records the first edition of a questionnaire, a draft. A code that names
/// questionnaires already is a 409 `code_taken` (a new edition of them is
/// made from the latest: `POST /questionnaires/{id}/editions`).
pub async fn create(
    call: &Call,
    input: Body<QuestionnaireInput>,
) -> Result<Answer<Questionnaire>, Error> {
    call.reach(RecordKind::Questionnaire, Access::Write)?;
    let fields = input.parse()?.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("questionnaire.created", RecordKind::Questionnaire, id)];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        if stored::editions(c, &fields.code)?.is_some() {
            return Err(Error::conflict(
                "code_taken",
                "questionnaires of this code exist; make a new edition of the latest instead",
            ));
        }
        Ok(stored::insert(
            c,
            id,
            &fields,
            1,
            QuestionnaireStatus::Draft,
            Some(by),
            now,
        )?)
    })
    .await
}

/// Lists questionnaires in id order (not recorded: they name nobody).
pub async fn list(call: &Call, query: QuestionnaireQuery) -> Result<QuestionnairePage, Error> {
    call.reach(RecordKind::Questionnaire, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|q| q.id), limit);
    Ok(QuestionnairePage { items, next_cursor })
}

/// Reads a questionnaire (not recorded: it names nobody).
pub async fn get(call: &Call, id: Uuid) -> Result<Questionnaire, Error> {
    call.reach(RecordKind::Questionnaire, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, id)?)).await
}

/// The 409 of a change to a published questionnaire.
fn published(id: Uuid) -> Error {
    Error::conflict(
        "published",
        format!("a published questionnaire never changes; make a new edition with POST /api/v1/questionnaires/{id}/editions"),
    )
}

/// Fields of a questionnaire that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 9] = [
    "id",
    "code",
    "edition",
    "status",
    "published_at",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a draft with a JSON merge patch (RFC 7386): its study, title or
/// questions (`questions` replaces the whole list).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Questionnaire>, Error> {
    call.reach(RecordKind::Questionnaire, Access::Write)?;
    let patch = patch.parse()?;
    let entries = vec![call.entry("questionnaire.updated", RecordKind::Questionnaire, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        if current.status == QuestionnaireStatus::Published {
            return Err(published(id));
        }
        let input = merge_patch(
            &current,
            &QuestionnaireInput::from(&current),
            patch,
            &READ_ONLY,
        )?;
        let fields = input.validate()?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// Publishes a draft: from then on it takes responses and never changes.
pub async fn publish(
    call: &Call,
    id: Uuid,
    precondition: Precondition,
) -> Result<Answer<Questionnaire>, Error> {
    call.reach(RecordKind::Questionnaire, Access::Write)?;
    let entries = vec![call.entry("questionnaire.published", RecordKind::Questionnaire, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        if current.status == QuestionnaireStatus::Published {
            return Err(Error::conflict(
                "already_published",
                "the questionnaire is published already",
            ));
        }
        let expected = precondition.expected(current.version)?;
        Ok(stored::publish(c, id, expected, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// Makes the next edition of a published questionnaire: a draft copy of it,
/// numbered one above the code's latest. A draft is made from a published
/// questionnaire only (409 `not_published`: change the draft itself), and
/// while the code has no other draft (409 `draft_exists`, naming it).
pub async fn new_edition(call: &Call, id: Uuid) -> Result<Answer<Questionnaire>, Error> {
    call.reach(RecordKind::Questionnaire, Access::Write)?;
    let edition_id = Uuid::now_v7();
    let entries = vec![call.entry(
        "questionnaire.created",
        RecordKind::Questionnaire,
        edition_id,
    )];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        let source = stored::get(c, id)?;
        if source.status == QuestionnaireStatus::Draft {
            return Err(Error::conflict(
                "not_published",
                "the questionnaire is a draft: change it instead of making an edition of it",
            ));
        }
        let (latest, draft) = stored::editions(c, &source.code)?.unwrap_or((source.edition, None));
        if let Some(draft) = draft {
            return Err(Error::Conflict(Conflict {
                code: "draft_exists",
                detail: "the questionnaire's next edition is a draft already; change that one"
                    .to_owned(),
                holder: Some(Holder::Record(RecordKind::Questionnaire, draft)),
            }));
        }
        let fields = QuestionnaireInput::from(&source).validate()?;
        Ok(stored::insert(
            c,
            edition_id,
            &fields,
            latest + 1,
            QuestionnaireStatus::Draft,
            Some(by),
            now,
        )?)
    })
    .await
}

/// One page of a questionnaire's responses.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "questionnaire_id": "00000000-0000-7000-8000-000000000501",
    "collected_on": "2026-05-14", "person_id": null,
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "answers": {"economic_situation": 4, "employment": "employed"},
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-05-14T15:00:00Z", "updated_at": "2026-05-14T15:00:00Z"}],
    "next_cursor": null}))]
#[schema(as = SurveyResponsePage)]
pub struct ResponsePage {
    pub items: Vec<Response>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /questionnaires/{id}/responses`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ResponseQuery {
    /// The responses of this person.
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    /// Collected on or after this day.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Collected on or before this day.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl ResponseQuery {
    fn validate(
        &self,
        questionnaire: Uuid,
        reach: Reach,
    ) -> Result<(ResponseFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let person = id(&mut errors, "person_id", self.person_id.as_deref());
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = ResponseFilter {
            questionnaire,
            organisation: reach.organisation(),
            person,
            from,
            to,
        };
        Ok((filter, limit, after))
    }
}

/// The questionnaire `id`, which takes responses only once published.
fn accepting(c: &mut DbConnection, id: Uuid) -> Result<Questionnaire, Error> {
    let questionnaire = stored::get(c, id)?;
    if questionnaire.status == QuestionnaireStatus::Draft {
        return Err(Error::conflict(
            "not_published",
            "the questionnaire is a draft; it takes responses once published",
        ));
    }
    Ok(questionnaire)
}

/// Records a response to a published questionnaire for the caller's
/// organisation; the response, to a caller who may read it.
pub async fn record(
    call: &Call,
    questionnaire: Uuid,
    input: Body<ResponseInput>,
) -> Result<Answer<Response>, Error> {
    call.reach(RecordKind::SurveyResponse, Access::Write)?;
    let input = input.parse()?;
    let today = services::today();
    let organisation = call
        .organisation_id
        .unwrap_or(integra_domain::organisation::MINISTRY_ID);
    let id = Uuid::now_v7();
    let entries = vec![call.entry("survey_response.recorded", RecordKind::SurveyResponse, id)];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        let found = accepting(c, questionnaire)?;
        let fields = input.validate(&found.questions, today)?;
        if let Some(person) = fields.person_id {
            if !persons::exists(c, person)? {
                return Err(Error::field(
                    "person_id",
                    "not_found",
                    "person_id names no person",
                ));
            }
            rights::not_erased(c, person)?;
        }
        Ok(stored::insert_response(
            c,
            questionnaire,
            id,
            &fields,
            organisation,
            by,
            now,
        )?)
    })
    .await
}

/// The responses to a questionnaire the caller reaches, in the order
/// recorded; every response listed is a read.
pub async fn responses(
    call: &Call,
    questionnaire: Uuid,
    query: ResponseQuery,
) -> Result<ResponsePage, Error> {
    let reach = call.reach(RecordKind::SurveyResponse, Access::Read)?;
    let (filter, limit, after) = query.validate(questionnaire, reach)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        stored::get(c, questionnaire)?;
        let items = stored::responses(c, &filter, after, limit)?;
        let entries = actor.reads(
            RecordKind::SurveyResponse.read_action(),
            RecordKind::SurveyResponse,
            items.iter().map(|r| r.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|r| r.id), limit);
    Ok(ResponsePage { items, next_cursor })
}

/// The response `id` to `questionnaire`, if the caller reaches it; otherwise
/// it is not found.
fn load(
    c: &mut DbConnection,
    questionnaire: Uuid,
    id: Uuid,
    reach: Reach,
) -> Result<Response, Error> {
    let response = stored::response(c, questionnaire, id)?;
    visible(reach, response.organisation_id)?;
    Ok(response)
}

/// Reads a response (the read is recorded).
pub async fn response(call: &Call, questionnaire: Uuid, id: Uuid) -> Result<Response, Error> {
    let reach = call.reach(RecordKind::SurveyResponse, Access::Read)?;
    let entry = call.entry(
        RecordKind::SurveyResponse.read_action(),
        RecordKind::SurveyResponse,
        id,
    );
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((load(c, questionnaire, id, reach)?, vec![entry]))
    })
    .await
}

/// Fields of a response that a merge patch may carry only unchanged (who
/// answered included).
const RESPONSE_READ_ONLY: [&str; 8] = [
    "id",
    "questionnaire_id",
    "person_id",
    "organisation_id",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a response's day or answers with a JSON merge patch (RFC 7386):
/// `answers` is merged by question key (`null` removes an answer).
pub async fn update_response(
    call: &Call,
    questionnaire: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Response>, Error> {
    let reach = call.reach(RecordKind::SurveyResponse, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("survey_response.updated", RecordKind::SurveyResponse, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = load(c, questionnaire, id, reach)?;
        let found = stored::get(c, questionnaire)?;
        let input = merge_patch(
            &current,
            &ResponseInput::from(&current),
            patch,
            &RESPONSE_READ_ONLY,
        )?;
        let fields = input.validate(&found.questions, today)?;
        for person in current.person_id.iter().chain(&fields.person_id) {
            rights::not_erased(c, *person)?;
        }
        let expected = precondition.expected(current.version)?;
        Ok(stored::update_response(
            c,
            questionnaire,
            id,
            expected,
            &fields,
            now,
        )?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// `GET /questionnaires/{id}/aggregates`: the period the responses were collected in.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AggregateQuery {
    /// First day of the period (required).
    #[param(value_type = String, format = Date, example = "2026-01-01")]
    from: Option<String>,
    /// Last day of the period, not before `from` (required).
    #[param(value_type = String, format = Date, example = "2026-12-31")]
    to: Option<String>,
}

impl AggregateQuery {
    fn validate(&self) -> Result<Period, Error> {
        let query = ReportQuery {
            from: self.from.clone(),
            to: self.to.clone(),
            ..ReportQuery::default()
        };
        Ok(query.validate()?.period)
    }
}

/// The aggregates per question of the responses to a questionnaire collected
/// in a period that the caller reaches (their organisation's; everyone's for
/// administrators and monitors): exact, or with small cells suppressed for
/// callers who may not read persons.
pub async fn aggregates(
    call: &Call,
    questionnaire: Uuid,
    query: AggregateQuery,
    format: Format,
) -> Result<Rendered<SurveyAggregates>, Error> {
    let reach = call.reach(RecordKind::Report, Access::Read)?;
    let period = query.validate()?;
    let disclosure = Disclosure::for_caller(&call.caller);
    let (found, aggregates) = services::read(&call.app, move |c| {
        let found = stored::get(c, questionnaire)?;
        let filter = ResponseFilter {
            questionnaire,
            organisation: reach.organisation(),
            person: None,
            from: Some(period.from),
            to: Some(period.to),
        };
        let answers = stored::answers(c, &filter)?;
        let aggregates = Aggregates::of(&found.questions, &answers);
        Ok((found, aggregates))
    })
    .await?;
    let owned = (aggregates.figures().to_vec(), aggregates.groups().to_vec());
    let (shown, suppressed) = disclose_found(&owned, disclosure);
    Ok(match format {
        Format::Csv(lang) => Rendered::Csv(figures::csv(&shown, lang)),
        Format::Json => Rendered::Json(SurveyAggregates::new(&found, period, &shown, suppressed)),
    })
}
