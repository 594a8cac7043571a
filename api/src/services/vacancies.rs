//! Vacancies and their candidates. Case workers and employment counsellors
//! record, read and change vacancies ([`RecordKind::Vacancy`]); a vacancy
//! abroad is under a scheme and takes the scheme's destination as its country.
//! `candidates` ranks every jobseeker against a vacancy, explained
//! (`integra_domain::labour::matching`); every candidate returned is a read
//! of their profile.

use integra_domain::access::Access;
use integra_domain::codes;
use integra_domain::eligibility::RuleSet;
use integra_domain::error::RecordKind;
use integra_domain::labour::jobseeker::isco_code;
use integra_domain::labour::matching::{self, Candidate};
use integra_domain::labour::narrowing::Narrowing;
use integra_domain::labour::vacancy::{
    Vacancy, VacancyFields, VacancyInput, VacancyKind, VacancyStatus,
};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::matching::Entry;
use integra_persistence::vacancies::{self as stored, VacancyFilter};
use integra_persistence::{schemes, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::eligibility::load_rules;
use crate::services::json::{merge_patch, Body};
use crate::services::placements::{check_organisation, id};
use crate::services::{self, paging, Call, ReadSize};

/// One page of vacancies.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd0",
    "title": "Live-in caregiver, Haifa", "kind": "abroad",
    "scheme_id": "00000000-0000-7000-8000-000000000402", "country": "IL",
    "employer_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30", "occupation": "5322",
    "requirements": null, "places": 3, "deadline": "2027-03-31", "status": "open",
    "version": 1, "created_at": "2026-12-01T09:00:00Z", "updated_at": "2026-12-01T09:00:00Z"}],
    "next_cursor": null}))]
