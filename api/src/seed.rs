//! What every database starts with: the default reintegration rule set (the five
//! rules of DOMAIN.md, published as version 1), a default reintegration
//! programme, and the four labour migration schemes of DOMAIN.md with their
//! conditions (each a rule set, published as version 1), and a published
//! questionnaire for each of the three field studies.
//!
//! Idempotent, and safe when several nodes start at once: fixed ids, inserted only
//! when absent; a node that loses the race to insert finds the rows there.

use chrono::Datelike;
use integra_domain::eligibility::DEFAULT_RULE_SET_JSON;
use integra_domain::labour::scheme::{SchemeFields, SchemeStatus};
use integra_domain::labour::{jobseeker::Sector, schemes as seeded_schemes};
use integra_domain::localised::Localised;
use integra_domain::money::Money;
use integra_domain::reintegration::programme::{
    AssistanceType, CatalogueEntry, ProgrammeFields, ProgrammeStatus, Stream,
};
use integra_domain::survey::questionnaire::QuestionnaireStatus;
use integra_domain::survey::seeded as seeded_questionnaires;
use integra_persistence::{programmes, rule_sets, schemes, surveys, Db, StoreError};
use uuid::{uuid, Uuid};

/// The id of the default reintegration rule set.
pub const DEFAULT_RULE_SET_ID: Uuid = uuid!("00000000-0000-7000-8000-000000000101");
/// The id of the default reintegration programme.
pub const DEFAULT_PROGRAMME_ID: Uuid = uuid!("00000000-0000-7000-8000-000000000201");
/// The code of the default reintegration programme.
pub const DEFAULT_PROGRAMME_CODE: &str = "REINT-DEFAULT";

fn lari(amount: i64) -> Money {
    Money::from_tetri(amount * 100)
}

pub(crate) fn default_programme(year: i32) -> Option<ProgrammeFields> {
    use AssistanceType::*;
    let cap = |kind: AssistanceType, person: Option<i64>, household: Option<i64>| CatalogueEntry {
        assistance_type: kind,
        cap_per_person: person.map(lari),
        cap_per_household: household.map(lari),
    };
    Some(ProgrammeFields {
        code: DEFAULT_PROGRAMME_CODE.to_owned(),
        name: Localised::new(
            "რეინტეგრაციის სახელმწიფო პროგრამა",
            "State reintegration programme",
        ),
        stream: Stream::Reintegration,
        starts_on: chrono::NaiveDate::from_ymd_opt(year, 1, 1)?,
        ends_on: chrono::NaiveDate::from_ymd_opt(year, 12, 31)?,
        application_opens_on: None,
        application_closes_on: None,
        budget: lari(500_000),
        approval_threshold: lari(3_000),
        rule_set_id: DEFAULT_RULE_SET_ID,
        rule_set_version: Some(1),
        catalogue: vec![
            cap(MicroBusiness, Some(4_000), None),
            cap(SelfEmploymentSupport, Some(2_500), None),
            cap(EmploymentAssistance, None, None),
            cap(VocationalTraining, Some(1_500), None),
            cap(Medical, Some(1_500), None),
            cap(TemporaryAccommodation, None, Some(1_500)),
            cap(LivingConditions, Some(2_000), None),
            cap(CounsellingReferral, None, None),
        ],
        status: ProgrammeStatus::Open,
    })
}

