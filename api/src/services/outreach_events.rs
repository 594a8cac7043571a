//! Outreach events: record, find, read, change.
//!
//! An event is a service record ([`RecordKind::OutreachEvent`]): it belongs to
//! the organisation it is recorded for, whose case workers and employment
//! counsellors see and change it; others find nothing. It is recorded for the
//! caller's own organisation; an administrator (who reaches every
//! organisation's records) may name another in `organisation_id`, for records
//! kept on paper by an organisation without users of its own. An event names
//! no person, so reading one is not recorded in the audit log (writes are).

use chrono::NaiveDate;
use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::outreach::{OutreachEvent, OutreachEventInput, OutreachKind};
use integra_domain::version::Precondition;
use integra_domain::{codes, Error, ValidationErrors};
use integra_persistence::outreach_events::{self, EventFilter};
use integra_persistence::{organisations, programmes, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::{merge_patch, Body};
use crate::services::{self, paging, visible, Call};

/// One page of outreach events.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60",
    "organisation_id": "01900000-0000-7000-8000-000000000001", "held_on": "2026-01-20",
    "region": "GE-IM", "kind": "information_session", "people_reached": 45,
    "programme_id": null, "title": "Information day, Kutaisi",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-01-21T09:00:00Z", "updated_at": "2026-01-21T09:00:00Z"}],
    "next_cursor": null}))]
pub struct OutreachEventPage {
    pub items: Vec<OutreachEvent>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /outreach-events`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OutreachEventQuery {
    /// Held on or after this day.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Held on or before this day.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    /// ISO 3166-2:GE region code.
    #[param(pattern = "^GE-(AB|AJ|GU|IM|KA|KK|MM|RL|SJ|SK|SZ|TB)$")]
    region: Option<String>,
    #[param(value_type = Option<OutreachKind>)]
    kind: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    programme_id: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl OutreachEventQuery {
    /// The list's filter (limited to `reach`), page size and cursor.
    fn validate(&self, reach: Reach) -> Result<(EventFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let region = self
            .region
            .as_deref()
            .and_then(|r| errors.check(codes::region("region", r)));
        let kind = self
            .kind
            .as_deref()
            .and_then(|k| errors.check(OutreachKind::parse("kind", k)));
        let programme_id = self
            .programme_id
            .as_deref()
            .and_then(|p| errors.check(integra_domain::reintegration::uuid("programme_id", p)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = EventFilter {
            organisation: reach.organisation(),
            from,
            to,
            region,
            kind,
            programme_id,
        };
        Ok((filter, limit, after))
    }
}

/// The `from` and `to` days of a list's query (inclusive): valid dates, `to`
/// not before `from`; the errors go to `errors`.
pub(crate) fn period(
    errors: &mut ValidationErrors,
    from: Option<&str>,
    to: Option<&str>,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    use integra_domain::reintegration::date;
    let from = from.and_then(|d| errors.check(date("from", d)));
    let to = to.and_then(|d| errors.check(date("to", d)));
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            errors.add("to", "before_from", "to must not be before from");
        }
    }
    (from, to)
}

/// The organisation a service record is recorded for: the one `named` in the
/// input, which must be within the caller's `reach` (only an administrator
/// reaches another than their own) and an active organisation; else the
/// caller's own (the ministry's for an account without one). Errors go to `errors`.
pub(crate) fn recording_organisation(
    c: &mut DbConnection,
    errors: &mut ValidationErrors,
    reach: Reach,
    own: Option<Uuid>,
    named: Option<Uuid>,
) -> Result<Uuid, Error> {
    let own = own.unwrap_or(integra_domain::organisation::MINISTRY_ID);
    let Some(named) = named else {
        return Ok(own);
    };
    if !reach.admits(named) {
        errors.add(
            "organisation_id",
            "not_allowed",
            "a record is kept by the recording user's organisation; only an administrator names another",
        );
        return Ok(own);
    }
    match organisations::is_active(c, named)? {
        None => errors.add(
            "organisation_id",
            "not_found",
            "no organisation has this id",
        ),
        Some(false) => errors.add(
            "organisation_id",
            "inactive",
            "the organisation is deactivated",
        ),
        Some(true) => {}
    }
    Ok(named)
}

/// A programme named by a service record must exist; the error goes to `errors`.
pub(crate) fn check_programme(
    c: &mut DbConnection,
    errors: &mut ValidationErrors,
    programme: Option<Uuid>,
) -> Result<(), Error> {
    if let Some(programme) = programme {
        if !programmes::exists(c, programme)? {
            errors.add(
                "programme_id",
                "not_found",
                "programme_id names no programme",
            );
        }
    }
    Ok(())
}

/// The event `id`, if the caller reaches it; otherwise it is not found.
fn load(c: &mut DbConnection, id: Uuid, reach: Reach) -> Result<OutreachEvent, Error> {
    let event = outreach_events::get(c, id)?;
    visible(reach, event.organisation_id)?;
    Ok(event)
}

/// Records an outreach event for the caller's organisation (or, for an
/// administrator, the one named).
pub async fn create(
    call: &Call,
    input: Body<OutreachEventInput>,
) -> Result<Answer<OutreachEvent>, Error> {
    let reach = call.reach(RecordKind::OutreachEvent, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("outreach_event.created", RecordKind::OutreachEvent, id)];
    let (by, own, named) = (call.id, call.organisation_id, input.organisation_id);
    services::write_answer(call, entries, move |c, now| {
        let mut errors = ValidationErrors::new();
        let organisation = recording_organisation(c, &mut errors, reach, own, named)?;
        check_programme(c, &mut errors, fields.programme_id)?;
        errors.finish(|| ())?;
        Ok(outreach_events::insert(
            c,
            id,
            organisation,
            &fields,
            by,
            now,
        )?)
    })
    .await
}

/// Lists the events the caller reaches, in the order they were recorded.
pub async fn list(call: &Call, query: OutreachEventQuery) -> Result<OutreachEventPage, Error> {
    let reach = call.reach(RecordKind::OutreachEvent, Access::Read)?;
    let (filter, limit, after) = query.validate(reach)?;
    let items = services::read(&call.app, move |c| {
        Ok(outreach_events::list(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|e| e.id), limit);
    Ok(OutreachEventPage { items, next_cursor })
}

/// Reads an event (not recorded: it holds no personal data).
pub async fn get(call: &Call, id: Uuid) -> Result<OutreachEvent, Error> {
    let reach = call.reach(RecordKind::OutreachEvent, Access::Read)?;
    services::read(&call.app, move |c| load(c, id, reach)).await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 6] = [
    "id",
    "organisation_id",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes an event with a JSON merge patch (RFC 7386).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<OutreachEvent>, Error> {
    let reach = call.reach(RecordKind::OutreachEvent, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("outreach_event.updated", RecordKind::OutreachEvent, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = load(c, id, reach)?;
        // The body is judged first: a stale If-Match on an invalid patch is a 422.
        let input = merge_patch(
            &current,
            &OutreachEventInput::from(&current),
            patch,
            &READ_ONLY,
        )?;
        let fields = input.validate(today)?;
        let mut errors = ValidationErrors::new();
        check_programme(c, &mut errors, fields.programme_id)?;
        errors.finish(|| ())?;
        let expected = precondition.expected(current.version)?;
        Ok(outreach_events::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
