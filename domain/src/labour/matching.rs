//! Matching that explains itself: a jobseeker against a scheme. Every rule of
//! the scheme's conditions is a requirement, hard when the rule is required,
//! soft otherwise; the jobseeker's preferred countries and sectors (when they
//! name any) are soft requirements too. A hard requirement not met (missed,
//! or unknown) excludes; the score, 0 to 100, is the share of soft
//! requirements met (100 when there are none). Ties are broken by the
//! scheme's id, so the order is the same on every call.

use std::cmp::Ordering;

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::jobseeker::{Jobseeker, Sector};
use super::scheme::Scheme;
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
    #[schema(value_type = Object)]
    pub facts: serde_json::Value,
}

/// A scheme matched against a jobseeker.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"kind": "scheme", "id": "00000000-0000-7000-8000-000000000402",
    "name": {"ka": "მომვლელები, ისრაელი", "en": "Caregivers, Israel"},
    "destination_country": "IL", "sector": "care", "score": 100, "excluded": false,
    "requirements": [{"id": "age", "name": {"ka": "25-დან 45 წლამდე", "en": "Aged 25 to 45"},
        "hard": true, "outcome": "met",
        "reason": {"ka": "პირი 25-დან 45 წლამდეა.", "en": "The person is aged 25 to 45."},
        "facts": {"age_years": 36}}]}))]
pub struct SchemeMatch {
    /// `scheme` (vacancies come with the vacancies).
    pub kind: &'static str,
    pub id: Uuid,
    pub name: Localised,
    pub destination_country: String,
    pub sector: Sector,
    /// 0 to 100: the share of soft requirements met; 0 when excluded.
    pub score: u8,
    /// A hard requirement is missed or unknown.
    pub excluded: bool,
    /// Every requirement, hard ones first, in the scheme's order.
    pub requirements: Vec<Requirement>,
}

impl SchemeMatch {
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

/// Matches `jobseeker` (with `facts`: the registry's and the profile's) against
/// `scheme` and its `conditions`.
pub fn match_scheme(
    scheme: &Scheme,
    conditions: &RuleSet,
    jobseeker: &Jobseeker,
    facts: &Facts,
) -> SchemeMatch {
    let assessment = conditions.evaluate(facts);
    let json = assessment.to_json();
    let results = json["results"].as_array().cloned().unwrap_or_default();
    let mut requirements: Vec<Requirement> = conditions
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
        })
        .collect();
    requirements.sort_by_key(|r| !r.hard);
    requirements.extend(preference(
        "preferred_country",
        Localised::new("სასურველი ქვეყანა", "A preferred country"),
        &jobseeker.preferred_countries,
        &scheme.destination_country,
        serde_json::json!({"preferred_countries": jobseeker.preferred_countries}),
    ));
    let sectors: Vec<String> = jobseeker
        .preferred_sectors
        .iter()
        .map(|s| s.as_str().to_owned())
        .collect();
    requirements.extend(preference(
        "preferred_sector",
        Localised::new("სასურველი დარგი", "A preferred sector"),
        &sectors,
        scheme.sector.as_str(),
        serde_json::json!({"preferred_sectors": sectors}),
    ));
    let excluded = requirements.iter().any(|r| r.hard && r.outcome != Met::Met);
    let soft: Vec<&Requirement> = requirements.iter().filter(|r| !r.hard).collect();
    let score = if excluded {
        0
    } else if soft.is_empty() {
        100
    } else {
        let met = soft.iter().filter(|r| r.outcome == Met::Met).count();
        u8::try_from(met * 100 / soft.len()).unwrap_or(100)
    };
    SchemeMatch {
        kind: "scheme",
        id: scheme.id,
        name: scheme.name.clone(),
        destination_country: scheme.destination_country.clone(),
        sector: scheme.sector,
        score,
        excluded,
        requirements,
    }
}

/// The order of matches: those not excluded first, higher scores first, then by id.
pub fn ranking(a: &SchemeMatch, b: &SchemeMatch) -> Ordering {
    a.excluded
        .cmp(&b.excluded)
        .then(b.score.cmp(&a.score))
        .then(a.id.cmp(&b.id))
}
