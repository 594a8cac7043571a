//! Generated cases of returnees: registration, screening with the rule
//! engine's assessment, the decision (now and then an admin's override),
//! planning and assistance through delivery, monitoring and closing.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use integra_domain::eligibility::Facts;
use integra_domain::reintegration::assistance::{check_action, AssistanceAction, AssistanceStatus};
use integra_domain::reintegration::case::{plan_due_on, CaseOutcome, CaseStatus};
use integra_domain::reintegration::programme::AssistanceType;
use integra_persistence::assessments::AssessmentRecord;
use integra_persistence::population::{
    NewAction, NewCase, NewContact, NewItem, NewTransition, Population, Recorded,
};
use rand::rngs::StdRng;
use rand::Rng;
use uuid::Uuid;

use super::people::Generated;
use super::{during, id_at, weighted, Setting};
use crate::services::eligibility::{self, RuleSetRef};

/// Assistance types of an eligible returnee's plan, by how often they are given.
const PLANNED: [(AssistanceType, u32); 7] = [
    (AssistanceType::MicroBusiness, 35),
    (AssistanceType::VocationalTraining, 25),
    (AssistanceType::Medical, 15),
    (AssistanceType::TemporaryAccommodation, 8),
    (AssistanceType::SelfEmploymentSupport, 7),
    (AssistanceType::EmploymentAssistance, 5),
    (AssistanceType::LivingConditions, 5),
];

/// A case as it moves: the moves recorded so far and where it stands.
struct History<'a> {
    setting: &'a Setting,
    case: NewCase,
    moves: Vec<NewTransition>,
}

impl History<'_> {
    /// Moves the case on `day` (if that is not after the reference date and
    /// the state machine allows it); whether it moved.
    fn step(
        &mut self,
        rng: &mut StdRng,
        day: NaiveDate,
        to: CaseStatus,
        outcome: Option<CaseOutcome>,
        reason: &'static str,
        admin: bool,
    ) -> bool {
        if day > self.setting.as_of || !self.case.status.may_move_to(to) {
            return false;
        }
        let at = during(rng, day).max(self.case.updated_at);
        self.moves.push(NewTransition {
            id: id_at(rng, at),
            case_id: self.case.id,
            from: self.case.status,
            to,
            outcome,
            reason,
            is_override: admin,
            actor_id: if admin {
                self.setting.admin
            } else {
                self.setting.case_worker
            },
            at,
        });
        self.case.status = to;
        self.case.outcome = outcome;
        if matches!(to, CaseStatus::Eligible | CaseStatus::NotEligible) {
            self.case.decision = Some((to, at));
        }
        self.case.moves += 1;
        self.case.updated_at = at;
        true
    }

    /// The day the case last moved.
    fn last_day(&self) -> NaiveDate {
        self.case.updated_at.date()
    }
}

/// Opens cases for the returnees among `persons` (about 45 in 100 of those
/// back within the programme years) and walks them on.
pub fn generate(
    rng: &mut StdRng,
    setting: &Setting,
    persons: &[Generated],
    batch: &mut Population,
    committed: &mut [i64],
) -> Result<(), String> {
    for generated in persons {
        let Some(returned_on) = generated.returned_on else {
            continue;
        };
        // Most returnees are reached first: at the border, by the readmission
        // notice, by phone; those who showed interest register more often.
        let contacted = rng.random_bool(0.55);
        let mut interested = false;
        if contacted {
            let contacted_on =
                (returned_on + Duration::days(rng.random_range(0..60))).min(setting.as_of);
            let outcome = weighted(
                rng,
                &[
                    ("interested", 45),
                    ("informed", 35),
                    ("declined", 10),
                    ("unreachable", 10),
                ],
            );
            interested = matches!(outcome, "interested" | "informed");
            let readmitted = generated.stays.last().and_then(|s| s.return_type)
                == Some(integra_domain::stay::ReturnType::Readmission);
            let channel = if readmitted && rng.random_bool(0.7) {
                "readmission_notice"
            } else {
                weighted(
                    rng,
                    &[
                        ("border_point", 30),
                        ("phone", 30),
                        ("info_session", 20),
                        ("visit", 15),
                        ("other", 5),
                    ],
                )
            };
            let at = during(rng, contacted_on);
            batch.contacts.push(NewContact {
                id: id_at(rng, at),
                person_id: generated.person.id,
                programme_id: setting.programme_of(contacted_on),
                contacted_on,
                channel,
                outcome,
                recorded: Recorded {
                    organisation_id: setting.organisation,
                    recorded_by: setting.case_worker,
                    at,
                },
            });
        }
        if !rng.random_bool(if interested {
            0.6
        } else if contacted {
            0.15
        } else {
            0.35
        }) {
            continue;
        }
        let registered_on = returned_on + Duration::days(rng.random_range(5..330));
        if registered_on > setting.as_of {
            continue;
        }
        let programme_id = setting.programme_of(registered_on);
        let at = during(rng, registered_on).max(generated.person.created_at.naive_utc());
        let mut history = History {
            setting,
            case: NewCase {
                id: id_at(rng, at),
                person_id: generated.person.id,
                programme_id,
                organisation_id: setting.organisation,
                status: CaseStatus::Registered,
                outcome: None,
                registered_on,
                plan_due_on: plan_due_on(registered_on),
                created_by: setting.case_worker,
                moves: 0,
                assessed: false,
                decision: None,
                at,
                updated_at: at,
            },
            moves: Vec::new(),
        };
        walk(rng, setting, generated, &mut history, batch, committed)?;
        batch.cases.push(history.case);
        batch.transitions.extend(history.moves);
    }
    Ok(())
}

