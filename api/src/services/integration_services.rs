//! Integration services delivered to immigrants: record, find, read, change.
//!
//! A service record, like a job placement: it belongs to the organisation of
//! whoever recorded it (the ministry for an account without one), and that
//! organisation's case workers and employment counsellors see it; another
//! organisation's is not found ([`Actor::reach`] of
//! [`RecordKind::IntegrationService`]). Every read of one is recorded. An
//! erased person's services keep their types, dates and hours and are not
//! changed any more.

use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::integration::service::{
    IntegrationService, IntegrationServiceFields, IntegrationServiceInput, IntegrationServiceType,
};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::audit::AuditEntry;
use integra_persistence::integration_services::{self, ServiceFilter};
use integra_persistence::{persons, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{Answer, Shown, Written};
use crate::services::json::{merge_patch, Body};
use crate::services::placements::{check_organisation, id, period, recorder};
use crate::services::{self, paging, rights, visible, Actor, Call, ReadSize};

/// One page of integration services.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "01900000-0000-7000-8000-000000000001", "type": "language",
    "provider_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
    "starts_on": "2026-01-12", "ends_on": "2026-03-27", "hours": 120,
    "outcome": "completed", "note": null,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-03-28T09:00:00Z", "updated_at": "2026-03-28T09:00:00Z"}],
    "next_cursor": null}))]
pub struct IntegrationServicePage {
    pub items: Vec<IntegrationService>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /integration-services`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct IntegrationServiceQuery {
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    provider_organisation_id: Option<String>,
    #[serde(rename = "type")]
    #[param(rename = "type", value_type = Option<IntegrationServiceType>)]
    service_type: Option<String>,
    /// Started on or after this date.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Started on or before this date.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl IntegrationServiceQuery {
    /// The list's filter (limited to `reach`), page size and cursor; every
    /// error of the query at once.
    fn validate(&self, reach: Reach) -> Result<(ServiceFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let person_id = id(&mut errors, "person_id", self.person_id.as_deref());
        let provider_organisation_id = id(
            &mut errors,
            "provider_organisation_id",
            self.provider_organisation_id.as_deref(),
        );
        let service_type = self
            .service_type
            .as_deref()
            .and_then(|v| errors.check(IntegrationServiceType::parse("type", v)));
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = ServiceFilter {
            organisation: reach.organisation(),
            person_id,
            provider_organisation_id,
            service_type,
            from,
            to,
        };
        Ok((filter, limit, after))
    }
}

impl Shown for IntegrationService {
    const KIND: RecordKind = RecordKind::IntegrationService;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: Some(self.version),
        }
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry(
            RecordKind::IntegrationService.read_action(),
            RecordKind::IntegrationService,
            self.id,
        )]
    }
}

/// What a service names exists: the person (not erased) and the provider.
fn check_references(c: &mut DbConnection, fields: &IntegrationServiceFields) -> Result<(), Error> {
    let mut errors = ValidationErrors::new();
    if !persons::exists(c, fields.person_id)? {
        errors.add("person_id", "not_found", "no person has this id");
    }
    check_organisation(
        &mut errors,
        c,
        fields.provider_organisation_id,
        "provider_organisation_id",
    )?;
    errors.finish(|| ())?;
    rights::not_erased(c, fields.person_id)
}

/// The service `id`, if the caller reaches it; otherwise it is not found.
fn load(c: &mut DbConnection, id: Uuid, reach: Reach) -> Result<IntegrationService, Error> {
    let service = integration_services::get(c, id)?;
    visible(reach, service.organisation_id)?;
    Ok(service)
}

/// Records an integration service delivered, held by the caller's organisation.
pub async fn create(
    call: &Call,
    input: Body<IntegrationServiceInput>,
) -> Result<Answer<IntegrationService>, Error> {
    call.reach(RecordKind::IntegrationService, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let by = recorder(call);
    let entries = vec![call.entry(
        "integration_service.created",
        RecordKind::IntegrationService,
        id,
    )];
    services::write_answer(call, entries, move |c, now| {
        check_references(c, &fields)?;
        Ok(integration_services::insert(c, id, &fields, by, now)?)
    })
    .await
}

/// Lists the services the caller reaches, in the order recorded; every
/// service listed is a read.
pub async fn list(
    call: &Call,
    query: IntegrationServiceQuery,
) -> Result<IntegrationServicePage, Error> {
    let reach = call.reach(RecordKind::IntegrationService, Access::Read)?;
    let (filter, limit, after) = query.validate(reach)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let items = integration_services::list(c, &filter, after, limit)?;
        let entries = actor.reads(
            RecordKind::IntegrationService.read_action(),
            RecordKind::IntegrationService,
            items.iter().map(|s| s.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|s| s.id), limit);
    Ok(IntegrationServicePage { items, next_cursor })
}

/// Reads a service (the read is recorded).
pub async fn get(call: &Call, id: Uuid) -> Result<IntegrationService, Error> {
    let reach = call.reach(RecordKind::IntegrationService, Access::Read)?;
    let entries = vec![call.entry(
        RecordKind::IntegrationService.read_action(),
        RecordKind::IntegrationService,
        id,
    )];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((load(c, id, reach)?, entries))
    })
    .await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 6] = [
    "id",
    "organisation_id",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a service with a JSON merge patch (RFC 7386).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<IntegrationService>, Error> {
    let reach = call.reach(RecordKind::IntegrationService, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry(
        "integration_service.updated",
        RecordKind::IntegrationService,
        id,
    )];
    services::write_answer(call, entries, move |c, now| {
        let current = load(c, id, reach)?;
        let input = merge_patch(
            &current,
            &IntegrationServiceInput::from(&current),
            patch,
            &READ_ONLY,
        )?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        // The person it was about, if another now: neither may be erased.
        rights::not_erased(c, current.person_id)?;
        check_references(c, &fields)?;
        Ok(integration_services::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
