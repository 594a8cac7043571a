//! The `integra` command line.

use std::io::BufRead;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use integra_domain::access::Role;
use integra_persistence::users::{self, NewUser};
use integra_persistence::{DatabaseUrl, Db, PoolOptions};
use uuid::Uuid;

use crate::auth::password;
use crate::bootstrap;
use crate::config::{ServeConfig, SignInLimit, WebhookSettings};
use crate::http::client_address::{Network, TrustedProxies};
use crate::logging::{self, LogFormat};
use crate::{demo, population, server};

/// integra: case management and data exchange for Georgia's migration services.
///
/// Configuration comes from flags or INTEGRA_* environment variables (flags win).
/// With nothing set, data lives in SQLite at ./data/integra.db, created on first use.
#[derive(Debug, Parser)]
#[command(name = "integra", version, propagate_version = true)]
pub struct Cli {
    /// Database: sqlite://PATH or postgres://USER@HOST:PORT/DB
    #[arg(
        long,
        env = "INTEGRA_DATABASE_URL",
        default_value = "sqlite://./data/integra.db",
        global = true
    )]
    database_url: String,

    /// Log lines as plain text or JSON (filter with RUST_LOG)
    #[arg(long, env = "INTEGRA_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    log_format: LogFormat,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the API (migrates the database and creates the first admin if needed)
    Serve(ServeArgs),
    /// Apply pending database migrations and exit
    Migrate,
    /// Write a consistent backup of the database while it serves (SQLite:
    /// VACUUM INTO, then an integrity check; PostgreSQL: pg_dump's custom format)
    Backup {
        /// The backup file to write (never overwritten)
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Print the OpenAPI document
    Openapi {
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Yaml)]
        format: Format,
    },
    /// Import a file of records (CSV, or NDJSON when named .ndjson or
    /// .jsonl): straight into the database as a user, or through a server's
    /// API with --server and --token. Exits non-zero when any row failed
    Import {
        /// What the file holds
        #[arg(long, value_parser = parse_import_kind)]
        kind: integra_domain::import::ImportKind,
        /// The file
        file: std::path::PathBuf,
        /// A dry run: the full report, nothing written
        #[arg(long)]
        validate: bool,
        /// all: any failed row and nothing is written; row: the good rows are written
        #[arg(long, default_value = "all", value_parser = parse_atomicity)]
        atomic: integra_domain::import::Atomicity,
        /// A server's base URL (http://host:port): import through its API
        #[arg(long)]
        server: Option<String>,
        /// An access token for --server (a user's, or a service account's with imports:write)
        #[arg(long, env = "INTEGRA_TOKEN")]
        token: Option<String>,
        /// Straight into the database: the user to import as (audit entries name them)
        #[arg(long = "as", default_value = "admin")]
        as_user: String,
    },
    /// Manage users
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Load demonstration data into an empty registry: a few hand-made persons,
    /// or, with --persons, a generated population of that size
    DemoData {
        /// Generate a population of this many persons (with stays abroad,
        /// households, cases through screening, assistance through delivery)
        #[arg(long)]
        persons: Option<usize>,
        /// The seed: the same seed, size and --as-of give the same population
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Generate the population as of this day (YYYY-MM-DD; default today)
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
    },
    /// Register COUNT generated persons in one transaction (for load tests)
    #[command(hide = true)]
    LoadPersons {
        /// How many persons
        #[arg(long, default_value_t = 100_000)]
        count: usize,
        /// Write their ids to this file, one a line
        #[arg(long)]
        ids: Option<std::path::PathBuf>,
        /// Also open a case in the default programme for each (by the first
        /// admin, made if there is none), and write the cases' ids to this file
        #[arg(long)]
        case_ids: Option<std::path::PathBuf>,
        /// Open cases for the first CASES persons only (default: all)
        #[arg(long)]
        cases: Option<usize>,
        /// Write name searches that find generated persons to this file, one a
        /// line, URL-encoded (for `GET /api/v1/persons?name=`)
        #[arg(long)]
        name_searches: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on
    #[arg(long, env = "INTEGRA_BIND", default_value = "127.0.0.1:8080")]
    bind: String,
    /// HS256 token signing secret, at least 32 characters [default with SQLite: generated and
    /// kept in the data folder; with PostgreSQL this or --jwt-key-file must be given]
    #[arg(long, env = "INTEGRA_JWT_SECRET", hide_env_values = true)]
    jwt_secret: Option<String>,
    /// Ed25519 private key (PKCS#8 PEM file) to sign tokens with EdDSA instead of HS256
    #[arg(long, env = "INTEGRA_JWT_KEY_FILE")]
    jwt_key_file: Option<std::path::PathBuf>,
    /// Ed25519 public keys (PEM files, comma-separated) whose tokens are still accepted:
    /// the previous signing keys during a key rotation
    #[arg(long, env = "INTEGRA_JWT_VERIFY_KEY_FILES", value_delimiter = ',')]
    jwt_verify_key_files: Vec<std::path::PathBuf>,
    /// Failed sign-ins of one account within the window before it is blocked
    #[arg(long, env = "INTEGRA_SIGN_IN_MAX_FAILURES", default_value_t = 5, value_parser = clap::value_parser!(i32).range(1..=1000))]
    sign_in_max_failures: i32,
    /// Length of the sign-in failure window, and of a block, in seconds
    #[arg(long, env = "INTEGRA_SIGN_IN_BLOCK_SECONDS", default_value_t = 900, value_parser = clap::value_parser!(i64).range(1..=86_400))]
    sign_in_block_seconds: i64,
    /// Password checks and hashes (argon2, slow on purpose) that may run at once; more
    /// sign-ins are answered 503 with Retry-After [default: one per core]
    #[arg(long, env = "INTEGRA_PASSWORD_HASH_CONCURRENCY", value_parser = clap::value_parser!(u32).range(1..=1024))]
    password_hash_concurrency: Option<u32>,
    /// Proxies (IP addresses or CIDR networks, comma-separated) whose X-Forwarded-For
    /// names the client for sign-in throttling; none by default
    #[arg(long, env = "INTEGRA_TRUSTED_PROXIES", value_delimiter = ',', value_parser = Network::parse)]
    trusted_proxies: Vec<Network>,
    /// Password of the first admin on an empty database [default: random, printed once]
    #[arg(long, env = "INTEGRA_BOOTSTRAP_ADMIN_PASSWORD", hide_env_values = true)]
    bootstrap_admin_password: Option<String>,
    /// Lifetime of access tokens, in seconds
    #[arg(long, env = "INTEGRA_TOKEN_TTL", default_value_t = 900, value_parser = clap::value_parser!(i64).range(60..=86_400))]
    token_ttl: i64,
    /// HTTP worker threads [default: one per core]
    #[arg(long, env = "INTEGRA_WORKERS")]
    workers: Option<usize>,
    /// Database connections in the pool
    #[arg(long, env = "INTEGRA_DATABASE_POOL_SIZE", default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=512))]
    pool_size: u32,
    /// Origins of browser frontends allowed to call the API, comma-separated
    /// (https://app.example.ge); none by default
    #[arg(long, env = "INTEGRA_CORS_ORIGINS", value_delimiter = ',', value_parser = parse_origin)]
    cors_origins: Vec<String>,
    /// How long the answers of requests with an Idempotency-Key are kept for
    /// retries, in seconds (expired ones are purged)
    #[arg(long, env = "INTEGRA_IDEMPOTENCY_RETENTION", default_value_t = 86_400, value_parser = clap::value_parser!(i64).range(60..=2_592_000))]
    idempotency_retention: i64,
    /// The largest file a bulk import takes, in bytes (a larger one is a 413)
    #[arg(long, env = "INTEGRA_IMPORT_BODY_LIMIT", default_value_t = 200 * 1024 * 1024, value_parser = clap::value_parser!(u64).range(1024..=4_294_967_296))]
    import_body_limit: u64,
    /// Let webhooks deliver to http URLs and to loopback or private
    /// addresses (for tests and local use only)
    #[arg(long, env = "INTEGRA_WEBHOOK_ALLOW_INSECURE")]
    webhook_allow_insecure: bool,
    /// The wait after a webhook's first failed attempt, in milliseconds,
    /// doubled at each further failure (at most an hour)
    #[arg(long, env = "INTEGRA_WEBHOOK_RETRY_BASE_MS", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(10..=3_600_000))]
    webhook_retry_base_ms: u64,
    /// How long a webhook may fail before it is disabled, in seconds
    #[arg(long, env = "INTEGRA_WEBHOOK_GIVE_UP_SECONDS", default_value_t = 86_400, value_parser = clap::value_parser!(u64).range(1..=2_592_000))]
    webhook_give_up_seconds: u64,
}

