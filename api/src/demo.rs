//! Demonstration data: a few returnees, immigrants and jobseekers to try the API on.

use chrono::{NaiveDate, Utc};
use integra_domain::household::HouseholdInput;
use integra_domain::organisation::MINISTRY_ID;
use integra_domain::person::{ExternalId, PersonFields, PersonInput, ResidenceStatus, Sex};
use integra_domain::reintegration::case::{plan_due_on, CaseFields};
use integra_domain::stay::StayInput;
use integra_persistence::{cases, households, persons, stays, users, Db, StoreError};
use uuid::Uuid;

/// (given, family, birth, sex, citizenship, status, region, stay: (country, from, to, legal status, return type))
type DemoPerson = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )>,
);

const PEOPLE: [DemoPerson; 10] = [
    (
        "Nino",
        "Beridze",
        "1988-04-12",
        "female",
        "GE",
        "citizen",
        "GE-IM",
        Some((
            "DE",
            "2019-03-01",
            "2025-05-20",
            "irregular",
            "assisted_voluntary_return",
        )),
    ),
    (
        "Giorgi",
        "Beridze",
        "1985-09-30",
        "male",
        "GE",
        "citizen",
        "GE-IM",
        Some((
            "DE",
            "2019-03-01",
            "2025-05-20",
            "irregular",
            "assisted_voluntary_return",
        )),
    ),
    (
        "Tamar",
        "Kapanadze",
        "1979-01-15",
        "female",
        "GE",
        "citizen",
        "GE-TB",
        Some(("GR", "2016-06-10", "2025-11-02", "irregular", "spontaneous")),
    ),
    (
        "Levan",
        "Gelashvili",
        "1992-07-08",
        "male",
        "GE",
        "citizen",
        "GE-KA",
        Some((
            "FR",
            "2022-02-01",
            "2025-09-14",
            "asylum_applied",
            "readmission",
        )),
    ),
    (
        "Mariam",
        "Tsiklauri",
        "2001-11-23",
        "female",
        "GE",
        "citizen",
        "GE-AJ",
        Some(("IT", "2023-04-01", "2025-12-01", "regular", "spontaneous")),
    ),
    (
        "Davit",
        "Lomidze",
        "1975-03-03",
        "male",
        "GE",
        "citizen",
        "GE-SZ",
        Some(("PL", "2024-05-01", "2025-08-30", "irregular", "deportation")),
    ),
    (
        "Ana",
        "Chkheidze",
        "1999-05-19",
        "female",
        "GE",
        "citizen",
        "GE-KK",
        None,
    ),
    (
        "Irakli",
        "Nadiradze",
        "1996-12-01",
        "male",
        "GE",
        "citizen",
        "GE-TB",
        None,
    ),
    (
        "Ahmad",
        "Rahimi",
        "1990-02-14",
        "male",
        "stateless",
        "permanent_resident",
        "GE-TB",
        None,
    ),
    (
        "Olena",
        "Kovalenko",
        "1983-08-08",
        "female",
        "UA",
        "temporary_resident",
        "GE-AJ",
        None,
    ),
];

/// Loads the demo data when the registry is empty; returns how many persons it created.
pub fn load(db: &Db) -> Result<usize, StoreError> {
    let today = integra_domain::time::tbilisi_date(Utc::now());
    let now = Utc::now();
    db.write(|c| {
        let empty = persons::list(c, &persons::PersonFilter::default(), None, 1)?.is_empty();
        if !empty {
            return Ok(0);
        }
        let household = HouseholdInput {
            name: Some("Beridze household, Kutaisi".into()),
            region: Some("GE-IM".into()),
        };
        let household = households::insert(
            c,
            Uuid::now_v7(),
            &household
                .validate()
                .map_err(|e| StoreError::Internal(format!("demo data is not valid: {e}")))?,
            now,
        )?;
        for (index, (given, family, birth, sex, citizenship, status, region, stay)) in
            PEOPLE.iter().enumerate()
        {
            let georgian = *citizenship == "GE";
            let input = PersonInput {
                personal_number: georgian.then(|| format!("010010{:05}", 12345 + index)),
                given_name: (*given).into(),
                family_name: (*family).into(),
                date_of_birth: NaiveDate::parse_from_str(birth, "%Y-%m-%d")
                    .ok()
                    .map(|d| d.to_string()),
                sex: Some((*sex).into()),
                citizenship: Some((*citizenship).into()),
                residence_status: Some((*status).into()),
                region: Some((*region).into()),
                phone: Some(format!("+995 555 00 {:02} {:02}", index, index * 7 % 100)),
                external_ids: match stay {
                    Some(_) => vec![ExternalId {
                        system: "readmission-db".into(),
                        value: format!("RA-2025-{:04}", index + 1),
                    }],
                    None => vec![],
                },
            };
            let fields = input
                .validate(today)
                .map_err(|e| StoreError::Internal(format!("demo data is not valid: {e}")))?;
            let person = persons::insert(c, Uuid::now_v7(), &fields, now)?;
            if let Some((country, from, to, legal_status, return_type)) = stay {
                let stay = StayInput {
                    country: (*country).into(),
                    start_date: (*from).into(),
                    end_date: Some((*to).into()),
                    legal_status: (*legal_status).into(),
                    return_type: Some((*return_type).into()),
                };
                let fields = stay
                    .validate(today)
                    .map_err(|e| StoreError::Internal(format!("demo data is not valid: {e}")))?;
                stays::insert(c, person.id, Uuid::now_v7(), &fields, now)?;
            }
            if *family == "Beridze" {
                households::add_member(c, household.id, person.id, None, now)?;
            }
        }
        Ok(PEOPLE.len())
    })
}