pub struct VacancyPage {
    pub items: Vec<Vacancy>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /vacancies`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct VacancyQuery {
    #[param(value_type = Option<VacancyStatus>)]
    status: Option<String>,
    #[param(value_type = Option<VacancyKind>)]
    kind: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    scheme_id: Option<String>,
    #[param(pattern = "^[0-9]{4}$", example = "5322")]
    occupation: Option<String>,
    #[param(pattern = "^[A-Z]{2}$", example = "IL")]
    country: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl VacancyQuery {
    fn validate(&self) -> Result<(VacancyFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let status = self
            .status
            .as_deref()
            .and_then(|v| errors.check(VacancyStatus::parse("status", v)));
        let kind = self
            .kind
            .as_deref()
            .and_then(|v| errors.check(VacancyKind::parse("kind", v)));
        let scheme_id = id(&mut errors, "scheme_id", self.scheme_id.as_deref());
        let occupation = self
            .occupation
            .as_deref()
            .and_then(|v| errors.check(isco_code("occupation", v)));
        let country = self
            .country
            .as_deref()
            .and_then(|v| errors.check(codes::country("country", v)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = VacancyFilter {
            status,
            kind,
            scheme_id,
            occupation,
            country,
        };
        Ok((filter, limit, after))
    }
}

/// What a vacancy names exists (the employer; the scheme of a job abroad);
/// the country of the job: the scheme's destination, or GE.
fn check_references(c: &mut DbConnection, fields: &VacancyFields) -> Result<String, Error> {
    let mut errors = ValidationErrors::new();
    check_organisation(
        &mut errors,
        c,
        fields.employer_organisation_id,
        "employer_organisation_id",
    )?;
    let country = match fields.scheme_id {
        Some(scheme) => match schemes::get(c, scheme) {
            Ok(found) => Some(found.destination_country),
            Err(integra_persistence::StoreError::NotFound) => {
                errors.add("scheme_id", "not_found", "no scheme has this id");
                None
            }
            Err(other) => return Err(other.into()),
        },
        None => Some(codes::GEORGIA.to_owned()),
    };
    errors.finish(|| ())?;
    Ok(country.unwrap_or_default())
}

/// Records a vacancy.
pub async fn create(call: &Call, input: Body<VacancyInput>) -> Result<Vacancy, Error> {
    call.reach(RecordKind::Vacancy, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("vacancy.created", RecordKind::Vacancy, id)];
    services::write(call, entries, move |c, now| {
        let country = check_references(c, &fields)?;
        Ok(stored::insert(c, id, &fields, &country, now)?)
    })
    .await
}

/// Lists vacancies in the order recorded.
pub async fn list(call: &Call, query: VacancyQuery) -> Result<VacancyPage, Error> {
    call.reach(RecordKind::Vacancy, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|v| v.id), limit);
    Ok(VacancyPage { items, next_cursor })
}

/// Reads a vacancy.
pub async fn get(call: &Call, id: Uuid) -> Result<Vacancy, Error> {
    call.reach(RecordKind::Vacancy, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, id)?)).await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 5] = ["id", "country", "version", "created_at", "updated_at"];

/// Changes a vacancy with a JSON merge patch (its requirements as a whole).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Vacancy, Error> {
    call.reach(RecordKind::Vacancy, Access::Write)?;
    let mut patch = patch.parse()?;
    // The requirements are one document: a patch replaces it, never merges into it.
    let replaced = patch.remove("requirements");
    let entries = vec![call.entry("vacancy.updated", RecordKind::Vacancy, id)];
    services::write(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        let mut input = merge_patch(&current, &VacancyInput::from(&current), patch, &READ_ONLY)?;
        if let Some(requirements) = replaced {
            input.requirements = Some(requirements);
        }
        let fields = input.validate()?;
        let expected = precondition.expected(current.version)?;
        let country = check_references(c, &fields)?;
        Ok(stored::update(c, id, expected, &fields, &country, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// One page of a vacancy's candidates, best first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"jobseeker_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "score": 100, "excluded": false,
    "requirements": [{"id": "occupation", "name": {"ka": "პროფესია", "en": "The occupation"},
        "hard": false, "outcome": "met",
        "reason": {"ka": "5322 პირის სასურველთა შორისაა.", "en": "5322 is among the person's preferences."},
        "facts": {"occupations": ["5322"]}}]}],
    "next_cursor": null}))]
pub struct CandidatePage {
    pub items: Vec<Candidate>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// `GET /vacancies/{id}/candidates`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CandidateQuery {
    /// Also list the jobseekers a hard requirement excludes (after the
    /// others), with what they miss.
    excluded: Option<bool>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page (a profile's id).
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Every jobseeker ranked against the vacancy `id` on today's facts; a page
/// after `cursor`. Each candidate returned is a read of their profile.
pub async fn candidates(
    call: &Call,
    id: Uuid,
    query: CandidateQuery,
) -> Result<CandidatePage, Error> {
    call.reach(RecordKind::Vacancy, Access::Read)?;
    call.reach(RecordKind::Jobseeker, Access::Read)?;
    let (limit, after) = paging::finish(
        ValidationErrors::new(),
        query.limit,
        query.cursor.as_deref(),
    )?;
    let with_excluded = query.excluded.unwrap_or(false);
    let today = services::today();
    let actor = call.actor.clone();
    let matching_index = std::sync::Arc::clone(&call.app.matching);
    services::audited_read(call, ReadSize::Long, move |c| {
        let vacancy = stored::get(c, id)?;
        let mut rule_sets: Vec<RuleSet> = Vec::new();
        if let Some(scheme) = vacancy.scheme_id {
            let scheme = schemes::get(c, scheme)?;
            rule_sets.push(load_rules(c, scheme.rule_set_id, scheme.rule_set_version)?);
        }
        if let Some(document) = &vacancy.requirements {
            rule_sets.push(RuleSet::parse(document).map_err(|_| {
                integra_persistence::StoreError::corrupt("requirements", "not a rule set")
            })?);
        }
        let rules: Vec<&RuleSet> = rule_sets.iter().collect();
        // Every jobseeker's profile and registry facts, from this node's
        // index; without the excluded, those whose numbers (education,
        // experience, age) a hard requirement rules out are passed over, and
        // the rule engine decides on the rest.
        let index = matching_index.snapshot(c, today)?;
        let narrowing = Narrowing::of(&rules);
        let births = narrowing.births(today);
        // Scored cheaply, ranked, and only the page explained.
        let mut ranked: Vec<(bool, std::cmp::Reverse<u8>, &Entry)> = index
            .entries()
            .filter(|entry| {
                with_excluded
                    || narrowing.admits(
                        entry.profile.education.isced_level,
                        entry.profile.experience_months,
                        entry.facts.date_of_birth,
                        births,
                    )
            })
            .filter_map(|entry| {
                let (excluded, score) =
                    matching::score_vacancy(&vacancy, &rules, &entry.profile, &entry.facts);
                (with_excluded || !excluded).then_some((excluded, std::cmp::Reverse(score), entry))
            })
            .collect();
        ranked.sort_by_key(|a| (a.0, a.1, a.2.profile.id));
        let items: Vec<Candidate> =
            paging::ranked_page(ranked, after, limit, |(_, _, entry)| entry.profile.id)
                .into_iter()
                .map(|(_, _, entry)| {
                    matching::match_vacancy(&vacancy, &rules, &entry.profile, &entry.facts)
                })
                .collect();
        let mut entries = vec![actor.entry("vacancy.candidates_read", RecordKind::Vacancy, id)];
        entries.extend(actor.reads(
            RecordKind::Jobseeker.read_action(),
            RecordKind::Jobseeker,
            items.iter().map(|m| m.jobseeker_id),
        ));
        let next_cursor = paging::next_cursor(items.iter().map(|m| m.jobseeker_id), limit);
        Ok((CandidatePage { items, next_cursor }, entries))
    })
    .await
}
