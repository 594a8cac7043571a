//! Applications of jobseekers to labour migration schemes: apply, move through
//! the workflow (`integra_domain::labour::application`), list, read, and the
//! overstays.
//!
//! Case workers and employment counsellors reach every application
//! ([`RecordKind::Application`]: all); every read is recorded. Shortlisting
//! checks the scheme's conditions on the jobseeker's facts of the day (the
//! matching's own explanation: a hard requirement not met is a 409
//! `conditions_not_met` naming it) and takes a place of the scheme's quota of
//! the year, held by the database (409 `quota_full`). Departing records a job
//! placement abroad; returning ends it.

use chrono::{Datelike, NaiveDate};
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::labour::application::{
    self, Application, ApplicationAction, ApplicationFields, ApplicationInput, ApplicationStatus,
    MoveFields, MoveInput, Overstay,
};
use integra_domain::labour::matching;
use integra_domain::labour::scheme::Scheme;
use integra_domain::placement::{EmploymentTerm, PlacementFields, PlacementLocation};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::applications::{self as stored, ApplicationFilter, Move};
use integra_persistence::audit::AuditEntry;
use integra_persistence::placements::{self, Recorder};
use integra_persistence::{jobseekers, schemes, vacancies, DbConnection};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{Answer, Shown, Written};
use crate::services::eligibility::load_rules;
use crate::services::json::Body;
use crate::services::matching::jobseeker_facts;
use crate::services::placements::{id, recorder};
use crate::services::{self, paging, rights, Actor, Call, ReadSize};

/// One page of applications.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0",
    "jobseeker_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "scheme_id": "00000000-0000-7000-8000-000000000402", "vacancy_id": null,
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "status": "departed", "allowed_actions": ["return"], "applied_on": "2025-12-01",
    "quota_year": 2025, "departed_on": "2025-12-10", "due_back_on": "2026-12-10",
    "returned_on": null, "placement_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40",
    "note": null, "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "moves": [], "version": 4,
    "created_at": "2025-12-01T09:00:00Z", "updated_at": "2025-12-10T09:00:00Z"}], "next_cursor": null}))]
