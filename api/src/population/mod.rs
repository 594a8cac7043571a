//! A generated population for demonstrations and benchmarks:
//! `integra demo-data --persons N --seed S`.
//!
//! The same seed, size and reference date give the same population, on either
//! backend. Every person, household and stay is validated by the domain's own
//! input validation, every assessment is the rule engine's evaluation of the
//! registry's facts (the programme's published rule set, as `POST
//! /cases/{id}/assessments` runs it), and every case and item moves only along
//! its state machine. One thread generates batches of [`BATCH`] persons while
//! another writes them, all in one transaction ([`population::begin_load`]).
//!
//! Generated records are not audited (nobody read or wrote them through the
//! API); nothing else tells them apart.

mod cases;
mod labour;
mod people;
mod services;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use integra_domain::eligibility::RuleSet;
use integra_domain::localised::Localised;
use integra_domain::organisation::{OrganisationFields, OrganisationKind};
use integra_domain::reintegration::programme::ProgrammeFields;
use integra_persistence::population::{self, Population};
use integra_persistence::users::{self, NewUser};
use integra_persistence::{organisations, programmes, rule_sets, social_enterprises, Db};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use integra_domain::organisation::MINISTRY_ID;

use crate::auth::password;
use crate::bootstrap;
use crate::seed::{self, DEFAULT_RULE_SET_ID};

/// Persons generated and written per transaction.
pub const BATCH: usize = 50_000;

/// Years of history before the reference date: one programme call a year.
const YEARS: i32 = 5;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub persons: usize,
    pub seed: u64,
    /// The day the population is generated as of: nothing happens after it.
    pub as_of: NaiveDate,
}

/// What was generated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub persons: usize,
    pub households: usize,
    pub stays: usize,
    pub cases: usize,
    pub assessments: usize,
    pub items: usize,
    pub service_records: usize,
    pub jobseekers: usize,
}

impl Summary {
    fn add(&mut self, batch: &Population) {
        self.persons += batch.persons.len();
        self.households += batch.households.len();
        self.stays += batch.stays.len();
        self.cases += batch.cases.len();
        self.assessments += batch.assessments.len();
        self.items += batch.items.len();
        self.service_records += batch.sessions.len()
            + batch.outreach.len()
            + batch.placements.len()
            + batch.enrolments.len()
            + batch.job_places.len()
            + batch.movements.len();
        self.jobseekers += batch.jobseekers.len();
    }
}

/// Who and what the generated records refer to.
#[derive(Debug, Clone)]
struct Setting {
    as_of: NaiveDate,
    /// The programme call of each year, earliest first, with its first year.
    programmes: Vec<Uuid>,
    first_year: i32,
    rules: RuleSet,
    rule_set_version: i64,
    /// Registers persons, opens and moves cases, proposes and delivers.
    case_worker: Uuid,
    /// Approves (never the proposer) and overrides.
    admin: Uuid,
    organisation: Uuid,
    /// Employers that placements name.
    employers: Vec<Uuid>,
    /// Social enterprises (each with two implementing partners).
    social_enterprises: Vec<Uuid>,
    /// The international organisation that helps foreigners leave.
    movement_organisation: Uuid,
}

impl Setting {
    /// The programme call of `day`'s year.
    fn programme_of(&self, day: NaiveDate) -> Uuid {
        let index = (day.year() - self.first_year).clamp(0, YEARS - 1);
        self.programmes[usize::try_from(index).unwrap_or(0)]
    }
}

