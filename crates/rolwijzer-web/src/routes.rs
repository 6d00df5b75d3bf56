//! Every route of the app in one table: method, path, handler, and who may use it.
//!
//! The router is built from this table only, and every route gets the
//! [`authorize`] layer with the access written here, so a route cannot forget its
//! check. The route × role test reads [`ROUTES`] too. To find a page: its path is
//! here, its handler is `pages/<path>` (a collaboration's pages under
//! `pages/collab/`), its template is `templates/<path>.html`, its texts are in
//! `locales/{nl,en}/` under the same area name.

use crate::AppState;
use crate::api;
use crate::http::access::authorize;
pub use crate::http::access::{Access, Need};
use crate::pages::{account, admin, assets, auth, collab, home, invite, privacy, public};
use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::{MethodFilter, any, on};

/// One route: what the table says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// `GET`, `POST` or `PUT`.
    pub method: &'static str,
    /// The path pattern, as axum matches it (`/c/{slug}/matrix`).
    pub path: &'static str,
    /// Who may use it.
    pub access: Access,
}

/// Declares the table once and builds both the list and the router from it.
macro_rules! table {
    ($($method:ident $path:literal => $handler:path, $access:expr;)*) => {
        /// Every route of the app, in the order of the site.
        pub const ROUTES: &[Route] = &[
            $(Route { method: stringify!($method), path: $path, access: $access },)*
        ];

        /// The pages' router and the API's router, each route behind its access.
        fn routers(state: &AppState) -> (Router<AppState>, Router<AppState>) {
            let (mut pages, mut api) = (Router::new(), Router::new());
            $(
                let route = on(MethodFilter::$method, $handler)
                    .route_layer(from_fn_with_state((state.clone(), $access), authorize));
                if $path.starts_with("/api/") {
                    api = api.route($path, route);
                } else {
                    pages = pages.route($path, route);
                }
            )*
            (pages, api)
        }
    };
}

use Access::{Admin, Anyone, Api, ApiCollab, Collab, Member, SignedIn};
use Need::{Edit, Own, View};

