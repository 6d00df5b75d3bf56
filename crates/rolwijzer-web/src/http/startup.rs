//! Starting the server: connect and migrate, load the demo on an empty database, print
//! the one-time link for the first administrator, and explain start-up failures in
//! words an administrator can act on.

use crate::{AppState, app};
use rolwijzer_core::parse::parse_document;
use rolwijzer_core::privacy::{Disclosure, Level, Publishing};
use rolwijzer_core::values::Text;
use rolwijzer_store::{Clock, Store, StoreError};
use std::net::SocketAddr;

/// The demo loaded on first start: the structured example of twelve municipalities.
pub const DEMO: &str = include_str!("../../../../examples/gestructureerd-twaalf-gemeenten.yaml");

/// How long the first administrator's link stays valid, in seconds.
pub const SETUP_LINK_TTL: i64 = 7 * 24 * 3600;

/// Server settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// `sqlite://FILE` or `postgres://…`.
    pub database: String,
    /// Address and port to listen on.
    pub listen: String,
    /// Whether cookies get the `Secure` flag (set when served behind TLS).
    pub secure_cookies: bool,
    /// Whether to send `Strict-Transport-Security` (always sent when
    /// `secure_cookies` is on).
    pub hsts: bool,
    /// The address users reach the server at, for printed links.
    pub public_url: Option<String>,
    /// The reverse proxy in front of rolwijzer (`--trusted-proxy`): only requests from
    /// this address may name the client in `X-Forwarded-For`.
    pub trusted_proxy: Option<std::net::IpAddr>,
    /// Where the time comes from (the system clock, or one started at `--today`).
    pub clock: Clock,
    /// How many parties, people, groups and assignments a document may hold.
    pub limits: rolwijzer_core::Limits,
    /// How many collaborations an account may own, how many bytes one may store.
    pub quota: rolwijzer_store::Quota,
    /// Remove revisions older than this many days, at start and daily (retention);
    /// `None` keeps every revision.
    pub keep_revisions_days: Option<u32>,
}

/// Why the server could not start, with what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    /// The database could not be opened or migrated.
    #[error(
        "{0}\nCheck the --database setting (ROLWIJZER_DATABASE): for SQLite the folder must exist and be writable, the disk must not be full; for PostgreSQL the server must be running and the user must be allowed to create tables."
    )]
    Store(#[from] StoreError),
    /// The address is not valid.
    #[error(
        "W601: `{0}` is not an address to listen on. Use HOST:PORT, for example 127.0.0.1:8080."
    )]
    BadAddress(String),
    /// The port is taken or not allowed.
    #[error("W602: cannot listen on {addr}: {reason}. {advice}")]
    Bind {
        /// The address.
        addr: String,
        /// What the system said.
        reason: String,
        /// What to do.
        advice: &'static str,
    },
    /// The server stopped with an error.
    #[error("W603: the server stopped: {0}")]
    Serve(std::io::Error),
}

/// The function address the demo's public contact is shown with.
pub const DEMO_CONTACT_ADDRESS: &str = "info@open-inkomensloket.example.org";

/// How the demo is published on first start: the summary page only, with the
/// contact person's name and [`DEMO_CONTACT_ADDRESS`], no other personal detail.
fn demo_publishing() -> Publishing {
    Publishing {
        level: Level::Summary,
        disclosure: Disclosure {
            contact: true,
            ..Disclosure::default()
        },
        contact_address: Text::new(DEMO_CONTACT_ADDRESS).ok(),
    }
}

/// On a database without users: makes the administrator account (without password),
/// loads the demo collaboration as published example (summary level) when there is none,
/// and returns the one-time token for setting the administrator's password.
pub async fn setup_first_run(store: &Store) -> Result<Option<String>, StoreError> {
    if store.count_users().await? > 0 {
        return Ok(None);
    }
    let admin = store
        .create_user("beheerder", "Beheerder", None, true)
        .await?;
    if store.count_collaborations().await? == 0 {
        if let Ok(doc) = parse_document(DEMO.as_bytes()) {
            let slug = store.free_slug(doc.collaboration.name.as_str()).await?;
            // The demo belongs to no one: it is there to look at, published at the
            // summary level (issue 13, privacy by default: its people are example
            // civil servants, shown as their organisations), with the contact's
            // name and a function address, as a well-run collaboration would.
            let id = store
                .create_collaboration(&slug, &doc, None, "Voorbeeld geladen bij de eerste start")
                .await?;
            store.set_publishing(id, &demo_publishing()).await?;
        }
    }
    Ok(Some(
        store
            .create_password_token(admin.id, SETUP_LINK_TTL)
            .await?,
    ))
}

/// Removes revisions older than `days` (see [`Store::prune_revisions`]) and logs how
/// many went.
pub async fn prune(store: &Store, days: u32) -> Result<u64, StoreError> {
    let n = store.prune_revisions(days).await?;
    if n > 0 {
        tracing::info!(removed = n, keep_days = days, "old revisions removed");
    }
    Ok(n)
}

/// Runs the server until Ctrl-C.
pub async fn serve(config: Config) -> Result<(), StartupError> {
    let addr: SocketAddr = config
        .listen
        .parse()
        .map_err(|_| StartupError::BadAddress(config.listen.clone()))?;
    let store = Store::connect(&config.database)
        .await?
        .with_clock(config.clock.clone())
        .with_quota(config.quota)
        .with_retention(config.keep_revisions_days);
    if let Some(days) = config.keep_revisions_days {
        // Once now, so a server that restarts often still applies it, then daily.
        prune(&store, days).await?;
        let store = store.clone();
        tokio::spawn(async move {
            let mut daily = tokio::time::interval(std::time::Duration::from_secs(86_400));
            daily.tick().await;
            loop {
                daily.tick().await;
                if let Err(e) = prune(&store, days).await {
                    tracing::error!(error = %e, "removing old revisions failed");
                }
            }
        });
    }
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| StartupError::Bind {
        addr: config.listen.clone(),
        reason: e.to_string(),
        advice: match e.kind() {
            std::io::ErrorKind::AddrInUse => {
                "Another program already uses this port. Stop it, or choose another port with --listen (ROLWIJZER_LISTEN)."
            }
            std::io::ErrorKind::PermissionDenied => {
                "Ports below 1024 need special rights. Choose a port above 1024 with --listen (ROLWIJZER_LISTEN)."
            }
            _ => "Check the address given with --listen (ROLWIJZER_LISTEN).",
        },
    })?;
    let local = listener.local_addr().map_err(StartupError::Serve)?;
    let base = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{local}"));
    let token = setup_first_run(&store).await?;
    println!("rolwijzer draait op / is running at {base}/");
    if let Some(token) = token {
        println!();
        println!(
            "Eerste start: stel het wachtwoord van de beheerder (gebruikersnaam 'beheerder') in via"
        );
        println!("First start: set the password of the administrator (user name 'beheerder') at");
        println!("  {base}/setup/{token}");
        println!("Deze link werkt één keer en 7 dagen / This link works once, for 7 days.");
    }
    let state = AppState {
        analyses: Default::default(),
        microcache: Default::default(),
        work: Default::default(),
        limits: config.limits,
        store,
        secure_cookies: config.secure_cookies,
        hsts: config.hsts,
        public_url: config.public_url.clone(),
        trusted_proxy: config.trusted_proxy,
    };
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(StartupError::Serve)
}
