//! The person registry: register, find, read and change persons. Reads and
//! upserts by another system's id are in [`external_ids`].
//!
//! Every caller who may see persons sees them all ([`Actor::reach`] of
//! [`RecordKind::Person`]); every read of a person is recorded. A personal number
//! and an id in another system belong to one person at most: a second is a
//! conflict naming the holder.

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::name_search::NameSearch;
use integra_domain::person::{self, Person, PersonFields, PersonInput};
use integra_domain::version::Precondition;
use integra_domain::{codes, validation, Error, ValidationErrors};
use integra_persistence::persons::{self, PersonFilter};
use integra_persistence::DbConnection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{self, Answer};
use crate::services::json::merge_patch;
use crate::services::json::Body;
use crate::services::{self, paging, rights, Call, ReadSize};

pub mod external_ids;

/// One page of persons.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{
    "id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "personal_number": "01001012345",
    "given_name": "Nino", "family_name": "Beridze", "date_of_birth": "1988-04-12",
    "sex": "female", "citizenship": "GE", "residence_status": "citizen",
    "region": "GE-IM", "phone": "+995 555 12 34 56", "household_id": null,
    "external_ids": [{"system": "readmission-db", "value": "RA-2015-0042"}],
    "version": 1, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}],
    "next_cursor": "AZO2wnwafS6fAFobLD1OXw"}))]
