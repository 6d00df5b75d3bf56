//! Invitations: a one-time link an owner makes for an e-mail address and a role. The
//! invitee opens it and either makes an account or, signed in, accepts; both land in
//! the collaboration. Only the SHA-256 hash of the link's secret is stored, as for
//! password links. A link is used, revoked or expired at most once, in one statement,
//! so two requests with the same link cannot both pass. The e-mail address is kept
//! only while the link can be used: using or revoking it clears the address, and so
//! does the next invitation made after it expired.

use crate::accounts::{hash_password, random_token, sha256_hex};
use crate::{CollabId, Result, Role, Store, StoreError, User, UserId, put_member};
use sqlx::Row;

/// An invitation as its collaboration's owners see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// Internal id.
    pub id: i64,
    /// The collaboration it is for.
    pub collaboration: CollabId,
    /// The address it was made for (lower case), so owners know whom it is for.
    pub email: String,
    /// The role the invitee gets.
    pub role: Role,
    /// Display name of the owner who made it, while that account exists.
    pub invited_by: Option<String>,
    /// Unix seconds when it was made.
    pub created_at: i64,
    /// Unix seconds when it stops working.
    pub expires_at: i64,
}

/// Where an invitation link stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationState {
    /// It can still be used.
    Pending,
    /// Its time ran out.
    Expired,
    /// An owner revoked it.
    Revoked,
    /// Someone used it already.
    Used,
}

/// What an invitation link is, as the invitee sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationLink {
    /// The invitation.
    pub invitation: Invitation,
    /// The slug of its collaboration.
    pub slug: String,
    /// Whether it can still be used.
    pub state: InvitationState,
}

/// What became of an invitation used to make a new account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewAccount {
    /// The account is made and is a member of the collaboration with this slug.
    Made {
        /// The new account.
        user: User,
        /// The collaboration it joined.
        slug: String,
    },
    /// The login name is taken; nothing was changed and the link still works.
    NameTaken,
    /// The link is not (or no longer) pending; nothing was changed.
    Gone,
}

const INVITATION_COLUMNS: &str = "i.id, i.collaboration_id, i.email, i.role, u.display_name AS inviter, \
     i.created_at, i.expires_at, i.revoked_at, i.accepted_at, c.slug";

fn invitation_row(r: &sqlx::any::AnyRow) -> Result<Invitation> {
    let role: String = r.try_get("role")?;
    Ok(Invitation {
        id: r.try_get("id")?,
        collaboration: r.try_get("collaboration_id")?,
        email: r.try_get("email")?,
        role: Role::parse(&role).ok_or(StoreError::NotFound)?,
        invited_by: r.try_get("inviter")?,
        created_at: r.try_get("created_at")?,
        expires_at: r.try_get("expires_at")?,
    })
}

/// The UPDATE that marks a pending invitation used by `$2` at `$1`, found by its hash
/// `$3`; it returns the collaboration and role, or nothing when the link is not pending.
/// The e-mail address is forgotten: it was only there to show whom a pending link is for.
const USE_INVITATION: &str = "UPDATE invitations SET accepted_at = $1, accepted_by = $2, email = '' \
     WHERE token_hash = $3 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $1 \
     RETURNING collaboration_id, role";

