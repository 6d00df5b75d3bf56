//! Users, password hashes, sessions, one-time password links and login throttling.
//!
//! Secrets never reach the database in the clear: passwords as argon2id hashes,
//! session keys and password links as SHA-256 hashes of 32 random bytes.

use crate::{Result, Store, StoreError, now};
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// A local account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Internal id.
    pub id: i64,
    /// Login name.
    pub username: String,
    /// Name shown to others.
    pub display_name: String,
    /// Whether they administer the whole installation.
    pub is_admin: bool,
    /// Whether a password is set (a new administrator has none until they use the link).
    pub has_password: bool,
}

/// A signed-in session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Who is signed in.
    pub user: User,
    /// The token every form of this session must carry.
    pub csrf_token: String,
    /// Unix seconds when it ends.
    pub expires_at: i64,
}

/// 32 random bytes as 64 hex characters.
pub fn random_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|_| StoreError::Hash)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn sha256_hex(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Hashes a password with argon2id (slow on purpose; call from a blocking thread).
pub fn hash_password(password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|_| StoreError::Hash)
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| StoreError::Hash)
}

fn user_row(r: &sqlx::any::AnyRow) -> Result<User> {
    Ok(User {
        id: r.try_get(0)?,
        username: r.try_get(1)?,
        display_name: r.try_get(2)?,
        is_admin: r.try_get::<i64, _>(3)? != 0,
        has_password: r.try_get::<Option<String>, _>(4)?.is_some(),
    })
}

const USER_COLUMNS: &str = "id, username, display_name, is_admin, password_hash";

impl Store {
    /// Creates a user; without a password they can only sign in after using a link.
    pub async fn create_user(
        &self,
        username: &str,
        display_name: &str,
        password: Option<&str>,
        is_admin: bool,
    ) -> Result<User> {
        let username = username.trim().to_lowercase();
        if self.user_by_name(&username).await?.is_some() {
            return Err(StoreError::Taken(username));
        }
        let hash = match password {
            Some(p) => {
                let p = p.to_owned();
                Some(blocking(move || hash_password(&p)).await??)
            }
            None => None,
        };
        let row = sqlx::query(
            "INSERT INTO users (username, display_name, password_hash, is_admin, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id, username, display_name, is_admin, password_hash",
        )
        .bind(&username)
        .bind(display_name.trim())
        .bind(hash)
        .bind(i64::from(is_admin))
        .bind(now())
        .fetch_one(self.pool())
        .await?;
        user_row(&row)
    }

