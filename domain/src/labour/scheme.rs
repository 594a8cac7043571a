//! Labour migration schemes: legal work abroad under an agreement with a
//! destination country: its sector, partner employer or agency, whether
//! seasonal, the longest stay, a yearly quota, an application window and a
//! status; its conditions are a published rule set of the one rule engine.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::jobseeker::Sector;
use crate::localised::Localised;
use crate::validation::{self, ValidationErrors};
use crate::{codes, reintegration, string_enum};

/// The longest stay a scheme may allow, in days (five years).
pub const MAX_STAY_DAYS: i64 = 1826;

string_enum! {
    /// Whether a scheme takes applications.
    SchemeStatus {
        Open => "open",
        Suspended => "suspended",
        Closed => "closed",
    }
}

/// A scheme as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": {"ka": "მომვლელები, ისრაელი", "en": "Caregivers, Israel"},
    "destination_country": "IL", "sector": "care", "partner_organisation_id": null,
    "seasonal": false, "max_stay_days": 365, "quota_per_year": 1000,
    "applications_open_from": null, "applications_open_until": null, "status": "open",
    "rule_set_id": "00000000-0000-7000-8000-000000000302", "rule_set_version": null}))]
pub struct SchemeInput {
    pub name: Localised,
    /// ISO 3166-1 alpha-2; not GE.
    #[schema(pattern = "^[A-Z]{2}$", example = "IL")]
    pub destination_country: String,
    #[schema(value_type = Sector)]
    pub sector: String,
    /// The partner employer or agency; an existing organisation.
    #[serde(default)]
    pub partner_organisation_id: Option<Uuid>,
    pub seasonal: bool,
    /// The longest stay under the scheme, in days (1 to 1826).
    #[schema(minimum = 1, maximum = 1826, example = 365)]
    pub max_stay_days: i64,
    /// Places a calendar year: shortlisted and later applications.
    #[schema(minimum = 0, example = 1000)]
    pub quota_per_year: i64,
    /// Applications taken from this day; absent: any time.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub applications_open_from: Option<String>,
    /// Applications taken until this day; absent: open-ended.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub applications_open_until: Option<String>,
    #[schema(value_type = SchemeStatus)]
    pub status: String,
    /// The rule set of the scheme's conditions.
    pub rule_set_id: Uuid,
    /// A published version; absent: the latest published one.
    #[serde(default)]
    pub rule_set_version: Option<i64>,
}

/// A validated scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeFields {
    pub name: Localised,
    pub destination_country: String,
    pub sector: Sector,
    pub partner_organisation_id: Option<Uuid>,
    pub seasonal: bool,
    pub max_stay_days: i64,
    pub quota_per_year: i64,
    pub applications_open_from: Option<NaiveDate>,
    pub applications_open_until: Option<NaiveDate>,
    pub status: SchemeStatus,
    pub rule_set_id: Uuid,
    pub rule_set_version: Option<i64>,
}

/// Whether a scheme of `status` and application `window` takes applications
/// on `day`: open, and inside its window.
fn takes_applications(
    status: SchemeStatus,
    (from, until): (Option<NaiveDate>, Option<NaiveDate>),
    day: NaiveDate,
) -> bool {
    status == SchemeStatus::Open
        && from.is_none_or(|from| from <= day)
        && until.is_none_or(|until| day <= until)
}

