//! The people area: parties, people and groups; the collaboration's settings
//! (including the rotation); and the start wizard for a new collaboration.

mod fields;
mod list;
mod settings;
mod wizard;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

/// Routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/c/new", get(wizard::start).post(wizard::step))
        .route("/c/{slug}/people", get(list::show))
        .route("/c/{slug}/people/{kind}", post(list::post_entry))
        .route(
            "/c/{slug}/people/{kind}/{id}/remove",
            get(list::confirm_remove),
        )
        .route(
            "/c/{slug}/settings",
            get(settings::show).post(settings::save),
        )
        .route("/c/{slug}/settings/rotation", post(settings::save_rotation))
}