pub struct PersonPage {
    pub items: Vec<Person>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /persons`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PersonQuery {
    /// Words that must each occur in the given or the family name, ignoring case:
    /// at most 5 words, at least one of them of 3 or more characters.
    #[param(min_length = 1, max_length = 200, pattern = "\\S")]
    name: Option<String>,
    #[param(pattern = "^[0-9]{11}$")]
    personal_number: Option<String>,
    #[param(value_type = Option<String>, format = Date)]
    date_of_birth: Option<String>,
    /// ISO 3166-2:GE region.
    #[param(pattern = "^GE-(AB|AJ|GU|IM|KA|KK|MM|RL|SJ|SK|SZ|TB)$")]
    region: Option<String>,
    /// ISO 3166-1 alpha-2 code, or `stateless`.
    #[param(pattern = "^([A-Z]{2}|stateless)$")]
    citizenship: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl PersonQuery {
    /// The list's filter (dates checked against `today`), page size and cursor;
    /// every error of the query at once.
    fn validate(&self, today: NaiveDate) -> Result<(PersonFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let name = self
            .name
            .as_deref()
            .and_then(|n| errors.check(NameSearch::parse("name", n)));
        let personal_number = self
            .personal_number
            .as_deref()
            .and_then(|n| errors.check(person::personal_number("personal_number", n)));
        let date_of_birth = self
            .date_of_birth
            .as_deref()
            .and_then(|d| errors.check(validation::past_date("date_of_birth", d, today)));
        let region = self
            .region
            .as_deref()
            .and_then(|r| errors.check(codes::region("region", r)));
        let citizenship = self
            .citizenship
            .as_deref()
            .and_then(|c| errors.check(codes::citizenship("citizenship", c)));
        let filter = PersonFilter {
            name,
            personal_number,
            date_of_birth,
            region,
            citizenship,
        };
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        Ok((filter, limit, after))
    }
}

/// Registers a person; the person, to a caller who may read persons.
pub async fn create(call: &Call, input: Body<PersonInput>) -> Result<Answer<Person>, Error> {
    call.reach(RecordKind::Person, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("person.created", RecordKind::Person, id)];
    let written = fields.clone();
    let created =
        services::write_answer(call, entries, move |c, now| register(c, id, &written, now)).await;
    explained(call, created, move |c| check_unique(c, None, &fields)).await
}

/// Lists persons in registration order; every person listed is a read.
pub async fn list(call: &Call, query: PersonQuery) -> Result<PersonPage, Error> {
    call.reach(RecordKind::Person, Access::Read)?;
    let (filter, limit, after) = query.validate(services::today())?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let items = persons::list(c, &filter, after, limit)?;
        let entries = actor.reads(
            "person.read",
            RecordKind::Person,
            items.iter().map(|p| p.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(PersonPage { items, next_cursor })
}

/// Reads a person (the read is recorded): one statement, on the audit writer.
pub async fn get(call: &Call, id: Uuid) -> Result<Person, Error> {
    call.reach(RecordKind::Person, Access::Read)?;
    let entries = vec![call.entry("person.read", RecordKind::Person, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((persons::get(c, id)?, entries))
    })
    .await
}

/// Changes a person with a JSON merge patch (RFC 7386) of their writable fields;
/// the person, to a caller who may read persons.
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Person>, Error> {
    call.reach(RecordKind::Person, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("person.updated", RecordKind::Person, id)];
    let again = patch.clone();
    let changed = services::write_answer(call, entries, move |c, now| {
        let current = persons::get(c, id)?;
        // The body is judged first: a stale If-Match on an invalid patch is a 422.
        let fields = apply_patch(&current, patch, today)?;
        let expected = precondition.expected(current.version)?;
        replace(c, id, expected, &fields, now)
    })
    .await
    .map_err(|e| precondition.lost_race(e));
    explained(call, changed, move |c| {
        let current = persons::get(c, id)?;
        check_unique(c, Some(id), &apply_patch(&current, again, today)?)
    })
    .await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 5] = ["id", "household_id", "version", "created_at", "updated_at"];

/// Applies a merge patch to the person and validates the result.
fn apply_patch(
    current: &Person,
    patch: Map<String, Value>,
    today: NaiveDate,
) -> Result<PersonFields, Error> {
    let input = merge_patch(current, &PersonInput::from(current), patch, &READ_ONLY)?;
    Ok(input.validate(today)?)
}

/// Registers the person `id`, whose personal number and external ids no one holds.
pub(crate) fn register(
    c: &mut DbConnection,
    id: Uuid,
    fields: &PersonFields,
    now: DateTime<Utc>,
) -> Result<Person, Error> {
    check_unique(c, None, fields)?;
    Ok(persons::insert(c, id, fields, now)?)
}

/// Replaces the writable fields of the person `id` at version `expected`, unless
/// their data is erased or another person holds a number or id of `fields`.
pub(crate) fn replace(
    c: &mut DbConnection,
    id: Uuid,
    expected: i64,
    fields: &PersonFields,
    now: DateTime<Utc>,
) -> Result<Person, Error> {
    rights::not_erased(c, id)?;
    check_unique(c, Some(id), fields)?;
    Ok(persons::update(c, id, expected, fields, now)?)
}

/// Refuses a personal number or an external id that a person other than `own`
/// holds, naming the holder.
fn check_unique(
    c: &mut DbConnection,
    own: Option<Uuid>,
    fields: &PersonFields,
) -> Result<(), Error> {
    let other = |holder: Option<Uuid>| holder.filter(|h| Some(*h) != own);
    if let Some(number) = &fields.personal_number {
        if let Some(holder) = other(persons::holder_of_personal_number(c, number)?) {
            return Err(Error::conflict_with(
                "duplicate_personal_number",
                "another person has this personal number",
                RecordKind::Person,
                holder,
            ));
        }
    }
    for external in &fields.external_ids {
        let holder = persons::find_by_external_id(c, &external.system, &external.value)?;
        if let Some(holder) = other(holder) {
            return Err(Error::conflict_with(
                "duplicate_external_id",
                format!(
                    "another person has this id in the system {}",
                    external.system
                ),
                RecordKind::Person,
                holder,
            ));
        }
    }
    Ok(())
}

/// A unique violation that no check caught first (a concurrent write got there):
/// says which value it was about and who holds it (to a caller who may read the
/// holder, [`answer::disclosed`]), by running `check` again. Other outcomes pass
/// unchanged.
async fn explained<T, F>(call: &Call, result: Result<T, Error>, check: F) -> Result<T, Error>
where
    F: FnOnce(&mut DbConnection) -> Result<(), Error> + Send + 'static,
{
    match result {
        Err(error) if error.is_duplicate() => match services::read(&call.app, check).await {
            Err(specific @ Error::Conflict(_)) => answer::disclosed(call, Err(specific)).await,
            _ => Err(error),
        },
        other => other,
    }
}
