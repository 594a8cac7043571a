//! Reports: aggregate figures for a period, as JSON or CSV, and the records
//! behind each figure: the reintegration report, the overview fact sheet and
//! the integration report and the labour migration report.
//!
//! Who sees what ([`Actor::reach`] of [`RecordKind::Report`]): case workers and
//! employment counsellors the records of their organisation (its cases, its
//! contacts, the assistance of its cases; returns are everyone's, as persons
//! are), exact; administrators everything, exact; monitors everything, with
//! small cells suppressed ([`Disclosure::for_caller`]). A caller who may read
//! the records behind a figure (persons, households, assistance items) gets a
//! link to them with each figure; listing them is a read of each.

use std::collections::BTreeMap;

use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::localised::Lang;
use integra_domain::money::Money;
use integra_domain::reports::capacity::{self, CapacityReport};
use integra_domain::reports::figures::{self, disclose, Disclosure, Figure, Value};
use integra_domain::reports::integration::{self as integration_figures, IntegrationReport};
use integra_domain::reports::labour::LabourReport;
use integra_domain::reports::overview::{
    self as overview_figures, Measure, OverviewFigure, OverviewReport,
};
use integra_domain::reports::reintegration::{
    Records, ReintegrationFigure, ReintegrationReport, GROUPS,
};
use integra_domain::reports::{Period, ReportFilter, ReportQuery};
use integra_domain::steering::framework::ReportName;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::reports::capacity as capacity_records;
use integra_persistence::reports::{integration, labour, overview, reintegration, Within};
use integra_persistence::{programmes, DbConnection};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::{self, paging, Call, ReadSize};

/// How a report is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    /// One row per figure, the definitions in this language.
    Csv(Lang),
}

/// A report, as asked for.
#[derive(Debug)]
pub enum Rendered<T> {
    Json(T),
    /// The text of a CSV document.
    Csv(String),
}

/// The path of the reintegration report's records.
const REINTEGRATION_RECORDS: &str = "/api/v1/reports/reintegration/records";

/// The kind of the records a drill-down lists.
fn record_kind(records: Records) -> RecordKind {
    match records {
        Records::Persons => RecordKind::Person,
        Records::Households => RecordKind::Household,
        Records::Items => RecordKind::Assistance,
    }
}

/// The figures' filters, with a programme that exists (422 `not_found` otherwise).
fn check_filter(c: &mut DbConnection, filter: &ReportFilter) -> Result<(), Error> {
    match filter.programme_id {
        Some(programme) if !programmes::exists(c, programme)? => Err(Error::field(
            "programme_id",
            "not_found",
            "programme_id names no programme",
        )),
        _ => Ok(()),
    }
}

/// Whose records a report counts.
fn within(reach: Reach) -> Within {
    Within {
        organisation: reach.organisation(),
    }
}

/// The reintegration report of the records the caller reaches: exact, or with
/// small cells suppressed for callers who may not read persons; with a link to
/// the records behind each figure the caller may read.
pub async fn reintegration(
    call: &Call,
    query: ReportQuery,
    format: Format,
) -> Result<Rendered<ReintegrationReport>, Error> {
    let reach = call.reach(RecordKind::Report, Access::Read)?;
    let filter = query.validate()?;
    let disclosure = Disclosure::for_caller(&call.caller);
    let period = filter.period;
    let links = links(call, &filter);
    let counts = services::read(&call.app, move |c| {
        check_filter(c, &filter)?;
        Ok(reintegration::counts(c, &filter, within(reach))?)
    })
    .await?;
    let (shown, suppressed) = disclose(&counts.figures(), GROUPS, disclosure);
    Ok(match format {
        Format::Csv(lang) => Rendered::Csv(figures::csv(&shown, lang)),
        Format::Json => {
            let mut report = ReintegrationReport::new(period, &shown, suppressed);
            report.links = links;
            Rendered::Json(report)
        }
    })
}

/// The link of each figure whose records the caller may read; `None` when none.
fn links(call: &Call, filter: &ReportFilter) -> Option<BTreeMap<String, String>> {
    let query = filter.query_string();
    let links: BTreeMap<String, String> = ReintegrationFigure::all()
        .into_iter()
        .filter(|f| may_list(call, f.records()))
        .map(|f| {
            let path = f.path();
            let href = format!("{REINTEGRATION_RECORDS}?figure={path}&{query}");
            (path, href)
        })
        .collect();
    (!links.is_empty()).then_some(links)
}

