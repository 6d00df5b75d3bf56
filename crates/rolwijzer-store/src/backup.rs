//! Backup and restore of the SQLite database.
//!
//! A backup is an online copy: `VACUUM INTO` reads one consistent snapshot while the
//! app keeps serving and saving. A restore checks the copy before it puts it in
//! place, and keeps the database it replaces beside it, so a mistaken restore loses
//! nothing. PostgreSQL has its own tools (`pg_dump`), which we point to.

use crate::{Backend, Store, migrate};
use sqlx::Row;
use sqlx::any::AnyPoolOptions;
use std::path::{Path, PathBuf};

/// Why a backup or restore did not happen. Each says what to do.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// Backups of PostgreSQL are made with its own tools.
    #[error(
        "S020: this is a PostgreSQL database; make a backup with `pg_dump` and restore it with `pg_restore` or `psql`"
    )]
    Postgres,
    /// We never overwrite a file the user already has.
    #[error("S021: {0} already exists; choose another file name or remove it first")]
    Exists(PathBuf),
    /// The file is not an SQLite database, or it is damaged.
    #[error("S022: {path} is not a usable rolwijzer database: {detail}")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What SQLite or the check said.
        detail: String,
    },
    /// The copy was made by a newer rolwijzer.
    #[error(
        "S023: {path} was made by a newer rolwijzer (schema {found}, this program knows up to {known}); restore it with that version"
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// Ours.
        known: i64,
    },
    /// Reading or writing a file failed.
    #[error("S024: {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// The database failed.
    #[error("S025: database error: {0}")]
    Db(#[from] sqlx::Error),
}

impl BackupError {
    /// The stable reference of this error (`S021`), for messages and callers that
    /// tell errors apart without reading their text.
    pub fn code(&self) -> &'static str {
        match self {
            BackupError::Postgres => "S020",
            BackupError::Exists(_) => "S021",
            BackupError::Damaged { .. } => "S022",
            BackupError::TooNew { .. } => "S023",
            BackupError::Io { .. } => "S024",
            BackupError::Db(_) => "S025",
        }
    }
}

/// What a checked backup holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupInfo {
    /// Schema version.
    pub schema: i64,
    /// Collaborations in it.
    pub collaborations: i64,
    /// Revisions in it (every saved version of every division).
    pub revisions: i64,
    /// Accounts in it.
    pub users: i64,
}

fn sqlite_url(path: &Path, mode: &str) -> String {
    format!("sqlite://{}?mode={mode}", path.display())
}

impl Store {
    /// Writes a consistent copy of the SQLite database to `dest` while the app keeps
    /// running, then checks the copy. Refuses to overwrite `dest`.
    pub async fn backup_to(&self, dest: &Path) -> Result<BackupInfo, BackupError> {
        if self.backend() == Backend::Postgres {
            return Err(BackupError::Postgres);
        }
        if dest.exists() {
            return Err(BackupError::Exists(dest.to_owned()));
        }
        let target = dest.to_string_lossy().into_owned();
        sqlx::query("VACUUM INTO ?")
            .bind(target)
            .execute(self.pool())
            .await?;
        verify(dest).await
    }
}

/// Opens a database file read-only and checks it: SQLite's integrity check, a schema
/// this program knows, and the counts of what it holds.
pub async fn verify(path: &Path) -> Result<BackupInfo, BackupError> {
    sqlx::any::install_default_drivers();
    if !path.is_file() {
        return Err(BackupError::Io {
            path: path.to_owned(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let damaged = |e: sqlx::Error| BackupError::Damaged {
        path: path.to_owned(),
        detail: e.to_string(),
    };
    let pool = AnyPoolOptions::new()
        .max_connections(1)
        .connect(&sqlite_url(path, "ro"))
        .await
        .map_err(damaged)?;
    let check: String = sqlx::query("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .and_then(|r| r.try_get("integrity_check"))
        .map_err(damaged)?;
    if check != "ok" {
        pool.close().await;
        return Err(BackupError::Damaged {
            path: path.to_owned(),
            detail: check,
        });
    }
    let count = |sql: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query(sql)
                .fetch_one(&pool)
                .await
                .and_then(|r| r.try_get::<i64, _>("n"))
        }
    };
    let schema = count("SELECT COALESCE(MAX(version), 0) AS n FROM _sqlx_migrations WHERE success")
        .await
        .map_err(damaged)?;
    let info = BackupInfo {
        schema,
        collaborations: count("SELECT COUNT(*) AS n FROM collaborations")
            .await
            .map_err(damaged)?,
        revisions: count("SELECT COUNT(*) AS n FROM revisions")
            .await
            .map_err(damaged)?,
        users: count("SELECT COUNT(*) AS n FROM users")
            .await
            .map_err(damaged)?,
    };
    pool.close().await;
    if schema > migrate::latest() {
        return Err(BackupError::TooNew {
            path: path.to_owned(),
            found: schema,
            known: migrate::latest(),
        });
    }
    Ok(info)
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// What the restored database holds.
    pub info: BackupInfo,
    /// Where the database that was replaced now is (with its `-wal` file, if any).
    pub previous: Option<PathBuf>,
}

/// Puts a checked backup in place of the database at `target`. Run it while the app
/// is stopped. A database already at `target` is not deleted but renamed to
/// `target.before-restore-<seconds>`, with its `-wal` file, so nothing is lost; its
/// `-shm` file is removed because SQLite would otherwise pair it with the new file.
pub async fn restore(backup: &Path, target: &Path) -> Result<Restored, BackupError> {
    let info = verify(backup).await?;
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| BackupError::Io { path, source }
    };
    // Copy next to the target first and rename: the target is never half-written.
    let tmp = sidecar(target, ".restoring");
    std::fs::copy(backup, &tmp).map_err(io(&tmp))?;
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(io(&tmp))?;
    let mut previous = None;
    if target.exists() {
        // Never reuse a name: a second restore within the same second must not
        // replace the database the first one kept.
        let stamp = crate::Clock::system().now();
        let aside = (0..)
            .map(|n| match n {
                0 => sidecar(target, &format!(".before-restore-{stamp}")),
                n => sidecar(target, &format!(".before-restore-{stamp}-{n}")),
            })
            .find(|p| !p.exists() && !sidecar(p, "-wal").exists())
            .unwrap_or_else(|| sidecar(target, ".before-restore"));
        std::fs::rename(target, &aside).map_err(io(target))?;
        let wal = sidecar(target, "-wal");
        if wal.exists() {
            std::fs::rename(&wal, sidecar(&aside, "-wal")).map_err(io(&wal))?;
        }
        previous = Some(aside);
    }
    let shm = sidecar(target, "-shm");
    if shm.exists() {
        std::fs::remove_file(&shm).map_err(io(&shm))?;
    }
    std::fs::rename(&tmp, target).map_err(io(target))?;
    Ok(Restored { info, previous })
}

/// `path` with `suffix` appended to its file name.
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_message_starts_with_its_code() {
        let path = PathBuf::from("x.db");
        let errors = [
            BackupError::Postgres,
            BackupError::Exists(path.clone()),
            BackupError::Damaged {
                path: path.clone(),
                detail: "x".into(),
            },
            BackupError::TooNew {
                path: path.clone(),
                found: 9,
                known: 4,
            },
            BackupError::Io {
                path,
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            },
            BackupError::Db(sqlx::Error::RowNotFound),
        ];
        for e in errors {
            assert!(e.to_string().starts_with(&format!("{}: ", e.code())), "{e}");
        }
    }
}
