//! The privacy statement (`/privacy`): what personal data this instance stores, why,
//! for how long and who can see it, in Dutch and English, filled from the instance's
//! own settings. The municipality that runs rolwijzer is the controller; the text for
//! its processing register is in docs/PRIVACY.md.

use crate::AppState;
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::http::startup::SETUP_LINK_TTL;
use crate::pages::auth::SESSION_TTL;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use rolwijzer_core::i18n::Args;

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    session: String,
    setup_link: String,
    transport: String,
    /// How long things are kept, with this instance's retention of old versions.
    how_long: String,
}

/// GET /privacy
pub(crate) async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let hours = usize::try_from(SESSION_TTL / 3600).unwrap_or(12);
    let days = usize::try_from(SETUP_LINK_TTL / 86_400).unwrap_or(7);
    // Whether this instance is set up for HTTPS only, as its administrator set it.
    let transport = if state.secure_cookies || state.hsts {
        ctx.t("privacy-transport-https")
    } else {
        ctx.t("privacy-transport-unknown")
    };
    let versions = match state.store.retention() {
        None => ctx.t("privacy-versions-all"),
        Some(days) => ctx.ta(
            "privacy-versions-days",
            &Args::new().count("days", days as usize),
        ),
    };
    page(
        &ctx,
        &PrivacyPage {
            title: ctx.t("privacy-title"),
            nav: None,
            session: ctx.ta("privacy-session", &Args::new().count("hours", hours)),
            setup_link: ctx.ta("privacy-setup-link", &Args::new().count("days", days)),
            transport,
            how_long: ctx.ta("privacy-how-long", &Args::new().with("versions", versions)),
            ctx: ctx.clone(),
        },
    )
}