/// Whether the caller may read the records a drill-down lists (asked without
/// recording a permission check: nothing is read).
fn may_list(call: &Call, records: Records) -> bool {
    integra_domain::access::reach(&call.caller, record_kind(records), Access::Read).is_ok()
}

/// `GET /reports/reintegration/records`: a figure and the report's filters.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RecordsQuery {
    /// The figure's id, as in the report (`funnel.assisted`, `by_type.medical.households`).
    #[param(value_type = String, example = "funnel.assisted")]
    figure: Option<String>,
    /// First day of the period (required).
    #[param(value_type = String, format = Date, example = "2026-01-01")]
    from: Option<String>,
    /// Last day of the period, not before `from` (required).
    #[param(value_type = String, format = Date, example = "2026-12-31")]
    to: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    programme_id: Option<String>,
    #[param(value_type = Option<String>, pattern = "^GE-[A-Z]{2}$", example = "GE-IM")]
    region: Option<String>,
    #[param(value_type = Option<integra_domain::person::Sex>)]
    sex: Option<String>,
    #[param(value_type = Option<integra_domain::reports::AgeBand>)]
    age_band: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl RecordsQuery {
    /// The figure, the filters, the page size and the cursor; every wrong
    /// parameter at once.
    fn validate(self) -> Result<(ReintegrationFigure, ReportFilter, i64, Option<Uuid>), Error> {
        let report = ReportQuery {
            from: self.from,
            to: self.to,
            programme_id: self.programme_id,
            region: self.region,
            sex: self.sex,
            age_band: self.age_band,
        };
        validate_records(
            self.figure.as_deref(),
            ReintegrationFigure::parse,
            "figure must be the id of a figure of the report (funnel.reached, ...)",
            report,
            self.limit,
            self.cursor.as_deref(),
        )
    }
}

/// A drill-down's query: the figure (parsed by `parse`), the report's filters,
/// the page size and the cursor; every wrong parameter at once.
fn validate_records<F>(
    figure: Option<&str>,
    parse: impl Fn(&str) -> Option<F>,
    unknown: &str,
    report: ReportQuery,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> Result<(F, ReportFilter, i64, Option<Uuid>), Error> {
    let mut errors = ValidationErrors::new();
    let figure = match figure {
        None => {
            errors.add("figure", "required", "figure is required");
            None
        }
        Some(id) => {
            let figure = parse(id);
            if figure.is_none() {
                errors.add("figure", "invalid_value", unknown);
            }
            figure
        }
    };
    let filter = match report.validate() {
        Ok(filter) => Some(filter),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    };
    let (limit, after) = paging::finish(errors, limit, cursor)?;
    match (figure, filter) {
        (Some(figure), Some(filter)) => Ok((figure, filter, limit, after)),
        _ => Err(Error::Internal(
            "a records query passed validation without its figure".to_owned(),
        )),
    }
}

/// One record behind a figure.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "href": "/api/v1/persons/0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f"}))]
pub struct RecordRef {
    pub id: Uuid,
    /// Its path in the API.
    pub href: String,
}

/// One page of the records behind a figure.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"figure": "funnel.assisted", "record_type": "person", "total": 2,
    "amount": null,
    "items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
        "href": "/api/v1/persons/0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f"}],
    "next_cursor": "AZO2wnwafS6fAFobLD1OXw"}))]
