//! What every database starts with: the default reintegration rule set (the five
//! rules of DOMAIN.md, published as version 1) and a default reintegration programme.
//!
//! Idempotent, and safe when several nodes start at once: fixed ids, inserted only
//! when absent; a node that loses the race to insert finds the rows there.

use chrono::Datelike;
use integra_domain::eligibility::DEFAULT_RULE_SET_JSON;
use integra_domain::localised::Localised;
use integra_domain::money::Money;
use integra_domain::reintegration::programme::{
    AssistanceType, CatalogueEntry, ProgrammeFields, ProgrammeStatus, Stream,
};
use integra_persistence::{programmes, rule_sets, Db, StoreError};
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
        Ok(()) | Err(StoreError::Duplicate) => Ok(()),
        Err(e) => Err(format!("cannot seed the default programme: {e}")),
    }
}
