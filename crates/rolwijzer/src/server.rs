//! `rolwijzer serve` and `rolwijzer user`: the web app and its accounts.

use clap::{Args, Subcommand};
use rolwijzer_store::Store;
use std::process::ExitCode;

/// Default database: an SQLite file in the working directory.
pub const DEFAULT_DATABASE: &str = "sqlite://rolwijzer.db";

/// Arguments of `serve`. Every flag is also an environment variable, for containers
/// and service managers.
#[derive(Debug, Args)]
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
    /// The address users reach rolwijzer at, for printed links (e.g. https://rollen.example.nl).
    #[arg(long, env = "ROLWIJZER_PUBLIC_URL")]
    public_url: Option<String>,
}

/// Account commands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account and print a one-time link to set its password.
    Add {
        /// Login name.
        username: String,
        /// Name shown to others (the login name when not given).
        #[arg(long)]
        display_name: Option<String>,
        /// Make the account an administrator.
        #[arg(long)]
        admin: bool,
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
    },
    /// Print a new one-time link for an existing account to set its password.
    Reset {
        /// Login name.
        username: String,
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
    },
}

fn runtime() -> Option<tokio::runtime::Runtime> {
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
    let config = rolwijzer_web::Config {
        database: args.database,
        listen: args.listen,
        secure_cookies: args.secure_cookies,
        public_url: args.public_url.map(|u| u.trim_end_matches('/').to_owned()),
    };
    match rt.block_on(rolwijzer_web::serve(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rolwijzer: {e}");
            ExitCode::from(2)
        }
    }
}

/// Runs an account command.
pub fn user(cmd: UserCommand) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::from(2);
    };
    let result: Result<String, rolwijzer_store::StoreError> = rt.block_on(async {
        match cmd {
            UserCommand::Add { username, display_name, admin, database, public_url } => {
                let store = Store::connect(&database).await?;
                let display = display_name.unwrap_or_else(|| username.clone());
                let user = store.create_user(&username, &display, None, admin).await?;
                let token = store.create_password_token(user.id, rolwijzer_web::SETUP_LINK_TTL).await?;
                Ok(format!(
                    "Account '{}' aangemaakt / created.\nWachtwoord instellen / set password: {}/setup/{token}",
                    user.username,
                    public_url.trim_end_matches('/')
                ))
            }
            UserCommand::Reset { username, database, public_url } => {
                let store = Store::connect(&database).await?;
                let user = store.user_by_name(&username).await?.ok_or(rolwijzer_store::StoreError::NotFound)?;
                let token = store.create_password_token(user.id, rolwijzer_web::SETUP_LINK_TTL).await?;
                Ok(format!(
                    "Nieuw wachtwoord instellen / set a new password for '{}': {}/setup/{token}",
                    user.username,
                    public_url.trim_end_matches('/')
                ))
            }
        }
    });
    match result {
        Ok(msg) => {
            println!("{msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("rolwijzer: {e}");
            ExitCode::from(2)
        }
    }
}
