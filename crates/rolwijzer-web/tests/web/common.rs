//! The test application: `TestApp::spawn()` gives a fresh database with the demo
//! collaboration, an administrator and helpers to act as different users.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use rolwijzer_core::Date;
use rolwijzer_core::privacy::{Disclosure, Level, Publishing};
use rolwijzer_store::{Clock, Role, Store};
use rolwijzer_web::{AppState, app};
use tower::ServiceExt;

/// Slug of the demo collaboration loaded on first start.
pub const DEMO: &str = "open-inkomensloket";
/// The day the tests live on: the app's clock is pinned at noon of it.
pub const TODAY: &str = "2026-11-28";
/// Password used for every test account.
pub const PASSWORD: &str = "een heel goed wachtwoord";

/// A fresh app on its own SQLite file.
pub struct TestApp {
    pub state: AppState,
    _dir: tempfile::TempDir,
}

/// A response, read completely.
#[derive(Debug)]
pub struct Page {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Page {
    /// The Location header of a redirect.
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The form token in the page (`name="csrf" value="…"`).
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let start = self
            .body
            .find(marker)
            .map(|i| i + marker.len())
            .expect("no csrf field in page");
        self.body[start..start + 64].to_owned()
    }

    /// Asserts the body contains every one of `needles`.
    pub fn assert_contains(&self, needles: &[&str]) {
        for n in needles {
            assert!(
                self.body.contains(n),
                "page lacks `{n}` (status {}):\n{}",
                self.status,
                self.body
            );
        }
    }
}

/// A signed-in (or anonymous) browser: a session cookie.
#[derive(Clone, Debug, Default)]
pub struct Browser {
    pub cookie: Option<String>,
}

impl TestApp {
    /// A new app with the demo loaded, the clock pinned at noon of [`TODAY`], and the first
    /// administrator's password set; the demo is published at the full level with
    /// every personal detail, as before issue 13, so the tests of the pages themselves
    /// can read it as a visitor. The publishing tests use [`TestApp::first_start`].
    pub async fn spawn() -> TestApp {
        let app = TestApp::first_start().await;
        let demo = app.store().collaboration(DEMO).await.unwrap().unwrap();
        let everything = Publishing {
            level: Level::Full,
            disclosure: Disclosure::ALL,
            contact_address: None,
        };
        app.store()
            .set_publishing(demo.id, &everything)
            .await
            .unwrap();
        app
    }

    /// A new app as the first start leaves it: the demo published at the summary
    /// level, the clock pinned at noon of [`TODAY`], the administrator's password set.
    pub async fn first_start() -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("web.db").display());
        let store = Store::connect(&url)
            .await
            .unwrap()
            .with_clock(Clock::pinned_at_noon(Date::parse(TODAY).unwrap()));
        let token = rolwijzer_web::setup_first_run(&store)
            .await
            .unwrap()
            .unwrap();
        store
            .use_password_token(&token, PASSWORD)
            .await
            .unwrap()
            .unwrap();
        TestApp {
            state: AppState {
                analyses: Default::default(),
                microcache: Default::default(),
                work: Default::default(),
                limits: Default::default(),
                store,
                secure_cookies: false,
                hsts: false,
                public_url: None,
                trusted_proxy: None,
            },
            _dir: dir,
        }
    }

    /// The store behind the app.
    pub fn store(&self) -> &Store {
        &self.state.store
    }

    /// Sends a request through the whole app.
    pub async fn send(&self, req: Request<Body>) -> Page {
        let res = app(self.state.clone()).oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// GET as a browser.
    pub async fn get(&self, b: &Browser, path: &str) -> Page {
        let mut req = Request::get(path).header("sec-fetch-site", "same-origin");
        if let Some(c) = &b.cookie {
            req = req.header(header::COOKIE, c);
        }
        self.send(req.body(Body::empty()).unwrap()).await
    }

    /// POST a form as a browser on our own site.
    pub async fn post(&self, b: &Browser, path: &str, fields: &[(&str, &str)]) -> Page {
        self.post_from(b, path, fields, "same-origin").await
    }

    /// POST a form with a given Sec-Fetch-Site (to test cross-site refusal).
    pub async fn post_from(
        &self,
        b: &Browser,
        path: &str,
        fields: &[(&str, &str)],
        site: &str,
    ) -> Page {
        let body = serde_urlencoded_pairs(fields);
        let mut req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", site);
        if let Some(c) = &b.cookie {
            req = req.header(header::COOKIE, c);
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }

    /// Signs in and returns the browser with its session cookie.
    pub async fn login(&self, username: &str, password: &str) -> Browser {
        let page = self
            .post(
                &Browser::default(),
                "/login",
                &[("username", username), ("password", password)],
            )
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "login failed: {}",
            page.body
        );
        let cookie = page
            .headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("rolwijzer_session="))
            .map(|v| v.split(';').next().unwrap().to_owned())
            .expect("no session cookie");
        Browser {
            cookie: Some(cookie),
        }
    }

    /// The administrator, signed in.
    pub async fn admin(&self) -> Browser {
        self.login("beheerder", PASSWORD).await
    }

    /// A new user with `role` on the demo collaboration (or none), signed in.
    pub async fn user_with_role(&self, name: &str, role: Option<Role>) -> Browser {
        let user = self
            .store()
            .create_user(name, name, Some(PASSWORD), false)
            .await
            .unwrap();
        if let Some(role) = role {
            let c = self.store().collaboration(DEMO).await.unwrap().unwrap();
            self.store().set_role(c.id, user.id, role).await.unwrap();
        }
        self.login(name, PASSWORD).await
    }

    /// The demo collaboration's newest revision number.
    pub async fn head(&self) -> i64 {
        self.store()
            .collaboration(DEMO)
            .await
            .unwrap()
            .unwrap()
            .head
    }

    /// A private (unpublished) collaboration owned by a new user; returns (slug, owner).
    pub async fn private_collaboration(&self, owner: &str) -> (String, Browser) {
        let doc = rolwijzer_core::parse::parse_document(
            include_str!("../../../../examples/delen-twee-gemeenten.yaml").as_bytes(),
        )
        .unwrap();
        let user = self
            .store()
            .create_user(owner, owner, Some(PASSWORD), false)
            .await
            .unwrap();
        let slug = format!("prive-{owner}");
        self.store()
            .create_collaboration(&slug, &doc, Some(user.id), "start")
            .await
            .unwrap();
        (slug, self.login(owner, PASSWORD).await)
    }
}

/// URL-encodes form fields.
pub fn serde_urlencoded_pairs(fields: &[(&str, &str)]) -> String {
    fn enc(s: &str) -> String {
        let mut out = String::new();
        for b in s.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    out.push(b as char)
                }
                b' ' => out.push('+'),
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
        out
    }
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}
