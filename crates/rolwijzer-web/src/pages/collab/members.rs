//! Members and access: who may read, change or manage a collaboration, and how far it
//! is published (chosen on the settings page). Members see the list; owners change it. Visitors of a published
//! collaboration do not see who has access (404).
//!
//! Owners bring someone in with an invitation: an e-mail address and a role give a
//! one-time link (see `pages/invite.rs`). The form takes no login names, so it never
//! tells whether an account exists, and nobody is added without accepting. A new link
//! is shown on the answer to the form itself, not after a redirect: it is a secret and
//! must not end up in a URL, the browser history or a log.

use crate::AppState;
use crate::http::access::{CollabPage, Loaded};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::pages::admin::users::origin;
use crate::ui::forms::CollabForm;
use crate::ui::forms::field;
use crate::ui::nav::CollabNav;
use crate::ui::render::page_with_status;
use askama::Template;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::i18n::Args;
use rolwijzer_store::{Role, UserId};
use std::collections::BTreeMap;

/// How long an invitation link works, in seconds (7 days).
pub const INVITATION_TTL: i64 = 7 * 86_400;
/// Longest e-mail address accepted (RFC 5321's limit on a path).
const MAX_EMAIL: usize = 254;

/// The three roles, most rights first, for forms.
const ROLES: [Role; 3] = [Role::Owner, Role::Editor, Role::Viewer];

/// A role choice in a form.
struct RoleOption {
    value: &'static str,
    label: String,
    explanation: String,
}

/// A member as listed.
struct MemberRow {
    user_id: UserId,
    /// The login name, for the administrator only: others see display names, never
    /// login names (which would help guessing at sign-in; issue 13).
    username: Option<String>,
    display_name: String,
    role: &'static str,
    role_label: String,
    is_me: bool,
    error: Option<String>,
}

/// An invitation that can still be used, as listed for owners.
struct InvitationRow {
    id: i64,
    email: String,
    role_label: String,
    /// Until when it works, in words.
    expires: String,
    /// Who made it, when that account still exists.
    invited_by: Option<String>,
}

/// A link just made: the only time it is shown.
struct NewInvitation {
    email: String,
    url: String,
    /// How long it works, in words.
    valid_for: String,
}

#[derive(Template)]
#[template(path = "collab/members.html")]
struct MembersPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    is_owner: bool,
    /// How far the collaboration is published, in words (changed on the settings
    /// page, with a confirmation).
    publishing: String,
    members: Vec<MemberRow>,
    /// Whether the list has the column of login names (the administrator only).
    show_usernames: bool,
    roles: Vec<RoleOption>,
    /// Pending invitations (owners only).
    invitations: Vec<InvitationRow>,
    /// The link of the invitation just made.
    new_invitation: Option<NewInvitation>,
    add_email: String,
    add_role: String,
    /// Problems with the invite form, by field (`email`, `role`).
    errors: BTreeMap<String, String>,
    /// A problem with the whole page (publishing).
    notice: Option<String>,
}

/// What to show again when a form was refused.
#[derive(Default)]
struct Refused {
    add_email: String,
    add_role: String,
    errors: BTreeMap<String, String>,
    row: Option<(UserId, String)>,
    notice: Option<String>,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    refused: Option<Refused>,
) -> AppResult<Response> {
    render_with(state, ctx, l, refused, None).await
}

async fn render_with(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    refused: Option<Refused>,
    new_invitation: Option<NewInvitation>,
) -> AppResult<Response> {
    let status = if refused.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let r = refused.unwrap_or_default();
    let me = ctx.user.as_ref().map(|u| u.id);
    let show_usernames = ctx.user.as_ref().is_some_and(|u| u.is_admin);
    let members = state
        .store
        .members(l.collab.id)
        .await?
        .into_iter()
        .map(|m| MemberRow {
            role: m.role.as_str(),
            role_label: ctx.t(&format!("role-{}", m.role.as_str())),
            is_me: Some(m.user_id) == me,
            error: r
                .row
                .as_ref()
                .filter(|(id, _)| *id == m.user_id)
                .map(|(_, e)| e.clone()),
            user_id: m.user_id,
            username: show_usernames.then_some(m.username),
            display_name: m.display_name,
        })
        .collect();
    let invitations = if l.is_owner() {
        state
            .store
            .pending_invitations(l.collab.id)
            .await?
            .into_iter()
            .map(|i| InvitationRow {
                id: i.id,
                role_label: ctx.t(&format!("role-{}", i.role.as_str())),
                expires: ctx.date_time(i.expires_at),
                invited_by: i.invited_by,
                email: i.email,
            })
            .collect()
    } else {
        Vec::new()
    };
    let p = MembersPage {
        title: ctx.t("members-title"),
        nav: Some(CollabNav::new(ctx, l, "/members")),
        slug: l.collab.slug.clone(),
        is_owner: l.is_owner(),
        publishing: ctx.t(&format!(
            "publishing-level-{}",
            l.collab.publishing.level.id()
        )),
        members,
        show_usernames,
        roles: ROLES
            .iter()
            .map(|r| RoleOption {
                value: r.as_str(),
                label: ctx.t(&format!("role-{}", r.as_str())),
                explanation: ctx.t(&format!("members-role-{}-explained", r.as_str())),
            })
            .collect(),
        invitations,
        new_invitation,
        add_email: r.add_email,
        add_role: if r.add_role.is_empty() {
            Role::Viewer.as_str().to_owned()
        } else {
            r.add_role
        },
        errors: r.errors,
        notice: r.notice,
        ctx: ctx.clone(),
    };
    let res = page_with_status(ctx, &p, status)?;
    Ok(res)
}

