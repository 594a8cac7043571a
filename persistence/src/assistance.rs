//! Assistance items of a case: proposal, four-eyes approval against the
//! programme's budget, delivery, cancellation; every step kept in
//! `assistance_actions`.
//!
//! The budget is enforced by the database: approving an item with an amount
//! runs, in the approval's transaction,
//! `UPDATE programmes SET committed_tetri = committed_tetri + :amount, version = version + 1
//!  WHERE id = :programme AND committed_tetri + :amount <= budget_tetri`;
//! no row changed means the budget would be overspent (`budget_exceeded`), and
//! the `CHECK (committed_tetri >= 0 AND committed_tetri <= budget_tetri)` of
//! the table is the backstop (its violation is the same conflict). Cancelling an
//! approved item gives its amount back in the same way.
//!
//! The programme row stays locked (PostgreSQL) or the one writer is busy
//! (SQLite) until the approval commits, so the caps re-checked after the
//! budget update see every other approval of the programme: caps cannot be
//! overrun by two concurrent approvals either.
//!
//! What counts against caps (see [`check_caps`]): the approved and delivered
//! items of the same type in the same programme whose *beneficiary* (the case's
//! person) is the person, and, per household, those recorded for the person's
//! current household (the household is recorded on the item when proposed).
//! Co-beneficiaries are persons involved, not recipients: an item does not
//! count against their own caps.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use integra_domain::money::Money;
use integra_domain::reintegration::assistance::{
    check_action, check_caps, check_correction, may_propose, Assistance, AssistanceAction,
    AssistanceFields, AssistanceInput, AssistanceStatus, CapError, CorrectionError,
};
use integra_domain::reintegration::case::CaseStatus;
use integra_domain::reintegration::programme::{AssistanceType, CatalogueEntry};
use integra_domain::ValidationErrors;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{
    assistance_actions, assistance_co_beneficiaries, assistance_items, cases, organisations,
    persons, programme_catalogue, programmes,
};

/// What the assistance, referral and follow-up modules need of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFacts {
    pub id: Uuid,
    pub person_id: Uuid,
    pub programme_id: Uuid,
    pub organisation_id: Uuid,
    pub status: CaseStatus,
    pub registered_on: NaiveDate,
}

