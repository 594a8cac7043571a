//! Reports: `/reports/...`, JSON or, with `Accept: text/csv`, CSV (one row per
//! figure: `figure`, `value`, `definition`, the definition in the language of
//! `Accept-Language`, English by default). Each handler parses the request
//! and calls one use case of [`crate::services::reports`].

use actix_web::http::header;
use actix_web::{get, web, HttpRequest, HttpResponse};
use integra_domain::reports::capacity::CapacityReport;
use integra_domain::reports::figures::CSV_MEDIA_TYPE;
use integra_domain::reports::integration::IntegrationReport;
use integra_domain::reports::labour::LabourReport;
use integra_domain::reports::overview::OverviewReport;
use integra_domain::reports::reintegration::ReintegrationReport;
use integra_domain::reports::ReportQuery;
use serde::Serialize;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::ApiError;
use crate::services::reports::{
    self, Format, OverviewRecordsPage, OverviewRecordsQuery, RecordsPage, RecordsQuery, Rendered,
};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(reintegration_report)
        .service(reintegration_records)
        .service(overview_report)
        .service(overview_records)
        .service(integration_report)
        .service(labour_report)
        .service(capacity_report);
}

/// CSV when the request accepts `text/csv`, JSON otherwise.
pub(crate) fn format(req: &HttpRequest) -> Format {
    if crate::routes::accepts(req, "text/csv") {
        Format::Csv(crate::routes::language(req))
    } else {
        Format::Json
    }
}

pub(crate) fn answer<T: Serialize>(rendered: Rendered<T>) -> HttpResponse {
    match rendered {
        Rendered::Json(report) => HttpResponse::Ok().json(report),
        Rendered::Csv(text) => HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, CSV_MEDIA_TYPE))
            .body(text),
    }
}

/// Reads the reintegration report of a period.
///
/// A funnel of distinct persons (reached, registered, screened, eligible, not eligible,
/// assisted, not eligible and counselled), assistance by type (persons, persons involved,
/// households, money committed and delivered) and returns by return type, over the period
/// from `from` to `to` (both required).
///
/// Case workers and employment counsellors count their organisation's records,
/// administrators and monitors everyone's; monitors see every count from 1 to 4
/// (and what would give one away by subtraction) as `null`, listed in
/// `suppressed`. For callers who may read them, `links` names the records
/// behind each figure. With `Accept: text/csv`: one row per figure.
#[utoipa::path(
    tag = "reports",
    params(ReportQuery),
    responses((status = 200, description = "The report", content(
        (ReintegrationReport = "application/json"),
        (String = "text/csv", example = "figure,value,definition\r\nfunnel.reached,180,\"Distinct persons with a contact about the programme dated in the period, or a case of the programme registered in the period\"\r\n"),
    )))
)]
#[get("/reports/reintegration")]
pub async fn reintegration_report(
    call: Call,
    req: HttpRequest,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let rendered = reports::reintegration(&call, query.into_inner(), format(&req)).await?;
    Ok(answer(rendered))
}

/// Lists the records behind one figure of the reintegration report.
///
/// The same filters as the report, in id order: persons, households, or assistance items
/// for money, paged with `limit` and `cursor`. `total` is the figure's value. Every
/// record listed is recorded as read.
///
/// For callers who may read those records (not monitors).
#[utoipa::path(
    operation_id = "list_reintegration_records",
    tag = "reports",
    params(RecordsQuery),
    responses((status = 200, description = "One page of the records behind the figure", body = RecordsPage))
)]
#[get("/reports/reintegration/records")]
pub async fn reintegration_records(
    call: Call,
    query: web::Query<RecordsQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = reports::reintegration_records(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads the overview fact sheet of a period: every stream's headline figures.
///
/// Each figure comes with its value and a one-line definition in Georgian and English
/// (`returns_assisted`, `persons_assisted` and `persons_assisted.<type>`,
/// `startups_supported`, `startup_persons_involved`, `families_housed`,
/// `persons_employed`, `persons_counselled`, `people_reached_by_outreach`,
/// `persons_trained_vocationally`, `social_enterprises`,
/// `social_enterprise_partners`, `social_enterprise_beneficiaries`,
/// `job_places_temporary`, `job_places_permanent`, `foreign_migrants_moved`,
/// `officials_trained`).
///
/// The same filters as the reintegration report; each definition says which
/// filters do not apply to its figure. Case workers and employment counsellors
/// count their organisation's records, administrators and monitors everyone's;
/// monitors see every count from 1 to 4 as `null`, listed in `suppressed`. For
/// callers who may read them, `links` names the records behind each figure.
/// With `Accept: text/csv`: one row per figure.
#[utoipa::path(
    tag = "reports",
    params(ReportQuery),
    responses((status = 200, description = "The overview", content(
        (OverviewReport = "application/json"),
        (String = "text/csv", example = "figure,value,definition\r\nreturns_assisted,122,Distinct persons whose stay abroad ended in the period with an assisted voluntary return (whatever the programme: the programme filter does not apply)\r\n"),
    )))
)]
#[get("/reports/overview")]
pub async fn overview_report(
    call: Call,
    req: HttpRequest,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let rendered = reports::overview(&call, query.into_inner(), format(&req)).await?;
    Ok(answer(rendered))
}

