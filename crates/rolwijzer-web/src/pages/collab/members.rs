//! Members and access: who may read, change or manage a collaboration, and how far it
//! is published (chosen on the settings page). Members see the list; owners change it. Visitors of a published
//! collaboration do not see who has access (404).

use crate::AppState;
use crate::http::access::{CollabPage, Loaded};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::CollabForm;
use crate::ui::forms::field;
use crate::ui::nav::CollabNav;
use crate::ui::render::page_with_status;
use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_store::{Role, UserId};
use std::collections::BTreeMap;

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
    add_username: String,
    add_role: String,
    /// Problems with the add form, by field (`username`, `role`).
    errors: BTreeMap<String, String>,
    /// A problem with the whole page (publishing).
    notice: Option<String>,
}

/// What to show again when a form was refused.
#[derive(Default)]
struct Refused {
    add_username: String,
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
        add_username: r.add_username,
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

pub(crate) async fn add(form: CollabForm) -> AppResult<Response> {
    let (state, ctx, l, slug, pairs) = (&form.state, &form.ctx, &form.l, &form.slug, &form.pairs);
    let username = field(pairs, "username").unwrap_or("").trim().to_owned();
    let role_raw = field(pairs, "role").unwrap_or("").to_owned();
    let mut errors = BTreeMap::new();
    let role = Role::parse(&role_raw);
    if role.is_none() {
        errors.insert("role".to_owned(), ctx.t("members-error-role"));
    }
    let user = if username.is_empty() {
        errors.insert("username".to_owned(), ctx.t("members-error-username-empty"));
        None
    } else {
        match state.store.user_by_name(&username).await? {
            Some(u) => {
                if state.store.role(l.collab.id, u.id).await?.is_some() {
                    errors.insert("username".to_owned(), ctx.t("members-error-already"));
                }
                Some(u)
            }
            None => {
                errors.insert("username".to_owned(), ctx.t("members-error-unknown-user"));
                None
            }
        }
    };
    match (user, role) {
        (Some(u), Some(role)) if errors.is_empty() => {
            state.store.set_role(l.collab.id, u.id, role).await?;
            Ok(back(slug))
        }
        _ => {
            let refused = Refused {
                add_username: username,
                add_role: role_raw,
                errors,
                ..Refused::default()
            };
            render(state, ctx, l, Some(refused)).await
        }
    }
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