pub(crate) async fn show(req: CollabPage) -> AppResult<Response> {
    let (state, ctx, l) = (req.state, req.ctx, req.l);
    render(&state, &ctx, &l, None).await
}

fn back(slug: &str) -> Response {
    Redirect::to(&format!("/c/{slug}/members")).into_response()
}

fn owners(members: &[rolwijzer_store::Member]) -> usize {
    members.iter().filter(|m| m.role == Role::Owner).count()
}

/// Whether `s` looks like an e-mail address: one `@`, something before it, a domain
/// with a dot after it, no spaces. Nothing is sent to it yet; it tells owners whom
/// a pending link is for.
fn email_ok(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    s.chars().count() <= MAX_EMAIL
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

pub(crate) async fn invite(headers: HeaderMap, form: CollabForm) -> AppResult<Response> {
    let (state, ctx, l, pairs) = (&form.state, &form.ctx, &form.l, &form.pairs);
    let user = ctx.require_user()?;
    let email = field(pairs, "email").unwrap_or("").trim().to_owned();
    let role_raw = field(pairs, "role").unwrap_or("").to_owned();
    let mut errors = BTreeMap::new();
    let role = Role::parse(&role_raw);
    if role.is_none() {
        errors.insert("role".to_owned(), ctx.t("members-error-role"));
    }
    if email.is_empty() {
        errors.insert("email".to_owned(), ctx.t("invite-error-email-empty"));
    } else if !email_ok(&email) {
        errors.insert("email".to_owned(), ctx.t("invite-error-email"));
    }
    let Some(role) = role.filter(|_| errors.is_empty()) else {
        let refused = Refused {
            add_email: email,
            add_role: role_raw,
            errors,
            ..Refused::default()
        };
        return render(state, ctx, l, Some(refused)).await;
    };
    let (_, token) = state
        .store
        .create_invitation(l.collab.id, &email, role, user.id, INVITATION_TTL)
        .await?;
    let made = NewInvitation {
        url: format!("{}/invite/{token}", origin(state, &headers)),
        valid_for: ctx.ta(
            "invite-valid",
            &Args::new().count("days", (INVITATION_TTL / 86_400) as usize),
        ),
        email: email.to_lowercase(),
    };
    render_with(state, ctx, l, None, Some(made)).await
}

pub(crate) async fn revoke_invitation(
    Path((_, id)): Path<(String, String)>,
    form: CollabForm,
) -> AppResult<Response> {
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    // Another collaboration's, a used or an unknown invitation: as if it did not
    // exist. A second click on a revoked one is fine.
    let pending = form
        .state
        .store
        .pending_invitations(form.l.collab.id)
        .await?
        .iter()
        .any(|i| i.id == id);
    if pending {
        form.state
            .store
            .revoke_invitation(form.l.collab.id, id)
            .await?;
    }
    Ok(back(&form.slug))
}

fn user_id(s: &str) -> AppResult<UserId> {
    s.parse::<UserId>().map_err(|_| AppError::NotFound)
}

/// Every member, and the role of the member `user` of the path (404 when there is
/// no such member).
async fn members_and_role(
    form: &CollabForm,
    user: &str,
) -> AppResult<(Vec<rolwijzer_store::Member>, UserId, Role)> {
    let user = user_id(user)?;
    let members = form.state.store.members(form.l.collab.id).await?;
    let role = members
        .iter()
        .find(|m| m.user_id == user)
        .ok_or(AppError::NotFound)?
        .role;
    Ok((members, user, role))
}

/// Shows the list again with the text `message` at the row of `user` (422).
async fn refused_at(form: &CollabForm, user: UserId, message: &str) -> AppResult<Response> {
    let refused = Refused {
        row: Some((user, form.ctx.t(message))),
        ..Refused::default()
    };
    render(&form.state, &form.ctx, &form.l, Some(refused)).await
}

pub(crate) async fn change_role(
    Path((_, user)): Path<(String, String)>,
    form: CollabForm,
) -> AppResult<Response> {
    let (members, user, was) = members_and_role(&form, &user).await?;
    let Some(role) = field(&form.pairs, "role").and_then(Role::parse) else {
        return refused_at(&form, user, "members-error-role").await;
    };
    let demoted = was == Role::Owner && role != Role::Owner;
    if demoted && owners(&members) <= 1
        || !form
            .state
            .store
            .change_member_keeping_an_owner(form.l.collab.id, user, Some(role))
            .await?
    {
        // The last owner, or another owner left or was demoted at the same moment.
        return refused_at(&form, user, "members-error-last-owner-demote").await;
    }
    Ok(back(&form.slug))
}

pub(crate) async fn remove(
    Path((_, user)): Path<(String, String)>,
    form: CollabForm,
) -> AppResult<Response> {
    let (members, user, role) = members_and_role(&form, &user).await?;
    if role == Role::Owner && owners(&members) <= 1
        || !form
            .state
            .store
            .change_member_keeping_an_owner(form.l.collab.id, user, None)
            .await?
    {
        return refused_at(&form, user, "members-error-last-owner-remove").await;
    }
    if form.ctx.user.as_ref().is_some_and(|u| u.id == user) {
        // You left: this page is no longer yours to see.
        return Ok(Redirect::to("/").into_response());
    }
    Ok(back(&form.slug))
}
