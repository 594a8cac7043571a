//! The HTTP server: the app, its middleware, and start-up.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use actix_cors::Cors;
use actix_web::http::header;
use actix_web::middleware::{from_fn, Condition, DefaultHeaders};
use actix_web::{mime, web, App, HttpResponse, HttpServer};
use integra_persistence::{Db, PoolOptions};
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::auth::principal::Standing;
use integra_persistence::audit_writer::{self, AuditWriter};

use crate::bootstrap::{self, Bootstrap};
use crate::config::ServeConfig;
use crate::error::ApiError;
use crate::http::metrics::Metrics;
use crate::http::routing::{self, KnownRoutes};
use crate::http::{context, idempotency, BODY_LIMIT};
use crate::openapi::ApiDoc;
use crate::routes;
use crate::services;
use crate::state::AppState;

/// Where the OpenAPI document is served.
pub const OPENAPI_PATH: &str = "/api/v1/openapi.json";

/// The OpenAPI document of every route, as served and committed (for
/// comparisons: the keys of its objects are sorted).
pub fn openapi() -> serde_json::Value {
    serde_json::to_value(crate::openapi::finish(&document())).unwrap_or_default()
}

/// The OpenAPI document as YAML (the committed `openapi.yaml`), in the order
/// the code declares it.
pub fn openapi_yaml() -> Result<String, String> {
    serde_yaml::to_string(&crate::openapi::finish(&document())).map_err(|e| e.to_string())
}

/// The OpenAPI document of every route, completed ([`crate::openapi::complete`]).
fn document() -> utoipa::openapi::OpenApi {
    let (_, mut doc) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(routes::configure)
        .split_for_parts();
    crate::openapi::complete(&mut doc);
    doc
}

/// Opens and migrates the database, creates the first admin if needed, and loads the keys.
pub fn prepare(config: &ServeConfig) -> Result<(AppState, Bootstrap), String> {
    // The keys first: a server that could not sign tokens must not touch the database.
    let tokens = config.tokens()?;
    let metrics = Metrics::new().map_err(|e| format!("metrics: {e}"))?;
    let options = PoolOptions {
        max_connections: config.pool_size,
        acquire_timeout: Duration::from_secs(5),
        telemetry: metrics.store(),
    };
    let db = Db::open(&config.database_url, options).map_err(|e| {
        format!(
            "cannot open the database {}: {e}",
            config.database_url.redacted()
        )
    })?;
    let applied = db.migrate().map_err(|e| e.to_string())?;
    if !applied.is_empty() {
        log::info!("applied migrations {}", applied.join(", "));
    }
    let outcome = bootstrap::ensure_admin(&db, config.bootstrap_admin_password.as_deref())?;
    crate::seed::ensure_defaults(&db)?;
    if db.backend() == integra_persistence::Backend::Sqlite {
        // One node: the imports left running stopped with it.
        let failed = crate::services::imports::fail_interrupted(&db).map_err(|e| e.to_string())?;
        if failed > 0 {
            log::warn!("{failed} import(s) interrupted by the last stop are marked failed");
        }
        crate::webhooks::release_all(&db).map_err(|e| e.to_string())?;
    }
    let audit = AuditWriter::start(&db, audit_writer::writers_for(db.backend()))?;
    Ok((
        AppState {
            db,
            tokens,
            metrics,
            standing: Standing::default(),
            sign_in_limit: config.sign_in_limit,
            password_hashing: std::sync::Arc::new(tokio::sync::Semaphore::new(
                config.password_hash_concurrency.max(1),
            )),
            trusted_proxies: config.trusted_proxies.clone(),
            throttle_purged: std::sync::Mutex::new(None),
            audit,
            idempotency_retention: chrono::Duration::seconds(config.idempotency_retention_seconds),
            matching: std::sync::Arc::default(),
            feed: std::sync::Arc::default(),
            imports: crate::services::imports::Running::default(),
            import_body_limit: config.import_body_limit,
            webhooks: config.webhooks,
        },
        outcome,
    ))
}

/// A started server and the address it listens on.
pub struct Running {
    pub server: actix_web::dev::Server,
    pub address: SocketAddr,
}

/// Where and how to listen.
#[derive(Debug, Clone)]
pub struct Listen {
    pub bind: String,
    pub workers: usize,
    /// Origins whose browser pages may call the API (CORS); none by default.
    pub cors_origins: Vec<String>,
}

