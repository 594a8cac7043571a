//! The conditions of the labour migration schemes of DOMAIN.md, as rule sets of
//! the one rule engine (the eligibility engine, with the labour facts): each
//! rule a requirement a jobseeker meets or misses, with its reason.
//!
//! | scheme | destination | conditions |
//! |---|---|---|
//! | seasonal agriculture | DE | adult; no earlier irregular stay in Germany (up to 90 days a stay) |
//! | caregivers | IL | age 25 to 45; secondary education (ISCED 3 or above); a valid caregiver certificate; English or Russian at B1 or above; no earlier irregular stay in Israel; no close relatives in Israel (a one-year term) |
//! | young professionals | FR | age 18 to 35 (about 150 places a year) |
//! | seasonal work | BG | adult (up to 9 months a stay) |

/// A rule of a scheme, in the rule-set document form: one requirement.
fn rule(id: &str, name: (&str, &str), condition: &str, reasons: [(&str, &str); 3]) -> String {
    let [passed, failed, unknown] = reasons;
    format!(
        r#"{{"id": "{id}", "name": {{"ka": "{}", "en": "{}"}}, "required": true,
  "condition": {condition},
  "reasons": {{"passed": {{"ka": "{}", "en": "{}"}}, "failed": {{"ka": "{}", "en": "{}"}},
               "not_evaluable": {{"ka": "{}", "en": "{}"}}}}}}"#,
        name.0, name.1, passed.0, passed.1, failed.0, failed.1, unknown.0, unknown.1
    )
}

fn adult() -> String {
    rule(
        "adult",
        ("18 წლის ან უფროსი", "18 or older"),
        r#"{"fact": "age_years", "op": "ge", "value": 18}"#,
        [
            ("პირი 18 წლის ან უფროსია.", "The person is 18 or older."),
            ("პირი 18 წელზე უმცროსია.", "The person is younger than 18."),
            (
                "პირის დაბადების თარიღი უცნობია.",
                "The person's date of birth is not known.",
            ),
        ],
    )
}

fn age_between(from: u32, to: u32) -> String {
    rule(
        "age",
        (
            &format!("{from}-დან {to} წლამდე"),
            &format!("Aged {from} to {to}"),
        ),
        &format!(
            r#"{{"all": [{{"fact": "age_years", "op": "ge", "value": {from}}}, {{"fact": "age_years", "op": "le", "value": {to}}}]}}"#
        ),
        [
            (
                &format!("პირი {from}-დან {to} წლამდეა."),
                &format!("The person is aged {from} to {to}."),
            ),
            (
                &format!("პირის ასაკი არ არის {from}-დან {to} წლამდე."),
                &format!("The person is not aged {from} to {to}."),
            ),
            (
                "პირის დაბადების თარიღი უცნობია.",
                "The person's date of birth is not known.",
            ),
        ],
    )
}

fn no_irregular_stay_in(country: &str, ka: &str, en: &str) -> String {
    rule(
        "no_irregular_stay",
        (
            &format!("{ka} არალეგალურად არ ყოფილა"),
            &format!("No earlier irregular stay in {en}"),
        ),
        &format!(
            r#"{{"not": {{"fact": "irregular_stays_in", "op": "has", "value": "{country}"}}}}"#
        ),
        [
            (
                &format!("პირი {ka} არალეგალურად არ ყოფილა."),
                &format!("The person has no earlier irregular stay in {en}."),
            ),
            (
                &format!("პირი {ka} არალეგალურად იმყოფებოდა."),
                &format!("The person stayed in {en} irregularly before."),
            ),
            (
                &format!("პირის {ka} ყოფნის სამართლებრივი სტატუსი უცნობია."),
                &format!("The legal status of the person's stay in {en} is not known."),
            ),
        ],
    )
}

fn document(rules: &[String]) -> String {
    format!(r#"{{"rules": [{}]}}"#, rules.join(",\n"))
}

/// A scheme to seed: its fixed id, names, terms and conditions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeededScheme {
    pub key: &'static str,
    pub name_ka: &'static str,
    pub name_en: &'static str,
    pub destination_country: &'static str,
    pub sector: &'static str,
    pub seasonal: bool,
    pub max_stay_days: i64,
    pub quota_per_year: i64,
    /// The conditions, a rule-set document.
    pub conditions: String,
}

