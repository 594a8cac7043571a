//! Integration services delivered: rows only. Who reaches which is the use
//! case's (`api/src/services/integration_services.rs`); a list takes the
//! organisation to limit it to as data ([`ServiceFilter`]).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::integration::service::{
    HalfHours, IntegrationService, IntegrationServiceFields, IntegrationServiceType, ServiceOutcome,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::placements::Recorder;
use crate::rows;
use crate::schema::integration_services;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = integration_services)]
struct ServiceRow {
    id: String,
    person_id: String,
    organisation_id: String,
    service_type: String,
    provider_organisation_id: String,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
    half_hours: i64,
    outcome: String,
    note: Option<String>,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ServiceRow {
    fn into_service(self) -> Result<IntegrationService, StoreError> {
        Ok(IntegrationService {
            id: rows::uuid(&self.id)?,
            person_id: rows::uuid(&self.person_id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            service_type: rows::parse(
                "integration service type",
                &self.service_type,
                IntegrationServiceType::parse,
            )?,
            provider_organisation_id: rows::uuid(&self.provider_organisation_id)?,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            hours: HalfHours(self.half_hours).hours(),
            outcome: rows::parse("service outcome", &self.outcome, ServiceOutcome::parse)?,
            note: self.note,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = integration_services, treat_none_as_null = true)]
struct ServiceChanges<'a> {
    person_id: String,
    service_type: &'a str,
    provider_organisation_id: String,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
    half_hours: i64,
    outcome: &'a str,
    note: Option<&'a str>,
}

impl<'a> From<&'a IntegrationServiceFields> for ServiceChanges<'a> {
    fn from(fields: &'a IntegrationServiceFields) -> Self {
        Self {
            person_id: fields.person_id.to_string(),
            service_type: fields.service_type.as_str(),
            provider_organisation_id: fields.provider_organisation_id.to_string(),
            starts_on: fields.starts_on,
            ends_on: fields.ends_on,
            half_hours: fields.hours.0,
            outcome: fields.outcome.as_str(),
            note: fields.note.as_deref(),
        }
    }
}

/// Stores a delivered service (version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &IntegrationServiceFields,
    by: Recorder,
    now: DateTime<Utc>,
) -> Result<IntegrationService, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(integration_services::table)
        .values((
            integration_services::id.eq(id.to_string()),
            integration_services::organisation_id.eq(by.organisation.to_string()),
            integration_services::recorded_by.eq(by.user.to_string()),
            ServiceChanges::from(fields),
            integration_services::version.eq(1_i64),
            integration_services::created_at.eq(stamp),
            integration_services::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces a service's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &IntegrationServiceFields,
    now: DateTime<Utc>,
) -> Result<IntegrationService, StoreError> {
    let changed = diesel::update(
        integration_services::table
            .filter(integration_services::id.eq(id.to_string()))
            .filter(integration_services::version.eq(expected_version)),
    )
    .set((
        ServiceChanges::from(fields),
        integration_services::version.eq(integration_services::version + 1),
        integration_services::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |r| r.version)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<IntegrationService, StoreError> {
    integration_services::table
        .find(id.to_string())
        .select(ServiceRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_service()
}

/// Filters of a list of services; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceFilter {
    /// Recorded by this organisation.
    pub organisation: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub provider_organisation_id: Option<Uuid>,
    pub service_type: Option<IntegrationServiceType>,
    /// Started on or after.
    pub from: Option<NaiveDate>,
    /// Started on or before.
    pub to: Option<NaiveDate>,
}

/// The services that match `filter`, in the order recorded, after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &ServiceFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<IntegrationService>, StoreError> {
    let mut query = integration_services::table
        .select(ServiceRow::as_select())
        .order(integration_services::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(organisation) = filter.organisation {
        query = query.filter(integration_services::organisation_id.eq(organisation.to_string()));
    }
    if let Some(person) = filter.person_id {
        query = query.filter(integration_services::person_id.eq(person.to_string()));
    }
    if let Some(provider) = filter.provider_organisation_id {
        query =
            query.filter(integration_services::provider_organisation_id.eq(provider.to_string()));
    }
    if let Some(service_type) = filter.service_type {
        query = query.filter(integration_services::service_type.eq(service_type.as_str()));
    }
    if let Some(from) = filter.from {
        query = query.filter(integration_services::starts_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(integration_services::starts_on.le(to));
    }
    if let Some(after) = after {
        query = query.filter(integration_services::id.gt(after.to_string()));
    }
    query
        .load::<ServiceRow>(conn)?
        .into_iter()
        .map(ServiceRow::into_service)
        .collect()
}
