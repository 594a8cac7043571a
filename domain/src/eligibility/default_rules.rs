//! The default rule set: the five eligibility rules of Georgia's state
//! reintegration programme, all required.
//!
//! - `citizenship`: citizenship `GE`, or `stateless` with residence status
//!   `permanent_resident`.
//! - `migration_history`: the longest irregular stay abroad is longer than 12
//!   calendar months (exactly 12 months fails), or asylum was sought abroad.
//! - `timely_application`: the application date is on or after the last return
//!   and at most 12 calendar months after it (exactly 12 months passes). An
//!   application dated before the last return fails: the person was still
//!   abroad. A person still abroad, or without stays, has no last return: not
//!   evaluable.
//! - `adult`: 18 or older on the application date (an 18th birthday on that
//!   date passes).
//! - `not_already_assisted`: no grant received from this programme before.

use super::condition::Condition;
use super::rules::{Localised, Reasons, Rule, RuleSet};

/// The default rule set document.
pub const DEFAULT_RULE_SET_JSON: &str = r#"{"rules": [
  {"id": "citizenship",
   "name": {"ka": "საქართველოს მოქალაქე ან საქართველოში მუდმივად მცხოვრები მოქალაქეობის არმქონე პირი",
            "en": "Georgian citizen, or a stateless person permanently residing in Georgia"},
   "required": true,
   "condition": {"any": [
     {"fact": "citizenship", "op": "eq", "value": "GE"},
     {"all": [{"fact": "citizenship", "op": "eq", "value": "stateless"},
              {"fact": "residence_status", "op": "eq", "value": "permanent_resident"}]}]},
   "reasons": {
     "passed": {"ka": "პირი საქართველოს მოქალაქეა ან საქართველოში მუდმივად მცხოვრები მოქალაქეობის არმქონე პირია.",
                "en": "The person is a Georgian citizen or a stateless person with permanent residence in Georgia."},
     "failed": {"ka": "პირი არც საქართველოს მოქალაქეა და არც საქართველოში მუდმივად მცხოვრები მოქალაქეობის არმქონე პირი.",
                "en": "The person is neither a Georgian citizen nor a stateless person with permanent residence in Georgia."},
     "not_evaluable": {"ka": "პირის მოქალაქეობა ან ბინადრობის სტატუსი უცნობია.",
                       "en": "The person's citizenship or residence status is not known."}}},
  {"id": "migration_history",
   "name": {"ka": "საზღვარგარეთ 12 თვეზე მეტი ხნით არალეგალურად ყოფნა ან თავშესაფრის მოთხოვნა",
            "en": "Stayed abroad irregularly for more than 12 months, or sought asylum abroad"},
   "required": true,
   "condition": {"any": [
     {"fact": "longest_irregular_stay", "op": "gt", "value": {"months": 12}},
     {"fact": "asylum_sought", "op": "eq", "value": true}]},
   "reasons": {
     "passed": {"ka": "პირი საზღვარგარეთ 12 თვეზე მეტი ხნით არალეგალურად იმყოფებოდა ან საზღვარგარეთ თავშესაფარი მოითხოვა ან მიიღო.",
                "en": "The person stayed abroad irregularly for more than 12 months, or applied for or was granted asylum abroad."},
     "failed": {"ka": "პირი საზღვარგარეთ 12 თვეზე მეტი ხნით არალეგალურად არ ყოფილა და თავშესაფარი არ მოუთხოვია.",
                "en": "The person did not stay abroad irregularly for more than 12 months and did not seek asylum abroad."},
     "not_evaluable": {"ka": "პირის საზღვარგარეთ ყოფნის პერიოდები ან მათი სამართლებრივი სტატუსი უცნობია.",
                       "en": "The person's stays abroad or their legal status are not known."}}},
  {"id": "timely_application",
   "name": {"ka": "განცხადება საქართველოში ბოლო დაბრუნებიდან 12 თვის განმავლობაში",
            "en": "Application within 12 months of the last return to Georgia"},
   "required": true,
   "condition": {"all": [
     {"fact": "time_since_last_return", "op": "ge", "value": {"days": 0}},
     {"fact": "time_since_last_return", "op": "le", "value": {"months": 12}}]},
   "reasons": {
     "passed": {"ka": "განცხადება შემოტანილია საქართველოში ბოლო დაბრუნებიდან 12 თვის განმავლობაში.",
                "en": "The application was made within 12 months of the last return to Georgia."},
     "failed": {"ka": "განცხადება შემოტანილია საქართველოში ბოლო დაბრუნებამდე ან დაბრუნებიდან 12 თვეზე მეტი ხნის შემდეგ.",
                "en": "The application was made before the last return to Georgia or more than 12 months after it."},
     "not_evaluable": {"ka": "საქართველოში ბოლო დაბრუნების თარიღი ან განცხადების თარიღი უცნობია.",
                       "en": "The date of the last return to Georgia or the application date is not known."}}},
  {"id": "adult",
   "name": {"ka": "განცხადების დღისთვის 18 წლის ან უფროსი",
            "en": "18 or older on the application date"},
   "required": true,
   "condition": {"fact": "age_years", "op": "ge", "value": 18},
   "reasons": {
     "passed": {"ka": "განცხადების დღისთვის პირი 18 წლის ან უფროსია.",
                "en": "The person is 18 or older on the application date."},
     "failed": {"ka": "განცხადების დღისთვის პირს 18 წელი არ შესრულებია.",
                "en": "The person is under 18 on the application date."},
     "not_evaluable": {"ka": "პირის დაბადების თარიღი ან განცხადების თარიღი უცნობია.",
                       "en": "The person's date of birth or the application date is not known."}}},
  {"id": "not_already_assisted",
   "name": {"ka": "ამ პროგრამიდან გრანტი ადრე არ მიუღია",
            "en": "Has not received a grant from this programme before"},
   "required": true,
   "condition": {"fact": "grants_received", "op": "eq", "value": 0},
   "reasons": {
     "passed": {"ka": "პირს ამ პროგრამიდან გრანტი ადრე არ მიუღია.",
                "en": "The person has not received a grant from this programme before."},
     "failed": {"ka": "პირს ამ პროგრამიდან გრანტი უკვე მიღებული აქვს.",
                "en": "The person has already received a grant from this programme."},
     "not_evaluable": {"ka": "უცნობია, მიუღია თუ არა პირს ამ პროგრამიდან გრანტი ადრე.",
                       "en": "It is not known whether the person has received a grant from this programme before."}}}
]}"#;

