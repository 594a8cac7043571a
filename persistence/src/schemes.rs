//! Labour migration schemes: rows only.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::labour::jobseeker::Sector;
use integra_domain::labour::scheme::{Scheme, SchemeFields, SchemeStatus};
use integra_domain::localised::Localised;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::schemes;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = schemes)]
struct SchemeRow {
    id: String,
    name_ka: String,
    name_en: String,
    destination_country: String,
    sector: String,
    partner_organisation_id: Option<String>,
    seasonal: bool,
    max_stay_days: i64,
    quota_per_year: i64,
    applications_open_from: Option<NaiveDate>,
    applications_open_until: Option<NaiveDate>,
    status: String,
    rule_set_id: String,
    rule_set_version: i64,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl SchemeRow {
    fn into_scheme(self) -> Result<Scheme, StoreError> {
        Ok(Scheme {
            id: rows::uuid(&self.id)?,
            name: Localised::new(self.name_ka, self.name_en),
            destination_country: self.destination_country,
            sector: rows::parse("sector", &self.sector, Sector::parse)?,
            partner_organisation_id: rows::optional_uuid(self.partner_organisation_id.as_deref())?,
            seasonal: self.seasonal,
            max_stay_days: self.max_stay_days,
            quota_per_year: self.quota_per_year,
            applications_open_from: self.applications_open_from,
            applications_open_until: self.applications_open_until,
            status: rows::parse("scheme status", &self.status, SchemeStatus::parse)?,
            rule_set_id: rows::uuid(&self.rule_set_id)?,
            rule_set_version: self.rule_set_version,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = schemes, treat_none_as_null = true)]
struct SchemeChanges<'a> {
    name_ka: &'a str,
    name_en: &'a str,
    destination_country: &'a str,
    sector: &'a str,
    partner_organisation_id: Option<String>,
    seasonal: bool,
    max_stay_days: i64,
    quota_per_year: i64,
    applications_open_from: Option<NaiveDate>,
    applications_open_until: Option<NaiveDate>,
    status: &'a str,
    rule_set_id: String,
    rule_set_version: i64,
}

impl<'a> SchemeChanges<'a> {
    fn new(fields: &'a SchemeFields, rule_set_version: i64) -> Self {
        Self {
            name_ka: &fields.name.ka,
            name_en: &fields.name.en,
            destination_country: &fields.destination_country,
            sector: fields.sector.as_str(),
            partner_organisation_id: fields.partner_organisation_id.map(|o| o.to_string()),
            seasonal: fields.seasonal,
            max_stay_days: fields.max_stay_days,
            quota_per_year: fields.quota_per_year,
            applications_open_from: fields.applications_open_from,
            applications_open_until: fields.applications_open_until,
            status: fields.status.as_str(),
            rule_set_id: fields.rule_set_id.to_string(),
            rule_set_version,
        }
    }
}

/// Creates a scheme applying `rule_set_version` of its rule set (version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &SchemeFields,
    rule_set_version: i64,
    now: DateTime<Utc>,
) -> Result<Scheme, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(schemes::table)
        .values((
            schemes::id.eq(id.to_string()),
            SchemeChanges::new(fields, rule_set_version),
            schemes::version.eq(1_i64),
            schemes::created_at.eq(stamp),
            schemes::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces a scheme's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &SchemeFields,
    rule_set_version: i64,
    now: DateTime<Utc>,
) -> Result<Scheme, StoreError> {
    let changed = diesel::update(
        schemes::table
            .filter(schemes::id.eq(id.to_string()))
            .filter(schemes::version.eq(expected_version)),
    )
    .set((
        SchemeChanges::new(fields, rule_set_version),
        schemes::version.eq(schemes::version + 1),
        schemes::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |r| r.version)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Scheme, StoreError> {
    schemes::table
        .find(id.to_string())
        .select(SchemeRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_scheme()
}

pub fn exists(conn: &mut DbConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(
        diesel::select(diesel::dsl::exists(schemes::table.find(id.to_string())))
            .get_result(conn)?,
    )
}

/// Filters of a list of schemes; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchemeFilter {
    pub status: Option<SchemeStatus>,
    pub destination_country: Option<String>,
    pub sector: Option<Sector>,
}

/// The schemes that match `filter`, in id order, after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &SchemeFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Scheme>, StoreError> {
    let mut query = schemes::table
        .select(SchemeRow::as_select())
        .order(schemes::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(status) = filter.status {
        query = query.filter(schemes::status.eq(status.as_str()));
    }
    if let Some(country) = &filter.destination_country {
        query = query.filter(schemes::destination_country.eq(country.clone()));
    }
    if let Some(sector) = filter.sector {
        query = query.filter(schemes::sector.eq(sector.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(schemes::id.gt(after.to_string()));
    }
    query
        .load::<SchemeRow>(conn)?
        .into_iter()
        .map(SchemeRow::into_scheme)
        .collect()
}
