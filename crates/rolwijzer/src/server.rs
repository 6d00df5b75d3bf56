//! `rolwijzer serve` and `rolwijzer user`: the web app and its accounts.

use crate::texts::{p, t};
use clap::Subcommand;
use rolwijzer_core::Limits;
use rolwijzer_core::i18n::{Args, Lang};
use rolwijzer_store::{
    ApiTokenRefused, Clock, MAX_ACTIVE_API_TOKENS, MAX_API_TOKEN_NAME_CHARS, Store, StoreError,
};
use std::io::Write;
use std::process::ExitCode;

/// Default database: an SQLite file in the working directory.
pub const DEFAULT_DATABASE: &str = "sqlite://rolwijzer.db";

/// Arguments of `serve`. Every flag is also an environment variable, for containers
/// and service managers.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Database: `sqlite://FILE` (created on first start) or `postgres://USER@HOST/DB`.
    #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
    database: String,
    /// Address and port to listen on.
    #[arg(long, env = "ROLWIJZER_LISTEN", default_value = "127.0.0.1:8080")]
    listen: String,
    /// Mark cookies Secure (set this when rolwijzer is served over HTTPS).
    #[arg(long, env = "ROLWIJZER_SECURE_COOKIES")]
    secure_cookies: bool,
    /// Send Strict-Transport-Security (browsers then use only HTTPS for a year). Always
    /// on with --secure-cookies; never set this when rolwijzer is reached over plain HTTP.
    #[arg(long, env = "ROLWIJZER_HSTS")]
    hsts: bool,
    /// The address users reach rolwijzer at, for printed links (e.g. https://rollen.example.nl).
    #[arg(long, env = "ROLWIJZER_PUBLIC_URL")]
    public_url: Option<String>,
    /// The address of the reverse proxy in front of rolwijzer (e.g. 127.0.0.1). Only
    /// for requests from this address is the client taken from the last
    /// X-Forwarded-For entry; from anyone else that header is ignored. Without it the
    /// peer address is used, and behind a proxy every client would share one address.
    #[arg(long, env = "ROLWIJZER_TRUSTED_PROXY", value_name = "ADDR")]
    trusted_proxy: Option<std::net::IpAddr>,
    /// Start the server's clock at noon of this day (YYYY-MM-DD) and let it run on
    /// from there: for demonstrations and for tests of the whole program.
    #[arg(long, env = "ROLWIJZER_TODAY")]
    today: Option<String>,
    /// Most parties a saved document may hold (larger ones are refused with a message).
    #[arg(long, env = "ROLWIJZER_MAX_PARTIES", default_value_t = Limits::default().parties)]
    max_parties: usize,
    /// Most people a saved document may hold.
    #[arg(long, env = "ROLWIJZER_MAX_PEOPLE", default_value_t = Limits::default().people)]
    max_people: usize,
    /// Most groups a saved document may hold.
    #[arg(long, env = "ROLWIJZER_MAX_GROUPS", default_value_t = Limits::default().groups)]
    max_groups: usize,
    /// Most task assignments a saved document may hold.
    #[arg(long, env = "ROLWIJZER_MAX_ASSIGNMENTS", default_value_t = Limits::default().assignments)]
    max_assignments: usize,
    /// Remove versions older than this many days, at start and then daily. The newest
    /// version of every collaboration and every evaluated version always stay.
    /// Without it every version is kept.
    #[arg(long, env = "ROLWIJZER_KEEP_REVISIONS_DAYS", value_name = "DAYS",
          value_parser = clap::value_parser!(u32).range(1..))]
    keep_revisions_days: Option<u32>,
    /// Most collaborations one account may own (0: no limit).
    #[arg(long, env = "ROLWIJZER_MAX_COLLABORATIONS_PER_ACCOUNT", default_value_t = DEFAULT_MAX_COLLABORATIONS)]
    max_collaborations_per_account: u32,
    /// Most bytes all versions of one collaboration may take together (0: no limit).
    #[arg(long, env = "ROLWIJZER_MAX_BYTES_PER_COLLABORATION", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes_per_collaboration: u64,
}

/// Default of `--max-collaborations-per-account`: far more than one civil servant
/// coordinates, few enough that a misused account cannot fill the disk.
pub const DEFAULT_MAX_COLLABORATIONS: u32 = 25;

/// Default of `--max-bytes-per-collaboration`: 200 MB, room for about fifty saves of
/// the largest document allowed (4 MB) and thousands of saves of a usual one.
pub const DEFAULT_MAX_BYTES: u64 = 200 * 1024 * 1024;

/// Where an account lives and the address its one-time password link points to.
#[derive(Debug, clap::Args)]
pub struct LinkArgs {
    /// Database, as for `serve`.
    #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
    database: String,
    /// The address users reach rolwijzer at, for the printed link.
    #[arg(
        long,
        env = "ROLWIJZER_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    public_url: String,
}

