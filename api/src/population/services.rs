//! Generated service records: counselling (of persons and anonymous),
//! outreach events, job placements, social enterprises' beneficiaries and job
//! places, and movement assistance of foreigners.

use chrono::{Duration, NaiveDate};
use integra_persistence::population::{
    NewEnrolment, NewJobPlaces, NewMovement, NewOutreach, NewPlacement, NewSession, Population,
    Recorded,
};
use rand::rngs::StdRng;
use rand::Rng;
use uuid::Uuid;

use super::people::{Generated, FOREIGNERS, REGIONS};
use super::{during, id_at, weighted, Setting};

const TOPICS: [(&str, u32); 8] = [
    ("reintegration_assistance", 30),
    ("employment", 18),
    ("psychosocial", 12),
    ("legal", 10),
    ("vocational_training", 10),
    ("safe_migration", 8),
    ("housing", 6),
    ("health", 6),
];

/// Generates the service records of `persons` (and, in proportion to them,
/// anonymous counselling, outreach events and job places) into `batch`.
pub fn generate(
    rng: &mut StdRng,
    setting: &Setting,
    persons: &[Generated],
    batch: &mut Population,
) {
    for generated in persons {
        let person = &generated.person;
        let registered = person.created_at.date_naive();
        let georgian = person.citizenship.as_deref() == Some("GE");
        let adult = person
            .date_of_birth
            .is_some_and(|born| registered.years_since(born).is_some_and(|y| y >= 18));
        if adult && rng.random_bool(0.22) {
            let held_on = later(rng, setting, registered, 0..30);
            let stream = match (georgian, rng.random_bool(0.1)) {
                (true, false) => "reintegration",
                (true, true) => "labour_migration",
                (false, _) => "integration",
            };
            batch.sessions.push(NewSession {
                id: Uuid::nil(),
                held_on,
                stream,
                topic: weighted(rng, &TOPICS),
                person_id: Some(person.id),
                programme_id: (stream == "reintegration").then(|| setting.programme_of(held_on)),
                recorded: recorded(rng, setting, held_on),
            });
        }
        if let Some(back) = generated
            .returned_on
            .filter(|_| adult && rng.random_bool(0.06))
        {
            let starts_on = later(rng, setting, back, 30..400);
            let abroad_in = rng
                .random_bool(0.2)
                .then(|| weighted(rng, &[("DE", 4), ("PL", 3), ("IL", 2), ("FR", 1)]));
            let term = if rng.random_bool(0.6) {
                "temporary"
            } else {
                "permanent"
            };
            let ends_on = (term == "temporary")
                .then(|| starts_on + Duration::days(rng.random_range(90..365)))
                .filter(|end| *end <= setting.as_of);
            batch.placements.push(NewPlacement {
                id: Uuid::nil(),
                person_id: person.id,
                abroad_in,
                employer_organisation_id: pick(rng, &setting.employers),
                term,
                starts_on,
                ends_on,
                programme_id: Some(setting.programme_of(starts_on)),
                recorded: recorded(rng, setting, starts_on),
            });
        }
        if adult && rng.random_bool(0.015) {
            let started_on = later(rng, setting, registered, 10..200);
            let completed_on = rng
                .random_bool(0.5)
                .then(|| started_on + Duration::days(rng.random_range(60..365)))
                .filter(|day| *day <= setting.as_of);
            batch.enrolments.push(NewEnrolment {
                id: Uuid::nil(),
                social_enterprise_id: pick(rng, &setting.social_enterprises),
                person_id: person.id,
                programme: weighted(
                    rng,
                    &[
                        ("employment", 45),
                        ("rehabilitation", 25),
                        ("training", 25),
                        ("other", 5),
                    ],
                ),
                started_on,
                completed_on,
                recorded: recorded(rng, setting, started_on),
            });
        }
        if !georgian && rng.random_bool(0.12) {
            let departed_on = later(rng, setting, registered, 30..900);
            let home = person.citizenship.clone().unwrap_or_default();
            let (kind, destination) = match FOREIGNERS.iter().find(|(c, _)| *c == home) {
                Some((country, _)) if rng.random_bool(0.8) => ("voluntary_return", *country),
                _ => (
                    "onward_movement",
                    weighted(rng, &[("DE", 3), ("PL", 2), ("TR", 2)]),
                ),
            };
            let mut help = [
                rng.random_bool(0.9),
                rng.random_bool(0.3),
                rng.random_bool(0.4),
                rng.random_bool(0.5),
            ];
            help[0] |= !help.iter().any(|h| *h);
            batch.movements.push(NewMovement {
                id: Uuid::nil(),
                person_id: person.id,
                departed_on,
                destination_country: destination,
                kind,
                help,
                organisation_id: setting.movement_organisation,
                recorded: recorded(rng, setting, departed_on),
            });
        }
    }
    let history = i64::from(super::YEARS) * 365;
    let day = |rng: &mut StdRng| setting.as_of - Duration::days(rng.random_range(0..history));
    for _ in 0..persons.len() / 8 {
        let held_on = day(rng);
        batch.sessions.push(NewSession {
            id: Uuid::nil(),
            held_on,
            stream: weighted(
                rng,
                &[
                    ("reintegration", 6),
                    ("labour_migration", 3),
                    ("integration", 1),
                ],
            ),
            topic: weighted(rng, &TOPICS),
            person_id: None,
            programme_id: None,
            recorded: recorded(rng, setting, held_on),
        });
    }
    for _ in 0..persons.len() / 200 {
        let held_on = day(rng);
        batch.outreach.push(NewOutreach {
            id: Uuid::nil(),
            held_on,
            region: weighted(rng, &REGIONS),
            kind: weighted(
                rng,
                &[
                    ("information_session", 40),
                    ("community", 20),
                    ("media", 10),
                    ("school", 10),
                    ("border_point", 15),
                    ("other", 5),
                ],
            ),
            people_reached: rng.random_range(10..300),
            programme_id: Some(setting.programme_of(held_on)),
            recorded: recorded(rng, setting, held_on),
        });
    }
    for _ in 0..persons.len() / 400 {
        let created_on = day(rng);
        batch.job_places.push(NewJobPlaces {
            id: Uuid::nil(),
            social_enterprise_id: pick(rng, &setting.social_enterprises),
            term: if rng.random_bool(0.55) {
                "permanent"
            } else {
                "temporary"
            },
            created_on,
            places: rng.random_range(1..=5),
            recorded: recorded(rng, setting, created_on),
        });
    }
    // Ids last, from when each record was made.
    for s in &mut batch.sessions {
        s.id = id_at(rng, s.recorded.at);
    }
    for o in &mut batch.outreach {
        o.id = id_at(rng, o.recorded.at);
    }
    for p in &mut batch.placements {
        p.id = id_at(rng, p.recorded.at);
    }
    for e in &mut batch.enrolments {
        e.id = id_at(rng, e.recorded.at);
    }
    for j in &mut batch.job_places {
        j.id = id_at(rng, j.recorded.at);
    }
    for m in &mut batch.movements {
        m.id = id_at(rng, m.recorded.at);
    }
}

/// A day some `days` after `day`, not after the reference date.
fn later(
    rng: &mut StdRng,
    setting: &Setting,
    day: NaiveDate,
    days: std::ops::Range<i64>,
) -> NaiveDate {
    (day + Duration::days(rng.random_range(days))).min(setting.as_of)
}

/// Recorded by the generated case worker for the ministry on `day`.
fn recorded(rng: &mut StdRng, setting: &Setting, day: NaiveDate) -> Recorded {
    Recorded {
        organisation_id: setting.organisation,
        recorded_by: setting.case_worker,
        at: during(rng, day),
    }
}

fn pick(rng: &mut StdRng, from: &[Uuid]) -> Uuid {
    from.get(rng.random_range(0..from.len().max(1)))
        .copied()
        .unwrap_or_default()
}
