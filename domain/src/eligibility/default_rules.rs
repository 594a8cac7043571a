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
