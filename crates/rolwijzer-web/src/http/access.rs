//! Who may do what. Every route declares its [`Access`] in the route table
//! (`crate::routes`); [`authorize`] enforces it before any handler runs, and hands the
//! handler what it checked: the [`Ctx`], and for a collaboration's route the loaded
//! collaboration as [`Member`]. Members see a collaboration with their role; anyone
//! sees one published at the full level read-only, as its public view (issue 13:
//! only the personal details its owners switched on); everyone else gets 404, also
//! for a collaboration published at the summary level, which shows only `/p/`.

use crate::AppState;
use crate::api::Caller;
use crate::http::cache::View;
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rolwijzer_core::privacy::{Publishing, public_view};
use rolwijzer_core::{Document, Id, Report, analyse};
use rolwijzer_store::{Collaboration, Revision, RevisionMeta, Role};
use std::sync::Arc;

/// Who may use a route, as the route table declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Anyone,
    /// Any signed-in account (others are sent to sign in).
    SignedIn,
    /// The instance's administrator (others get 404: the page is not advertised).
    Admin,
    /// The collaboration named by `{slug}`, with at least this need. A visitor may
    /// view a published collaboration.
    Collab(Need),
    /// Like [`Access::Collab`], but for members only: publishing shows the division,
    /// not who has access.
    Member(Need),
    /// The JSON API: the caller is who its bearer token says, or anonymous.
    Api,
    /// The JSON API on the collaboration named by `{slug}`, by the same rules as
    /// [`Access::Collab`]; changing it always needs a token.
    ApiCollab(Need),
}

impl Access {
    /// The collaboration need of this access, if it is about one.
    pub fn need(self) -> Option<Need> {
        match self {
            Access::Collab(n) | Access::Member(n) | Access::ApiCollab(n) => Some(n),
            _ => None,
        }
    }
}

/// Enforces a route's [`Access`] (a route layer put on every route by the table).
pub async fn authorize(
    State((state, access)): State<(AppState, Access)>,
    req: Request,
    next: Next,
) -> Response {
    let (mut parts, body) = req.into_parts();
    let checked = match access {
        Access::Api | Access::ApiCollab(_) => check_api(&state, access, &mut parts).await,
        _ => check_page(&state, access, &mut parts)
            .await
            .map_err(IntoResponse::into_response),
    };
    match checked {
        Ok(()) => next.run(Request::from_parts(parts, body)).await,
        Err(refused) => refused,
    }
}

/// The `{slug}` of the matched route.
async fn slug_of(parts: &mut Parts, state: &AppState) -> Option<String> {
    let params = RawPathParams::from_request_parts(parts, state).await.ok()?;
    params
        .iter()
        .find(|(name, _)| *name == "slug")
        .map(|(_, value)| value.to_owned())
}

async fn check_page(state: &AppState, access: Access, parts: &mut Parts) -> AppResult<()> {
    let ctx = Ctx::from_request_parts(parts, state).await?;
    match access {
        Access::SignedIn => {
            ctx.require_user()?;
        }
        Access::Admin => {
            if !ctx.user.as_ref().is_some_and(|u| u.is_admin) {
                return Err(AppError::NotFound);
            }
        }
        Access::Collab(need) | Access::Member(need) => {
            let slug = slug_of(parts, state).await.ok_or(AppError::NotFound)?;
            let l = load(state, &ctx, &slug, need).await?;
            if matches!(access, Access::Member(_)) && l.role.is_none() {
                return Err(AppError::NotFound);
            }
            parts.extensions.insert(l);
        }
        Access::Anyone | Access::Api | Access::ApiCollab(_) => {}
    }
    parts.extensions.insert(ctx);
    Ok(())
}

async fn check_api(state: &AppState, access: Access, parts: &mut Parts) -> Result<(), Response> {
    let caller = Caller::from_request_parts(parts, state).await?;
    let lang = caller.lang();
    let problem = |e: AppError| crate::api::ApiError::from(e).into_problem(lang);
    if let Access::ApiCollab(need) = access {
        // Writing always needs a token: without one the answer is 401 whatever the
        // slug, which tells nothing about which collaborations exist.
        if need != Need::View && caller.ctx.user.is_none() {
            return Err(problem(AppError::SignIn));
        }
        let slug = slug_of(parts, state)
            .await
            .ok_or_else(|| problem(AppError::NotFound))?;
        let l = load(state, &caller.ctx, &slug, need)
            .await
            .map_err(problem)?;
        parts.extensions.insert(l);
    }
    parts.extensions.insert(caller);
    Ok(())
}

/// The collaboration of a `{slug}` route, loaded and checked by [`authorize`] as the
/// route table says. A handler that asks for it on a route the table gives no
/// collaboration access fails loudly (500), and the route × role test finds it.
#[derive(Debug, Clone)]
pub struct Member(pub Loaded);

impl FromRequestParts<AppState> for Member {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Loaded>()
            .cloned()
            .map(Member)
            .ok_or(AppError::Misrouted)
    }
}

/// What a handler of a collaboration's page needs: the app, the request's context,
/// the collaboration the route table checked, the route's `{slug}` and the query.
pub struct CollabPage {
    /// The app.
    pub state: AppState,
    /// The request's context.
    pub ctx: Ctx,
    /// The collaboration, loaded and checked by the route table.
    pub l: Loaded,
    /// The `{slug}` of the route.
    pub slug: String,
    /// The raw query string, if any.
    pub query: Option<String>,
}

