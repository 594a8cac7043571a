//! Jobseeker profiles: rows only. The lists are stored as JSON arrays.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::eligibility::facts::StayFact;
use integra_domain::eligibility::Facts;
use integra_domain::labour::jobseeker::{
    Certificate, Education, Jobseeker, JobseekerFields, LanguageSkill, Sector,
};
use integra_domain::person::ResidenceStatus;
use integra_domain::stay::LegalStatus;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::placements::Recorder;
use crate::rows;
use crate::schema::jobseekers;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = jobseekers)]
struct JobseekerRow {
    id: String,
    person_id: String,
    organisation_id: String,
    isced_level: i64,
    education_field: Option<String>,
    occupations: String,
    skills: String,
    languages: String,
    certificates: String,
    experience_months: i64,
    preferred_countries: String,
    preferred_sectors: String,
    close_relatives_in: String,
    available_from: Option<NaiveDate>,
    available_to: Option<NaiveDate>,
    note: Option<String>,
    registered_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl JobseekerRow {
    fn into_jobseeker(self) -> Result<Jobseeker, StoreError> {
        let sectors: Vec<String> = rows::json("preferred sectors", &self.preferred_sectors)?;
        Ok(Jobseeker {
            id: rows::uuid(&self.id)?,
            person_id: rows::uuid(&self.person_id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            education: Education {
                isced_level: self.isced_level,
                field: self.education_field,
            },
            occupations: rows::json("occupations", &self.occupations)?,
            skills: rows::json("skills", &self.skills)?,
            languages: rows::json::<Vec<LanguageSkill>>("languages", &self.languages)?,
            certificates: rows::json::<Vec<Certificate>>("certificates", &self.certificates)?,
            experience_months: self.experience_months,
            preferred_countries: rows::json("preferred countries", &self.preferred_countries)?,
            preferred_sectors: sectors
                .iter()
                .map(|s| rows::parse("sector", s, Sector::parse))
                .collect::<Result<_, _>>()?,
            close_relatives_in: rows::json("close relatives", &self.close_relatives_in)?,
            available_from: self.available_from,
            available_to: self.available_to,
            note: self.note,
            registered_by: rows::uuid(&self.registered_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(Clone, AsChangeset, Insertable)]
#[diesel(table_name = jobseekers, treat_none_as_null = true)]
pub(crate) struct JobseekerChanges<'a> {
    isced_level: i64,
    education_field: Option<&'a str>,
    occupations: String,
    skills: String,
    languages: String,
    certificates: String,
    experience_months: i64,
    preferred_countries: String,
    preferred_sectors: String,
    close_relatives_in: String,
    available_from: Option<NaiveDate>,
    available_to: Option<NaiveDate>,
    note: Option<&'a str>,
}

impl<'a> JobseekerChanges<'a> {
    pub(crate) fn of(fields: &'a JobseekerFields) -> Result<Self, StoreError> {
        let languages: Vec<LanguageSkill> = fields
            .languages
            .iter()
            .map(|(language, level)| LanguageSkill {
                language: language.clone(),
                level: level.as_str().to_owned(),
            })
            .collect();
        let certificates: Vec<Certificate> = fields
            .certificates
            .iter()
            .map(|c| Certificate {
                name: c.name.clone(),
                expires_on: c.expires_on.map(|d| d.to_string()),
            })
            .collect();
        let sectors: Vec<&str> = fields
            .preferred_sectors
            .iter()
            .map(|s| s.as_str())
            .collect();
        Ok(Self {
            isced_level: fields.isced_level,
            education_field: fields.education_field.as_deref(),
            occupations: rows::stored(&fields.occupations)?,
            skills: rows::stored(&fields.skills)?,
            languages: rows::stored(&languages)?,
            certificates: rows::stored(&certificates)?,
            experience_months: fields.experience_months,
            preferred_countries: rows::stored(&fields.preferred_countries)?,
            preferred_sectors: rows::stored(&sectors)?,
            close_relatives_in: rows::stored(&fields.close_relatives_in)?,
            available_from: fields.available_from,
            available_to: fields.available_to,
            note: fields.note.as_deref(),
        })
    }
}

/// Registers a profile (version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &JobseekerFields,
    by: Recorder,
    now: DateTime<Utc>,
) -> Result<Jobseeker, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(jobseekers::table)
        .values((
            jobseekers::id.eq(id.to_string()),
            jobseekers::person_id.eq(fields.person_id.to_string()),
            jobseekers::organisation_id.eq(by.organisation.to_string()),
            jobseekers::registered_by.eq(by.user.to_string()),
            JobseekerChanges::of(fields)?,
            jobseekers::version.eq(1_i64),
            jobseekers::created_at.eq(stamp),
            jobseekers::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    crate::matching::record(conn, &[fields.person_id.to_string()])?;
    get(conn, id)
}

/// Replaces a profile's fields (not its person) if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &JobseekerFields,
    now: DateTime<Utc>,
) -> Result<Jobseeker, StoreError> {
    let changed = diesel::update(
        jobseekers::table
            .filter(jobseekers::id.eq(id.to_string()))
            .filter(jobseekers::version.eq(expected_version)),
    )
    .set((
        JobseekerChanges::of(fields)?,
        jobseekers::version.eq(jobseekers::version + 1),
        jobseekers::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 1 {
        crate::matching::record(conn, &[fields.person_id.to_string()])?;
    }
    rows::versioned(changed, get(conn, id), |r| r.version)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Jobseeker, StoreError> {
    jobseekers::table
        .find(id.to_string())
        .select(JobseekerRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_jobseeker()
}

/// The profile of `person`, if they have one.
pub fn of_person(conn: &mut DbConnection, person: Uuid) -> Result<Option<Jobseeker>, StoreError> {
    jobseekers::table
        .filter(jobseekers::person_id.eq(person.to_string()))
        .select(JobseekerRow::as_select())
        .first(conn)
        .optional()?
        .map(JobseekerRow::into_jobseeker)
        .transpose()
}

/// Filters of a list of profiles; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobseekerFilter {
    pub person_id: Option<Uuid>,
    /// Has this ISCO-08 unit group among their occupations.
    pub occupation: Option<String>,
    /// Prefers this country.
    pub country: Option<String>,
    /// Available on this day (from and to, where given, around it).
    pub available_on: Option<NaiveDate>,
}

/// Narrows a boxed query of profiles to those that match `filter`, after `after`.
macro_rules! narrowed {
    ($query:expr, $filter:expr, $after:expr) => {{
        let mut query = $query;
        let filter: &JobseekerFilter = $filter;
        let after: Option<Uuid> = $after;
        if let Some(person) = filter.person_id {
            query = query.filter(jobseekers::person_id.eq(person.to_string()));
        }
        // Codes are digits and country codes letters: the quoted value matches an
        // element of the stored array and nothing else.
        if let Some(occupation) = &filter.occupation {
            query = query.filter(jobseekers::occupations.like(format!("%\"{occupation}\"%")));
        }
        if let Some(country) = &filter.country {
            query = query.filter(jobseekers::preferred_countries.like(format!("%\"{country}\"%")));
        }
        if let Some(day) = filter.available_on {
            query = query
                .filter(
                    jobseekers::available_from
                        .is_null()
                        .or(jobseekers::available_from.le(day)),
                )
                .filter(
                    jobseekers::available_to
                        .is_null()
                        .or(jobseekers::available_to.ge(day)),
                );
        }
        if let Some(after) = after {
            query = query.filter(jobseekers::id.gt(after.to_string()));
        }
        query
    }};
}

/// The profiles that match `filter`, in the order registered, after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &JobseekerFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Jobseeker>, StoreError> {
    let query = jobseekers::table
        .select(JobseekerRow::as_select())
        .order(jobseekers::id.asc())
        .limit(limit)
        .into_boxed();
    narrowed!(query, filter, after)
        .load::<JobseekerRow>(conn)?
        .into_iter()
        .map(JobseekerRow::into_jobseeker)
        .collect()
}

/// What matching reads of a profile.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = jobseekers)]
struct MatchingRow {
    id: String,
    person_id: String,
    isced_level: i64,
    occupations: String,
    languages: String,
    certificates: String,
    experience_months: i64,
    preferred_countries: String,
    close_relatives_in: String,
}

impl MatchingRow {
    fn into_jobseeker(self) -> Result<Jobseeker, StoreError> {
        Ok(Jobseeker {
            id: rows::uuid(&self.id)?,
            person_id: rows::uuid(&self.person_id)?,
            organisation_id: Uuid::nil(),
            education: Education {
                isced_level: self.isced_level,
                field: None,
            },
            occupations: rows::json("occupations", &self.occupations)?,
            skills: Vec::new(),
            languages: rows::json::<Vec<LanguageSkill>>("languages", &self.languages)?,
            certificates: rows::json::<Vec<Certificate>>("certificates", &self.certificates)?,
            experience_months: self.experience_months,
            preferred_countries: rows::json("preferred countries", &self.preferred_countries)?,
            preferred_sectors: Vec::new(),
            close_relatives_in: rows::json("close relatives", &self.close_relatives_in)?,
            available_from: None,
            available_to: None,
            note: None,
            registered_by: Uuid::nil(),
            version: 0,
            created_at: DateTime::<Utc>::UNIX_EPOCH,
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
        })
    }
}

/// The profiles of `persons` (every profile when `None`), with only what a
/// vacancy's ranking reads (ids, education level, occupations, languages,
/// certificates, experience, preferred countries, relatives abroad): it reads
/// every profile, and the rest (preferred sectors, which only schemes rank
/// by; notes, dates, who registered it) is neither needed nor shown there.
/// The other fields are empty: nil ids, no sectors, no dates, version 0.
pub fn for_matching(
    conn: &mut DbConnection,
    persons: Option<&[String]>,
) -> Result<Vec<Jobseeker>, StoreError> {
    let rows: Vec<MatchingRow> = match persons {
        None => jobseekers::table
            .select(MatchingRow::as_select())
            .load(conn)?,
        Some(persons) => {
            let mut rows = Vec::new();
            for chunk in persons.chunks(CHUNK) {
                rows.extend(
                    jobseekers::table
                        .filter(jobseekers::person_id.eq_any(chunk))
                        .select(MatchingRow::as_select())
                        .load::<MatchingRow>(conn)?,
                );
            }
            rows
        }
    };
    rows.into_iter().map(MatchingRow::into_jobseeker).collect()
}

/// A person's id, citizenship, residence status and date of birth, as stored.
type PersonFacts = (String, Option<String>, Option<String>, Option<NaiveDate>);

/// A stay's person, country, start, end and legal status, as stored.
type StayFacts = (String, String, NaiveDate, Option<NaiveDate>, String);

/// How many ids one `IN (...)` list binds at most.
const CHUNK: usize = 5_000;

/// The registry's facts of the persons behind `profiles` on `on`, by person:
/// citizenship, residence status, date of birth and stays abroad, read in a
/// few statements (not one per person).
pub fn registry_facts(
    conn: &mut DbConnection,
    profiles: &[Jobseeker],
    on: NaiveDate,
) -> Result<std::collections::HashMap<Uuid, Facts>, StoreError> {
    use crate::schema::{persons, stays_abroad};
    let mut facts: std::collections::HashMap<Uuid, Facts> = std::collections::HashMap::new();
    for chunk in profiles.chunks(CHUNK) {
        let ids: Vec<String> = chunk.iter().map(|p| p.person_id.to_string()).collect();
        let people: Vec<PersonFacts> = persons::table
            .filter(persons::id.eq_any(&ids))
            .select((
                persons::id,
                persons::citizenship,
                persons::residence_status,
                persons::date_of_birth,
            ))
            .load(conn)?;
        for (id, citizenship, residence, birth) in people {
            let residence_status = residence
                .as_deref()
                .map(|r| rows::parse("residence status", r, ResidenceStatus::parse))
                .transpose()?;
            facts.insert(
                rows::uuid(&id)?,
                Facts {
                    citizenship,
                    residence_status,
                    date_of_birth: birth,
                    stays_abroad: Some(Vec::new()),
                    application_date: Some(on),
                    grants_received: Some(0),
                    ..Facts::default()
                },
            );
        }
        let stays: Vec<StayFacts> = stays_abroad::table
            .filter(stays_abroad::person_id.eq_any(&ids))
            .filter(stays_abroad::start_date.le(on))
            .order((stays_abroad::start_date.asc(), stays_abroad::id.asc()))
            .select((
                stays_abroad::person_id,
                stays_abroad::country,
                stays_abroad::start_date,
                stays_abroad::end_date,
                stays_abroad::legal_status,
            ))
            .load(conn)?;
        for (person, country, start_date, end_date, status) in stays {
            let legal_status = rows::parse("legal status", &status, LegalStatus::parse)?;
            if let Some(Facts {
                stays_abroad: Some(known),
                ..
            }) = facts.get_mut(&rows::uuid(&person)?)
            {
                known.push(StayFact {
                    country,
                    start_date,
                    end_date,
                    legal_status,
                });
            }
        }
    }
    Ok(facts)
}