/// Generates the population into an empty registry, calling `progress` with
/// the number of persons written after each batch.
pub fn generate(db: Db, options: &Options, progress: &dyn Fn(usize)) -> Result<Summary, String> {
    seed::ensure_defaults(&db)?;
    let admin_password = std::env::var("INTEGRA_BOOTSTRAP_ADMIN_PASSWORD").ok();
    bootstrap::announce(&bootstrap::ensure_admin(&db, admin_password.as_deref())?);
    if !db
        .read(population::registry_is_empty)
        .map_err(|e| e.to_string())?
    {
        return Err(
            "the registry already holds persons: a population is generated into an empty one"
                .into(),
        );
    }
    let setting = prepare(&db, options)?;
    // The load has a connection of its own; these (the last, where nobody
    // else holds the database) let go of the file (see `population::load`).
    let url = db.url().clone();
    drop(db);
    let mut summary = Summary::default();
    let batches = options.persons.div_ceil(BATCH);
    // One thread generates the batches in order while this one writes them:
    // each batch has its own stream of numbers, so the population is the same.
    // What the approved and delivered items commit adds up across batches.
    // Written batches go back to the generating thread to be freed there,
    // where they were allocated (the writer's time is the load's).
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Result<Population, String>>(1);
    let (written, to_free) = std::sync::mpsc::channel::<Population>();
    std::thread::scope(|scope| {
        let setting = &setting;
        let generator = scope.spawn(move || {
            let mut committed = vec![0_i64; setting.programmes.len()];
            for index in 0..batches {
                to_free.try_iter().for_each(drop);
                let made = batch(setting, options, index, &mut committed);
                let failed = made.is_err();
                if sender.send(made).is_err() || failed {
                    break;
                }
            }
            committed
        });
        // The whole population in one transaction: all of it, or (on any
        // error) none of it.
        let loaded = population::load(&url, |c| {
            for batch in &receiver {
                let batch = batch.map_err(integra_persistence::StoreError::Internal)?;
                population::write(c, &batch)?;
                summary.add(&batch);
                progress(summary.persons);
                // Once the generator is done, this thread frees what is left.
                let _ = written.send(batch);
            }
            let committed = generator.join().map_err(|_| {
                integra_persistence::StoreError::Internal("the generating thread stopped".into())
            })?;
            for (programme, tetri) in setting.programmes.iter().zip(&committed) {
                population::commit_to_programme(c, *programme, *tetri)?;
            }
            Ok(())
        });
        // A failed load stops the generator: its next batch finds nobody to take it.
        drop(receiver);
        loaded.map_err(|e| e.to_string())
    })?;
    Ok(summary)
}

/// The `index`th batch of persons and everything about them; what its
/// approved and delivered items commit is added to `committed`.
fn batch(
    setting: &Setting,
    options: &Options,
    index: usize,
    committed: &mut [i64],
) -> Result<Population, String> {
    let first = index * BATCH;
    let count = BATCH.min(options.persons - first);
    // Each batch has its own stream of numbers: the same whatever came before.
    let mut rng = StdRng::seed_from_u64(
        options
            .seed
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .wrapping_add(index as u64),
    );
    let mut batch = Population::default();
    let persons = people::generate(&mut rng, setting, first, count, &mut batch)?;
    cases::generate(&mut rng, setting, &persons, &mut batch, committed)?;
    services::generate(&mut rng, setting, &persons, &mut batch);
    labour::generate(&mut rng, setting, &persons, &mut batch)?;
    batch.sort_by_id();
    Ok(batch)
}

/// The programme calls, the rule set and the two users generated records name.
fn prepare(db: &Db, options: &Options) -> Result<Setting, String> {
    let now = chrono::Utc::now();
    let first_year = options.as_of.year() - (YEARS - 1);
    let (document, version) = db
        .read(|c| {
            let version = rule_sets::latest_published(c, DEFAULT_RULE_SET_ID)?
                .ok_or(integra_persistence::StoreError::NotFound)?;
            let document = rule_sets::published_document(c, DEFAULT_RULE_SET_ID, version)?;
            Ok((document, version))
        })
        .map_err(|e| e.to_string())?;
    let document: serde_json::Value = document
        .as_deref()
        .and_then(|text| serde_json::from_str(text).ok())
        .ok_or("the default rule set has no published version")?;
    let rules = RuleSet::parse(&document).map_err(|_| "the default rule set does not parse")?;
    // A password nobody knows: the generated case worker never signs in.
    let hash = password::hash(&password::random()).map_err(|e| e.to_string())?;
    // The setting's ids come from the seed too.
    let mut rng = StdRng::seed_from_u64(options.seed ^ 0x5E77_1A65);
    let start = options.as_of.and_time(NaiveTime::MIN);
    let ids = db
        .write(|c| {
            let mut programmes_made = Vec::new();
            for year in first_year..=options.as_of.year() {
                let fields = generated_programme(year).ok_or_else(|| {
                    integra_persistence::StoreError::Internal("no such year".into())
                })?;
                let id = id_at(&mut rng, start);
                programmes::insert(c, id, &fields, version, now)?;
                programmes_made.push(id);
            }
            let case_worker = id_at(&mut rng, start);
            users::insert(
                c,
                case_worker,
                &NewUser {
                    username: "generated.case_worker",
                    password_hash: &hash,
                    role: integra_domain::access::Role::CaseWorker,
                    organisation_id: MINISTRY_ID,
                    display_name: Some("Generated case worker"),
                },
                now,
            )?;
            let admin = users::find_for_sign_in(c, bootstrap::ADMIN_USERNAME)?
                .ok_or(integra_persistence::StoreError::NotFound)?
                .account
                .id;
            let organisations = organisations_made(c, &mut rng, start, now)?;
            Ok((programmes_made, case_worker, admin, organisations))
        })
        .map_err(|e| e.to_string())?;
    let (programmes, case_worker, admin, (employers, social_enterprises, movement_organisation)) =
        ids;
    Ok(Setting {
        as_of: options.as_of,
        programmes,
        first_year,
        rules,
        rule_set_version: version,
        case_worker,
        admin,
        organisation: MINISTRY_ID,
        employers,
        social_enterprises,
        movement_organisation,
    })
}

