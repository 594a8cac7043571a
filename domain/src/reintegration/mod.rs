//! The reintegration stream: programmes and their catalogues, cases and their
//! life cycle, assistance with four-eyes approval and caps, referrals to
//! partners, and follow-ups that score reintegration sustainability.
//!
//! Everything here is pure: the persistence and HTTP layers read the facts
//! (current status, committed amounts, latest assessment) and ask these
//! functions whether a change is allowed.

pub mod assistance;
pub mod case;
pub mod follow_up;
pub mod programme;
pub mod referral;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::validation::FieldError;

/// Parses a `YYYY-MM-DD` date (exactly ten characters, year 1900 or later; the future is fine).
pub fn date(field: &str, value: &str) -> Result<NaiveDate, FieldError> {
    use chrono::Datelike;
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|d| value.len() == 10 && d.year() >= 1900)
        .ok_or_else(|| {
            FieldError::new(
                field,
                "invalid_date",
                format!("{field} must be a date as YYYY-MM-DD"),
            )
        })
}

/// Parses a UUID in its hyphenated form (`0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f`).
pub fn uuid(field: &str, value: &str) -> Result<Uuid, FieldError> {
    Uuid::try_parse(value)
        .ok()
        .filter(|_| value.len() == 36)
        .ok_or_else(|| {
            FieldError::new(
                field,
                "invalid_uuid",
                format!("{field} must be a UUID such as 0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_uuids() {
        assert_eq!(
            date("d", "2026-12-31").unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
        for bad in ["2026-2-01", "2026-02-30", "1899-12-31", "31.12.2026", ""] {
            assert_eq!(date("d", bad).unwrap_err().code, "invalid_date", "{bad}");
        }
        assert!(uuid("u", "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f").is_ok());
        for bad in [
            "0193b6c27c1a7d2e9f005a1b2c3d4e5f",
            "{0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f}",
            "x",
            "",
        ] {
            assert_eq!(uuid("u", bad).unwrap_err().code, "invalid_uuid", "{bad}");
        }
    }

    /// Our OpenAPI test wants an example (or an enum) on every schema.
    #[test]
    fn every_schema_has_an_example() {
        use super::{assistance as a, case as c, follow_up as f, programme as p, referral as r};
        use utoipa::PartialSchema;

        fn json_of<T: PartialSchema>() -> serde_json::Value {
            serde_json::to_value(T::schema()).unwrap()
        }
        let schemas = [
            ("Money", json_of::<crate::money::Money>()),
            ("MoneyInput", json_of::<crate::money::MoneyInput>()),
            ("Localised", json_of::<crate::localised::Localised>()),
            ("Lang", json_of::<crate::localised::Lang>()),
            ("Stream", json_of::<p::Stream>()),
            ("ProgrammeStatus", json_of::<p::ProgrammeStatus>()),
            ("AssistanceType", json_of::<p::AssistanceType>()),
            ("CatalogueEntry", json_of::<p::CatalogueEntry>()),
            ("CatalogueEntryInput", json_of::<p::CatalogueEntryInput>()),
            ("ProgrammeInput", json_of::<p::ProgrammeInput>()),
            ("Programme", json_of::<p::Programme>()),
            ("CaseStatus", json_of::<c::CaseStatus>()),
            ("CaseOutcome", json_of::<c::CaseOutcome>()),
            ("CaseInput", json_of::<c::CaseInput>()),
            ("Case", json_of::<c::Case>()),
            ("TransitionInput", json_of::<c::TransitionInput>()),
            ("CaseTransition", json_of::<c::CaseTransition>()),
            ("NoteInput", json_of::<c::NoteInput>()),
            ("CaseNote", json_of::<c::CaseNote>()),
            ("AssistanceStatus", json_of::<a::AssistanceStatus>()),
            ("AssistanceAction", json_of::<a::AssistanceAction>()),
            ("AssistanceInput", json_of::<a::AssistanceInput>()),
            ("ActionInput", json_of::<a::ActionInput>()),
            ("DeliverInput", json_of::<a::DeliverInput>()),
            ("Assistance", json_of::<a::Assistance>()),
            ("ReferralStatus", json_of::<r::ReferralStatus>()),
            ("ReferralAction", json_of::<r::ReferralAction>()),
            ("ReferralService", json_of::<r::ReferralService>()),
            ("ReferralInput", json_of::<r::ReferralInput>()),
            ("ReferralActionInput", json_of::<r::ReferralActionInput>()),
            ("Referral", json_of::<r::Referral>()),
            ("PartnerReferral", json_of::<r::PartnerReferral>()),
            ("FollowUpPoint", json_of::<f::FollowUpPoint>()),
            ("Dimension", json_of::<f::Dimension>()),
            ("Scale", json_of::<f::Scale>()),
            ("Answer", json_of::<f::Answer>()),
            ("Scores", json_of::<f::Scores>()),
            ("FollowUpInput", json_of::<f::FollowUpInput>()),
            ("IndicatorView", json_of::<f::IndicatorView>()),
            ("FollowUp", json_of::<f::FollowUp>()),
        ];
        let missing: Vec<_> = schemas
            .iter()
            .filter(|(_, s)| {
                ["example", "examples", "enum"]
                    .iter()
                    .all(|k| s.get(k).is_none())
            })
            .map(|(name, _)| *name)
            .collect();
        assert!(
            missing.is_empty(),
            "schemas without an example: {missing:?}"
        );
    }

    /// Examples of input schemas are accepted by the inputs themselves.
    #[test]
    fn input_examples_deserialise() {
        use super::{assistance as a, case as c, follow_up as f, programme as p, referral as r};
        use utoipa::PartialSchema;

        fn example<T: PartialSchema + serde::de::DeserializeOwned>() -> T {
            let schema = serde_json::to_value(T::schema()).unwrap();
            serde_json::from_value(schema["example"].clone()).unwrap()
        }
        let today = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        example::<p::ProgrammeInput>().validate().unwrap();
        example::<c::CaseInput>().validate(today).unwrap();
        example::<c::TransitionInput>().validate().unwrap();
        example::<c::NoteInput>().validate().unwrap();
        example::<a::AssistanceInput>()
            .validate(Uuid::nil())
            .unwrap();
        example::<a::ActionInput>()
            .validate(a::AssistanceAction::Reject)
            .unwrap();
        example::<a::DeliverInput>().validate(today).unwrap();
        example::<r::ReferralInput>().validate().unwrap();
        example::<r::ReferralActionInput>()
            .validate(r::ReferralAction::Complete)
            .unwrap();
        example::<f::FollowUpInput>().validate(today).unwrap();
        crate::money::money("m", &example::<crate::money::MoneyInput>()).unwrap();
    }
}
