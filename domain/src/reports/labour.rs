//! The labour migration report (`GET /reports/labour`): jobseekers registered
//! and matched, applications by status and by scheme, the schemes' quota
//! use, departures, returns, overstays and placements abroad. A list of
//! [`Figure`]s like the integration report, with the same filters,
//! suppression and CSV.
//!
//! | figure | counts |
//! |---|---|
//! | `jobseekers_registered` | jobseeker profiles registered in the period (by the UTC day of registration) |
//! | `jobseekers_matched` | distinct jobseekers with an application shortlisted in the period: the scheme's conditions met and a place of its quota given (UTC day of the move) |
//! | `applications` | applications made in the period (`applied_on`) |
//! | `applications.<status>` | of them, by their status now |
//! | `applications.scheme.<id>` | of them, by scheme; one figure per scheme found |
//! | `departures` | applications that departed in the period |
//! | `returns` | applications that returned in the period |
//! | `overstays` | terms abroad that ended in the period (`due_back_on`, up to yesterday) and were overstayed: back after their last day, or not back yet |
//! | `persons_placed_abroad` | distinct persons with a job placement abroad recorded on a departure in the period |
//! | `quota_used.scheme.<id>` | places of the scheme's quota taken in the calendar years of the period (shortlisted and later applications), everyone's; one figure per scheme found |
//! | `quota.scheme.<id>` | the scheme's places in those years (its yearly quota times the years) |
//!
//! Filters: `region`, `sex` and `age_band` narrow the persons; labour records
//! carry no programme, so `programme_id` does not apply, and the quota
//! figures are the schemes' whatever the filters. Whose records: an
//! organisation's staff count the profiles and applications their
//! organisation recorded; administrators and monitors count everything.
//!
//! Suppression groups ([`Counts::groups`]): `applications` and its parts by
//! status (each application has one), and by scheme.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use super::figures::{self, Figure};
use super::filter::Period;
use super::integration::IntegrationFigure;
use crate::labour::application::ApplicationStatus;
use crate::localised::Localised;

/// The exact values of the report as the database gives them, by figure id;
/// a figure missing is zero.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts(pub BTreeMap<String, i64>);

/// The figures with no part, in order, before and after the applications.
const HEAD: [&str; 2] = ["jobseekers_registered", "jobseekers_matched"];
const TAIL: [&str; 4] = [
    "departures",
    "returns",
    "overstays",
    "persons_placed_abroad",
];

impl Counts {
    fn count(&self, id: String) -> Figure {
        let n = figures::cell(&self.0, &id);
        let definition = definition(&id);
        Figure::count(id, n, definition)
    }

    /// Every figure of the report, in order, with its definition.
    pub fn figures(&self) -> Vec<Figure> {
        let mut all: Vec<Figure> = HEAD.iter().map(|id| self.count((*id).to_owned())).collect();
        all.push(self.count("applications".to_owned()));
        all.extend(
            ApplicationStatus::ALL
                .iter()
                .map(|s| self.count(format!("applications.{s}"))),
        );
        all.extend(
            figures::found(&self.0, "applications.scheme.")
                .into_iter()
                .map(|id| self.count(id)),
        );
        all.extend(TAIL.iter().map(|id| self.count((*id).to_owned())));
        for used in figures::found(&self.0, "quota_used.scheme.") {
            let scheme = used.trim_start_matches("quota_used.scheme.").to_owned();
            all.push(self.count(used));
            all.push(self.count(format!("quota.scheme.{scheme}")));
        }
        all
    }

    /// The groups of cells that add up, for secondary suppression.
    pub fn groups(&self) -> Vec<(String, Vec<String>)> {
        let by_status = ApplicationStatus::ALL
            .iter()
            .map(|s| format!("applications.{s}"))
            .collect();
        vec![
            ("applications".to_owned(), by_status),
            (
                "applications".to_owned(),
                figures::found(&self.0, "applications.scheme."),
            ),
        ]
    }
}

