//! Assistance items of a case: the rows of `assistance_items`, their
//! co-beneficiaries and their history (`assistance_actions`). What counts
//! against the caps is read in [`caps`]; the programme's committed total moves
//! in [`budget`]. The rules (four eyes, caps, corrections, the workflow) are the
//! use case's: this module only reads and writes rows.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::money::Money;
use integra_domain::reintegration::assistance::{Assistance, AssistanceFields, AssistanceStatus};
use integra_domain::reintegration::programme::AssistanceType;
use uuid::Uuid;

use crate::cases;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{assistance_actions, assistance_co_beneficiaries, assistance_items, persons};

pub mod budget;
pub mod caps;

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
    corrections_tetri: i64,
    imported: bool,
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

    fn into_record(self) -> Result<ItemRecord, StoreError> {
        Ok(ItemRecord {
            id: rows::uuid(&self.id)?,
            case_id: rows::uuid(&self.case_id)?,
            person_id: rows::uuid(&self.person_id)?,
            programme_id: rows::uuid(&self.programme_id)?,
            assistance_type: self.kind()?,
            amount: self.amount_tetri.map(Money::from_tetri),
            status: self.status()?,
            corrects_id: rows::optional_uuid(self.corrects_id.as_deref())?,
            corrections: Money::from_tetri(self.corrections_tetri),
            proposed_by: rows::uuid(&self.proposed_by)?,
            decided_by: rows::optional_uuid(self.decided_by.as_deref())?,
            delivered_on: self.delivered_on,
            version: self.version,
        })
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
            imported: self.imported,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// An item as the rules need it: what, for whom, in which programme, and where
/// it is in its workflow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRecord {
    pub id: Uuid,
    pub case_id: Uuid,
    /// The beneficiary: the case's person.
    pub person_id: Uuid,
    pub programme_id: Uuid,
    pub assistance_type: AssistanceType,
    pub amount: Option<Money>,
    pub status: AssistanceStatus,
    /// The delivered item this one corrects, if it is a correction.
    pub corrects_id: Option<Uuid>,
    /// What the approved and delivered corrections of this item add up to.
    pub corrections: Money,
    pub proposed_by: Uuid,
    /// The approver, or whoever rejected the item.
    pub decided_by: Option<Uuid>,
    pub delivered_on: Option<NaiveDate>,
    pub version: i64,
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

fn item_row(conn: &mut DbConnection, id: Uuid) -> Result<ItemRow, StoreError> {
    assistance_items::table
        .find(id.to_string())
        .select(ItemRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)
}

/// The item `id`.
pub fn item(conn: &mut DbConnection, id: Uuid) -> Result<ItemRecord, StoreError> {
    item_row(conn, id)?.into_record()
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

/// Reads an item with its history.
pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<AssistanceDetail, StoreError> {
    let row = item_row(conn, id)?;
    let item = assemble(conn, vec![row])?
        .pop()
        .ok_or_else(|| StoreError::Internal("assistance item vanished".to_owned()))?;
    let steps: Vec<(String, Option<String>, String, NaiveDateTime)> = assistance_actions::table
        .filter(assistance_actions::assistance_id.eq(id.to_string()))
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

/// The items of a case in proposal order, after the item `after`;
/// `organisation` limits them to a case that organisation holds (`None`: any).
pub fn list_for_case(
    conn: &mut DbConnection,
    case_id: Uuid,
    organisation: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Assistance>, StoreError> {
    let mut query = assistance_items::table
        .filter(assistance_items::case_id.eq(case_id.to_string()))
        .select(ItemRow::as_select())
        .order(assistance_items::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(organisation) = organisation {
        query = query.filter(assistance_items::case_id.eq_any(cases::held_by(organisation)));
    }
    if let Some(after) = after {
        query = query.filter(assistance_items::id.gt(after.to_string()));
    }
    let items = query.load(conn)?;
    assemble(conn, items)
}

/// Which of `ids` are persons of the registry.
pub fn known_persons(conn: &mut DbConnection, ids: &[Uuid]) -> Result<Vec<Uuid>, StoreError> {
    let wanted: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    let found: Vec<String> = persons::table
        .filter(persons::id.eq_any(&wanted))
        .select(persons::id)
        .load(conn)?;
    found.iter().map(String::as_str).map(rows::uuid).collect()
}

/// A proposed item as it is stored.
#[derive(Debug, Clone, Copy)]
pub struct NewItem<'a> {
    pub id: Uuid,
    pub case_id: Uuid,
    pub person_id: Uuid,
    pub programme_id: Uuid,
    /// The beneficiary's household when proposed (recorded again when approved),
    /// which the household's cap counts by.
    pub household_id: Option<Uuid>,
    pub fields: &'a AssistanceFields,
    pub proposed_by: Uuid,
}

/// Stores a proposed item (version 1) with its co-beneficiaries.
pub fn insert_item(
    conn: &mut DbConnection,
    new: &NewItem<'_>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let fields = new.fields;
    let stamp = now.naive_utc();
    let item = new.id.to_string();
    diesel::insert_into(assistance_items::table)
        .values((
            assistance_items::id.eq(&item),
            assistance_items::case_id.eq(new.case_id.to_string()),
            assistance_items::person_id.eq(new.person_id.to_string()),
            assistance_items::programme_id.eq(new.programme_id.to_string()),
            assistance_items::household_id.eq(new.household_id.map(|h| h.to_string())),
            assistance_items::assistance_type.eq(fields.assistance_type.as_str()),
            assistance_items::amount_tetri.eq(fields.amount.map(Money::tetri)),
            assistance_items::in_kind.eq(fields.in_kind),
            assistance_items::status.eq(AssistanceStatus::Proposed.as_str()),
            assistance_items::provider_organisation_id
                .eq(fields.provider_organisation_id.map(|o| o.to_string())),
            assistance_items::corrects_id.eq(fields.corrects_id.map(|o| o.to_string())),
            assistance_items::description.eq(&fields.description),
            assistance_items::proposed_by.eq(new.proposed_by.to_string()),
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
    Ok(())
}

/// A move of an item from `from` at `version` to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusChange {
    pub id: Uuid,
    pub version: i64,
    pub from: AssistanceStatus,
    pub to: AssistanceStatus,
    pub decided_by: Option<Uuid>,
    pub delivered_on: Option<NaiveDate>,
}

/// Moves an item, if it is still at `change.version` in `change.from`;
/// whether it was (a row changed).
pub fn set_status(
    conn: &mut DbConnection,
    change: &StatusChange,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let changed = diesel::update(
        assistance_items::table
            .filter(assistance_items::id.eq(change.id.to_string()))
            .filter(assistance_items::version.eq(change.version))
            .filter(assistance_items::status.eq(change.from.as_str())),
    )
    .set((
        assistance_items::status.eq(change.to.as_str()),
        assistance_items::decided_by.eq(change.decided_by.map(|d| d.to_string())),
        assistance_items::delivered_on.eq(change.delivered_on),
        assistance_items::version.eq(assistance_items::version + 1),
        assistance_items::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed > 0 && change.to == AssistanceStatus::Approved {
        // The day of approval (Tbilisi's calendar): the money committed in a period.
        diesel::update(
            assistance_items::table.filter(assistance_items::id.eq(change.id.to_string())),
        )
        .set(assistance_items::approved_on.eq(integra_domain::time::tbilisi_date(now)))
        .execute(conn)?;
    }
    Ok(changed > 0)
}

/// Moves `delta` into (or, negative, out of) what the committed corrections
/// of the item `original` add up to, in one conditional statement: only if
/// the original's `amount` plus its corrections stays at zero or more. Whether
/// it did (a row changed). Approving a correction moves its amount in, cancelling
/// an approved one moves it out; the row stays locked (PostgreSQL) or the one
/// writer busy (SQLite) until the transaction ends, so concurrent corrections of
/// one item are counted one after the other.
///
/// `amount` is the original's own amount (`None`: zero); it never changes, as
/// only a delivered item is corrected and a delivered item is final.
pub fn move_corrections(
    conn: &mut DbConnection,
    original: Uuid,
    amount: Option<Money>,
    delta: Money,
) -> Result<bool, StoreError> {
    let delta = delta.tetri();
    // The corrections may fall to `-amount` at most (`amount + corrections >= 0`).
    let floor = amount
        .map_or(0, Money::tetri)
        .checked_neg()
        .and_then(|f| f.checked_sub(delta))
        .ok_or_else(|| StoreError::Internal("correction amounts overflow".to_owned()))?;
    let changed = diesel::update(
        assistance_items::table
            .filter(assistance_items::id.eq(original.to_string()))
            .filter(assistance_items::corrections_tetri.ge(floor)),
    )
    // The original itself is not edited: its version and time stamp stay.
    .set(assistance_items::corrections_tetri.eq(assistance_items::corrections_tetri + delta))
    .execute(conn)?;
    Ok(changed > 0)
}

/// Records the beneficiary's household on the item `id` (when it is approved:
/// the household that receives it).
pub fn set_household(
    conn: &mut DbConnection,
    id: Uuid,
    household: Option<Uuid>,
) -> Result<(), StoreError> {
    diesel::update(assistance_items::table.filter(assistance_items::id.eq(id.to_string())))
        .set(assistance_items::household_id.eq(household.map(|h| h.to_string())))
        .execute(conn)?;
    Ok(())
}

/// Adds a step to an item's history.
pub fn record_action(
    conn: &mut DbConnection,
    item: Uuid,
    action: &str,
    reason: Option<&str>,
    actor: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    diesel::insert_into(assistance_actions::table)
        .values((
            assistance_actions::id.eq(Uuid::now_v7().to_string()),
            assistance_actions::assistance_id.eq(item.to_string()),
            assistance_actions::action.eq(action),
            assistance_actions::reason.eq(reason),
            assistance_actions::actor_id.eq(actor.to_string()),
            assistance_actions::occurred_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Stores an item delivered before integra, imported from earlier records:
/// delivered on `delivered_on` (its money committed that day), proposed and
/// decided by the importer, marked as imported; its history one `import`
/// step.
pub fn insert_imported(
    conn: &mut DbConnection,
    new: &NewItem<'_>,
    delivered_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    insert_item(conn, new, now)?;
    diesel::update(assistance_items::table.find(new.id.to_string()))
        .set((
            assistance_items::status.eq(AssistanceStatus::Delivered.as_str()),
            assistance_items::decided_by.eq(new.proposed_by.to_string()),
            assistance_items::delivered_on.eq(delivered_on),
            assistance_items::approved_on.eq(delivered_on),
            assistance_items::imported.eq(true),
        ))
        .execute(conn)?;
    record_action(conn, new.id, "import", None, new.proposed_by, now)
}

/// The imported item of `person` in `programme` of `kind` delivered on
/// `delivered_on` (on whichever of their cases), if any.
pub fn imported_on(
    conn: &mut DbConnection,
    person: Uuid,
    programme: Uuid,
    kind: AssistanceType,
    delivered_on: NaiveDate,
) -> Result<Option<Assistance>, StoreError> {
    let rows: Vec<ItemRow> = assistance_items::table
        .filter(assistance_items::person_id.eq(person.to_string()))
        .filter(assistance_items::programme_id.eq(programme.to_string()))
        .filter(assistance_items::assistance_type.eq(kind.as_str()))
        .filter(assistance_items::delivered_on.eq(delivered_on))
        .filter(assistance_items::imported.eq(true))
        .order(assistance_items::id.asc())
        .select(ItemRow::as_select())
        .load(conn)?;
    Ok(assemble(conn, rows)?.into_iter().next())
}

/// Changes what an imported item says (amount, goods, description) at
/// `expected`; the item as it now is.
pub fn change_imported(
    conn: &mut DbConnection,
    id: Uuid,
    expected: i64,
    fields: &AssistanceFields,
    now: DateTime<Utc>,
) -> Result<Assistance, StoreError> {
    let changed = diesel::update(
        assistance_items::table
            .find(id.to_string())
            .filter(assistance_items::imported.eq(true))
            .filter(assistance_items::version.eq(expected)),
    )
    .set((
        assistance_items::amount_tetri.eq(fields.amount.map(Money::tetri)),
        assistance_items::in_kind.eq(fields.in_kind),
        assistance_items::description.eq(&fields.description),
        assistance_items::version.eq(assistance_items::version + 1),
        assistance_items::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    let now = get(conn, id).map(|d| d.item);
    rows::versioned(changed, now, |a| a.version)
}
