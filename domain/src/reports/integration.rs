//! The integration report (`GET /reports/integration`): foreigners served or
//! holding a residence permit in a period, by nationality and permit type;
//! permits ending in the period; integration services started in the period,
//! by type and by provider, with their hours. A list of [`Figure`]s like the
//! overview, with the same filters, suppression and CSV.
//!
//! | figure | counts |
//! |---|---|
//! | `persons` | distinct persons with a residence permit valid on a day of the period, or an integration service that started in it |
//! | `persons.nationality.<CC>` | of them, by citizenship (ISO 3166-1 alpha-2, `stateless`, or `unknown`); one figure per citizenship found |
//! | `persons_with_permit` | distinct persons with a residence permit valid on a day of the period |
//! | `persons_with_permit.<type>` | of them, with a permit of that type (a person may hold two types: the parts may add up to more) |
//! | `permits_expiring` | residence permits whose validity ends in the period |
//! | `persons_served` | distinct persons with an integration service that started in the period |
//! | `persons_served.<type>` | of them, with a service of that type (may add up to more) |
//! | `services` | integration services that started in the period |
//! | `services.<type>` | of them, of that type |
//! | `hours.<type>` | the hours of those services, summed |
//! | `services.provider.<id>` | of them, delivered by that provider organisation; one figure per provider found |
//! | `persons_served.provider.<id>` | distinct persons served by that provider |
//!
//! Filters: `region`, `sex` and `age_band` narrow the persons; integration
//! records carry no programme, so `programme_id` does not apply. Whose
//! records: an organisation's staff count the services their organisation
//! recorded; residence permits are everyone's (as persons and their stays
//! are); administrators and monitors count everything.
//!
//! Suppression groups ([`groups`]): `persons` and its parts by nationality
//! (each person has one citizenship); `services` and its parts by type, and
//! by provider. The hours of a type follow its persons (suppressed with them,
//! or when 1 to 4 persons had them) and have no published total, so no
//! suppressed hours are recomputed by subtraction.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use super::figures::{self, Figure, Group, Value};
use super::filter::Period;
use crate::integration::permit::PermitType;
use crate::integration::service::{HalfHours, IntegrationServiceType};
use crate::localised::Localised;

/// The exact values of the report as the database gives them, by figure id
/// (hours as half hours); a figure missing is zero.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts(pub BTreeMap<String, i64>);

/// The nationality of a person without a recorded citizenship.
pub const UNKNOWN_NATIONALITY: &str = "unknown";

impl Counts {
    fn value(&self, id: &str) -> i64 {
        figures::cell(&self.0, id)
    }

    /// The ids found under `prefix` (`persons.nationality.`), in order.
    fn found(&self, prefix: &str) -> Vec<String> {
        figures::found(&self.0, prefix)
    }

    /// Every figure of the report, in order, with its definition.
    pub fn figures(&self) -> Vec<Figure> {
        let count = |id: String| {
            let n = self.value(&id);
            let definition = definition(&id);
            Figure::count(id, n, definition)
        };
        let mut figures = vec![count("persons".to_owned())];
        figures.extend(self.found("persons.nationality.").into_iter().map(count));
        figures.push(count("persons_with_permit".to_owned()));
        figures.extend(
            PermitType::ALL
                .iter()
                .map(|t| count(format!("persons_with_permit.{t}"))),
        );
        figures.push(count("permits_expiring".to_owned()));
        figures.push(count("persons_served".to_owned()));
        let types = IntegrationServiceType::ALL;
        figures.extend(types.iter().map(|t| count(format!("persons_served.{t}"))));
        figures.push(count("services".to_owned()));
        figures.extend(types.iter().map(|t| count(format!("services.{t}"))));
        figures.extend(types.iter().map(|t| {
            let id = format!("hours.{t}");
            let persons = format!("persons_served.{t}");
            Figure::hours(
                id.clone(),
                HalfHours(self.value(&id)),
                self.value(&persons),
                definition(&id),
                persons,
            )
        }));
        for services in self.found("services.provider.") {
            let provider = services.trim_start_matches("services.provider.").to_owned();
            figures.push(count(services));
            figures.push(count(format!("persons_served.provider.{provider}")));
        }
        figures
    }

    /// The groups of cells that add up, for secondary suppression.
    pub fn groups(&self) -> Vec<(String, Vec<String>)> {
        let by_type = IntegrationServiceType::ALL
            .iter()
            .map(|t| format!("services.{t}"))
            .collect();
        vec![
            ("persons".to_owned(), self.found("persons.nationality.")),
            ("services".to_owned(), by_type),
            ("services".to_owned(), self.found("services.provider.")),
        ]
    }
}

/// The groups of [`Counts::groups`], as [`Group`]s borrowing from them.
pub fn groups(owned: &[(String, Vec<String>)]) -> Vec<(&str, Vec<&str>)> {
    owned
        .iter()
        .map(|(total, parts)| (total.as_str(), parts.iter().map(String::as_str).collect()))
        .collect()
}