/// The four schemes of DOMAIN.md.
pub fn seeded() -> Vec<SeededScheme> {
    let caregiver_rules = [
        age_between(25, 45),
        rule(
            "secondary_education",
            ("საშუალო განათლება", "Secondary education"),
            r#"{"fact": "isced_level", "op": "ge", "value": 3}"#,
            [
                (
                    "პირს აქვს საშუალო ან უმაღლესი განათლება (ISCED 3+).",
                    "The person has secondary education or above (ISCED 3+).",
                ),
                (
                    "პირს არ აქვს საშუალო განათლება (ISCED 3).",
                    "The person has no secondary education (ISCED 3).",
                ),
                (
                    "პირის განათლება უცნობია.",
                    "The person's education is not known.",
                ),
            ],
        ),
        rule(
            "caregiver_certificate",
            (
                "მომვლელის მოქმედი სერტიფიკატი",
                "A valid caregiver certificate",
            ),
            r#"{"fact": "certificates", "op": "has", "value": "caregiver"}"#,
            [
                (
                    "პირს აქვს მომვლელის მოქმედი სერტიფიკატი.",
                    "The person holds a valid caregiver certificate.",
                ),
                (
                    "პირს არ აქვს მომვლელის მოქმედი სერტიფიკატი.",
                    "The person holds no valid caregiver certificate.",
                ),
                (
                    "პირის სერტიფიკატები უცნობია.",
                    "The person's certificates are not known.",
                ),
            ],
        ),
        rule(
            "english_or_russian",
            (
                "ინგლისური ან რუსული B1 დონეზე",
                "English or Russian at B1 or above",
            ),
            r#"{"any": [{"fact": "languages", "op": "has", "value": {"language": "en", "min_level": "B1"}},
                        {"fact": "languages", "op": "has", "value": {"language": "ru", "min_level": "B1"}}]}"#,
            [
                (
                    "პირი ფლობს ინგლისურს ან რუსულს B1 დონეზე ან მეტად.",
                    "The person speaks English or Russian at B1 or above.",
                ),
                (
                    "პირი არ ფლობს ინგლისურს ან რუსულს B1 დონეზე.",
                    "The person speaks neither English nor Russian at B1.",
                ),
                (
                    "პირის ენები უცნობია.",
                    "The person's languages are not known.",
                ),
            ],
        ),
        no_irregular_stay_in("IL", "ისრაელში", "Israel"),
        rule(
            "no_close_relatives",
            (
                "ახლო ნათესავები ისრაელში არ ჰყავს",
                "No close relatives in Israel",
            ),
            r#"{"not": {"fact": "close_relatives_in", "op": "has", "value": "IL"}}"#,
            [
                (
                    "პირს ისრაელში ახლო ნათესავები არ ჰყავს.",
                    "The person has no close relatives in Israel.",
                ),
                (
                    "პირს ისრაელში ახლო ნათესავები ჰყავს.",
                    "The person has close relatives in Israel.",
                ),
                (
                    "უცნობია, ჰყავს თუ არა პირს ნათესავები ისრაელში.",
                    "Whether the person has relatives in Israel is not known.",
                ),
            ],
        ),
    ];
    vec![
        SeededScheme {
            key: "seasonal_agriculture_de",
            name_ka: "სეზონური სოფლის მეურნეობა, გერმანია",
            name_en: "Seasonal agriculture, Germany",
            destination_country: "DE",
            sector: "agriculture",
            seasonal: true,
            max_stay_days: 90,
            quota_per_year: 5000,
            conditions: document(&[adult(), no_irregular_stay_in("DE", "გერმანიაში", "Germany")]),
        },
        SeededScheme {
            key: "caregivers_il",
            name_ka: "მომვლელები, ისრაელი",
            name_en: "Caregivers, Israel",
            destination_country: "IL",
            sector: "care",
            seasonal: false,
            max_stay_days: 365,
            quota_per_year: 1000,
            conditions: document(&caregiver_rules),
        },
        SeededScheme {
            key: "young_professionals_fr",
            name_ka: "ახალგაზრდა პროფესიონალები, საფრანგეთი",
            name_en: "Young professionals, France",
            destination_country: "FR",
            sector: "other",
            seasonal: false,
            max_stay_days: 540,
            quota_per_year: 150,
            conditions: document(&[age_between(18, 35)]),
        },
        SeededScheme {
            key: "seasonal_work_bg",
            name_ka: "სეზონური სამუშაო, ბულგარეთი",
            name_en: "Seasonal work, Bulgaria",
            destination_country: "BG",
            sector: "hospitality",
            seasonal: true,
            max_stay_days: 270,
            quota_per_year: 2000,
            conditions: document(&[adult()]),
        },
    ]
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::eligibility::facts::{CertificateFact, Facts, LanguageFact, StayFact};
    use crate::eligibility::outcome::Outcome;
    use crate::eligibility::rules::RuleSet;
    use crate::labour::jobseeker::CefrLevel;
    use crate::stay::LegalStatus;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn caregivers() -> RuleSet {
        let scheme = seeded()
            .into_iter()
            .find(|s| s.key == "caregivers_il")
            .unwrap();
        RuleSet::parse(&serde_json::from_str(&scheme.conditions).unwrap()).unwrap()
    }

    /// A candidate who meets every condition of the Israel caregiver scheme.
    fn candidate() -> Facts {
        Facts {
            citizenship: Some("GE".into()),
            date_of_birth: Some(date("1990-05-01")),
            stays_abroad: Some(vec![StayFact {
                country: "DE".into(),
                start_date: date("2015-01-01"),
                end_date: Some(date("2016-01-01")),
                legal_status: LegalStatus::Irregular,
            }]),
            application_date: Some(date("2026-12-01")),
            isced_level: Some(3),
            experience_months: Some(24),
            languages: Some(vec![LanguageFact {
                language: "ru".into(),
                level: CefrLevel::B2,
            }]),
            certificates: Some(vec![CertificateFact {
                name: "caregiver".into(),
                expires_on: Some(date("2027-06-30")),
            }]),
            close_relatives_in: Some(vec!["DE".into()]),
            ..Facts::default()
        }
    }

    /// The rules `facts` miss.
    fn missed(facts: &Facts) -> Vec<String> {
        let rules = caregivers();
        let assessment = rules.evaluate(facts);
        [
            "age",
            "secondary_education",
            "caregiver_certificate",
            "english_or_russian",
            "no_irregular_stay",
            "no_close_relatives",
        ]
        .into_iter()
        .filter(|id| assessment.result(id).map(|r| r.outcome) != Some(Outcome::Passed))
        .map(str::to_owned)
        .collect()
    }

    #[test]
    fn every_seeded_scheme_parses() {
        for scheme in seeded() {
            let document: serde_json::Value = serde_json::from_str(&scheme.conditions).unwrap();
            assert!(RuleSet::parse(&document).is_ok(), "{}", scheme.key);
        }
        assert_eq!(seeded().len(), 4);
    }

    #[test]
    fn each_israel_caregiver_condition_excludes_with_its_name() {
        assert_eq!(missed(&candidate()), Vec::<String>::new());
        let mut old = candidate();
        old.date_of_birth = Some(date("1980-11-30"));
        assert_eq!(missed(&old), ["age"]);
        let mut young = candidate();
        young.date_of_birth = Some(date("2001-12-02"));
        assert_eq!(missed(&young), ["age"]);
        let mut primary = candidate();
        primary.isced_level = Some(2);
        assert_eq!(missed(&primary), ["secondary_education"]);
        let mut expired = candidate();
        expired.certificates = Some(vec![CertificateFact {
            name: "caregiver".into(),
            expires_on: Some(date("2026-11-30")),
        }]);
        assert_eq!(missed(&expired), ["caregiver_certificate"]);
        let mut weak = candidate();
        weak.languages = Some(vec![
            LanguageFact {
                language: "ru".into(),
                level: CefrLevel::A2,
            },
            LanguageFact {
                language: "de".into(),
                level: CefrLevel::C1,
            },
        ]);
        assert_eq!(missed(&weak), ["english_or_russian"]);
        let mut irregular = candidate();
        irregular.stays_abroad = Some(vec![StayFact {
            country: "IL".into(),
            start_date: date("2012-01-01"),
            end_date: Some(date("2013-01-01")),
            legal_status: LegalStatus::Irregular,
        }]);
        assert_eq!(missed(&irregular), ["no_irregular_stay"]);
        let mut family = candidate();
        family.close_relatives_in = Some(vec!["IL".into()]);
        assert_eq!(missed(&family), ["no_close_relatives"]);
    }

    #[test]
    fn unknown_facts_are_not_evaluable_never_passed() {
        let rules = caregivers();
        let mut unknown = candidate();
        unknown.languages = None;
        unknown.stays_abroad = Some(vec![StayFact {
            country: "IL".into(),
            start_date: date("2012-01-01"),
            end_date: Some(date("2013-01-01")),
            legal_status: LegalStatus::Unknown,
        }]);
        let assessment = rules.evaluate(&unknown);
        for id in ["english_or_russian", "no_irregular_stay"] {
            assert_eq!(
                assessment.result(id).map(|r| r.outcome),
                Some(Outcome::NotEvaluable),
                "{id}"
            );
        }
        // A regular stay in Israel is no irregular one.
        let mut regular = candidate();
        regular.stays_abroad = Some(vec![StayFact {
            country: "IL".into(),
            start_date: date("2012-01-01"),
            end_date: Some(date("2013-01-01")),
            legal_status: LegalStatus::Regular,
        }]);
        assert_eq!(missed(&regular), Vec::<String>::new());
    }
}