pub struct RecordsPage {
    pub figure: String,
    /// What is listed: `person`, `household` or `assistance` (items, for money).
    pub record_type: String,
    /// How many records the figure counts: its value (for money, the items it adds up).
    pub total: i64,
    /// For money figures: what the items add up to (the figure's value).
    pub amount: Option<Money>,
    pub items: Vec<RecordRef>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// The records behind a figure of the reintegration report, in id order, with
/// their total (always the figure's exact value: the same set counted); each
/// record listed is recorded as read.
pub async fn reintegration_records(call: &Call, query: RecordsQuery) -> Result<RecordsPage, Error> {
    let reach = call.reach(RecordKind::Report, Access::Read)?;
    // Every figure's records are persons or theirs: who may not read persons
    // (monitors) lists none, whatever they ask.
    call.reach(RecordKind::Person, Access::Read)?;
    let (figure, filter, limit, after) = query.validate()?;
    let kind = record_kind(figure.records());
    call.reach(kind, Access::Read)?;
    let actor = call.actor.clone();
    let behind = services::audited_read(call, ReadSize::Long, move |c| {
        check_filter(c, &filter)?;
        let behind = reintegration::behind(c, &filter, within(reach), figure, after, limit)?;
        let entries = actor.reads(kind.read_action(), kind, behind.ids.iter().copied());
        Ok((behind, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(behind.ids.iter().copied(), limit);
    let items = behind
        .ids
        .iter()
        .map(|id| RecordRef {
            id: *id,
            href: format!("/api/v1/{}/{id}", kind.collection()),
        })
        .collect();
    Ok(RecordsPage {
        figure: figure.path(),
        record_type: kind.as_str().to_owned(),
        total: behind.total,
        amount: (figure.records() == Records::Items).then_some(behind.amount),
        items,
        next_cursor,
    })
}

/// The path of the overview's records.
const OVERVIEW_RECORDS: &str = "/api/v1/reports/overview/records";

/// The overview fact sheet of the records the caller reaches: the same
/// filters, reach, suppression, links and CSV as the reintegration report.
pub async fn overview(
    call: &Call,
    query: ReportQuery,
    format: Format,
) -> Result<Rendered<OverviewReport>, Error> {
    let reach = call.reach(RecordKind::Report, Access::Read)?;
    let filter = query.validate()?;
    let disclosure = Disclosure::for_caller(&call.caller);
    let period = filter.period;
    let links = overview_links(call, &filter);
    let counts = services::read(&call.app, move |c| {
        check_filter(c, &filter)?;
        Ok(overview::counts(c, &filter, within(reach))?)
    })
    .await?;
    let (shown, suppressed) = disclose(&counts.figures(), overview_figures::GROUPS, disclosure);
    Ok(match format {
        Format::Csv(lang) => Rendered::Csv(figures::csv(&shown, lang)),
        Format::Json => {
            let mut report = OverviewReport::new(period, &shown, suppressed);
            report.links = links;
            Rendered::Json(report)
        }
    })
}

/// What a report of figures found: its figures, and the groups of them
/// that add up (for secondary suppression).
pub(crate) type Found = (Vec<Figure>, Vec<(String, Vec<String>)>);

/// A report's JSON shape from its period, its figures as disclosed and the
/// ids of those suppressed.
type Build<R> = fn(Period, &[(Figure, Option<Value>)], Vec<String>) -> R;

/// A report of figures without drill-down (the integration and labour
/// reports): the caller's reach, the filters checked, the figures `count`
/// finds, disclosed as the caller may see them, rendered by `build` or as CSV.
async fn figures_report<R>(
    call: &Call,
    query: ReportQuery,
    format: Format,
    report: ReportName,
    build: Build<R>,
) -> Result<Rendered<R>, Error> {
    let reach = call.reach(RecordKind::Report, Access::Read)?;
    let filter = query.validate()?;
    let disclosure = Disclosure::for_caller(&call.caller);
    let period = filter.period;
    let found = services::read(&call.app, move |c| {
        report_figures(c, report, &filter, within(reach))
    })
    .await?;
    let (shown, suppressed) = disclose_found(&found, disclosure);
    Ok(match format {
        Format::Csv(lang) => Rendered::Csv(figures::csv(&shown, lang)),
        Format::Json => Rendered::Json(build(period, &shown, suppressed)),
    })
}

/// The integration report of the records the caller reaches (services its
/// organisation recorded; everyone's permits): exact, or with small cells
/// suppressed for callers who may not read persons. No drill-down yet.
pub async fn integration(
    call: &Call,
    query: ReportQuery,
    format: Format,
) -> Result<Rendered<IntegrationReport>, Error> {
    figures_report(
        call,
        query,
        format,
        ReportName::Integration,
        IntegrationReport::new,
    )
    .await
}

/// The labour migration report of the records the caller reaches (profiles
/// and applications its organisation recorded; the schemes' quota use is
/// everyone's): exact, or with small cells suppressed for callers who may not
/// read persons. No drill-down yet.
pub async fn labour(
    call: &Call,
    query: ReportQuery,
    format: Format,
) -> Result<Rendered<LabourReport>, Error> {
    figures_report(call, query, format, ReportName::Labour, LabourReport::new).await
}

/// The capacity report of the officials the caller reaches (its own
/// organisation's; everyone's for administrators and monitors): exact, or with
/// small cells and the means of few scores suppressed for callers who may not
/// read persons. Officials are not persons of the registry: the filters on
/// persons and programmes do not narrow it.
pub async fn capacity(
    call: &Call,
    query: ReportQuery,
    format: Format,
) -> Result<Rendered<CapacityReport>, Error> {
    figures_report(
        call,
        query,
        format,
        ReportName::Capacity,
        CapacityReport::new,
    )
    .await
}

/// The figures of `report` over `filter` (the records `within` takes in),
/// with the groups of those that add up, as owned ids.
pub(crate) fn report_figures(
    c: &mut DbConnection,
    report: ReportName,
    filter: &ReportFilter,
    within: Within,
) -> Result<Found, Error> {
    let fixed = |groups: &[figures::Group<'_>]| -> Vec<(String, Vec<String>)> {
        groups
            .iter()
            .map(|g| {
                let parts = g.parts.iter().map(|p| (*p).to_owned()).collect();
                (g.total.to_owned(), parts)
            })
            .collect()
    };
    check_filter(c, filter)?;
    Ok(match report {
        ReportName::Reintegration => (
            reintegration::counts(c, filter, within)?.figures(),
            fixed(GROUPS),
        ),
        ReportName::Overview => (
            overview::counts(c, filter, within)?.figures(),
            fixed(overview_figures::GROUPS),
        ),
        ReportName::Integration => {
            let counts = integration::counts(c, filter, within)?;
            (counts.figures(), counts.groups())
        }
        ReportName::Labour => {
            let counts = labour::counts(c, filter, within, services::today())?;
            (counts.figures(), counts.groups())
        }
        ReportName::Capacity => {
            let counts = capacity::Counts::of(&capacity_records::attendances(c, filter, within)?);
            (counts.figures(), counts.groups())
        }
    })
}

/// The figures of `found` as `disclosure` shows them, and the ids suppressed.
pub(crate) fn disclose_found(
    found: &Found,
    disclosure: Disclosure,
) -> (Vec<(Figure, Option<Value>)>, Vec<String>) {
    let borrowed = integration_figures::groups(&found.1);
    let groups = integration_figures::as_groups(&borrowed);
    disclose(&found.0, &groups, disclosure)
}

/// The figure `id` of `found` as `disclosure` shows it: `None` when the
/// report has no such figure, `Some(None)` when it is suppressed.
pub(crate) fn disclosed_figure(
    found: &Found,
    id: &str,
    disclosure: Disclosure,
) -> Option<Option<Value>> {
    let (shown, _) = disclose_found(found, disclosure);
    shown
        .into_iter()
        .find(|(figure, _)| figure.id == id)
        .map(|(_, value)| value)
}

/// Whether the caller may list the records behind `figure`: persons first
/// (who may not read persons lists nothing), then each kind it lists.
fn may_list_overview(call: &Call, figure: OverviewFigure) -> bool {
    let may = |kind| integra_domain::access::reach(&call.caller, kind, Access::Read).is_ok();
    may(RecordKind::Person) && figure.records().kinds().iter().all(|kind| may(*kind))
}

/// The link of each figure whose records the caller may read; `None` when none.
fn overview_links(call: &Call, filter: &ReportFilter) -> Option<BTreeMap<String, String>> {
    let query = filter.query_string();
    let links: BTreeMap<String, String> = OverviewFigure::all()
        .into_iter()
        .filter(|f| may_list_overview(call, *f))
        .map(|f| {
            let id = f.id();
            let href = format!("{OVERVIEW_RECORDS}?figure={id}&{query}");
            (id, href)
        })
        .collect();
    (!links.is_empty()).then_some(links)
}

/// `GET /reports/overview/records`: a figure and the overview's filters.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OverviewRecordsQuery {
    /// The figure's id, as in the overview (`persons_employed`, `persons_assisted.medical`).
    #[param(value_type = String, example = "persons_employed")]
    figure: Option<String>,
    /// First day of the period (required).
    #[param(value_type = String, format = Date, example = "2026-01-01")]
    from: Option<String>,
    /// Last day of the period, not before `from` (required).
    #[param(value_type = String, format = Date, example = "2026-12-31")]
    to: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    programme_id: Option<String>,
    #[param(value_type = Option<String>, pattern = "^GE-[A-Z]{2}$", example = "GE-IM")]
    region: Option<String>,
    #[param(value_type = Option<integra_domain::person::Sex>)]
    sex: Option<String>,
    #[param(value_type = Option<integra_domain::reports::AgeBand>)]
    age_band: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// One record behind a figure of the overview.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "record_type": "person",
    "href": "/api/v1/persons/0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f"}))]
pub struct OverviewRecordRef {
    pub id: Uuid,
    /// `person`, `household`, `assistance`, `counselling_session` (anonymous),
    /// `outreach_event`, `organisation`, `job_place` or `training_participant`.
    pub record_type: String,
    /// Its path in the API.
    pub href: String,
}

/// One page of the records behind a figure of the overview.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"figure": "persons_counselled", "total": 2, "value": 2,
    "items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "record_type": "person",
        "href": "/api/v1/persons/0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f"}],
    "next_cursor": "AZO2wnwafS6fAFobLD1OXw"}))]
