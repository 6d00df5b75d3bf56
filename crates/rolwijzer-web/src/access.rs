//! Who may see and change a collaboration. Members see it with their role; anyone sees
//! a published one read-only; everyone else gets 404.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use rolwijzer_core::{Document, Report, analyse};
use rolwijzer_store::{Collaboration, Revision, Role};
use std::sync::Arc;

/// What a request needs to do with a collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Look at it.
    View,
    /// Change the division.
    Edit,
    /// Manage members and publishing.
    Own,
}

/// A collaboration loaded for a request, with its newest revision and analysis.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The collaboration.
    pub collab: Collaboration,
    /// The newest revision (shared: see `crate::cache`).
    pub head: Arc<Revision>,
    /// The analysis of the newest revision, today.
    pub report: Arc<Report>,
    /// The user's role; `None` for a visitor of a published collaboration.
    pub role: Option<Role>,
}

impl Loaded {
    /// The document of the newest revision.
    pub fn doc(&self) -> &Document {
        &self.head.document
    }

    /// Whether the user may change the division.
    pub fn can_edit(&self) -> bool {
        self.role.is_some_and(Role::can_edit)
    }

    /// Whether the user owns the collaboration.
    pub fn is_owner(&self) -> bool {
        self.role == Some(Role::Owner)
    }
}

/// Loads a collaboration if the request may do `need` with it.
pub async fn load(state: &AppState, ctx: &Ctx, slug: &str, need: Need) -> AppResult<Loaded> {
    let collab = state
        .store
        .collaboration(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = match &ctx.user {
        Some(u) => state.store.role(collab.id, u.id).await?,
        None => None,
    };
    let allowed = match (need, role) {
        (Need::View, Some(_)) => true,
        (Need::View, None) if collab.published => true,
        (Need::Edit, Some(r)) => r.can_edit(),
        (Need::Own, Some(r)) => r == Role::Owner,
        (Need::View, None) => return Err(AppError::NotFound),
        (_, None) => {
            // A visitor may look at a published collaboration, but never change it;
            // a stranger must not learn that an unpublished one exists.
            return Err(if collab.published {
                if ctx.user.is_none() {
                    AppError::SignIn
                } else {
                    AppError::Forbidden
                }
            } else {
                AppError::NotFound
            });
        }
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let today = state.today();
    let (head, report) = match state.analyses.get(collab.id, collab.head, today) {
        Some(hit) => hit,
        None => {
            let head = Arc::new(state.store.revision(collab.id, collab.head).await?);
            let report = Arc::new(analyse(&head.document, today));
            state
                .analyses
                .put(collab.id, head.clone(), report.clone(), today);
            (head, report)
        }
    };
    Ok(Loaded {
        collab,
        head,
        report,
        role,
    })
}
