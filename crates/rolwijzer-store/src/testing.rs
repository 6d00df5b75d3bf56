//! Helpers for tests of rolwijzer and of programs built on it: a PostgreSQL schema per
//! test, and a way to fake a database from the future. Kept here because all SQL of
//! rolwijzer lives in this crate; compiled only with the `testing` feature, which the
//! crates' dev-dependencies turn on, because it drops schemas.

use crate::{Result, Store};
use sqlx::Executor;

fn check_name(name: &str) -> Result<()> {
    // Schema names are interpolated into SQL; allow only plain identifiers.
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(crate::StoreError::UnsupportedUrl(name.to_owned()));
    }
    Ok(())
}

/// Creates an empty schema on the PostgreSQL server at `url`.
pub async fn create_schema(url: &str, schema: &str) -> Result<()> {
    on_server(url, schema, format!("CREATE SCHEMA {schema}")).await
}

/// Drops a schema made by [`create_schema`] with everything in it.
pub async fn drop_schema(url: &str, schema: &str) -> Result<()> {
    on_server(url, schema, format!("DROP SCHEMA {schema} CASCADE")).await
}

/// Runs one statement about `schema` on its own short-lived connection.
async fn on_server(url: &str, schema: &str, statement: String) -> Result<()> {
    check_name(schema)?;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    pool.execute(sqlx::AssertSqlSafe(statement)).await?;
    pool.close().await;
    Ok(())
}

/// Opens an SQLite database and brings it only to schema `version`, as an older
/// rolwijzer would have left it. Returns the raw pool for loading old data.
pub async fn sqlite_at_version(url: &str, version: i64) -> Result<sqlx::AnyPool> {
    sqlx::any::install_default_drivers();
    let url = if url.contains('?') {
        url.to_owned()
    } else {
        format!("{url}?mode=rwc")
    };
    let pool = sqlx::AnyPool::connect(&url).await?;
    crate::migrate::run_up_to(&pool, crate::Backend::Sqlite, version).await?;
    Ok(pool)
}

/// Opens a PostgreSQL database (its URL may set a `search_path`) and brings it only to
/// schema `version`, as an older rolwijzer would have left it. Returns the raw pool
/// for loading old data.
pub async fn postgres_at_version(url: &str, version: i64) -> Result<sqlx::AnyPool> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    crate::migrate::run_up_to(&pool, crate::Backend::Postgres, version).await?;
    Ok(pool)
}

/// Runs raw SQL against a pool (loading old data in migration tests).
pub async fn execute(pool: &sqlx::AnyPool, sql: &str) -> Result<()> {
    pool.execute(sqlx::AssertSqlSafe(sql.to_owned())).await?;
    Ok(())
}

/// Records a migration this program does not know, as a newer rolwijzer would.
pub async fn pretend_newer_schema(store: &Store, version: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) \
         VALUES ($1, 'from a newer rolwijzer', CURRENT_TIMESTAMP, TRUE, $2, 0)",
    )
    .bind(version)
    .bind(vec![0u8])
    .execute(store.pool())
    .await?;
    Ok(())
}

impl Store {
    /// SQLite's journal mode (`wal` when set up right); empty on PostgreSQL.
    pub async fn journal_mode(&self) -> Result<String> {
        if self.backend() != crate::Backend::Sqlite {
            return Ok(String::new());
        }
        let row = sqlx::query("PRAGMA journal_mode")
            .fetch_one(self.pool())
            .await?;
        Ok(sqlx::Row::try_get(&row, "journal_mode")?)
    }
}
