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
/// Most pages kept; when full of live pages, the cache starts over (a second's worth
/// of misses).
const CAPACITY: usize = 512;
/// The only cookie a shareable answer may set: the visitor's language.
const LANG_COOKIE_PREFIX: &[u8] = b"rolwijzer_lang=";
/// Pages larger than this are passed through, not kept.
pub const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;
/// The most bytes of pages kept at once.
pub const MAX_TOTAL_BYTES: usize = 32 * 1024 * 1024;

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
#[derive(Debug)]
pub struct MicroCache {
    pages: Mutex<Pages>,
    /// Bumped by every request that may change something.
    generation: AtomicU64,
    /// Pages larger than this are passed through.
    max_page_bytes: usize,
    /// The most bytes kept at once.
    max_total_bytes: usize,
}

/// The kept pages and their size in bytes.
#[derive(Debug, Default)]
struct Pages {
    map: HashMap<Key, Entry>,
    bytes: usize,
}

impl Default for MicroCache {
    fn default() -> Self {
        MicroCache::with_limits(MAX_PAGE_BYTES, MAX_TOTAL_BYTES)
    }
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
    // One-time links: their page is the secret's, and changes when it expires.
    if path.starts_with("/invite/") || path.starts_with("/setup/") {
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
    // A page larger than the limit (or of unknown size) is passed through as it is:
    // reading it to find out would mean holding all of it.
    let size = axum::body::HttpBody::size_hint(response.body()).upper();
    if size.is_none_or(|n| n > cache.max_page_bytes as u64) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, cache.max_page_bytes).await else {
        // The body said it was small and then failed: nothing to serve from it.
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
    /// A cache that passes pages over `max_page_bytes` through and keeps at most
    /// `max_total_bytes` of pages.
    pub fn with_limits(max_page_bytes: usize, max_total_bytes: usize) -> Self {
        MicroCache {
            pages: Mutex::default(),
            generation: AtomicU64::default(),
            max_page_bytes,
            max_total_bytes,
        }
    }

    /// The bytes of the pages kept now (for tests and monitoring).
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }

    /// The number of pages kept now.
    pub fn len(&self) -> usize {
        self.lock().map.len()
    }

    /// Whether no page is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Pages> {
        // A poisoned lock means a request panicked while holding it; the map is
        // still consistent, so keep going.
        self.pages.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn get(&self, key: &Key, generation: u64) -> Option<Entry> {
        self.lock()
            .map
            .get(key)
            .filter(|e| e.generation == generation && e.at.elapsed() < TTL)
            .cloned()
    }

    fn put(&self, key: Key, entry: Entry) {
        let size = entry.body.len();
        if size > self.max_total_bytes {
            return;
        }
        let mut pages = self.lock();
        let generation = entry.generation;
        // Expired and outdated pages go first, so memory follows the live pages only.
        if pages.map.len() >= CAPACITY || pages.bytes + size > self.max_total_bytes {
            pages
                .map
                .retain(|_, e| e.generation == generation && e.at.elapsed() < TTL);
            pages.bytes = pages.map.values().map(|e| e.body.len()).sum();
        }
        if pages.map.len() >= CAPACITY || pages.bytes + size > self.max_total_bytes {
            pages.map.clear();
            pages.bytes = 0;
        }
        if let Some(old) = pages.map.insert(key, entry) {
            pages.bytes -= old.body.len();
        }
        pages.bytes += size;
    }

    fn clear(&self) {
        let mut pages = self.lock();
        pages.map.clear();
        pages.bytes = 0;
    }
}