pub struct OverviewRecordsPage {
    pub figure: String,
    /// How many records are behind the figure: its value for a count; for a
    /// sum (`people_reached_by_outreach`, `job_places_*`), the records summed.
    pub total: i64,
    /// The figure's value: `total` for a count, what the records add up to for a sum.
    pub value: i64,
    pub items: Vec<OverviewRecordRef>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// The path of a record listed behind an overview figure.
fn overview_href(record: &overview::Record) -> String {
    match (record.kind, record.parent) {
        (RecordKind::JobPlace, Some(enterprise)) => {
            format!(
                "/api/v1/social-enterprises/{enterprise}/job-places/{}",
                record.id
            )
        }
        (RecordKind::TrainingParticipant, Some(training)) => {
            format!("/api/v1/trainings/{training}/participants/{}", record.id)
        }
        (kind, _) => format!("/api/v1/{}/{}", kind.collection(), record.id),
    }
}

/// Whether listing a record is a read of personal data to record: persons,
/// households and assistance items are; the counselling sessions listed here
/// are anonymous, and outreach events, organisations and job places name nobody.
fn is_recorded_read(kind: RecordKind) -> bool {
    kind.is_personal() && kind != RecordKind::CounsellingSession
}

/// The records behind a figure of the overview, in id order, with their total
/// and value (always the figure's exact value: the same set counted); each
/// person, household or assistance item listed is recorded as read.
pub async fn overview_records(
    call: &Call,
    query: OverviewRecordsQuery,
) -> Result<OverviewRecordsPage, Error> {
    let reach = call.reach(RecordKind::Report, Access::Read)?;
    // Who may not read persons (monitors) lists none, whatever they ask.
    call.reach(RecordKind::Person, Access::Read)?;
    let report = ReportQuery {
        from: query.from,
        to: query.to,
        programme_id: query.programme_id,
        region: query.region,
        sex: query.sex,
        age_band: query.age_band,
    };
    let (figure, filter, limit, after) = validate_records(
        query.figure.as_deref(),
        OverviewFigure::parse,
        "figure must be the id of a figure of the overview (returns_assisted, ...)",
        report,
        query.limit,
        query.cursor.as_deref(),
    )?;
    for kind in figure.records().kinds() {
        call.reach(*kind, Access::Read)?;
    }
    let actor = call.actor.clone();
    let behind = services::audited_read(call, ReadSize::Long, move |c| {
        check_filter(c, &filter)?;
        let behind = overview::behind(c, &filter, within(reach), figure, after, limit)?;
        let entries = behind
            .records
            .iter()
            .filter(|r| is_recorded_read(r.kind))
            .flat_map(|r| actor.reads(r.kind.read_action(), r.kind, [r.id]))
            .collect();
        Ok((behind, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(behind.records.iter().map(|r| r.id), limit);
    let items = behind
        .records
        .iter()
        .map(|record| OverviewRecordRef {
            id: record.id,
            record_type: record.kind.as_str().to_owned(),
            href: overview_href(record),
        })
        .collect();
    Ok(OverviewRecordsPage {
        figure: figure.id(),
        total: behind.total,
        value: match figure.measure() {
            Measure::Count => behind.total,
            Measure::Sum => behind.sum,
        },
        items,
        next_cursor,
    })
}
