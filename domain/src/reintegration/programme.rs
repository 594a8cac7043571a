//! A programme: one call of a state programme with its period, budget,
//! approval threshold, eligibility rule set and catalogue of assistance types
//! with their caps.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Error;
use crate::localised::Localised;
use crate::money::{self, Money, MoneyInput};
use crate::state_machine::Machine;
use crate::string_enum;
use crate::validation::{FieldError, ValidationErrors};

string_enum! {
    /// The stream of work a programme belongs to.
    Stream {
        Reintegration => "reintegration",
        Integration => "integration",
        LabourMigration => "labour_migration",
    }
}

string_enum! {
    /// Where a programme is in its life: `draft` -> `open` -> `closed`.
    ProgrammeStatus { Draft => "draft", Open => "open", Closed => "closed" }
}

/// The status moves of a programme: `draft` -> `open` -> `closed`, or a draft
/// closed without opening; `closed` is final. A move's action is the status it
/// moves to (a merge patch sets `status`).
pub const STATUSES: Machine<ProgrammeStatus, ProgrammeStatus> = Machine {
    code: "illegal_status_change",
    record: "a programme",
    moves: &[
        (
            ProgrammeStatus::Draft,
            ProgrammeStatus::Open,
            ProgrammeStatus::Open,
        ),
        (
            ProgrammeStatus::Draft,
            ProgrammeStatus::Closed,
            ProgrammeStatus::Closed,
        ),
        (
            ProgrammeStatus::Open,
            ProgrammeStatus::Closed,
            ProgrammeStatus::Closed,
        ),
    ],
};

/// Whether a programme in `from` may be set to `to` (staying where it is is no
/// move); a refusal (409) lists the statuses `from` may move to.
pub fn check_status_change(from: ProgrammeStatus, to: ProgrammeStatus) -> Result<(), Error> {
    if from == to {
        return Ok(());
    }
    STATUSES.step(from, to).map(|_| ()).map_err(|refused| {
        Error::illegal_move(
            STATUSES.code,
            format!("a programme cannot move from {from} to {to}"),
            refused.allowed.into_iter().map(ProgrammeStatus::as_str),
        )
    })
}

string_enum! {
    /// The kinds of reintegration assistance.
    AssistanceType {
        /// Income-generating grant for a small business, usually in kind.
        MicroBusiness => "micro_business",
        /// Tools and equipment for self-employment.
        SelfEmploymentSupport => "self_employment_support",
        /// CV writing, job referral, placement (a service, no money).
        EmploymentAssistance => "employment_assistance",
        /// Course fees at a training provider.
        VocationalTraining => "vocational_training",
        /// Medical aid, including psychosocial support.
        Medical => "medical",
        /// Short-term housing for the family on return (a household's).
        TemporaryAccommodation => "temporary_accommodation",
        /// Repairs, basic furniture.
        LivingConditions => "living_conditions",
        /// Information, counselling and referral; also for those not eligible (a service).
        CounsellingReferral => "counselling_referral",
    }
}

impl AssistanceType {
    /// Services carry no amount of money (though one may be recorded).
    pub fn is_service(self) -> bool {
        matches!(self, Self::EmploymentAssistance | Self::CounsellingReferral)
    }

    /// Given to a whole household rather than a person.
    pub fn is_per_household(self) -> bool {
        matches!(self, Self::TemporaryAccommodation)
    }
}

/// Longest programme code.
pub const CODE_MAX_CHARS: usize = 40;

/// One assistance type a programme offers, with its caps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"type": "micro_business",
    "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null}))]
pub struct CatalogueEntry {
    #[serde(rename = "type")]
    pub assistance_type: AssistanceType,
    /// The most one person may be committed (approved + delivered) of this type; none = no cap.
    pub cap_per_person: Option<Money>,
    /// The most one household may be committed of this type; none = no cap.
    pub cap_per_household: Option<Money>,
}

/// A catalogue entry as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"type": "micro_business",
    "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null}))]
