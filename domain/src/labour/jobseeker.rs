//! A jobseeker profile on a person of the registry: education (ISCED level and
//! field), occupations (ISCO-08 unit groups), skills, languages with CEFR
//! levels, certificates with expiry, experience, preferred countries and
//! sectors, and when the person is available. One profile per person; a
//! returnee becomes a jobseeker without a second record. Stays abroad are not
//! repeated here: they come from the registry.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::placement::{self, period_end};
use crate::validation::{self, FieldError, ValidationErrors};
use crate::{codes, reintegration, string_enum};

/// Most occupations, skills, languages, certificates or preferences of a profile.
pub const MAX_ITEMS: usize = 20;
/// Longest skill, certificate name or field of education.
pub const ITEM_MAX_CHARS: usize = 100;
/// Most months of experience (sixty years).
pub const MAX_EXPERIENCE_MONTHS: i64 = 720;

string_enum! {
    /// A language level of the Common European Framework of Reference (CEFR),
    /// lowest first; `native` above C2.
    CefrLevel {
        A1 => "A1",
        A2 => "A2",
        B1 => "B1",
        B2 => "B2",
        C1 => "C1",
        C2 => "C2",
        Native => "native",
    }
}

impl CefrLevel {
    /// The level's rank, 1 (A1) to 7 (native): higher is better.
    pub fn rank(self) -> i64 {
        match self {
            Self::A1 => 1,
            Self::A2 => 2,
            Self::B1 => 3,
            Self::B2 => 4,
            Self::C1 => 5,
            Self::C2 => 6,
            Self::Native => 7,
        }
    }
}

string_enum! {
    /// An economic sector of jobs and schemes.
    Sector {
        Agriculture => "agriculture",
        Care => "care",
        Construction => "construction",
        Hospitality => "hospitality",
        Manufacturing => "manufacturing",
        Transport => "transport",
        Healthcare => "healthcare",
        InformationTechnology => "information_technology",
        Education => "education",
        Other => "other",
    }
}

/// Education: the highest ISCED 2011 level attained (0 early childhood to 8
/// doctoral) and its field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"isced_level": 3, "field": "Nursing assistance"}))]
pub struct Education {
    #[schema(minimum = 0, maximum = 8, example = 3)]
    pub isced_level: i64,
    /// The field of study, if any.
    #[serde(default)]
    #[schema(max_length = 100, example = "Nursing assistance")]
    pub field: Option<String>,
}

/// A language the person speaks, at a CEFR level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"language": "en", "level": "B1"}))]
pub struct LanguageSkill {
    /// ISO 639-1 code, lower case.
    #[schema(pattern = "^[a-z]{2}$", example = "en")]
    pub language: String,
    #[schema(value_type = CefrLevel)]
    pub level: String,
}

/// A certificate the person holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "caregiver", "expires_on": "2028-06-30"}))]
pub struct Certificate {
    /// What it certifies (`caregiver`, `forklift`, ...).
    #[schema(max_length = 100, example = "caregiver")]
    pub name: String,
    /// The last day it is valid; absent when it does not expire.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2028-06-30")]
    pub expires_on: Option<String>,
}

/// A jobseeker profile as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "education": {"isced_level": 3, "field": "Nursing assistance"},
    "occupations": ["5322"], "skills": ["elderly care", "cooking"],
    "languages": [{"language": "en", "level": "B1"}, {"language": "ru", "level": "B2"}],
    "certificates": [{"name": "caregiver", "expires_on": "2028-06-30"}],
    "experience_months": 36, "preferred_countries": ["IL", "DE"], "preferred_sectors": ["care"],
    "close_relatives_in": [], "available_from": "2026-03-01", "available_to": null, "note": null}))]
