//! Matching that explains itself: a jobseeker against a scheme, or against a
//! vacancy (its scheme's conditions and its own requirements). Every rule is a
//! requirement, hard when the rule is required, soft otherwise; the
//! jobseeker's preferred countries and sectors (when they name any) and, for a
//! vacancy, its occupation are soft requirements too. A hard requirement not
//! met (missed, or unknown) excludes; the score, 0 to 100, is the share of
//! soft requirements met (100 when there are none). Ties are broken by id, so
//! the order is the same on every call.

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::jobseeker::{Jobseeker, Sector};
use super::scheme::Scheme;
use super::vacancy::Vacancy;
use crate::eligibility::facts::Facts;
use crate::eligibility::outcome::Outcome;
use crate::eligibility::rules::RuleSet;
use crate::localised::Localised;
use crate::string_enum;

string_enum! {
    /// How a requirement came out.
    Met {
        Met => "met",
        Missed => "missed",
        /// A fact it needs is not known.
        Unknown => "unknown",
    }
}

/// One requirement of a match, with the facts used.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"id": "caregiver_certificate",
    "name": {"ka": "მომვლელის მოქმედი სერტიფიკატი", "en": "A valid caregiver certificate"},
    "hard": true, "outcome": "missed",
    "reason": {"ka": "პირს არ აქვს მომვლელის მოქმედი სერტიფიკატი.", "en": "The person holds no valid caregiver certificate."},
    "facts": {"certificates": []}}))]
pub struct Requirement {
    /// The rule's id, or `preferred_country` / `preferred_sector`.
    pub id: String,
    pub name: Localised,
    /// A hard requirement excludes when not met; a soft one ranks.
    pub hard: bool,
    pub outcome: Met,
    pub reason: Localised,
    /// The facts the requirement read, by name; unknown ones are null.
    #[schema(value_type = std::collections::BTreeMap<String, serde_json::Value>)]
    pub facts: serde_json::Value,
}

string_enum! {
    /// What a jobseeker is matched with.
    OfferKind {
        Scheme => "scheme",
        Vacancy => "vacancy",
    }
}

/// A scheme or a vacancy matched against a jobseeker.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"kind": "scheme", "id": "00000000-0000-7000-8000-000000000402",
    "name": {"ka": "მომვლელები, ისრაელი", "en": "Caregivers, Israel"},
    "destination_country": "IL", "sector": "care", "scheme_id": null, "occupation": null,
    "score": 100, "excluded": false,
    "requirements": [{"id": "age", "name": {"ka": "25-დან 45 წლამდე", "en": "Aged 25 to 45"},
        "hard": true, "outcome": "met",
        "reason": {"ka": "პირი 25-დან 45 წლამდეა.", "en": "The person is aged 25 to 45."},
        "facts": {"age_years": 36}}]}))]
pub struct Match {
    pub kind: OfferKind,
    /// The scheme's or the vacancy's id.
    pub id: Uuid,
    /// The scheme's name, or the vacancy's title (in both languages).
    pub name: Localised,
    /// The country of the work: the scheme's destination, or the vacancy's
    /// country (GE at home).
    pub destination_country: String,
    /// The scheme's sector (of a vacancy abroad: its scheme's); `null` for a
    /// vacancy at home.
    pub sector: Option<Sector>,
    /// A vacancy abroad: the scheme it is under.
    pub scheme_id: Option<Uuid>,
    /// A vacancy: its ISCO-08 occupation.
    pub occupation: Option<String>,
    /// 0 to 100: the share of soft requirements met; 0 when excluded.
    pub score: u8,
    /// A hard requirement is missed or unknown.
    pub excluded: bool,
    /// Every requirement, hard ones first: a scheme's conditions, a vacancy's
    /// scheme's conditions and its own requirements; then the soft ones of
    /// the offer (occupation, preferred country and sector).
    pub requirements: Vec<Requirement>,
}

impl Match {
    /// The hard requirements not met.
    pub fn missed(&self) -> impl Iterator<Item = &Requirement> {
        self.requirements
            .iter()
            .filter(|r| r.hard && r.outcome != Met::Met)
    }
}

fn met(outcome: Outcome) -> Met {
    match outcome {
        Outcome::Passed => Met::Met,
        Outcome::Failed => Met::Missed,
        Outcome::NotEvaluable => Met::Unknown,
    }
}

/// A preference of the jobseeker as a soft requirement; `None` when they state none.
fn preference(
    id: &str,
    name: Localised,
    preferred: &[String],
    offered: &str,
    facts: serde_json::Value,
) -> Option<Requirement> {
    if preferred.is_empty() {
        return None;
    }
    let yes = preferred.iter().any(|p| p == offered);
    let reason = if yes {
        Localised::new(
            format!("{offered} პირის სასურველთა შორისაა."),
            format!("{offered} is among the person's preferences."),
        )
    } else {
        Localised::new(
            format!("{offered} პირის სასურველთა შორის არ არის."),
            format!("{offered} is not among the person's preferences."),
        )
    };
    Some(Requirement {
        id: id.to_owned(),
        name,
        hard: false,
        outcome: if yes { Met::Met } else { Met::Missed },
        reason,
        facts,
    })
}

