//! rolwijzer-store: where role divisions live. Every save is a new revision (who, when,
//! a one-line summary); nothing is overwritten. Users, memberships, sessions and
//! password links live here too. One implementation serves SQLite and PostgreSQL
//! through sqlx's `Any` driver, so both run exactly the same SQL; all SQL of rolwijzer
//! is in this crate.

mod accounts;
pub mod backup;
mod clock;
mod ids;
mod invitations;
mod migrate;
mod privacy;
#[cfg(feature = "testing")]
pub mod testing;

pub use accounts::{
    ADDRESS_FAILURE_LIMIT, ADDRESS_WINDOW_SECS, API_TOKEN_PREFIX, ApiToken, ApiTokenRefused,
    FREE_ATTEMPTS_PER_PAIR, LoginAttempt, MAX_ACTIVE_API_TOKENS, MAX_API_TOKEN_NAME_CHARS,
    MAX_LOGIN_DELAY_SECS, PAIR_MEMORY_SECS, Session, User, hash_password, is_api_token,
    login_delay,
};
pub use clock::Clock;
pub use ids::{CollabId, UserId};
pub use invitations::{Invitation, InvitationLink, InvitationState, NewAccount};
pub use privacy::{Actor, ForgetRequest, Forgotten, LimitReached, LogEntry, Quota, Via};

use rolwijzer_core::Document;
use rolwijzer_core::parse::{from_json, to_json};
use rolwijzer_core::privacy::{Disclosure, Level, Publishing};
use rolwijzer_core::values::Text;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};

/// Which database is behind the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An SQLite file (the default), in WAL mode.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// Everything that can go wrong in the store, with a stable reference for support.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL is not one we support.
    #[error("S001: unsupported database URL `{0}`; use sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
    /// The database was made by a newer rolwijzer.
    #[error(
        "S002: this database was created by a newer version of rolwijzer (schema {found}, this program knows up to {known}). Install the newer version; do not use this one with this database."
    )]
    DatabaseTooNew {
        /// Schema version in the database.
        found: i64,
        /// Highest schema version this program knows.
        known: i64,
    },
    /// A stored document no longer parses (should never happen; reported, not hidden).
    #[error(
        "S003: stored revision {number} of collaboration {collaboration} cannot be read: {detail}"
    )]
    CorruptDocument {
        /// The collaboration id.
        collaboration: CollabId,
        /// The revision number.
        number: i64,
        /// What the parser said.
        detail: String,
    },
    /// Something the caller asked for does not exist.
    #[error("S004: not found")]
    NotFound,
    /// A name that must be unique is taken.
    #[error("S005: `{0}` is already in use")]
    Taken(String),
    /// Password hashing failed.
    #[error("S006: password hashing failed")]
    Hash,
    /// The database itself failed.
    #[error("S010: database error: {0}")]
    Db(#[from] sqlx::Error),
    /// A write would pass a limit of the store's [`Quota`].
    #[error("S007: limit reached: {0:?}")]
    Limit(LimitReached),
    /// Migrations failed.
    #[error("S011: database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl StoreError {
    /// The stable reference of this error (`S004`), for messages, logs and callers
    /// that tell errors apart without reading their text.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::UnsupportedUrl(_) => "S001",
            StoreError::DatabaseTooNew { .. } => "S002",
            StoreError::CorruptDocument { .. } => "S003",
            StoreError::NotFound => "S004",
            StoreError::Taken(_) => "S005",
            StoreError::Hash => "S006",
            StoreError::Limit(_) => "S007",
            StoreError::Db(_) => "S010",
            StoreError::Migrate(_) => "S011",
        }
    }
}

/// Result of the store.
pub type Result<T> = std::result::Result<T, StoreError>;

/// A user's role in one collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Can read.
    Viewer,
    /// Can read and change the division.
    Editor,
    /// Can also manage members and publishing.
    Owner,
}

impl Role {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Owner => "owner",
        }
    }

    /// Parses the stored form.
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "viewer" => Some(Role::Viewer),
            "editor" => Some(Role::Editor),
            "owner" => Some(Role::Owner),
            _ => None,
        }
    }

    /// Whether this role may change the division.
    pub fn can_edit(self) -> bool {
        self >= Role::Editor
    }
}