/// Cross-origin access for the configured browser origins (used only when there are some).
fn cors(origins: &[String]) -> Cors {
    let cors = origins
        .iter()
        .fold(Cors::default(), |cors, origin| cors.allowed_origin(origin));
    cors.allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::ACCEPT,
            header::ACCEPT_LANGUAGE,
            header::IF_MATCH,
            idempotency::IDEMPOTENCY_KEY,
            context::REQUEST_ID,
        ])
        .expose_headers([
            header::ETAG,
            header::LOCATION,
            header::RETRY_AFTER,
            context::REQUEST_ID,
            idempotency::REPLAYED,
        ])
        .max_age(3600)
}

/// Purges the expired answers of idempotent requests now and then, while the
/// server's state lives (on the runtime the server is started on).
fn purge_expired_answers(state: &web::Data<AppState>) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let state = Arc::downgrade(&state.clone().into_inner());
    runtime.spawn(async move {
        let every = match state.upgrade() {
            Some(state) => services::idempotency::purge_interval(state.idempotency_retention),
            None => return,
        };
        let mut ticks = tokio::time::interval(every);
        loop {
            ticks.tick().await;
            let Some(state) = state.upgrade() else {
                return;
            };
            match services::idempotency::purge(&state).await {
                Ok(0) => {}
                Ok(purged) => log::info!("purged {purged} expired idempotency answers"),
                Err(error) => log::warn!("expired idempotency answers not purged: {error}"),
            }
        }
    });
}

/// Binds and starts serving; the returned server runs until stopped.
pub fn start(state: AppState, listen: &Listen) -> Result<Running, String> {
    let (bind, workers) = (listen.bind.as_str(), listen.workers);
    let origins = listen.cors_origins.clone();
    let state = web::Data::new(state);
    purge_expired_answers(&state);
    crate::webhooks::start(&state);
    let document = document();
    let mut known = KnownRoutes::from_openapi(&document);
    let served = web::Bytes::from(
        serde_json::to_vec(&crate::openapi::finish(&document)).map_err(|e| e.to_string())?,
    );
    known.add(OPENAPI_PATH, "GET");
    known.add("/docs", "GET");
    for path in crate::http::problem_pages::PATHS {
        known.add(path, "GET");
    }
    let known = web::Data::new(known);
    let server = HttpServer::new(move || {
        // The documentation goes first: the `/api/v1` scope would take its path.
        let (app, _) = App::new()
            // No `validatorUrl`: Swagger UI would send the document's address to
            // validator.swagger.io (and fetch a badge from it) on any host but localhost.
            .service(
                SwaggerUi::new("/docs/{_:.*}")
                    .config(Config::new([OPENAPI_PATH]).validator_url("none")),
            )
            .service(web::resource(OPENAPI_PATH).get({
                let served = served.clone();
                move || {
                    let served = served.clone();
                    async move {
                        HttpResponse::Ok()
                            .content_type(mime::APPLICATION_JSON)
                            .body(served)
                    }
                }
            }))
            .service(web::redirect("/docs", "/docs/").permanent())
            .configure(crate::http::problem_pages::configure)
            .into_utoipa_app()
            .openapi(ApiDoc::openapi())
            .configure(routes::configure)
            .split_for_parts();
        app.app_data(state.clone())
            .app_data(known.clone())
            .app_data(web::PayloadConfig::new(BODY_LIMIT))
            .app_data(web::QueryConfig::default().error_handler(|error, _| {
                ApiError::BadRequest(format!("the query string is not valid: {error}")).into()
            }))
            .app_data(web::PathConfig::default().error_handler(|_, _| ApiError::NotFound.into()))
            .default_service(web::to(routing::unmatched))
            .wrap(from_fn(idempotency::idempotency))
            .wrap(Condition::new(!origins.is_empty(), cors(&origins)))
            .wrap(DefaultHeaders::new().add((header::X_CONTENT_TYPE_OPTIONS, "nosniff")))
            .wrap(from_fn(context::request_context))
    })
    .workers(workers.max(1))
    .shutdown_timeout(10)
    .bind(bind)
    .map_err(|e| format!("cannot listen on {bind}: {e}"))?;
    let address = server
        .addrs()
        .first()
        .copied()
        .ok_or_else(|| format!("cannot listen on {bind}: no address"))?;
    Ok(Running {
        server: server.run(),
        address,
    })
}
