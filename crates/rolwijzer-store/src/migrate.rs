//! Embedded migrations, one folder per backend, and the refusal of a database that a
//! newer rolwijzer made.

use crate::{Backend, Result, StoreError};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, Row};
use std::borrow::Cow;

/// (version, description, SQLite SQL, PostgreSQL SQL). Append only: a migration that
/// has shipped is never edited (its checksum is checked).
const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "initial",
        include_str!("../migrations/sqlite/0001_initial.sql"),
        include_str!("../migrations/postgres/0001_initial.sql"),
    ),
    (
        2,
        "indexes",
        include_str!("../migrations/sqlite/0002_indexes.sql"),
        include_str!("../migrations/postgres/0002_indexes.sql"),
    ),
    (
        3,
        "api tokens",
        include_str!("../migrations/sqlite/0003_api_tokens.sql"),
        include_str!("../migrations/postgres/0003_api_tokens.sql"),
    ),
    (
        4,
        "collaboration names",
        include_str!("../migrations/sqlite/0004_collaboration_names.sql"),
        include_str!("../migrations/postgres/0004_collaboration_names.sql"),
    ),
    (
        5,
        "login throttle",
        include_str!("../migrations/sqlite/0005_login_throttle.sql"),
        include_str!("../migrations/postgres/0005_login_throttle.sql"),
    ),
    (
        6,
        "publishing",
        include_str!("../migrations/sqlite/0006_publishing.sql"),
        include_str!("../migrations/postgres/0006_publishing.sql"),
    ),
    (
        7,
        "privacy",
        include_str!("../migrations/sqlite/0007_privacy.sql"),
        include_str!("../migrations/postgres/0007_privacy.sql"),
    ),
    (
        8,
        "accounts",
        include_str!("../migrations/sqlite/0008_accounts.sql"),
        include_str!("../migrations/postgres/0008_accounts.sql"),
    ),
];

/// The newest schema version this program knows.
pub fn latest() -> i64 {
    MIGRATIONS.iter().map(|m| m.0).max().unwrap_or(0)
}

fn migrator(backend: Backend, up_to: i64) -> Migrator {
    let migrations = MIGRATIONS
        .iter()
        .filter(|m| m.0 <= up_to)
        .map(|(version, description, sqlite, postgres)| {
            let sql = match backend {
                Backend::Sqlite => *sqlite,
                Backend::Postgres => *postgres,
            };
            Migration::new(
                *version,
                Cow::Borrowed(*description),
                MigrationType::Simple,
                sqlx::SqlStr::from_static(sql),
                false,
            )
        })
        .collect();
    Migrator::with_migrations(migrations)
}

/// Refuses a newer database, then applies what is missing.
pub async fn run(pool: &AnyPool, backend: Backend) -> Result<()> {
    let exists = match backend {
        Backend::Sqlite => sqlx::query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'"),
        Backend::Postgres => sqlx::query("SELECT 1 FROM information_schema.tables WHERE table_name = '_sqlx_migrations' AND table_schema = current_schema()"),
    }
    .fetch_optional(pool)
    .await?
    .is_some();
    if exists {
        let found: Option<i64> =
            sqlx::query("SELECT MAX(version) AS version FROM _sqlx_migrations")
                .fetch_one(pool)
                .await?
                .try_get("version")?;
        if let Some(found) = found {
            if found > latest() {
                return Err(StoreError::DatabaseTooNew {
                    found,
                    known: latest(),
                });
            }
        }
    }
    migrator(backend, latest()).run(pool).await?;
    Ok(())
}

/// Applies migrations only up to `version`, to build a database as an older rolwijzer
/// left it (migration tests).
#[cfg(feature = "testing")]
pub async fn run_up_to(pool: &AnyPool, backend: Backend, version: i64) -> Result<()> {
    migrator(backend, version).run(pool).await?;
    Ok(())
}