impl SchemeInput {
    /// Checks every field at once.
    pub fn validate(&self) -> Result<SchemeFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name_ka = errors.check(validation::text("name.ka", &self.name.ka, 200));
        let name_en = errors.check(validation::text("name.en", &self.name.en, 200));
        let destination = errors.check(codes::country(
            "destination_country",
            &self.destination_country,
        ));
        if destination.as_deref() == Some(codes::GEORGIA) {
            errors.add(
                "destination_country",
                "not_abroad",
                "a scheme's destination is a country other than GE",
            );
        }
        let sector = errors.check(Sector::parse("sector", &self.sector));
        if !(1..=MAX_STAY_DAYS).contains(&self.max_stay_days) {
            errors.add(
                "max_stay_days",
                "out_of_range",
                format!("max_stay_days must be from 1 to {MAX_STAY_DAYS}"),
            );
        }
        if self.quota_per_year < 0 {
            errors.add(
                "quota_per_year",
                "out_of_range",
                "quota_per_year must not be negative",
            );
        }
        let from = self
            .applications_open_from
            .as_deref()
            .and_then(|v| errors.check(reintegration::date("applications_open_from", v)));
        let until = self
            .applications_open_until
            .as_deref()
            .and_then(|v| errors.check(reintegration::date("applications_open_until", v)));
        if let (Some(from), Some(until)) = (from, until) {
            if until < from {
                errors.add(
                    "applications_open_until",
                    "before_start",
                    "applications_open_until must not be before applications_open_from",
                );
            }
        }
        let status = errors.check(SchemeStatus::parse("status", &self.status));
        if self.rule_set_version.is_some_and(|v| v < 1) {
            errors.add(
                "rule_set_version",
                "out_of_range",
                "rule_set_version starts at 1",
            );
        }
        match (name_ka, name_en, destination, sector, status) {
            (Some(ka), Some(en), Some(destination_country), Some(sector), Some(status))
                if errors.is_empty() =>
            {
                Ok(SchemeFields {
                    name: Localised::new(ka, en),
                    destination_country,
                    sector,
                    partner_organisation_id: self.partner_organisation_id,
                    seasonal: self.seasonal,
                    max_stay_days: self.max_stay_days,
                    quota_per_year: self.quota_per_year,
                    applications_open_from: from,
                    applications_open_until: until,
                    status,
                    rule_set_id: self.rule_set_id,
                    rule_set_version: self.rule_set_version,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A scheme as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "00000000-0000-7000-8000-000000000402",
    "name": {"ka": "მომვლელები, ისრაელი", "en": "Caregivers, Israel"},
    "destination_country": "IL", "sector": "care", "partner_organisation_id": null,
    "seasonal": false, "max_stay_days": 365, "quota_per_year": 1000,
    "applications_open_from": null, "applications_open_until": null, "status": "open",
    "rule_set_id": "00000000-0000-7000-8000-000000000302", "rule_set_version": 1,
    "version": 1, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}))]
pub struct Scheme {
    pub id: Uuid,
    pub name: Localised,
    pub destination_country: String,
    pub sector: Sector,
    pub partner_organisation_id: Option<Uuid>,
    pub seasonal: bool,
    pub max_stay_days: i64,
    pub quota_per_year: i64,
    #[schema(value_type = Option<String>, format = Date)]
    pub applications_open_from: Option<NaiveDate>,
    #[schema(value_type = Option<String>, format = Date)]
    pub applications_open_until: Option<NaiveDate>,
    pub status: SchemeStatus,
    pub rule_set_id: Uuid,
    /// The published version of the rule set the scheme applies.
    pub rule_set_version: i64,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Scheme> for SchemeInput {
    fn from(scheme: &Scheme) -> Self {
        Self {
            name: scheme.name.clone(),
            destination_country: scheme.destination_country.clone(),
            sector: scheme.sector.as_str().to_owned(),
            partner_organisation_id: scheme.partner_organisation_id,
            seasonal: scheme.seasonal,
            max_stay_days: scheme.max_stay_days,
            quota_per_year: scheme.quota_per_year,
            applications_open_from: scheme.applications_open_from.map(|d| d.to_string()),
            applications_open_until: scheme.applications_open_until.map(|d| d.to_string()),
            status: scheme.status.as_str().to_owned(),
            rule_set_id: scheme.rule_set_id,
            rule_set_version: Some(scheme.rule_set_version),
        }
    }
}

impl Scheme {
    /// Whether the scheme takes applications on `day`: open, and inside its window.
    pub fn takes_applications(&self, day: NaiveDate) -> bool {
        takes_applications(
            self.status,
            (self.applications_open_from, self.applications_open_until),
            day,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> SchemeInput {
        serde_json::from_value(serde_json::json!({"name": {"ka": "სქემა", "en": "Scheme"},
            "destination_country": "IL", "sector": "care", "seasonal": false, "max_stay_days": 365,
            "quota_per_year": 1000, "status": "open",
            "rule_set_id": "00000000-0000-7000-8000-000000000302"}))
        .unwrap()
    }

    #[test]
    fn schemes_validate_and_take_applications_in_their_window() {
        let fields = input().validate().unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let open = |f: &SchemeFields| {
            takes_applications(
                f.status,
                (f.applications_open_from, f.applications_open_until),
                day,
            )
        };
        assert!(open(&fields));
        let mut wrong = input();
        wrong.destination_country = "GE".into();
        wrong.max_stay_days = 0;
        wrong.applications_open_from = Some("2026-07-01".into());
        wrong.applications_open_until = Some("2026-06-01".into());
        let codes: Vec<(String, String)> = wrong
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("destination_country".to_owned(), "not_abroad".to_owned()),
                ("max_stay_days".to_owned(), "out_of_range".to_owned()),
                (
                    "applications_open_until".to_owned(),
                    "before_start".to_owned()
                ),
            ]
        );
        let mut later = input();
        later.applications_open_from = Some("2026-07-01".into());
        assert!(!open(&later.validate().unwrap()));
        let mut suspended = input();
        suspended.status = "suspended".into();
        assert!(!open(&suspended.validate().unwrap()));
    }
}