/// The case's life after registration.
fn walk(
    rng: &mut StdRng,
    setting: &Setting,
    generated: &Generated,
    history: &mut History<'_>,
    batch: &mut Population,
    committed: &mut [i64],
) -> Result<(), String> {
    let registered_on = history.case.registered_on;
    // One in twelve never comes to screening.
    if rng.random_bool(1.0 / 12.0) {
        let day = registered_on + Duration::days(rng.random_range(30..200));
        history.step(
            rng,
            day,
            CaseStatus::Closed,
            Some(CaseOutcome::Withdrawn),
            "did not come back for screening",
            false,
        );
        return Ok(());
    }
    let day = registered_on + Duration::days(rng.random_range(0..5));
    if !history.step(rng, day, CaseStatus::Screening, None, "screening", false) {
        return Ok(());
    }
    let eligible = assess(rng, setting, generated, history, batch);
    // Now and then an admin decides against the assessment, with a reason.
    let overridden = rng.random_bool(0.02);
    let decision = if eligible != overridden {
        CaseStatus::Eligible
    } else {
        CaseStatus::NotEligible
    };
    let reason = match (decision, overridden) {
        (CaseStatus::Eligible, false) => "the assessment found the person eligible",
        (_, false) => "the assessment found the person not eligible",
        (CaseStatus::Eligible, true) => "override: asylum documents seen in the original",
        (_, true) => "override: assistance received from another programme",
    };
    let day = history.last_day() + Duration::days(rng.random_range(0..7));
    if !history.step(rng, day, decision, None, reason, overridden) {
        return Ok(());
    }
    if decision == CaseStatus::NotEligible {
        return not_eligible(rng, setting, generated, history, batch);
    }
    let day = history.last_day() + Duration::days(rng.random_range(1..25));
    if !rng.random_bool(0.9)
        || !history.step(rng, day, CaseStatus::Planning, None, "plan agreed", false)
    {
        return Ok(());
    }
    let day = history.last_day() + Duration::days(rng.random_range(1..20));
    if !history.step(
        rng,
        day,
        CaseStatus::Assisting,
        None,
        "plan under way",
        false,
    ) {
        return Ok(());
    }
    let first = weighted(rng, &PLANNED);
    let mut types = vec![first];
    if rng.random_bool(0.3) {
        let second = weighted(rng, &PLANNED);
        if second != first {
            types.push(second);
        }
    }
    let mut last_delivery = history.last_day();
    for kind in types {
        if kind == AssistanceType::TemporaryAccommodation && !generated.housemates.is_empty() {
            // A household is housed once, through its first member's case.
            continue;
        }
        let delivered = item(rng, setting, generated, history, batch, committed, kind)?;
        last_delivery = last_delivery.max(delivered.unwrap_or(last_delivery));
    }
    let day = last_delivery + Duration::days(rng.random_range(30..120));
    if rng.random_bool(0.7)
        && history.step(
            rng,
            day,
            CaseStatus::Monitoring,
            None,
            "assistance delivered",
            false,
        )
    {
        let day = history.last_day() + Duration::days(rng.random_range(90..400));
        if rng.random_bool(0.6) {
            let outcome = weighted(
                rng,
                &[
                    (CaseOutcome::Completed, 85),
                    (CaseOutcome::LostContact, 13),
                    (CaseOutcome::Deceased, 2),
                ],
            );
            history.step(
                rng,
                day,
                CaseStatus::Closed,
                Some(outcome),
                "follow-up finished",
                false,
            );
        }
    }
    Ok(())
}

