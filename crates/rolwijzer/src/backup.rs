//! `rolwijzer backup` and `rolwijzer restore`: a copy of the SQLite database while the
//! web app runs, and putting such a copy back while it is stopped.
//!
//! The work is the store's ([`Store::backup_to`], [`backup::verify`],
//! [`backup::restore`]); this module finds the file behind `--database`, refuses what
//! it should before touching anything, and says in the user's language what happened
//! or what to do. PostgreSQL has its own tools; both commands point to them.

use crate::server::{DEFAULT_DATABASE, runtime};
use crate::texts::{p, t};
use clap::Args as ClapArgs;
use rolwijzer_core::i18n::{Args, Lang};
use rolwijzer_store::backup::{self, BackupError, BackupInfo};
use rolwijzer_store::{Store, StoreError};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `backup`.
#[derive(Debug, ClapArgs)]
pub struct BackupArgs {
    /// The file to write the copy to. An existing file is never overwritten.
    file: PathBuf,
    /// Database, as for `serve`: `sqlite://FILE`.
    #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
    database: String,
}

/// Arguments of `restore`.
#[derive(Debug, ClapArgs)]
pub struct RestoreArgs {
    /// The backup to put back: a file made by `rolwijzer backup`.
    backup: PathBuf,
    /// The database to replace (or create), as for `serve`: `sqlite://FILE`.
    #[arg(long, env = "ROLWIJZER_DATABASE", default_value = DEFAULT_DATABASE)]
    database: String,
    /// Replace an existing database without asking: confirms that `rolwijzer serve`
    /// is stopped. Needed when not run at a terminal.
    #[arg(long)]
    yes: bool,
}

/// What `--database` names.
#[derive(Debug, PartialEq, Eq)]
enum Database {
    /// An SQLite file.
    Sqlite(PathBuf),
    /// SQLite in memory: nothing on disk to copy or replace.
    Memory,
    /// A PostgreSQL server.
    Postgres,
    /// Something else.
    Unsupported,
}

/// Reads `--database` the way the store connects to it: `sqlite://FILE`,
/// `sqlite:FILE` (both with an optional `?…`), or `postgres://…`.
fn database(url: &str) -> Database {
    if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        return Database::Postgres;
    }
    let Some(rest) = url.strip_prefix("sqlite:") else {
        return Database::Unsupported;
    };
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let file = rest.split('?').next().unwrap_or("");
    if file.is_empty() || file == ":memory:" {
        Database::Memory
    } else {
        Database::Sqlite(PathBuf::from(file))
    }
}

/// A message for the user (already in words) that ends the command with exit 2.
struct Refusal(String);

/// An I/O error in words, for a file we read or write.
fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    // Backups are read and written: their texts say what to check for both.
    crate::output::io_reason(e, lang, "backup-io")
}

/// A store refusal in words: which file, what is wrong, what to do. `making` is true
/// for errors about a copy `backup` is writing, false for a backup being put back.
fn refusal(e: &BackupError, lang: Lang, making: bool) -> Refusal {
    let c = e.code();
    let file = |path: &Path| crate::display_path(path);
    let text = match e {
        BackupError::Postgres => {
            let id = if making {
                "backup-postgres"
            } else {
                "restore-postgres"
            };
            t(lang, id, &Args::new().with("code", c))
        }
        BackupError::Exists(path) => t(
            lang,
            "backup-exists",
            &Args::new().with("file", file(path)).with("code", c),
        ),
        BackupError::Damaged { path, detail } => t(
            lang,
            if making {
                "backup-copy-damaged"
            } else {
                "restore-damaged"
            },
            &Args::new()
                .with("file", file(path))
                .with("detail", detail.clone())
                .with("code", c),
        ),
        BackupError::TooNew { path, found, known } => t(
            lang,
            "restore-too-new",
            &Args::new()
                .with("file", file(path))
                .with("found", found.to_string())
                .with("known", known.to_string())
                .with("code", c),
        ),
        BackupError::Io { path, source } => t(
            lang,
            "backup-io",
            &Args::new()
                .with("file", file(path))
                .with("reason", io_reason(source, lang))
                .with("code", c),
        ),
        BackupError::Db(detail) => t(
            lang,
            "backup-db",
            &Args::new()
                .with("detail", detail.to_string())
                .with("code", c),
        ),
    };
    Refusal(text)
}