impl FromRequestParts<AppState> for CollabPage {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> AppResult<Self> {
        let ctx = Ctx::from_request_parts(parts, state).await?;
        let Member(l) = Member::from_request_parts(parts, state).await?;
        // The route table gave this route collaboration access, so it has a `{slug}`.
        let slug = slug_of(parts, state).await.ok_or(AppError::Misrouted)?;
        Ok(CollabPage {
            state: state.clone(),
            ctx,
            l,
            slug,
            query: parts.uri.query().map(str::to_owned),
        })
    }
}

impl CollabPage {
    /// Whether the page was reached after a save (`?saved=1`), to say so.
    pub fn saved(&self) -> bool {
        crate::ui::render::saved_flag(self.query.as_deref())
    }
}

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
    /// The newest revision (shared: see `crate::http::cache`).
    pub head: Arc<Revision>,
    /// The analysis of the newest revision, today.
    pub report: Arc<Report>,
    /// The user's role; `None` for a visitor of a published collaboration, who gets
    /// the public view in `head` and `report`.
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

    /// Whether the user is a visitor, who sees the public view.
    pub fn is_visitor(&self) -> bool {
        self.role.is_none()
    }

    /// Revision `number` as this user may see it: for a visitor its public view,
    /// without author or summary (both may name people).
    pub async fn revision(&self, state: &AppState, number: i64) -> AppResult<Revision> {
        let rev = state.store.revision(self.collab.id, number).await?;
        if !self.is_visitor() {
            return Ok(rev);
        }
        let today = state.today();
        let publishing = self.collab.publishing.clone();
        state
            .work
            .run(move || {
                let contact = analyse(&rev.document, today).contact.map(|c| c.person);
                public_revision(&rev, contact.as_ref(), &publishing)
            })
            .await
    }
}

/// `rev` as visitors see it: the public view of its document; no author, no summary.
fn public_revision(rev: &Revision, contact: Option<&Id>, p: &Publishing) -> Revision {
    Revision {
        meta: RevisionMeta {
            author: None,
            summary: String::new(),
            ..rev.meta.clone()
        },
        document: public_view(&rev.document, contact, p),
    }
}

impl Loaded {
    /// The same collaboration as it is now (after a save, or a refused one that
    /// shows the newest version). Access was checked for this request already.
    pub async fn fresh(&self, state: &AppState) -> AppResult<Loaded> {
        let collab = state
            .store
            .collaboration(&self.collab.slug)
            .await?
            .ok_or(AppError::NotFound)?;
        let (head, report) = if self.is_visitor() {
            public_analysed(state, &collab).await?
        } else {
            analysed(state, &collab).await?
        };
        Ok(Loaded {
            collab,
            head,
            report,
            role: self.role,
        })
    }
}

/// The head revision of `collab` and its analysis today, from the shared cache.
async fn analysed(
    state: &AppState,
    collab: &Collaboration,
) -> AppResult<(Arc<Revision>, Arc<Report>)> {
    let today = state.today();
    Ok(
        match state.analyses.get(collab.id, collab.head, today, &None) {
            Some(hit) => hit,
            None => {
                let head = Arc::new(state.store.revision(collab.id, collab.head).await?);
                let job = head.clone();
                let report = Arc::new(
                    state
                        .work
                        .run(move || analyse(&job.document, today))
                        .await?,
                );
                state
                    .analyses
                    .put(collab.id, head.clone(), report.clone(), today, None);
                (head, report)
            }
        },
    )
}

/// The head revision of `collab` as visitors see it (the public view, made once by
/// the core's `public_view` and shared by every page, download, export and API
/// answer) and its analysis, from the shared cache.
pub async fn public_analysed(
    state: &AppState,
    collab: &Collaboration,
) -> AppResult<(Arc<Revision>, Arc<Report>)> {
    let today = state.today();
    let p = &collab.publishing;
    let view: View = Some((p.disclosure, p.contact_address.clone()));
    if let Some(hit) = state.analyses.get(collab.id, collab.head, today, &view) {
        return Ok(hit);
    }
    // The contact person is who the members' analysis names.
    let (head, report) = analysed(state, collab).await?;
    let contact = report.contact.as_ref().map(|c| c.person.clone());
    let publishing = p.clone();
    let (public, public_report) = state
        .work
        .run(move || {
            let public = public_revision(&head, contact.as_ref(), &publishing);
            let report = analyse(&public.document, today);
            (public, report)
        })
        .await?;
    let (public, public_report) = (Arc::new(public), Arc::new(public_report));
    state.analyses.put(
        collab.id,
        public.clone(),
        public_report.clone(),
        today,
        view,
    );
    Ok((public, public_report))
}

/// Loads a collaboration if the request may do `need` with it.
async fn load(state: &AppState, ctx: &Ctx, slug: &str, need: Need) -> AppResult<Loaded> {
    let collab = state
        .store
        .collaboration(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = match &ctx.user {
        Some(u) => state.store.role(collab.id, u.id).await?,
        None => None,
    };
    // Only the full level opens the collaboration's pages to visitors; at the summary
    // level they are as absent as a private collaboration's.
    let open = collab.publishing.level.shows_everything();
    let allowed = match (need, role) {
        (Need::View, Some(_)) => true,
        (Need::View, None) if open => true,
        (Need::Edit, Some(r)) => r.can_edit(),
        (Need::Own, Some(r)) => r == Role::Owner,
        (Need::View, None) => return Err(AppError::NotFound),
        (_, None) => {
            // A visitor may look at a published collaboration, but never change it;
            // a stranger must not learn that an unpublished one exists.
            return Err(if open {
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
    let (head, report) = if role.is_some() {
        analysed(state, &collab).await?
    } else {
        public_analysed(state, &collab).await?
    };
    Ok(Loaded {
        collab,
        head,
        report,
        role,
    })
}