/// Reads a case as `organisation` sees it: `None` sees every case (admin); a
/// case of another organisation is not found.
pub fn case_facts(
    conn: &mut DbConnection,
    id: Uuid,
    organisation: Option<Uuid>,
) -> Result<CaseFacts, StoreError> {
    let row: Option<(String, String, String, String, String, NaiveDate)> = cases::table
        .find(id.to_string())
        .select((
            cases::id,
            cases::person_id,
            cases::programme_id,
            cases::organisation_id,
            cases::status,
            cases::registered_on,
        ))
        .first(conn)
        .optional()?;
    let (id, person, programme, org, status, registered_on) = row.ok_or(StoreError::NotFound)?;
    let facts = CaseFacts {
        id: rows::uuid(&id)?,
        person_id: rows::uuid(&person)?,
        programme_id: rows::uuid(&programme)?,
        organisation_id: rows::uuid(&org)?,
        status: rows::parse("case status", &status, CaseStatus::parse)?,
        registered_on,
    };
    match organisation {
        Some(org) if org != facts.organisation_id => Err(StoreError::NotFound),
        _ => Ok(facts),
    }
}

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = assistance_items)]
struct ItemRow {
    id: String,
    case_id: String,
    person_id: String,
    programme_id: String,
    assistance_type: String,
    amount_tetri: Option<i64>,
    in_kind: bool,
    status: String,
    provider_organisation_id: Option<String>,
    corrects_id: Option<String>,
    description: Option<String>,
    proposed_by: String,
    decided_by: Option<String>,
    delivered_on: Option<NaiveDate>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ItemRow {
    fn status(&self) -> Result<AssistanceStatus, StoreError> {
        rows::parse("assistance status", &self.status, AssistanceStatus::parse)
    }

    fn kind(&self) -> Result<AssistanceType, StoreError> {
        rows::parse(
            "assistance type",
            &self.assistance_type,
            AssistanceType::parse,
        )
    }

    fn amount(&self) -> Option<Money> {
        self.amount_tetri.map(Money::from_tetri)
    }

    fn into_assistance(
        self,
        co_beneficiary_ids: Vec<Uuid>,
        status_reason: Option<String>,
    ) -> Result<Assistance, StoreError> {
        let status = self.status()?;
        let kind = self.kind()?;
        let decided_by = rows::optional_uuid(self.decided_by.as_deref())?;
        // `decided_by` holds the approver, or whoever rejected the item.
        let approved_by = match status {
            AssistanceStatus::Approved
            | AssistanceStatus::Delivered
            | AssistanceStatus::Cancelled => decided_by,
            AssistanceStatus::Proposed | AssistanceStatus::Rejected => None,
        };
        Ok(Assistance {
            id: rows::uuid(&self.id)?,
            case_id: rows::uuid(&self.case_id)?,
            assistance_type: kind,
            amount: self.amount_tetri.map(Money::from_tetri),
            in_kind: self.in_kind,
            co_beneficiary_ids,
            provider_organisation_id: rows::optional_uuid(
                self.provider_organisation_id.as_deref(),
            )?,
            corrects_id: rows::optional_uuid(self.corrects_id.as_deref())?,
            description: self.description,
            status,
            status_reason,
            proposed_by: rows::uuid(&self.proposed_by)?,
            approved_by,
            delivered_on: self.delivered_on,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// One step in an item's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRecord {
    /// `propose`, `approve`, `reject`, `deliver` or `cancel`.
    pub action: String,
    pub reason: Option<String>,
    pub actor_id: Uuid,
    pub occurred_at: DateTime<Utc>,
}

/// An item with its history, oldest step first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssistanceDetail {
    pub item: Assistance,
    pub actions: Vec<ActionRecord>,
}

/// What the four-eyes check of an approval needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalFacts {
    pub proposed_by: Uuid,
    pub amount: Option<Money>,
    pub threshold: Money,
}

const PROPOSE: &str = "propose";

fn item_row(conn: &mut DbConnection, id: &str) -> Result<ItemRow, StoreError> {
    assistance_items::table
        .find(id)
        .select(ItemRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)
}

/// The item `id` if its case is visible to `organisation`.
fn visible_item(
    conn: &mut DbConnection,
    id: Uuid,
    organisation: Option<Uuid>,
) -> Result<ItemRow, StoreError> {
    let row = item_row(conn, &id.to_string())?;
    case_facts(conn, rows::uuid(&row.case_id)?, organisation)?;
    Ok(row)
}

fn co_beneficiaries(
    conn: &mut DbConnection,
    ids: &[String],
) -> Result<Vec<(String, String)>, StoreError> {
    Ok(assistance_co_beneficiaries::table
        .filter(assistance_co_beneficiaries::assistance_id.eq_any(ids))
        .order((
            assistance_co_beneficiaries::assistance_id.asc(),
            assistance_co_beneficiaries::person_id.asc(),
        ))
        .select((
            assistance_co_beneficiaries::assistance_id,
            assistance_co_beneficiaries::person_id,
        ))
        .load(conn)?)
}

/// The reason of each item's latest action.
fn latest_reasons(
    conn: &mut DbConnection,
    ids: &[String],
) -> Result<Vec<(String, Option<String>)>, StoreError> {
    Ok(assistance_actions::table
        .filter(assistance_actions::assistance_id.eq_any(ids))
        .order((
            assistance_actions::assistance_id.asc(),
            assistance_actions::id.asc(),
        ))
        .select((
            assistance_actions::assistance_id,
            assistance_actions::reason,
        ))
        .load(conn)?)
}

fn assemble(conn: &mut DbConnection, items: Vec<ItemRow>) -> Result<Vec<Assistance>, StoreError> {
    let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
    let co = co_beneficiaries(conn, &ids)?;
    let reasons = latest_reasons(conn, &ids)?;
    items
        .into_iter()
        .map(|row| {
            let co_ids = co
                .iter()
                .filter(|(item, _)| *item == row.id)
                .map(|(_, person)| rows::uuid(person))
                .collect::<Result<Vec<_>, _>>()?;
            let reason = reasons
                .iter()
                .rev()
                .find(|(item, _)| *item == row.id)
                .and_then(|(_, reason)| reason.clone());
            row.into_assistance(co_ids, reason)
        })
        .collect()
}

fn detail(conn: &mut DbConnection, row: ItemRow) -> Result<AssistanceDetail, StoreError> {
    let id = row.id.clone();
    let item = assemble(conn, vec![row])?
        .pop()
        .ok_or_else(|| StoreError::Internal("assistance item vanished".to_owned()))?;
    let steps: Vec<(String, Option<String>, String, NaiveDateTime)> = assistance_actions::table
        .filter(assistance_actions::assistance_id.eq(&id))
        .order(assistance_actions::id.asc())
        .select((
            assistance_actions::action,
            assistance_actions::reason,
            assistance_actions::actor_id,
            assistance_actions::occurred_at,
        ))
        .load(conn)?;
    let actions = steps
        .into_iter()
        .map(|(action, reason, actor, at)| {
            Ok(ActionRecord {
                action,
                reason,
                actor_id: rows::uuid(&actor)?,
                occurred_at: rows::utc(at),
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(AssistanceDetail { item, actions })
}

/// Reads an item with its history.
pub fn get(
    conn: &mut DbConnection,
    id: Uuid,
    organisation: Option<Uuid>,
) -> Result<AssistanceDetail, StoreError> {
    let row = visible_item(conn, id, organisation)?;
    detail(conn, row)
}

/// The items of a case in proposal order, after the item `after`.
pub fn list_for_case(
    conn: &mut DbConnection,
    case_id: Uuid,
    organisation: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Assistance>, StoreError> {
    case_facts(conn, case_id, organisation)?;
    let mut query = assistance_items::table
        .filter(assistance_items::case_id.eq(case_id.to_string()))
        .select(ItemRow::as_select())
        .order(assistance_items::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(assistance_items::id.gt(after.to_string()));
    }
    let items = query.load(conn)?;
    assemble(conn, items)
}

/// The facts of the four-eyes check (the proposer and the amount never change).
pub fn approval_facts(
    conn: &mut DbConnection,
    id: Uuid,
    organisation: Option<Uuid>,
) -> Result<ApprovalFacts, StoreError> {
    let row = visible_item(conn, id, organisation)?;
    let threshold: i64 = programmes::table
        .find(&row.programme_id)
        .select(programmes::approval_threshold_tetri)
        .first(conn)?;
    Ok(ApprovalFacts {
        proposed_by: rows::uuid(&row.proposed_by)?,
        amount: row.amount(),
        threshold: Money::from_tetri(threshold),
    })
}

fn catalogue_entry(
    conn: &mut DbConnection,
    programme: &str,
    kind: AssistanceType,
) -> Result<Option<CatalogueEntry>, StoreError> {
    let row: Option<(Option<i64>, Option<i64>)> = programme_catalogue::table
        .filter(programme_catalogue::programme_id.eq(programme))
        .filter(programme_catalogue::assistance_type.eq(kind.as_str()))
        .select((
            programme_catalogue::cap_per_person_tetri,
            programme_catalogue::cap_per_household_tetri,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(person, household)| CatalogueEntry {
        assistance_type: kind,
        cap_per_person: person.map(Money::from_tetri),
        cap_per_household: household.map(Money::from_tetri),
    }))
}

fn committed_statuses() -> [&'static str; 2] {
    [
        AssistanceStatus::Approved.as_str(),
        AssistanceStatus::Delivered.as_str(),
    ]
}

fn total(amounts: Vec<Option<i64>>) -> Result<Money, StoreError> {
    Money::checked_sum(amounts.into_iter().flatten().map(Money::from_tetri))
        .ok_or_else(|| StoreError::Internal("committed amounts overflow".to_owned()))
}

/// Approved plus delivered of `kind` for the beneficiary `person` in `programme`.
fn committed_for_person(
    conn: &mut DbConnection,
    programme: &str,
    person: &str,
    kind: AssistanceType,
) -> Result<Money, StoreError> {
    let amounts = assistance_items::table
        .filter(assistance_items::programme_id.eq(programme))
        .filter(assistance_items::person_id.eq(person))
        .filter(assistance_items::assistance_type.eq(kind.as_str()))
        .filter(assistance_items::status.eq_any(committed_statuses()))
        .select(assistance_items::amount_tetri)
        .load(conn)?;
    total(amounts)
}

/// Approved plus delivered of `kind` recorded for `household` in `programme`.
fn committed_for_household(
    conn: &mut DbConnection,
    programme: &str,
    household: &str,
    kind: AssistanceType,
) -> Result<Money, StoreError> {
    let amounts = assistance_items::table
        .filter(assistance_items::programme_id.eq(programme))
        .filter(assistance_items::household_id.eq(household))
        .filter(assistance_items::assistance_type.eq(kind.as_str()))
        .filter(assistance_items::status.eq_any(committed_statuses()))
        .select(assistance_items::amount_tetri)
        .load(conn)?;
    total(amounts)
}

fn household_of(conn: &mut DbConnection, person: &str) -> Result<Option<String>, StoreError> {
    Ok(persons::table
        .find(person)
        .select(persons::household_id)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten())
}

fn cap_conflict(error: CapError) -> StoreError {
    StoreError::conflict(error.cap_name(), error.to_string(), None)
}

/// Whether `amount` more of `kind` for `person` fits the programme's catalogue and caps.
fn check_item_caps(
    conn: &mut DbConnection,
    programme: &str,
    person: &str,
    kind: AssistanceType,
    amount: Option<Money>,
) -> Result<(), StoreError> {
    let entry = catalogue_entry(conn, programme, kind)?;
    let for_person = committed_for_person(conn, programme, person, kind)?;
    let for_household = match household_of(conn, person)? {
        Some(household) => committed_for_household(conn, programme, &household, kind)?,
        None => for_person,
    };
    check_caps(
        kind,
        amount.unwrap_or(Money::ZERO),
        for_person,
        for_household,
        entry.as_ref(),
    )
    .map_err(cap_conflict)
}

fn record_action(
    conn: &mut DbConnection,
    item: &str,
    action: &str,
    reason: Option<&str>,
    actor: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    diesel::insert_into(assistance_actions::table)
        .values((
            assistance_actions::id.eq(Uuid::now_v7().to_string()),
            assistance_actions::assistance_id.eq(item),
            assistance_actions::action.eq(action),
            assistance_actions::reason.eq(reason),
            assistance_actions::actor_id.eq(actor.to_string()),
            assistance_actions::occurred_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

fn correction_conflict(error: CorrectionError) -> StoreError {
    let code = match error {
        CorrectionError::NotDelivered { .. } => "correction_not_delivered",
        CorrectionError::OtherType { .. } => "correction_other_type",
        CorrectionError::OtherCase => "correction_other_case",
        CorrectionError::BelowZero { .. } => "correction_below_zero",
    };
    StoreError::conflict(code, error.to_string(), None)
}

/// Checks that a correction may link to `original`.
fn check_corrects(
    conn: &mut DbConnection,
    original: Uuid,
    case_id: Uuid,
    fields: &AssistanceFields,
) -> Result<(), StoreError> {
    let original_id = original.to_string();
    let row = match item_row(conn, &original_id) {
        Err(StoreError::NotFound) => {
            return Err(StoreError::Invalid(ValidationErrors::single(
                "corrects_id",
                "not_found",
                "corrects_id names no assistance item",
            )))
        }
        other => other?,
    };
    let corrections: Vec<Option<i64>> = assistance_items::table
        .filter(assistance_items::corrects_id.eq(&original_id))
        .filter(assistance_items::status.eq_any(committed_statuses()))
        .select(assistance_items::amount_tetri)
        .load(conn)?;
    let net = row
        .amount()
        .unwrap_or(Money::ZERO)
        .checked_add(total(corrections)?)
        .ok_or_else(|| StoreError::Internal("corrections overflow".to_owned()))?;
    check_correction(
        row.status()?,
        row.kind()?,
        rows::uuid(&row.case_id)?,
        net,
        case_id,
        fields.assistance_type,
        fields.amount,
    )
    .map_err(correction_conflict)
}

/// Checks that co-beneficiaries and the provider exist.
fn check_references(conn: &mut DbConnection, fields: &AssistanceFields) -> Result<(), StoreError> {
    let mut errors = ValidationErrors::new();
    if !fields.co_beneficiary_ids.is_empty() {
        let wanted: Vec<String> = fields
            .co_beneficiary_ids
            .iter()
            .map(Uuid::to_string)
            .collect();
        let found: Vec<String> = persons::table
            .filter(persons::id.eq_any(&wanted))
            .select(persons::id)
            .load(conn)?;
        for (index, id) in wanted.iter().enumerate() {
            if !found.contains(id) {
                errors.add(
                    format!("co_beneficiary_ids[{index}]"),
                    "not_found",
                    "no person has this id",
                );
            }
        }
    }
    if let Some(provider) = fields.provider_organisation_id {
        let exists = organisations::table
            .find(provider.to_string())
            .select(organisations::id)
            .first::<String>(conn)
            .optional()?
            .is_some();
        if !exists {
            errors.add(
                "provider_organisation_id",
                "not_found",
                "no organisation has this id",
            );
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid(errors))
    }
}

/// Proposes an item on a case; checks the case's status, the catalogue, the
/// caps, the co-beneficiaries, the provider and, for a correction, its original.
pub fn propose(
    conn: &mut DbConnection,
    id: Uuid,
    case_id: Uuid,
    organisation: Option<Uuid>,
    input: &AssistanceInput,
    proposer: Uuid,
    now: DateTime<Utc>,
) -> Result<AssistanceDetail, StoreError> {
    let case = case_facts(conn, case_id, organisation)?;
    let fields = input
        .validate(case.person_id)
        .map_err(StoreError::Invalid)?;
    check_references(conn, &fields)?;
    let kind = fields.assistance_type;
    if !may_propose(case.status, kind) {
        return Err(StoreError::conflict(
            "case_status",
            format!(
                "{kind} assistance is not proposed on a case that is {}: only on planning or assisting cases (counselling_referral also on not_eligible ones)",
                case.status
            ),
            None,
        ));
    }
    if let Some(original) = fields.corrects_id {
        check_corrects(conn, original, case.id, &fields)?;
    }
    let programme = case.programme_id.to_string();
    let person = case.person_id.to_string();
    check_item_caps(conn, &programme, &person, kind, fields.amount)?;
    let household = household_of(conn, &person)?;
    let stamp = now.naive_utc();
    let item = id.to_string();
    diesel::insert_into(assistance_items::table)
        .values((
            assistance_items::id.eq(&item),
            assistance_items::case_id.eq(case.id.to_string()),
            assistance_items::person_id.eq(&person),
            assistance_items::programme_id.eq(&programme),
            assistance_items::household_id.eq(household),
            assistance_items::assistance_type.eq(kind.as_str()),
            assistance_items::amount_tetri.eq(fields.amount.map(Money::tetri)),
            assistance_items::in_kind.eq(fields.in_kind),
            assistance_items::status.eq(AssistanceStatus::Proposed.as_str()),
            assistance_items::provider_organisation_id
                .eq(fields.provider_organisation_id.map(|o| o.to_string())),
            assistance_items::corrects_id.eq(fields.corrects_id.map(|o| o.to_string())),
            assistance_items::description.eq(&fields.description),
            assistance_items::proposed_by.eq(proposer.to_string()),
            assistance_items::version.eq(1_i64),
            assistance_items::created_at.eq(stamp),
            assistance_items::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    for person in &fields.co_beneficiary_ids {
        diesel::insert_into(assistance_co_beneficiaries::table)
            .values((
                assistance_co_beneficiaries::assistance_id.eq(&item),
                assistance_co_beneficiaries::person_id.eq(person.to_string()),
            ))
            .execute(conn)?;
    }
    record_action(conn, &item, PROPOSE, None, proposer, now)?;
    get(conn, id, None)
}

fn budget_conflict(
    conn: &mut DbConnection,
    programme: &str,
    amount: Money,
) -> Result<StoreError, StoreError> {
    let (budget, committed): (i64, i64) = programmes::table
        .find(programme)
        .select((programmes::budget_tetri, programmes::committed_tetri))
        .first(conn)?;
    let remaining = Money::from_tetri(budget.saturating_sub(committed).max(0));
    Ok(StoreError::conflict(
        "budget_exceeded",
        format!(
            "the programme's budget of {} leaves {remaining}; this item needs {amount}",
            Money::from_tetri(budget)
        ),
        None,
    ))
}

fn is_check_violation(error: &DieselError) -> bool {
    match error {
        DieselError::DatabaseError(DatabaseErrorKind::CheckViolation, _) => true,
        DieselError::DatabaseError(_, info) => info.message().contains("CHECK constraint"),
        _ => false,
    }
}

/// Moves `amount` into (positive) or out of (negative) the programme's
/// committed total, in one conditional statement: the database refuses to
/// overspend.
fn commit_budget(
    conn: &mut DbConnection,
    programme: &str,
    amount: Money,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let delta = amount.tetri();
    let result = diesel::update(
        programmes::table
            .filter(programmes::id.eq(programme))
            .filter((programmes::committed_tetri + delta).le(programmes::budget_tetri))
            .filter((programmes::committed_tetri + delta).ge(0_i64)),
    )
    .set((
        programmes::committed_tetri.eq(programmes::committed_tetri + delta),
        programmes::version.eq(programmes::version + 1),
        programmes::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn);
    match result {
        Ok(1) => Ok(()),
        Ok(_) => Err(budget_conflict(conn, programme, amount)?),
        // The CHECK constraint is the backstop. After an error PostgreSQL has
        // aborted the transaction: no more reads in it, so no remaining figure.
        Err(error) if is_check_violation(&error) => Err(StoreError::conflict(
            "budget_exceeded",
            format!("the programme's budget does not hold {amount} more"),
            None,
        )),
        Err(error) => Err(error.into()),
    }
}

/// An action on an item, with what it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRequest {
    pub action: AssistanceAction,
    pub reason: Option<String>,
    /// For `deliver`.
    pub delivered_on: Option<NaiveDate>,
    /// The version the client holds (`If-Match`), if it named one.
    pub expected_version: Option<i64>,
    pub actor: Uuid,
}

/// Takes an action on an item in one transaction (the caller's): the status
/// change, the budget, the caps (re-checked on approval) and the history row.
/// The four-eyes rule is checked by the caller with [`approval_facts`].
pub fn act(
    conn: &mut DbConnection,
    id: Uuid,
    organisation: Option<Uuid>,
    request: &ActionRequest,
    now: DateTime<Utc>,
) -> Result<AssistanceDetail, StoreError> {
    let row = visible_item(conn, id, organisation)?;
    if let Some(expected) = request.expected_version {
        if expected != row.version {
            return Err(StoreError::VersionMismatch {
                current: row.version,
            });
        }
    }
    let status = row.status()?;
    let action = request.action;
    let target = check_action(status, action)?;
    let amount = row.amount().filter(|a| *a != Money::ZERO);
    match action {
        AssistanceAction::Approve => {
            if let Some(amount) = amount {
                commit_budget(conn, &row.programme_id, amount, now)?;
            }
            // Re-checked now that the programme's approvals are serialised.
            check_item_caps(conn, &row.programme_id, &row.person_id, row.kind()?, amount)?;
        }
        AssistanceAction::Cancel if status == AssistanceStatus::Approved => {
            if let Some(amount) = amount {
                let back = Money::from_tetri(amount.tetri().saturating_neg());
                commit_budget(conn, &row.programme_id, back, now)?;
            }
        }
        _ => {}
    }
    let decided_by = match action {
        AssistanceAction::Approve | AssistanceAction::Reject => Some(request.actor.to_string()),
        _ => row.decided_by.clone(),
    };
    let delivered_on = match action {
        AssistanceAction::Deliver => request.delivered_on,
        _ => row.delivered_on,
    };
    let changed = diesel::update(
        assistance_items::table
            .filter(assistance_items::id.eq(&row.id))
            .filter(assistance_items::version.eq(row.version))
            .filter(assistance_items::status.eq(status.as_str())),
    )
    .set((
        assistance_items::status.eq(target.as_str()),
        assistance_items::decided_by.eq(decided_by),
        assistance_items::delivered_on.eq(delivered_on),
        assistance_items::version.eq(assistance_items::version + 1),
        assistance_items::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        // Someone else acted on the item meanwhile; this transaction is undone.
        return Err(StoreError::conflict(
            "concurrent_change",
            "the item changed while this action was taken; read it again",
            None,
        ));
    }
    record_action(
        conn,
        &row.id,
        action.as_str(),
        request.reason.as_deref(),
        request.actor,
        now,
    )?;
    get(conn, id, None)
}
