//! Personal data in the store (AVG/GDPR): forgetting a person in every revision,
//! deleting an account, handing over everything stored about someone (inzage),
//! removing old revisions (retention), and the limits on what one account may store.
//!
//! Forgetting rewrites stored revisions, the one exception to "nothing is
//! overwritten": the right to erasure outranks a complete history. It happens in one
//! write transaction, is written to the privacy log (who, when, why, never the data),
//! and on SQLite is followed by `VACUUM` and a truncating WAL checkpoint, so no free
//! page or log frame of the database file still holds the old bytes.

use crate::{Backend, CollabId, NewRevision, Result, RevisionKind, Store, StoreError, UserId};
use rolwijzer_core::Document;
use rolwijzer_core::parse::{from_json, to_json};
use rolwijzer_core::privacy::{forget_person, forgotten_label, scrub_everywhere, secrets_of};
use serde_json::{Value, json};
use sqlx::Row;

/// How much one account and one collaboration may store. `None` is no limit (the
/// store's default; `serve` sets its own defaults from its flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Quota {
    /// Most collaborations one account may own (start, or be made owner of at start).
    pub collaborations_per_account: Option<u32>,
    /// Most bytes all revisions of one collaboration may take together.
    pub bytes_per_collaboration: Option<u64>,
}

/// Which limit of [`Quota`] a write would pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitReached {
    /// The account already owns this many collaborations.
    Collaborations {
        /// The limit.
        max: u32,
    },
    /// The collaboration's revisions would take more than this many bytes.
    Bytes {
        /// The limit.
        max: u64,
    },
}

/// Where a privacy action came from, for the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The web app (an owner, or the administrator's page).
    Web,
    /// The command line, by whoever runs the server.
    Cli,
}

impl Via {
    fn as_str(self) -> &'static str {
        match self {
            Via::Web => "web",
            Via::Cli => "cli",
        }
    }
}

/// Who asks for a privacy action: an account (`None` at the command line) and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    /// The signed-in account, if any.
    pub user: Option<UserId>,
    /// Web or command line.
    pub via: Via,
}

/// A request to forget one person of one collaboration.
#[derive(Clone, Copy)]
pub struct ForgetRequest<'a> {
    /// The collaboration.
    pub collaboration: CollabId,
    /// The person's id in the document.
    pub person: &'a str,
    /// The word of the neutral label, in the document's language ("oud-medewerker").
    pub word: &'a str,
    /// Why, for the log (any of the person's details in it are replaced too).
    pub reason: &'a str,
    /// The summary of the revision that records the forgetting, given the label
    /// (known only inside the transaction, where the number is counted).
    pub summary: &'a (dyn Fn(&str) -> String + Sync),
    /// Who asks.
    pub by: Actor,
}

/// What forgetting did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forgotten {
    /// The id that replaced the person's id.
    pub id: String,
    /// The neutral name that replaced theirs ("oud-medewerker 3").
    pub label: String,
    /// How many stored revisions were rewritten.
    pub revisions: usize,
    /// The new head revision that records it.
    pub head: i64,
}

/// One row of the privacy log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LogEntry {
    /// Unix seconds.
    pub at: i64,
    /// `forget-person`, `delete-account`, `inzage`.
    pub action: String,
    /// The account that did it (its display name now), if it was done by one that
    /// still exists.
    pub actor: Option<String>,
    /// `web` or `cli`.
    pub via: String,
    /// The collaboration's slug, for actions on one.
    pub collaboration: Option<String>,
    /// What was acted on, without personal data ("oud-medewerker 3", "account 12").
    pub subject: String,
    /// Why.
    pub reason: String,
}

impl Store {
    /// The same store with these limits on what accounts and collaborations store.
    pub fn with_quota(mut self, quota: Quota) -> Store {
        self.quota = quota;
        self
    }

    /// The limits in force.
    pub fn quota(&self) -> Quota {
        self.quota
    }

    /// The same store with this retention of old revisions (days; `None` keeps all).
    /// Only recorded here; `serve` applies it with [`Store::prune_revisions`].
    pub fn with_retention(mut self, days: Option<u32>) -> Store {
        self.retention = days;
        self
    }

    /// Days old revisions are kept (`None`: all).
    pub fn retention(&self) -> Option<u32> {
        self.retention
    }