/// Borrows [`groups`] as [`Group`]s.
pub fn as_groups<'a>(borrowed: &'a [(&'a str, Vec<&'a str>)]) -> Vec<Group<'a>> {
    borrowed
        .iter()
        .map(|(total, parts)| Group {
            total,
            parts: parts.as_slice(),
        })
        .collect()
}

/// The one-line definition of a figure, in Georgian and English.
pub fn definition(id: &str) -> Localised {
    let (ka, en): (String, String) = if id == "persons" {
        (
            "განსხვავებული პირები, რომლებსაც პერიოდის ერთ დღეს მაინც ჰქონდათ მოქმედი ბინადრობის ნებართვა, ან რომელთა ინტეგრაციის მომსახურება პერიოდში დაიწყო".into(),
            "Distinct persons with a residence permit valid on a day of the period, or an integration service that started in it".into(),
        )
    } else if let Some(nationality) = id.strip_prefix("persons.nationality.") {
        (
            format!("მათგან, მოქალაქეობით {nationality} (unknown: უცნობი)"),
            format!("Of them, those of citizenship {nationality} (unknown: not recorded)"),
        )
    } else if id == "persons_with_permit" {
        (
            "განსხვავებული პირები, რომლებსაც პერიოდის ერთ დღეს მაინც ჰქონდათ მოქმედი ბინადრობის ნებართვა".into(),
            "Distinct persons with a residence permit valid on a day of the period".into(),
        )
    } else if let Some(kind) = id.strip_prefix("persons_with_permit.") {
        (
            format!(
                "მათგან, ვისაც ჰქონდა „{kind}“ ტიპის ნებართვა (პირი შეიძლება ორ ტიპში ითვლებოდეს)"
            ),
            format!("Of them, those with a {kind} permit (a person may count in two types)"),
        )
    } else if id == "permits_expiring" {
        (
            "ბინადრობის ნებართვები, რომელთა მოქმედება პერიოდში მთავრდება".into(),
            "Residence permits whose validity ends in the period".into(),
        )
    } else if id == "persons_served" {
        (
            "განსხვავებული პირები, რომელთა ინტეგრაციის მომსახურება პერიოდში დაიწყო".into(),
            "Distinct persons with an integration service that started in the period".into(),
        )
    } else if let Some(provider) = id.strip_prefix("persons_served.provider.") {
        (
            format!("განსხვავებული პირები, რომელთაც მიმწოდებელმა {provider} პერიოდში დაუწყო მომსახურება"),
            format!("Distinct persons served by the provider organisation {provider} (services started in the period)"),
        )
    } else if let Some(kind) = id.strip_prefix("persons_served.") {
        (
            format!("განსხვავებული პირები, რომელთა „{kind}“ მომსახურება პერიოდში დაიწყო"),
            format!("Distinct persons with a {kind} service that started in the period"),
        )
    } else if id == "services" {
        (
            "პერიოდში დაწყებული ინტეგრაციის მომსახურებები".into(),
            "Integration services that started in the period".into(),
        )
    } else if let Some(provider) = id.strip_prefix("services.provider.") {
        (
            format!("მათგან, მიმწოდებელი ორგანიზაციის {provider}"),
            format!("Of them, those delivered by the provider organisation {provider}"),
        )
    } else if let Some(kind) = id.strip_prefix("services.") {
        (
            format!("მათგან, „{kind}“ ტიპის"),
            format!("Of them, those of type {kind}"),
        )
    } else if let Some(kind) = id.strip_prefix("hours.") {
        (
            format!("პერიოდში დაწყებული „{kind}“ მომსახურებების საათები, ჯამში (ნახევარსაათიანი სიზუსტით)"),
            format!("Hours of the {kind} services that started in the period, summed (in half hours)"),
        )
    } else {
        (id.to_owned(), id.to_owned())
    };
    Localised::new(ka, en)
}

/// One figure of the integration report as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"id": "persons.nationality.AM", "value": 122,
    "definition": {"ka": "მათგან, მოქალაქეობით AM (unknown: უცნობი)",
        "en": "Of them, those of citizenship AM (unknown: not recorded)"}}))]
pub struct IntegrationFigure {
    /// The figure's id (`persons`, `persons.nationality.AM`, `hours.language`, ...).
    pub id: String,
    /// A count, or hours in half-hour steps (`hours.*`); `null` only where
    /// suppressed (then listed in `suppressed`).
    #[schema(value_type = Option<f64>)]
    pub value: Option<serde_json::Value>,
    pub definition: Localised,
}

impl IntegrationFigure {
    /// The figures as disclosed, as the API shows them (a report of counts and
    /// hours: the integration report, the labour report).
    pub fn all(shown: &[(Figure, Option<Value>)]) -> Vec<Self> {
        shown
            .iter()
            .map(|(figure, value)| Self {
                id: figure.id.clone(),
                value: value.map(|v| match v {
                    Value::Hours(h) if h.0 % 2 == 0 => serde_json::Value::from(h.0 / 2),
                    Value::Hours(h) => serde_json::Value::from(h.hours()),
                    Value::Count(n) => serde_json::Value::from(n),
                    // A mean or a share: one decimal.
                    Value::Tenths(t) => serde_json::Value::from(t as f64 / 10.0),
                    // No money in these reports; shown as its amount should it come.
                    Value::Money(m) => serde_json::Value::from(m.amount_string()),
                }),
                definition: figure.definition.clone(),
            })
            .collect()
    }
}

