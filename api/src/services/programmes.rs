//! Programmes: budgets, catalogues of assistance and the rule set version they
//! apply. Case workers and counsellors read them ([`RecordKind::Programme`]);
//! only administrators write them.

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::money::Money;
use integra_domain::reintegration::programme::{
    self, BudgetBelowCommitted, CatalogueEntryInput, Programme, ProgrammeInput, ProgrammeStatus,
    Stream,
};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::programmes::{self as stored, ProgrammeFilter};
use integra_persistence::{rule_sets, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::json::Body;
use crate::services::{self, paging, Call};

/// One page of programmes.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80", "code": "REINT-2026",
    "name": {"ka": "რეინტეგრაციის სახელმწიფო პროგრამა 2026", "en": "State reintegration programme 2026"},
    "stream": "reintegration", "status": "open", "starts_on": "2026-01-01", "ends_on": "2026-12-31",
    "application_opens_on": null, "application_closes_on": null,
    "budget": {"amount": "500000.00", "currency": "GEL"},
    "approval_threshold": {"amount": "3000.00", "currency": "GEL"},
    "committed": {"amount": "12500.00", "currency": "GEL"},
    "rule_set_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "rule_set_version": 1,
    "catalogue": [{"type": "micro_business",
        "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null}],
    "version": 1, "created_at": "2026-01-05T09:00:00Z", "updated_at": "2026-01-05T09:00:00Z"}],
    "next_cursor": null}))]
pub struct ProgrammePage {
    pub items: Vec<Programme>,
    pub next_cursor: Option<String>,
}

/// Filters of `GET /programmes`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ProgrammeQuery {
    #[param(value_type = Option<Stream>)]
    stream: Option<String>,
    #[param(value_type = Option<ProgrammeStatus>)]
    status: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl ProgrammeQuery {
    /// The list's filter, page size and cursor.
    fn validate(&self) -> Result<(ProgrammeFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let stream = self
            .stream
            .as_deref()
            .and_then(|s| errors.check(Stream::parse("stream", s)));
        let status = self
            .status
            .as_deref()
            .and_then(|s| errors.check(ProgrammeStatus::parse("status", s)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        Ok((ProgrammeFilter { stream, status }, limit, after))
    }
}

/// Decides the rule set version a programme (or a scheme) applies: the one
/// asked for (it must be published) or the rule set's latest published one.
pub(crate) fn resolve_rules(
    conn: &mut DbConnection,
    rule_set_id: Uuid,
    rule_set_version: Option<i64>,
) -> Result<i64, Error> {
    if !rule_sets::exists(conn, rule_set_id)? {
        return Err(Error::field(
            "rule_set_id",
            "not_found",
            "rule_set_id names no rule set",
        ));
    }
    match rule_set_version {
        Some(number) => match rule_sets::published_document(conn, rule_set_id, number)? {
            Some(_) => Ok(number),
            None => Err(Error::field(
                "rule_set_version",
                "not_published",
                "rule_set_version must name a published version of the rule set",
            )),
        },
        None => rule_sets::latest_published(conn, rule_set_id)?.ok_or_else(|| {
            Error::field(
                "rule_set_id",
                "no_published_version",
                "the rule set has no published version yet",
            )
        }),
    }
}

/// Refuses a code that another programme than `own` has.
fn check_code(conn: &mut DbConnection, own: Option<Uuid>, code: &str) -> Result<(), Error> {
    match stored::code_holder(conn, code)? {
        Some(holder) if Some(holder) != own => Err(Error::conflict_with(
            "duplicate_code",
            "another programme has this code",
            RecordKind::Programme,
            holder,
        )),
        _ => Ok(()),
    }
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 7] = [
    "id",
    "code",
    "stream",
    "committed",
    "version",
    "created_at",
    "updated_at",
];

fn input_of(programme: &Programme) -> ProgrammeInput {
    let cap = |m: Option<Money>| m.map(Money::to_input);
    ProgrammeInput {
        code: programme.code.clone(),
        name: programme.name.clone(),
        stream: programme.stream.as_str().to_owned(),
        starts_on: programme.starts_on.to_string(),
        ends_on: programme.ends_on.to_string(),
        application_opens_on: programme.application_opens_on.map(|d| d.to_string()),
        application_closes_on: programme.application_closes_on.map(|d| d.to_string()),
        budget: programme.budget.to_input(),
        approval_threshold: programme.approval_threshold.to_input(),
        rule_set_id: programme.rule_set_id.to_string(),
        rule_set_version: Some(programme.rule_set_version),
        catalogue: programme
            .catalogue
            .iter()
            .map(|e| CatalogueEntryInput {
                assistance_type: e.assistance_type.as_str().to_owned(),
                cap_per_person: cap(e.cap_per_person),
                cap_per_household: cap(e.cap_per_household),
            })
            .collect(),
        status: Some(programme.status.as_str().to_owned()),
    }
}

/// Creates a programme. `rule_set_id` must name a rule set with a published
/// version; the programme applies `rule_set_version` if given, else the latest
/// published version. Its code is unique.
pub async fn create(call: &Call, input: Body<ProgrammeInput>) -> Result<Programme, Error> {
    call.reach(RecordKind::Programme, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("programme.created", RecordKind::Programme, id)];
    services::write(call, entries, move |c, now| {
        let version = resolve_rules(c, fields.rule_set_id, fields.rule_set_version)?;
        check_code(c, None, &fields.code)?;
        Ok(stored::insert(c, id, &fields, version, now)?)
    })
    .await
}

/// Lists programmes, oldest first.
pub async fn list(call: &Call, query: ProgrammeQuery) -> Result<ProgrammePage, Error> {
    call.reach(RecordKind::Programme, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(ProgrammePage { items, next_cursor })
}

/// Reads a programme.
pub async fn get(call: &Call, id: Uuid) -> Result<Programme, Error> {
    call.reach(RecordKind::Programme, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, id)?)).await
}

/// Changes a programme with a JSON merge patch (RFC 7386). The budget cannot drop
/// below what is committed; the status moves by [`programme::STATUSES`]. Pointing
/// the programme at another rule set without `rule_set_version` applies its
/// latest published version.
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Programme, Error> {
    call.reach(RecordKind::Programme, Access::Write)?;
    let patch = patch.parse()?;
    let entries = vec![call.entry("programme.updated", RecordKind::Programme, id)];
    services::write(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        let names_version = patch.contains_key("rule_set_version");
        let mut input: ProgrammeInput =
            services::json::merge_patch(&current, &input_of(&current), patch, &READ_ONLY)?;
        if !names_version && input.rule_set_id != current.rule_set_id.to_string() {
            input.rule_set_version = None;
        }
        let fields = input.validate()?;
        programme::check_status_change(current.status, fields.status)?;
        let expected = precondition.expected(current.version)?;
        let version = resolve_rules(c, fields.rule_set_id, fields.rule_set_version)?;
        check_code(c, Some(id), &fields.code)?;
        match stored::update(c, id, expected, &fields, version, now)? {
            Some(changed) => Ok(changed),
            None => Err(BudgetBelowCommitted {
                committed: stored::get(c, id)?.committed,
            }
            .into()),
        }
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
