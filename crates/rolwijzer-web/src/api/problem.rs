//! Errors of the API as `application/problem+json` (RFC 9457): a `title` (the status
//! in words), a `detail` (what to do), the `status`, and a stable `code` for programs.
//! Texts are in the caller's language (`?lang=` or `Accept-Language`, Dutch default).

use crate::http::error::AppError;
use crate::ui::i18n::{self, Lang};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rolwijzer_core::i18n::Args;
use rolwijzer_core::parse::ParseError;
use serde::Serialize;

/// The media type of every error.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// What went wrong, before it is put into words.
#[derive(Debug)]
pub enum ApiError {
    /// This needs a token and none was sent.
    SignIn,
    /// The token sent is malformed, unknown or revoked.
    BadToken,
    /// The caller may see this but not change it.
    Forbidden,
    /// No such collaboration, or not the caller's to see.
    NotFound,
    /// No export format of that name.
    UnknownFormat,
    /// A PUT without `If-Match`.
    PreconditionRequired,
    /// `If-Match` names another revision than the newest (or a save was first).
    Stale {
        /// The newest revision.
        head: i64,
    },
    /// The body is neither JSON nor YAML.
    UnsupportedMediaType,
    /// The body is larger than a document may be.
    TooLarge,
    /// The body is not a valid document.
    Invalid(ParseError),
    /// A slug asked for in a POST that is not a slug (letters, digits, dashes).
    BadSlug(String),
    /// A slug asked for in a POST that is already in use (or a path of the app).
    SlugTaken(String),
    /// A query parameter with a value that is not allowed.
    BadParameter {
        /// The parameter.
        name: &'static str,
        /// The values allowed.
        allowed: &'static str,
    },
    /// Too many requests (from the shared access rules; not expected here).
    TooMany,
    /// Too much heavy work at once (analyses, exports); try again shortly.
    Busy,
    /// Something broke on our side; logged, with this reference for support.
    Internal(String),
    /// The store failed; logged, with the store's code for support.
    Store(rolwijzer_store::StoreError),
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        match e {
            AppError::NotFound => ApiError::NotFound,
            AppError::SignIn => ApiError::SignIn,
            AppError::Forbidden => ApiError::Forbidden,
            AppError::BadRequest(what) => {
                ApiError::Internal(format!("W400: unexpected bad request: {what}"))
            }
            AppError::TooMany => ApiError::TooMany,
            AppError::Busy => ApiError::Busy,
            // A limit is the caller's to act on, not an internal error.
            AppError::Store(e @ rolwijzer_store::StoreError::Limit(_)) => ApiError::Store(e),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<rolwijzer_store::StoreError> for ApiError {
    fn from(e: rolwijzer_store::StoreError) -> Self {
        ApiError::Store(e)
    }
}

/// A limit of the store's quota as (status, problem code, text id, the limit in
/// words): shared by the API's problems and the web app's error page.
pub fn limit_words(
    limit: rolwijzer_store::LimitReached,
) -> (StatusCode, &'static str, &'static str, String) {
    use rolwijzer_store::LimitReached;
    match limit {
        LimitReached::Collaborations { max } => (
            StatusCode::FORBIDDEN,
            "collaboration-limit",
            "limit-collaborations",
            max.to_string(),
        ),
        LimitReached::Bytes { max } => (
            StatusCode::PAYLOAD_TOO_LARGE,
            "storage-limit",
            "limit-bytes",
            format!("{} MB", max.div_ceil(1024 * 1024)),
        ),
    }
}

/// The body of an error response.
#[derive(Debug, Serialize)]
struct Problem {
    title: String,
    status: u16,
    detail: String,
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<i64>,
}

/// The `ETag` of a revision: its number, quoted.
pub fn etag(revision: i64) -> String {
    format!("\"{revision}\"")
}

/// Builds the response for a problem. `Vec` of headers: few, and order does not matter.
fn respond(
    lang: Lang,
    status: StatusCode,
    code: &'static str,
    detail: String,
    extra: Vec<(HeaderName, String)>,
    place: (Option<u64>, Option<u64>, Option<i64>),
) -> Response {
    let title = i18n::text(
        lang,
        &format!("api-title-{}", status.as_u16()),
        &Args::new(),
    );
    respond_titled(lang, status, title, code, detail, extra, place)
}

/// [`respond`] with a title of its own, for a code whose status shares its usual
/// title with a different problem (a wrong slug is a 422, but not a wrong document).
fn respond_titled(
    lang: Lang,
    status: StatusCode,
    title: String,
    code: &'static str,
    detail: String,
    extra: Vec<(HeaderName, String)>,
    place: (Option<u64>, Option<u64>, Option<i64>),
) -> Response {
    let body = Problem {
        title,
        status: status.as_u16(),
        detail,
        code,
        line: place.0,
        column: place.1,
        revision: place.2,
    };
    let json = serde_json::to_string(&body).unwrap_or_default();
    let mut res = (status, json).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    h.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    for (name, value) in extra {
        if let Ok(v) = HeaderValue::from_str(&value) {
            h.insert(name, v);
        }
    }
    res
}

impl ApiError {
    /// The error as a problem response in `lang`.
    pub fn into_problem(self, lang: Lang) -> Response {
        let t = |id: &str, args: &Args| i18n::text(lang, id, args);
        let none = (None, None, None);
        // Bearer challenge (RFC 6750): tells clients which scheme to use.
        let challenge = |error: Option<&str>| {
            let value = match error {
                Some(e) => format!("Bearer realm=\"rolwijzer\", error=\"{e}\""),
                None => "Bearer realm=\"rolwijzer\"".to_owned(),
            };
            vec![(header::WWW_AUTHENTICATE, value)]
        };
        match self {
            ApiError::SignIn => respond(
                lang,
                StatusCode::UNAUTHORIZED,
                "token-required",
                t("api-detail-token-required", &Args::new()),
                challenge(None),
                none,
            ),
            ApiError::BadToken => respond(
                lang,
                StatusCode::UNAUTHORIZED,
                "token-invalid",
                t("api-detail-token-invalid", &Args::new()),
                challenge(Some("invalid_token")),
                none,
            ),
            ApiError::Forbidden => respond(
                lang,
                StatusCode::FORBIDDEN,
                "forbidden",
                t("api-detail-forbidden", &Args::new()),
                vec![],
                none,
            ),
            ApiError::NotFound => respond(
                lang,
                StatusCode::NOT_FOUND,
                "not-found",
                t("api-detail-not-found", &Args::new()),
                vec![],
                none,
            ),
            ApiError::UnknownFormat => {
                let formats = rolwijzer_export::Format::ALL
                    .iter()
                    .map(|f| f.id())
                    .collect::<Vec<_>>()
                    .join(", ");
                respond(
                    lang,
                    StatusCode::NOT_FOUND,
                    "unknown-format",
                    t(
                        "api-detail-unknown-format",
                        &Args::new().with("formats", formats),
                    ),
                    vec![],
                    none,
                )
            }
            ApiError::PreconditionRequired => respond(
                lang,
                StatusCode::PRECONDITION_REQUIRED,
                "precondition-required",
                t("api-detail-precondition-required", &Args::new()),
                vec![],
                none,
            ),
            ApiError::Stale { head } => respond(
                lang,
                StatusCode::PRECONDITION_FAILED,
                "stale-revision",
                t(
                    "api-detail-stale-revision",
                    &Args::new().with("head", head.to_string()),
                ),
                vec![(header::ETAG, etag(head))],
                (None, None, Some(head)),
            ),
            ApiError::UnsupportedMediaType => respond(
                lang,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                t("api-detail-unsupported-media-type", &Args::new()),
                // RFC 9110 §15.5.16: name what would have been accepted.
                vec![(header::ACCEPT, "application/json, application/yaml".into())],
                none,
            ),
            ApiError::TooLarge => respond(
                lang,
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
                t(
                    "api-detail-too-large",
                    &Args::new().count(
                        "megabytes",
                        rolwijzer_core::parse::MAX_DOCUMENT_BYTES / (1024 * 1024),
                    ),
                ),
                vec![],
                none,
            ),
            ApiError::Invalid(e) => respond(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid-document",
                // The parser's own words, as `rolwijzer check` prints them.
                e.message(lang),
                vec![],
                (e.line, e.column, None),
            ),
            ApiError::BadSlug(slug) => respond_titled(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                t("api-title-invalid-slug", &Args::new()),
                "invalid-slug",
                t(
                    "api-detail-invalid-slug",
                    // Echoed to help find the typo; cut so a long query string does
                    // not come back whole.
                    &Args::new().with("slug", slug.chars().take(80).collect::<String>()),
                ),
                vec![],
                none,
            ),
            ApiError::SlugTaken(slug) => respond(
                lang,
                StatusCode::CONFLICT,
                "slug-taken",
                t("api-detail-slug-taken", &Args::new().with("slug", slug)),
                vec![],
                none,
            ),
            ApiError::BadParameter { name, allowed } => respond(
                lang,
                StatusCode::BAD_REQUEST,
                "bad-parameter",
                t(
                    "api-detail-bad-parameter",
                    &Args::new().with("name", name).with("allowed", allowed),
                ),
                vec![],
                none,
            ),
            ApiError::TooMany => respond(
                lang,
                StatusCode::TOO_MANY_REQUESTS,
                "too-many",
                t("api-detail-too-many", &Args::new()),
                vec![],
                none,
            ),
            ApiError::Busy => respond(
                lang,
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                t("api-detail-busy", &Args::new()),
                vec![(header::RETRY_AFTER, "30".to_owned())],
                none,
            ),
            ApiError::Store(rolwijzer_store::StoreError::Limit(limit)) => {
                let (status, code, id, max) = limit_words(limit);
                respond(
                    lang,
                    status,
                    code,
                    t(id, &Args::new().with("max", max)),
                    vec![],
                    none,
                )
            }
            ApiError::Store(e) => {
                tracing::error!(error = %e, "API request failed");
                respond(
                    lang,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    t("api-detail-internal", &Args::new().with("code", e.code())),
                    vec![],
                    none,
                )
            }
            ApiError::Internal(what) => {
                tracing::error!(error = %what, "API request failed");
                let code = what.split(':').next().unwrap_or("W500").to_owned();
                respond(
                    lang,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    t("api-detail-internal", &Args::new().with("code", code)),
                    vec![],
                    none,
                )
            }
        }
    }
}

/// The language of a request that has not reached a handler: `?lang=`, then
/// `Accept-Language`, then Dutch.
pub fn request_lang(parts: &axum::http::request::Parts) -> Lang {
    let from_query = parts.uri.query().and_then(|q| {
        q.split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == "lang").then(|| Lang::from_code(v)).flatten()
        })
    });
    from_query
        .or_else(|| {
            let header = parts.headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            header
                .split(',')
                .find_map(|part| Lang::from_code(part.split(';').next()?.trim()))
        })
        .unwrap_or_default()
}

/// Any path under `/api` that is not there.
pub async fn no_such_path(req: axum::extract::Request) -> Response {
    let (parts, _) = req.into_parts();
    let lang = request_lang(&parts);
    respond(
        lang,
        StatusCode::NOT_FOUND,
        "no-such-path",
        i18n::text(lang, "api-detail-no-such-path", &Args::new()),
        vec![],
        (None, None, None),
    )
}

/// A method a path under `/api` does not have.
pub async fn method_not_allowed(req: axum::extract::Request) -> Response {
    let (parts, _) = req.into_parts();
    let lang = request_lang(&parts);
    respond(
        lang,
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        i18n::text(lang, "api-detail-method-not-allowed", &Args::new()),
        vec![],
        (None, None, None),
    )
}