impl LinkArgs {
    /// A new one-time link for `user` to set a password, explained by the text `id`.
    async fn setup_link(
        &self,
        store: &Store,
        user: rolwijzer_store::User,
        lang: Lang,
        id: &str,
    ) -> Result<UserOutput, UserFailure> {
        let days = Args::new().count("days", (rolwijzer_web::SETUP_LINK_TTL / 86_400) as usize);
        let token = store
            .create_password_token(user.id, rolwijzer_web::SETUP_LINK_TTL)
            .await?;
        Ok(UserOutput {
            explanation: t(lang, id, &days.with("user", user.username)),
            value: Some(format!(
                "{}/setup/{token}",
                self.public_url.trim_end_matches('/')
            )),
        })
    }
}

/// Account commands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account and print a one-time link to set its password (the link alone
    /// on the last line of standard output).
    Add {
        /// Login name.
        username: String,
        /// Name shown to others (the login name when not given).
        #[arg(long)]
        display_name: Option<String>,
        /// Make the account an administrator.
        #[arg(long)]
        admin: bool,
        #[command(flatten)]
        at: LinkArgs,
    },
    /// Print a new one-time link for an existing account to set its password.
    Reset {
        /// Login name.
        username: String,
        #[command(flatten)]
        at: LinkArgs,
    },
    /// Delete an account: its sessions, links, API tokens and memberships go, and the
    /// versions it made no longer name it. The privacy log records who, when and why.
    Delete {
        /// Login name.
        username: String,
        /// Why (for the privacy log).
        #[arg(long)]
        reason: String,
        /// Database, as for `serve`.
        #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
        database: String,
    },
    /// Make a personal API token for an existing account. The token is printed alone
    /// on the last line of standard output (`tail -n1` in scripts); it is shown once
    /// and can be revoked on the page /account/tokens.
    Token {
        /// Login name.
        username: String,
        /// What the token is for, as listed on /account/tokens.
        #[arg(long)]
        name: Option<String>,
        /// Database, as for `serve`.
        #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
        database: String,
    },
    /// Disable an account: it is signed out everywhere at once, its API tokens stop
    /// working, and it cannot sign in until it is enabled again.
    Disable {
        /// Login name.
        username: String,
        /// Database, as for `serve`.
        #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
        database: String,
    },
    /// Enable a disabled account: its password works again. Its old API tokens stay
    /// revoked.
    Enable {
        /// Login name.
        username: String,
        /// Database, as for `serve`.
        #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
        database: String,
    },
}

pub(crate) fn runtime() -> Option<tokio::runtime::Runtime> {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => Some(rt),
        Err(e) => {
            eprintln!("rolwijzer: cannot start: {e}");
            None
        }
    }
}

/// Runs the web app.
pub fn serve(args: ServeArgs) -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let Some(rt) = runtime() else {
        return ExitCode::from(2);
    };
    let clock = match args.today.as_deref() {
        None => Clock::system(),
        Some(day) => match crate::check::today_arg(Some(day), Lang::En) {
            Ok(day) => Clock::starting_at_noon(day),
            Err(code) => return code,
        },
    };
    let config = rolwijzer_web::Config {
        clock,
        limits: Limits {
            parties: args.max_parties,
            people: args.max_people,
            groups: args.max_groups,
            assignments: args.max_assignments,
        },
        database: args.database,
        listen: args.listen,
        secure_cookies: args.secure_cookies,
        hsts: args.hsts,
        public_url: args.public_url.map(|u| u.trim_end_matches('/').to_owned()),
        trusted_proxy: args.trusted_proxy,
        quota: rolwijzer_store::Quota {
            collaborations_per_account: (args.max_collaborations_per_account > 0)
                .then_some(args.max_collaborations_per_account),
            bytes_per_collaboration: (args.max_bytes_per_collaboration > 0)
                .then_some(args.max_bytes_per_collaboration),
        },
        keep_revisions_days: args.keep_revisions_days,
    };
    match rt.block_on(rolwijzer_web::serve(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rolwijzer: {e}");
            ExitCode::from(2)
        }
    }
}

/// Why an account command failed, before it is put into words.
enum UserFailure {
    /// There is already an account with this login name.
    Exists(String),
    /// There is no account with this login name.
    Unknown(String),
    /// The store refused the new token.
    Token(ApiTokenRefused),
    /// Anything else the store said (connecting, the database itself).
    Store(StoreError),
}

impl From<StoreError> for UserFailure {
    fn from(e: StoreError) -> Self {
        UserFailure::Store(e)
    }
}

