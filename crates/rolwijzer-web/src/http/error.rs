//! One error type for the web layer. Outsiders and missing things both get 404, so a
//! URL never reveals whether a collaboration exists.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// What can go wrong while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Not there, or not yours to see.
    #[error("W404: not found")]
    NotFound,
    /// The path exists, but not for this method (a form posted to a page that only
    /// shows, say).
    #[error("W405: method not allowed")]
    MethodNotAllowed,
    /// Signed in is required.
    #[error("W401: sign in required")]
    SignIn,
    /// You may see it but not change it.
    #[error("W403: not allowed")]
    Forbidden,
    /// The request itself is malformed (a bad form token, a missing field).
    #[error("W400: bad request: {0}")]
    BadRequest(String),
    /// Too many sign-in attempts.
    #[error("W429: too many attempts")]
    TooMany,
    /// The store failed.
    #[error("W500: {0}")]
    Store(#[from] rolwijzer_store::StoreError),
    /// A template failed to render.
    #[error("W501: template: {0}")]
    Template(#[from] askama::Error),
    /// A handler asked for a collaboration on a route the route table gives no
    /// collaboration access: a programming error, caught by the route × role test.
    #[error("W502: route without collaboration access")]
    Misrouted,
    /// Too much heavy work at once (analyses, exports); try again shortly.
    #[error("W503: busy")]
    Busy,
}

impl AppError {
    /// The stable reference shown on the error page and in logs.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "W404",
            AppError::MethodNotAllowed => "W405",
            AppError::SignIn => "W401",
            AppError::Forbidden => "W403",
            AppError::BadRequest(_) => "W400",
            AppError::TooMany => "W429",
            AppError::Store(rolwijzer_store::StoreError::Limit(_)) => "S007",
            AppError::Store(_) => "W500",
            AppError::Template(_) => "W501",
            AppError::Misrouted => "W502",
            AppError::Busy => "W503",
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match &self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::SignIn => {
                return (StatusCode::SEE_OTHER, [("location", "/login")]).into_response();
            }
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Store(rolwijzer_store::StoreError::Limit(limit)) => {
                crate::api::problem::limit_words(*limit).0
            }
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooMany => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Store(_) | AppError::Template(_) | AppError::Misrouted => {
                tracing::error!(error = %self, "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let (dutch, english) = match &self {
            // A limit says which one and what to do, in both languages.
            AppError::Store(rolwijzer_store::StoreError::Limit(limit)) => {
                let (_, _, id, max) = crate::api::problem::limit_words(*limit);
                let args = rolwijzer_core::i18n::Args::new().with("max", max);
                (
                    crate::ui::i18n::text(crate::ui::i18n::Lang::Nl, id, &args),
                    crate::ui::i18n::text(crate::ui::i18n::Lang::En, id, &args),
                )
            }
            _ => (dutch(status).to_owned(), english(status).to_owned()),
        };
        let page = ErrorPage {
            status: status.as_u16(),
            heading: heading(status),
            dutch,
            english,
            code: self.code(),
        };
        let mut res = match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, page.english).into_response(),
        };
        if status == StatusCode::SERVICE_UNAVAILABLE {
            // Heavy work queues briefly; half a minute is long enough for it to pass.
            res.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("30"),
            );
        }
        res
    }
}

/// The error page: in both languages, since the error may come before we know which.
#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    status: u16,
    heading: &'static str,
    dutch: String,
    english: String,
    code: &'static str,
}

/// The page's heading, in Dutch: the visitor reads what happened, not an HTTP reason.
fn heading(s: StatusCode) -> &'static str {
    match s.as_u16() {
        404 => "Pagina niet gevonden",
        405 => "Dit kan hier niet",
        403 => "Alleen bekijken",
        400 => "Het formulier klopt niet",
        429 => "Te veel pogingen",
        503 => "Even te druk",
        _ => "Er ging iets mis",
    }
}

fn dutch(s: StatusCode) -> &'static str {
    match s.as_u16() {
        405 => {
            "Dit adres is er wel, maar niet voor wat je probeerde. Ga terug naar de vorige pagina of naar het begin."
        }
        404 => "Deze pagina bestaat niet, of je hebt er geen toegang toe.",
        403 => "Je mag dit bekijken, maar niet wijzigen. Vraag de eigenaar om de rol bewerker.",
        400 => {
            "Het formulier klopt niet of is verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens."
        }
        429 => "Te veel pogingen. Wacht een kwartier en probeer het dan opnieuw.",
        503 => "Het is nu erg druk. Probeer het over een halve minuut opnieuw.",
        _ => {
            "Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, geef dan de code hieronder door aan de beheerder."
        }
    }
}

fn english(s: StatusCode) -> &'static str {
    match s.as_u16() {
        405 => {
            "This address exists, but not for what you tried. Go back to the previous page or to the start."
        }
        404 => "This page does not exist, or you have no access to it.",
        403 => "You may view this, but not change it. Ask the owner for the editor role.",
        400 => "The form is not right or has expired. Go back, reload the page and try again.",
        429 => "Too many attempts. Wait a quarter of an hour and try again.",
        503 => "The server is very busy right now. Try again in half a minute.",
        _ => {
            "Something went wrong on our side. Try again later; if it keeps failing, give the code below to the administrator."
        }
    }
}

/// The answer for a path no page has (the pages' fallback route).
pub(crate) async fn page_not_found() -> AppError {
    AppError::NotFound
}

/// The answer for a page asked with a method it does not take.
pub(crate) async fn page_method_not_allowed() -> AppError {
    AppError::MethodNotAllowed
}

/// Result of a handler.
pub type AppResult<T> = Result<T, AppError>;
