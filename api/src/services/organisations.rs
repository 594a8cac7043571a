//! Organisations: the ministry, agencies, partners, providers and employers.
//! Case workers and counsellors read them (to pick a partner, say); only
//! administrators add and change them.

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::organisation::{self, Organisation, OrganisationInput, OrganisationKind};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::organisations::{self as stored, OrganisationFilter};
use integra_persistence::DbConnection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::json::Body;
use crate::services::{self, paging, Call};

/// One page of organisations.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "name": "Caritas Georgia",
    "kind": "ngo", "country": "GE", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}], "next_cursor": null}))]
pub struct OrganisationPage {
    pub items: Vec<Organisation>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /organisations`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OrganisationQuery {
    #[param(value_type = Option<OrganisationKind>)]
    kind: Option<String>,
    active: Option<bool>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl OrganisationQuery {
    /// The list's filter, page size and cursor.
    fn validate(&self) -> Result<(OrganisationFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let kind = self
            .kind
            .as_deref()
            .and_then(|k| errors.check(OrganisationKind::parse("kind", k)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = OrganisationFilter {
            kind,
            active: self.active,
        };
        Ok((filter, limit, after))
    }
}

/// The writable fields of an organisation, to which a merge patch applies.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Writable {
    name: String,
    kind: String,
    country: String,
    active: bool,
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 4] = ["id", "version", "created_at", "updated_at"];

/// Refuses a name that another organisation than `own` has.
fn check_name(conn: &mut DbConnection, own: Option<Uuid>, name: &str) -> Result<(), Error> {
    match stored::name_holder(conn, name)? {
        Some(holder) if Some(holder) != own => Err(Error::conflict_with(
            "duplicate_organisation",
            "an organisation with this name exists",
            RecordKind::Organisation,
            holder,
        )),
        _ => Ok(()),
    }
}

/// Adds an organisation; its name is unique.
pub async fn create(call: &Call, input: Body<OrganisationInput>) -> Result<Organisation, Error> {
    call.reach(RecordKind::Organisation, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("organisation.created", RecordKind::Organisation, id)];
    services::write(call, entries, move |c, now| {
        check_name(c, None, &fields.name)?;
        Ok(stored::insert(c, id, &fields, now)?)
    })
    .await
}

/// Lists organisations, oldest first.
pub async fn list(call: &Call, query: OrganisationQuery) -> Result<OrganisationPage, Error> {
    call.reach(RecordKind::Organisation, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|o| o.id), limit);
    Ok(OrganisationPage { items, next_cursor })
}

/// Reads an organisation.
pub async fn get(call: &Call, id: Uuid) -> Result<Organisation, Error> {
    call.reach(RecordKind::Organisation, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, id)?)).await
}

/// Changes an organisation with a JSON merge patch. An inactive organisation's
/// users cannot sign in and their tokens stop working, so the node forgets what
/// it knew of everyone's standing.
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Organisation, Error> {
    call.reach(RecordKind::Organisation, Access::Write)?;
    let patch = patch.parse()?;
    let own = call.organisation_id;
    let entries = vec![call.entry("organisation.updated", RecordKind::Organisation, id)];
    let changed = services::write(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        let writable = Writable {
            name: current.name.clone(),
            kind: current.kind.as_str().to_owned(),
            country: current.country.clone(),
            active: current.active,
        };
        let changed: Writable =
            services::json::merge_patch(&current, &writable, patch, &READ_ONLY)?;
        let fields = OrganisationInput {
            name: changed.name,
            kind: changed.kind,
            country: changed.country,
        }
        .validate()?;
        let expected = precondition.expected(current.version)?;
        organisation::check_deactivation(own, id, changed.active)?;
        check_name(c, Some(id), &fields.name)?;
        if current.active && !changed.active {
            // Its users' and service accounts' tokens stop working, and stay
            // stopped when it is active again.
            services::auth::revoke_organisation_tokens(c, id)?;
        }
        Ok(stored::update(
            c,
            id,
            expected,
            &fields,
            changed.active,
            now,
        )?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))?;
    // Its users' standing may have changed.
    call.app.standing.forget();
    Ok(changed)
}