impl Store {
    /// Makes an invitation to `collaboration` for `email` with `role`, valid for `ttl`
    /// seconds; returns its id and the secret for the link (shown once, stored hashed).
    pub async fn create_invitation(
        &self,
        collaboration: CollabId,
        email: &str,
        role: Role,
        invited_by: UserId,
        ttl: i64,
    ) -> Result<(i64, String)> {
        let token = random_token()?;
        let now = self.clock.now();
        // Addresses of links that can no longer be used are not needed any more.
        sqlx::query("UPDATE invitations SET email = '' WHERE expires_at <= $1 AND email <> ''")
            .bind(now)
            .execute(self.pool())
            .await?;
        let id: i64 = sqlx::query(
            "INSERT INTO invitations (collaboration_id, email, role, token_hash, invited_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(collaboration)
        .bind(email.trim().to_lowercase())
        .bind(role.as_str())
        .bind(sha256_hex(&token))
        .bind(invited_by)
        .bind(now)
        .bind(now + ttl)
        .fetch_one(self.pool())
        .await?
        .try_get("id")?;
        Ok((id, token))
    }

    /// The invitations of a collaboration that can still be used, newest first.
    pub async fn pending_invitations(&self, collaboration: CollabId) -> Result<Vec<Invitation>> {
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i \
             JOIN collaborations c ON c.id = i.collaboration_id \
             LEFT JOIN users u ON u.id = i.invited_by \
             WHERE i.collaboration_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL \
             AND i.expires_at > $2 ORDER BY i.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(collaboration)
            .bind(self.clock.now())
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(invitation_row).collect()
    }

    /// Revokes a pending invitation of `collaboration`. Returns whether one was
    /// revoked (`false` for another collaboration's, a used or an unknown one).
    pub async fn revoke_invitation(&self, collaboration: CollabId, id: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE invitations SET revoked_at = $1, email = '' WHERE id = $2 AND collaboration_id = $3 \
             AND revoked_at IS NULL AND accepted_at IS NULL",
        )
        .bind(self.clock.now())
        .bind(id)
        .bind(collaboration)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The invitation a link's secret belongs to, in whatever state it is.
    pub async fn invitation_by_token(&self, token: &str) -> Result<Option<InvitationLink>> {
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i \
             JOIN collaborations c ON c.id = i.collaboration_id \
             LEFT JOIN users u ON u.id = i.invited_by WHERE i.token_hash = $1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(sha256_hex(token))
            .fetch_optional(self.pool())
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let invitation = invitation_row(&row)?;
        // Used or revoked tells more than expired: a used link also ran out later.
        let state = if row.try_get::<Option<i64>, _>("accepted_at")?.is_some() {
            InvitationState::Used
        } else if row.try_get::<Option<i64>, _>("revoked_at")?.is_some() {
            InvitationState::Revoked
        } else if invitation.expires_at <= self.clock.now() {
            InvitationState::Expired
        } else {
            InvitationState::Pending
        };
        Ok(Some(InvitationLink {
            invitation,
            slug: row.try_get("slug")?,
            state,
        }))
    }

    /// An existing account accepts a pending invitation: it becomes a member with the
    /// invitation's role, or keeps its role when that is stronger (an invitation never
    /// demotes). Returns the slug of the collaboration, or `None` when the link is not
    /// pending.
    pub async fn accept_invitation(&self, token: &str, user: UserId) -> Result<Option<String>> {
        let now = self.clock.now();
        let mut tx = self.begin_write().await?;
        let Some(row) = sqlx::query(USE_INVITATION)
            .bind(now)
            .bind(user)
            .bind(sha256_hex(token))
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(None);
        };
        let collaboration: CollabId = row.try_get("collaboration_id")?;
        let invited =
            Role::parse(&row.try_get::<String, _>("role")?).ok_or(StoreError::NotFound)?;
        let current = sqlx::query(
            "SELECT role FROM memberships WHERE collaboration_id = $1 AND user_id = $2",
        )
        .bind(collaboration)
        .bind(user)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| r.try_get::<String, _>("role"))
        .transpose()?
        .and_then(|r| Role::parse(&r));
        if current.is_none_or(|c| c < invited) {
            put_member(&mut tx, collaboration, user, Some(invited)).await?;
        }
        let slug = collaboration_slug(&mut tx, collaboration).await?;
        tx.commit().await?;
        Ok(Some(slug))
    }

    /// Makes a new account with a pending invitation and makes it a member with the
    /// invitation's role, all in one transaction: a taken login name or a link that is
    /// no longer pending changes nothing.
    pub async fn accept_invitation_as_new_user(
        &self,
        token: &str,
        username: &str,
        display_name: &str,
        password: &str,
    ) -> Result<NewAccount> {
        let username = username.trim().to_lowercase();
        let p = password.to_owned();
        let hash = tokio::task::spawn_blocking(move || hash_password(&p))
            .await
            .map_err(|_| StoreError::Hash)??;
        let now = self.clock.now();
        let mut tx = self.begin_write().await?;
        let taken = sqlx::query("SELECT id FROM users WHERE username = $1")
            .bind(&username)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        // Whether the link still works is checked first: a dead link must not tell
        // whether a login name exists.
        let pending = sqlx::query(
            "SELECT id FROM invitations WHERE token_hash = $1 AND accepted_at IS NULL \
             AND revoked_at IS NULL AND expires_at > $2",
        )
        .bind(sha256_hex(token))
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        if !pending {
            return Ok(NewAccount::Gone);
        }
        if taken {
            return Ok(NewAccount::NameTaken);
        }
        let row = sqlx::query(
            "INSERT INTO users (username, display_name, password_hash, is_admin, created_at) \
             VALUES ($1, $2, $3, 0, $4) \
             RETURNING id, username, display_name, is_admin, password_hash, disabled_at",
        )
        .bind(&username)
        .bind(display_name.trim())
        .bind(hash)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let user = crate::accounts::user_row(&row)?;
        let Some(used) = sqlx::query(USE_INVITATION)
            .bind(now)
            .bind(user.id)
            .bind(sha256_hex(token))
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(NewAccount::Gone);
        };
        let collaboration: CollabId = used.try_get("collaboration_id")?;
        let role = Role::parse(&used.try_get::<String, _>("role")?).ok_or(StoreError::NotFound)?;
        put_member(&mut tx, collaboration, user.id, Some(role)).await?;
        let slug = collaboration_slug(&mut tx, collaboration).await?;
        tx.commit().await?;
        Ok(NewAccount::Made { user, slug })
    }
}

async fn collaboration_slug(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    collaboration: CollabId,
) -> Result<String> {
    Ok(sqlx::query("SELECT slug FROM collaborations WHERE id = $1")
        .bind(collaboration)
        .fetch_one(&mut **tx)
        .await?
        .try_get("slug")?)
}