fn parse_import_kind(text: &str) -> Result<integra_domain::import::ImportKind, String> {
    integra_domain::import::ImportKind::parse("kind", text).map_err(|e| e.message)
}

fn parse_atomicity(text: &str) -> Result<integra_domain::import::Atomicity, String> {
    integra_domain::import::Atomicity::parse("atomic", text).map_err(|e| e.message)
}

/// An origin: scheme, host and optional port, without a path.
fn parse_origin(value: &str) -> Result<String, String> {
    let value = value.trim();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or_else(|| format!("{value:?} is not an origin such as https://app.example.ge"))?;
    if rest.is_empty() || rest.contains(['/', '?', '#', ' ']) {
        return Err(format!(
            "{value:?} is not an origin such as https://app.example.ge"
        ));
    }
    Ok(value.to_owned())
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create a user; prints a random password unless --password-stdin is given
    Create {
        #[arg(long)]
        username: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Name shown to other users
        #[arg(long)]
        display_name: Option<String>,
        /// Read the password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Yaml,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "snake_case")]
enum RoleArg {
    Admin,
    CaseWorker,
    EmploymentCounsellor,
    Partner,
    Monitor,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Admin => Role::Admin,
            RoleArg::CaseWorker => Role::CaseWorker,
            RoleArg::EmploymentCounsellor => Role::EmploymentCounsellor,
            RoleArg::Partner => Role::Partner,
            RoleArg::Monitor => Role::Monitor,
        }
    }
}

