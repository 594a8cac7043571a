//! Writing a generated population (`integra demo-data --persons N`): the rows
//! of every kind of record, in the caller's transaction.
//!
//! A load ([`load`]) runs in one transaction on a connection of its own: all
//! of it, or (on any error, or a crash) none of it. On SQLite the secondary
//! indexes and the name search's triggers of the tables it fills are set aside
//! first and built again from the loaded rows at its end (a sort each, instead
//! of a random insert into every index for every row); and when no other
//! connection has the file open, the load writes through a rollback journal
//! rather than the write-ahead log: the pages it adds to the file are written
//! once, to the file, and not first to the log. SQLite takes a row a
//! statement (a prepared statement, run again, and no statement journal:
//! SQLite keeps one for a statement that writes many rows, a copy of every page
//! it touches); PostgreSQL many rows a statement.
//!
//! The generator has validated every record with the domain's own rules and
//! walked every case and item through its state machine; this module only
//! stores the outcome, with the time stamps of when each step happened (not of
//! when the population was loaded), so that reports over a period see a history.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use integra_domain::household::HouseholdFields;
use integra_domain::person::PersonFields;
use integra_domain::reintegration::assistance::AssistanceStatus;
use integra_domain::reintegration::case::{CaseOutcome, CaseStatus};
use integra_domain::reintegration::programme::AssistanceType;
use integra_domain::stay::{ReturnType, StayFields};
use uuid::Uuid;

use crate::assessments::AssessmentRecord;
use crate::connection::{transaction, DatabaseUrl, DbConnection};
use crate::error::StoreError;
use crate::schema::{
    assessments, assistance_actions, assistance_co_beneficiaries, assistance_items,
    case_transitions, cases, contacts, counselling_sessions, households, job_placements,
    job_places, jobseekers, matching_changes, movements, outreach_events, persons as persons_table,
    programmes, social_enterprise_beneficiaries, stays_abroad,
};
use crate::{persons, stays};

/// Rows a statement carries at most on PostgreSQL.
const ROWS_PER_STATEMENT: usize = 500;

/// Inserts `$rows` into `$table`, each row made by `$row` (a tuple of
/// `column.eq(value)`): on PostgreSQL [`ROWS_PER_STATEMENT`] a statement, on
/// SQLite one (see the module's notes).
macro_rules! insert_all {
    ($conn:expr, $table:expr, $rows:expr, $row:expr) => {{
        match &mut *$conn {
            DbConnection::Postgres(c) => {
                for chunk in $rows.chunks(ROWS_PER_STATEMENT) {
                    let values: Vec<_> = chunk.iter().map($row).collect();
                    diesel::insert_into($table).values(values).execute(c)?;
                }
            }
            DbConnection::Sqlite(c) => {
                for values in $rows.iter().map($row) {
                    diesel::insert_into($table).values(values).execute(c)?;
                }
            }
        }
    }};
}

/// A generated household and when it was recorded.
#[derive(Debug, Clone)]
pub struct NewHousehold {
    pub id: Uuid,
    pub fields: HouseholdFields,
    pub at: NaiveDateTime,
}

/// A generated person, the household they belong to (with their position in
/// it) and when they were registered.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub id: Uuid,
    pub fields: PersonFields,
    pub household: Option<(Uuid, i64)>,
    pub at: NaiveDateTime,
}

/// A generated stay abroad.
#[derive(Debug, Clone)]
pub struct NewStay {
    pub id: Uuid,
    pub person_id: Uuid,
    pub fields: StayFields,
    pub at: NaiveDateTime,
}