/// Given names of generated persons.
const LOAD_GIVEN: [&str; 16] = [
    "Nino", "Giorgi", "Tamar", "Levan", "Mariam", "Davit", "Ana", "Irakli", "Eka", "Zurab",
    "Salome", "Nika", "Ketevan", "Luka", "Maia", "Sandro",
];
/// Stems and endings of generated family names: 50 x 6 = 300 family names.
const LOAD_STEMS: [&str; 50] = [
    "Berid",
    "Kapanad",
    "Gelash",
    "Maisurad",
    "Lomid",
    "Tsiklaur",
    "Bolkvad",
    "Nozad",
    "Abashid",
    "Bakhtad",
    "Chkheid",
    "Dolid",
    "Eliashv",
    "Gogib",
    "Jashi",
    "Kiknad",
    "Lortkipan",
    "Mchedl",
    "Nadirad",
    "Orjonikid",
    "Papunash",
    "Robakid",
    "Shengel",
    "Tabid",
    "Urushad",
    "Vashakid",
    "Zhvan",
    "Khachid",
    "Gvenetad",
    "Chkhaid",
    "Dzidziguri",
    "Esakia",
    "Goderdzish",
    "Japarid",
    "Kvaratskhel",
    "Leladz",
    "Mamulash",
    "Nikolaish",
    "Okrop",
    "Pertaia",
    "Rcheul",
    "Sulakvel",
    "Tsereteli",
    "Ubilava",
    "Vekua",
    "Zoidze",
    "Kharaishv",
    "Getsad",
    "Chanturi",
    "Dvali",
];
const LOAD_ENDINGS: [&str; 6] = ["ze", "shvili", "ia", "ani", "uri", "eli"];

/// The given and family name of the `i`th generated person: 16 given names and 300
/// family names, every combination as often as the others.
fn load_name(i: usize) -> (&'static str, String) {
    let family = (i / LOAD_GIVEN.len()) % (LOAD_STEMS.len() * LOAD_ENDINGS.len());
    let stem = LOAD_STEMS[family % LOAD_STEMS.len()];
    let ending = LOAD_ENDINGS[family / LOAD_STEMS.len()];
    (LOAD_GIVEN[i % LOAD_GIVEN.len()], format!("{stem}{ending}"))
}

/// Name searches that find generated persons, for load tests: every family name
/// (about 1 in 300 persons each) and every given and family name (1 in 4,800).
pub fn load_name_searches() -> Vec<String> {
    let families = LOAD_STEMS.len() * LOAD_ENDINGS.len();
    let mut searches: Vec<String> = (0..families)
        .map(|f| load_name(f * LOAD_GIVEN.len()).1)
        .collect();
    for i in 0..families * LOAD_GIVEN.len() {
        let (given, family) = load_name(i);
        searches.push(format!("{given} {family}"));
    }
    searches
}

/// Registers `count` generated persons in one transaction, for load tests; returns their ids.
pub fn load_persons(db: &Db, count: usize) -> Result<Vec<Uuid>, StoreError> {
    const REGIONS: [&str; 4] = ["GE-TB", "GE-IM", "GE-KA", "GE-AJ"];
    let now = Utc::now();
    let persons: Vec<(Uuid, PersonFields)> = (0..count)
        .map(|i| {
            let (given_name, family_name) = load_name(i);
            let fields = PersonFields {
                // 9xxxxxxxxxx: apart from the demo persons' 010010... numbers.
                personal_number: Some(format!("9{:010}", i)),
                given_name: given_name.to_owned(),
                family_name,
                date_of_birth: NaiveDate::from_ymd_opt(
                    1950 + (i % 55) as i32,
                    1 + (i % 12) as u32,
                    1 + (i % 28) as u32,
                ),
                sex: Some(if i % 2 == 0 { Sex::Female } else { Sex::Male }),
                citizenship: Some("GE".to_owned()),
                residence_status: Some(ResidenceStatus::Citizen),
                region: Some(REGIONS[i % REGIONS.len()].to_owned()),
                phone: Some(format!("+995 5{:08}", i)),
                external_ids: Vec::new(),
            };
            (Uuid::now_v7(), fields)
        })
        .collect();
    db.write(|c| persons::insert_bulk(c, &persons, now))?;
    Ok(persons.into_iter().map(|(id, _)| id).collect())
}

/// Opens a case in the default programme for each of `persons`, held by the
/// ministry and opened by the first admin (made as on a server's first start, if
/// there is no user yet), in one transaction (for load tests). Returns the cases' ids.
pub fn load_cases(db: &Db, persons: &[Uuid]) -> Result<Vec<Uuid>, String> {
    crate::seed::ensure_defaults(db)?;
    let password = std::env::var("INTEGRA_BOOTSTRAP_ADMIN_PASSWORD").ok();
    crate::bootstrap::announce(&crate::bootstrap::ensure_admin(db, password.as_deref())?);
    let now = Utc::now();
    let today = integra_domain::time::tbilisi_date(now);
    db.write(|c| {
        let admin = users::find_for_sign_in(c, crate::bootstrap::ADMIN_USERNAME)?
            .ok_or(StoreError::NotFound)?
            .account;
        persons
            .iter()
            .map(|&person_id| {
                let fields = CaseFields {
                    person_id,
                    programme_id: crate::seed::DEFAULT_PROGRAMME_ID,
                    registered_on: today,
                    plan_due_on: plan_due_on(today),
                };
                let id = Uuid::now_v7();
                cases::insert(c, id, &fields, MINISTRY_ID, admin.id, now)?;
                Ok(id)
            })
            .collect()
    })
    .map_err(|e| e.to_string())
}
