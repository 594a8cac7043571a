//! Figures, the arithmetic every report shares: each figure has an id (its path
//! in the report, `funnel.reached`), a value (a count, or money), and a
//! one-line definition in Georgian and English. What a caller may see of them
//! ([`Disclosure`]): exact figures, or small cells suppressed ([`suppress`]).
//! CSV carries the same figures, one row each ([`csv`]).

use std::collections::BTreeSet;

use crate::access::{Caller, Permission};
use crate::integration::service::HalfHours;
use crate::localised::{Lang, Localised};
use crate::money::Money;

/// `numerator / denominator` in tenths, rounded half away from zero; `None`
/// when the denominator is zero.
pub fn tenths(numerator: i64, denominator: i64) -> Option<i64> {
    if denominator == 0 {
        return None;
    }
    let (n, d) = (i128::from(numerator) * 10, i128::from(denominator));
    let (quotient, remainder) = (n / d, n % d);
    let rounded = if 2 * remainder.abs() >= d.abs() {
        quotient + if (n < 0) == (d < 0) { 1 } else { -1 }
    } else {
        quotient
    };
    i64::try_from(rounded).ok()
}

/// Counts from 1 to this are small cells: a monitor sees `null` instead.
pub const SMALL_CELL_MAX: i64 = 4;

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// Distinct persons, households, items, ...
    Count(i64),
    /// An amount of money.
    Money(Money),
    /// Hours of service, in half-hour steps.
    Hours(HalfHours),
    /// A mean or a percentage, in tenths (one decimal, rounded half away
    /// from zero): `725` is 72.5.
    Tenths(i64),
}

impl Value {
    /// The value as a number: a count, an amount in lari, hours, or a mean
    /// or a share (an indicator's actual value).
    #[allow(clippy::cast_precision_loss)]
    pub fn number(self) -> f64 {
        match self {
            Self::Count(n) => n as f64,
            Self::Money(m) => m.tetri as f64 / 100.0,
            Self::Hours(h) => h.hours(),
            Self::Tenths(t) => t as f64 / 10.0,
        }
    }

    /// The value as a CSV cell: a count, or an amount with two decimals.
    pub fn text(self) -> String {
        match self {
            Self::Count(n) => n.to_string(),
            Self::Money(m) => m.amount_string(),
            Self::Hours(h) => h.text(),
            Self::Tenths(t) => {
                let sign = if t < 0 { "-" } else { "" };
                format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
            }
        }
    }
}

/// One figure of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The figure's path in the report (`funnel.reached`, `by_type.medical.persons`).
    pub id: String,
    pub value: Value,
    pub definition: Localised,
    /// For money: the published count of persons it goes with, whose
    /// suppression suppresses the money too.
    pub follows: Option<String>,
    /// For money: how many distinct persons it was paid (or committed) to; an
    /// amount of one to [`SMALL_CELL_MAX`] persons' grants is suppressed too
    /// (it gives them away), whether or not a published count says so.
    pub persons: Option<i64>,
}

impl Figure {
    /// A mean or a percentage (in tenths) over `persons` distinct persons,
    /// published with the count `follows`; suppressed as money is.
    pub fn tenths(
        id: impl Into<String>,
        tenths: i64,
        persons: i64,
        definition: Localised,
        follows: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            value: Value::Tenths(tenths),
            definition,
            follows: Some(follows.into()),
            persons: Some(persons),
        }
    }

    /// Hours given to `persons` distinct persons, published with the count
    /// `follows`; suppressed as money is.
    pub fn hours(
        id: impl Into<String>,
        hours: HalfHours,
        persons: i64,
        definition: Localised,
        follows: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            value: Value::Hours(hours),
            definition,
            follows: Some(follows.into()),
            persons: Some(persons),
        }
    }

    pub fn count(id: impl Into<String>, n: i64, definition: Localised) -> Self {
        Self {
            id: id.into(),
            value: Value::Count(n),
            definition,
            follows: None,
            persons: None,
        }
    }

    /// Money paid (or committed) to `persons` distinct persons, published
    /// with the count `follows`.
    pub fn money(
        id: impl Into<String>,
        amount: Money,
        persons: i64,
        definition: Localised,
        follows: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            value: Value::Money(amount),
            definition,
            follows: Some(follows.into()),
            persons: Some(persons),
        }
    }
}

/// Figures where a total is made of disjoint parts (`screened` holds the
/// `eligible` and the `not_eligible`, and those still undecided): knowing the
/// total and all parts but one gives that one away by subtraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group<'a> {
    pub total: &'a str,
    pub parts: &'a [&'a str],
}

impl Group<'_> {
    fn cells(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().copied().chain([self.total])
    }
}

/// What a caller sees of the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disclosure {
    /// Every figure as it is (staff and administrators).
    Exact,
    /// Small cells suppressed (monitors): see [`suppress`].
    SmallCellsSuppressed,
}

