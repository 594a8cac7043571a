//! Benchmarks of the eligibility engine: evaluating the default rule set for a
//! typical returnee, and parsing and validating the default document.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use integra_domain::eligibility::{
    default_rule_set, Facts, RuleSet, StayFact, DEFAULT_RULE_SET_JSON,
};
use integra_domain::person::ResidenceStatus;
use integra_domain::stay::LegalStatus;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// A Georgian citizen back from four years irregularly in Germany, after an
/// earlier regular stay in Greece, applying eight months after the return.
fn returnee() -> Facts {
    Facts {
        citizenship: Some("GE".to_owned()),
        residence_status: Some(ResidenceStatus::Citizen),
        date_of_birth: Some(date(1988, 4, 12)),
        stays_abroad: Some(vec![
            StayFact {
                country: "GR".to_owned(),
                start_date: date(2012, 6, 1),
                end_date: Some(date(2014, 9, 30)),
                legal_status: LegalStatus::Regular,
            },
            StayFact {
                country: "DE".to_owned(),
                start_date: date(2021, 3, 1),
                end_date: Some(date(2025, 5, 20)),
                legal_status: LegalStatus::Irregular,
            },
        ]),
        application_date: Some(date(2026, 1, 31)),
        grants_received: Some(0),
        ..Facts::default()
    }
}

fn benches(c: &mut Criterion) {
    let rules = default_rule_set();
    let facts = returnee();
    let mut group = c.benchmark_group("eligibility");
    group.throughput(Throughput::Elements(1));
    group.bench_function("evaluate_default_rule_set", |b| {
        b.iter(|| {
            let assessment = black_box(&rules).evaluate(black_box(&facts));
            black_box(assessment.eligible)
        })
    });
    let document: serde_json::Value =
        serde_json::from_str(DEFAULT_RULE_SET_JSON).unwrap_or_default();
    group.bench_function("parse_default_rule_set", |b| {
        b.iter(|| RuleSet::parse(black_box(&document)).is_ok())
    });
    group.finish();
}

criterion_group!(eligibility, benches);
criterion_main!(eligibility);