pub struct JobseekerInput {
    /// The person; an existing person, with no profile yet.
    pub person_id: Uuid,
    pub education: Education,
    /// ISCO-08 unit groups (four digits), each once.
    #[serde(default)]
    #[schema(max_items = 20, example = json!(["5322"]))]
    pub occupations: Vec<String>,
    #[serde(default)]
    #[schema(max_items = 20)]
    pub skills: Vec<String>,
    /// Each language once.
    #[serde(default)]
    #[schema(max_items = 20)]
    pub languages: Vec<LanguageSkill>,
    #[serde(default)]
    #[schema(max_items = 20)]
    pub certificates: Vec<Certificate>,
    #[schema(minimum = 0, maximum = 720, example = 36)]
    pub experience_months: i64,
    /// ISO 3166-1 alpha-2 codes, each once (GE for work at home).
    #[serde(default)]
    #[schema(max_items = 20, example = json!(["IL", "DE"]))]
    pub preferred_countries: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Vec<Sector>, max_items = 20)]
    pub preferred_sectors: Vec<String>,
    /// Countries (ISO 3166-1 alpha-2) where close relatives live (some
    /// schemes exclude those with relatives in the destination).
    #[serde(default)]
    #[schema(max_items = 20, example = json!([]))]
    pub close_relatives_in: Vec<String>,
    /// Available to start from this day; absent: now.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-03-01")]
    pub available_from: Option<String>,
    /// Available until this day; absent: open.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub available_to: Option<String>,
    /// Free text (erased with the person's data).
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

/// A validated certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CertificateHeld {
    pub name: String,
    #[schema(value_type = Option<String>, format = Date)]
    pub expires_on: Option<NaiveDate>,
}

/// A validated jobseeker profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobseekerFields {
    pub person_id: Uuid,
    pub isced_level: i64,
    pub education_field: Option<String>,
    pub occupations: Vec<String>,
    pub skills: Vec<String>,
    pub languages: Vec<(String, CefrLevel)>,
    pub certificates: Vec<CertificateHeld>,
    pub experience_months: i64,
    pub preferred_countries: Vec<String>,
    pub preferred_sectors: Vec<Sector>,
    pub close_relatives_in: Vec<String>,
    pub available_from: Option<NaiveDate>,
    pub available_to: Option<NaiveDate>,
    pub note: Option<String>,
}

/// An ISCO-08 unit group: four digits, the first not 0 unless armed forces (`0110`..`0310`).
pub fn isco_code(field: &str, value: &str) -> Result<String, FieldError> {
    if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_isco",
            format!("{field} must be an ISCO-08 unit group of four digits such as 5322"),
        ))
    }
}

/// An ISO 639-1 language code, lower case.
pub fn language_code(field: &str, value: &str) -> Result<String, FieldError> {
    if value.len() == 2 && value.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_language",
            format!("{field} must be an ISO 639-1 language code such as en or ka"),
        ))
    }
}

/// At most [`MAX_ITEMS`] of a list, each valid (by `check`) and once.
fn list<T: PartialEq>(
    errors: &mut ValidationErrors,
    field: &str,
    values: &[String],
    check: impl Fn(&str, &str) -> Result<T, FieldError>,
) -> Vec<T> {
    if values.len() > MAX_ITEMS {
        errors.add(
            field,
            "too_many",
            format!("{field} has at most {MAX_ITEMS} items"),
        );
    }
    let mut out = Vec::new();
    for (index, value) in values.iter().enumerate() {
        let item = format!("{field}[{index}]");
        if let Some(parsed) = errors.check(check(&item, value)) {
            if out.contains(&parsed) {
                errors.add(item, "duplicate", format!("each of {field} is named once"));
            } else {
                out.push(parsed);
            }
        }
    }
    out
}