/// The integration report as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"period": {"from": "2026-01-01", "to": "2026-12-31"},
    "figures": [{"id": "persons", "value": 240,
        "definition": {"ka": "განსხვავებული პირები, რომლებსაც პერიოდის ერთ დღეს მაინც ჰქონდათ მოქმედი ბინადრობის ნებართვა, ან რომელთა ინტეგრაციის მომსახურება პერიოდში დაიწყო",
            "en": "Distinct persons with a residence permit valid on a day of the period, or an integration service that started in it"}},
        {"id": "hours.language", "value": 1250.5,
        "definition": {"ka": "პერიოდში დაწყებული „language“ მომსახურებების საათები, ჯამში (ნახევარსაათიანი სიზუსტით)",
            "en": "Hours of the language services that started in the period, summed (in half hours)"}}],
    "suppressed": []}))]
pub struct IntegrationReport {
    pub period: Period,
    /// Every figure, in a fixed order: `persons`, `persons.nationality.<CC>`
    /// (those found), `persons_with_permit`, `persons_with_permit.<type>`,
    /// `permits_expiring`, `persons_served`, `persons_served.<type>`,
    /// `services`, `services.<type>`, `hours.<type>`, then for each provider
    /// found `services.provider.<id>` and `persons_served.provider.<id>`.
    pub figures: Vec<IntegrationFigure>,
    /// The ids of the figures shown as `null` (small cells, for monitors).
    pub suppressed: Vec<String>,
}

impl IntegrationReport {
    /// The report of `period` from the figures as disclosed.
    pub fn new(period: Period, shown: &[(Figure, Option<Value>)], suppressed: Vec<String>) -> Self {
        Self {
            period,
            figures: IntegrationFigure::all(shown),
            suppressed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::figures::{disclose, Disclosure};
    use chrono::NaiveDate;

    fn period() -> Period {
        Period {
            from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        }
    }

    fn counts(cells: &[(&str, i64)]) -> Counts {
        Counts(cells.iter().map(|(id, n)| ((*id).to_owned(), *n)).collect())
    }

    #[test]
    fn the_figures_in_order_with_definitions() {
        let counts = counts(&[
            ("persons", 30),
            ("persons.nationality.AM", 20),
            ("persons.nationality.TR", 10),
            ("services", 12),
            ("services.language", 12),
            ("persons_served.language", 9),
            ("hours.language", 241),
            ("services.provider.p1", 12),
            ("persons_served.provider.p1", 9),
        ]);
        let figures = counts.figures();
        let ids: Vec<&str> = figures.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            &ids[..4],
            [
                "persons",
                "persons.nationality.AM",
                "persons.nationality.TR",
                "persons_with_permit"
            ]
        );
        assert_eq!(ids.len(), 4 + 6 + 2 + 5 + 1 + 5 + 5 + 2);
        assert_eq!(
            &ids[ids.len() - 2..],
            ["services.provider.p1", "persons_served.provider.p1"]
        );
        for figure in &figures {
            assert_ne!(
                figure.definition.en, figure.id,
                "{} has a definition",
                figure.id
            );
            assert!(!figure.definition.ka.is_empty() && !figure.definition.en.contains('\n'));
        }
        let report = IntegrationReport::new(
            period(),
            &disclose(&figures, &[], Disclosure::Exact).0,
            Vec::new(),
        );
        let json = serde_json::to_value(&report).unwrap();
        let value = |id: &str| {
            json["figures"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["id"] == id)
                .map(|f| f["value"].clone())
                .unwrap()
        };
        assert_eq!(value("hours.language"), serde_json::json!(120.5));
        assert_eq!(value("hours.civic_orientation"), serde_json::json!(0));
        assert_eq!(value("persons"), serde_json::json!(30));
    }

    #[test]
    fn monitors_cannot_recompute_a_small_nationality_or_the_hours_of_few() {
        let counts = counts(&[
            ("persons", 30),
            ("persons.nationality.AM", 27),
            ("persons.nationality.NG", 3),
            ("services", 20),
            ("services.language", 17),
            ("services.legal_counselling", 3),
            ("persons_served.language", 15),
            ("persons_served.legal_counselling", 2),
            ("hours.language", 200),
            ("hours.legal_counselling", 6),
            ("services.provider.p1", 20),
        ]);
        let owned = counts.groups();
        let borrowed = groups(&owned);
        let (_, suppressed) = disclose(
            &counts.figures(),
            &as_groups(&borrowed),
            Disclosure::SmallCellsSuppressed,
        );
        for id in [
            "persons.nationality.NG",
            "persons.nationality.AM",
            "services.legal_counselling",
            "persons_served.legal_counselling",
            "hours.legal_counselling",
        ] {
            assert!(
                suppressed.contains(&id.to_owned()),
                "{id} in {suppressed:?}"
            );
        }
        assert!(!suppressed.contains(&"hours.language".to_owned()));
    }
}