/// Lists the records behind one figure of the overview.
///
/// The same filters as the overview, in id order: persons, households, assistance items,
/// anonymous counselling sessions, outreach events, organisations or job places, as the
/// figure counts them, paged with `limit` and `cursor`. `total` is the number of records
/// (the figure's value for a count), `value` the figure's value. Every person, household
/// and assistance item listed is recorded as read.
///
/// For callers who may read those records (not monitors).
#[utoipa::path(
    operation_id = "list_overview_records",
    tag = "reports",
    params(OverviewRecordsQuery),
    responses((status = 200, description = "One page of the records behind the figure", body = OverviewRecordsPage))
)]
#[get("/reports/overview/records")]
pub async fn overview_records(
    call: Call,
    query: web::Query<OverviewRecordsQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = reports::overview_records(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads the integration report of a period.
///
/// Foreigners served or holding a residence permit, by nationality and permit type;
/// permits ending in the period; integration services started in the period by type and
/// provider, with their hours.
///
/// Figures (each with a one-line definition in Georgian and English):
/// `persons`, `persons.nationality.<CC>` (for each citizenship found;
/// `stateless`, `unknown`), `persons_with_permit`,
/// `persons_with_permit.<type>`, `permits_expiring`, `persons_served`,
/// `persons_served.<type>`, `services`, `services.<type>`, `hours.<type>`
/// (half-hour steps), and for each provider found `services.provider.<id>`
/// and `persons_served.provider.<id>`. The same filters as the other reports;
/// integration records carry no programme, so `programme_id` does not narrow
/// them. Case workers and employment counsellors count the services their
/// organisation recorded (permits are everyone's), administrators and monitors
/// everything; monitors see every count from 1 to 4 (and what would give one
/// away by subtraction, and the hours of such few persons) as `null`, listed
/// in `suppressed`. With `Accept: text/csv`: one row per figure.
#[utoipa::path(
    tag = "reports",
    params(ReportQuery),
    responses((status = 200, description = "The integration report", content(
        (IntegrationReport = "application/json"),
        (String = "text/csv", example = "figure,value,definition\r\npersons,240,\"Distinct persons with a residence permit valid on a day of the period, or an integration service that started in it\"\r\n"),
    )))
)]
#[get("/reports/integration")]
pub async fn integration_report(
    call: Call,
    req: HttpRequest,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let rendered = reports::integration(&call, query.into_inner(), format(&req)).await?;
    Ok(answer(rendered))
}

/// Reads the labour migration report of a period.
///
/// Jobseekers registered and matched (shortlisted), applications made by status now and
/// by scheme, departures, returns, overstays, persons placed abroad, and each scheme's
/// quota use in the calendar years of the period.
///
/// Figures (each with a one-line definition in Georgian and English):
/// `jobseekers_registered`, `jobseekers_matched`, `applications`,
/// `applications.<status>`, `applications.scheme.<id>` (for each scheme
/// found), `departures`, `returns`, `overstays`, `persons_placed_abroad`, and
/// for each scheme with places taken `quota_used.scheme.<id>` and
/// `quota.scheme.<id>`. The same filters as the other reports; labour records
/// carry no programme, so `programme_id` does not narrow them, and the quota
/// figures are the schemes' whatever the filters. Case workers and employment
/// counsellors count the profiles and applications their organisation
/// recorded, administrators and monitors everything; monitors see every count
/// from 1 to 4 (and what would give one away by subtraction) as `null`,
/// listed in `suppressed`. With `Accept: text/csv`: one row per figure.
#[utoipa::path(
    tag = "reports",
    params(ReportQuery),
    responses((status = 200, description = "The labour migration report", content(
        (LabourReport = "application/json"),
        (String = "text/csv", example = "figure,value,definition\r\napplications,310,Applications made in the period\r\n"),
    )))
)]
#[get("/reports/labour")]
pub async fn labour_report(
    call: Call,
    req: HttpRequest,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let rendered = reports::labour(&call, query.into_inner(), format(&req)).await?;
    Ok(answer(rendered))
}

/// Reads the capacity report of a period: the training of officials.
///
/// Officials trained (distinct officials who attended a training held in the period), by
/// organisation and by topic; attendances; and over the attendances with both test
/// scores, the mean pre- and post-test scores, the mean improvement and the percentage
/// who improved (each to one decimal).
///
/// Figures (each with a one-line definition in Georgian and English):
/// `officials_trained`, `officials_trained.organisation.<id>` (for each
/// organisation found), `officials_trained.topic.<topic>`, `participations`,
/// `participations.scored`, and when an attendance was scored
/// `pre_test_mean`, `post_test_mean`, `improvement_mean`, `improved_share`.
/// The same filters as the other reports; officials are not persons of the
/// registry, so `region`, `sex`, `age_band` and `programme_id` do not narrow
/// it. Case workers and employment counsellors count their organisation's
/// officials, administrators and monitors everyone's; monitors see every
/// count from 1 to 4 (and what would give one away by subtraction) as `null`,
/// and the means and the share of one to four scored attendances too, listed
/// in `suppressed`. With `Accept: text/csv`: one row per figure.
#[utoipa::path(
    tag = "reports",
    params(ReportQuery),
    responses((status = 200, description = "The capacity report", content(
        (CapacityReport = "application/json"),
        (String = "text/csv", example = "figure,value,definition\r\nofficials_trained,48,Distinct officials who attended a training held in the period\r\n"),
    )))
)]
#[get("/reports/capacity")]
pub async fn capacity_report(
    call: Call,
    req: HttpRequest,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let rendered = reports::capacity(&call, query.into_inner(), format(&req)).await?;
    Ok(answer(rendered))
}