impl JobseekerInput {
    /// Checks every field at once; dates against `today` (Tbilisi).
    pub fn validate(&self, today: NaiveDate) -> Result<JobseekerFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !(0..=8).contains(&self.education.isced_level) {
            errors.add(
                "education.isced_level",
                "out_of_range",
                "education.isced_level is an ISCED 2011 level from 0 to 8",
            );
        }
        let education_field = self
            .education
            .field
            .as_deref()
            .and_then(|v| errors.check(validation::text("education.field", v, ITEM_MAX_CHARS)));
        let occupations = list(&mut errors, "occupations", &self.occupations, isco_code);
        let skills = list(&mut errors, "skills", &self.skills, |f, v| {
            validation::text(f, v, ITEM_MAX_CHARS).map(|s| s.to_lowercase())
        });
        if self.languages.len() > MAX_ITEMS {
            errors.add(
                "languages",
                "too_many",
                format!("languages has at most {MAX_ITEMS} items"),
            );
        }
        let mut languages: Vec<(String, CefrLevel)> = Vec::new();
        for (index, spoken) in self.languages.iter().enumerate() {
            let language = errors.check(language_code(
                &format!("languages[{index}].language"),
                &spoken.language,
            ));
            let level = errors.check(CefrLevel::parse(
                &format!("languages[{index}].level"),
                &spoken.level,
            ));
            if let (Some(language), Some(level)) = (language, level) {
                if languages.iter().any(|(l, _)| *l == language) {
                    errors.add(
                        format!("languages[{index}].language"),
                        "duplicate",
                        "each language is named once",
                    );
                } else {
                    languages.push((language, level));
                }
            }
        }
        if self.certificates.len() > MAX_ITEMS {
            errors.add(
                "certificates",
                "too_many",
                format!("certificates has at most {MAX_ITEMS} items"),
            );
        }
        let mut certificates: Vec<CertificateHeld> = Vec::new();
        for (index, certificate) in self.certificates.iter().enumerate() {
            let name = errors.check(
                validation::text(
                    &format!("certificates[{index}].name"),
                    &certificate.name,
                    ITEM_MAX_CHARS,
                )
                .map(|n| n.to_lowercase()),
            );
            let expires_on = certificate.expires_on.as_deref().and_then(|v| {
                errors.check(reintegration::date(
                    &format!("certificates[{index}].expires_on"),
                    v,
                ))
            });
            if let Some(name) = name {
                if certificates.iter().any(|c| c.name == name) {
                    errors.add(
                        format!("certificates[{index}].name"),
                        "duplicate",
                        "each certificate is named once",
                    );
                } else {
                    certificates.push(CertificateHeld { name, expires_on });
                }
            }
        }
        if !(0..=MAX_EXPERIENCE_MONTHS).contains(&self.experience_months) {
            errors.add(
                "experience_months",
                "out_of_range",
                format!("experience_months must be from 0 to {MAX_EXPERIENCE_MONTHS}"),
            );
        }
        let preferred_countries = list(
            &mut errors,
            "preferred_countries",
            &self.preferred_countries,
            codes::country,
        );
        let preferred_sectors = list(
            &mut errors,
            "preferred_sectors",
            &self.preferred_sectors,
            Sector::parse,
        );
        let close_relatives_in = list(
            &mut errors,
            "close_relatives_in",
            &self.close_relatives_in,
            codes::country,
        );
        let available_from = self
            .available_from
            .as_deref()
            .and_then(|v| errors.check(reintegration::date("available_from", v)));
        let available_to = period_end(
            &mut errors,
            ("available_to", self.available_to.as_deref()),
            ("available_from", available_from),
            None,
        );
        if available_to.is_some_and(|to| to < today) {
            errors.add(
                "available_to",
                "in_past",
                "available_to must not be in the past",
            );
        }
        let note = placement::note(&mut errors, self.note.as_deref());
        errors.finish(|| JobseekerFields {
            person_id: self.person_id,
            isced_level: self.education.isced_level,
            education_field,
            occupations,
            skills,
            languages,
            certificates,
            experience_months: self.experience_months,
            preferred_countries,
            preferred_sectors,
            close_relatives_in,
            available_from,
            available_to,
            note,
        })
    }
}

/// A jobseeker profile as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "education": {"isced_level": 3, "field": "Nursing assistance"},
    "occupations": ["5322"], "skills": ["elderly care", "cooking"],
    "languages": [{"language": "en", "level": "B1"}, {"language": "ru", "level": "B2"}],
    "certificates": [{"name": "caregiver", "expires_on": "2028-06-30"}],
    "experience_months": 36, "preferred_countries": ["IL", "DE"], "preferred_sectors": ["care"],
    "close_relatives_in": [], "available_from": "2026-03-01", "available_to": null, "note": null,
    "registered_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-02-11T09:00:00Z", "updated_at": "2026-02-11T09:00:00Z"}))]