pub struct CatalogueEntryInput {
    #[serde(rename = "type")]
    #[schema(value_type = AssistanceType)]
    pub assistance_type: String,
    /// More than zero; absent or null = no cap.
    #[serde(default)]
    pub cap_per_person: Option<MoneyInput>,
    /// More than zero; absent or null = no cap.
    #[serde(default)]
    pub cap_per_household: Option<MoneyInput>,
}

/// A programme as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"code": "REINT-2026",
    "name": {"ka": "რეინტეგრაციის სახელმწიფო პროგრამა 2026", "en": "State reintegration programme 2026"},
    "stream": "reintegration", "starts_on": "2026-01-01", "ends_on": "2026-12-31",
    "application_opens_on": "2026-02-01", "application_closes_on": "2026-10-31",
    "budget": {"amount": "500000.00", "currency": "GEL"},
    "approval_threshold": {"amount": "3000.00", "currency": "GEL"},
    "rule_set_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "status": "draft",
    "catalogue": [{"type": "micro_business",
        "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null},
        {"type": "temporary_accommodation", "cap_per_person": null,
        "cap_per_household": {"amount": "1500.00", "currency": "GEL"}},
        {"type": "counselling_referral"}]}))]
pub struct ProgrammeInput {
    /// Upper-case letters, digits and dashes; unique.
    #[schema(pattern = "^[A-Z0-9][A-Z0-9-]{1,39}$", example = "REINT-2026")]
    pub code: String,
    pub name: Localised,
    #[schema(value_type = Stream)]
    pub stream: String,
    #[schema(value_type = String, format = Date, example = "2026-01-01")]
    pub starts_on: String,
    /// Not before `starts_on`.
    #[schema(value_type = String, format = Date, example = "2026-12-31")]
    pub ends_on: String,
    /// First day applications are taken; inside the period. Default: `starts_on`.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-02-01")]
    pub application_opens_on: Option<String>,
    /// Last day applications are taken; inside the period. Default: `ends_on`.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-10-31")]
    pub application_closes_on: Option<String>,
    /// More than zero.
    pub budget: MoneyInput,
    /// Approving an item above this amount takes an admin. Zero or more.
    pub approval_threshold: MoneyInput,
    /// The eligibility rule set the programme screens with.
    #[schema(format = Uuid, example = "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90")]
    pub rule_set_id: String,
    /// The published version of the rule set to apply; default: its latest published version.
    #[serde(default)]
    #[schema(minimum = 1, example = 1)]
    pub rule_set_version: Option<i64>,
    /// The assistance types offered, each at most once.
    #[serde(default)]
    pub catalogue: Vec<CatalogueEntryInput>,
    /// Default `draft`.
    #[serde(default)]
    #[schema(value_type = Option<ProgrammeStatus>)]
    pub status: Option<String>,
}

/// A validated programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeFields {
    pub code: String,
    pub name: Localised,
    pub stream: Stream,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub application_opens_on: Option<NaiveDate>,
    pub application_closes_on: Option<NaiveDate>,
    pub budget: Money,
    pub approval_threshold: Money,
    pub rule_set_id: Uuid,
    /// `None`: the rule set's latest published version.
    pub rule_set_version: Option<i64>,
    pub catalogue: Vec<CatalogueEntry>,
    pub status: ProgrammeStatus,
}

/// A programme as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80", "code": "REINT-2026",
    "name": {"ka": "რეინტეგრაციის სახელმწიფო პროგრამა 2026", "en": "State reintegration programme 2026"},
    "stream": "reintegration", "status": "open", "starts_on": "2026-01-01", "ends_on": "2026-12-31",
    "application_opens_on": null, "application_closes_on": null,
    "budget": {"amount": "500000.00", "currency": "GEL"},
    "approval_threshold": {"amount": "3000.00", "currency": "GEL"},
    "committed": {"amount": "12500.00", "currency": "GEL"},
    "rule_set_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "rule_set_version": 1,
    "catalogue": [{"type": "micro_business",
        "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null}],
    "version": 1, "created_at": "2026-01-05T09:00:00Z", "updated_at": "2026-01-05T09:00:00Z"}))]
