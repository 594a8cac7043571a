//! Pre-departure orientation sessions of a scheme and their attendance.
//!
//! Case workers and employment counsellors plan sessions and record who
//! attended ([`RecordKind::OrientationSession`]: all). A session names no
//! person; its attendance names applications, whose reads are recorded where
//! they are read. Attendance is recorded once a session has been held (409
//! `not_held_yet` before), for an application to the session's scheme (422
//! `other_scheme`) that is shortlisted, which moves it to `oriented`, or
//! oriented already (a second session); anything else is a 409 with the moves
//! the application allows.

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::labour::application::Application;
use integra_domain::labour::orientation::{
    AttendanceInput, OrientationSession, OrientationSessionInput,
};
use integra_domain::{Error, ValidationErrors};
use integra_persistence::{applications, orientation};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::Body;
use crate::services::placements::{id, recorder};
use crate::services::{self, paging, rights, Call};

/// One page of orientation sessions.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff0",
    "scheme_id": "00000000-0000-7000-8000-000000000402", "held_on": "2027-02-15",
    "venue": "Tbilisi, Ministry building, room 12",
    "topics": "Contract, rights of workers in Israel, health insurance, return",
    "organisation_id": "01900000-0000-7000-8000-000000000001", "attendees": [],
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2027-02-01T09:00:00Z", "updated_at": "2027-02-01T09:00:00Z"}],
    "next_cursor": null}))]
pub struct OrientationSessionPage {
    pub items: Vec<OrientationSession>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /orientation-sessions`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OrientationSessionQuery {
    /// Only this scheme's.
    #[param(value_type = Option<String>, format = Uuid)]
    scheme_id: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Plans (or records) an orientation session of a scheme, organised by the
/// caller's organisation.
pub async fn create(
    call: &Call,
    input: Body<OrientationSessionInput>,
) -> Result<OrientationSession, Error> {
    call.reach(RecordKind::OrientationSession, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let by = recorder(call);
    let entries = vec![call.entry(
        "orientation_session.created",
        RecordKind::OrientationSession,
        id,
    )];
    services::write(call, entries, move |c, now| {
        if !integra_persistence::schemes::exists(c, fields.scheme_id)? {
            return Err(Error::field(
                "scheme_id",
                "not_found",
                "no scheme has this id",
            ));
        }
        Ok(orientation::insert(
            c,
            id,
            &fields,
            (by.organisation, by.user),
            now,
        )?)
    })
    .await
}

/// Lists sessions in the order recorded.
pub async fn list(
    call: &Call,
    query: OrientationSessionQuery,
) -> Result<OrientationSessionPage, Error> {
    call.reach(RecordKind::OrientationSession, Access::Read)?;
    let mut errors = ValidationErrors::new();
    let scheme = id(&mut errors, "scheme_id", query.scheme_id.as_deref());
    let (limit, after) = paging::finish(errors, query.limit, query.cursor.as_deref())?;
    let items = services::read(&call.app, move |c| {
        Ok(orientation::list(c, scheme, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|s| s.id), limit);
    Ok(OrientationSessionPage { items, next_cursor })
}

/// Reads a session with its attendance.
pub async fn get(call: &Call, id: Uuid) -> Result<OrientationSession, Error> {
    call.reach(RecordKind::OrientationSession, Access::Read)?;
    services::read(&call.app, move |c| Ok(orientation::get(c, id)?)).await
}

/// Records that an application attended the session `id`; answers with the
/// application (moved to `oriented` when it was shortlisted).
pub async fn attend(
    call: &Call,
    id: Uuid,
    input: Body<AttendanceInput>,
) -> Result<Answer<Application>, Error> {
    call.reach(RecordKind::OrientationSession, Access::Write)?;
    call.reach(RecordKind::Application, Access::Write)?;
    let input = input.parse()?;
    let application = input.application_id;
    let today = services::today();
    let entries = vec![
        call.entry(
            "orientation_session.attendance_recorded",
            RecordKind::OrientationSession,
            id,
        ),
        call.entry(
            "application.attended_orientation",
            RecordKind::Application,
            application,
        ),
    ];
    let user = call.id;
    services::write_answer(call, entries, move |c, now| {
        let session = orientation::get(c, id)?;
        if session.held_on > today {
            return Err(Error::conflict(
                "not_held_yet",
                format!(
                    "the session is held on {}: attendance is recorded once it has been",
                    session.held_on
                ),
            ));
        }
        let current = services::named(
            applications::get(c, application),
            "application_id",
            "no application has this id",
        )?;
        if current.scheme_id != session.scheme_id {
            return Err(Error::field(
                "application_id",
                "other_scheme",
                "the application is to another scheme than the session's",
            ));
        }
        rights::not_erased(c, current.person_id)?;
        let moved = services::applications::attend(c, &current, user, now)?;
        if !orientation::attend(c, id, application, user, now)? {
            return Err(Error::conflict(
                "already_attended",
                "the application's attendance at this session is recorded already",
            ));
        }
        Ok(moved)
    })
    .await
}