impl UserFailure {
    fn message(&self, lang: Lang) -> String {
        match self {
            UserFailure::Exists(user) => {
                t(lang, "user-exists", &Args::new().with("user", user.clone()))
            }
            UserFailure::Unknown(user) => t(
                lang,
                "user-unknown",
                &Args::new().with("user", user.clone()),
            ),
            UserFailure::Token(ApiTokenRefused::EmptyName) => p(lang, "user-token-name-empty"),
            UserFailure::Token(ApiTokenRefused::NameTooLong) => t(
                lang,
                "user-token-name-too-long",
                &Args::new().count("max", MAX_API_TOKEN_NAME_CHARS),
            ),
            UserFailure::Token(ApiTokenRefused::TooMany) => t(
                lang,
                "user-token-too-many",
                &Args::new().count("max", MAX_ACTIVE_API_TOKENS as usize),
            ),
            UserFailure::Store(e) => format!("rolwijzer: {e}"),
        }
    }
}

/// What an account command prints: an explanation (standard error) and the one thing
/// a script wants (standard output, alone on its line, last).
struct UserOutput {
    explanation: String,
    /// Nothing for commands that only change something (`disable`, `enable`).
    value: Option<String>,
}

/// The account with this login name, or [`UserFailure::Unknown`].
async fn existing(store: &Store, username: &str) -> Result<rolwijzer_store::User, UserFailure> {
    store
        .user_by_name(username)
        .await?
        .ok_or_else(|| UserFailure::Unknown(username.trim().to_lowercase()))
}

/// Disables (`true`) or enables an account by login name.
async fn switch(
    database: &str,
    username: &str,
    disable: bool,
    lang: Lang,
) -> Result<UserOutput, UserFailure> {
    let store = Store::connect(database).await?;
    let user = existing(&store, username).await?;
    store.set_disabled(user.id, disable).await?;
    let id = if disable {
        "user-disabled"
    } else {
        "user-enabled"
    };
    Ok(UserOutput {
        explanation: t(lang, id, &Args::new().with("user", user.username)),
        value: None,
    })
}

async fn run_user(cmd: UserCommand, lang: Lang) -> Result<UserOutput, UserFailure> {
    match cmd {
        UserCommand::Add {
            username,
            display_name,
            admin,
            at,
        } => {
            let store = Store::connect(&at.database).await?;
            let display = display_name.unwrap_or_else(|| username.clone());
            let user = match store.create_user(&username, &display, None, admin).await {
                Err(StoreError::Taken(name)) => return Err(UserFailure::Exists(name)),
                other => other?,
            };
            let id = if admin {
                "user-added-admin"
            } else {
                "user-added"
            };
            at.setup_link(&store, user, lang, id).await
        }
        UserCommand::Reset { username, at } => {
            let store = Store::connect(&at.database).await?;
            let user = existing(&store, &username).await?;
            at.setup_link(&store, user, lang, "user-reset").await
        }
        UserCommand::Delete {
            username,
            reason,
            database,
        } => {
            let store = Store::connect(&database).await?;
            let user = existing(&store, &username).await?;
            let by = rolwijzer_store::Actor {
                user: None,
                via: rolwijzer_store::Via::Cli,
            };
            store.delete_account(user.id, &reason, by).await?;
            Ok(UserOutput {
                explanation: t(
                    lang,
                    "user-deleted",
                    &Args::new().with("user", user.username.clone()),
                ),
                value: Some(user.username),
            })
        }
        UserCommand::Token {
            username,
            name,
            database,
        } => {
            let store = Store::connect(&database).await?;
            let user = existing(&store, &username).await?;
            let name = name.unwrap_or_else(|| p(lang, "user-token-default-name"));
            let (_, secret) = store
                .create_api_token(user.id, &name)
                .await?
                .map_err(UserFailure::Token)?;
            Ok(UserOutput {
                explanation: t(
                    lang,
                    "user-token-made",
                    &Args::new()
                        .with("user", user.username)
                        .with("name", name.trim().to_owned()),
                ),
                value: Some(secret),
            })
        }
        UserCommand::Disable { username, database } => {
            switch(&database, &username, true, lang).await
        }
        UserCommand::Enable { username, database } => {
            switch(&database, &username, false, lang).await
        }
    }
}

/// Runs an account command. Exit 0: done; 2: refused or failed, with the reason on
/// standard error.
pub fn user(cmd: UserCommand, lang: Lang) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::from(2);
    };
    match rt.block_on(run_user(cmd, lang)) {
        Ok(out) => {
            // The explanation goes to standard error, so standard output holds only
            // the link or token: `$(rolwijzer user token …)` and `| tail -n1` both get
            // exactly that, while a person at a terminal still reads both.
            eprintln!("{}", out.explanation);
            let Some(value) = out.value else {
                return ExitCode::SUCCESS;
            };
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{value}").and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    // The token or link is made but nobody saw it: say so, not 0.
                    eprintln!("rolwijzer: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Err(e) => {
            eprintln!("{}", e.message(lang));
            ExitCode::from(2)
        }
    }
}