/// Every requirement of `rule_sets` (in order, hard ones first) for `facts`,
/// then the `soft` ones; whether a hard one is not met, and the score.
fn explain(
    rule_sets: &[&RuleSet],
    facts: &Facts,
    soft: impl IntoIterator<Item = Requirement>,
) -> (Vec<Requirement>, bool, u8) {
    let mut requirements = Vec::new();
    for conditions in rule_sets {
        let assessment = conditions.evaluate(facts);
        let json = assessment.to_json();
        let results = json["results"].as_array().cloned().unwrap_or_default();
        requirements.extend(
            conditions
                .rules()
                .iter()
                .zip(assessment.results.iter())
                .zip(results)
                .map(|((rule, result), shown)| Requirement {
                    id: rule.id().to_owned(),
                    name: rule.name().clone(),
                    hard: rule.required(),
                    outcome: met(result.outcome),
                    reason: result.reason.clone(),
                    facts: shown.get("facts").cloned().unwrap_or_default(),
                }),
        );
    }
    requirements.sort_by_key(|r| !r.hard);
    requirements.extend(soft);
    let excluded = requirements.iter().any(|r| r.hard && r.outcome != Met::Met);
    let optional: Vec<&Requirement> = requirements.iter().filter(|r| !r.hard).collect();
    let met = optional.iter().filter(|r| r.outcome == Met::Met).count();
    let score = if excluded {
        0
    } else {
        score(met, optional.len())
    };
    (requirements, excluded, score)
}

/// Whether a hard requirement of `rule_sets` is not met for `facts`, and the
/// score, with `soft` telling which other soft requirements are met: what
/// [`explain`] decides, without the explanation (ranking many, explaining a page).
fn tally(rule_sets: &[&RuleSet], facts: &Facts, soft: &[bool]) -> (bool, u8) {
    let table = facts.table();
    let (mut optional, mut met) = (soft.len(), soft.iter().filter(|m| **m).count());
    for conditions in rule_sets {
        for rule in conditions.rules() {
            let passed = rule.condition().evaluate(&table) == Outcome::Passed;
            if rule.required() {
                if !passed {
                    return (true, 0);
                }
            } else {
                optional += 1;
                met += usize::from(passed);
            }
        }
    }
    (false, score(met, optional))
}

/// The score of `met` soft requirements of `optional`: their share in percent,
/// rounded down; 100 when there are none.
fn score(met: usize, optional: usize) -> u8 {
    (met * 100)
        .checked_div(optional)
        .map_or(100, |share| u8::try_from(share).unwrap_or(100))
}

/// Whether `offered` is among `preferred`; `None` when nothing is preferred.
fn prefers(preferred: &[String], offered: &str) -> Option<bool> {
    (!preferred.is_empty()).then(|| preferred.iter().any(|p| p == offered))
}

/// What [`match_scheme`] decides (excluded, score), without the explanation.
pub fn score_scheme(
    scheme: &Scheme,
    conditions: &RuleSet,
    jobseeker: &Jobseeker,
    facts: &Facts,
) -> (bool, u8) {
    let sector = scheme.sector;
    let sectors = (!jobseeker.preferred_sectors.is_empty())
        .then(|| jobseeker.preferred_sectors.contains(&sector));
    let soft: Vec<bool> = [
        prefers(&jobseeker.preferred_countries, &scheme.destination_country),
        sectors,
    ]
    .into_iter()
    .flatten()
    .collect();
    tally(&[conditions], facts, &soft)
}

/// What [`match_vacancy`] decides (excluded, score), without the explanation.
pub fn score_vacancy(
    vacancy: &Vacancy,
    rule_sets: &[&RuleSet],
    jobseeker: &Jobseeker,
    facts: &Facts,
) -> (bool, u8) {
    let occupation = jobseeker.occupations.contains(&vacancy.occupation);
    let soft: Vec<bool> = [
        Some(occupation),
        prefers(&jobseeker.preferred_countries, &vacancy.country),
    ]
    .into_iter()
    .flatten()
    .collect();
    tally(rule_sets, facts, &soft)
}

/// The jobseeker's preferred countries as a soft requirement for a job in `country`.
fn preferred_country(jobseeker: &Jobseeker, country: &str) -> Option<Requirement> {
    preference(
        "preferred_country",
        Localised::new("სასურველი ქვეყანა", "A preferred country"),
        &jobseeker.preferred_countries,
        country,
        serde_json::json!({"preferred_countries": jobseeker.preferred_countries}),
    )
}

