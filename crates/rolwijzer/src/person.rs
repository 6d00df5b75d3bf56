//! `rolwijzer person`: the administrator's privacy requests at the server (AVG/GDPR):
//! forgetting a person in every stored revision (art. 17) and handing over everything
//! stored about a person or an account (inzage, art. 15).

use crate::server::{DEFAULT_DATABASE, runtime};
use crate::texts::{core, p, t};
use clap::Subcommand;
use rolwijzer_core::i18n::{Args, Lang};
use rolwijzer_store::{Actor, ForgetRequest, Store, StoreError, Via};
use std::io::Write;
use std::process::ExitCode;

/// Privacy requests about a person.
#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Forget a person in a collaboration: in the current division and every stored
    /// version their name becomes a neutral label ("oud-medewerker 3") and their
    /// e-mail address, phone number, job title and forge user name are erased. The
    /// privacy log records who, when and why. Prints the label on standard output.
    Forget {
        /// The collaboration (the part after /c/ in its address).
        #[arg(long)]
        collaboration: String,
        /// The person's id in the division (`people: - id: …`).
        #[arg(long)]
        person: String,
        /// Why (for the privacy log; do not put the person's details in it).
        #[arg(long)]
        reason: String,
        /// Database, as for `serve`.
        #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
        database: String,
    },
    /// Write everything rolwijzer stores about a person (by e-mail address, across
    /// every collaboration and version) or an account (by login name) as JSON on
    /// standard output (inzage).
    Export {
        /// The person's e-mail address.
        #[arg(long, conflicts_with = "account")]
        email: Option<String>,
        /// The login name of an account.
        #[arg(long)]
        account: Option<String>,
        /// Why (for the privacy log).
        #[arg(long, default_value = "inzageverzoek")]
        reason: String,
        /// Database, as for `serve`.
        #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
        database: String,
    },
}

/// Why a person command failed, before it is put into words.
enum Failure {
    /// A message already in words.
    Said(String),
    /// The store failed.
    Store(StoreError),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Failure::Store(e)
    }
}

/// The administrator at the server, for the privacy log.
const CLI: Actor = Actor {
    user: None,
    via: Via::Cli,
};

/// (explanation for standard error, the value for standard output)
async fn run_person(cmd: PersonCommand, lang: Lang) -> Result<(String, String), Failure> {
    match cmd {
        PersonCommand::Forget {
            collaboration,
            person,
            reason,
            database,
        } => {
            let store = Store::connect(&database).await?;
            let args = Args::new()
                .with("collaboration", collaboration.clone())
                .with("person", person.clone());
            let Some(c) = store.collaboration(&collaboration).await? else {
                return Err(Failure::Said(t(lang, "collaboration-unknown", &args)));
            };
            let word = core(lang, "privacy-forgotten-word");
            // The history line names the label, which the store counts inside its
            // transaction.
            let summary = |label: &str| {
                rolwijzer_core::i18n::texts().get(
                    lang,
                    "privacy-forgotten-summary",
                    &Args::new().with("label", label.to_owned()),
                )
            };
            let req = ForgetRequest {
                collaboration: c.id,
                person: &person,
                word: &word,
                reason: &reason,
                summary: &summary,
                by: CLI,
            };
            match store.forget_person(req).await? {
                None => Err(Failure::Said(t(lang, "person-unknown", &args))),
                Some(done) => Ok((
                    t(
                        lang,
                        "person-forgotten",
                        &args
                            .with("label", done.label.clone())
                            .count("revisions", done.revisions),
                    ),
                    done.label,
                )),
            }
        }
        PersonCommand::Export {
            email,
            account,
            reason,
            database,
        } => {
            let store = Store::connect(&database).await?;
            let (who, value) = match (email, account) {
                (Some(email), _) => {
                    let v = store.export_person(&email, &reason, CLI).await?;
                    (email, v)
                }
                (None, Some(login)) => {
                    let Some(v) = store.export_account(&login, &reason, CLI).await? else {
                        return Err(Failure::Said(t(
                            lang,
                            "user-unknown",
                            &Args::new().with("user", login.trim().to_lowercase()),
                        )));
                    };
                    (login, v)
                }
                (None, None) => return Err(Failure::Said(p(lang, "person-export-needs-one"))),
            };
            let json = serde_json::to_string_pretty(&value).unwrap_or_default();
            Ok((
                t(lang, "person-export-made", &Args::new().with("who", who)),
                json,
            ))
        }
    }
}

/// Runs a person command. Exit 0: done; 2: refused or failed, with the reason on
/// standard error.
pub fn person(cmd: PersonCommand, lang: Lang) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::from(2);
    };
    match rt.block_on(run_person(cmd, lang)) {
        Ok((explanation, value)) => {
            eprintln!("{explanation}");
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{value}").and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("rolwijzer: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Err(Failure::Said(msg)) => {
            eprintln!("{msg}");
            ExitCode::from(2)
        }
        Err(Failure::Store(e)) => {
            eprintln!("rolwijzer: {e}");
            ExitCode::from(2)
        }
    }
}
