//! The rule language never panics: any text is a rule set or validation
//! errors; a valid rule set reads back unchanged and evaluates any facts; any
//! facts a caller sends are evaluated by the default rules.

#![no_main]

use std::sync::OnceLock;

use integra_domain::eligibility::{default_rule_set, Facts, RuleSet};
use libfuzzer_sys::fuzz_target;

fn defaults() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(default_rule_set)
}

fn example_facts() -> &'static Facts {
    static FACTS: OnceLock<Facts> = OnceLock::new();
    FACTS.get_or_init(|| {
        serde_json::from_str(
            r#"{"citizenship": "GE", "residence_status": "citizen", "date_of_birth": "1988-04-12",
                "stays_abroad": [{"country": "DE", "start_date": "2019-03-01", "end_date": "2025-05-20",
                "legal_status": "irregular"}], "application_date": "2026-01-31", "grants_received": 0}"#,
        )
        .expect("the example facts")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(rules) = RuleSet::from_json_str(text) {
        let document = rules.to_json();
        let again = RuleSet::parse(&document).expect("a valid rule set reads back");
        assert_eq!(again.to_json(), document, "a rule set reads back unchanged");
        let _ = rules.evaluate(&Facts::default());
        let _ = rules.evaluate(example_facts());
    }
    if let Ok(facts) = integra_domain::json::parse::<Facts>(data) {
        let _ = defaults().evaluate(&facts);
    }
});