pub struct Programme {
    pub id: Uuid,
    pub code: String,
    pub name: Localised,
    pub stream: Stream,
    pub status: ProgrammeStatus,
    #[schema(value_type = String, format = Date)]
    pub starts_on: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub ends_on: NaiveDate,
    #[schema(value_type = Option<String>, format = Date)]
    pub application_opens_on: Option<NaiveDate>,
    #[schema(value_type = Option<String>, format = Date)]
    pub application_closes_on: Option<NaiveDate>,
    pub budget: Money,
    pub approval_threshold: Money,
    /// Approved plus delivered assistance; never more than `budget`.
    pub committed: Money,
    pub rule_set_id: Uuid,
    /// The published version of the rule set the programme applies.
    pub rule_set_version: i64,
    pub catalogue: Vec<CatalogueEntry>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Checks a programme code: `^[A-Z0-9][A-Z0-9-]{1,39}$`.
pub fn code(field: &str, value: &str) -> Result<String, FieldError> {
    let mut bytes = value.bytes();
    let first_ok = bytes
        .next()
        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let rest_ok = bytes.all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    if first_ok && rest_ok && (2..=CODE_MAX_CHARS).contains(&value.len()) {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_code",
            format!(
                "{field} must be 2 to 40 upper-case letters, digits or '-', not starting with '-'"
            ),
        ))
    }
}

impl ProgrammeInput {
    /// Validates every field, reporting all errors at once with their paths
    /// (`catalogue[1].cap_per_person.amount`).
    pub fn validate(&self) -> Result<ProgrammeFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check(code("code", &self.code));
        let name = self.name.check("name", &mut errors);
        let stream = errors.check(Stream::parse("stream", &self.stream));
        let starts_on = errors.check(super::date("starts_on", &self.starts_on));
        let ends_on = errors.check(super::date("ends_on", &self.ends_on));
        if let (Some(start), Some(end)) = (starts_on, ends_on) {
            if end < start {
                errors.add(
                    "ends_on",
                    "before_start",
                    "ends_on must not be before starts_on",
                );
            }
        }
        let opens = self
            .application_opens_on
            .as_deref()
            .and_then(|v| errors.check(super::date("application_opens_on", v)));
        let closes = self
            .application_closes_on
            .as_deref()
            .and_then(|v| errors.check(super::date("application_closes_on", v)));
        check_window(starts_on, ends_on, opens, closes, &mut errors);
        let budget = errors.check(money::money_positive("budget", &self.budget));
        let approval_threshold = errors.check(money::money_non_negative(
            "approval_threshold",
            &self.approval_threshold,
        ));
        let rule_set_id = errors.check(super::uuid("rule_set_id", &self.rule_set_id));
        if self.rule_set_version.is_some_and(|v| v < 1) {
            errors.add(
                "rule_set_version",
                "out_of_range",
                "rule_set_version must be 1 or more",
            );
        }
        let catalogue = check_catalogue(&self.catalogue, &mut errors);
        let status = match self.status.as_deref() {
            None => Some(ProgrammeStatus::Draft),
            Some(v) => errors.check(ProgrammeStatus::parse("status", v)),
        };
        match (
            code,
            name,
            stream,
            starts_on,
            ends_on,
            budget,
            approval_threshold,
            rule_set_id,
            status,
        ) {
            (
                Some(code),
                Some(name),
                Some(stream),
                Some(starts_on),
                Some(ends_on),
                Some(budget),
                Some(approval_threshold),
                Some(rule_set_id),
                Some(status),
            ) if errors.is_empty() => Ok(ProgrammeFields {
                code,
                name,
                stream,
                starts_on,
                ends_on,
                application_opens_on: opens,
                application_closes_on: closes,
                budget,
                approval_threshold,
                rule_set_id,
                rule_set_version: self.rule_set_version,
                catalogue,
                status,
            }),
            _ => Err(errors),
        }
    }
}

fn check_window(
    starts_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
    opens: Option<NaiveDate>,
    closes: Option<NaiveDate>,
    errors: &mut ValidationErrors,
) {
    for (field, day) in [
        ("application_opens_on", opens),
        ("application_closes_on", closes),
    ] {
        let Some(day) = day else { continue };
        let before = starts_on.is_some_and(|start| day < start);
        let after = ends_on.is_some_and(|end| day > end);
        if before || after {
            errors.add(
                field,
                "outside_period",
                format!("{field} must be between starts_on and ends_on"),
            );
        }
    }
    if let (Some(opens), Some(closes)) = (opens, closes) {
        if closes < opens {
            errors.add(
                "application_closes_on",
                "before_opening",
                "application_closes_on must not be before application_opens_on",
            );
        }
    }
}

