//! Generated persons, their households and their stays abroad.

use chrono::{Duration, NaiveDate};
use integra_domain::household::HouseholdInput;
use integra_domain::person::{Person, PersonInput};
use integra_domain::stay::{StayAbroad, StayInput};
use integra_persistence::population::{NewHousehold, NewPerson, NewStay, Population};
use rand::rngs::StdRng;
use rand::Rng;

use super::{during, id_at, weighted, Setting};

/// A generated person as the case generator needs them: the registry's
/// record and stays (the rule engine's facts), their household and when they
/// came back.
#[derive(Debug, Clone)]
pub struct Generated {
    pub person: Person,
    pub stays: Vec<StayAbroad>,
    pub household: Option<uuid::Uuid>,
    /// Their fellow members registered before them.
    pub housemates: Vec<uuid::Uuid>,
    /// The end of their last stay abroad.
    pub returned_on: Option<NaiveDate>,
}

const GIVEN_FEMALE: [&str; 12] = [
    "Nino", "Tamar", "Mariam", "Ana", "Eka", "Salome", "Ketevan", "Maia", "Natia", "Lika",
    "Sophio", "Tea",
];
const GIVEN_MALE: [&str; 12] = [
    "Giorgi", "Levan", "Davit", "Irakli", "Zurab", "Nika", "Luka", "Sandro", "Lasha", "Tornike",
    "Beka", "Gela",
];
const FAMILY_STEMS: [&str; 24] = [
    "Berid", "Kapanad", "Gelash", "Maisurad", "Lomid", "Tsiklaur", "Bolkvad", "Nozad", "Abashid",
    "Bakhtad", "Chkheid", "Dolid", "Kiknad", "Mchedl", "Nadirad", "Papunash", "Robakid", "Shengel",
    "Tabid", "Urushad", "Vashakid", "Khachid", "Gvenetad", "Japarid",
];
const FAMILY_ENDINGS: [&str; 4] = ["ze", "shvili", "ia", "ani"];

/// Regions by how many returnees settle there.
pub(super) const REGIONS: [(&str, u32); 12] = [
    ("GE-TB", 32),
    ("GE-IM", 16),
    ("GE-KA", 8),
    ("GE-AJ", 9),
    ("GE-SZ", 8),
    ("GE-KK", 7),
    ("GE-SJ", 4),
    ("GE-SK", 5),
    ("GE-MM", 4),
    ("GE-GU", 4),
    ("GE-RL", 1),
    ("GE-AB", 2),
];

/// Where Georgians stayed abroad.
const DESTINATIONS: [(&str, u32); 10] = [
    ("DE", 20),
    ("GR", 15),
    ("IT", 12),
    ("FR", 10),
    ("ES", 8),
    ("TR", 10),
    ("PL", 8),
    ("RU", 7),
    ("IL", 5),
    ("US", 5),
];

/// Foreigners living in Georgia, by citizenship.
pub(super) const FOREIGNERS: [(&str, u32); 8] = [
    ("UA", 20),
    ("RU", 25),
    ("AZ", 12),
    ("AM", 12),
    ("TR", 10),
    ("IR", 8),
    ("IN", 8),
    ("CN", 5),
];