table! {
    // The site, signing in, accounts.
    GET  "/"                                  => home::home, Anyone;
    GET  "/about"                             => home::about, Anyone;
    GET  "/privacy"                           => privacy::show, Anyone;
    GET  "/healthz"                           => assets::healthz, Anyone;
    GET  "/static/style.css"                  => assets::style, Anyone;
    GET  "/static/matrix.js"                  => assets::matrix_js, Anyone;
    GET  "/static/copy.js"                    => assets::copy_js, Anyone;
    GET  "/favicon.svg"                       => assets::favicon, Anyone;
    GET  "/favicon.ico"                       => assets::favicon, Anyone;
    GET  "/login"                             => auth::login_form, Anyone;
    POST "/login"                             => auth::login, Anyone;
    POST "/logout"                            => auth::logout, Anyone;
    GET  "/setup/{token}"                     => auth::setup_form, Anyone;
    POST "/setup/{token}"                     => auth::setup, Anyone;
    GET  "/invite/{token}"                    => invite::show, Anyone;
    POST "/invite/{token}"                    => invite::create_account, Anyone;
    POST "/invite/{token}/accept"             => invite::accept, SignedIn;
    GET  "/account/password"                  => account::password::show, SignedIn;
    POST "/account/password"                  => account::password::change, SignedIn;
    GET  "/account/tokens"                    => account::tokens::show, SignedIn;
    POST "/account/tokens"                    => account::tokens::create, SignedIn;
    POST "/account/tokens/{id}/revoke"        => account::tokens::revoke, SignedIn;
    GET  "/admin/users"                       => admin::users::show, Admin;
    POST "/admin/users"                       => admin::users::create, Admin;
    POST "/admin/users/{id}/link"             => admin::users::new_link, Admin;
    GET  "/admin/privacy"                     => admin::privacy::show, Admin;
    POST "/admin/privacy/forget"              => admin::privacy::forget, Admin;
    POST "/admin/privacy/export"              => admin::privacy::export, Admin;
    POST "/admin/privacy/delete-account"      => admin::privacy::delete_account, Admin;
    POST "/admin/users/{id}/disable"          => admin::users::disable, Admin;
    POST "/admin/users/{id}/enable"           => admin::users::enable, Admin;
    GET  "/p/{slug}"                          => public::show, Anyone;
    // A collaboration: starting one, then its pages.
    GET  "/c/new"                             => collab::new::start, SignedIn;
    POST "/c/new"                             => collab::new::step, SignedIn;
    GET  "/c/{slug}"                          => collab::overview::show, Collab(View);
    GET  "/c/{slug}/matrix"                   => collab::matrix::show, Collab(View);
    POST "/c/{slug}/matrix"                   => collab::matrix::save, Collab(Edit);
    POST "/c/{slug}/matrix/add"               => collab::matrix::add, Collab(Edit);
    GET  "/c/{slug}/task/{key}"               => collab::task::show, Collab(View);
    POST "/c/{slug}/task/{key}"               => collab::task::save, Collab(Edit);
    GET  "/c/{slug}/task/{key}/remove"        => collab::task::confirm_remove, Collab(Edit);
    POST "/c/{slug}/task/{key}/remove"        => collab::task::remove, Collab(Edit);
    GET  "/c/{slug}/people"                   => collab::people::show, Collab(View);
    POST "/c/{slug}/people/{kind}"            => collab::people::save, Collab(Edit);
    GET  "/c/{slug}/people/{kind}/{id}/remove" => collab::people::confirm_remove, Collab(Edit);
    GET  "/c/{slug}/people/{kind}/{id}/forget" => collab::people::forget::confirm, Member(Own);
    POST "/c/{slug}/people/{kind}/{id}/forget" => collab::people::forget::forget, Member(Own);
    GET  "/c/{slug}/checklist"                => collab::views::checklist::show, Collab(View);
    GET  "/c/{slug}/findings"                 => collab::views::findings::show, Collab(View);
    GET  "/c/{slug}/workload"                 => collab::views::workload::show, Collab(View);
    GET  "/c/{slug}/departure"                => collab::views::departure::show, Collab(View);
    GET  "/c/{slug}/rotation"                 => collab::views::rotation::show, Collab(View);
    GET  "/c/{slug}/money"                    => collab::views::money::show, Collab(View);
    POST "/c/{slug}/money"                    => collab::views::money::save, Collab(Edit);
    GET  "/c/{slug}/evaluation"               => collab::evaluation::show, Collab(View);
    POST "/c/{slug}/evaluation"               => collab::evaluation::record, Collab(Edit);
    GET  "/c/{slug}/export"                   => collab::export::show, Collab(View);
    GET  "/c/{slug}/files"                    => collab::export::show_technical, Collab(View);
    GET  "/c/{slug}/export/{format}"          => collab::export::download, Collab(View);
    GET  "/c/{slug}/rolverdeling.yaml"        => collab::import::download, Collab(View);
    GET  "/c/{slug}/history"                  => collab::history::show, Collab(View);
    GET  "/c/{slug}/history/diff"             => collab::history::diff, Collab(View);
    POST "/c/{slug}/history/{n}/restore"      => collab::history::restore, Collab(Edit);
    GET  "/c/{slug}/members"                  => collab::members::show, Member(View);
    POST "/c/{slug}/members/invite"           => collab::members::invite, Member(Own);
    POST "/c/{slug}/members/invitations/{invitation}/revoke" => collab::members::revoke_invitation, Member(Own);
    POST "/c/{slug}/members/{user}/role"      => collab::members::change_role, Member(Own);
    POST "/c/{slug}/members/{user}/remove"    => collab::members::remove, Member(Own);
    GET  "/c/{slug}/settings"                 => collab::settings::show, Collab(Edit);
    POST "/c/{slug}/settings"                 => collab::settings::save, Collab(Edit);
    POST "/c/{slug}/settings/rotation"        => collab::settings::save_rotation, Collab(Edit);
    POST "/c/{slug}/settings/publishing"      => collab::publishing::save, Collab(Own);
    GET  "/c/{slug}/import"                   => collab::import::show, Collab(Edit);
    POST "/c/{slug}/import"                   => collab::import::import, Collab(Edit);
    // The JSON API (see `crate::api`).
    GET  "/api/openapi.json"                  => api::openapi::serve, Api;
    GET  "/api/collaborations"                => api::collaborations::list, Api;
    POST "/api/collaborations"                => api::collaborations::create, Api;
    GET  "/api/collaborations/{slug}/document" => api::collaborations::get_document, ApiCollab(View);
    PUT  "/api/collaborations/{slug}/document" => api::collaborations::put_document, ApiCollab(Edit);
    GET  "/api/collaborations/{slug}/report"  => api::collaborations::report, ApiCollab(View);
    GET  "/api/collaborations/{slug}/export/{format}" => api::collaborations::export, ApiCollab(View);
}

/// The whole router: pages, and the API with its own answers for unknown paths and
/// methods (problem+json, not an HTML page).
pub fn router(state: &AppState) -> Router<AppState> {
    let (pages, api) = routers(state);
    let api = api
        .route("/api", any(api::problem::no_such_path))
        .route("/api/{*rest}", any(api::problem::no_such_path))
        .method_not_allowed_fallback(api::problem::method_not_allowed);
    // Pages answer unknown paths and methods with the Dutch error page.
    pages
        .method_not_allowed_fallback(crate::http::error::page_method_not_allowed)
        .merge(api)
        .fallback(crate::http::error::page_not_found)
}