/// What a database or backup holds, in words.
fn holds(info: &BackupInfo, lang: Lang) -> String {
    let n = |v: i64| usize::try_from(v).unwrap_or(0);
    t(
        lang,
        "backup-holds",
        &Args::new()
            .count("collaborations", n(info.collaborations))
            .count("revisions", n(info.revisions))
            .count("users", n(info.users))
            .with("schema", info.schema.to_string()),
    )
}

/// The SQLite file behind `--database`, or why there is none to work with.
fn sqlite_file(url: &str, lang: Lang, making: bool) -> Result<PathBuf, Refusal> {
    match database(url) {
        Database::Sqlite(path) => Ok(path),
        Database::Postgres => Err(refusal(&BackupError::Postgres, lang, making)),
        Database::Memory => Err(Refusal(p(lang, "backup-memory"))),
        Database::Unsupported => Err(Refusal(p(lang, "backup-unsupported"))),
    }
}

/// The folder a new file goes into must exist; SQLite and the rename would otherwise
/// fail with a message that names a temporary file instead of the folder.
fn folder_exists(file: &Path, lang: Lang) -> Result<(), Refusal> {
    match file.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) if !dir.is_dir() => Err(Refusal(t(
            lang,
            "backup-no-folder",
            &Args::new().with("folder", crate::display_path(dir)),
        ))),
        _ => Ok(()),
    }
}

/// Whether an SQLite file is in WAL mode: bytes 18 and 19 of its header are 2 then
/// (1 for the rollback journal). Anything unreadable counts as not.
fn is_wal(file: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 20];
    std::fs::File::open(file)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok_and(|()| header[18] == 2 && header[19] == 2)
}

/// Waits until `file` and the entry for it in its folder are on disk: the backup is
/// only worth something if it survives a power cut right after the command ends.
fn sync(file: &Path) -> std::io::Result<()> {
    std::fs::File::open(file)?.sync_all()?;
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // Opening a folder to sync it works on Unix; elsewhere the file itself suffices.
    match std::fs::File::open(dir) {
        Ok(d) => d.sync_all().or(Ok(())),
        Err(_) => Ok(()),
    }
}

async fn make_backup(args: &BackupArgs, lang: Lang) -> Result<String, Refusal> {
    let live = sqlite_file(&args.database, lang, true)?;
    if !live.is_file() {
        return Err(Refusal(t(
            lang,
            "backup-no-database",
            &Args::new().with("file", crate::display_path(&live)),
        )));
    }
    // Refused before connecting: nothing is opened for a backup that cannot be made.
    if args.file.exists() {
        return Err(refusal(&BackupError::Exists(args.file.clone()), lang, true));
    }
    folder_exists(&args.file, lang)?;
    // Read-only: a backup must not change the database it copies. Above all it must
    // not bring its schema up to this program's version, or a backup taken before an
    // upgrade would no longer open in the version it was taken from. The store puts
    // every connection in WAL mode, which a read-only connection can only do for a
    // file that is in WAL mode already; the others (a restored file that `serve` has
    // not opened yet) are not in use by a server, so opening them normally is safe.
    let url = if is_wal(&live) {
        format!("sqlite://{}?mode=ro", live.display())
    } else {
        format!("sqlite://{}", live.display())
    };
    let store = match Store::connect(&url).await {
        Ok(store) => store,
        Err(e) => {
            let id = match e {
                StoreError::DatabaseTooNew { .. } => "backup-too-new",
                // The only write a read-only connect can want is a migration: this
                // program is newer than the database.
                StoreError::Migrate(_) => "backup-older-schema",
                _ => "backup-open-failed",
            };
            let a = Args::new()
                .with("file", crate::display_path(&live))
                .with("detail", e.to_string());
            return Err(Refusal(t(lang, id, &a)));
        }
    };
    let result = store.backup_to(&args.file).await;
    store.pool().close().await;
    let info = match result {
        Ok(info) => info,
        Err(e) => {
            // Whatever was written is not a backup; leaving it would make it look like
            // one (and block the next attempt with "already exists").
            if !matches!(e, BackupError::Exists(_)) {
                let _ = std::fs::remove_file(&args.file);
            }
            return Err(refusal(&e, lang, true));
        }
    };
    if let Err(e) = sync(&args.file) {
        return Err(refusal(
            &BackupError::Io {
                path: args.file.clone(),
                source: e,
            },
            lang,
            true,
        ));
    }
    let file = crate::display_path(&args.file);
    Ok(format!(
        "{}\n{}",
        t(
            lang,
            "backup-done",
            &Args::new()
                .with("file", file.clone())
                .with("holds", holds(&info, lang)),
        ),
        t(
            lang,
            "backup-how-to-restore",
            &Args::new().with("file", file)
        ),
    ))
}