fn check_catalogue(
    entries: &[CatalogueEntryInput],
    errors: &mut ValidationErrors,
) -> Vec<CatalogueEntry> {
    let mut catalogue = Vec::with_capacity(entries.len());
    let mut seen = std::collections::HashSet::new();
    for (index, entry) in entries.iter().enumerate() {
        let path = format!("catalogue[{index}]");
        let kind = errors.check(AssistanceType::parse(
            &format!("{path}.type"),
            &entry.assistance_type,
        ));
        if let Some(kind) = kind {
            if !seen.insert(kind) {
                errors.add(
                    format!("{path}.type"),
                    "duplicate_type",
                    "each assistance type appears in the catalogue at most once",
                );
                continue;
            }
        }
        let cap_per_person = entry.cap_per_person.as_ref().map(|cap| {
            errors.check(money::money_positive(
                &format!("{path}.cap_per_person"),
                cap,
            ))
        });
        let cap_per_household = entry.cap_per_household.as_ref().map(|cap| {
            errors.check(money::money_positive(
                &format!("{path}.cap_per_household"),
                cap,
            ))
        });
        if let (Some(kind), Some(cap_per_person), Some(cap_per_household)) = (
            kind,
            cap_per_person.map_or(Some(None), |c| c.map(Some)),
            cap_per_household.map_or(Some(None), |c| c.map(Some)),
        ) {
            catalogue.push(CatalogueEntry {
                assistance_type: kind,
                cap_per_person,
                cap_per_household,
            });
        }
    }
    catalogue
}

impl ProgrammeFields {
    /// The catalogue entry of `kind`, if the programme offers it.
    pub fn catalogue_entry(&self, kind: AssistanceType) -> Option<&CatalogueEntry> {
        find_entry(&self.catalogue, kind)
    }
}

impl Programme {
    /// The catalogue entry of `kind`, if the programme offers it.
    pub fn catalogue_entry(&self, kind: AssistanceType) -> Option<&CatalogueEntry> {
        find_entry(&self.catalogue, kind)
    }

    /// Whether the programme takes new cases (applications) dated `on`: it is
    /// open and `on` lies in the application window (the period by default).
    pub fn accepts_applications_on(&self, on: NaiveDate) -> bool {
        let opens = self.application_opens_on.unwrap_or(self.starts_on);
        let closes = self.application_closes_on.unwrap_or(self.ends_on);
        self.status == ProgrammeStatus::Open && opens <= on && on <= closes
    }

    /// What is left of the budget.
    pub fn remaining(&self) -> Option<Money> {
        self.budget.checked_sub(self.committed)
    }
}

/// The catalogue entry of `kind` in `catalogue`.
pub fn find_entry(catalogue: &[CatalogueEntry], kind: AssistanceType) -> Option<&CatalogueEntry> {
    catalogue.iter().find(|e| e.assistance_type == kind)
}

/// A budget below what the programme has committed (approved + delivered) already.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the budget cannot be less than the {} GEL already committed", .committed.amount_string())]
pub struct BudgetBelowCommitted {
    pub committed: Money,
}

impl From<BudgetBelowCommitted> for Error {
    fn from(error: BudgetBelowCommitted) -> Self {
        Error::conflict("budget_below_committed", error.to_string())
    }
}

/// Committing `amount` more would take the programme over its budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the programme's budget has {remaining} left")]
pub struct BudgetExceeded {
    /// What is left of the budget (never negative).
    pub remaining: Money,
}