    /// Forgets a person in the current document and every stored revision of a
    /// collaboration: their id and name become a neutral label, their e-mail address,
    /// phone number, title and forge user name are dropped, and their name, address
    /// and phone are replaced in every text and revision summary. A new head revision
    /// records it (so every cache of the old head is passed by), and the privacy log
    /// gets who, when and why. All in one write transaction; on SQLite the file is
    /// vacuumed afterwards. `Ok(None)` when no revision has this person.
    pub async fn forget_person(&self, req: ForgetRequest<'_>) -> Result<Option<Forgotten>> {
        let mut tx = self.begin_write().await?;
        let c = req.collaboration;
        let head: i64 = sqlx::query("SELECT head FROM collaborations WHERE id = $1")
            .bind(c)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_get("head")?;
        let numbers: Vec<i64> = sqlx::query(
            "SELECT number FROM revisions WHERE collaboration_id = $1 ORDER BY number DESC",
        )
        .bind(c)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| r.try_get("number"))
        .collect::<std::result::Result<_, _>>()?;
        // Revisions are read one at a time: a long history of large documents need
        // not fit in memory at once.
        let read = |n: i64, json: String| {
            from_json(&json).map_err(|e| StoreError::CorruptDocument {
                collaboration: c,
                number: n,
                detail: format!("{:?}", e.kind),
            })
        };
        let mut head_doc: Option<Document> = None;
        let mut secrets = Vec::new();
        for &n in &numbers {
            let (json, _) = revision_text(&mut tx, c, n).await?;
            let doc = read(n, json)?;
            if secrets.is_empty() {
                secrets = secrets_of(&doc, req.person);
            }
            if n == head {
                head_doc = Some(doc);
            }
            if !secrets.is_empty() && head_doc.is_some() {
                break;
            }
        }
        let (Some(head_doc), false) = (head_doc, secrets.is_empty()) else {
            return Ok(None);
        };
        let earlier: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM privacy_log WHERE collaboration_id = $1 AND action = 'forget-person'",
        )
        .bind(c)
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
        let label = forgotten_label(
            &head_doc,
            usize::try_from(earlier).unwrap_or(0) + 1,
            req.word,
        );
        let mut rewritten = 0;
        let mut new_head = head_doc;
        for &n in &numbers {
            let (json, summary) = revision_text(&mut tx, c, n).await?;
            let mut doc = read(n, json.clone())?;
            forget_person(&mut doc, req.person, &label.id, &label.name);
            let doc = scrub_everywhere(&doc, &secrets, &label.name);
            let new_json = to_json(&doc);
            let new_summary = scrub_line(&summary, &secrets, label.name.as_str());
            if n == head {
                new_head = doc;
            }
            if new_json != json || new_summary != summary {
                sqlx::query(
                    "UPDATE revisions SET document = $1, summary = $2 WHERE collaboration_id = $3 AND number = $4",
                )
                .bind(new_json)
                .bind(new_summary)
                .bind(c)
                .bind(n)
                .execute(&mut *tx)
                .await?;
                rewritten += 1;
            }
        }
        let number = head + 1;
        crate::insert_revision(
            &mut tx,
            NewRevision {
                collaboration: c,
                number,
                doc: &new_head,
                author: req.by.user,
                summary: &(req.summary)(label.name.as_str()),
                kind: RevisionKind::Edit,
                at: self.clock.now(),
            },
        )
        .await?;
        sqlx::query("UPDATE collaborations SET head = $1, name = $2 WHERE id = $3")
            .bind(number)
            .bind(new_head.collaboration.name.to_string())
            .bind(c)
            .execute(&mut *tx)
            .await?;
        let reason = scrub_line(req.reason, &secrets, label.name.as_str());
        log(
            &mut tx,
            self.clock.now(),
            "forget-person",
            req.by,
            Some(c),
            label.name.as_str(),
            &reason,
        )
        .await?;
        tx.commit().await?;
        self.wipe_free_space().await?;
        Ok(Some(Forgotten {
            id: label.id.to_string(),
            label: label.name.to_string(),
            revisions: rewritten,
            head: number,
        }))
    }

    /// Deletes an account: its sessions, links, API tokens and memberships go, the
    /// revisions and evaluations it made keep no link to it (their author shows as
    /// unknown), its sign-in throttling rows go, and the privacy log gets who, when
    /// and why. On SQLite the file is vacuumed afterwards. `false` when there is no
    /// such account.
    pub async fn delete_account(&self, user: UserId, reason: &str, by: Actor) -> Result<bool> {
        let mut tx = self.begin_write().await?;
        let Some(row) = sqlx::query("SELECT username, display_name FROM users WHERE id = $1")
            .bind(user)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(false);
        };
        let username: String = row.try_get("username")?;
        let names = [row.try_get::<String, _>("display_name")?, username.clone()];
        for sql in [
            "UPDATE revisions SET author_id = NULL WHERE author_id = $1",
            "UPDATE evaluations SET recorded_by = NULL WHERE recorded_by = $1",
            "DELETE FROM sessions WHERE user_id = $1",
            "DELETE FROM password_tokens WHERE user_id = $1",
            "DELETE FROM api_tokens WHERE user_id = $1",
            "DELETE FROM memberships WHERE user_id = $1",
            "DELETE FROM users WHERE id = $1",
        ] {
            sqlx::query(sql).bind(user).execute(&mut *tx).await?;
        }
        // Throttling keys end in the login name (`pair:ADDRESS NAME`).
        let keys: Vec<String> = sqlx::query("SELECT key FROM login_throttle")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .filter_map(|r| r.try_get::<String, _>("key").ok())
            .filter(|k| k.ends_with(&format!(" {username}")))
            .collect();
        for key in keys {
            sqlx::query("DELETE FROM login_throttle WHERE key = $1")
                .bind(key)
                .execute(&mut *tx)
                .await?;
        }
        let reason = scrub_line(reason, &names, "…");
        let subject = format!("account {}", user.get());
        log(
            &mut tx,
            self.clock.now(),
            "delete-account",
            by,
            None,
            &subject,
            &reason,
        )
        .await?;
        tx.commit().await?;
        self.wipe_free_space().await?;
        Ok(true)
    }

    /// The privacy log, newest first: of one collaboration, or all of it.
    pub async fn privacy_log(&self, collaboration: Option<CollabId>) -> Result<Vec<LogEntry>> {
        const SELECT: &str = "SELECT l.at, l.action, u.display_name, l.via, c.slug, l.subject, l.reason \
             FROM privacy_log l LEFT JOIN users u ON u.id = l.actor_id \
             LEFT JOIN collaborations c ON c.id = l.collaboration_id";
        let rows = match collaboration {
            Some(c) => {
                let sql = format!("{SELECT} WHERE l.collaboration_id = $1 ORDER BY l.id DESC");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(c)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => {
                let sql = format!("{SELECT} ORDER BY l.id DESC");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        rows.iter()
            .map(|r| {
                Ok(LogEntry {
                    at: r.try_get("at")?,
                    action: r.try_get("action")?,
                    actor: r.try_get("display_name")?,
                    via: r.try_get("via")?,
                    collaboration: r.try_get("slug")?,
                    subject: r.try_get("subject")?,
                    reason: r.try_get("reason")?,
                })
            })
            .collect()
    }

    /// Everything stored about the person with this e-mail address, across all
    /// collaborations and revisions (inzage, art. 15): each distinct record of them
    /// with the revisions it appears in. The request is logged (without the address).
    pub async fn export_person(&self, email: &str, reason: &str, by: Actor) -> Result<Value> {
        let email = email.trim().to_lowercase();
        let collabs = sqlx::query("SELECT id, slug, name FROM collaborations ORDER BY slug")
            .fetch_all(&self.pool)
            .await?;
        let mut found = Vec::new();
        for row in collabs {
            let c: CollabId = row.try_get("id")?;
            let slug: String = row.try_get("slug")?;
            let name: String = row.try_get("name")?;
            let numbers = sqlx::query(
                "SELECT number FROM revisions WHERE collaboration_id = $1 ORDER BY number",
            )
            .bind(c)
            .fetch_all(&self.pool)
            .await?;
            // Each distinct record, with the revisions it is in.
            let mut records: Vec<(Value, Vec<i64>)> = Vec::new();
            for r in numbers {
                let n: i64 = r.try_get("number")?;
                let doc = self.revision(c, n).await?.document;
                for p in doc.people.iter().filter(|p| {
                    p.email
                        .as_ref()
                        .is_some_and(|e| e.as_str().trim().to_lowercase() == email)
                }) {
                    let v = serde_json::to_value(p).unwrap_or(Value::Null);
                    match records.iter_mut().find(|(x, _)| *x == v) {
                        Some((_, ns)) => ns.push(n),
                        None => records.push((v, vec![n])),
                    }
                }
            }
            if !records.is_empty() {
                found.push(json!({
                    "slug": slug,
                    "name": name,
                    "records": records
                        .into_iter()
                        .map(|(person, revisions)| json!({"person": person, "revisions": revisions}))
                        .collect::<Vec<_>>(),
                }));
            }
        }
        let mut tx = self.begin_write().await?;
        log(
            &mut tx,
            self.clock.now(),
            "inzage",
            by,
            None,
            "e-mail",
            reason,
        )
        .await?;
        tx.commit().await?;
        Ok(json!({
            "inzage": "person",
            "email": email,
            "made_at": self.clock.now(),
            "collaborations": found,
        }))
    }

    /// Everything stored about one account (inzage, art. 15): the account without its
    /// password hash, its memberships, the revisions and evaluations it made, its API
    /// tokens (never their secrets), its sessions and what it did in the privacy log.
    /// `None` when there is no such account. The request is logged.
    pub async fn export_account(
        &self,
        username: &str,
        reason: &str,
        by: Actor,
    ) -> Result<Option<Value>> {
        let Some(user) = self.user_by_name(username).await? else {
            return Ok(None);
        };
        let id = user.id;
        let created: i64 = sqlx::query("SELECT created_at FROM users WHERE id = $1")
            .bind(id)
            .fetch_one(&self.pool)
            .await?
            .try_get("created_at")?;
        let rows = |sql: &'static str| sqlx::query(sql).bind(id).fetch_all(&self.pool);
        let memberships = rows(
            "SELECT c.slug, c.name, m.role FROM memberships m JOIN collaborations c ON c.id = m.collaboration_id \
             WHERE m.user_id = $1 ORDER BY c.slug",
        )
        .await?;
        let revisions = rows(
            "SELECT c.slug, r.number, r.created_at, r.summary, r.kind FROM revisions r \
             JOIN collaborations c ON c.id = r.collaboration_id WHERE r.author_id = $1 ORDER BY c.slug, r.number",
        )
        .await?;
        let evaluations = rows(
            "SELECT c.slug, e.revision, e.evaluated_on, e.created_at FROM evaluations e \
             JOIN collaborations c ON c.id = e.collaboration_id WHERE e.recorded_by = $1 ORDER BY c.slug, e.revision",
        )
        .await?;
        let tokens = rows(
            "SELECT name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id",
        )
        .await?;
        let sessions = rows(
            "SELECT created_at, expires_at FROM sessions WHERE user_id = $1 ORDER BY created_at",
        )
        .await?;
        let actions = rows(
            "SELECT at, action, via, subject, reason FROM privacy_log WHERE actor_id = $1 ORDER BY id",
        )
        .await?;
        let out = json!({
            "inzage": "account",
            "made_at": self.clock.now(),
            "account": {
                "username": user.username,
                "display_name": user.display_name,
                "is_admin": user.is_admin,
                "has_password": user.has_password,
                "created_at": created,
            },
            "memberships": to_values(&memberships, &[("slug", T::S), ("name", T::S), ("role", T::S)])?,
            "revisions_written": to_values(&revisions, &[("slug", T::S), ("number", T::I), ("created_at", T::I), ("summary", T::S), ("kind", T::S)])?,
            "evaluations_recorded": to_values(&evaluations, &[("slug", T::S), ("revision", T::I), ("evaluated_on", T::S), ("created_at", T::I)])?,
            "api_tokens": to_values(&tokens, &[("name", T::S), ("created_at", T::I), ("last_used_at", T::OI), ("revoked_at", T::OI)])?,
            "sessions": to_values(&sessions, &[("created_at", T::I), ("expires_at", T::I)])?,
            "privacy_actions": to_values(&actions, &[("at", T::I), ("action", T::S), ("via", T::S), ("subject", T::S), ("reason", T::S)])?,
        });
        let mut tx = self.begin_write().await?;
        let subject = format!("account {}", id.get());
        log(
            &mut tx,
            self.clock.now(),
            "inzage",
            by,
            None,
            &subject,
            reason,
        )
        .await?;
        tx.commit().await?;
        Ok(Some(out))
    }

    /// Removes revisions older than `keep_days` days (retention). The head revision
    /// of every collaboration and every evaluated revision are kept, whatever their
    /// age. Returns how many were removed; on SQLite the file is vacuumed when any
    /// were.
    pub async fn prune_revisions(&self, keep_days: u32) -> Result<u64> {
        let cutoff = self.clock.now() - i64::from(keep_days) * 86_400;
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "DELETE FROM revisions WHERE created_at < $1 \
             AND number <> (SELECT c.head FROM collaborations c WHERE c.id = revisions.collaboration_id) \
             AND NOT EXISTS (SELECT 1 FROM evaluations e \
                 WHERE e.collaboration_id = revisions.collaboration_id AND e.revision = revisions.number)",
        )
        .bind(cutoff)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        if done > 0 {
            self.wipe_free_space().await?;
        }
        Ok(done)
    }

    /// Bytes all revisions of a collaboration take (their documents, as stored).
    pub async fn stored_bytes(&self, collaboration: CollabId) -> Result<u64> {
        let mut conn = self.pool.acquire().await?;
        stored_bytes(&mut conn, collaboration).await
    }

    /// SQLite: rebuilds the file without free pages and empties the write-ahead log,
    /// so bytes of rewritten or deleted rows are gone from disk. PostgreSQL rewrites
    /// rows as new tuples; its own VACUUM reclaims the old ones.
    async fn wipe_free_space(&self) -> Result<()> {
        if self.backend == Backend::Sqlite {
            sqlx::query("VACUUM").execute(&self.pool).await?;
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }
}

/// Refuses a new collaboration for `author` when they own as many as the quota
/// allows (checked inside the creating transaction).
pub(crate) async fn check_collaborations(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    quota: Quota,
    author: Option<UserId>,
) -> Result<()> {
    let (Some(max), Some(user)) = (quota.collaborations_per_account, author) else {
        return Ok(());
    };
    let owned: i64 =
        sqlx::query("SELECT COUNT(*) AS n FROM memberships WHERE user_id = $1 AND role = 'owner'")
            .bind(user)
            .fetch_one(&mut **tx)
            .await?
            .try_get("n")?;
    if owned >= i64::from(max) {
        return Err(StoreError::Limit(LimitReached::Collaborations { max }));
    }
    Ok(())
}

/// Refuses a revision `doc` that would take the collaboration over the quota
/// (checked inside the saving transaction). Without a byte limit nothing is measured.
pub(crate) async fn check_bytes(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    quota: Quota,
    collaboration: Option<CollabId>,
    doc: &Document,
) -> Result<()> {
    let Some(max) = quota.bytes_per_collaboration else {
        return Ok(());
    };
    let new_bytes = to_json(doc).len();
    let stored = match collaboration {
        Some(c) => stored_bytes(tx, c).await?,
        None => 0,
    };
    if stored.saturating_add(new_bytes as u64) > max {
        return Err(StoreError::Limit(LimitReached::Bytes { max }));
    }
    Ok(())
}

async fn stored_bytes(conn: &mut sqlx::AnyConnection, collaboration: CollabId) -> Result<u64> {
    // Bytes, not characters. `octet_length` reads the size from the row header on
    // both databases (SQLite 3.43 and later, bundled), so a save does not read every
    // stored document to check the limit.
    let sql = "SELECT CAST(COALESCE(SUM(OCTET_LENGTH(document)), 0) AS BIGINT) AS n \
               FROM revisions WHERE collaboration_id = $1";
    let n: i64 = sqlx::query(sql)
        .bind(collaboration)
        .fetch_one(conn)
        .await?
        .try_get("n")?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// The stored document and summary of one revision.
async fn revision_text(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    c: CollabId,
    n: i64,
) -> Result<(String, String)> {
    let row = sqlx::query(
        "SELECT document, summary FROM revisions WHERE collaboration_id = $1 AND number = $2",
    )
    .bind(c)
    .bind(n)
    .fetch_one(&mut **tx)
    .await?;
    Ok((row.try_get("document")?, row.try_get("summary")?))
}

/// `line` with every secret of at least three characters replaced by `label`.
fn scrub_line(line: &str, secrets: &[String], label: &str) -> String {
    let mut out = line.to_owned();
    for s in secrets.iter().filter(|s| s.trim().chars().count() >= 3) {
        out = out.replace(s.as_str(), label);
    }
    out
}

/// Writes one row of the privacy log.
async fn log(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    at: i64,
    action: &str,
    by: Actor,
    collaboration: Option<CollabId>,
    subject: &str,
    reason: &str,
) -> Result<()> {
    let reason: String = reason.trim().chars().take(500).collect();
    sqlx::query(
        "INSERT INTO privacy_log (at, action, actor_id, via, collaboration_id, subject, reason) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(at)
    .bind(action)
    .bind(by.user)
    .bind(by.via.as_str())
    .bind(collaboration)
    .bind(subject)
    .bind(reason)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// How a column of an inzage row is read.
#[derive(Clone, Copy)]
enum T {
    /// Text.
    S,
    /// A number.
    I,
    /// A number or nothing.
    OI,
}

/// Rows as JSON objects of the named columns.
fn to_values(rows: &[sqlx::any::AnyRow], cols: &[(&str, T)]) -> Result<Vec<Value>> {
    rows.iter()
        .map(|r| {
            let mut m = serde_json::Map::new();
            for (name, t) in cols {
                let v = match t {
                    T::S => Value::from(r.try_get::<String, _>(*name)?),
                    T::I => Value::from(r.try_get::<i64, _>(*name)?),
                    T::OI => r
                        .try_get::<Option<i64>, _>(*name)?
                        .map_or(Value::Null, Value::from),
                };
                m.insert((*name).to_owned(), v);
            }
            Ok(Value::Object(m))
        })
        .collect()
}