/// Matches `jobseeker` (with `facts`: the registry's and the profile's) against
/// `scheme` and its `conditions`.
pub fn match_scheme(
    scheme: &Scheme,
    conditions: &RuleSet,
    jobseeker: &Jobseeker,
    facts: &Facts,
) -> Match {
    let sectors: Vec<String> = jobseeker
        .preferred_sectors
        .iter()
        .map(|s| s.as_str().to_owned())
        .collect();
    let soft = [
        preferred_country(jobseeker, &scheme.destination_country),
        preference(
            "preferred_sector",
            Localised::new("სასურველი დარგი", "A preferred sector"),
            &sectors,
            scheme.sector.as_str(),
            serde_json::json!({"preferred_sectors": sectors}),
        ),
    ];
    let (requirements, excluded, score) = explain(&[conditions], facts, soft.into_iter().flatten());
    Match {
        kind: OfferKind::Scheme,
        id: scheme.id,
        name: scheme.name.clone(),
        destination_country: scheme.destination_country.clone(),
        sector: Some(scheme.sector),
        scheme_id: None,
        occupation: None,
        score,
        excluded,
        requirements,
    }
}

/// A jobseeker matched against a vacancy.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"jobseeker_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "score": 50, "excluded": false,
    "requirements": [{"id": "occupation", "name": {"ka": "პროფესია", "en": "The occupation"},
        "hard": false, "outcome": "met",
        "reason": {"ka": "5322 პირის პროფესიებს შორისაა.", "en": "5322 is among the person's occupations."},
        "facts": {"occupations": ["5322"]}}]}))]
pub struct Candidate {
    pub jobseeker_id: Uuid,
    pub person_id: Uuid,
    /// 0 to 100: the share of soft requirements met; 0 when excluded.
    pub score: u8,
    /// A hard requirement is missed or unknown.
    pub excluded: bool,
    /// Every requirement: the scheme's conditions (for a job abroad) and the
    /// vacancy's, hard ones first; then the occupation and preferred country.
    pub requirements: Vec<Requirement>,
}

/// Every requirement of `vacancy` for `jobseeker`: its scheme's conditions
/// (abroad), its `requirements`, and as soft requirements its occupation and
/// the jobseeker's preferred countries; whether excluded, and the score.
fn vacancy_requirements(
    vacancy: &Vacancy,
    rule_sets: &[&RuleSet],
    jobseeker: &Jobseeker,
    facts: &Facts,
) -> (Vec<Requirement>, bool, u8) {
    let occupation = preference(
        "occupation",
        Localised::new("პროფესია", "The occupation"),
        &jobseeker.occupations,
        &vacancy.occupation,
        serde_json::json!({"occupations": jobseeker.occupations}),
    )
    .unwrap_or_else(|| Requirement {
        id: "occupation".to_owned(),
        name: Localised::new("პროფესია", "The occupation"),
        hard: false,
        outcome: Met::Missed,
        reason: Localised::new(
            "პირს პროფესია მითითებული არ აქვს.",
            "The person names no occupation.",
        ),
        facts: serde_json::json!({"occupations": []}),
    });
    let soft = [
        Some(occupation),
        preferred_country(jobseeker, &vacancy.country),
    ];
    explain(rule_sets, facts, soft.into_iter().flatten())
}

/// Matches `jobseeker` against `vacancy` (see [`vacancy_requirements`]), as
/// one of the vacancy's candidates.
pub fn match_vacancy(
    vacancy: &Vacancy,
    rule_sets: &[&RuleSet],
    jobseeker: &Jobseeker,
    facts: &Facts,
) -> Candidate {
    let (requirements, excluded, score) =
        vacancy_requirements(vacancy, rule_sets, jobseeker, facts);
    Candidate {
        jobseeker_id: jobseeker.id,
        person_id: jobseeker.person_id,
        score,
        excluded,
        requirements,
    }
}

/// Matches `jobseeker` against `vacancy` (see [`vacancy_requirements`]), as
/// one of the jobseeker's matches. `sector` is the vacancy's scheme's.
pub fn offer_vacancy(
    vacancy: &Vacancy,
    sector: Option<Sector>,
    rule_sets: &[&RuleSet],
    jobseeker: &Jobseeker,
    facts: &Facts,
) -> Match {
    let (requirements, excluded, score) =
        vacancy_requirements(vacancy, rule_sets, jobseeker, facts);
    Match {
        kind: OfferKind::Vacancy,
        id: vacancy.id,
        name: Localised::new(vacancy.title.clone(), vacancy.title.clone()),
        destination_country: vacancy.country.clone(),
        sector,
        scheme_id: vacancy.scheme_id,
        occupation: Some(vacancy.occupation.clone()),
        score,
        excluded,
        requirements,
    }
}