/// A generated case in the status its moves led to.
#[derive(Debug, Clone)]
pub struct NewCase {
    pub id: Uuid,
    pub person_id: Uuid,
    pub programme_id: Uuid,
    pub organisation_id: Uuid,
    pub status: CaseStatus,
    pub outcome: Option<CaseOutcome>,
    pub registered_on: NaiveDate,
    pub plan_due_on: NaiveDate,
    pub created_by: Uuid,
    /// How many moves led there (the version is one more).
    pub moves: i64,
    /// Whether it was assessed.
    pub assessed: bool,
    /// Its latest decision (`eligible` or `not_eligible`) and when it was taken.
    pub decision: Option<(CaseStatus, NaiveDateTime)>,
    pub at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A move of a generated case.
#[derive(Debug, Clone)]
pub struct NewTransition {
    pub id: Uuid,
    pub case_id: Uuid,
    pub from: CaseStatus,
    pub to: CaseStatus,
    pub outcome: Option<CaseOutcome>,
    pub reason: &'static str,
    pub is_override: bool,
    pub actor_id: Uuid,
    pub at: NaiveDateTime,
}

/// A generated assistance item in the status its actions led to.
#[derive(Debug, Clone)]
pub struct NewItem {
    pub id: Uuid,
    pub case_id: Uuid,
    pub person_id: Uuid,
    pub programme_id: Uuid,
    pub household_id: Option<Uuid>,
    pub assistance_type: AssistanceType,
    pub amount_tetri: Option<i64>,
    pub in_kind: bool,
    pub status: AssistanceStatus,
    pub proposed_by: Uuid,
    pub decided_by: Option<Uuid>,
    pub delivered_on: Option<NaiveDate>,
    /// The day it was approved (kept when it is delivered or cancelled).
    pub approved_on: Option<NaiveDate>,
    /// How many actions followed the proposal (the version is one more).
    pub actions: i64,
    pub at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A step of a generated item's history (`propose`, `approve`, ...).
#[derive(Debug, Clone)]
pub struct NewAction {
    pub id: Uuid,
    pub item_id: Uuid,
    pub action: &'static str,
    pub reason: Option<&'static str>,
    pub actor_id: Uuid,
    pub at: NaiveDateTime,
}

/// Who recorded a service record, for which organisation, and when.
#[derive(Debug, Clone, Copy)]
pub struct Recorded {
    pub organisation_id: Uuid,
    pub recorded_by: Uuid,
    pub at: NaiveDateTime,
}

/// A generated contact with a person about a programme.
#[derive(Debug, Clone)]
pub struct NewContact {
    pub id: Uuid,
    pub person_id: Uuid,
    pub programme_id: Uuid,
    pub contacted_on: NaiveDate,
    pub channel: &'static str,
    pub outcome: &'static str,
    pub recorded: Recorded,
}

/// A generated counselling session (`person_id` `None`: anonymous).
#[derive(Debug, Clone)]
pub struct NewSession {
    pub id: Uuid,
    pub held_on: NaiveDate,
    pub stream: &'static str,
    pub topic: &'static str,
    pub person_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    pub recorded: Recorded,
}

/// A generated outreach event.
#[derive(Debug, Clone)]
pub struct NewOutreach {
    pub id: Uuid,
    pub held_on: NaiveDate,
    pub region: &'static str,
    pub kind: &'static str,
    pub people_reached: i64,
    pub programme_id: Option<Uuid>,
    pub recorded: Recorded,
}

/// A generated job placement.
#[derive(Debug, Clone)]
pub struct NewPlacement {
    pub id: Uuid,
    pub person_id: Uuid,
    /// `None`: at home; otherwise the country abroad.
    pub abroad_in: Option<&'static str>,
    pub employer_organisation_id: Uuid,
    pub term: &'static str,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub programme_id: Option<Uuid>,
    pub recorded: Recorded,
}

/// A generated enrolment of a person as a social enterprise's beneficiary.
#[derive(Debug, Clone)]
pub struct NewEnrolment {
    pub id: Uuid,
    pub social_enterprise_id: Uuid,
    pub person_id: Uuid,
    pub programme: &'static str,
    pub started_on: NaiveDate,
    pub completed_on: Option<NaiveDate>,
    pub recorded: Recorded,
}

/// Generated job places of a social enterprise.
#[derive(Debug, Clone)]
pub struct NewJobPlaces {
    pub id: Uuid,
    pub social_enterprise_id: Uuid,
    pub term: &'static str,
    pub created_on: NaiveDate,
    pub places: i64,
    pub recorded: Recorded,
}

/// Generated movement assistance of a foreigner.
#[derive(Debug, Clone)]
pub struct NewMovement {
    pub id: Uuid,
    pub person_id: Uuid,
    pub departed_on: NaiveDate,
    pub destination_country: &'static str,
    pub kind: &'static str,
    /// Ticket, escort, travel documents, reception arranged.
    pub help: [bool; 4],
    pub organisation_id: Uuid,
    pub recorded: Recorded,
}

/// A generated jobseeker profile.
#[derive(Debug, Clone)]
pub struct NewJobseeker {
    pub id: Uuid,
    pub fields: integra_domain::labour::jobseeker::JobseekerFields,
    pub recorded: Recorded,
}

/// One batch of a generated population.
#[derive(Debug, Clone, Default)]
pub struct Population {
    pub households: Vec<NewHousehold>,
    pub persons: Vec<NewPerson>,
    pub stays: Vec<NewStay>,
    pub cases: Vec<NewCase>,
    pub transitions: Vec<NewTransition>,
    pub assessments: Vec<AssessmentRecord>,
    pub items: Vec<NewItem>,
    /// (item, person) pairs.
    pub co_beneficiaries: Vec<(Uuid, Uuid)>,
    pub actions: Vec<NewAction>,
    pub contacts: Vec<NewContact>,
    pub sessions: Vec<NewSession>,
    pub outreach: Vec<NewOutreach>,
    pub placements: Vec<NewPlacement>,
    pub enrolments: Vec<NewEnrolment>,
    pub job_places: Vec<NewJobPlaces>,
    pub movements: Vec<NewMovement>,
    pub jobseekers: Vec<NewJobseeker>,
}

impl Population {
    /// Puts the records of each kind in the order of their ids (the order of
    /// their primary keys), so that a batch fills each key's index from left
    /// to right. Items stay in the order they were made: a correction names
    /// the item it corrects, which must be stored before it.
    pub fn sort_by_id(&mut self) {
        self.households.sort_unstable_by_key(|r| r.id);
        self.persons.sort_unstable_by_key(|r| r.id);
        self.stays.sort_unstable_by_key(|r| r.id);
        self.cases.sort_unstable_by_key(|r| r.id);
        self.transitions.sort_unstable_by_key(|r| r.id);
        self.assessments.sort_unstable_by_key(|r| r.id);
        self.actions.sort_unstable_by_key(|r| r.id);
        self.contacts.sort_unstable_by_key(|r| r.id);
        self.sessions.sort_unstable_by_key(|r| r.id);
        self.outreach.sort_unstable_by_key(|r| r.id);
        self.placements.sort_unstable_by_key(|r| r.id);
        self.enrolments.sort_unstable_by_key(|r| r.id);
        self.job_places.sort_unstable_by_key(|r| r.id);
        self.movements.sort_unstable_by_key(|r| r.id);
        self.jobseekers.sort_unstable_by_key(|r| r.id);
    }
}

/// Pages of cache (in KiB, as SQLite's negative `cache_size` counts them) a
/// load may fill before SQLite spills them to the log mid-transaction, and
/// that building an index sorts in.
const LOAD_CACHE_KIB: i64 = 256 * 1024;

/// The tables a load fills (on SQLite also `person_name_keys`, see [`finish_load`]).
const LOADED: [&str; 17] = [
    "households",
    "persons",
    "stays_abroad",
    "cases",
    "case_transitions",
    "assessments",
    "assistance_items",
    "assistance_co_beneficiaries",
    "assistance_actions",
    "contacts",
    "counselling_sessions",
    "outreach_events",
    "job_placements",
    "social_enterprise_beneficiaries",
    "job_places",
    "movements",
    "jobseekers",
];

/// What a load set aside, to be built again at its end: the `CREATE`
/// statements of indexes and triggers, as the schema holds them.
#[derive(Debug, Clone, Default)]
pub struct SetAside {
    indexes: Vec<String>,
    triggers: Vec<String>,
}

/// One `CREATE` statement of the schema.
#[derive(QueryableByName)]
struct SchemaEntry {
    #[diesel(sql_type = diesel::sql_types::Text)]
    kind: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    sql: String,
}

/// The journal mode a SQLite connection is in after asking for `mode`.
#[derive(QueryableByName)]
struct JournalMode {
    #[diesel(sql_type = diesel::sql_types::Text)]
    journal_mode: String,
}

/// Asks SQLite for the journal `mode`, without waiting for other connections
/// to let go of the file; says whether it is in that mode now.
fn journal_mode(conn: &mut diesel::SqliteConnection, mode: &str) -> bool {
    use diesel::connection::SimpleConnection;
    let asked = conn
        .batch_execute("PRAGMA busy_timeout = 0")
        .map_err(StoreError::from)
        .and_then(|()| {
            Ok(diesel::sql_query(format!("PRAGMA journal_mode = {mode}"))
                .load::<JournalMode>(conn)?)
        });
    let now = asked
        .ok()
        .and_then(|modes| modes.into_iter().next())
        .is_some_and(|m| m.journal_mode.eq_ignore_ascii_case(mode));
    let _ = conn.batch_execute("PRAGMA busy_timeout = 10000");
    now
}

/// Loads a population into an empty registry: `work` writes its batches
/// ([`write`]) on a connection of its own, in one transaction, between the
/// setting aside and the building again of the indexes (see the module's
/// notes). On SQLite, a rollback journal while the load runs when no other
/// connection has the file open (the write-ahead log is taken up again after
/// it; a crash leaves a journal that the next opening rolls back), else the
/// write-ahead log. On PostgreSQL the loaded tables are vacuumed and analysed
/// once the load is committed.
pub fn load<T>(
    url: &DatabaseUrl,
    work: impl FnOnce(&mut DbConnection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    let mut conn = url.establish()?;
    let journalled = match &mut conn {
        DbConnection::Sqlite(c) => journal_mode(c, "DELETE"),
        DbConnection::Postgres(_) => false,
    };
    let loaded = transaction(&mut conn, |c| {
        let set_aside = begin_load(c)?;
        let done = work(c)?;
        finish_load(c, set_aside)?;
        Ok(done)
    });
    if let (DbConnection::Postgres(c), Ok(_)) = (&mut conn, &loaded) {
        // The planner's statistics and the visibility map of the loaded
        // tables, as after any bulk load (autovacuum would come to them
        // later; reports read them now).
        use diesel::connection::SimpleConnection;
        c.batch_execute(&format!("VACUUM (ANALYZE) {}", LOADED.join(", ")))?;
    }
    if let (DbConnection::Sqlite(c), true) = (&mut conn, journalled) {
        if !journal_mode(c, "WAL") && loaded.is_ok() {
            return Err(StoreError::Unavailable(
                "the population is stored, but SQLite did not take up its write-ahead log again"
                    .into(),
            ));
        }
    }
    loaded
}

/// Starts a load into an empty registry, in the caller's transaction. SQLite:
/// drops the secondary indexes (those a `CREATE INDEX` made; primary keys and
/// unique constraints stay) and the triggers of the loaded tables, and gives
/// the connection a large cache. PostgreSQL: nothing to do.
fn begin_load(conn: &mut DbConnection) -> Result<SetAside, StoreError> {
    let DbConnection::Sqlite(c) = &mut *conn else {
        return Ok(SetAside::default());
    };
    diesel::sql_query(format!("PRAGMA cache_size = -{LOAD_CACHE_KIB}")).execute(c)?;
    let tables = LOADED
        .iter()
        .chain(&["person_name_keys"])
        .map(|t| format!("'{t}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let entries: Vec<SchemaEntry> = diesel::sql_query(format!(
        "SELECT type AS kind, name, sql FROM sqlite_master \
         WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ({tables}) \
         ORDER BY type, name"
    ))
    .load(c)?;
    let mut set_aside = SetAside::default();
    for entry in entries {
        let (kind, kept) = if entry.kind == "trigger" {
            ("TRIGGER", &mut set_aside.triggers)
        } else {
            ("INDEX", &mut set_aside.indexes)
        };
        diesel::sql_query(format!("DROP {kind} \"{}\"", entry.name)).execute(c)?;
        kept.push(entry.sql);
    }
    Ok(set_aside)
}

/// Ends a load begun by [`begin_load`], in the same transaction. SQLite:
/// builds the indexes again, fills the name search with what its triggers
/// would have written for each person (as migration
/// `2026-12-06-000007_name_search` does for the persons before it), puts the
/// triggers back and the connection's cache to SQLite's default.
fn finish_load(conn: &mut DbConnection, set_aside: SetAside) -> Result<(), StoreError> {
    let DbConnection::Sqlite(c) = &mut *conn else {
        return Ok(());
    };
    // The generator is done by now: the sorts that build the indexes may take
    // a second thread.
    diesel::sql_query("PRAGMA threads = 2").execute(c)?;
    for index in &set_aside.indexes {
        diesel::sql_query(index.as_str()).execute(c)?;
    }
    diesel::sql_query("PRAGMA threads = 0").execute(c)?;
    if !set_aside.triggers.is_empty() {
        diesel::sql_query(
            "INSERT INTO person_name_keys (person_id) SELECT id FROM persons ORDER BY id",
        )
        .execute(c)?;
        diesel::sql_query(
            "INSERT INTO person_name_fts (rowid, name_search) \
             SELECT k.key, p.name_search FROM person_name_keys k JOIN persons p ON p.id = k.person_id",
        )
        .execute(c)?;
    }
    for trigger in &set_aside.triggers {
        diesel::sql_query(trigger.as_str()).execute(c)?;
    }
    diesel::sql_query("PRAGMA cache_size = -2000").execute(c)?;
    Ok(())
}

/// Stores a batch of a load, households before the persons in them, persons
/// before what is about them.
pub fn write(conn: &mut DbConnection, batch: &Population) -> Result<(), StoreError> {
    insert_all!(
        conn,
        households::table,
        batch.households,
        |h: &NewHousehold| (
            households::id.eq(h.id.to_string()),
            households::name.eq(h.fields.name.clone()),
            households::region.eq(h.fields.region.clone()),
            households::version.eq(1_i64),
            households::created_at.eq(h.at),
            households::updated_at.eq(h.at),
        )
    );
    insert_all!(
        conn,
        persons_table::table,
        batch.persons,
        |p: &NewPerson| (
            persons_table::id.eq(p.id.to_string()),
            persons::PersonChanges::from(&p.fields),
            persons_table::household_id.eq(p.household.map(|(h, _)| h.to_string())),
            persons_table::household_joined_at.eq(p.household.map(|_| p.at)),
            persons_table::household_position.eq(p.household.map(|(_, position)| position)),
            persons_table::version.eq(1_i64),
            persons_table::created_at.eq(p.at),
            persons_table::updated_at.eq(p.at),
        )
    );
    // A batch holds every stay of its persons: their chains of returns too.
    let links: Vec<_> = batch
        .stays
        .iter()
        .map(|s| {
            let kind = s.fields.return_type.map(ReturnType::as_str);
            (s.person_id, s.id, s.fields.end_date, kind)
        })
        .collect();
    let stays: Vec<_> = batch
        .stays
        .iter()
        .zip(stays::previous_returns(&links))
        .collect();
    type Chained<'a> = (&'a NewStay, Option<NaiveDate>);
    insert_all!(
        conn,
        stays_abroad::table,
        stays,
        |(s, previous): &Chained| (
            stays_abroad::id.eq(s.id.to_string()),
            stays_abroad::person_id.eq(s.person_id.to_string()),
            stays::StayChanges::from(&s.fields),
            stays_abroad::previous_return_on.eq(*previous),
            stays_abroad::version.eq(1_i64),
            stays_abroad::created_at.eq(s.at),
            stays_abroad::updated_at.eq(s.at),
        )
    );
    insert_all!(conn, cases::table, batch.cases, |c: &NewCase| (
        cases::id.eq(c.id.to_string()),
        cases::person_id.eq(c.person_id.to_string()),
        cases::programme_id.eq(c.programme_id.to_string()),
        cases::organisation_id.eq(c.organisation_id.to_string()),
        cases::status.eq(c.status.as_str()),
        cases::outcome.eq(c.outcome.map(CaseOutcome::as_str)),
        cases::registered_on.eq(c.registered_on),
        cases::plan_due_on.eq(c.plan_due_on),
        cases::assigned_to.eq(None::<String>),
        cases::created_by.eq(c.created_by.to_string()),
        cases::version.eq(1 + c.moves),
        cases::created_at.eq(c.at),
        cases::updated_at.eq(c.updated_at),
        cases::assessed.eq(c.assessed),
        cases::decision.eq(c.decision.map(|(d, _)| d.as_str())),
        cases::decided_at.eq(c.decision.map(|(_, at)| at)),
        cases::decision_key.eq(c
            .decision
            .map(|(d, at)| crate::cases::decision_key(c.id, d, at))),
    ));
    insert_all!(
        conn,
        case_transitions::table,
        batch.transitions,
        |t: &NewTransition| (
            case_transitions::id.eq(t.id.to_string()),
            case_transitions::case_id.eq(t.case_id.to_string()),
            case_transitions::from_status.eq(t.from.as_str()),
            case_transitions::to_status.eq(t.to.as_str()),
            case_transitions::outcome.eq(t.outcome.map(CaseOutcome::as_str)),
            case_transitions::reason.eq(t.reason),
            case_transitions::is_override.eq(t.is_override),
            case_transitions::actor_id.eq(t.actor_id.to_string()),
            case_transitions::occurred_at.eq(t.at),
        )
    );
    insert_all!(
        conn,
        assessments::table,
        batch.assessments,
        |a: &AssessmentRecord| (
            assessments::id.eq(a.id.to_string()),
            assessments::case_id.eq(a.case_id.to_string()),
            assessments::rule_set_id.eq(a.rule_set_id.to_string()),
            assessments::rule_set_version.eq(a.rule_set_version),
            assessments::assessed_on.eq(a.assessed_on),
            assessments::eligible.eq(a.eligible),
            assessments::facts.eq(a.facts.to_string()),
            assessments::results.eq(a.results.to_string()),
            assessments::assessed_by.eq(a.assessed_by.to_string()),
            assessments::created_at.eq(a.created_at.naive_utc()),
        )
    );
    insert_all!(conn, assistance_items::table, batch.items, |i: &NewItem| (
        (
            assistance_items::id.eq(i.id.to_string()),
            assistance_items::case_id.eq(i.case_id.to_string()),
            assistance_items::person_id.eq(i.person_id.to_string()),
            assistance_items::programme_id.eq(i.programme_id.to_string()),
            assistance_items::household_id.eq(i.household_id.map(|h| h.to_string())),
            assistance_items::assistance_type.eq(i.assistance_type.as_str()),
            assistance_items::amount_tetri.eq(i.amount_tetri),
            assistance_items::in_kind.eq(i.in_kind),
            assistance_items::status.eq(i.status.as_str()),
            assistance_items::provider_organisation_id.eq(None::<String>),
        ),
        (
            assistance_items::corrects_id.eq(None::<String>),
            assistance_items::description.eq(None::<String>),
            assistance_items::proposed_by.eq(i.proposed_by.to_string()),
            assistance_items::decided_by.eq(i.decided_by.map(|d| d.to_string())),
            assistance_items::delivered_on.eq(i.delivered_on),
            assistance_items::version.eq(1 + i.actions),
            assistance_items::created_at.eq(i.at),
            assistance_items::updated_at.eq(i.updated_at),
            assistance_items::corrections_tetri.eq(0_i64),
            assistance_items::approved_on.eq(i.approved_on),
        ),
    ));
    insert_all!(
        conn,
        assistance_co_beneficiaries::table,
        batch.co_beneficiaries,
        |(item, person): &(Uuid, Uuid)| (
            assistance_co_beneficiaries::assistance_id.eq(item.to_string()),
            assistance_co_beneficiaries::person_id.eq(person.to_string()),
        )
    );
    insert_all!(
        conn,
        assistance_actions::table,
        batch.actions,
        |a: &NewAction| (
            assistance_actions::id.eq(a.id.to_string()),
            assistance_actions::assistance_id.eq(a.item_id.to_string()),
            assistance_actions::action.eq(a.action),
            assistance_actions::reason.eq(a.reason),
            assistance_actions::actor_id.eq(a.actor_id.to_string()),
            assistance_actions::occurred_at.eq(a.at),
        )
    );
    write_service_records(conn, batch)
}

/// The batch's service records and movement assistance.
fn write_service_records(conn: &mut DbConnection, batch: &Population) -> Result<(), StoreError> {
    insert_all!(conn, contacts::table, batch.contacts, |k: &NewContact| (
        contacts::id.eq(k.id.to_string()),
        contacts::person_id.eq(k.person_id.to_string()),
        contacts::programme_id.eq(k.programme_id.to_string()),
        contacts::organisation_id.eq(k.recorded.organisation_id.to_string()),
        contacts::contacted_on.eq(k.contacted_on),
        contacts::channel.eq(k.channel),
        contacts::outcome.eq(k.outcome),
        contacts::recorded_by.eq(k.recorded.recorded_by.to_string()),
        contacts::version.eq(1_i64),
        contacts::created_at.eq(k.recorded.at),
        contacts::updated_at.eq(k.recorded.at),
    ));
    insert_all!(
        conn,
        counselling_sessions::table,
        batch.sessions,
        |s: &NewSession| (
            counselling_sessions::id.eq(s.id.to_string()),
            counselling_sessions::organisation_id.eq(s.recorded.organisation_id.to_string()),
            counselling_sessions::held_on.eq(s.held_on),
            counselling_sessions::stream.eq(s.stream),
            counselling_sessions::topic.eq(s.topic),
            counselling_sessions::person_id.eq(s.person_id.map(|p| p.to_string())),
            counselling_sessions::programme_id.eq(s.programme_id.map(|p| p.to_string())),
            counselling_sessions::recorded_by.eq(s.recorded.recorded_by.to_string()),
            counselling_sessions::version.eq(1_i64),
            counselling_sessions::created_at.eq(s.recorded.at),
            counselling_sessions::updated_at.eq(s.recorded.at),
        )
    );
    insert_all!(
        conn,
        outreach_events::table,
        batch.outreach,
        |o: &NewOutreach| (
            outreach_events::id.eq(o.id.to_string()),
            outreach_events::organisation_id.eq(o.recorded.organisation_id.to_string()),
            outreach_events::held_on.eq(o.held_on),
            outreach_events::region.eq(o.region),
            outreach_events::kind.eq(o.kind),
            outreach_events::people_reached.eq(o.people_reached),
            outreach_events::programme_id.eq(o.programme_id.map(|p| p.to_string())),
            outreach_events::title.eq(None::<String>),
            outreach_events::recorded_by.eq(o.recorded.recorded_by.to_string()),
            outreach_events::version.eq(1_i64),
            outreach_events::created_at.eq(o.recorded.at),
            outreach_events::updated_at.eq(o.recorded.at),
        )
    );
    insert_all!(
        conn,
        job_placements::table,
        batch.placements,
        |p: &NewPlacement| (
            job_placements::id.eq(p.id.to_string()),
            job_placements::person_id.eq(p.person_id.to_string()),
            job_placements::organisation_id.eq(p.recorded.organisation_id.to_string()),
            job_placements::location.eq(if p.abroad_in.is_some() {
                "abroad"
            } else {
                "domestic"
            }),
            job_placements::country.eq(p.abroad_in),
            job_placements::employer_organisation_id.eq(p.employer_organisation_id.to_string()),
            job_placements::term.eq(p.term),
            job_placements::starts_on.eq(p.starts_on),
            job_placements::ends_on.eq(p.ends_on),
            job_placements::programme_id.eq(p.programme_id.map(|id| id.to_string())),
            job_placements::note.eq(None::<String>),
            job_placements::recorded_by.eq(p.recorded.recorded_by.to_string()),
            (
                job_placements::version.eq(1_i64),
                job_placements::created_at.eq(p.recorded.at),
                job_placements::updated_at.eq(p.recorded.at),
            ),
        )
    );
    insert_all!(
        conn,
        social_enterprise_beneficiaries::table,
        batch.enrolments,
        |e: &NewEnrolment| (
            social_enterprise_beneficiaries::id.eq(e.id.to_string()),
            social_enterprise_beneficiaries::social_enterprise_id
                .eq(e.social_enterprise_id.to_string()),
            social_enterprise_beneficiaries::person_id.eq(e.person_id.to_string()),
            social_enterprise_beneficiaries::organisation_id
                .eq(e.recorded.organisation_id.to_string()),
            social_enterprise_beneficiaries::programme.eq(e.programme),
            social_enterprise_beneficiaries::started_on.eq(e.started_on),
            social_enterprise_beneficiaries::completed_on.eq(e.completed_on),
            social_enterprise_beneficiaries::note.eq(None::<String>),
            social_enterprise_beneficiaries::recorded_by.eq(e.recorded.recorded_by.to_string()),
            social_enterprise_beneficiaries::version.eq(1_i64),
            social_enterprise_beneficiaries::created_at.eq(e.recorded.at),
            social_enterprise_beneficiaries::updated_at.eq(e.recorded.at),
        )
    );
    insert_all!(
        conn,
        job_places::table,
        batch.job_places,
        |j: &NewJobPlaces| (
            job_places::id.eq(j.id.to_string()),
            job_places::social_enterprise_id.eq(j.social_enterprise_id.to_string()),
            job_places::organisation_id.eq(j.recorded.organisation_id.to_string()),
            job_places::term.eq(j.term),
            job_places::created_on.eq(j.created_on),
            job_places::places.eq(j.places),
            job_places::recorded_by.eq(j.recorded.recorded_by.to_string()),
            job_places::version.eq(1_i64),
            job_places::created_at.eq(j.recorded.at),
            job_places::updated_at.eq(j.recorded.at),
        )
    );
    insert_all!(
        conn,
        movements::table,
        batch.movements,
        |m: &NewMovement| (
            movements::id.eq(m.id.to_string()),
            movements::person_id.eq(m.person_id.to_string()),
            movements::departed_on.eq(m.departed_on),
            movements::destination_country.eq(m.destination_country),
            movements::kind.eq(m.kind),
            movements::help_ticket.eq(m.help[0]),
            movements::help_escort.eq(m.help[1]),
            movements::help_travel_documents.eq(m.help[2]),
            movements::help_reception_arranged.eq(m.help[3]),
            movements::organisation_id.eq(m.organisation_id.to_string()),
            movements::note.eq(None::<String>),
            movements::recorded_by.eq(m.recorded.recorded_by.to_string()),
            (
                movements::version.eq(1_i64),
                movements::created_at.eq(m.recorded.at),
                movements::updated_at.eq(m.recorded.at),
            ),
        )
    );
    let profiles = batch
        .jobseekers
        .iter()
        .map(|j| Ok((j, crate::jobseekers::JobseekerChanges::of(&j.fields)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    insert_all!(conn, jobseekers::table, profiles, |(j, changes): &(
        &NewJobseeker,
        crate::jobseekers::JobseekerChanges<'_>
    )| (
        jobseekers::id.eq(j.id.to_string()),
        jobseekers::person_id.eq(j.fields.person_id.to_string()),
        jobseekers::organisation_id.eq(j.recorded.organisation_id.to_string()),
        jobseekers::registered_by.eq(j.recorded.recorded_by.to_string()),
        changes.clone(),
        jobseekers::version.eq(1_i64),
        jobseekers::created_at.eq(j.recorded.at),
        jobseekers::updated_at.eq(j.recorded.at),
    ));
    // The profiles are of the batch's new persons: none has a change yet.
    if !batch.jobseekers.is_empty() {
        let change = crate::matching::next_change(conn)?;
        insert_all!(
            conn,
            matching_changes::table,
            batch.jobseekers,
            |j: &NewJobseeker| (
                matching_changes::person_id.eq(j.fields.person_id.to_string()),
                matching_changes::change.eq(change),
            )
        );
    }
    Ok(())
}

/// Adds `tetri` to what the programme has committed, and raises its budget to
/// cover it if it does not (a generated population is as large as asked, not
/// as large as a year's budget).
pub fn commit_to_programme(
    conn: &mut DbConnection,
    programme: Uuid,
    tetri: i64,
) -> Result<(), StoreError> {
    diesel::update(
        programmes::table
            .find(programme.to_string())
            .filter(programmes::budget_tetri.lt(programmes::committed_tetri + tetri)),
    )
    .set(programmes::budget_tetri.eq(programmes::committed_tetri + tetri))
    .execute(conn)?;
    diesel::update(programmes::table.find(programme.to_string()))
        .set(programmes::committed_tetri.eq(programmes::committed_tetri + tetri))
        .execute(conn)?;
    Ok(())
}

/// Whether the registry holds any person yet.
pub fn registry_is_empty(conn: &mut DbConnection) -> Result<bool, StoreError> {
    let any: Option<String> = persons_table::table
        .select(persons_table::id)
        .limit(1)
        .get_result(conn)
        .optional()?;
    Ok(any.is_none())
}
