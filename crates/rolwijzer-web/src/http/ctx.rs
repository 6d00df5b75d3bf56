//! Per-request context: who is signed in, which language, and the form token.

use crate::AppState;
use crate::http::error::{AppError, AppResult};
use crate::ui::i18n::{self, Lang};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use rolwijzer_core::i18n::Args;
use rolwijzer_store::User;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "rolwijzer_session";
/// Name of the language cookie.
pub const LANG_COOKIE: &str = "rolwijzer_lang";

/// What a page needs to know about the request.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The language of the page.
    pub lang: Lang,
    /// The signed-in user, if any.
    pub user: Option<User>,
    /// The form token of the session (empty when signed out).
    pub csrf: String,
    /// The raw session secret, for sign-out.
    pub(crate) session_token: Option<String>,
    /// The path of this request, for the language switch.
    pub path: String,
}

impl Ctx {
    /// A moment (Unix seconds) as date and time in the page's language, in Dutch time
    /// whatever the server's time zone (history, evaluations, API tokens).
    pub fn date_time(&self, secs: i64) -> String {
        let t = rolwijzer_core::time::dutch_local(secs);
        self.ta(
            "history-date-time",
            &Args::new()
                .with(
                    "date",
                    rolwijzer_core::i18n::date(
                        self.lang,
                        rolwijzer_core::Date::from_naive(t.date()),
                    ),
                )
                .with("time", t.format("%H:%M").to_string()),
        )
    }

    /// A text in the page's language.
    pub fn t(&self, id: &str) -> String {
        i18n::text(self.lang, id, &Args::new())
    }

    /// A text with values.
    pub fn ta(&self, id: &str, args: &Args) -> String {
        i18n::text(self.lang, id, args)
    }

    /// The signed-in user or a redirect to sign in.
    pub fn require_user(&self) -> AppResult<&User> {
        self.user.as_ref().ok_or(AppError::SignIn)
    }

    /// Checks the form token sent with a form against the session's.
    pub fn check_csrf(&self, sent: &str) -> AppResult<()> {
        // Constant-time compare: the token is a secret.
        let a = self.csrf.as_bytes();
        let b = sent.as_bytes();
        let same = a.len() == b.len()
            && !a.is_empty()
            && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0;
        if same {
            Ok(())
        } else {
            Err(AppError::BadRequest("form token".into()))
        }
    }

    /// The language code, for `<html lang>`.
    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    /// The current path in the other language.
    pub fn other_lang_href(&self) -> String {
        let other = match self.lang {
            Lang::Nl => "en",
            Lang::En => "nl",
        };
        format!("{}?lang={other}", self.path)
    }

    /// The other language's name, in that language.
    pub fn other_lang_name(&self) -> &'static str {
        match self.lang {
            Lang::Nl => "English",
            Lang::En => "Nederlands",
        }
    }

    /// The other language's code.
    pub fn other_lang_code(&self) -> &'static str {
        match self.lang {
            Lang::Nl => "en",
            Lang::En => "nl",
        }
    }
}

/// The value of a cookie in a request.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn query_lang(parts: &Parts) -> Option<Lang> {
    parts.uri.query()?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == "lang").then(|| Lang::from_code(v)).flatten()
    })
}

fn accept_language(parts: &Parts) -> Option<Lang> {
    let header = parts
        .headers
        .get(axum::http::header::ACCEPT_LANGUAGE)?
        .to_str()
        .ok()?;
    header
        .split(',')
        .filter_map(|part| Lang::from_code(part.split(';').next()?.trim()))
        .next()
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // `authorize` has read the session already for routes that need it.
        if let Some(ctx) = parts.extensions.get::<Ctx>() {
            return Ok(ctx.clone());
        }
        let lang = query_lang(parts)
            .or_else(|| cookie(parts, LANG_COOKIE).and_then(Lang::from_code))
            .or_else(|| accept_language(parts))
            .unwrap_or_default();
        let token = cookie(parts, SESSION_COOKIE).map(str::to_owned);
        let session = match &token {
            // Session secrets are 64 hex characters; anything else is not looked up.
            Some(t) if t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()) => {
                state.store.session(t).await?
            }
            _ => None,
        };
        Ok(Ctx {
            lang,
            csrf: session
                .as_ref()
                .map(|s| s.csrf_token.clone())
                .unwrap_or_default(),
            user: session.map(|s| s.user),
            session_token: token,
            path: parts.uri.path().to_owned(),
        })
    }
}
