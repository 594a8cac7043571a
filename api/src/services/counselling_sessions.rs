//! Counselling sessions: record, find, read, change.
//!
//! A session is a service record ([`RecordKind::CounsellingSession`]): it
//! belongs to the organisation it is recorded for (as outreach events do, see
//! [`outreach_events`]), whose case workers and employment counsellors see
//! and change it; others find nothing. A session with a person is personal
//! data: every read of it (alone, in a list, or as the answer of a write) is
//! recorded as `counselling_session.read`, and shows in the person's access
//! log. An anonymous session names nobody, and its reads are not recorded.
//! An erased person's sessions are kept as they are (reports count them) and
//! no longer change; no new session names an erased person.

use integra_domain::access::{Access, Reach};
use integra_domain::counselling::{
    CounsellingSession, CounsellingSessionFields, CounsellingSessionInput, CounsellingTopic,
};
use integra_domain::error::RecordKind;
use integra_domain::reintegration::programme::Stream;
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::audit::AuditEntry;
use integra_persistence::counselling_sessions::{self, SessionFilter};
use integra_persistence::{persons, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::{merge_patch, Body};
use crate::services::outreach_events::{check_programme, period, recording_organisation};
use crate::services::{self, paging, rights, visible, Actor, Call, ReadSize};

/// The audit action of reading a session.
const READ: &str = "counselling_session.read";

/// One page of counselling sessions.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f70",
    "organisation_id": "01900000-0000-7000-8000-000000000001", "held_on": "2026-01-22",
    "stream": "labour_migration", "topic": "safe_migration", "person_id": null,
    "programme_id": null, "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "version": 1, "created_at": "2026-01-22T09:00:00Z", "updated_at": "2026-01-22T09:00:00Z"}],
    "next_cursor": null}))]
pub struct CounsellingSessionPage {
    pub items: Vec<CounsellingSession>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /counselling-sessions`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CounsellingSessionQuery {
    /// Held on or after this day.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Held on or before this day.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    #[param(value_type = Option<Stream>)]
    stream: Option<String>,
    #[param(value_type = Option<CounsellingTopic>)]
    topic: Option<String>,
    /// The sessions of this person.
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    programme_id: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl CounsellingSessionQuery {
    /// The list's filter (limited to `reach`), page size and cursor.
    fn validate(&self, reach: Reach) -> Result<(SessionFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let stream = self
            .stream
            .as_deref()
            .and_then(|s| errors.check(Stream::parse("stream", s)));
        let topic = self
            .topic
            .as_deref()
            .and_then(|t| errors.check(CounsellingTopic::parse("topic", t)));
        let mut id = |field: &str, value: &Option<String>| {
            value
                .as_deref()
                .and_then(|v| errors.check(integra_domain::reintegration::uuid(field, v)))
        };
        let person_id = id("person_id", &self.person_id);
        let programme_id = id("programme_id", &self.programme_id);
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = SessionFilter {
            organisation: reach.organisation(),
            from,
            to,
            stream,
            topic,
            person_id,
            programme_id,
        };
        Ok((filter, limit, after))
    }
}

/// The audit entries of `actor` reading `sessions`: one per session with a person.
pub(crate) fn reads<'a>(
    actor: &Actor,
    sessions: impl IntoIterator<Item = &'a CounsellingSession>,
) -> Vec<AuditEntry> {
    actor.reads(
        READ,
        RecordKind::CounsellingSession,
        sessions
            .into_iter()
            .filter(|s| s.is_personal())
            .map(|s| s.id),
    )
}

/// The session `id`, if the caller reaches it; otherwise it is not found.
fn load(c: &mut DbConnection, id: Uuid, reach: Reach) -> Result<CounsellingSession, Error> {
    let session = counselling_sessions::get(c, id)?;
    visible(reach, session.organisation_id)?;
    Ok(session)
}

/// The person a session names must exist and not be erased.
fn check_person(
    c: &mut DbConnection,
    errors: &mut ValidationErrors,
    fields: &CounsellingSessionFields,
) -> Result<(), Error> {
    if let Some(person) = fields.person_id {
        if persons::exists(c, person)? {
            rights::not_erased(c, person)?;
        } else {
            errors.add("person_id", "not_found", "person_id names no person");
        }
    }
    Ok(())
}

/// Records a counselling session for the caller's organisation (or, for an
/// administrator, the one named); the person is optional.
pub async fn create(
    call: &Call,
    input: Body<CounsellingSessionInput>,
) -> Result<Answer<CounsellingSession>, Error> {
    let reach = call.reach(RecordKind::CounsellingSession, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry(
        "counselling_session.created",
        RecordKind::CounsellingSession,
        id,
    )];
    let (by, own, named) = (call.id, call.organisation_id, input.organisation_id);
    services::write_answer(call, entries, move |c, now| {
        let mut errors = ValidationErrors::new();
        let organisation = recording_organisation(c, &mut errors, reach, own, named)?;
        check_person(c, &mut errors, &fields)?;
        check_programme(c, &mut errors, fields.programme_id)?;
        errors.finish(|| ())?;
        Ok(counselling_sessions::insert(
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

/// Lists the sessions the caller reaches, in the order they were recorded;
/// every session with a person listed is a read of it.
pub async fn list(
    call: &Call,
    query: CounsellingSessionQuery,
) -> Result<CounsellingSessionPage, Error> {
    let reach = call.reach(RecordKind::CounsellingSession, Access::Read)?;
    let (filter, limit, after) = query.validate(reach)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let items = counselling_sessions::list(c, &filter, after, limit)?;
        let entries = reads(&actor, &items);
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|s| s.id), limit);
    Ok(CounsellingSessionPage { items, next_cursor })
}

/// Reads a session (recorded when it names a person).
pub async fn get(call: &Call, id: Uuid) -> Result<CounsellingSession, Error> {
    let reach = call.reach(RecordKind::CounsellingSession, Access::Read)?;
    let actor = call.actor.clone();
    services::audited_read(call, ReadSize::Short, move |c| {
        let session = load(c, id, reach)?;
        let entries = reads(&actor, [&session]);
        Ok((session, entries))
    })
    .await
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

/// Changes a session with a JSON merge patch (RFC 7386): its person may be
/// set (a session found to be someone's) or removed (`null`).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<CounsellingSession>, Error> {
    let reach = call.reach(RecordKind::CounsellingSession, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry(
        "counselling_session.updated",
        RecordKind::CounsellingSession,
        id,
    )];
    services::write_answer(call, entries, move |c, now| {
        let current = load(c, id, reach)?;
        if let Some(person) = current.person_id {
            rights::not_erased(c, person)?;
        }
        // The body is judged first: a stale If-Match on an invalid patch is a 422.
        let input = merge_patch(
            &current,
            &CounsellingSessionInput::from(&current),
            patch,
            &READ_ONLY,
        )?;
        let fields = input.validate(today)?;
        let mut errors = ValidationErrors::new();
        check_person(c, &mut errors, &fields)?;
        check_programme(c, &mut errors, fields.programme_id)?;
        errors.finish(|| ())?;
        let expected = precondition.expected(current.version)?;
        Ok(counselling_sessions::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
