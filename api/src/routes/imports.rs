//! Bulk import: `/imports`. The handlers read the request (the file, with a
//! limit of its own) and call the use cases of [`crate::services::imports`].

use actix_web::http::header;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use integra_domain::error::Unreadable;
use integra_domain::Error;
use utoipa_actix_web::service_config::ServiceConfig;

use integra_domain::reports::figures::CSV_MEDIA_TYPE;

use crate::error::ApiError;
use crate::http::body::media_type;
use crate::routes::path_id;
use crate::services::imports::{self, ImportJob, ImportQuery};
use crate::services::Call;

/// Where files are imported.
pub const PATH: &str = "/api/v1/imports";

pub fn configure(config: &mut ServiceConfig) {
    config.service(create_import).service(get_import);
}

/// The file of a request: its format (from `Content-Type`) and its bytes, at
/// most `limit` of them. What is wrong is told after the permission check.
async fn file(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
) -> Result<(integra_domain::import::Format, Vec<u8>), Error> {
    let media = media_type(req).unwrap_or_default();
    let Some(format) = imports::format(&media) else {
        return Err(Error::Unreadable(Unreadable::MediaType("text/csv")));
    };
    let mut bytes = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| {
            Error::Unreadable(Unreadable::Malformed(
                "the request body could not be read".to_owned(),
            ))
        })?;
        if bytes.len() + chunk.len() > limit {
            return Err(Error::Unreadable(Unreadable::TooLarge));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok((format, bytes))
}

/// Imports a file of records (CSV or NDJSON).
///
/// The file is `text/csv` (a header row; `,` or `;` between fields; UTF-8, with or
/// without a byte-order mark) or `application/x-ndjson` (one JSON object per line).
///
/// Each row is written as the same record sent one at a time is (the same
/// validation, uniqueness checks and audit), upserted by its key. `kind`:
/// - `persons`: the fields of `POST /persons` and one external id
///   (`external_system`, `external_value`); key: the personal number or the
///   external id; a row naming two different persons by them fails.
/// - `stays_abroad`: the person (`personal_number`, or `external_system` and
///   `external_value`) and the fields of a stay (`country`, `start_date`,
///   `end_date`, `legal_status`, `return_type`); key: the person, the country
///   and the first day. Stays may not overlap.
/// - `contacts`: the person as above, `programme_id`, `contacted_on`,
///   `channel`, `outcome`, recorded for the importer's organisation; key: the
///   person, the programme, the day and the channel.
/// - `assistance_history`: items delivered before integra, the person as
///   above, `programme_id`, `type`, `amount` (GEL, as `"1500.00"`),
///   `in_kind` (`true`/`false`), `delivered_on`, `description`; put on the
///   person's latest case of the programme that the importer's organisation
///   holds (`no_case` when there is none), delivered on that day, marked
///   `imported`, counted by the reports; key: the person, the programme, the
///   type and the day. A changed amount updates the imported item.
///
/// A row naming a person who is not registered fails (`not_found`).
///
/// `mode=validate` (the default) is a dry run: the full report, nothing
/// written. `mode=commit` with `atomic=all` (the default) writes nothing if
/// any row fails; with `atomic=row` the good rows are written and the bad
/// ones reported. Importing the same file again changes nothing and says so
/// (`unchanged`).
///
/// A file that is wrong as a whole (encoding, delimiter, missing, unknown or
/// duplicate columns, a key repeated in the file, a line over 1 MB) is a 422
/// naming the line; one over the import limit (200 MB unless configured) a
/// 413. An import finished within two seconds answers its report (200); a
/// longer one answers 202 with `Location`, where its progress and then its
/// report are. With an `Idempotency-Key` (whatever the file's size), a retry
/// gets the first answer, the same job, and imports nothing again. Needs the scope
/// `imports:write` (or a role that imports) and the kind's own write permission
/// (`persons:write` for persons and stays abroad; contacts and assistance need a case
/// worker: service accounts cannot import them).
#[utoipa::path(
    tag = "imports",
    params(ImportQuery),
    request_body(
        description = "The file: CSV (a header row, `,` or `;`), or NDJSON (one JSON object per line, the same fields)",
        content(
            (String = "text/csv", example = "personal_number,given_name,family_name,date_of_birth,sex\n01001012345,Nino,Beridze,1988-04-12,female\n"),
            (String = "application/x-ndjson", example = "{\"personal_number\": \"01001012345\", \"given_name\": \"Nino\", \"family_name\": \"Beridze\", \"date_of_birth\": \"1988-04-12\", \"sex\": \"female\"}\n"),
        )
    ),
    responses(
        (status = 200, description = "Finished: the report", body = ImportJob),
        (status = 202, description = "Running: its progress, and where to follow it", body = ImportJob,
            headers(("Location" = String, description = "The import's path"))),
    )
)]
#[post("/imports")]
pub async fn create_import(
    call: Call,
    req: HttpRequest,
    query: web::Query<ImportQuery>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = file(&req, payload, call.app.import_body_limit).await;
    let job = imports::start(&call, query.into_inner(), body).await?;
    if job.finished() {
        Ok(HttpResponse::Ok().json(job))
    } else {
        Ok(HttpResponse::Accepted()
            .insert_header((header::LOCATION, format!("/api/v1/imports/{}", job.id)))
            .json(job))
    }
}

/// Reads an import: its progress while it runs, then its report.
///
/// The report counts the rows created, updated, unchanged and failed, with each failed
/// row's line, key and errors. With `Accept: text/csv`: the failed rows, one line per
/// error. The importer's own (another's is a `404`), or any for an administrator; the
/// read of a finished import's report is recorded.
#[utoipa::path(
    tag = "imports",
    params(("id" = Uuid, Path, description = "The import's id")),
    responses((status = 200, description = "The import", content(
        (ImportJob = "application/json"),
        (String = "text/csv", example = "line,key,field,code,message\r\n4,personal_number=01001012345,date_of_birth,in_future,date_of_birth must not be in the future\r\n"),
    )))
)]
#[get("/imports/{id}")]
pub async fn get_import(
    call: Call,
    req: HttpRequest,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let job = imports::get(&call, path_id(&id)?).await?;
    if crate::routes::accepts(&req, "text/csv") {
        return Ok(HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, CSV_MEDIA_TYPE))
            .body(imports::failures_csv(&job)));
    }
    Ok(HttpResponse::Ok().json(job))
}