impl Disclosure {
    /// What `caller` sees: exact figures for whoever may read persons (staff,
    /// administrators: they could count the records one by one); small cells
    /// suppressed for everyone else (monitors, who see reports and nothing else).
    pub fn for_caller(caller: &Caller) -> Disclosure {
        if caller.may(Permission::ReadPersons) {
            Disclosure::Exact
        } else {
            Disclosure::SmallCellsSuppressed
        }
    }
}

/// The ids of the figures to suppress, in the order of `figures`:
///
/// 1. every count from 1 to [`SMALL_CELL_MAX`] (primary suppression);
/// 2. for every group with exactly one suppressed cell, the smallest other
///    cell of the group too (a part before the total when they are equal), so
///    that no suppressed value is recomputed by subtraction; repeated until
///    no group changes (a cell may be in several groups);
/// 3. money (and hours) of 1 to [`SMALL_CELL_MAX`] persons, or that follows a
///    suppressed count.
///
/// Cells a group names that are not among `figures` are ignored.
pub fn suppress(figures: &[Figure], groups: &[Group<'_>]) -> Vec<String> {
    let count = |id: &str| {
        figures.iter().find_map(|f| match f.value {
            Value::Count(n) if f.id == id => Some(n),
            _ => None,
        })
    };
    let mut suppressed: BTreeSet<String> = figures
        .iter()
        .filter(|f| matches!(f.value, Value::Count(n) if (1..=SMALL_CELL_MAX).contains(&n)))
        .map(|f| f.id.clone())
        .collect();
    loop {
        let mut changed = false;
        for group in groups {
            let cells: Vec<(&str, i64)> = group
                .cells()
                .filter_map(|id| count(id).map(|n| (id, n)))
                .collect();
            let hidden = cells
                .iter()
                .filter(|(id, _)| suppressed.contains(*id))
                .count();
            if hidden != 1 {
                continue;
            }
            // `min_by_key` keeps the first of equals: parts come before the total.
            let complement = cells
                .iter()
                .filter(|(id, _)| !suppressed.contains(*id))
                .min_by_key(|(_, n)| *n);
            if let Some((id, _)) = complement {
                suppressed.insert((*id).to_owned());
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let followers: Vec<String> = figures
        .iter()
        .filter(|f| {
            f.follows.as_ref().is_some_and(|c| suppressed.contains(c))
                || f.persons.is_some_and(|n| (1..=SMALL_CELL_MAX).contains(&n))
        })
        .map(|f| f.id.clone())
        .collect();
    suppressed.extend(followers);
    figures
        .iter()
        .filter(|f| suppressed.contains(&f.id))
        .map(|f| f.id.clone())
        .collect()
}

/// The figures as `disclosure` shows them: each with its value, or `None` where
/// suppressed; and the ids suppressed, in the figures' order.
pub fn disclose(
    figures: &[Figure],
    groups: &[Group<'_>],
    disclosure: Disclosure,
) -> (Vec<(Figure, Option<Value>)>, Vec<String>) {
    let suppressed = match disclosure {
        Disclosure::Exact => Vec::new(),
        Disclosure::SmallCellsSuppressed => suppress(figures, groups),
    };
    let shown = figures
        .iter()
        .map(|f| {
            let value = (!suppressed.contains(&f.id)).then_some(f.value);
            (f.clone(), value)
        })
        .collect();
    (shown, suppressed)
}

/// The media type of CSV answers.
pub const CSV_MEDIA_TYPE: &str = "text/csv; charset=utf-8";

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
/// break, with its quotes doubled.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The figures as CSV (RFC 4180, CRLF line ends): a header `figure,value,definition`,
/// then one row per figure; the value is empty where suppressed, the
/// definition in `lang`.
pub fn csv(figures: &[(Figure, Option<Value>)], lang: Lang) -> String {
    let mut out = String::from("figure,value,definition\r\n");
    for (figure, value) in figures {
        let value = value.map(Value::text).unwrap_or_default();
        out.push_str(&field(&figure.id));
        out.push(',');
        out.push_str(&field(&value));
        out.push(',');
        out.push_str(&field(figure.definition.pick(lang)));
        out.push_str("\r\n");
    }
    out
}

/// The exact value of the cell `id` of a report whose cells are found by id
/// (`persons.nationality.AM`); a cell missing is zero.
pub fn cell(cells: &std::collections::BTreeMap<String, i64>, id: &str) -> i64 {
    cells.get(id).copied().unwrap_or(0)
}

/// The ids of the cells found under `prefix` (`services.provider.`), in order.
pub fn found(cells: &std::collections::BTreeMap<String, i64>, prefix: &str) -> Vec<String> {
    cells
        .keys()
        .filter(|id| id.starts_with(prefix))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def() -> Localised {
        Localised::new("განმარტება", "Definition")
    }

    fn counts(cells: &[(&str, i64)]) -> Vec<Figure> {
        cells
            .iter()
            .map(|(id, n)| Figure::count(*id, *n, def()))
            .collect()
    }

    const SCREENED: Group<'static> = Group {
        total: "screened",
        parts: &["eligible", "not_eligible"],
    };

    #[test]
    fn monitors_see_small_cells_suppressed_and_staff_exact_figures() {
        use crate::access::Role;
        let caller = |role| Caller {
            id: uuid::Uuid::nil(),
            role,
            organisation_id: None,
            scopes: Vec::new(),
        };
        assert_eq!(
            Disclosure::for_caller(&caller(Role::Monitor)),
            Disclosure::SmallCellsSuppressed
        );
        for role in [Role::Admin, Role::CaseWorker, Role::EmploymentCounsellor] {
            assert_eq!(Disclosure::for_caller(&caller(role)), Disclosure::Exact);
        }
    }

    #[test]
    fn small_counts_are_suppressed_and_zero_is_not() {
        let figures = counts(&[("a", 0), ("b", 1), ("c", 4), ("d", 5)]);
        assert_eq!(suppress(&figures, &[]), ["b", "c"]);
    }

    #[test]
    fn a_lone_suppressed_cell_takes_the_smallest_other_with_it() {
        // 12 screened = 9 eligible + 3 not eligible: the 3 would be 12 - 9.
        let figures = counts(&[("screened", 12), ("eligible", 9), ("not_eligible", 3)]);
        assert_eq!(
            suppress(&figures, &[SCREENED]),
            ["eligible", "not_eligible"]
        );
        // Two suppressed cells already hide each other.
        let figures = counts(&[("screened", 12), ("eligible", 2), ("not_eligible", 3)]);
        assert_eq!(
            suppress(&figures, &[SCREENED]),
            ["eligible", "not_eligible"]
        );
        // Nothing small, nothing suppressed.
        let figures = counts(&[("screened", 12), ("eligible", 7), ("not_eligible", 5)]);
        assert!(suppress(&figures, &[SCREENED]).is_empty());
        // A small total with large parts cannot be: but a small total alone
        // takes the smallest part (here zero) with it.
        let figures = counts(&[("screened", 3), ("eligible", 0), ("not_eligible", 0)]);
        assert_eq!(suppress(&figures, &[SCREENED]), ["screened", "eligible"]);
    }

    #[test]
    fn secondary_suppression_runs_until_no_group_changes() {
        // b is small; in group 1 the smallest other is c (6); c is also in group 2,
        // where it is then the lone suppressed cell and takes e (7) with it.
        let figures = counts(&[
            ("t1", 20),
            ("b", 2),
            ("c", 6),
            ("d", 12),
            ("t2", 30),
            ("e", 7),
            ("f", 17),
        ]);
        let groups = [
            Group {
                total: "t1",
                parts: &["b", "c", "d"],
            },
            Group {
                total: "t2",
                parts: &["c", "e", "f"],
            },
        ];
        assert_eq!(suppress(&figures, &groups), ["b", "c", "e"]);
    }

    #[test]
    fn money_follows_its_persons() {
        let mut figures = counts(&[("persons", 2), ("others", 9)]);
        figures.push(Figure::money(
            "committed",
            Money::from_tetri(350_000),
            9,
            def(),
            "persons",
        ));
        figures.push(Figure::money(
            "other_money",
            Money::from_tetri(1),
            9,
            def(),
            "others",
        ));
        // Money of three persons, though the count it goes with is large.
        figures.push(Figure::money(
            "approved_money",
            Money::from_tetri(150_000),
            3,
            def(),
            "others",
        ));
        assert_eq!(
            suppress(&figures, &[]),
            ["persons", "committed", "approved_money"]
        );
        let (shown, suppressed) = disclose(&figures, &[], Disclosure::SmallCellsSuppressed);
        assert_eq!(shown[2].1, None);
        assert_eq!(shown[3].1, Some(Value::Money(Money::from_tetri(1))));
        assert_eq!(suppressed, ["persons", "committed", "approved_money"]);
        let (exact, none) = disclose(&figures, &[], Disclosure::Exact);
        assert!(none.is_empty());
        assert_eq!(exact[0].1, Some(Value::Count(2)));
    }

    #[test]
    fn csv_rows_are_quoted_where_they_need_it() {
        let figures = vec![
            (
                Figure::count("a", 12, Localised::new("ა, ბ", "Persons, \"distinct\"")),
                Some(Value::Count(12)),
            ),
            (Figure::count("b", 3, def()), None),
            (
                Figure::money("c", Money::from_tetri(-5), 9, def(), "a"),
                Some(Value::Money(Money::from_tetri(-5))),
            ),
        ];
        assert_eq!(
            csv(&figures, Lang::En),
            "figure,value,definition\r\n\
             a,12,\"Persons, \"\"distinct\"\"\"\r\n\
             b,,Definition\r\n\
             c,-0.05,Definition\r\n"
        );
        assert!(csv(&figures, Lang::Ka).contains("a,12,\"ა, ბ\"\r\n"));
    }
}
