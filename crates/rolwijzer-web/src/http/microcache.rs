//! A one-second cache of the pages anonymous visitors read.
//!
//! Published collaborations are read by anyone, often by many at once (a link in a
//! newsletter, a council meeting). Those pages are the same for every visitor with
//! the same language, so for one second we serve the bytes rendered for the first
//! one. Members' pages are never cached: they carry a session, a form token and the
//! member's own role. Any write through this server empties the cache at once, so a
//! visitor sees a save immediately; a save through another server process (several
//! behind one PostgreSQL) shows within a second.

use crate::AppState;
use crate::http::ctx::SESSION_COOKIE;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long a page may be served from the cache.
pub const TTL: Duration = Duration::from_secs(1);
/// Most pages kept; when full, the cache starts over (a second's worth of misses).
const CAPACITY: usize = 512;
/// The only cookie a shareable answer may set: the visitor's language.
const LANG_COOKIE_PREFIX: &[u8] = b"rolwijzer_lang=";
/// Pages larger than this are not kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// (path and query, Accept-Language, Cookie): everything an anonymous page depends on.
type Key = (String, Option<HeaderValue>, Option<HeaderValue>);

#[derive(Debug, Clone)]
struct Entry {
    at: Instant,
    generation: u64,
    headers: HeaderMap,
    body: Bytes,
}

/// The cache, shared by all requests of one server.
#[derive(Debug, Default)]
pub struct MicroCache {
    pages: Mutex<HashMap<Key, Entry>>,
    /// Bumped by every request that may change something.
    generation: AtomicU64,
}

/// Whether a request is one whose answer may be shared: an anonymous GET of a page.
fn cacheable(req: &Request) -> bool {
    if req.method() != Method::GET || req.headers().contains_key(header::AUTHORIZATION) {
        return false;
    }
    let path = req.uri().path();
    if path.starts_with("/api/") || path.starts_with("/static/") {
        return false;
    }
    !req.headers()
        .get_all(header::COOKIE)
        .iter()
        .any(|c| c.to_str().map_or(true, |c| c.contains(SESSION_COOKIE)))
}

/// The middleware: serve from the cache, or render and keep.
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let cache = &state.microcache;
    if !cacheable(&req) {
        let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        let response = next.run(req).await;
        if writes {
            // After the write is done, so no reader can cache the page from before it.
            cache.generation.fetch_add(1, Ordering::SeqCst);
            cache.clear();
        }
        return response;
    }
    let key: Key = (
        req.uri()
            .path_and_query()
            .map_or_else(|| req.uri().path().to_owned(), |p| p.as_str().to_owned()),
        req.headers().get(header::ACCEPT_LANGUAGE).cloned(),
        req.headers().get(header::COOKIE).cloned(),
    );
    let generation = cache.generation.load(Ordering::SeqCst);
    if let Some(hit) = cache.get(&key, generation) {
        let mut response = (StatusCode::OK, hit.body).into_response();
        *response.headers_mut() = hit.headers;
        return response;
    }
    let response = next.run(req).await;
    // The language cookie follows from the key (query, cookie, Accept-Language), so
    // replaying it is right; any other cookie (a session) must never be shared.
    let other_cookie = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|c| !c.as_bytes().starts_with(LANG_COOKIE_PREFIX));
    if response.status() != StatusCode::OK || other_cookie {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        // Too large to keep (or the body failed): nothing to serve from it either.
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    cache.put(
        key,
        Entry {
            at: Instant::now(),
            generation,
            headers: parts.headers.clone(),
            body: bytes.clone(),
        },
    );
    Response::from_parts(parts, Body::from(bytes))
}

impl MicroCache {
    fn get(&self, key: &Key, generation: u64) -> Option<Entry> {
        // A poisoned lock means a request panicked while holding it; the map is
        // still consistent, so keep going.
        let pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages
            .get(key)
            .filter(|e| e.generation == generation && e.at.elapsed() < TTL)
            .cloned()
    }

    fn put(&self, key: Key, entry: Entry) {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        if pages.len() >= CAPACITY {
            pages.clear();
        }
        pages.insert(key, entry);
    }

    fn clear(&self) {
        self.pages.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}