/// Runs the command line; errors are one line on standard error and exit code 1.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    logging::init(cli.log_format);
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // One line, whatever the message carries (libpq's have line breaks).
            let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
            eprintln!("integra: error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let url = || DatabaseUrl::parse(&cli.database_url);
    match cli.command {
        Command::Serve(args) => serve(ServeConfig {
            database_url: url()?,
            bind: args.bind,
            jwt_secret: args.jwt_secret,
            jwt_key_file: args.jwt_key_file,
            jwt_verify_key_files: args.jwt_verify_key_files,
            sign_in_limit: SignInLimit {
                failures: args.sign_in_max_failures,
                seconds: args.sign_in_block_seconds,
            },
            password_hash_concurrency: args.password_hash_concurrency.map_or_else(
                || std::thread::available_parallelism().map_or(2, usize::from),
                |n| usize::try_from(n).unwrap_or(1),
            ),
            trusted_proxies: TrustedProxies(args.trusted_proxies),
            bootstrap_admin_password: args.bootstrap_admin_password,
            token_ttl_seconds: args.token_ttl,
            workers: args
                .workers
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, usize::from)),
            pool_size: args.pool_size,
            cors_origins: args.cors_origins,
            idempotency_retention_seconds: args.idempotency_retention,
            import_body_limit: usize::try_from(args.import_body_limit).unwrap_or(usize::MAX),
            webhooks: WebhookSettings {
                destinations: integra_domain::webhook::Destinations {
                    allow_insecure: args.webhook_allow_insecure,
                },
                retry_base: std::time::Duration::from_millis(args.webhook_retry_base_ms),
                give_up_after: std::time::Duration::from_secs(args.webhook_give_up_seconds),
                ..WebhookSettings::default()
            },
        }),
        Command::Import {
            kind,
            file,
            validate,
            atomic,
            server,
            token,
            as_user,
        } => {
            let args = crate::import_command::ImportArgs {
                kind,
                file,
                validate,
                atomic,
                server,
                token,
                user: as_user,
            };
            let database = url().ok();
            if crate::import_command::run(&args, database.as_ref())? {
                Ok(())
            } else {
                Err("rows failed: see the report above".to_owned())
            }
        }
        Command::Migrate => {
            let db = open(&url()?)?;
            let applied = db.migrate().map_err(|e| e.to_string())?;
            if applied.is_empty() {
                println!("the database is up to date");
            } else {
                println!("applied migrations: {}", applied.join(", "));
            }
            Ok(())
        }
        Command::Backup { to } => {
            println!("{}", crate::backup::run(&url()?, &to)?);
            Ok(())
        }
        Command::Openapi { format } => {
            let text = match format {
                Format::Yaml => server::openapi_yaml()?,
                Format::Json => {
                    serde_json::to_string_pretty(&server::openapi()).map_err(|e| e.to_string())?
                        + "\n"
                }
            };
            print!("{text}");
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Create {
                    username,
                    role,
                    display_name,
                    password_stdin,
                },
        } => create_user(
            &url()?,
            &username,
            role.into(),
            display_name.as_deref(),
            password_stdin,
        ),
        Command::DemoData {
            persons,
            seed,
            as_of,
        } => {
            let db = open(&url()?)?;
            db.migrate().map_err(|e| e.to_string())?;
            match persons {
                Some(persons) => generate_population(db, persons, seed, as_of),
                None => {
                    let created = demo::load(&db).map_err(|e| e.to_string())?;
                    match created {
                        0 => println!("the registry holds persons already; no demo data loaded"),
                        n => println!("loaded {n} demo persons"),
                    }
                    Ok(())
                }
            }
        }
        Command::LoadPersons {
            count,
            ids,
            case_ids,
            cases,
            name_searches,
        } => {
            let db = open(&url()?)?;
            db.migrate().map_err(|e| e.to_string())?;
            let loaded = demo::load_persons(&db, count).map_err(|e| e.to_string())?;
            if let Some(path) = ids {
                write_lines(&path, &loaded)?;
            }
            println!("loaded {} persons", loaded.len());
            if let Some(path) = name_searches {
                let lines: Vec<String> = demo::load_name_searches()
                    .iter()
                    .map(|search| search.replace(' ', "%20"))
                    .collect();
                write_lines(&path, &lines)?;
            }
            if let Some(path) = case_ids {
                let with_case = &loaded[..cases.unwrap_or(loaded.len()).min(loaded.len())];
                let cases = demo::load_cases(&db, with_case)?;
                write_lines(&path, &cases)?;
                println!("opened {} cases", cases.len());
            }
            Ok(())
        }
    }
}