/// Generates `count` persons from the `first`th on into `batch`.
pub fn generate(
    rng: &mut StdRng,
    setting: &Setting,
    first: usize,
    count: usize,
    batch: &mut Population,
) -> Result<Vec<Generated>, String> {
    let mut generated = Vec::with_capacity(count);
    let history = Duration::days(365 * i64::from(super::YEARS));
    let mut index = first;
    while index < first + count {
        // A household of 2 to 5 (four persons in ten), or someone on their own.
        let size = if rng.random_bool(0.4) {
            rng.random_range(2..=5).min(first + count - index)
        } else {
            1
        };
        let family = format!(
            "{}{}",
            FAMILY_STEMS[rng.random_range(0..FAMILY_STEMS.len())],
            FAMILY_ENDINGS[rng.random_range(0..FAMILY_ENDINGS.len())]
        );
        let region = weighted(rng, &REGIONS);
        let foreign = rng.random_bool(0.07);
        let citizenship = if foreign {
            weighted(rng, &FOREIGNERS)
        } else {
            "GE"
        };
        // When the household (or the person) came back, or arrived.
        let back = setting.as_of - Duration::days(rng.random_range(10..history.num_days()));
        let household = (size > 1).then(|| {
            let at = during(rng, back);
            let fields = HouseholdInput {
                name: Some(format!("{family} household")),
                region: Some(region.to_owned()),
            }
            .validate()
            .map_err(|e| format!("a generated household is not valid: {e}"));
            fields.map(|fields| NewHousehold {
                id: id_at(rng, at),
                fields,
                at,
            })
        });
        let household = household.transpose()?;
        let mut members = Vec::new();
        for position in 0..size {
            let person = person(
                rng,
                setting,
                index,
                &family,
                region,
                citizenship,
                back,
                position == 0,
            )?;
            let member = household
                .as_ref()
                .map(|h| (h.id, i64::try_from(position).unwrap_or(0)));
            let stays = if citizenship == "GE" && person_is_adult(&person, back) {
                stays(rng, setting, &person, back, position == 0)?
            } else {
                Vec::new()
            };
            let returned_on = stays.last().and_then(|s| s.end_date);
            batch.persons.push(NewPerson {
                id: person.id,
                fields: person_fields(&person),
                household: member,
                at: person.created_at.naive_utc(),
            });
            for stay in &stays {
                batch.stays.push(NewStay {
                    id: stay.id,
                    person_id: person.id,
                    fields: integra_domain::stay::StayFields {
                        country: stay.country.clone(),
                        start_date: stay.start_date,
                        end_date: stay.end_date,
                        legal_status: stay.legal_status,
                        return_type: stay.return_type,
                    },
                    at: stay.created_at.naive_utc(),
                });
            }
            generated.push(Generated {
                housemates: members.clone(),
                household: household.as_ref().map(|h| h.id),
                person,
                stays,
                returned_on,
            });
            members.push(
                generated
                    .last()
                    .map(|g: &Generated| g.person.id)
                    .unwrap_or_default(),
            );
            index += 1;
        }
        batch.households.extend(household);
    }
    Ok(generated)
}

/// A generated person, validated as `POST /persons` validates one.
#[allow(clippy::too_many_arguments)]
fn person(
    rng: &mut StdRng,
    setting: &Setting,
    index: usize,
    family: &str,
    region: &str,
    citizenship: &str,
    back: NaiveDate,
    head: bool,
) -> Result<Person, String> {
    let female = rng.random_bool(0.46);
    let given = if female {
        GIVEN_FEMALE[rng.random_range(0..GIVEN_FEMALE.len())]
    } else {
        GIVEN_MALE[rng.random_range(0..GIVEN_MALE.len())]
    };
    // Heads of households and people on their own are adults; others may be children.
    let age_years = if head {
        rng.random_range(19..70)
    } else {
        rng.random_range(0..65)
    };
    let born = back - Duration::days(age_years * 365 + rng.random_range(0..365));
    let georgian = citizenship == "GE";
    let status = match (georgian, rng.random_range(0..10)) {
        (true, _) => "citizen",
        (false, 0..=3) => "temporary_resident",
        (false, 4..=6) => "permanent_resident",
        (false, 7) => "asylum_seeker",
        (false, 8) => "refugee",
        (false, _) => "undocumented",
    };
    let registered_on = (back + Duration::days(rng.random_range(0..60))).min(setting.as_of);
    let at = during(rng, registered_on);
    let input = PersonInput {
        // 8xxxxxxxxxx: apart from the demo persons' and the load tests' numbers.
        personal_number: georgian.then(|| format!("8{index:010}")),
        given_name: given.to_owned(),
        family_name: family.to_owned(),
        date_of_birth: Some(born.to_string()),
        sex: Some(if female { "female" } else { "male" }.to_owned()),
        citizenship: Some(citizenship.to_owned()),
        residence_status: Some(status.to_owned()),
        region: Some(region.to_owned()),
        phone: Some(format!("+995 5{:08}", index % 100_000_000)),
        external_ids: Vec::new(),
    };
    let fields = input
        .validate(setting.as_of)
        .map_err(|e| format!("a generated person is not valid: {e}"))?;
    let created = at.and_utc();
    Ok(Person {
        id: id_at(rng, at),
        personal_number: fields.personal_number,
        given_name: fields.given_name,
        family_name: fields.family_name,
        date_of_birth: fields.date_of_birth,
        sex: fields.sex,
        citizenship: fields.citizenship,
        residence_status: fields.residence_status,
        region: fields.region,
        phone: fields.phone,
        household_id: None,
        external_ids: fields.external_ids,
        version: 1,
        created_at: created,
        updated_at: created,
    })
}

