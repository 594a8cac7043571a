//! Assistance items of a case: propose, list, read. The workflow actions
//! (approve with four eyes within the budget and caps, reject, deliver,
//! cancel) are in [`actions`].
//!
//! An item belongs to its case: whoever reaches the case reaches its items
//! ([`Actor::reach`] of [`RecordKind::Assistance`]); others find nothing.

use chrono::{DateTime, Utc};
use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::money::Money;
use integra_domain::reintegration::assistance::{
    check_caps, check_correction, check_proposable, Assistance, AssistanceFields, AssistanceInput,
};
use integra_domain::reintegration::programme::AssistanceType;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::assistance::{self, caps, AssistanceDetail, ItemRecord, NewItem};
use integra_persistence::{organisations, DbConnection};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::Body;
use crate::services::paging::{self, PageQuery};
use crate::services::{self, cases, Call, ReadSize};

pub mod actions;

/// The first step of every item's history.
const PROPOSE: &str = "propose";

/// One step in an item's history.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"action": "approve", "reason": null,
    "actor_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1", "occurred_at": "2026-02-06T10:00:00Z"}))]
pub struct AssistanceStep {
    /// `propose`, `approve`, `reject`, `deliver` or `cancel`.
    pub action: String,
    pub reason: Option<String>,
    pub actor_id: Uuid,
    pub occurred_at: DateTime<Utc>,
}

/// An assistance item with its history, oldest step first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f00",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "type": "micro_business",
    "amount": {"amount": "3500.00", "currency": "GEL"}, "in_kind": true,
    "co_beneficiary_ids": [], "provider_organisation_id": null, "corrects_id": null,
    "description": "Two dairy cows and a milk cooler", "status": "approved",
    "status_reason": null, "imported": false, "proposed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "approved_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1", "delivered_on": null,
    "version": 2, "created_at": "2026-02-05T09:00:00Z", "updated_at": "2026-02-06T10:00:00Z",
    "actions": [
        {"action": "propose", "reason": null, "actor_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
         "occurred_at": "2026-02-05T09:00:00Z"},
        {"action": "approve", "reason": null, "actor_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1",
         "occurred_at": "2026-02-06T10:00:00Z"}]}))]
pub struct AssistanceWithHistory {
    #[serde(flatten)]
    pub item: Assistance,
    pub actions: Vec<AssistanceStep>,
}

impl From<AssistanceDetail> for AssistanceWithHistory {
    fn from(detail: AssistanceDetail) -> Self {
        Self {
            item: detail.item,
            actions: detail
                .actions
                .into_iter()
                .map(|a| AssistanceStep {
                    action: a.action,
                    reason: a.reason,
                    actor_id: a.actor_id,
                    occurred_at: a.occurred_at,
                })
                .collect(),
        }
    }
}

/// One page of a case's assistance items.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f00",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "type": "micro_business",
    "amount": {"amount": "3500.00", "currency": "GEL"}, "in_kind": true,
    "co_beneficiary_ids": [], "provider_organisation_id": null, "corrects_id": null,
    "description": null, "status": "proposed", "status_reason": null, "imported": false,
    "proposed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "approved_by": null,
    "delivered_on": null, "version": 1, "created_at": "2026-02-05T09:00:00Z",
    "updated_at": "2026-02-05T09:00:00Z"}], "next_cursor": null}))]
pub struct AssistancePage {
    pub items: Vec<Assistance>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// The item `id`, if the caller reaches its case; otherwise it is not found.
fn load(conn: &mut DbConnection, id: Uuid, reach: Reach) -> Result<ItemRecord, Error> {
    let item = assistance::item(conn, id)?;
    cases::load(conn, item.case_id, reach)?;
    Ok(item)
}

/// The item `id` with its history.
fn view(conn: &mut DbConnection, id: Uuid) -> Result<AssistanceWithHistory, Error> {
    Ok(assistance::get(conn, id)?.into())
}

/// Proposes an assistance item on a case: only on a case whose status allows
/// the type, from the programme's catalogue, within the caps per person and
/// per household, with co-beneficiaries and a provider that exist, and, for a
/// correction, linked to a delivered item of the same case and type.
pub async fn propose(
    call: &Call,
    case_id: Uuid,
    input: Body<AssistanceInput>,
) -> Result<Answer<AssistanceWithHistory>, Error> {
    let reach = call.reach(RecordKind::Assistance, Access::Write)?;
    let input = input.parse()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("assistance.proposed", RecordKind::Assistance, id)];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        let case = cases::load(c, case_id, reach)?.case;
        // The case's person is the beneficiary, never a co-beneficiary.
        let fields = input.validate(case.person_id)?;
        check_references(c, &fields)?;
        let kind = fields.assistance_type;
        check_proposable(case.status, kind)?;
        if let Some(original) = fields.corrects_id {
            check_corrects(c, original, case.id, &fields)?;
        }
        let household = within_caps(c, case.programme_id, case.person_id, kind, fields.amount)?;
        let new = NewItem {
            id,
            case_id: case.id,
            person_id: case.person_id,
            programme_id: case.programme_id,
            household_id: household,
            fields: &fields,
            proposed_by: by,
        };
        assistance::insert_item(c, &new, now)?;
        assistance::record_action(c, id, PROPOSE, None, by, now)?;
        view(c, id)
    })
    .await
}