/// The screening: the rule engine on the registry's facts as of the
/// application date, stored as `POST /cases/{id}/assessments` stores it.
fn assess(
    rng: &mut StdRng,
    setting: &Setting,
    generated: &Generated,
    history: &mut History<'_>,
    batch: &mut Population,
) -> bool {
    let facts = Facts::of_registry(
        &generated.person,
        &generated.stays,
        0,
        history.case.registered_on,
    );
    let rules = RuleSetRef {
        id: crate::seed::DEFAULT_RULE_SET_ID,
        version: setting.rule_set_version,
    };
    let answer = eligibility::evaluate(&setting.rules, rules, &facts);
    let at = history.case.updated_at + Duration::minutes(20);
    batch.assessments.push(AssessmentRecord {
        id: id_at(rng, at),
        case_id: history.case.id,
        rule_set_id: rules.id,
        rule_set_version: rules.version,
        assessed_on: history.case.registered_on,
        eligible: answer.eligible,
        facts: answer.facts,
        results: answer.results,
        assessed_by: setting.case_worker,
        created_at: at.and_utc(),
    });
    history.case.updated_at = at;
    history.case.assessed = true;
    answer.eligible
}

/// A case found not eligible: information, counselling and referral for
/// seven in ten, then closed.
fn not_eligible(
    rng: &mut StdRng,
    setting: &Setting,
    generated: &Generated,
    history: &mut History<'_>,
    batch: &mut Population,
) -> Result<(), String> {
    let mut last = history.last_day();
    if rng.random_bool(0.7) {
        let delivered = item(
            rng,
            setting,
            generated,
            history,
            batch,
            &mut [],
            AssistanceType::CounsellingReferral,
        )?;
        last = delivered.unwrap_or(last);
    }
    if rng.random_bool(0.6) {
        let day = last + Duration::days(rng.random_range(1..60));
        history.step(
            rng,
            day,
            CaseStatus::Closed,
            Some(CaseOutcome::Completed),
            "counselled and referred",
            false,
        );
    }
    Ok(())
}

