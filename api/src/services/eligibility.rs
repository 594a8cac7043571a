//! Eligibility checks: a dry run of a programme's rules on a person of the
//! registry (the read of the person is audited) or on facts given in the request.
//! Also the rule loading and evaluation that case assessments share.

use integra_domain::access::Access;
use integra_domain::eligibility::{EligibilityRequest, Facts, RuleSet, Subject};
use integra_domain::error::RecordKind;
use integra_domain::Error;
use integra_persistence::{assessments, programmes, rule_sets, DbConnection, StoreError};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::services::json::Body;
use crate::services::{self, Call, ReadSize};

/// The rule set version an answer was reached with.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1}))]
pub struct RuleSetRef {
    pub id: Uuid,
    pub version: i64,
}

/// The answer of an eligibility check.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"eligible": true,
    "rule_set": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1},
    "results": [{"rule_id": "adult", "outcome": "passed",
        "reason": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
        "facts": {"age_years": 37}}],
    "facts": {"age_years": 37}}))]
pub struct EligibilityAnswer {
    /// Every required rule passed.
    pub eligible: bool,
    pub rule_set: RuleSetRef,
    /// One result per rule: `rule_id`, `outcome` (`passed`, `failed`, `not_evaluable`), `reason`, `facts`.
    #[schema(value_type = Vec<integra_domain::eligibility::evaluate::RuleResult<'static>>)]
    pub results: Value,
    /// The facts the rules were evaluated on.
    #[schema(value_type = std::collections::BTreeMap<String, serde_json::Value>)]
    pub facts: Value,
}

/// Checks eligibility without recording anything but the read of the person.
pub async fn check(
    call: &Call,
    input: Body<EligibilityRequest>,
) -> Result<EligibilityAnswer, Error> {
    call.reach(RecordKind::Programme, Access::Read)?;
    let input = input.parse()?;
    match input.validate(services::today())? {
        Subject::Person {
            programme,
            person,
            on,
        } => {
            // The answer carries the person's facts: a read of the person.
            call.reach(RecordKind::Person, Access::Read)?;
            let entries = vec![call.entry("person.read", RecordKind::Person, person)];
            services::audited_read(call, ReadSize::Short, move |c| {
                let rules = programme_rules(c, programme)?;
                let facts = services::named(
                    assessments::facts_of(c, person, programme, on),
                    "person_id",
                    "person_id names no person",
                )?;
                Ok((evaluate_version(c, rules, &facts)?, entries))
            })
            .await
        }
        Subject::Facts {
            programme,
            rule_set,
            facts,
        } => {
            services::read(&call.app, move |c| {
                let rules = match (programme, rule_set) {
                    (Some(p), _) => programme_rules(c, p)?,
                    (None, Some((id, version))) => RuleSetRef { id, version },
                    (None, None) => return Err(Error::NotFound),
                };
                match evaluate_version(c, rules, &facts) {
                    Err(Error::NotFound) => Err(Error::field(
                        "rule_set_version",
                        "not_published",
                        "rule_set_id and rule_set_version must name a published rule set version",
                    )),
                    other => other,
                }
            })
            .await
        }
    }
}

/// The rule set version a programme applies; an unknown programme is a field error.
fn programme_rules(conn: &mut DbConnection, programme: Uuid) -> Result<RuleSetRef, Error> {
    let p = services::named(
        programmes::get(conn, programme),
        "programme_id",
        "programme_id names no programme",
    )?;
    Ok(RuleSetRef {
        id: p.rule_set_id,
        version: p.rule_set_version,
    })
}

/// Evaluates the published rule set version `rules` on `facts`; an unpublished
/// or unknown version is not found.
pub(crate) fn evaluate_version(
    conn: &mut DbConnection,
    rules: RuleSetRef,
    facts: &Facts,
) -> Result<EligibilityAnswer, Error> {
    let loaded = load_rules(conn, rules.id, rules.version)?;
    Ok(evaluate(&loaded, rules, facts))
}

/// Loads a published rule set version.
pub(crate) fn load_rules(
    conn: &mut DbConnection,
    id: Uuid,
    version: i64,
) -> Result<RuleSet, Error> {
    let text = rule_sets::published_document(conn, id, version)?.ok_or(Error::NotFound)?;
    let document: Value = serde_json::from_str(&text)
        .map_err(|_| StoreError::corrupt("rule set document", "not JSON"))?;
    Ok(RuleSet::parse(&document)
        .map_err(|_| StoreError::corrupt("rule set document", "not a rule set"))?)
}

/// Evaluates `rules` on `facts` in the API's shape.
pub(crate) fn evaluate(rules: &RuleSet, rule_set: RuleSetRef, facts: &Facts) -> EligibilityAnswer {
    let assessment = rules.evaluate(facts);
    let json = assessment.to_json();
    EligibilityAnswer {
        eligible: assessment.eligible,
        rule_set,
        results: json
            .get("results")
            .cloned()
            .unwrap_or(Value::Array(Vec::new())),
        facts: serde_json::to_value(facts).unwrap_or(Value::Null),
    }
}