/// Generated organisations: employers, social enterprises with their
/// implementing partners (NGOs), and the international organisation that
/// helps foreigners leave.
#[allow(clippy::type_complexity)]
fn organisations_made(
    c: &mut integra_persistence::DbConnection,
    rng: &mut StdRng,
    start: NaiveDateTime,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Vec<Uuid>, Vec<Uuid>, Uuid), integra_persistence::StoreError> {
    let mut made = |name: String, kind: OrganisationKind| {
        let id = id_at(rng, start);
        let fields = OrganisationFields {
            name,
            kind,
            country: "GE".to_owned(),
        };
        organisations::insert(c, id, &fields, now).map(|_| id)
    };
    let employers = (1..=40)
        .map(|n| {
            made(
                format!("Generated employer {n}"),
                OrganisationKind::Employer,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let partners = (1..=8)
        .map(|n| made(format!("Generated NGO {n}"), OrganisationKind::Ngo))
        .collect::<Result<Vec<_>, _>>()?;
    let enterprises = (1..=12)
        .map(|n| {
            made(
                format!("Generated social enterprise {n}"),
                OrganisationKind::SocialEnterprise,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let movement = made(
        "Generated international organisation".to_owned(),
        OrganisationKind::InternationalOrg,
    )?;
    for (n, enterprise) in enterprises.iter().enumerate() {
        let two = [
            partners[n % partners.len()],
            partners[(n + 3) % partners.len()],
        ];
        social_enterprises::set_partners(c, *enterprise, 0, &two, now)?;
    }
    Ok((employers, enterprises, movement))
}

/// The generated programme call of `year`: the default programme's catalogue
/// and caps under its own code.
fn generated_programme(year: i32) -> Option<ProgrammeFields> {
    let mut fields = seed::default_programme(year)?;
    fields.code = format!("REINT-GEN-{year}");
    fields.name = Localised::new(
        format!("რეინტეგრაციის სახელმწიფო პროგრამა {year}"),
        format!("State reintegration programme {year} (generated)"),
    );
    Some(fields)
}

/// A moment of `day` during working hours.
fn during(rng: &mut StdRng, day: NaiveDate) -> NaiveDateTime {
    let seconds = rng.random_range(9 * 3600..18 * 3600);
    day.and_time(NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap_or_default())
}

/// A time-ordered id (UUID v7) for a record made at `at`, its random part
/// from `rng`, so that the same seed gives the same ids.
fn id_at(rng: &mut StdRng, at: NaiveDateTime) -> Uuid {
    let millis = u64::try_from(at.and_utc().timestamp_millis()).unwrap_or(0);
    uuid::Builder::from_unix_timestamp_millis(millis, &rng.random()).into_uuid()
}

/// Picks one of `choices` by their weights.
fn weighted<T: Copy>(rng: &mut StdRng, choices: &[(T, u32)]) -> T {
    let total: u32 = choices.iter().map(|(_, w)| w).sum();
    let mut roll = rng.random_range(0..total.max(1));
    for (choice, weight) in choices {
        if roll < *weight {
            return *choice;
        }
        roll -= weight;
    }
    choices[0].0
}
