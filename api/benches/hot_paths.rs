//! The CPU cost of the per-request hot paths: the token check, a person's
//! validation, and a person's JSON. The load benchmark of the whole server
//! (requests per second against its own ceiling) is a separate run.

use chrono::{NaiveDate, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use integra_api::auth::Tokens;
use integra_domain::access::Caller;
use integra_domain::access::Role;
use integra_domain::person::{ExternalId, PersonInput};
use std::hint::black_box;
use uuid::Uuid;

fn person() -> PersonInput {
    PersonInput {
        personal_number: Some("01001012345".into()),
        given_name: "Nino".into(),
        family_name: "Beridze".into(),
        date_of_birth: Some("1988-04-12".into()),
        sex: Some("female".into()),
        citizenship: Some("GE".into()),
        residence_status: Some("citizen".into()),
        region: Some("GE-IM".into()),
        phone: Some("+995 555 12 34 56".into()),
        external_ids: vec![ExternalId {
            system: "readmission-db".into(),
            value: "RA-2015-0042".into(),
        }],
    }
}

fn hot_paths(c: &mut Criterion) {
    let tokens = Tokens::hs256(b"a benchmark secret of at least thirty-two characters", 900);
    let principal = Caller {
        id: Uuid::now_v7(),
        role: Role::CaseWorker,
        organisation_id: Some(Uuid::now_v7()),
        scopes: Vec::new(),
    };
    let token = tokens.issue(&principal, Utc::now()).unwrap_or_default();
    c.bench_function("token verify (HS256)", |b| {
        b.iter(|| tokens.verify(black_box(&token)))
    });

    let input = person();
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
    c.bench_function("person validate", |b| {
        b.iter(|| black_box(&input).validate(today))
    });

    let body = serde_json::to_vec(&input).unwrap_or_default();
    c.bench_function("person parse (strict JSON)", |b| {
        b.iter(|| serde_json::from_slice::<PersonInput>(black_box(&body)))
    });
}

criterion_group!(benches, hot_paths);
criterion_main!(benches);
