//! Generated jobseeker profiles: adults of the registry (returnees more often
//! than others) registered as jobseekers after they were registered, each
//! profile validated by the domain as `POST /jobseekers` validates it.

use chrono::{Datelike, Duration};
use integra_domain::labour::jobseeker::{Certificate, Education, JobseekerInput, LanguageSkill};
use integra_persistence::population::{NewJobseeker, Population, Recorded};
use rand::rngs::StdRng;
use rand::Rng;

use super::people::Generated;
use super::{during, id_at, weighted, Setting};

/// ISCO-08 unit groups of the occupations generated, by weight.
const OCCUPATIONS: [(&str, u32); 12] = [
    ("9211", 12), // crop farm labourers
    ("5322", 10), // home-based personal care workers
    ("5131", 8),  // waiters
    ("5120", 6),  // cooks
    ("7112", 7),  // bricklayers
    ("8322", 8),  // car, taxi and van drivers
    ("7212", 4),  // welders
    ("3221", 5),  // nursing associate professionals
    ("2512", 3),  // software developers
    ("5223", 8),  // shop sales assistants
    ("9112", 6),  // cleaners in offices and hotels
    ("7411", 4),  // electricians
];

const LANGUAGES: [(&str, u32); 6] = [
    ("ru", 10),
    ("en", 8),
    ("de", 3),
    ("he", 1),
    ("fr", 1),
    ("tr", 2),
];

const LEVELS: [(&str, u32); 6] = [
    ("A1", 3),
    ("A2", 4),
    ("B1", 4),
    ("B2", 3),
    ("C1", 1),
    ("C2", 1),
];

const CERTIFICATES: [(&str, u32); 5] = [
    ("caregiver", 4),
    ("driver_c", 3),
    ("welder", 2),
    ("first_aid", 3),
    ("forklift", 2),
];

const COUNTRIES: [(&str, u32); 7] = [
    ("DE", 5),
    ("IL", 3),
    ("FR", 2),
    ("BG", 3),
    ("PL", 3),
    ("GR", 2),
    ("GE", 2),
];

const SECTORS: [(&str, u32); 7] = [
    ("agriculture", 5),
    ("care", 4),
    ("hospitality", 4),
    ("construction", 3),
    ("transport", 2),
    ("manufacturing", 2),
    ("healthcare", 1),
];

/// Up to `most` distinct picks of `choices`.
fn some_of(rng: &mut StdRng, choices: &[(&'static str, u32)], most: usize) -> Vec<&'static str> {
    let count = rng.random_range(0..=most);
    let mut picked: Vec<&'static str> = Vec::with_capacity(count);
    for _ in 0..count {
        let choice = weighted(rng, choices);
        if !picked.contains(&choice) {
            picked.push(choice);
        }
    }
    picked
}

/// Generates the jobseeker profiles of `persons` into `batch`.
pub fn generate(
    rng: &mut StdRng,
    setting: &Setting,
    persons: &[Generated],
    batch: &mut Population,
) -> Result<(), String> {
    for generated in persons {
        let person = &generated.person;
        let registered = person.created_at.date_naive();
        let age = person
            .date_of_birth
            .and_then(|born| setting.as_of.years_since(born));
        let working_age = age.is_some_and(|y| (18..64).contains(&y));
        let share = if generated.returned_on.is_some() {
            0.45
        } else {
            0.15
        };
        if !working_age || person.citizenship.as_deref() != Some("GE") || !rng.random_bool(share) {
            continue;
        }
        let on = (registered + Duration::days(rng.random_range(0..120))).min(setting.as_of);
        let input = JobseekerInput {
            person_id: person.id,
            education: Education {
                isced_level: weighted(
                    rng,
                    &[(1, 1), (2, 3), (3, 8), (4, 3), (5, 2), (6, 3), (7, 1)],
                ),
                field: None,
            },
            occupations: some_of(rng, &OCCUPATIONS, 2)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            skills: Vec::new(),
            languages: some_of(rng, &LANGUAGES, 2)
                .into_iter()
                .map(|language| LanguageSkill {
                    language: language.to_owned(),
                    level: weighted(rng, &LEVELS).to_owned(),
                })
                .collect(),
            certificates: some_of(rng, &CERTIFICATES, 1)
                .into_iter()
                .map(|name| Certificate {
                    name: name.to_owned(),
                    expires_on: rng.random_bool(0.5).then(|| {
                        let year = setting.as_of.year() + rng.random_range(-1..4);
                        format!("{year}-06-30")
                    }),
                })
                .collect(),
            experience_months: rng.random_range(0..240),
            preferred_countries: some_of(rng, &COUNTRIES, 2)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            preferred_sectors: some_of(rng, &SECTORS, 2)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            close_relatives_in: some_of(rng, &COUNTRIES[..6], 1)
                .into_iter()
                .filter(|_| rng.random_bool(0.3))
                .map(str::to_owned)
                .collect(),
            available_from: None,
            available_to: None,
            note: None,
        };
        let fields = input
            .validate(setting.as_of)
            .map_err(|e| format!("a generated jobseeker profile is not valid: {e:?}"))?;
        let at = during(rng, on);
        batch.jobseekers.push(NewJobseeker {
            id: id_at(rng, at),
            fields,
            recorded: Recorded {
                organisation_id: setting.organisation,
                recorded_by: setting.case_worker,
                at,
            },
        });
    }
    Ok(())
}