/// Why a revision was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RevisionKind {
    /// The first version.
    Create,
    /// A change in the web app or API.
    Edit,
    /// An uploaded file.
    Import,
    /// An old revision brought back.
    Restore,
    /// The result of re-applying a change after a conflict.
    Merge,
}

impl RevisionKind {
    fn as_str(self) -> &'static str {
        match self {
            RevisionKind::Create => "create",
            RevisionKind::Edit => "edit",
            RevisionKind::Import => "import",
            RevisionKind::Restore => "restore",
            RevisionKind::Merge => "merge",
        }
    }

    fn parse(s: &str) -> RevisionKind {
        match s {
            "create" => RevisionKind::Create,
            "import" => RevisionKind::Import,
            "restore" => RevisionKind::Restore,
            "merge" => RevisionKind::Merge,
            _ => RevisionKind::Edit,
        }
    }
}

/// A collaboration as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collaboration {
    /// Internal id.
    pub id: CollabId,
    /// URL name.
    pub slug: String,
    /// Number of the newest revision.
    pub head: i64,
    /// Whether anonymous visitors can reach anything of it (`publishing.level` is
    /// not [`Level::NotPublished`]); derived, kept for the many callers that only
    /// list published collaborations.
    pub published: bool,
    /// What an owner chose to publish and which personal details visitors see.
    pub publishing: Publishing,
    /// Name, from the newest revision (stored beside it, so reading it parses nothing).
    pub name: String,
}

/// Who made a revision, when and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionMeta {
    /// Its number, counting from 1.
    pub number: i64,
    /// Author's display name, if a user made it.
    pub author: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// One-line summary.
    pub summary: String,
    /// Why it was made.
    pub kind: RevisionKind,
}

/// A revision with its document.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// Who, when, why.
    pub meta: RevisionMeta,
    /// The division as it was.
    pub document: Document,
}

/// The outcome of a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Stored as this revision number.
    Stored(i64),
    /// Someone saved first: the newest revision is now `head`. Nothing was stored.
    Conflict {
        /// The newest revision.
        head: i64,
    },
}

/// A member of a collaboration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The user.
    pub user_id: UserId,
    /// Their user name.
    pub username: String,
    /// Their display name.
    pub display_name: String,
    /// Their role.
    pub role: Role,
}

/// A recorded evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// The revision that was evaluated.
    pub revision: i64,
    /// The day of the evaluation (YYYY-MM-DD).
    pub evaluated_on: String,
    /// Unix seconds when recorded.
    pub created_at: i64,
}

/// The store: a connection pool and the backend behind it.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    clock: Clock,
    /// Limits on what accounts and collaborations store (none by default).
    quota: Quota,
    /// Days old revisions are kept (`None`: all), for [`Store::prune_revisions`]'s
    /// callers and the privacy statement.
    retention: Option<u32>,
}