/// An item of `kind` on the case, proposed now and walked through approval to
/// delivery (or rejected, or cancelled) as far as the reference date allows;
/// the day it was delivered, if it was. Approved and delivered amounts are
/// added to the programme's `committed`.
fn item(
    rng: &mut StdRng,
    setting: &Setting,
    generated: &Generated,
    history: &mut History<'_>,
    batch: &mut Population,
    committed: &mut [i64],
    kind: AssistanceType,
) -> Result<Option<NaiveDate>, String> {
    let proposed = history.case.updated_at + Duration::hours(rng.random_range(1..72));
    if proposed.date() > setting.as_of {
        return Ok(None);
    }
    let amount_lari: Option<i64> = match kind {
        AssistanceType::MicroBusiness => Some(rng.random_range(1_500..=4_000)),
        AssistanceType::SelfEmploymentSupport => Some(rng.random_range(800..=2_500)),
        AssistanceType::VocationalTraining => Some(rng.random_range(300..=1_500)),
        AssistanceType::Medical => Some(rng.random_range(200..=1_500)),
        AssistanceType::TemporaryAccommodation => Some(rng.random_range(500..=1_500)),
        AssistanceType::LivingConditions => Some(rng.random_range(500..=2_000)),
        AssistanceType::EmploymentAssistance | AssistanceType::CounsellingReferral => None,
    };
    let id = id_at(rng, proposed);
    let mut record = NewItem {
        id,
        case_id: history.case.id,
        person_id: generated.person.id,
        programme_id: history.case.programme_id,
        household_id: generated.household,
        assistance_type: kind,
        amount_tetri: amount_lari.map(|lari| lari * 100),
        in_kind: kind == AssistanceType::MicroBusiness && rng.random_bool(0.7),
        status: AssistanceStatus::Proposed,
        proposed_by: setting.case_worker,
        decided_by: None,
        delivered_on: None,
        approved_on: None,
        actions: 0,
        at: proposed,
        updated_at: proposed,
    };
    let mut actions = vec![action(
        rng,
        id,
        "propose",
        None,
        setting.case_worker,
        proposed,
    )];
    // Family members working in a micro-business are its co-beneficiaries.
    if kind == AssistanceType::MicroBusiness && rng.random_bool(0.5) {
        let helpers = rng.random_range(1..=2).min(generated.housemates.len());
        for housemate in generated.housemates.iter().take(helpers) {
            batch.co_beneficiaries.push((id, *housemate));
        }
    }
    let fate = weighted(
        rng,
        &[
            (AssistanceStatus::Delivered, 82),
            (AssistanceStatus::Approved, 6),
            (AssistanceStatus::Proposed, 4),
            (AssistanceStatus::Rejected, 4),
            (AssistanceStatus::Cancelled, 4),
        ],
    );
    let mut moved = |rng: &mut StdRng,
                     record: &mut NewItem,
                     after_days: std::ops::Range<i64>,
                     act: AssistanceAction,
                     reason: Option<&'static str>,
                     by: Uuid|
     -> Option<NaiveDateTime> {
        let at = record.updated_at + Duration::days(rng.random_range(after_days));
        let to = check_action(record.status, act).ok()?;
        if at.date() > setting.as_of {
            return None;
        }
        actions.push(action(rng, id, act.as_str(), reason, by, at));
        record.status = to;
        record.actions += 1;
        record.updated_at = at;
        if act.decides() {
            record.decided_by = Some(by);
        }
        if act == AssistanceAction::Approve {
            // Tbilisi's day: the working hours generated are in it whole.
            record.approved_on = Some(at.date());
        }
        Some(at)
    };
    match fate {
        AssistanceStatus::Rejected => {
            let reason = Some("not in the plan");
            moved(
                rng,
                &mut record,
                1..20,
                AssistanceAction::Reject,
                reason,
                setting.admin,
            );
        }
        AssistanceStatus::Cancelled => {
            let (reason, by) = (Some("the person withdrew"), setting.case_worker);
            moved(
                rng,
                &mut record,
                1..20,
                AssistanceAction::Approve,
                None,
                setting.admin,
            );
            moved(
                rng,
                &mut record,
                1..20,
                AssistanceAction::Cancel,
                reason,
                by,
            );
        }
        AssistanceStatus::Approved | AssistanceStatus::Delivered => {
            let approved = moved(
                rng,
                &mut record,
                1..20,
                AssistanceAction::Approve,
                None,
                setting.admin,
            );
            if approved.is_some() && fate == AssistanceStatus::Delivered {
                let by = setting.case_worker;
                if let Some(at) =
                    moved(rng, &mut record, 3..60, AssistanceAction::Deliver, None, by)
                {
                    record.delivered_on = Some(at.date());
                }
            }
        }
        AssistanceStatus::Proposed => {}
    }
    if matches!(
        record.status,
        AssistanceStatus::Approved | AssistanceStatus::Delivered
    ) {
        let index = setting
            .programmes
            .iter()
            .position(|p| *p == record.programme_id);
        if let (Some(index), Some(tetri)) = (index, record.amount_tetri) {
            if let Some(total) = committed.get_mut(index) {
                *total += tetri;
            }
        }
    }
    let delivered = record.delivered_on;
    history.case.updated_at = history.case.updated_at.max(record.updated_at);
    batch.items.push(record);
    batch.actions.extend(actions);
    Ok(delivered)
}

fn action(
    rng: &mut StdRng,
    item_id: Uuid,
    action: &'static str,
    reason: Option<&'static str>,
    actor_id: Uuid,
    at: NaiveDateTime,
) -> NewAction {
    NewAction {
        id: id_at(rng, at),
        item_id,
        action,
        reason,
        actor_id,
        at,
    }
}