/// The one-line definition of a figure, in Georgian and English.
pub fn definition(id: &str) -> Localised {
    let (ka, en): (String, String) = match id {
        "jobseekers_registered" => (
            "პერიოდში რეგისტრირებული სამუშაოს მაძიებლები".into(),
            "Jobseeker profiles registered in the period".into(),
        ),
        "jobseekers_matched" => (
            "განსხვავებული სამუშაოს მაძიებლები, რომელთა განაცხადი პერიოდში შეირჩა (სქემის პირობები დაკმაყოფილებული, კვოტის ადგილი მიცემული)".into(),
            "Distinct jobseekers with an application shortlisted in the period (the scheme's conditions met, a place of its quota given)".into(),
        ),
        "applications" => (
            "პერიოდში შეტანილი განაცხადები".into(),
            "Applications made in the period".into(),
        ),
        "departures" => (
            "პერიოდში გამგზავრებული განაცხადები".into(),
            "Applications that departed in the period".into(),
        ),
        "returns" => (
            "პერიოდში დაბრუნებული განაცხადები".into(),
            "Applications that returned in the period".into(),
        ),
        "overstays" => (
            "პერიოდში დასრულებული ვადები საზღვარგარეთ, რომლებიც გადაცილდა: დაბრუნდა ბოლო დღის შემდეგ, ან ჯერ არ დაბრუნებულა".into(),
            "Terms abroad that ended in the period and were overstayed: back after the last day, or not back yet".into(),
        ),
        "persons_placed_abroad" => (
            "განსხვავებული პირები, რომელთა საზღვარგარეთ დასაქმება პერიოდში გამგზავრებისას აღირიცხა".into(),
            "Distinct persons with a job placement abroad recorded on a departure in the period".into(),
        ),
        _ => {
            if let Some(scheme) = id.strip_prefix("applications.scheme.") {
                (
                    format!("მათგან, სქემაზე {scheme}"),
                    format!("Of them, those to the scheme {scheme}"),
                )
            } else if let Some(status) = id.strip_prefix("applications.") {
                (
                    format!("მათგან, ახლა სტატუსით „{status}“"),
                    format!("Of them, those now {status}"),
                )
            } else if let Some(scheme) = id.strip_prefix("quota_used.scheme.") {
                (
                    format!("სქემის {scheme} კვოტიდან დაკავებული ადგილები პერიოდის კალენდარულ წლებში"),
                    format!("Places of the quota of scheme {scheme} taken in the calendar years of the period"),
                )
            } else if let Some(scheme) = id.strip_prefix("quota.scheme.") {
                (
                    format!("სქემის {scheme} ადგილები პერიოდის კალენდარულ წლებში (წლიური კვოტა × წლები)"),
                    format!("Places of scheme {scheme} in the calendar years of the period (its yearly quota times the years)"),
                )
            } else {
                (id.to_owned(), id.to_owned())
            }
        }
    };
    Localised::new(ka, en)
}

/// The labour migration report as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"period": {"from": "2026-01-01", "to": "2026-12-31"},
    "figures": [{"id": "applications", "value": 310,
        "definition": {"ka": "პერიოდში შეტანილი განაცხადები", "en": "Applications made in the period"}},
        {"id": "applications.departed", "value": 120,
        "definition": {"ka": "მათგან, ახლა სტატუსით „departed“", "en": "Of them, those now departed"}}],
    "suppressed": []}))]
pub struct LabourReport {
    pub period: Period,
    /// Every figure, in a fixed order: `jobseekers_registered`,
    /// `jobseekers_matched`, `applications`, `applications.<status>`,
    /// `applications.scheme.<id>` (those found), `departures`, `returns`,
    /// `overstays`, `persons_placed_abroad`, then for each scheme found
    /// `quota_used.scheme.<id>` and `quota.scheme.<id>`.
    pub figures: Vec<IntegrationFigure>,
    /// The ids of the figures shown as `null` (small cells, for monitors).
    pub suppressed: Vec<String>,
}

impl LabourReport {
    /// The report of `period` from the figures as disclosed.
    pub fn new(
        period: Period,
        shown: &[(Figure, Option<figures::Value>)],
        suppressed: Vec<String>,
    ) -> Self {
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
    use crate::reports::integration;

    fn counts(cells: &[(&str, i64)]) -> Counts {
        Counts(cells.iter().map(|(id, n)| ((*id).to_owned(), *n)).collect())
    }

    #[test]
    fn the_figures_in_order_with_definitions_and_small_cells_hidden() {
        let counts = counts(&[
            ("applications", 12),
            ("applications.applied", 9),
            ("applications.rejected", 3),
            ("applications.scheme.s1", 12),
            ("quota_used.scheme.s1", 7),
            ("quota.scheme.s1", 100),
        ]);
        let figures = counts.figures();
        let ids: Vec<&str> = figures.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids.len(), 2 + 1 + 7 + 1 + 4 + 2);
        assert_eq!(
            &ids[..4],
            [
                "jobseekers_registered",
                "jobseekers_matched",
                "applications",
                "applications.applied"
            ]
        );
        assert_eq!(
            &ids[ids.len() - 2..],
            ["quota_used.scheme.s1", "quota.scheme.s1"]
        );
        for figure in &figures {
            assert_ne!(figure.definition.en, figure.id, "{}", figure.id);
        }
        let owned = counts.groups();
        let borrowed = integration::groups(&owned);
        let groups = integration::as_groups(&borrowed);
        let (_, suppressed) = disclose(&figures, &groups, Disclosure::SmallCellsSuppressed);
        // Three rejected would be given away by 12 less the others: a second
        // status is hidden with it.
        assert!(suppressed.contains(&"applications.rejected".to_owned()));
        let by_status = suppressed
            .iter()
            .filter(|id| id.starts_with("applications.") && !id.contains(".scheme."))
            .count();
        assert!(by_status >= 2, "{suppressed:?}");
    }
}