/// Writes `lines` to `path`, each ended by a newline.
fn write_lines(path: &std::path::Path, lines: &[impl ToString]) -> Result<(), String> {
    let mut text = String::new();
    for line in lines {
        text.push_str(&line.to_string());
        text.push('\n');
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn open(url: &DatabaseUrl) -> Result<Db, String> {
    Db::open(
        url,
        PoolOptions {
            max_connections: 2,
            ..PoolOptions::default()
        },
    )
    .map_err(|e| format!("cannot open the database {}: {e}", url.redacted()))
}

fn serve(config: ServeConfig) -> Result<(), String> {
    let (state, outcome) = server::prepare(&config)?;
    bootstrap::announce(&outcome);
    let backend = state.db.backend().name();
    let audit = state.audit.clone();
    let system = actix_web::rt::System::new();
    let served = system.block_on(async move {
        let listen = server::Listen {
            bind: config.bind.clone(),
            workers: config.workers,
            cors_origins: config.cors_origins.clone(),
        };
        let running = server::start(state, &listen)?;
        log::info!(
            "integra {} serving on http://{} ({backend}); API docs at http://{}/docs/",
            env!("CARGO_PKG_VERSION"),
            running.address,
            running.address
        );
        running
            .server
            .await
            .map_err(|e| format!("server failed: {e}"))
    });
    // The server has answered its last request: commit the audit entries still queued.
    audit.shutdown();
    served
}

fn create_user(
    url: &DatabaseUrl,
    username: &str,
    role: Role,
    display_name: Option<&str>,
    password_stdin: bool,
) -> Result<(), String> {
    integra_domain::user::username("--username", username).map_err(|e| e.message)?;
    let (secret, shown) = if password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        (line.trim_end_matches(['\r', '\n']).to_owned(), false)
    } else {
        (password::random(), true)
    };
    integra_domain::user::password("the password", &secret).map_err(|e| e.message)?;
    let db = open(url)?;
    db.migrate().map_err(|e| e.to_string())?;
    let hash = password::hash(&secret)?;
    let user = NewUser {
        username,
        password_hash: &hash,
        role,
        organisation_id: integra_domain::organisation::MINISTRY_ID,
        display_name,
    };
    let now = chrono::Utc::now();
    let created = db
        .write(|c| users::insert(c, Uuid::now_v7(), &user, now))
        .map_err(|e| e.to_string())?;
    println!(
        "created user {} ({}) with id {}",
        created.username, created.role, created.id
    );
    if shown {
        println!("password: {secret}");
    }
    Ok(())
}

/// `demo-data --persons N`: generates the population with a progress bar and
/// says what was made, and how fast.
fn generate_population(
    db: Db,
    persons: usize,
    seed: u64,
    as_of: Option<chrono::NaiveDate>,
) -> Result<(), String> {
    let today = integra_domain::time::tbilisi_date(chrono::Utc::now());
    let options = population::Options {
        persons,
        seed,
        as_of: as_of.unwrap_or(today).min(today),
    };
    let bar = indicatif::ProgressBar::new(persons as u64).with_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} persons, {per_sec}, {eta} left",
        )
        .map_err(|e| e.to_string())?,
    );
    let started = std::time::Instant::now();
    let summary = population::generate(db, &options, &|done| bar.set_position(done as u64))?;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    println!(
            "generated {} persons ({:.0} a second), {} households, {} stays abroad, {} cases, {} assessments, {} assistance items, {} service records, {} jobseeker profiles",
            summary.persons,
            summary.persons as f64 / seconds.max(0.001),
            summary.households,
            summary.stays,
            summary.cases,
            summary.assessments,
            summary.items,
            summary.service_records,
            summary.jobseekers,
        );
    Ok(())
}