/// Whether `amount` more fits the budget, given what is `committed` (approved + delivered).
pub fn check_budget(budget: Money, committed: Money, amount: Money) -> Result<(), BudgetExceeded> {
    let remaining = budget
        .checked_sub(committed)
        .filter(|r| !r.is_negative())
        .unwrap_or(Money::ZERO);
    if amount <= remaining {
        Ok(())
    } else {
        Err(BudgetExceeded { remaining })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn input() -> ProgrammeInput {
        serde_json::from_value(json!({"code": "REINT-2026",
            "name": {"ka": "რეინტეგრაცია 2026", "en": "Reintegration 2026"},
            "stream": "reintegration", "starts_on": "2026-01-01", "ends_on": "2026-12-31",
            "budget": {"amount": "500000.00", "currency": "GEL"},
            "approval_threshold": {"amount": "3000.00", "currency": "GEL"},
            "rule_set_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90",
            "catalogue": [{"type": "micro_business",
                "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null},
                {"type": "counselling_referral"}]}))
        .unwrap()
    }

    fn errors_of(input: &ProgrammeInput) -> Vec<(String, String)> {
        input
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
            .collect()
    }

    #[test]
    fn the_api_example_is_valid() {
        let fields = input().validate().unwrap();
        assert_eq!(fields.status, ProgrammeStatus::Draft);
        assert_eq!(fields.budget, Money::from_lari(500_000).unwrap());
        assert_eq!(
            fields.catalogue_entry(AssistanceType::MicroBusiness),
            Some(&CatalogueEntry {
                assistance_type: AssistanceType::MicroBusiness,
                cap_per_person: Money::from_lari(4000),
                cap_per_household: None,
            })
        );
        assert!(fields.catalogue_entry(AssistanceType::Medical).is_none());
    }

    #[test]
    fn every_error_is_reported_at_once() {
        let mut bad = input();
        bad.code = "reint 2026".into();
        bad.name.en = " ".into();
        bad.stream = "return".into();
        bad.starts_on = "2026-06-01".into();
        bad.ends_on = "2026-05-31".into();
        bad.application_opens_on = Some("2026-01-01".into());
        bad.application_closes_on = Some("2026-13-01".into());
        bad.budget = MoneyInput::gel("0");
        bad.approval_threshold = MoneyInput::gel("-1.00");
        bad.rule_set_id = "rules-v3".into();
        bad.status = Some("active".into());
        bad.catalogue = serde_json::from_value(json!([
            {"type": "micro_business", "cap_per_person": {"amount": "4000.001", "currency": "GEL"}},
            {"type": "medical", "cap_per_person": {"amount": "0", "currency": "GEL"},
             "cap_per_household": {"amount": 100, "currency": "GEL"}},
            {"type": "micro_business"},
            {"type": "lottery"},
        ]))
        .unwrap();
        assert_eq!(
            errors_of(&bad),
            pairs(&[
                ("code", "invalid_code"),
                ("name.en", "required"),
                ("stream", "invalid_value"),
                ("ends_on", "before_start"),
                ("application_closes_on", "invalid_date"),
                ("application_opens_on", "outside_period"),
                ("budget.amount", "not_positive"),
                ("approval_threshold.amount", "negative"),
                ("rule_set_id", "invalid_uuid"),
                ("catalogue[0].cap_per_person.amount", "too_many_decimals"),
                ("catalogue[1].cap_per_person.amount", "not_positive"),
                ("catalogue[1].cap_per_household.amount", "not_a_string"),
                ("catalogue[2].type", "duplicate_type"),
                ("catalogue[3].type", "invalid_value"),
                ("status", "invalid_value"),
            ])
        );
    }

    #[test]
    fn application_window() {
        let mut window = input();
        window.application_opens_on = Some("2026-02-01".into());
        window.application_closes_on = Some("2026-10-31".into());
        assert!(window.validate().is_ok());

        window.application_closes_on = Some("2027-01-01".into());
        assert_eq!(
            errors_of(&window),
            pairs(&[("application_closes_on", "outside_period")])
        );

        window.application_opens_on = Some("2026-10-01".into());
        window.application_closes_on = Some("2026-09-30".into());
        assert_eq!(
            errors_of(&window),
            pairs(&[("application_closes_on", "before_opening")])
        );

        // A one-day programme is fine.
        let mut day = input();
        day.ends_on = day.starts_on.clone();
        assert!(day.validate().is_ok());
    }

    #[test]
    fn codes() {
        for good in ["REINT-2026", "R2", "A-B-C", "0X", &"A".repeat(40)] {
            assert!(code("c", good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "R",
            "-R2026",
            "reint",
            "REINT_2026",
            "REINT 2026",
            "ÄB",
            &"A".repeat(41),
        ] {
            assert!(code("c", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut value = serde_json::to_value(input()).unwrap();
        value["currency"] = json!("GEL");
        assert!(serde_json::from_value::<ProgrammeInput>(value).is_err());
    }

    #[test]
    fn programme_status_moves() {
        use ProgrammeStatus::*;
        for from in ProgrammeStatus::ALL {
            for to in ProgrammeStatus::ALL {
                let expected = from == to
                    || matches!((from, to), (Draft, Open) | (Draft, Closed) | (Open, Closed));
                let checked = check_status_change(*from, *to);
                assert_eq!(checked.is_ok(), expected, "{from} -> {to}");
                if let Err(Error::IllegalMove(refused)) = checked {
                    assert_eq!(refused.code, "illegal_status_change");
                    let allowed: Vec<&str> =
                        STATUSES.allowed(*from).iter().map(|s| s.as_str()).collect();
                    assert_eq!(refused.allowed, allowed);
                }
            }
        }
        let Err(Error::IllegalMove(refused)) = check_status_change(Open, Draft) else {
            panic!("open -> draft")
        };
        assert_eq!(refused.allowed, ["closed"]);
        assert_eq!(refused.detail, "a programme cannot move from open to draft");
        assert!(STATUSES.is_final(Closed));
        let below = Error::from(BudgetBelowCommitted {
            committed: Money::from_lari(100_000).unwrap(),
        });
        assert!(below.is_conflict("budget_below_committed"));
        assert_eq!(
            below.to_string(),
            "conflict (budget_below_committed): the budget cannot be less than the 100000.00 GEL already committed"
        );
    }

    #[test]
    fn budget() {
        let budget = Money::from_lari(1000).unwrap();
        let committed = Money::from_lari(900).unwrap();
        assert!(check_budget(budget, committed, Money::from_lari(100).unwrap()).is_ok());
        assert_eq!(
            check_budget(budget, committed, Money::from_tetri(10_001)),
            Err(BudgetExceeded {
                remaining: Money::from_lari(100).unwrap()
            })
        );
        // Over-committed (say, after the budget was lowered): nothing is left.
        assert_eq!(
            check_budget(
                budget,
                Money::from_lari(1200).unwrap(),
                Money::from_tetri(1)
            ),
            Err(BudgetExceeded {
                remaining: Money::ZERO
            })
        );
        assert!(check_budget(budget, committed, Money::ZERO).is_ok());
    }

    #[test]
    fn applications_are_taken_while_open_inside_the_window() {
        let fields = input().validate().unwrap();
        let mut programme = Programme {
            id: Uuid::nil(),
            code: fields.code,
            name: fields.name,
            stream: fields.stream,
            status: ProgrammeStatus::Draft,
            starts_on: fields.starts_on,
            ends_on: fields.ends_on,
            application_opens_on: None,
            application_closes_on: NaiveDate::from_ymd_opt(2026, 10, 31),
            budget: fields.budget,
            approval_threshold: fields.approval_threshold,
            committed: Money::from_lari(1000).unwrap(),
            rule_set_id: fields.rule_set_id,
            rule_set_version: 1,
            catalogue: fields.catalogue,
            version: 1,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        };
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert!(!programme.accepts_applications_on(day(3, 1)));
        programme.status = ProgrammeStatus::Open;
        assert!(programme.accepts_applications_on(day(1, 1)));
        assert!(programme.accepts_applications_on(day(10, 31)));
        assert!(!programme.accepts_applications_on(day(11, 1)));
        assert_eq!(programme.remaining(), Money::from_lari(499_000));
        let json = serde_json::to_value(&programme).unwrap();
        assert_eq!(
            json["committed"],
            json!({"amount": "1000.00", "currency": "GEL"})
        );
        assert_eq!(json["catalogue"][0]["type"], json!("micro_business"));
    }
}