/// Runs `backup`: 0 written and checked, 2 not made (with the reason).
pub fn run_backup(args: &BackupArgs, lang: Lang) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::from(2);
    };
    finish(rt.block_on(make_backup(args, lang)))
}

/// Prints the outcome: the report on standard output, a refusal on standard error.
fn finish(result: Result<String, Refusal>) -> ExitCode {
    match result {
        Ok(report) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe is the reader's choice; the work itself is done.
            let _ = writeln!(out, "{report}");
            let _ = out.flush();
            ExitCode::SUCCESS
        }
        Err(Refusal(message)) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Asks at a terminal whether to go on; anything but yes is no.
fn confirm(question: &str, lang: Lang) -> bool {
    let mut err = std::io::stderr();
    let _ = write!(err, "{question} ");
    let _ = err.flush();
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).is_err() {
        return false;
    }
    let answer = line.trim().to_lowercase();
    p(lang, "restore-yes-words")
        .split(',')
        .any(|w| w.trim() == answer)
}

async fn put_back(args: &RestoreArgs, lang: Lang) -> Result<String, Refusal> {
    let target = sqlite_file(&args.database, lang, false)?;
    // Checked first, so nothing is asked or moved for a backup that cannot be used.
    let info = backup::verify(&args.backup)
        .await
        .map_err(|e| refusal(&e, lang, false))?;
    folder_exists(&target, lang)?;
    let shown_target = crate::display_path(&target);
    let shown_backup = crate::display_path(&args.backup);
    if target.exists() && !args.yes {
        let a = Args::new()
            .with("target", shown_target.clone())
            .with("backup", shown_backup.clone())
            .with("holds", holds(&info, lang));
        // A prompt nobody can answer would hang a script; there, --yes is the answer.
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Refusal(t(lang, "restore-needs-yes", &a)));
        }
        eprintln!("{}", t(lang, "restore-confirm", &a));
        if !confirm(&p(lang, "restore-question"), lang) {
            return Err(Refusal(p(lang, "restore-cancelled")));
        }
    }
    let restored = backup::restore(&args.backup, &target)
        .await
        .map_err(|e| refusal(&e, lang, false))?;
    let mut lines = vec![t(
        lang,
        "restore-done",
        &Args::new()
            .with("target", shown_target)
            .with("backup", shown_backup)
            .with("holds", holds(&restored.info, lang)),
    )];
    if let Some(previous) = &restored.previous {
        lines.push(t(
            lang,
            "restore-previous",
            &Args::new().with("previous", crate::display_path(previous)),
        ));
    }
    lines.push(p(lang, "restore-start-serve"));
    Ok(lines.join("\n"))
}

/// Runs `restore`: 0 put back, 2 refused or failed (nothing changed unless the
/// message says otherwise).
pub fn run_restore(args: &RestoreArgs, lang: Lang) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::from(2);
    };
    finish(rt.block_on(put_back(args, lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_urls_are_read_as_the_store_reads_them() {
        let file = |s: &str| Database::Sqlite(PathBuf::from(s));
        assert_eq!(database("sqlite://rolwijzer.db"), file("rolwijzer.db"));
        assert_eq!(database("sqlite:///var/lib/r.db"), file("/var/lib/r.db"));
        assert_eq!(database("sqlite:r.db?mode=rwc"), file("r.db"));
        assert_eq!(database("sqlite::memory:"), Database::Memory);
        assert_eq!(database("sqlite://"), Database::Memory);
        assert_eq!(database("postgres://u@h/db"), Database::Postgres);
        assert_eq!(database("postgresql://u@h/db"), Database::Postgres);
        assert_eq!(database("mysql://u@h/db"), Database::Unsupported);
    }
}