pub struct ApplicationPage {
    pub items: Vec<Application>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /applications`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ApplicationQuery {
    #[param(value_type = Option<String>, format = Uuid)]
    jobseeker_id: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    scheme_id: Option<String>,
    #[param(value_type = Option<ApplicationStatus>)]
    status: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl ApplicationQuery {
    fn validate(&self) -> Result<(ApplicationFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let jobseeker_id = id(&mut errors, "jobseeker_id", self.jobseeker_id.as_deref());
        let person_id = id(&mut errors, "person_id", self.person_id.as_deref());
        let scheme_id = id(&mut errors, "scheme_id", self.scheme_id.as_deref());
        let status = self
            .status
            .as_deref()
            .and_then(|v| errors.check(ApplicationStatus::parse("status", v)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = ApplicationFilter {
            jobseeker_id,
            person_id,
            scheme_id,
            status,
        };
        Ok((filter, limit, after))
    }
}

/// One page of overstays, by the last day of the term.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"application": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0",
    "jobseeker_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "scheme_id": "00000000-0000-7000-8000-000000000402", "vacancy_id": null,
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "status": "departed", "allowed_actions": ["return"], "applied_on": "2025-12-01",
    "quota_year": 2025, "departed_on": "2025-12-10", "due_back_on": "2026-12-10",
    "returned_on": null, "placement_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40",
    "note": null, "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "moves": [], "version": 4,
    "created_at": "2025-12-01T09:00:00Z", "updated_at": "2025-12-10T09:00:00Z"}, "days_over": 3, "still_abroad": true}],
    "next_cursor": null}))]
pub struct OverstayPage {
    pub items: Vec<Overstay>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// `GET /applications/overstays`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OverstayQuery {
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

impl Shown for Application {
    const KIND: RecordKind = RecordKind::Application;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: Some(self.version),
        }
    }

    fn codes(&self) -> integra_domain::events::Codes {
        integra_domain::events::Codes::status(self.status.as_str())
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry(
            RecordKind::Application.read_action(),
            RecordKind::Application,
            self.id,
        )]
    }
}

/// Before an application is stored: the jobseeker exists (its person not
/// erased), the scheme takes applications on the day, the vacancy (if any) is
/// an open one under the scheme, and the jobseeker has no open application to
/// the scheme (409 `already_applied` naming it). Returns the person.
fn check_new(c: &mut DbConnection, fields: &ApplicationFields) -> Result<Uuid, Error> {
    let jobseeker = services::named(
        jobseekers::get(c, fields.jobseeker_id),
        "jobseeker_id",
        "no jobseeker profile has this id",
    )?;
    rights::not_erased(c, jobseeker.person_id)?;
    let scheme = services::named(
        schemes::get(c, fields.scheme_id),
        "scheme_id",
        "no scheme has this id",
    )?;
    if !scheme.takes_applications(fields.applied_on) {
        return Err(Error::conflict(
            "not_open",
            format!(
                "the scheme does not take applications on {} (it is {}, window {} to {})",
                fields.applied_on,
                scheme.status,
                scheme
                    .applications_open_from
                    .map_or("any time".to_owned(), |d| d.to_string()),
                scheme
                    .applications_open_until
                    .map_or("open-ended".to_owned(), |d| d.to_string()),
            ),
        ));
    }
    if let Some(vacancy) = fields.vacancy_id {
        let vacancy = services::named(
            vacancies::get(c, vacancy),
            "vacancy_id",
            "no vacancy has this id",
        )?;
        if vacancy.scheme_id != Some(fields.scheme_id) {
            return Err(Error::field(
                "vacancy_id",
                "other_scheme",
                "the vacancy is not under the scheme applied to",
            ));
        }
        if !vacancy.takes_applications(fields.applied_on) {
            return Err(Error::conflict(
                "vacancy_closed",
                format!(
                    "the vacancy is {} with the deadline {}: it takes no applications on {}",
                    vacancy.status, vacancy.deadline, fields.applied_on
                ),
            ));
        }
    }
    if let Some(existing) = stored::open_of(c, fields.jobseeker_id, fields.scheme_id)? {
        return Err(Error::conflict_with(
            "already_applied",
            "the jobseeker has an open application to this scheme",
            RecordKind::Application,
            existing,
        ));
    }
    Ok(jobseeker.person_id)
}

/// Applies a jobseeker to a scheme (`applied`), recorded by the caller's
/// organisation.
pub async fn create(
    call: &Call,
    input: Body<ApplicationInput>,
) -> Result<Answer<Application>, Error> {
    call.reach(RecordKind::Application, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let by = recorder(call);
    let entries = vec![call.entry("application.created", RecordKind::Application, id)];
    services::write_answer(call, entries, move |c, now| {
        let person = check_new(c, &fields)?;
        let new = stored::NewApplication {
            person,
            organisation: by.organisation,
            user: by.user,
        };
        Ok(stored::insert(c, id, &fields, new, now)?)
    })
    .await
}

/// Lists applications in the order recorded; every one listed is a read.
pub async fn list(call: &Call, query: ApplicationQuery) -> Result<ApplicationPage, Error> {
    call.reach(RecordKind::Application, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let items = stored::list(c, &filter, after, limit)?;
        let entries = actor.reads(
            RecordKind::Application.read_action(),
            RecordKind::Application,
            items.iter().map(|a| a.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|a| a.id), limit);
    Ok(ApplicationPage { items, next_cursor })
}

/// Reads an application with its moves (the read is recorded).
pub async fn get(call: &Call, id: Uuid) -> Result<Application, Error> {
    call.reach(RecordKind::Application, Access::Read)?;
    let entries = vec![call.entry(
        RecordKind::Application.read_action(),
        RecordKind::Application,
        id,
    )];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((stored::get(c, id)?, entries))
    })
    .await
}

/// The applications past their term abroad today, by the last day of the
/// term; every one listed is a read.
pub async fn overstays(call: &Call, query: OverstayQuery) -> Result<OverstayPage, Error> {
    call.reach(RecordKind::Application, Access::Read)?;
    let mut errors = ValidationErrors::new();
    let scheme = id(&mut errors, "scheme_id", query.scheme_id.as_deref());
    let (limit, after) = paging::finish(errors, query.limit, query.cursor.as_deref())?;
    let today = services::today();
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let found = stored::overstays(c, today, scheme, after, limit)?;
        let entries = actor.reads(
            RecordKind::Application.read_action(),
            RecordKind::Application,
            found.iter().map(|a| a.id),
        );
        let items: Vec<Overstay> = found
            .into_iter()
            .filter_map(|application| {
                let due = application.due_back_on?;
                let days_over = application::days_over(due, application.returned_on, today)?;
                Some(Overstay {
                    still_abroad: application.returned_on.is_none(),
                    days_over,
                    application,
                })
            })
            .collect();
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|o: &Overstay| o.application.id), limit);
    Ok(OverstayPage { items, next_cursor })
}

/// Shortlisting: the scheme's conditions met on `today` (409
/// `conditions_not_met` naming the hard requirements missed), then a place of
/// the year's quota (409 `quota_full`).
fn shortlist(
    c: &mut DbConnection,
    current: &Application,
    scheme: &Scheme,
    today: NaiveDate,
) -> Result<i32, Error> {
    let (jobseeker, facts) = jobseeker_facts(c, current.jobseeker_id, today)?;
    let conditions = load_rules(c, scheme.rule_set_id, scheme.rule_set_version)?;
    let matched = matching::match_scheme(scheme, &conditions, &jobseeker, &facts);
    if matched.excluded {
        let missed: Vec<String> = matched
            .missed()
            .map(|r| format!("{} ({}: {})", r.id, r.outcome, r.reason.en))
            .collect();
        return Err(Error::conflict(
            "conditions_not_met",
            format!(
                "the jobseeker does not meet the scheme's conditions: {}",
                missed.join("; ")
            ),
        ));
    }
    let year = today.year();
    if !stored::take_place(c, scheme.id, year)? {
        return Err(Error::conflict(
            "quota_full",
            format!(
                "the scheme's quota of {} places for {year} is taken",
                scheme.quota_per_year
            ),
        ));
    }
    Ok(year)
}

/// The job placement a departure records: abroad in the scheme's country, with
/// the vacancy's employer or else the scheme's partner, for the term.
fn placement_on_departure(
    c: &mut DbConnection,
    current: &Application,
    scheme: &Scheme,
    (departed_on, due_back_on): (NaiveDate, NaiveDate),
) -> Result<PlacementFields, Error> {
    let employer = match current.vacancy_id {
        Some(vacancy) => Some(vacancies::get(c, vacancy)?.employer_organisation_id),
        None => scheme.partner_organisation_id,
    };
    let employer = employer.ok_or_else(|| {
        Error::conflict(
            "no_employer",
            "the application names no vacancy and its scheme no partner employer: \
             the job placement of the departure needs an employer",
        )
    })?;
    Ok(PlacementFields {
        person_id: current.person_id,
        location: PlacementLocation::Abroad,
        country: Some(scheme.destination_country.clone()),
        employer_organisation_id: employer,
        term: EmploymentTerm::Temporary,
        starts_on: departed_on,
        ends_on: Some(due_back_on),
        programme_id: None,
        note: None,
    })
}

/// What happens on a move besides the status: the quota, the dates, the
/// placement. Returns the move as stored.
fn plan_move<'a>(
    c: &mut DbConnection,
    current: &Application,
    fields: &'a MoveFields,
    (to, today): (ApplicationStatus, NaiveDate),
    (placement, by): (Uuid, Recorder),
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Move<'a>, Error> {
    let mut step = Move {
        reason: fields.reason.as_deref(),
        date: fields.date,
        ..Move::of(current, fields.action, to)
    };
    match application::quota_change(current.status, to) {
        1 => {
            let scheme = schemes::get(c, current.scheme_id)?;
            step.quota_year = Some(shortlist(c, current, &scheme, today)?);
        }
        -1 => {
            if let Some(year) = current.quota_year {
                stored::give_back_place(c, current.scheme_id, year)?;
            }
            step.quota_year = None;
        }
        _ => {}
    }
    match (fields.action, fields.date) {
        (ApplicationAction::Depart, Some(departed_on)) => {
            let scheme = schemes::get(c, current.scheme_id)?;
            let due = application::due_back_on(departed_on, scheme.max_stay_days);
            let job = placement_on_departure(c, current, &scheme, (departed_on, due))?;
            placements::insert(c, placement, &job, by, now)?;
            step.departed_on = Some(departed_on);
            step.due_back_on = Some(due);
            step.placement_id = Some(placement);
        }
        (ApplicationAction::Return, Some(returned_on)) => {
            if let Some(job) = current.placement_id {
                placements::end(c, job, returned_on, now)?;
            }
            step.returned_on = Some(returned_on);
        }
        _ => {}
    }
    Ok(step)
}

/// Moves an application by `action` (`shortlist`, `depart`, `return`,
/// `reject`, `withdraw`); a move the workflow does not allow is a 409 with the
/// moves it does allow.
pub async fn act(
    call: &Call,
    id: Uuid,
    action: ApplicationAction,
    input: Body<MoveInput>,
    precondition: Precondition,
) -> Result<Answer<Application>, Error> {
    call.reach(RecordKind::Application, Access::Write)?;
    let input = input.parse()?;
    let today = services::today();
    let fields = input.validate(action, today)?;
    let placement = Uuid::now_v7();
    let by = recorder(call);
    // The placement a departure records, or a return ends, is part of the
    // move: whoever may move applications records it.
    let mut entries = vec![call.entry("application.status_changed", RecordKind::Application, id)];
    if action == ApplicationAction::Depart {
        entries.push(call.entry("job_placement.created", RecordKind::Placement, placement));
    }
    let user = call.id;
    services::write_answer(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        let to = application::check_action(current.status, action)?;
        application::check_dates(&fields, current.applied_on, current.departed_on)?;
        let expected = precondition.expected(current.version)?;
        rights::not_erased(c, current.person_id)?;
        let step = plan_move(c, &current, &fields, (to, today), (placement, by), now)?;
        Ok(stored::apply_move(c, id, expected, &step, user, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// Records that an application attended an orientation session, moving it to
/// `oriented` when it was shortlisted. `current` is the application as read in
/// the transaction.
pub(crate) fn attend(
    c: &mut DbConnection,
    current: &Application,
    user: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Application, Error> {
    if current.status == ApplicationStatus::Oriented {
        return Ok(current.clone());
    }
    let to = application::check_action(current.status, ApplicationAction::Orient)?;
    let step = Move::of(current, ApplicationAction::Orient, to);
    Ok(stored::apply_move(
        c,
        current.id,
        current.version,
        &step,
        user,
        now,
    )?)
}