pub struct Jobseeker {
    pub id: Uuid,
    pub person_id: Uuid,
    /// The organisation that registered the profile.
    pub organisation_id: Uuid,
    pub education: Education,
    pub occupations: Vec<String>,
    pub skills: Vec<String>,
    pub languages: Vec<LanguageSkill>,
    pub certificates: Vec<Certificate>,
    pub experience_months: i64,
    pub preferred_countries: Vec<String>,
    pub preferred_sectors: Vec<Sector>,
    pub close_relatives_in: Vec<String>,
    #[schema(value_type = Option<String>, format = Date)]
    pub available_from: Option<NaiveDate>,
    #[schema(value_type = Option<String>, format = Date)]
    pub available_to: Option<NaiveDate>,
    pub note: Option<String>,
    /// The user who registered it.
    pub registered_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Jobseeker> for JobseekerInput {
    fn from(profile: &Jobseeker) -> Self {
        Self {
            person_id: profile.person_id,
            education: profile.education.clone(),
            occupations: profile.occupations.clone(),
            skills: profile.skills.clone(),
            languages: profile.languages.clone(),
            certificates: profile.certificates.clone(),
            experience_months: profile.experience_months,
            preferred_countries: profile.preferred_countries.clone(),
            preferred_sectors: profile
                .preferred_sectors
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect(),
            close_relatives_in: profile.close_relatives_in.clone(),
            available_from: profile.available_from.map(|d| d.to_string()),
            available_to: profile.available_to.map(|d| d.to_string()),
            note: profile.note.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
    }

    fn input() -> JobseekerInput {
        serde_json::from_value(serde_json::json!({
            "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
            "education": {"isced_level": 3, "field": "Nursing assistance"},
            "occupations": ["5322"], "skills": ["Elderly care"],
            "languages": [{"language": "en", "level": "B1"}],
            "certificates": [{"name": "Caregiver", "expires_on": "2028-06-30"}],
            "experience_months": 36, "preferred_countries": ["IL"], "preferred_sectors": ["care"],
            "available_from": "2026-03-01"}))
        .unwrap()
    }

    fn codes(input: JobseekerInput) -> Vec<(String, String)> {
        input
            .validate(today())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    fn pair(field: &str, code: &str) -> (String, String) {
        (field.to_owned(), code.to_owned())
    }

    #[test]
    fn a_valid_profile_is_normalised() {
        let fields = input().validate(today()).unwrap();
        assert_eq!(fields.skills, ["elderly care"]);
        assert_eq!(fields.certificates[0].name, "caregiver");
        assert_eq!(fields.languages, [("en".to_owned(), CefrLevel::B1)]);
        assert_eq!(fields.preferred_sectors, [Sector::Care]);
        assert!(CefrLevel::Native.rank() > CefrLevel::C2.rank());
    }

    #[test]
    fn invalid_profiles() {
        let mut wrong = input();
        wrong.education.isced_level = 9;
        wrong.occupations = vec!["53".into(), "5322".into(), "5322".into()];
        wrong.languages.push(LanguageSkill {
            language: "EN".into(),
            level: "B3".into(),
        });
        wrong.languages.push(LanguageSkill {
            language: "en".into(),
            level: "A1".into(),
        });
        wrong.experience_months = -1;
        wrong.preferred_countries = vec!["XX".into()];
        wrong.preferred_sectors = vec!["mining".into()];
        wrong.available_to = Some("2026-02-01".into());
        assert_eq!(
            codes(wrong),
            [
                pair("education.isced_level", "out_of_range"),
                pair("occupations[0]", "invalid_isco"),
                pair("occupations[2]", "duplicate"),
                pair("languages[1].language", "invalid_language"),
                pair("languages[1].level", "invalid_value"),
                pair("languages[2].language", "duplicate"),
                pair("experience_months", "out_of_range"),
                pair("preferred_countries[0]", "invalid_country"),
                pair("preferred_sectors[0]", "invalid_value"),
                pair("available_to", "before_start"),
            ]
        );
        let mut past = input();
        past.available_from = None;
        past.available_to = Some("2026-01-30".into());
        assert_eq!(codes(past), [pair("available_to", "in_past")]);
        let mut many = input();
        many.skills = (0..21).map(|n| format!("skill {n}")).collect();
        assert_eq!(codes(many), [pair("skills", "too_many")]);
    }
}