/// Checks that the co-beneficiaries and the provider exist.
fn check_references(c: &mut DbConnection, fields: &AssistanceFields) -> Result<(), Error> {
    let mut errors = ValidationErrors::new();
    if !fields.co_beneficiary_ids.is_empty() {
        let found = assistance::known_persons(c, &fields.co_beneficiary_ids)?;
        for (index, id) in fields.co_beneficiary_ids.iter().enumerate() {
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
        if organisations::is_active(c, provider)?.is_none() {
            errors.add(
                "provider_organisation_id",
                "not_found",
                "no organisation has this id",
            );
        }
    }
    errors.finish(|| ()).map_err(Error::from)
}

/// Checks that a correction on the case `case_id` may link to `original`.
fn check_corrects(
    c: &mut DbConnection,
    original: Uuid,
    case_id: Uuid,
    fields: &AssistanceFields,
) -> Result<(), Error> {
    let item = services::named(
        assistance::item(c, original),
        "corrects_id",
        "corrects_id names no assistance item",
    )?;
    let net = net_of(&item)?;
    Ok(check_correction(
        item.status,
        item.assistance_type,
        item.case_id,
        net,
        case_id,
        fields.assistance_type,
        fields.amount,
    )?)
}

/// An item's amount plus its committed corrections.
fn net_of(item: &ItemRecord) -> Result<Money, Error> {
    item.amount
        .unwrap_or(Money::ZERO)
        .checked_add(item.corrections)
        .ok_or_else(|| Error::Internal("corrections overflow".to_owned()))
}

/// Whether `amount` more of `kind` for the beneficiary `person` fits the
/// programme's catalogue and its caps per person and per household (counted
/// over the household's members now, see [`caps`]); gives the person's
/// household, which the item is recorded for.
fn within_caps(
    c: &mut DbConnection,
    programme: Uuid,
    person: Uuid,
    kind: AssistanceType,
    amount: Option<Money>,
) -> Result<Option<Uuid>, Error> {
    let entry = caps::catalogue_entry(c, programme, kind)?;
    let household = caps::household_of(c, person)?;
    let committed = caps::committed(c, programme, kind, person, household)?;
    check_caps(
        kind,
        amount.unwrap_or(Money::ZERO),
        committed.person,
        // A person without a household is their own household.
        committed.household.unwrap_or(committed.person),
        entry.as_ref(),
    )?;
    Ok(household)
}

/// The assistance items of a case, oldest first (the read is recorded as a
/// read of the case).
pub async fn list(call: &Call, case_id: Uuid, query: PageQuery) -> Result<AssistancePage, Error> {
    let reach = call.reach(RecordKind::Assistance, Access::Read)?;
    let (limit, after) = query.validate()?;
    let entries = vec![call.entry("case.assistance_read", RecordKind::Case, case_id)];
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        cases::load(c, case_id, reach)?;
        let items = assistance::list_for_case(c, case_id, reach.organisation(), after, limit)?;
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|i| i.id), limit);
    Ok(AssistancePage { items, next_cursor })
}

/// Reads an item with its history.
pub async fn get(call: &Call, id: Uuid) -> Result<AssistanceWithHistory, Error> {
    let reach = call.reach(RecordKind::Assistance, Access::Read)?;
    let entries = vec![call.entry("assistance.read", RecordKind::Assistance, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        load(c, id, reach)?;
        Ok((view(c, id)?, entries))
    })
    .await
}