/// The default rule set, parsed. The document is a constant the tests check;
/// were it ever invalid, this fails closed: a single required rule that always
/// fails, so nobody is found eligible by mistake.
pub fn default_rule_set() -> RuleSet {
    RuleSet::from_json_str(DEFAULT_RULE_SET_JSON).unwrap_or_else(|_| fail_closed())
}

fn fail_closed() -> RuleSet {
    let text = |en: &str| Localised {
        ka: "წესების ნაკრები არასწორია.".to_owned(),
        en: en.to_owned(),
    };
    RuleSet {
        rules: vec![Rule::new(
            "default_rule_set_invalid".to_owned(),
            text("The default rule set is invalid."),
            true,
            Condition::Any(Vec::new()),
            Reasons {
                passed: text("The default rule set is invalid."),
                failed: text("The default rule set is invalid."),
                not_evaluable: text("The default rule set is invalid."),
            },
        )],
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Months, NaiveDate};

    use super::*;
    use crate::eligibility::{FactName, FactValue, Facts, Outcome, StayFact};
    use crate::person::ResidenceStatus;
    use crate::stay::LegalStatus;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn stay(start: &str, end: Option<&str>, status: LegalStatus) -> StayFact {
        StayFact {
            country: "DE".into(),
            start_date: date(start),
            end_date: end.map(date),
            legal_status: status,
        }
    }

    /// An eligible returnee.
    fn returnee() -> Facts {
        Facts {
            citizenship: Some("GE".into()),
            residence_status: Some(ResidenceStatus::Citizen),
            date_of_birth: Some(date("1988-04-12")),
            stays_abroad: Some(vec![stay(
                "2021-03-01",
                Some("2025-05-20"),
                LegalStatus::Irregular,
            )]),
            application_date: Some(date("2026-01-31")),
            grants_received: Some(0),
            ..Facts::default()
        }
    }

    fn outcome(facts: &Facts, rule: &str) -> Outcome {
        default_rule_set()
            .evaluate(facts)
            .result(rule)
            .unwrap()
            .outcome
    }

    #[test]
    fn the_document_is_valid_and_round_trips() {
        let rules = RuleSet::from_json_str(DEFAULT_RULE_SET_JSON).unwrap();
        let ids: Vec<&str> = rules.rules().iter().map(|rule| rule.id()).collect();
        assert_eq!(
            ids,
            [
                "citizenship",
                "migration_history",
                "timely_application",
                "adult",
                "not_already_assisted"
            ]
        );
        assert!(rules.rules().iter().all(|rule| rule.required()));
        assert_eq!(RuleSet::parse(&rules.to_json()).unwrap(), rules);
        assert_eq!(default_rule_set(), rules);
        assert_ne!(fail_closed(), rules);
        assert!(!fail_closed().evaluate(&returnee()).eligible);
    }

    #[test]
    fn a_typical_returnee_is_eligible_and_explained() {
        let facts = returnee();
        let rules = default_rule_set();
        let assessment = rules.evaluate(&facts);
        assert!(assessment.eligible, "{assessment:?}");
        assert!(assessment
            .results
            .iter()
            .all(|result| result.outcome == Outcome::Passed));
        let json = assessment.to_json();
        assert_eq!(json["eligible"], true);
        assert_eq!(json["results"][0]["rule_id"], "citizenship");
        assert_eq!(json["results"][0]["outcome"], "passed");
        assert_eq!(
            json["results"][0]["facts"],
            serde_json::json!({"citizenship": "GE", "residence_status": "citizen"})
        );
        assert_eq!(
            json["results"][1]["facts"]["longest_irregular_stay"],
            serde_json::json!({"from": "2021-03-01", "to": "2025-05-20", "months": 50, "days": 19})
        );
        assert_eq!(
            json["results"][3]["facts"],
            serde_json::json!({"age_years": 37})
        );
        assert_eq!(
            json["results"][3]["reason"]["en"],
            "The person is 18 or older on the application date."
        );
    }

    #[test]
    fn citizenship() {
        let mut facts = returnee();
        facts.residence_status = None;
        assert_eq!(outcome(&facts, "citizenship"), Outcome::Passed);
        facts.citizenship = Some("stateless".into());
        assert_eq!(outcome(&facts, "citizenship"), Outcome::NotEvaluable);
        facts.residence_status = Some(ResidenceStatus::PermanentResident);
        assert_eq!(outcome(&facts, "citizenship"), Outcome::Passed);
        facts.residence_status = Some(ResidenceStatus::TemporaryResident);
        assert_eq!(outcome(&facts, "citizenship"), Outcome::Failed);
        facts.citizenship = Some("AM".into());
        facts.residence_status = Some(ResidenceStatus::PermanentResident);
        assert_eq!(outcome(&facts, "citizenship"), Outcome::Failed);
        facts.citizenship = None;
        let assessment_rules = default_rule_set();
        let assessment = assessment_rules.evaluate(&facts);
        assert_eq!(
            assessment.result("citizenship").unwrap().outcome,
            Outcome::NotEvaluable
        );
        assert!(!assessment.eligible);
    }

    #[test]
    fn migration_history_needs_more_than_twelve_months_irregular() {
        let mut facts = returnee();
        facts.stays_abroad = Some(vec![stay(
            "2024-03-10",
            Some("2025-03-10"),
            LegalStatus::Irregular,
        )]);
        assert_eq!(outcome(&facts, "migration_history"), Outcome::Failed);
        facts.stays_abroad = Some(vec![stay(
            "2024-03-10",
            Some("2025-03-11"),
            LegalStatus::Irregular,
        )]);
        assert_eq!(outcome(&facts, "migration_history"), Outcome::Passed);
        // Regular stays do not count, however long.
        facts.stays_abroad = Some(vec![stay(
            "2015-01-01",
            Some("2025-03-11"),
            LegalStatus::Regular,
        )]);
        assert_eq!(outcome(&facts, "migration_history"), Outcome::Failed);
    }

    #[test]
    fn asylum_without_irregular_stay_passes_migration_history() {
        let mut facts = returnee();
        for status in [LegalStatus::AsylumApplied, LegalStatus::AsylumGranted] {
            facts.stays_abroad = Some(vec![stay("2025-01-01", Some("2025-03-01"), status)]);
            assert_eq!(outcome(&facts, "migration_history"), Outcome::Passed);
        }
    }

    #[test]
    fn no_stays_at_all() {
        let mut facts = returnee();
        facts.stays_abroad = Some(vec![]);
        assert_eq!(outcome(&facts, "migration_history"), Outcome::Failed);
        assert_eq!(outcome(&facts, "timely_application"), Outcome::NotEvaluable);
        facts.stays_abroad = None;
        assert_eq!(outcome(&facts, "migration_history"), Outcome::NotEvaluable);
        assert_eq!(outcome(&facts, "timely_application"), Outcome::NotEvaluable);
        assert!(!default_rule_set().evaluate(&facts).eligible);
    }

    #[test]
    fn open_stay_counts_until_the_application_date() {
        let mut facts = returnee();
        facts.stays_abroad = Some(vec![stay("2024-01-30", None, LegalStatus::Irregular)]);
        // Open since 2024-01-30: exactly 12 months on 2025-01-30, more a day later.
        facts.application_date = Some(date("2025-01-30"));
        assert_eq!(outcome(&facts, "migration_history"), Outcome::Failed);
        facts.application_date = Some(date("2025-01-31"));
        assert_eq!(outcome(&facts, "migration_history"), Outcome::Passed);
        // Still abroad: no last return.
        assert_eq!(outcome(&facts, "timely_application"), Outcome::NotEvaluable);
        facts.application_date = None;
        assert_eq!(outcome(&facts, "migration_history"), Outcome::NotEvaluable);
    }

    #[test]
    fn timely_application_within_twelve_months_of_the_return() {
        let mut facts = returnee();
        let returned = date("2025-05-20");
        let at = |facts: &mut Facts, applied: NaiveDate| {
            facts.application_date = Some(applied);
            outcome(facts, "timely_application")
        };
        assert_eq!(at(&mut facts, returned), Outcome::Passed);
        let year_later = returned + Months::new(12);
        assert_eq!(year_later, date("2026-05-20"));
        assert_eq!(at(&mut facts, year_later), Outcome::Passed);
        assert_eq!(at(&mut facts, date("2026-05-21")), Outcome::Failed);
        // Before the return the person was still abroad.
        assert_eq!(at(&mut facts, date("2025-05-19")), Outcome::Failed);
        facts.application_date = None;
        assert_eq!(outcome(&facts, "timely_application"), Outcome::NotEvaluable);
    }

    #[test]
    fn the_latest_stay_gives_the_last_return() {
        let mut facts = returnee();
        facts.stays_abroad = Some(vec![
            stay("2025-08-01", Some("2025-09-01"), LegalStatus::Regular),
            stay("2018-01-01", Some("2021-01-01"), LegalStatus::Irregular),
        ]);
        let table = facts.table();
        assert_eq!(
            table.get(FactName::LastReturnDate),
            Some(FactValue::Date(date("2025-09-01")))
        );
        assert!(default_rule_set().evaluate(&facts).eligible);
    }

    #[test]
    fn adult_on_the_application_date() {
        let mut facts = returnee();
        facts.date_of_birth = Some(date("2008-01-31"));
        assert_eq!(outcome(&facts, "adult"), Outcome::Passed);
        facts.date_of_birth = Some(date("2008-02-01"));
        assert_eq!(outcome(&facts, "adult"), Outcome::Failed);
        // Born on 29 February: 18 on 1 March in a common year.
        facts.date_of_birth = Some(date("2008-02-29"));
        facts.application_date = Some(date("2026-02-28"));
        facts.stays_abroad = Some(vec![stay(
            "2023-01-01",
            Some("2026-01-01"),
            LegalStatus::Irregular,
        )]);
        assert_eq!(outcome(&facts, "adult"), Outcome::Failed);
        facts.application_date = Some(date("2026-03-01"));
        assert_eq!(outcome(&facts, "adult"), Outcome::Passed);
        // An application on 29 February of a leap year.
        facts.application_date = Some(date("2028-02-29"));
        facts.date_of_birth = Some(date("2010-02-28"));
        assert_eq!(outcome(&facts, "adult"), Outcome::Passed);
        facts.date_of_birth = Some(date("2010-03-01"));
        assert_eq!(outcome(&facts, "adult"), Outcome::Failed);
        facts.date_of_birth = Some(date("2004-02-29"));
        assert_eq!(outcome(&facts, "adult"), Outcome::Passed);
    }

    #[test]
    fn a_missing_birth_date_is_not_evaluable_and_not_eligible() {
        let mut facts = returnee();
        facts.date_of_birth = None;
        let rules = default_rule_set();
        let assessment = rules.evaluate(&facts);
        let adult = assessment.result("adult").unwrap();
        assert_eq!(adult.outcome, Outcome::NotEvaluable);
        assert_eq!(
            adult.reason.en,
            "The person's date of birth or the application date is not known."
        );
        assert_eq!(adult.facts.0, vec![(FactName::AgeYears, None)]);
        assert_eq!(
            assessment.to_json()["results"][3]["facts"]["age_years"],
            serde_json::Value::Null
        );
        assert!(!assessment.eligible);
    }

    #[test]
    fn not_already_assisted() {
        let mut facts = returnee();
        facts.grants_received = Some(1);
        assert_eq!(outcome(&facts, "not_already_assisted"), Outcome::Failed);
        facts.grants_received = None;
        assert_eq!(
            outcome(&facts, "not_already_assisted"),
            Outcome::NotEvaluable
        );
        assert!(!default_rule_set().evaluate(&facts).eligible);
    }
}
