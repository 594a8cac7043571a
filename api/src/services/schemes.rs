//! Labour migration schemes: case workers and employment counsellors read them
//! ([`RecordKind::Scheme`]); administrators create and change them. A scheme's
//! conditions are a published version of a rule set of the one rule engine.

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::labour::jobseeker::Sector;
use integra_domain::labour::scheme::{Scheme, SchemeFields, SchemeInput, SchemeStatus};
use integra_domain::version::Precondition;
use integra_domain::{codes, Error, ValidationErrors};
use integra_persistence::schemes::{self as stored, SchemeFilter};
use integra_persistence::{organisations, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::json::{merge_patch, Body};
use crate::services::programmes::resolve_rules;
use crate::services::{self, paging, Call};

/// One page of schemes.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "00000000-0000-7000-8000-000000000402",
    "name": {"ka": "მომვლელები, ისრაელი", "en": "Caregivers, Israel"},
    "destination_country": "IL", "sector": "care", "partner_organisation_id": null,
    "seasonal": false, "max_stay_days": 365, "quota_per_year": 1000,
    "applications_open_from": null, "applications_open_until": null, "status": "open",
    "rule_set_id": "00000000-0000-7000-8000-000000000302", "rule_set_version": 1,
    "version": 1, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}],
    "next_cursor": null}))]
pub struct SchemePage {
    pub items: Vec<Scheme>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /schemes`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SchemeQuery {
    #[param(value_type = Option<SchemeStatus>)]
    status: Option<String>,
    #[param(pattern = "^[A-Z]{2}$", example = "IL")]
    destination_country: Option<String>,
    #[param(value_type = Option<Sector>)]
    sector: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl SchemeQuery {
    fn validate(&self) -> Result<(SchemeFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let status = self
            .status
            .as_deref()
            .and_then(|v| errors.check(SchemeStatus::parse("status", v)));
        let destination_country = self
            .destination_country
            .as_deref()
            .and_then(|v| errors.check(codes::country("destination_country", v)));
        let sector = self
            .sector
            .as_deref()
            .and_then(|v| errors.check(Sector::parse("sector", v)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = SchemeFilter {
            status,
            destination_country,
            sector,
        };
        Ok((filter, limit, after))
    }
}

/// What a scheme names exists: the partner organisation, and a published
/// version of its rule set (which it returns).
fn check_references(c: &mut DbConnection, fields: &SchemeFields) -> Result<i64, Error> {
    if let Some(partner) = fields.partner_organisation_id {
        if organisations::is_active(c, partner)?.is_none() {
            return Err(Error::field(
                "partner_organisation_id",
                "not_found",
                "no organisation has this id",
            ));
        }
    }
    resolve_rules(c, fields.rule_set_id, fields.rule_set_version)
}

/// Creates a scheme (administrators).
pub async fn create(call: &Call, input: Body<SchemeInput>) -> Result<Scheme, Error> {
    call.reach(RecordKind::Scheme, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("scheme.created", RecordKind::Scheme, id)];
    services::write(call, entries, move |c, now| {
        let version = check_references(c, &fields)?;
        Ok(stored::insert(c, id, &fields, version, now)?)
    })
    .await
}

/// Lists schemes in id order (the seeded ones first).
pub async fn list(call: &Call, query: SchemeQuery) -> Result<SchemePage, Error> {
    call.reach(RecordKind::Scheme, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|s| s.id), limit);
    Ok(SchemePage { items, next_cursor })
}

/// Reads a scheme.
pub async fn get(call: &Call, id: Uuid) -> Result<Scheme, Error> {
    call.reach(RecordKind::Scheme, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, id)?)).await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 4] = ["id", "version", "created_at", "updated_at"];

/// Changes a scheme with a JSON merge patch (RFC 7386). Pointing it at another
/// rule set without `rule_set_version` applies that one's latest published version.
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Scheme, Error> {
    call.reach(RecordKind::Scheme, Access::Write)?;
    let patch = patch.parse()?;
    let entries = vec![call.entry("scheme.updated", RecordKind::Scheme, id)];
    services::write(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        let names_version = patch.contains_key("rule_set_version");
        let mut input = merge_patch(&current, &SchemeInput::from(&current), patch, &READ_ONLY)?;
        if !names_version && input.rule_set_id != current.rule_set_id {
            input.rule_set_version = None;
        }
        let fields = input.validate()?;
        let expected = precondition.expected(current.version)?;
        let version = check_references(c, &fields)?;
        Ok(stored::update(c, id, expected, &fields, version, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
