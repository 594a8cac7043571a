//! Questionnaires and the responses collected with them: rows only.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::localised::Localised;
use integra_domain::survey::questionnaire::{
    Question, QuestionKind, Questionnaire, QuestionnaireFields, QuestionnaireStatus, Study,
};
use integra_domain::survey::response::{Response, ResponseFields, SurveyAnswer};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::erasure::ERASED;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{questionnaires, survey_responses};

#[derive(Queryable, Selectable)]
#[diesel(table_name = questionnaires)]
struct QuestionnaireRow {
    id: String,
    code: String,
    edition: i64,
    study: String,
    title_ka: String,
    title_en: String,
    questions: String,
    status: String,
    published_at: Option<NaiveDateTime>,
    recorded_by: Option<String>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl QuestionnaireRow {
    fn into_questionnaire(self) -> Result<Questionnaire, StoreError> {
        Ok(Questionnaire {
            id: rows::uuid(&self.id)?,
            code: self.code,
            edition: self.edition,
            study: rows::parse("study", &self.study, Study::parse)?,
            title: Localised::new(self.title_ka, self.title_en),
            questions: rows::json("questions", &self.questions)?,
            status: rows::parse("status", &self.status, QuestionnaireStatus::parse)?,
            published_at: self.published_at.map(rows::utc),
            recorded_by: rows::optional_uuid(self.recorded_by.as_deref())?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Records edition `edition` of a questionnaire, as a draft or published
/// (the seeded ones), version 1; `by` is `None` for the seeded ones.
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &QuestionnaireFields,
    edition: i64,
    status: QuestionnaireStatus,
    by: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Questionnaire, StoreError> {
    let stamp = now.naive_utc();
    let published_at = (status == QuestionnaireStatus::Published).then_some(stamp);
    diesel::insert_into(questionnaires::table)
        .values((
            questionnaires::id.eq(id.to_string()),
            questionnaires::code.eq(&fields.code),
            questionnaires::edition.eq(edition),
            questionnaires::study.eq(fields.study.as_str()),
            questionnaires::title_ka.eq(&fields.title.ka),
            questionnaires::title_en.eq(&fields.title.en),
            questionnaires::questions.eq(rows::stored(&fields.questions)?),
            questionnaires::status.eq(status.as_str()),
            questionnaires::published_at.eq(published_at),
            questionnaires::recorded_by.eq(by.map(|b| b.to_string())),
            questionnaires::version.eq(1_i64),
            questionnaires::created_at.eq(stamp),
            questionnaires::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces a draft's study, title and questions if it is still a draft at
/// `expected_version` (the code and edition stay).
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &QuestionnaireFields,
    now: DateTime<Utc>,
) -> Result<Questionnaire, StoreError> {
    let changed = diesel::update(
        questionnaires::table
            .filter(questionnaires::id.eq(id.to_string()))
            .filter(questionnaires::status.eq(QuestionnaireStatus::Draft.as_str()))
            .filter(questionnaires::version.eq(expected_version)),
    )
    .set((
        questionnaires::study.eq(fields.study.as_str()),
        questionnaires::title_ka.eq(&fields.title.ka),
        questionnaires::title_en.eq(&fields.title.en),
        questionnaires::questions.eq(rows::stored(&fields.questions)?),
        questionnaires::version.eq(questionnaires::version + 1),
        questionnaires::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |q| q.version)
}

/// Publishes a draft if it is still a draft at `expected_version`.
pub fn publish(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    now: DateTime<Utc>,
) -> Result<Questionnaire, StoreError> {
    let stamp = now.naive_utc();
    let changed = diesel::update(
        questionnaires::table
            .filter(questionnaires::id.eq(id.to_string()))
            .filter(questionnaires::status.eq(QuestionnaireStatus::Draft.as_str()))
            .filter(questionnaires::version.eq(expected_version)),
    )
    .set((
        questionnaires::status.eq(QuestionnaireStatus::Published.as_str()),
        questionnaires::published_at.eq(Some(stamp)),
        questionnaires::version.eq(questionnaires::version + 1),
        questionnaires::updated_at.eq(stamp),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |q| q.version)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Questionnaire, StoreError> {
    questionnaires::table
        .find(id.to_string())
        .select(QuestionnaireRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_questionnaire()
}

/// Whether the questionnaire `id` exists.
pub fn exists(conn: &mut DbConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(diesel::select(diesel::dsl::exists(
        questionnaires::table.find(id.to_string()),
    ))
    .get_result(conn)?)
}

/// The highest edition of `code`, and the draft among its editions if there
/// is one; `None` when no questionnaire has the code.
pub fn editions(
    conn: &mut DbConnection,
    code: &str,
) -> Result<Option<(i64, Option<Uuid>)>, StoreError> {
    let found: Vec<(String, i64, String)> = questionnaires::table
        .filter(questionnaires::code.eq(code))
        .select((
            questionnaires::id,
            questionnaires::edition,
            questionnaires::status,
        ))
        .load(conn)?;
    let Some(latest) = found.iter().map(|(_, e, _)| *e).max() else {
        return Ok(None);
    };
    let draft = found
        .iter()
        .find(|(_, _, s)| s == QuestionnaireStatus::Draft.as_str())
        .map(|(id, _, _)| rows::uuid(id))
        .transpose()?;
    Ok(Some((latest, draft)))
}

/// Filters of the list of questionnaires; all given must match.
#[derive(Debug, Clone, Default)]
pub struct QuestionnaireFilter {
    pub code: Option<String>,
    pub study: Option<Study>,
    pub status: Option<QuestionnaireStatus>,
}

/// Questionnaires in id order, with filters and cursor paging.
pub fn list(
    conn: &mut DbConnection,
    filter: &QuestionnaireFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Questionnaire>, StoreError> {
    let mut query = questionnaires::table.into_boxed();
    if let Some(code) = &filter.code {
        query = query.filter(questionnaires::code.eq(code.clone()));
    }
    if let Some(study) = filter.study {
        query = query.filter(questionnaires::study.eq(study.as_str()));
    }
    if let Some(status) = filter.status {
        query = query.filter(questionnaires::status.eq(status.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(questionnaires::id.gt(after.to_string()));
    }
    query
        .order(questionnaires::id.asc())
        .limit(limit)
        .select(QuestionnaireRow::as_select())
        .load(conn)?
        .into_iter()
        .map(QuestionnaireRow::into_questionnaire)
        .collect()
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = survey_responses)]
struct ResponseRow {
    id: String,
    questionnaire_id: String,
    person_id: Option<String>,
    organisation_id: String,
    collected_on: NaiveDate,
    answers: String,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ResponseRow {
    fn into_response(self) -> Result<Response, StoreError> {
        Ok(Response {
            id: rows::uuid(&self.id)?,
            questionnaire_id: rows::uuid(&self.questionnaire_id)?,
            collected_on: self.collected_on,
            person_id: rows::optional_uuid(self.person_id.as_deref())?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            answers: rows::json("answers", &self.answers)?,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Records a response to `questionnaire` collected by `organisation` (version 1).
pub fn insert_response(
    conn: &mut DbConnection,
    questionnaire: Uuid,
    id: Uuid,
    fields: &ResponseFields,
    organisation: Uuid,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Response, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(survey_responses::table)
        .values((
            survey_responses::id.eq(id.to_string()),
            survey_responses::questionnaire_id.eq(questionnaire.to_string()),
            survey_responses::person_id.eq(fields.person_id.map(|p| p.to_string())),
            survey_responses::organisation_id.eq(organisation.to_string()),
            survey_responses::collected_on.eq(fields.collected_on),
            survey_responses::answers.eq(rows::stored(&fields.answers)?),
            survey_responses::recorded_by.eq(by.to_string()),
            survey_responses::version.eq(1_i64),
            survey_responses::created_at.eq(stamp),
            survey_responses::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    response(conn, questionnaire, id)
}

/// Replaces a response's day and answers if it is still at `expected_version`
/// (who answered does not change).
pub fn update_response(
    conn: &mut DbConnection,
    questionnaire: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &ResponseFields,
    now: DateTime<Utc>,
) -> Result<Response, StoreError> {
    let changed = diesel::update(
        survey_responses::table
            .filter(survey_responses::id.eq(id.to_string()))
            .filter(survey_responses::questionnaire_id.eq(questionnaire.to_string()))
            .filter(survey_responses::version.eq(expected_version)),
    )
    .set((
        survey_responses::collected_on.eq(fields.collected_on),
        survey_responses::answers.eq(rows::stored(&fields.answers)?),
        survey_responses::version.eq(survey_responses::version + 1),
        survey_responses::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, response(conn, questionnaire, id), |r| r.version)
}

/// The response `id` to `questionnaire`.
pub fn response(
    conn: &mut DbConnection,
    questionnaire: Uuid,
    id: Uuid,
) -> Result<Response, StoreError> {
    survey_responses::table
        .filter(survey_responses::id.eq(id.to_string()))
        .filter(survey_responses::questionnaire_id.eq(questionnaire.to_string()))
        .select(ResponseRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_response()
}

/// Which responses: all given must match.
#[derive(Debug, Clone, Default)]
pub struct ResponseFilter {
    pub questionnaire: Uuid,
    /// Collected by this organisation; every organisation's when `None`.
    pub organisation: Option<Uuid>,
    pub person: Option<Uuid>,
    /// Collected on or after this day.
    pub from: Option<NaiveDate>,
    /// Collected on or before this day.
    pub to: Option<NaiveDate>,
}

fn filtered(
    filter: &ResponseFilter,
) -> survey_responses::BoxedQuery<'static, <DbConnection as diesel::Connection>::Backend> {
    let mut query = survey_responses::table
        .filter(survey_responses::questionnaire_id.eq(filter.questionnaire.to_string()))
        .into_boxed();
    if let Some(organisation) = filter.organisation {
        query = query.filter(survey_responses::organisation_id.eq(organisation.to_string()));
    }
    if let Some(person) = filter.person {
        query = query.filter(survey_responses::person_id.eq(person.to_string()));
    }
    if let Some(from) = filter.from {
        query = query.filter(survey_responses::collected_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(survey_responses::collected_on.le(to));
    }
    query
}

/// Responses in the order recorded, with filters and cursor paging.
pub fn responses(
    conn: &mut DbConnection,
    filter: &ResponseFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Response>, StoreError> {
    let mut query = filtered(filter);
    if let Some(after) = after {
        query = query.filter(survey_responses::id.gt(after.to_string()));
    }
    query
        .order(survey_responses::id.asc())
        .limit(limit)
        .select(ResponseRow::as_select())
        .load(conn)?
        .into_iter()
        .map(ResponseRow::into_response)
        .collect()
}

/// The answers of every response the filter takes in, for the aggregates.
pub fn answers(
    conn: &mut DbConnection,
    filter: &ResponseFilter,
) -> Result<Vec<BTreeMap<String, SurveyAnswer>>, StoreError> {
    filtered(filter)
        .select(survey_responses::answers)
        .load::<String>(conn)?
        .iter()
        .map(|text| rows::json("answers", text))
        .collect()
}

/// A person's responses, at most `limit` (their data export).
pub fn of_person(
    conn: &mut DbConnection,
    person: Uuid,
    limit: i64,
) -> Result<Vec<Response>, StoreError> {
    survey_responses::table
        .filter(survey_responses::person_id.eq(person.to_string()))
        .order(survey_responses::id.asc())
        .limit(limit)
        .select(ResponseRow::as_select())
        .load(conn)?
        .into_iter()
        .map(ResponseRow::into_response)
        .collect()
}

/// Erases the free text of a person's responses (the answers to text
/// questions become [`ERASED`]; choices, scales and numbers stay, so that the
/// aggregates keep counting right).
pub fn erase_texts(conn: &mut DbConnection, person: Uuid) -> Result<(), StoreError> {
    let found: Vec<(String, String, String)> = survey_responses::table
        .inner_join(questionnaires::table)
        .filter(survey_responses::person_id.eq(person.to_string()))
        .select((
            survey_responses::id,
            survey_responses::answers,
            questionnaires::questions,
        ))
        .load(conn)?;
    for (id, answers, questions) in found {
        let mut answers: BTreeMap<String, SurveyAnswer> = rows::json("answers", &answers)?;
        let questions: Vec<Question> = rows::json("questions", &questions)?;
        let mut changed = false;
        for question in questions.iter().filter(|q| q.kind == QuestionKind::Text) {
            if let Some(answer) = answers.get_mut(&question.key) {
                *answer = SurveyAnswer::Text(ERASED.to_owned());
                changed = true;
            }
        }
        if changed {
            diesel::update(survey_responses::table.find(id))
                .set(survey_responses::answers.eq(rows::stored(&answers)?))
                .execute(conn)?;
        }
    }
    Ok(())
}
