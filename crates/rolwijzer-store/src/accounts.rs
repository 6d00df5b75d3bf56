//! Users, password hashes, sessions, one-time password links and login throttling.
//!
//! Secrets never reach the database in the clear: passwords as argon2id hashes,
//! session keys and password links as SHA-256 hashes of 32 random bytes.

use crate::{Result, Store, StoreError, UserId};
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// A local account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Internal id.
    pub id: UserId,
    /// Login name.
    pub username: String,
    /// Name shown to others.
    pub display_name: String,
    /// Whether they administer the whole installation.
    pub is_admin: bool,
    /// Whether a password is set (a new administrator has none until they use the link).
    pub has_password: bool,
    /// Whether an administrator disabled the account: it cannot sign in, and it has
    /// no sessions or API tokens.
    pub disabled: bool,
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

pub(crate) fn sha256_hex(s: &str) -> String {
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

/// A user from a row with the columns of [`USER_COLUMNS`] (a join may prefix them).
pub(crate) fn user_row(r: &sqlx::any::AnyRow) -> Result<User> {
    Ok(User {
        id: r.try_get("id")?,
        username: r.try_get("username")?,
        display_name: r.try_get("display_name")?,
        is_admin: r.try_get::<i64, _>("is_admin")? != 0,
        has_password: r.try_get::<Option<String>, _>("password_hash")?.is_some(),
        disabled: r.try_get::<Option<i64>, _>("disabled_at")?.is_some(),
    })
}

const USER_COLUMNS: &str = "id, username, display_name, is_admin, password_hash, disabled_at";

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
             VALUES ($1, $2, $3, $4, $5) RETURNING id, username, display_name, is_admin, password_hash, disabled_at",
        )
        .bind(&username)
        .bind(display_name.trim())
        .bind(hash)
        .bind(i64::from(is_admin))
        .bind(self.clock.now())
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
    pub async fn user(&self, id: UserId) -> Result<Option<User>> {
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
        Ok(sqlx::query("SELECT COUNT(*) AS n FROM users")
            .fetch_one(self.pool())
            .await?
            .try_get("n")?)
    }

    /// Checks a password; the user when it matches. A disabled account never matches,
    /// and takes as long as any other refusal, so the answer does not tell it apart.
    pub async fn check_password(&self, username: &str, password: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT password_hash FROM users WHERE username = $1 AND disabled_at IS NULL",
        )
        .bind(username.trim().to_lowercase())
        .fetch_optional(self.pool())
        .await?;
        let hash: Option<String> = match &row {
            Some(r) => r.try_get("password_hash")?,
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

    /// Sets a new password and ends every session and every API token of the user:
    /// whoever knew the old password, or took a token with it, is out.
    pub async fn set_password(&self, user: UserId, password: &str) -> Result<()> {
        self.set_password_keeping(user, password, None).await
    }

    /// Sets a new password and ends every session but `keep` (the session of the
    /// person who changed it, by its cookie secret) and every API token.
    pub async fn set_password_keeping(
        &self,
        user: UserId,
        password: &str,
        keep: Option<&str>,
    ) -> Result<()> {
        let p = password.to_owned();
        let hash = blocking(move || hash_password(&p)).await??;
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        end_access(&mut tx, user, keep.map(sha256_hex), self.clock.now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Disables (`true`) or enables an account. Disabling ends every session and API
    /// token at once, in the same transaction; enabling gives none of them back.
    /// Returns whether the account exists.
    pub async fn set_disabled(&self, user: UserId, disabled: bool) -> Result<bool> {
        let now = self.clock.now();
        let mut tx = self.begin_write().await?;
        // A second disable keeps the first moment.
        let done = sqlx::query(
            "UPDATE users SET disabled_at = CASE WHEN $1 = 1 THEN COALESCE(disabled_at, $2) END \
             WHERE id = $3",
        )
        .bind(i64::from(disabled))
        .bind(now)
        .bind(user)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        if disabled {
            end_access(&mut tx, user, None, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Makes a one-time link token to set a password, valid for `ttl` seconds.
    /// Older unused links of the same user stop working: only the newest link counts.
    pub async fn create_password_token(&self, user: UserId, ttl: i64) -> Result<String> {
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
        .bind(self.clock.now() + ttl)
        .execute(self.pool())
        .await?;
        Ok(token)
    }

    /// The user a valid, unused password token belongs to (never a disabled one).
    pub async fn password_token_user(&self, token: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT t.user_id FROM password_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND u.disabled_at IS NULL",
        )
        .bind(sha256_hex(token))
        .bind(self.clock.now())
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(r) => self.user(r.try_get("user_id")?).await,
            None => Ok(None),
        }
    }

    /// Uses a password token once: sets the password and returns the user.
    pub async fn use_password_token(&self, token: &str, password: &str) -> Result<Option<User>> {
        // One statement marks the token used and says whose it is, so two requests with
        // the same link cannot both pass.
        let used = sqlx::query(
            "UPDATE password_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             AND user_id IN (SELECT id FROM users WHERE disabled_at IS NULL) RETURNING user_id",
        )
        .bind(self.clock.now())
        .bind(sha256_hex(token))
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = used else {
            return Ok(None);
        };
        let user: UserId = row.try_get("user_id")?;
        self.set_password(user, password).await?;
        self.user(user).await
    }

    /// Starts a session; returns the secret for the cookie.
    pub async fn create_session(&self, user: UserId, ttl: i64) -> Result<String> {
        let token = random_token()?;
        let csrf = random_token()?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(sha256_hex(&token))
        .bind(user)
        .bind(csrf)
        .bind(self.clock.now())
        .bind(self.clock.now() + ttl)
        .execute(self.pool())
        .await?;
        Ok(token)
    }

    /// The live session for a cookie secret.
    pub async fn session(&self, token: &str) -> Result<Option<Session>> {
        let row = sqlx::query(
            "SELECT u.id, u.username, u.display_name, u.is_admin, u.password_hash, u.disabled_at, s.csrf_token, s.expires_at \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
        )
        .bind(sha256_hex(token))
        .bind(self.clock.now())
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(r) => Ok(Some(Session {
                user: user_row(&r)?,
                csrf_token: r.try_get("csrf_token")?,
                expires_at: r.try_get("expires_at")?,
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

    /// Counts one sign-in attempt for `account` (the name as typed, lower case) from
    /// `address` and says whether its password may be checked: the count and the
    /// decision are one transaction (SQLite `BEGIN IMMEDIATE`; PostgreSQL locks the
    /// rows with `INSERT … ON CONFLICT DO UPDATE … RETURNING`), so N parallel attempts
    /// for one pair get at most the allowed number of checks.
    ///
    /// An attempt that may be checked is counted as a failure at once, for the pair
    /// and for the address; [`Store::login_succeeded`] takes it back when the password
    /// was right. A refused attempt is not counted and not checked. The rule is
    /// [`login_delay`]; see docs/RELIABILITY.md.
    pub async fn begin_login_attempt(&self, account: &str, address: &str) -> Result<LoginAttempt> {
        let now = self.clock.now();
        let (pair_key, addr_key) = throttle_keys(account, address);
        let mut tx = self.begin_write().await?;
        // The address first, then the pair: every attempt locks in the same order.
        let (addr_failures, addr_last) = lock_throttle_row(&mut tx, &addr_key, now).await?;
        let (pair_failures, pair_last) = lock_throttle_row(&mut tx, &pair_key, now).await?;
        let addr_failures = if now - addr_last >= ADDRESS_WINDOW_SECS {
            0
        } else {
            addr_failures
        };
        let pair_failures = if now - pair_last >= PAIR_MEMORY_SECS {
            0
        } else {
            pair_failures
        };
        let delay = login_delay(pair_failures, addr_failures >= ADDRESS_FAILURE_LIMIT);
        let ready_at = pair_last.saturating_add(delay);
        if delay > 0 && now < ready_at {
            tx.rollback().await?;
            return Ok(LoginAttempt::Wait(ready_at - now));
        }
        for (key, failures) in [(&addr_key, addr_failures), (&pair_key, pair_failures)] {
            sqlx::query("UPDATE login_throttle SET failures = $1, last_at = $2 WHERE key = $3")
                .bind(failures + 1)
                .bind(now)
                .bind(key.as_str())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(LoginAttempt::Check)
    }

    /// The password of an attempt that [`Store::begin_login_attempt`] let through was
    /// right: forgets the pair's failures, takes this attempt back from the address's
    /// count, and forgets pairs and addresses not seen for a day.
    pub async fn login_succeeded(&self, account: &str, address: &str) -> Result<()> {
        let now = self.clock.now();
        let (pair_key, addr_key) = throttle_keys(account, address);
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM login_throttle WHERE key = $1 OR last_at < $2")
            .bind(pair_key.as_str())
            .bind(now - PAIR_MEMORY_SECS)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE login_throttle SET failures = failures - 1 WHERE key = $1 AND failures > 0",
        )
        .bind(addr_key.as_str())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Checked-and-failed attempts the store holds for a pair and for an address, as
    /// (pair, address): for tests and support.
    pub async fn login_failures(&self, account: &str, address: &str) -> Result<(i64, i64)> {
        let (pair_key, addr_key) = throttle_keys(account, address);
        let mut out = [0i64; 2];
        for (i, key) in [pair_key, addr_key].iter().enumerate() {
            let row = sqlx::query("SELECT failures FROM login_throttle WHERE key = $1")
                .bind(key.as_str())
                .fetch_optional(self.pool())
                .await?;
            if let Some(row) = row {
                out[i] = row.try_get("failures")?;
            }
        }
        Ok((out[0], out[1]))
    }
}

/// Ends a user's sessions (all but the one whose hash is `keep`) and revokes every
/// API token of theirs that still works.
async fn end_access(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user: UserId,
    keep: Option<String>,
    now: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user)
        .bind(keep.unwrap_or_default())
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(user)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// What the store decided about one sign-in attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginAttempt {
    /// Check the password. The attempt already counts as a failure until
    /// [`Store::login_succeeded`] is called.
    Check,
    /// Refused without checking the password: this pair must wait this many seconds.
    Wait(i64),
}

/// Checked attempts a pair (account, address) gets without any delay.
pub const FREE_ATTEMPTS_PER_PAIR: i64 = 3;
/// The longest delay between two attempts of one pair, in seconds.
pub const MAX_LOGIN_DELAY_SECS: i64 = 15 * 60;
/// Failed attempts from one address, over all accounts, after which the address is
/// over its limit.
pub const ADDRESS_FAILURE_LIMIT: i64 = 20;
/// An address's count starts again after this many seconds without a checked attempt.
pub const ADDRESS_WINDOW_SECS: i64 = 15 * 60;
/// A pair's count starts again after this many seconds without a checked attempt.
pub const PAIR_MEMORY_SECS: i64 = 24 * 3600;

/// How many seconds a pair (account, address) must wait after its last checked
/// attempt, given its failures (checked attempts since its last right password) and
/// whether its address is over [`ADDRESS_FAILURE_LIMIT`]:
///
/// - fewer than [`FREE_ATTEMPTS_PER_PAIR`] (3) failures: no wait;
/// - otherwise 2^failures seconds (8, 16, 32, …), at most [`MAX_LOGIN_DELAY_SECS`];
/// - an address over its limit waits the full [`MAX_LOGIN_DELAY_SECS`] on every
///   account it has failed on at least once; on an account it has not failed on
///   (no failures for the pair) it waits nothing.
///
/// Nothing else refuses a sign-in: the failures of other addresses on the same
/// account, or of the same address on other accounts, never delay a pair, so a right
/// password is never refused because of someone else's failures.
pub fn login_delay(pair_failures: i64, address_over_limit: bool) -> i64 {
    if pair_failures <= 0 {
        0
    } else if address_over_limit {
        MAX_LOGIN_DELAY_SECS
    } else if pair_failures < FREE_ATTEMPTS_PER_PAIR {
        0
    } else {
        u32::try_from(pair_failures)
            .ok()
            .and_then(|n| 2i64.checked_pow(n))
            .map_or(MAX_LOGIN_DELAY_SECS, |d| d.min(MAX_LOGIN_DELAY_SECS))
    }
}

/// The rows of a pair and of its address. The name is cut to 100 characters so that
/// a long name cannot make a long key.
fn throttle_keys(account: &str, address: &str) -> (String, String) {
    let account: String = account.chars().take(100).collect();
    (
        format!("pair:{address} {account}"),
        format!("addr:{address}"),
    )
}

/// Creates the row of `key` when missing and returns its (failures, last_at), locked
/// until the transaction ends (on PostgreSQL the upsert takes the row lock; SQLite
/// holds the database's write lock since `BEGIN IMMEDIATE`).
async fn lock_throttle_row(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    key: &str,
    now: i64,
) -> Result<(i64, i64)> {
    let row = sqlx::query(
        "INSERT INTO login_throttle (key, failures, last_at) VALUES ($1, 0, $2) \
         ON CONFLICT (key) DO UPDATE SET failures = login_throttle.failures \
         RETURNING failures, last_at",
    )
    .bind(key)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok((row.try_get("failures")?, row.try_get("last_at")?))
}

/// What every API token secret starts with, so a leaked one is easy to recognise (in
/// logs, in secret scanners) and never mistaken for a session key.
pub const API_TOKEN_PREFIX: &str = "rwt_";
/// Longest name of an API token, in characters.
pub const MAX_API_TOKEN_NAME_CHARS: usize = 100;
/// Most tokens one user may have that are not revoked.
pub const MAX_ACTIVE_API_TOKENS: i64 = 20;
/// How often `last_used_at` is written, in seconds: at most once a minute per token,
/// so a busy script does not turn every read into a write.
const LAST_USED_RESOLUTION: i64 = 60;

/// A personal API token as its owner sees it; the secret is never stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    /// Internal id.
    pub id: i64,
    /// The name the owner gave it (what it is for).
    pub name: String,
    /// Unix seconds when it was made.
    pub created_at: i64,
    /// Unix seconds when it was last used (to the minute), if ever.
    pub last_used_at: Option<i64>,
    /// Unix seconds when it was revoked, if it was.
    pub revoked_at: Option<i64>,
}

/// Why a new API token was not made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiTokenRefused {
    /// The name is empty (after trimming).
    EmptyName,
    /// The name is longer than [`MAX_API_TOKEN_NAME_CHARS`].
    NameTooLong,
    /// The user already has [`MAX_ACTIVE_API_TOKENS`] tokens that are not revoked.
    TooMany,
}

/// Whether `s` has the shape of an API token secret (prefix and 64 hex characters).
pub fn is_api_token(s: &str) -> bool {
    s.strip_prefix(API_TOKEN_PREFIX)
        .is_some_and(|rest| rest.len() == 64 && rest.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Store {
    /// Makes a personal API token for `user`; returns its id and the secret, which is
    /// shown once and stored only as a SHA-256 hash. A refusal (empty or long name,
    /// too many tokens) is the inner `Err`.
    pub async fn create_api_token(
        &self,
        user: UserId,
        name: &str,
    ) -> Result<std::result::Result<(i64, String), ApiTokenRefused>> {
        let name = name.trim();
        if name.is_empty() {
            return Ok(Err(ApiTokenRefused::EmptyName));
        }
        if name.chars().count() > MAX_API_TOKEN_NAME_CHARS {
            return Ok(Err(ApiTokenRefused::NameTooLong));
        }
        let secret = format!("{API_TOKEN_PREFIX}{}", random_token()?);
        let mut tx = self.begin_write().await?;
        // Count and insert in one write transaction, so two requests at once cannot
        // both slip under the limit. SQLite's BEGIN IMMEDIATE already serialises
        // writers; PostgreSQL needs the user's row locked for that.
        let lock = match self.backend() {
            crate::Backend::Sqlite => "SELECT id FROM users WHERE id = $1",
            crate::Backend::Postgres => "SELECT id FROM users WHERE id = $1 FOR UPDATE",
        };
        sqlx::query(lock)
            .bind(user)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let active: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL",
        )
        .bind(user)
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
        if active >= MAX_ACTIVE_API_TOKENS {
            return Ok(Err(ApiTokenRefused::TooMany));
        }
        let id: i64 = sqlx::query(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(user)
        .bind(name)
        .bind(sha256_hex(&secret))
        .bind(self.clock.now())
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        tx.commit().await?;
        Ok(Ok((id, secret)))
    }

    /// A user's API tokens, revoked ones included, newest first.
    pub async fn api_tokens(&self, user: UserId) -> Result<Vec<ApiToken>> {
        let rows = sqlx::query(
            "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens \
             WHERE user_id = $1 ORDER BY id DESC",
        )
        .bind(user)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ApiToken {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    last_used_at: r.try_get("last_used_at")?,
                    revoked_at: r.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    /// Revokes one of `user`'s own tokens. Returns whether a live token was revoked
    /// (`false` for someone else's, an unknown or an already revoked token).
    pub async fn revoke_api_token(&self, user: UserId, id: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
        )
        .bind(self.clock.now())
        .bind(id)
        .bind(user)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The user a live (not revoked) API token belongs to; notes that it was used.
    pub async fn user_for_api_token(&self, secret: &str) -> Result<Option<User>> {
        if !is_api_token(secret) {
            return Ok(None);
        }
        // Looked up by its hash: the database compares hashes, never the secret, so
        // the time a lookup takes tells nothing about how close a guess was.
        let row = sqlx::query(
            "SELECT u.id, u.username, u.display_name, u.is_admin, u.password_hash, u.disabled_at, t.id AS token_id \
             FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL",
        )
        .bind(sha256_hex(secret))
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let user = user_row(&row)?;
        let token: i64 = row.try_get("token_id")?;
        let at = self.clock.now();
        sqlx::query(
            "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 \
             AND (last_used_at IS NULL OR last_used_at <= $3)",
        )
        .bind(at)
        .bind(token)
        .bind(at - LAST_USED_RESOLUTION)
        .execute(self.pool())
        .await?;
        Ok(Some(user))
    }
}