    /// A user by login name.
    pub async fn user_by_name(&self, username: &str) -> Result<Option<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE username = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(username.trim().to_lowercase())
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(user_row).transpose()
    }

    /// A user by id.
    pub async fn user(&self, id: i64) -> Result<Option<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(user_row).transpose()
    }

    /// All users, by login name.
    pub async fn users(&self) -> Result<Vec<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY username");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(user_row).collect()
    }

    /// Number of users.
    pub async fn count_users(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM users")
            .fetch_one(self.pool())
            .await?
            .try_get(0)?)
    }

    /// Checks a password; the user when it matches.
    pub async fn check_password(&self, username: &str, password: &str) -> Result<Option<User>> {
        let row = sqlx::query("SELECT password_hash FROM users WHERE username = $1")
            .bind(username.trim().to_lowercase())
            .fetch_optional(self.pool())
            .await?;
        let hash: Option<String> = match &row {
            Some(r) => r.try_get(0)?,
            None => None,
        };
        let password = password.to_owned();
        // Verify against a dummy hash when the user does not exist, so the time taken
        // does not reveal which user names exist.
        let found = hash.is_some();
        let ok = blocking(move || match hash {
            Some(h) => verify_password(&password, &h),
            None => {
                static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
                let dummy =
                    DUMMY.get_or_init(|| hash_password("rolwijzer-dummy").unwrap_or_default());
                verify_password(&password, dummy)
            }
        })
        .await?;
        if ok && found {
            self.user_by_name(username).await
        } else {
            Ok(None)
        }
    }

    /// Sets a new password.
    pub async fn set_password(&self, user: i64, password: &str) -> Result<()> {
        let p = password.to_owned();
        let hash = blocking(move || hash_password(&p)).await??;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user)
            .execute(self.pool())
            .await?;
        // A new password ends every session: whoever knew the old one is out.
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Makes a one-time link token to set a password, valid for `ttl` seconds.
    /// Older unused links of the same user stop working: only the newest link counts.
    pub async fn create_password_token(&self, user: i64, ttl: i64) -> Result<String> {
        let token = random_token()?;
        sqlx::query("DELETE FROM password_tokens WHERE user_id = $1 AND used_at IS NULL")
            .bind(user)
            .execute(self.pool())
            .await?;
        sqlx::query(
            "INSERT INTO password_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(sha256_hex(&token))
        .bind(user)
        .bind(now() + ttl)
        .execute(self.pool())
        .await?;
        Ok(token)
    }

    /// The user a valid, unused password token belongs to.
    pub async fn password_token_user(&self, token: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT user_id FROM password_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(sha256_hex(token))
        .bind(now())
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(r) => self.user(r.try_get(0)?).await,
            None => Ok(None),
        }
    }

    /// Uses a password token once: sets the password and returns the user.
    pub async fn use_password_token(&self, token: &str, password: &str) -> Result<Option<User>> {
        let used = sqlx::query(
            "UPDATE password_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now())
        .bind(sha256_hex(token))
        .execute(self.pool())
        .await?;
        if used.rows_affected() != 1 {
            return Ok(None);
        }
        let row = sqlx::query("SELECT user_id FROM password_tokens WHERE token_hash = $1")
            .bind(sha256_hex(token))
            .fetch_one(self.pool())
            .await?;
        let user: i64 = row.try_get(0)?;
        self.set_password(user, password).await?;
        self.user(user).await
    }

    /// Starts a session; returns the secret for the cookie.
    pub async fn create_session(&self, user: i64, ttl: i64) -> Result<String> {
        let token = random_token()?;
        let csrf = random_token()?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(sha256_hex(&token))
        .bind(user)
        .bind(csrf)
        .bind(now())
        .bind(now() + ttl)
        .execute(self.pool())
        .await?;
        Ok(token)
    }

    /// The live session for a cookie secret.
    pub async fn session(&self, token: &str) -> Result<Option<Session>> {
        let row = sqlx::query(
            "SELECT u.id, u.username, u.display_name, u.is_admin, u.password_hash, s.csrf_token, s.expires_at \
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(sha256_hex(token))
        .bind(now())
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(r) => Ok(Some(Session {
                user: user_row(&r)?,
                csrf_token: r.try_get(5)?,
                expires_at: r.try_get(6)?,
            })),
            None => Ok(None),
        }
    }

    /// Ends a session.
    pub async fn delete_session(&self, token: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(sha256_hex(token))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Notes a failed sign-in for a key (`user:NAME` or `addr:IP`).
    pub async fn record_login_failure(&self, key: &str) -> Result<()> {
        sqlx::query("INSERT INTO login_failures (key, at) VALUES ($1, $2)")
            .bind(key)
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Failed sign-ins for a key in the last `window` seconds.
    pub async fn login_failures(&self, key: &str, window: i64) -> Result<i64> {
        Ok(
            sqlx::query("SELECT COUNT(*) FROM login_failures WHERE key = $1 AND at > $2")
                .bind(key)
                .bind(now() - window)
                .fetch_one(self.pool())
                .await?
                .try_get(0)?,
        )
    }

    /// Forgets failures for a key after a good sign-in, and old failures of anyone.
    pub async fn clear_login_failures(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM login_failures WHERE key = $1 OR at < $2")
            .bind(key)
            .bind(now() - 86_400)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
