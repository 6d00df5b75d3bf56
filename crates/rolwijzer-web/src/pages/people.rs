//! Pages of the people area (being written).

use crate::AppState;
use axum::Router;

/// Routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
}
