//! The start page (`/`): the user's collaborations and the published ones; and the
//! about page (`/about`).

use crate::AppState;
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;

/// A collaboration on the start page.
pub struct CollabCard {
    slug: String,
    name: String,
    role: String,
    published: bool,
    /// Whether all its pages are published (the full level), not only `/p/`.
    open: bool,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    mine: Vec<CollabCard>,
    published: Vec<CollabCard>,
}

pub(crate) async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let mut mine = Vec::new();
    if let Some(u) = &ctx.user {
        for (c, role) in state.store.collaborations_of(u.id).await? {
            mine.push(CollabCard {
                role: ctx.t(&format!("role-{}", role.as_str())),
                slug: c.slug,
                name: c.name,
                published: c.published,
                open: true,
            });
        }
    }
    let published = state
        .store
        .published()
        .await?
        .into_iter()
        .map(|c| CollabCard {
            open: c.publishing.level.shows_everything(),
            slug: c.slug,
            name: c.name,
            role: String::new(),
            published: true,
        })
        .collect();
    let title = if ctx.user.is_some() {
        ctx.t("home-title-member")
    } else {
        ctx.t("home-title")
    };
    page(
        &ctx,
        &HomePage {
            title,
            nav: None,
            mine,
            published,
            ctx: ctx.clone(),
        },
    )
}

#[derive(Template)]
#[template(path = "about.html")]
struct AboutPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
}

pub(crate) async fn about(ctx: Ctx) -> AppResult<Response> {
    page(
        &ctx,
        &AboutPage {
            title: ctx.t("about-title"),
            nav: None,
            ctx: ctx.clone(),
        },
    )
}