impl Store {
    /// Connects, creating an SQLite file when needed, and brings the schema up to date.
    /// Refuses a database made by a newer rolwijzer.
    pub async fn connect(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let (backend, url) = if let Some(rest) = url.strip_prefix("sqlite:") {
            // Create the file on first start; keep any mode the user gave.
            let url = if rest.contains("mode=") {
                url.to_owned()
            } else if rest.contains('?') {
                format!("{url}&mode=rwc")
            } else {
                format!("{url}?mode=rwc")
            };
            (Backend::Sqlite, url)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            (Backend::Postgres, url.to_owned())
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        let mut options = AnyPoolOptions::new().max_connections(match backend {
            // SQLite has one writer anyway; a few readers run beside it in WAL mode.
            Backend::Sqlite => 4,
            Backend::Postgres => 10,
        });
        if backend == Backend::Sqlite {
            options = options.after_connect(|conn, _| {
                Box::pin(async move {
                    // WAL: readers never block the writer. synchronous=FULL: a save
                    // that was answered survives even a power cut.
                    for pragma in [
                        "PRAGMA journal_mode = WAL",
                        "PRAGMA synchronous = FULL",
                        "PRAGMA foreign_keys = ON",
                        "PRAGMA busy_timeout = 5000",
                        // Deleted and rewritten rows are overwritten with zeros, so
                        // personal data that was forgotten leaves no bytes behind.
                        "PRAGMA secure_delete = ON",
                    ] {
                        sqlx::query(pragma).execute(&mut *conn).await?;
                    }
                    Ok(())
                })
            });
        }
        let pool = options.connect(&url).await?;
        let store = Store {
            pool,
            backend,
            clock: Clock::system(),
            quota: Quota::default(),
            retention: None,
        };
        migrate::run(&store.pool, backend).await?;
        Ok(store)
    }

    /// The same store with its time taken from `clock` (tests pin it).
    pub fn with_clock(mut self, clock: Clock) -> Store {
        self.clock = clock;
        self
    }

    /// The clock that stamps revisions, sessions and links.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool, for the few callers that need raw access (backup, tests).
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>> {
        // SQLite: take the write lock up front, so two writers queue instead of one
        // failing half-way with SQLITE_BUSY.
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// Creates a collaboration with its first revision; the author becomes owner.
    pub async fn create_collaboration(
        &self,
        slug: &str,
        doc: &Document,
        author: Option<UserId>,
        summary: &str,
    ) -> Result<CollabId> {
        let mut tx = self.begin_write().await?;
        let taken = sqlx::query("SELECT 1 FROM collaborations WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(StoreError::Taken(slug.to_owned()));
        }
        privacy::check_collaborations(&mut tx, self.quota, author).await?;
        privacy::check_bytes(&mut tx, self.quota, None, doc).await?;
        let row = sqlx::query(
            "INSERT INTO collaborations (slug, name, head, created_at) VALUES ($1, $2, 1, $3) RETURNING id",
        )
        .bind(slug)
        .bind(doc.collaboration.name.to_string())
        .bind(self.clock.now())
        .fetch_one(&mut *tx)
        .await?;
        let id: CollabId = row.try_get("id")?;
        let first = NewRevision {
            collaboration: id,
            number: 1,
            doc,
            author,
            summary,
            kind: RevisionKind::Create,
            at: self.clock.now(),
        };
        insert_revision(&mut tx, first).await?;
        if let Some(user) = author {
            sqlx::query("INSERT INTO memberships (collaboration_id, user_id, role) VALUES ($1, $2, 'owner')")
                .bind(id)
                .bind(user)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// A free slug based on `base` (`open-formulieren`, `open-formulieren-2`, …).
    ///
    /// Only for the system itself (the demo on first start, into an empty database):
    /// the answer depends on every slug that exists, private ones too, so a slug made
    /// for a user must come from [`Store::new_slug`].
    pub async fn free_slug(&self, base: &str) -> Result<String> {
        let base = slugify(base);
        for n in 1..1000 {
            let candidate = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            // Paths under /c/ that are pages, not collaborations.
            if RESERVED_SLUGS.contains(&candidate.as_str()) {
                continue;
            }
            let taken = sqlx::query("SELECT 1 FROM collaborations WHERE slug = $1")
                .bind(&candidate)
                .fetch_optional(&self.pool)
                .await?;
            if taken.is_none() {
                return Ok(candidate);
            }
        }
        Err(StoreError::Taken(base))
    }

    /// A slug for a collaboration a user starts: `slugify(wish)`, a dash and
    /// [`SLUG_TOKEN_LEN`] random characters (`open-formulieren-k3m9tz`), at most 60
    /// characters in all.
    ///
    /// Always with the random part, whatever exists: the answer must not depend on
    /// which slugs are taken, or starting a collaboration named "bob private" would
    /// tell whether someone else's private `bob-private` exists (a counter such as
    /// `bob-private-2` would, and so would "the bare name when it is free"). The
    /// random part makes the answer the same draw for a free and a taken name, and
    /// makes private slugs unguessable. The look-up below only avoids a collision,
    /// which with 31^6 tokens per name practically never happens; if all attempts
    /// collide the answer is [`StoreError::Taken`].
    pub async fn new_slug(&self, wish: &str) -> Result<String> {
        let base: String = slugify(wish)
            .chars()
            .take(60 - 1 - SLUG_TOKEN_LEN)
            .collect();
        // `slugify` starts with a letter or digit, so something is left.
        let base = base.trim_end_matches('-');
        for _ in 0..8 {
            let candidate = format!("{base}-{}", slug_token()?);
            let taken = sqlx::query("SELECT 1 FROM collaborations WHERE slug = $1")
                .bind(&candidate)
                .fetch_optional(&self.pool)
                .await?;
            if taken.is_none() {
                return Ok(candidate);
            }
        }
        Err(StoreError::Taken(base.to_owned()))
    }

    /// Saves a new revision made from revision `base`. If someone saved after `base`,
    /// nothing is stored and the answer is [`Saved::Conflict`].
    pub async fn save(
        &self,
        collaboration: CollabId,
        base: i64,
        doc: &Document,
        author: Option<UserId>,
        summary: &str,
        kind: RevisionKind,
    ) -> Result<Saved> {
        let mut tx = self.begin_write().await?;
        let head: i64 = sqlx::query("SELECT head FROM collaborations WHERE id = $1")
            .bind(collaboration)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_get("head")?;
        if head != base {
            return Ok(Saved::Conflict { head });
        }
        let number = base + 1;
        privacy::check_bytes(&mut tx, self.quota, Some(collaboration), doc).await?;
        let revision = NewRevision {
            collaboration,
            number,
            doc,
            author,
            summary,
            kind,
            at: self.clock.now(),
        };
        let inserted = insert_revision(&mut tx, revision).await;
        match inserted {
            Ok(()) => {}
            // PostgreSQL: a concurrent save of the same number won the race.
            Err(StoreError::Db(e)) if is_unique_violation(&e) => {
                return Ok(Saved::Conflict { head: number });
            }
            Err(e) => return Err(e),
        }
        // The name moves with the head, in the same transaction.
        let updated = sqlx::query(
            "UPDATE collaborations SET head = $1, name = $2 WHERE id = $3 AND head = $4",
        )
        .bind(number)
        .bind(doc.collaboration.name.to_string())
        .bind(collaboration)
        .bind(base)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() != 1 {
            return Ok(Saved::Conflict { head: number });
        }
        match tx.commit().await {
            Ok(()) => Ok(Saved::Stored(number)),
            Err(e) if is_unique_violation(&e) => Ok(Saved::Conflict { head: number }),
            Err(e) => Err(e.into()),
        }
    }

    /// A collaboration by its slug.
    pub async fn collaboration(&self, slug: &str) -> Result<Option<Collaboration>> {
        let sql = format!("SELECT {COLLAB_COLUMNS} FROM collaborations WHERE slug = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(slug)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| collaboration_row(&r)).transpose()
    }

    /// Collaborations a user is a member of, with their role, by name.
    pub async fn collaborations_of(&self, user: UserId) -> Result<Vec<(Collaboration, Role)>> {
        let sql = format!(
            "SELECT {COLLAB_COLUMNS}, m.role FROM collaborations \
             JOIN memberships m ON m.collaboration_id = collaborations.id \
             WHERE m.user_id = $1 ORDER BY collaborations.slug"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(user)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for r in rows {
            let role: String = r.try_get("role")?;
            out.push((
                collaboration_row(&r)?,
                Role::parse(&role).unwrap_or(Role::Viewer),
            ));
        }
        out.sort_by_key(|a| a.0.name.to_lowercase());
        Ok(out)
    }

    /// Published collaborations (at any level), by name.
    pub async fn published(&self) -> Result<Vec<Collaboration>> {
        let sql = format!(
            "SELECT {COLLAB_COLUMNS} FROM collaborations \
             WHERE publish_level <> 'none' ORDER BY slug"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        let mut out: Vec<Collaboration> =
            rows.iter().map(collaboration_row).collect::<Result<_>>()?;
        out.sort_by_key(|a| a.name.to_lowercase());
        Ok(out)
    }

    /// Number of collaborations.
    pub async fn count_collaborations(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) AS n FROM collaborations")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?)
    }

    /// Stores what an owner chose to publish: the level, the switches for each kind
    /// of personal detail and the public contact's function address.
    pub async fn set_publishing(&self, collaboration: CollabId, p: &Publishing) -> Result<()> {
        let d = p.disclosure;
        let updated = sqlx::query(
            "UPDATE collaborations SET publish_level = $1, show_names = $2, show_emails = $3, \
             show_phones = $4, show_hours = $5, show_titles = $6, show_forge_usernames = $7, \
             show_contact = $8, contact_address = $9 WHERE id = $10",
        )
        .bind(p.level.id())
        .bind(i64::from(d.names))
        .bind(i64::from(d.emails))
        .bind(i64::from(d.phones))
        .bind(i64::from(d.hours))
        .bind(i64::from(d.titles))
        .bind(i64::from(d.forge_usernames))
        .bind(i64::from(d.contact))
        .bind(p.contact_address.as_ref().map(Text::to_string))
        .bind(collaboration)
        .execute(&self.pool)
        .await?;
        if updated.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Publishes at `level` with no personal details (or stops publishing, with
    /// [`Level::NotPublished`]); the switches and function address are cleared.
    pub async fn set_publish_level(&self, collaboration: CollabId, level: Level) -> Result<()> {
        let p = Publishing {
            level,
            ..Publishing::default()
        };
        self.set_publishing(collaboration, &p).await
    }

    /// One revision with its document.
    pub async fn revision(&self, collaboration: CollabId, number: i64) -> Result<Revision> {
        let sql = format!(
            "SELECT {META_COLUMNS}, r.document \
             FROM revisions r LEFT JOIN users u ON u.id = r.author_id \
             WHERE r.collaboration_id = $1 AND r.number = $2"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(collaboration)
            .bind(number)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        let meta = meta_row(&row)?;
        let json: String = row.try_get("document")?;
        let document = from_json(&json).map_err(|e| StoreError::CorruptDocument {
            collaboration,
            number,
            detail: format!("{:?}", e.kind),
        })?;
        Ok(Revision { meta, document })
    }

    /// All revisions of a collaboration, newest first.
    pub async fn revisions(&self, collaboration: CollabId) -> Result<Vec<RevisionMeta>> {
        let sql = format!(
            "SELECT {META_COLUMNS} \
             FROM revisions r LEFT JOIN users u ON u.id = r.author_id \
             WHERE r.collaboration_id = $1 ORDER BY r.number DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(collaboration)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(meta_row).collect()
    }

    /// The role of a user in a collaboration, if any.
    pub async fn role(&self, collaboration: CollabId, user: UserId) -> Result<Option<Role>> {
        let row = sqlx::query(
            "SELECT role FROM memberships WHERE collaboration_id = $1 AND user_id = $2",
        )
        .bind(collaboration)
        .bind(user)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => Role::parse(&r.try_get::<String, _>("role")?),
            None => None,
        })
    }

    /// Gives a user a role (or changes it).
    pub async fn set_role(&self, collaboration: CollabId, user: UserId, role: Role) -> Result<()> {
        let mut tx = self.begin_write().await?;
        put_member(&mut tx, collaboration, user, Some(role)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes a member's role (`Some`) or removes them (`None`), but only if the
    /// collaboration keeps at least one owner; checked and changed in one write
    /// transaction, so two owners demoting each other at once cannot leave none.
    /// Returns whether the change was made.
    pub async fn change_member_keeping_an_owner(
        &self,
        collaboration: CollabId,
        user: UserId,
        role: Option<Role>,
    ) -> Result<bool> {
        let mut tx = self.begin_write().await?;
        let others: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM memberships WHERE collaboration_id = $1 AND role = 'owner' AND user_id <> $2",
        )
        .bind(collaboration)
        .bind(user)
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
        if others == 0 && role != Some(Role::Owner) {
            let current = sqlx::query(
                "SELECT role FROM memberships WHERE collaboration_id = $1 AND user_id = $2",
            )
            .bind(collaboration)
            .bind(user)
            .fetch_optional(&mut *tx)
            .await?;
            let is_owner = match current {
                Some(r) => r.try_get::<String, _>("role")? == "owner",
                None => false,
            };
            if is_owner {
                return Ok(false);
            }
        }
        put_member(&mut tx, collaboration, user, role).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Removes a user from a collaboration.
    pub async fn remove_member(&self, collaboration: CollabId, user: UserId) -> Result<()> {
        sqlx::query("DELETE FROM memberships WHERE collaboration_id = $1 AND user_id = $2")
            .bind(collaboration)
            .bind(user)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Members of a collaboration, owners first.
    pub async fn members(&self, collaboration: CollabId) -> Result<Vec<Member>> {
        let rows = sqlx::query(
            "SELECT u.id, u.username, u.display_name, m.role FROM memberships m \
             JOIN users u ON u.id = m.user_id WHERE m.collaboration_id = $1 ORDER BY u.username",
        )
        .bind(collaboration)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in rows {
            let role: String = r.try_get("role")?;
            out.push(Member {
                user_id: r.try_get("id")?,
                username: r.try_get("username")?,
                display_name: r.try_get("display_name")?,
                role: Role::parse(&role).unwrap_or(Role::Viewer),
            });
        }
        out.sort_by(|a, b| b.role.cmp(&a.role).then(a.username.cmp(&b.username)));
        Ok(out)
    }

    /// Records that the division as of `revision` was evaluated on `evaluated_on`.
    pub async fn record_evaluation(
        &self,
        collaboration: CollabId,
        revision: i64,
        evaluated_on: &str,
        by: Option<UserId>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO evaluations (collaboration_id, revision, evaluated_on, recorded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(collaboration)
        .bind(revision)
        .bind(evaluated_on)
        .bind(by)
        .bind(self.clock.now())
        .execute(&self.pool)
        .await
        .map_err(|e| {
            if is_unique_violation(&e) {
                StoreError::Taken(format!("evaluation of revision {revision}"))
            } else {
                StoreError::Db(e)
            }
        })?;
        Ok(())
    }

    /// Recorded evaluations, newest first.
    pub async fn evaluations(&self, collaboration: CollabId) -> Result<Vec<Evaluation>> {
        let rows = sqlx::query(
            "SELECT revision, evaluated_on, created_at FROM evaluations WHERE collaboration_id = $1 \
             ORDER BY revision DESC",
        )
        .bind(collaboration)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Evaluation {
                    revision: r.try_get("revision")?,
                    evaluated_on: r.try_get("evaluated_on")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }
}

/// Sets (`Some`) or removes (`None`) one membership inside a write transaction.
async fn put_member(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    collaboration: CollabId,
    user: UserId,
    role: Option<Role>,
) -> Result<()> {
    sqlx::query("DELETE FROM memberships WHERE collaboration_id = $1 AND user_id = $2")
        .bind(collaboration)
        .bind(user)
        .execute(&mut **tx)
        .await?;
    if let Some(role) = role {
        sqlx::query(
            "INSERT INTO memberships (collaboration_id, user_id, role) VALUES ($1, $2, $3)",
        )
        .bind(collaboration)
        .bind(user)
        .bind(role.as_str())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// One revision about to be written.
struct NewRevision<'a> {
    collaboration: CollabId,
    number: i64,
    doc: &'a Document,
    author: Option<UserId>,
    summary: &'a str,
    kind: RevisionKind,
    /// When it was saved (from the store's clock).
    at: i64,
}

async fn insert_revision(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    new: NewRevision<'_>,
) -> Result<()> {
    let NewRevision {
        collaboration,
        number,
        doc,
        author,
        summary,
        kind,
        at,
    } = new;
    // Summaries are one line; a pasted essay is cut rather than refused.
    let summary: String = summary
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(200)
        .collect();
    sqlx::query(
        "INSERT INTO revisions (collaboration_id, number, document, author_id, created_at, summary, kind) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(collaboration)
    .bind(number)
    .bind(to_json(doc))
    .bind(author)
    .bind(at)
    .bind(summary)
    .bind(kind.as_str())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The columns [`collaboration_row`] reads, from `collaborations`.
const COLLAB_COLUMNS: &str = "collaborations.id, collaborations.slug, collaborations.head, \
    collaborations.name, collaborations.publish_level, collaborations.show_names, \
    collaborations.show_emails, collaborations.show_phones, collaborations.show_hours, \
    collaborations.show_titles, collaborations.show_forge_usernames, \
    collaborations.show_contact, collaborations.contact_address";

/// A collaboration from a row with [`COLLAB_COLUMNS`].
fn collaboration_row(r: &AnyRow) -> Result<Collaboration> {
    let on = |column: &str| -> Result<bool> { Ok(r.try_get::<i64, _>(column)? != 0) };
    let level: String = r.try_get("publish_level")?;
    let address: Option<String> = r.try_get("contact_address")?;
    let publishing = Publishing {
        // The CHECK constraint allows only known ids; anything else would be a
        // newer rolwijzer's level, read as the least visible one.
        level: Level::from_id(&level).unwrap_or_default(),
        disclosure: Disclosure {
            names: on("show_names")?,
            emails: on("show_emails")?,
            phones: on("show_phones")?,
            hours: on("show_hours")?,
            titles: on("show_titles")?,
            forge_usernames: on("show_forge_usernames")?,
            contact: on("show_contact")?,
        },
        contact_address: address.as_deref().and_then(|a| Text::new(a).ok()),
    };
    Ok(Collaboration {
        id: r.try_get("id")?,
        slug: r.try_get("slug")?,
        head: r.try_get("head")?,
        published: publishing.level != Level::NotPublished,
        publishing,
        name: r.try_get("name")?,
    })
}

/// The columns [`meta_row`] reads, from `revisions r` joined with `users u`.
const META_COLUMNS: &str = "r.number, u.display_name AS author, r.created_at, r.summary, r.kind";

/// Who made a revision, when and why, from a row with [`META_COLUMNS`].
fn meta_row(r: &AnyRow) -> Result<RevisionMeta> {
    let kind: String = r.try_get("kind")?;
    Ok(RevisionMeta {
        number: r.try_get("number")?,
        author: r.try_get("author")?,
        created_at: r.try_get("created_at")?,
        summary: r.try_get("summary")?,
        kind: RevisionKind::parse(&kind),
    })
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_unique_violation())
}

/// Slugs that are paths of the web app itself.
pub const RESERVED_SLUGS: &[&str] = &["new", "static", "admin"];

/// Length of the random part of a slug made by [`Store::new_slug`].
pub const SLUG_TOKEN_LEN: usize = 6;

/// The characters of that random part: lowercase letters and digits without the
/// ones easily mistaken for each other (0 and o, 1, i and l).
const SLUG_TOKEN_CHARS: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// [`SLUG_TOKEN_LEN`] random characters from [`SLUG_TOKEN_CHARS`].
fn slug_token() -> Result<String> {
    let mut bytes = [0u8; SLUG_TOKEN_LEN];
    getrandom::fill(&mut bytes).map_err(|_| StoreError::Hash)?;
    Ok(bytes
        .iter()
        .filter_map(|b| {
            SLUG_TOKEN_CHARS
                .get(usize::from(*b) % SLUG_TOKEN_CHARS.len())
                .map(|c| char::from(*c))
        })
        .collect())
}

/// A URL-safe name: lowercase letters, digits and dashes.
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    // Cut first, then trim: a cut can end on a dash.
    let out = out.chars().take(60).collect::<String>();
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "samenwerking".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_message_starts_with_its_code() {
        let errors = [
            StoreError::UnsupportedUrl("mysql://x".into()),
            StoreError::DatabaseTooNew { found: 9, known: 4 },
            StoreError::CorruptDocument {
                collaboration: 1.into(),
                number: 1,
                detail: "x".into(),
            },
            StoreError::NotFound,
            StoreError::Taken("x".into()),
            StoreError::Hash,
            StoreError::Limit(LimitReached::Bytes { max: 1 }),
            StoreError::Db(sqlx::Error::RowNotFound),
            StoreError::Migrate(sqlx::migrate::MigrateError::VersionMissing(1)),
        ];
        for e in errors {
            assert!(e.to_string().starts_with(&format!("{}: ", e.code())), "{e}");
        }
    }
}