/// Inserts the default rule set and programme unless they exist.
pub fn ensure_defaults(db: &Db) -> Result<(), String> {
    let now = chrono::Utc::now();
    let document: serde_json::Value =
        serde_json::from_str(DEFAULT_RULE_SET_JSON).map_err(|e| e.to_string())?;
    let document = document.to_string();
    let seeded = db.write(|c| {
        if !rule_sets::exists(c, DEFAULT_RULE_SET_ID)? {
            rule_sets::insert(
                c,
                DEFAULT_RULE_SET_ID,
                "State reintegration programme rules",
                &document,
                true,
                None,
                now,
            )?;
        }
        Ok(())
    });
    match seeded {
        Ok(()) | Err(StoreError::Duplicate) => {}
        Err(e) => return Err(format!("cannot seed the default rule set: {e}")),
    }
    let year = integra_domain::time::tbilisi_date(now).year();
    let fields = default_programme(year).ok_or("no default programme this year")?;
    let seeded = db.write(|c| {
        if !programmes::exists(c, DEFAULT_PROGRAMME_ID)? {
            programmes::insert(c, DEFAULT_PROGRAMME_ID, &fields, 1, now)?;
        }
        Ok(())
    });
    match seeded {
        // Present already, inserted by another node, or its code taken by an admin's programme.
        Ok(()) | Err(StoreError::Duplicate) => {}
        Err(e) => return Err(format!("cannot seed the default programme: {e}")),
    }
    ensure_schemes(db, now)?;
    ensure_questionnaires(db, now)
}

/// Inserts the seeded questionnaires, published, unless they exist.
fn ensure_questionnaires(db: &Db, now: chrono::DateTime<chrono::Utc>) -> Result<(), String> {
    for (id, fields) in seeded_questionnaires::seeded()? {
        let seeded = db.write(|c| {
            if !surveys::exists(c, id)? {
                surveys::insert(c, id, &fields, 1, QuestionnaireStatus::Published, None, now)?;
            }
            Ok(())
        });
        match seeded {
            // Present already, inserted by another node, or its code taken by an admin's questionnaire.
            Ok(()) | Err(StoreError::Duplicate) => {}
            Err(e) => {
                return Err(format!(
                    "cannot seed the questionnaire {}: {e}",
                    fields.code
                ))
            }
        }
    }
    Ok(())
}

/// The id of the `n`th seeded scheme's rule set (from 1).
pub fn scheme_rule_set_id(n: u128) -> Uuid {
    Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_0300 + n)
}

/// The id of the `n`th seeded scheme (from 1): seasonal agriculture in Germany,
/// caregivers in Israel, young professionals in France, seasonal work in Bulgaria.
pub fn scheme_id(n: u128) -> Uuid {
    Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_0400 + n)
}

/// Inserts the seeded schemes and their rule sets unless they exist.
fn ensure_schemes(db: &Db, now: chrono::DateTime<chrono::Utc>) -> Result<(), String> {
    for (n, seed) in (1..).zip(seeded_schemes::seeded()) {
        let rule_set = scheme_rule_set_id(n);
        let document: serde_json::Value =
            serde_json::from_str(&seed.conditions).map_err(|e| e.to_string())?;
        let sector = Sector::parse("sector", seed.sector).map_err(|e| e.message)?;
        let fields = SchemeFields {
            name: Localised::new(seed.name_ka, seed.name_en),
            destination_country: seed.destination_country.to_owned(),
            sector,
            partner_organisation_id: None,
            seasonal: seed.seasonal,
            max_stay_days: seed.max_stay_days,
            quota_per_year: seed.quota_per_year,
            applications_open_from: None,
            applications_open_until: None,
            status: SchemeStatus::Open,
            rule_set_id: rule_set,
            rule_set_version: Some(1),
        };
        let name = format!("{} conditions", seed.name_en);
        let seeded = db.write(|c| {
            if !rule_sets::exists(c, rule_set)? {
                rule_sets::insert(c, rule_set, &name, &document.to_string(), true, None, now)?;
            }
            if !schemes::exists(c, scheme_id(n))? {
                schemes::insert(c, scheme_id(n), &fields, 1, now)?;
            }
            Ok(())
        });
        match seeded {
            Ok(()) | Err(StoreError::Duplicate) => {}
            Err(e) => return Err(format!("cannot seed the scheme {}: {e}", seed.key)),
        }
    }
    Ok(())
}
