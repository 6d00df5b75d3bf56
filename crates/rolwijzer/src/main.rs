//! `rolwijzer`: check, create, explain and export role divisions of municipal
//! open-source collaborations from the command line.

mod backup;
mod catalog;
mod check;
mod export;
mod import;
mod init;
mod output;
mod person;
mod server;
mod texts;

use clap::{Parser, Subcommand, ValueEnum};
use rolwijzer_core::Lang;
use std::process::ExitCode;

/// Divide, check and publish who does what in a municipal open-source collaboration.
#[derive(Debug, Parser)]
#[command(name = "rolwijzer", version, about, long_about = None)]
struct Cli {
    /// Language of the output: nl (Dutch, the default) or en (English).
    #[arg(
        long,
        global = true,
        value_enum,
        env = "ROLWIJZER_LANG",
        default_value = "nl"
    )]
    lang: LangArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check one or more role divisions. Exit 0: no errors; 1: errors (or warnings
    /// with --deny warnings); 2: a file cannot be read.
    Check(check::CheckArgs),
    /// Write a starter role division with every task the level needs.
    Init(init::InitArgs),
    /// Write a role division as the agreement's annex, a spreadsheet, a calendar,
    /// text or repository files. Exit 0: written; 2: the file cannot be read, or the
    /// export cannot be written (an existing output file is then left as it was).
    Export(export::ExportArgs),
    /// Make a starter role division from a product's publiccode.yml. Exit 0: written;
    /// 2: the file cannot be read or used, or the output exists (use --force).
    Import(import::ImportArgs),
    /// Explain a finding code: the rule, why the chapter asks for it, how to fix it.
    Explain {
        /// A finding code such as K001.
        code: String,
    },
    /// Show the guide's catalogue: levels, tasks, checklist and arrangements.
    Catalog,
    /// Run the web app. On an empty database it loads an example collaboration and
    /// prints a one-time link to set the administrator's password.
    Serve(server::ServeArgs),
    /// Manage accounts of the web app.
    #[command(subcommand)]
    User(server::UserCommand),
    /// Privacy requests (AVG): forget a person in every stored version, or export
    /// everything stored about a person or an account as JSON. Exit 0: done; 2:
    /// refused or failed.
    #[command(subcommand)]
    Person(person::PersonCommand),
    /// Copy the SQLite database to a new file while `serve` keeps running, and check
    /// the copy. Exit 0: written; 2: not made (PostgreSQL: use pg_dump).
    Backup(backup::BackupArgs),
    /// Put a backup back in place of the SQLite database; stop `serve` first. The
    /// database it replaces is kept beside it. Exit 0: restored; 2: refused.
    Restore(backup::RestoreArgs),
}

/// A path as messages of `check`, `init`, `export` and `import` name it; `-` is
/// standard input or output.
pub(crate) fn display_path(p: &std::path::Path) -> String {
    p.display().to_string()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = Lang::from(cli.lang);
    match cli.command {
        Command::Check(args) => check::run(&args, lang),
        Command::Init(args) => init::run(&args, lang),
        Command::Export(args) => export::run(&args, lang),
        Command::Import(args) => import::run(&args, lang),
        Command::Explain { code } => catalog::explain(&code, lang),
        Command::Catalog => catalog::catalog(lang),
        Command::Serve(args) => server::serve(args),
        Command::User(cmd) => server::user(cmd, lang),
        Command::Person(cmd) => person::person(cmd, lang),
        Command::Backup(args) => backup::run_backup(&args, lang),
        Command::Restore(args) => backup::run_restore(&args, lang),
    }
}
