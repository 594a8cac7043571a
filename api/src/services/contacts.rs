//! Contacts with persons about a programme: record, list, read, change.
//!
//! A contact is a service record ([`Actor::reach`] of [`RecordKind::Contact`]):
//! it belongs to the organisation of whoever recorded it (kept on the contact),
//! whose case workers and employment counsellors see and change it; others find
//! nothing. An account without an organisation of its own (an administrator
//! set up outside any) records for the ministry, as it opens cases. Every read
//! of a contact is recorded (`contact.read`): it is personal data.

use chrono::NaiveDate;
use integra_domain::access::{Access, Reach};
use integra_domain::contact::{Contact, ContactChannel, ContactInput, ContactOutcome};
use integra_domain::error::RecordKind;
use integra_domain::version::Precondition;
use integra_domain::{validation, Error, ValidationErrors};
use integra_persistence::contacts::{self, ContactFilter};
use integra_persistence::{persons, programmes, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::{merge_patch, Body};
use crate::services::{self, paging, rights, visible, Call, ReadSize};

/// One page of contacts.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "00000000-0000-7000-8000-000000000201",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "contacted_on": "2015-03-02", "channel": "readmission_notice", "outcome": "informed",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}],
    "next_cursor": null}))]
pub struct ContactPage {
    pub items: Vec<Contact>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /contacts`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ContactQuery {
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    programme_id: Option<String>,
    /// Contacted on or after this day.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Contacted on or before this day.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    #[param(value_type = Option<ContactChannel>)]
    channel: Option<String>,
    #[param(value_type = Option<ContactOutcome>)]
    outcome: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// A date of a query: `YYYY-MM-DD`, any day.
fn query_date(field: &str, value: &str) -> Result<NaiveDate, validation::FieldError> {
    validation::past_date(field, value, NaiveDate::MAX)
}

impl ContactQuery {
    /// The list's filter (limited to `reach`), page size and cursor.
    fn validate(&self, reach: Reach) -> Result<(ContactFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let mut id = |field: &str, value: &Option<String>| {
            value
                .as_deref()
                .and_then(|v| errors.check(integra_domain::reintegration::uuid(field, v)))
        };
        let person_id = id("person_id", &self.person_id);
        let programme_id = id("programme_id", &self.programme_id);
        let from = self
            .from
            .as_deref()
            .and_then(|v| errors.check(query_date("from", v)));
        let to = self
            .to
            .as_deref()
            .and_then(|v| errors.check(query_date("to", v)));
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                errors.add("to", "before_from", "to must not be before from");
            }
        }
        let channel = self
            .channel
            .as_deref()
            .and_then(|v| errors.check(ContactChannel::parse("channel", v)));
        let outcome = self
            .outcome
            .as_deref()
            .and_then(|v| errors.check(ContactOutcome::parse("outcome", v)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = ContactFilter {
            organisation: reach.organisation(),
            person_id,
            programme_id,
            from,
            to,
            channel,
            outcome,
        };
        Ok((filter, limit, after))
    }
}

/// The contact `id`, if the caller reaches it; otherwise it is not found.
fn load(conn: &mut DbConnection, id: Uuid, reach: Reach) -> Result<Contact, Error> {
    let contact = contacts::get(conn, id)?;
    visible(reach, contact.organisation_id)?;
    Ok(contact)
}

/// Whether the programme exists: a contact is about one (422 `not_found` otherwise).
pub(crate) fn check_programme(conn: &mut DbConnection, programme: Uuid) -> Result<(), Error> {
    if programmes::exists(conn, programme)? {
        Ok(())
    } else {
        Err(Error::field(
            "programme_id",
            "not_found",
            "programme_id names no programme",
        ))
    }
}

/// Records a contact with a person about a programme, for the caller's
/// organisation; the contact, to a caller who may read it.
pub async fn create(call: &Call, input: Body<ContactInput>) -> Result<Answer<Contact>, Error> {
    call.reach(RecordKind::Contact, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let organisation = call
        .organisation_id
        .unwrap_or(integra_domain::organisation::MINISTRY_ID);
    let id = Uuid::now_v7();
    let entries = vec![call.entry("contact.recorded", RecordKind::Contact, id)];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        let mut errors = ValidationErrors::new();
        if !persons::exists(c, fields.person_id)? {
            errors.add("person_id", "not_found", "person_id names no person");
        }
        if !programmes::exists(c, fields.programme_id)? {
            errors.add(
                "programme_id",
                "not_found",
                "programme_id names no programme",
            );
        }
        errors.finish(|| ())?;
        rights::not_erased(c, fields.person_id)?;
        Ok(contacts::insert(c, id, &fields, organisation, by, now)?)
    })
    .await
}

/// The contacts the caller reaches, in recording order; every contact listed is a read.
pub async fn list(call: &Call, query: ContactQuery) -> Result<ContactPage, Error> {
    let reach = call.reach(RecordKind::Contact, Access::Read)?;
    let (filter, limit, after) = query.validate(reach)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let items = contacts::list(c, &filter, after, limit)?;
        let entries = actor.reads(
            RecordKind::Contact.read_action(),
            RecordKind::Contact,
            items.iter().map(|contact| contact.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|c| c.id), limit);
    Ok(ContactPage { items, next_cursor })
}

/// Reads a contact (the read is recorded).
pub async fn get(call: &Call, id: Uuid) -> Result<Contact, Error> {
    let reach = call.reach(RecordKind::Contact, Access::Read)?;
    let entries = vec![call.entry(RecordKind::Contact.read_action(), RecordKind::Contact, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((load(c, id, reach)?, entries))
    })
    .await
}

/// Fields that a merge patch may carry only unchanged: a contact stays the
/// contact with its person, recorded by whom it was, for whom.
const READ_ONLY: [&str; 7] = [
    "id",
    "person_id",
    "organisation_id",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a contact with a JSON merge patch (RFC 7386): its programme, day,
/// channel or outcome; the contact, to a caller who may read it.
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Contact>, Error> {
    let reach = call.reach(RecordKind::Contact, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("contact.updated", RecordKind::Contact, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = load(c, id, reach)?;
        let input = merge_patch(&current, &ContactInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        if fields.programme_id != current.programme_id {
            check_programme(c, fields.programme_id)?;
        }
        Ok(contacts::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
