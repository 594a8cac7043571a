//! Eligibility assessments of a case: the programme's rules run on the registry's
//! facts as of the case's application date, stored and never changed.

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::Error;
use integra_persistence::assessments::{self, AssessmentRecord};
use integra_persistence::cases;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use super::load;
use crate::services::answer::Answer;
use crate::services::eligibility::{self, RuleSetRef};
use crate::services::{self, Call, ReadSize};

/// A stored eligibility assessment: never changed.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "eligible": true,
    "rule_set": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1},
    "assessed_on": "2026-01-31",
    "facts": {"citizenship": "GE", "residence_status": "citizen", "date_of_birth": "1988-04-12",
        "stays_abroad": [], "application_date": "2026-01-31", "grants_received": 0},
    "results": [{"rule_id": "adult", "outcome": "passed",
        "reason": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
        "facts": {"age_years": 37}}],
    "assessed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "created_at": "2026-02-01T10:00:00Z"}))]
pub struct AssessmentView {
    pub id: Uuid,
    pub case_id: Uuid,
    pub eligible: bool,
    pub rule_set: RuleSetRef,
    /// The application date the rules were evaluated on (the case's `registered_on`).
    #[schema(value_type = String, format = Date)]
    pub assessed_on: NaiveDate,
    /// The facts used, as they were, by name.
    #[schema(value_type = std::collections::BTreeMap<String, serde_json::Value>)]
    pub facts: Value,
    /// Every rule's result.
    #[schema(value_type = Vec<integra_domain::eligibility::evaluate::RuleResult<'static>>)]
    pub results: Value,
    pub assessed_by: Uuid,
    pub created_at: DateTime<Utc>,
}

impl From<AssessmentRecord> for AssessmentView {
    fn from(record: AssessmentRecord) -> Self {
        Self {
            id: record.id,
            case_id: record.case_id,
            eligible: record.eligible,
            rule_set: RuleSetRef {
                id: record.rule_set_id,
                version: record.rule_set_version,
            },
            assessed_on: record.assessed_on,
            facts: record.facts,
            results: record.results,
            assessed_by: record.assessed_by,
            created_at: record.created_at,
        }
    }
}

/// Runs the programme's rules on the registry's facts as of the case's
/// application date and stores the result; earlier assessments stay as they were.
/// Reading the person's facts is recorded as a read of the person.
pub async fn assess(call: &Call, id: Uuid) -> Result<Answer<AssessmentView>, Error> {
    let reach = call.reach(RecordKind::Assessment, Access::Write)?;
    let assessment = Uuid::now_v7();
    let current = services::read(&call.app, move |c| load(c, id, reach)).await?;
    if !current.case.status.is_open() {
        return Err(Error::conflict(
            "case_closed",
            "a closed case is not assessed again",
        ));
    }
    let entries = vec![
        call.entry("assessment.created", RecordKind::Assessment, assessment),
        call.entry("person.read", RecordKind::Person, current.case.person_id),
    ];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        let case = load(c, id, reach)?.case;
        let (rule_set_id, version) = cases::programme_rules(c, case.programme_id)?;
        let facts =
            assessments::facts_of(c, case.person_id, case.programme_id, case.registered_on)?;
        let rules = RuleSetRef {
            id: rule_set_id,
            version,
        };
        let answer = eligibility::evaluate_version(c, rules, &facts)?;
        let record = AssessmentRecord {
            id: assessment,
            case_id: id,
            rule_set_id,
            rule_set_version: version,
            assessed_on: case.registered_on,
            eligible: answer.eligible,
            facts: answer.facts,
            results: answer.results,
            assessed_by: by,
            created_at: now,
        };
        assessments::insert(c, &record)?;
        cases::touch(c, id, now)?;
        Ok(AssessmentView::from(record))
    })
    .await
}

/// The assessments of a case, oldest first.
pub async fn list(call: &Call, id: Uuid) -> Result<Vec<AssessmentView>, Error> {
    let reach = call.reach(RecordKind::Assessment, Access::Read)?;
    let entries = vec![call.entry("case.read", RecordKind::Case, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        load(c, id, reach)?;
        let items = assessments::list(c, id)?;
        Ok((
            items.into_iter().map(AssessmentView::from).collect(),
            entries,
        ))
    })
    .await
}

/// One assessment of a case.
pub async fn get(call: &Call, id: Uuid, assessment: Uuid) -> Result<AssessmentView, Error> {
    let reach = call.reach(RecordKind::Assessment, Access::Read)?;
    let entries = vec![call.entry("case.read", RecordKind::Case, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        load(c, id, reach)?;
        Ok((assessments::get(c, id, assessment)?.into(), entries))
    })
    .await
}