fn person_is_adult(person: &Person, on: NaiveDate) -> bool {
    person
        .date_of_birth
        .is_some_and(|born| on.years_since(born).is_some_and(|years| years >= 18))
}

/// The fields of a generated person, as they are stored.
fn person_fields(person: &Person) -> integra_domain::person::PersonFields {
    integra_domain::person::PersonFields {
        personal_number: person.personal_number.clone(),
        given_name: person.given_name.clone(),
        family_name: person.family_name.clone(),
        date_of_birth: person.date_of_birth,
        sex: person.sex,
        citizenship: person.citizenship.clone(),
        residence_status: person.residence_status,
        region: person.region.clone(),
        phone: person.phone.clone(),
        external_ids: person.external_ids.clone(),
    }
}

/// The stays abroad of an adult Georgian who came back on `back` (eight in
/// ten went abroad; one in ten of them twice), validated as `POST
/// /persons/{id}/stays-abroad` validates them.
fn stays(
    rng: &mut StdRng,
    setting: &Setting,
    person: &Person,
    back: NaiveDate,
    head: bool,
) -> Result<Vec<StayAbroad>, String> {
    if !rng.random_bool(if head { 0.85 } else { 0.5 }) {
        return Ok(Vec::new());
    }
    let mut stays = Vec::new();
    let mut end = back;
    let trips = if rng.random_bool(0.1) { 2 } else { 1 };
    for trip in 0..trips {
        let start = end - Duration::days(rng.random_range(200..365 * 8));
        let legal_status = weighted(
            rng,
            &[
                ("irregular", 55),
                ("regular", 22),
                ("asylum_applied", 15),
                ("asylum_granted", 3),
                ("unknown", 5),
            ],
        );
        let return_type = weighted(
            rng,
            &[
                ("spontaneous", 45),
                ("assisted_voluntary_return", 30),
                ("readmission", 20),
                ("deportation", 5),
            ],
        );
        let input = StayInput {
            country: weighted(rng, &DESTINATIONS).to_owned(),
            start_date: start.to_string(),
            end_date: Some(end.to_string()),
            legal_status: legal_status.to_owned(),
            return_type: Some(return_type.to_owned()),
        };
        let fields = input
            .validate(setting.as_of)
            .map_err(|e| format!("a generated stay is not valid: {e}"))?;
        let at = person.created_at.naive_utc() + Duration::minutes(5 + i64::from(trip));
        stays.push(StayAbroad {
            id: id_at(rng, at),
            person_id: person.id,
            country: fields.country,
            start_date: fields.start_date,
            end_date: fields.end_date,
            legal_status: fields.legal_status,
            return_type: fields.return_type,
            version: 1,
            created_at: at.and_utc(),
            updated_at: at.and_utc(),
        });
        // The trip before this one ended a while before it began.
        end = start - Duration::days(rng.random_range(30..700));
    }
    // Earliest first, as the registry lists them.
    stays.reverse();
    Ok(stays)
}
