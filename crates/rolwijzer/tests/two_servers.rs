//! Two `rolwijzer serve` processes on one PostgreSQL database, as behind a load
//! balancer (issue 10, point 8): edits through both are saved in one line of
//! revisions, a stale edit is refused wherever it arrives, nothing is lost; a sign-in
//! made through one process holds on the other, and the sign-in throttle counts
//! attempts through both (sessions and failures live in the database).
//!
//! Runs when `ROLWIJZER_TEST_POSTGRES` names a server (CI sets it); each run gets a
//! schema of its own.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

mod support;

use std::collections::BTreeSet;
use std::time::{SystemTime, UNIX_EPOCH};
use support::server::{Answer, bearer, create, http, rolwijzer, save_one, serve, stdout};

const PASSWORD: &str = "een heel goed wachtwoord";

/// A schema of its own on the test server, dropped when the test ends.
struct Schema {
    base: String,
    name: String,
}

impl Schema {
    fn new(base: &str) -> Schema {
        // Unique per run: the process id and the moment, so parallel CI jobs never meet.
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let name = format!("two_servers_{}_{nanos}", std::process::id());
        block_on(rolwijzer_store::testing::create_schema(base, &name)).unwrap();
        Schema {
            base: base.to_owned(),
            name,
        }
    }

    /// The database URL that works inside this schema.
    fn url(&self) -> String {
        let sep = if self.base.contains('?') { '&' } else { '?' };
        format!("{}{sep}options=-c%20search_path%3D{}", self.base, self.name)
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        let _ = block_on(rolwijzer_store::testing::drop_schema(
            &self.base, &self.name,
        ));
    }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// A form POST as a browser on our own site sends it.
fn post_form(addr: &str, path: &str, form: &[(&str, &str)], cookie: Option<&str>) -> Answer {
    let body = form
        .iter()
        .map(|(k, v)| format!("{k}={}", v.replace(' ', "+")))
        .collect::<Vec<_>>()
        .join("&");
    let mut headers = vec![
        ("Sec-Fetch-Site", "same-origin"),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    let cookie = cookie.map(|c| format!("rolwijzer_session={c}"));
    if let Some(c) = &cookie {
        headers.push(("Cookie", c));
    }
    http(addr, "POST", path, &headers, &body)
}

/// The session secret a sign-in answer sets.
fn session_of(a: &Answer) -> String {
    a.headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .find_map(|(_, v)| v.strip_prefix("rolwijzer_session="))
        .and_then(|v| v.split(';').next())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| panic!("no session cookie: {:?}", a.headers))
        .to_owned()
}

/// An account with a password, made with the command line and set up through `addr`.
fn account(db: &str, addr: &str, login: &str) {
    let out = rolwijzer(&["user", "add", login, "--database", db]);
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    let link = &text[text.find("/setup/").expect("a setup link")..];
    let link = link.split_whitespace().next().unwrap();
    let set = post_form(
        addr,
        link,
        &[("password", PASSWORD), ("repeat", PASSWORD)],
        None,
    );
    assert_eq!(set.status, 303, "{}", set.body);
}

fn token(db: &str, login: &str) -> String {
    let made = rolwijzer(&["user", "token", login, "--name", "twee", "--database", db]);
    assert!(made.status.success(), "{made:?}");
    stdout(&made).lines().last().unwrap().to_owned()
}

#[test]
fn two_servers_on_one_postgres_share_revisions_sessions_and_the_throttle() {
    let Ok(base) = std::env::var("ROLWIJZER_TEST_POSTGRES") else {
        eprintln!("ROLWIJZER_TEST_POSTGRES not set: two servers on PostgreSQL skipped");
        return;
    };
    let schema = Schema::new(&base);
    let db = schema.url();
    // The first start migrates and loads the demo; the second finds both done.
    let a = serve(&db);
    let b = serve(&db);

    // --- Edits through both processes ---------------------------------------------
    account(&db, &a.addr, "redacteur");
    let token = token(&db, "redacteur");
    let auth = bearer(&token);
    let doc = create(&a.addr, &token, "twee-servers");
    let seen_by_b = http(&b.addr, "GET", &doc, &[("Authorization", &auth)], "");
    assert_eq!(seen_by_b.status, 200, "{}", seen_by_b.body);
    assert_eq!(seen_by_b.header("etag"), "\"1\"");

    // A saves; B still holds revision 1, and its save of that revision is refused.
    let (first, rev) = save_one(&a.addr, &token, &doc, 0).expect("nobody else saved");
    assert_eq!(rev, 2);
    let stale = http(
        &b.addr,
        "PUT",
        &doc,
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/json"),
            ("If-Match", "\"1\""),
        ],
        &seen_by_b.body,
    );
    assert_eq!(stale.status, 412, "{}", stale.body);

    // Eight editors at once, half through each process, each retrying until its three
    // saves are in.
    let editors: Vec<_> = (0..8)
        .map(|e| {
            let addr = if e % 2 == 0 { &a.addr } else { &b.addr }.clone();
            let (token, doc) = (token.clone(), doc.clone());
            std::thread::spawn(move || {
                let mut saved = Vec::new();
                let mut refused = 0;
                for n in 0..3 {
                    loop {
                        match save_one(&addr, &token, &doc, 100 * (e + 1) + n) {
                            Some(s) => break saved.push(s),
                            None => refused += 1,
                        }
                        assert!(refused < 200, "editor {e} never got a save in");
                    }
                }
                saved
            })
        })
        .collect();
    let saved: Vec<(String, i64)> = editors
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert_eq!(saved.len(), 24);
    // Every save made a revision of its own, in one unbroken line after the first two.
    let revisions: BTreeSet<i64> = saved.iter().map(|s| s.1).collect();
    assert_eq!(revisions, (3..=26).collect::<BTreeSet<i64>>());
    // Both processes show the same newest revision, and it holds every party saved.
    for server in [&a, &b] {
        let now = http(&server.addr, "GET", &doc, &[("Authorization", &auth)], "");
        assert_eq!(now.header("etag"), "\"26\"", "{}", server.addr);
        let parties: BTreeSet<String> = now.json()["parties"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .collect();
        for (party, _) in saved.iter().chain([&(first.clone(), 2)]) {
            assert!(parties.contains(party), "{party} lost on {}", server.addr);
        }
    }

    // --- A sign-in through A holds on B -------------------------------------------
    let signed_in = post_form(
        &a.addr,
        "/login",
        &[("username", "redacteur"), ("password", PASSWORD)],
        None,
    );
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    let session = session_of(&signed_in);
    let cookie = format!("rolwijzer_session={session}");
    let home = http(&b.addr, "GET", "/", &[("Cookie", &cookie)], "");
    assert_eq!(home.status, 200);
    assert!(home.body.contains("/logout"), "B does not know the session");
    // Signing out through B ends the session for A too.
    let csrf = home.body.split("name=\"csrf\" value=\"").nth(1).unwrap();
    let csrf = &csrf[..csrf.find('"').unwrap()];
    let out = post_form(&b.addr, "/logout", &[("csrf", csrf)], Some(&session));
    assert!(matches!(out.status, 303 | 200), "{}", out.body);
    let after = http(&a.addr, "GET", "/", &[("Cookie", &cookie)], "");
    assert!(
        !after.body.contains("/logout"),
        "A still honours a session ended on B"
    );

    // --- The throttle counts attempts through both --------------------------------
    let wrong = [("username", "redacteur"), ("password", "fout")];
    let mut checked = 0;
    for server in [&a, &b, &a, &b, &a, &b] {
        let s = post_form(&server.addr, "/login", &wrong, None).status;
        assert!(matches!(s, 401 | 429), "{s}");
        checked += usize::from(s == 401);
    }
    // The free checks are shared, not granted per process.
    assert!(
        (1..=3).contains(&checked),
        "{checked} wrong passwords checked"
    );
    let right = [("username", "redacteur"), ("password", PASSWORD)];
    for server in [&a, &b] {
        let s = post_form(&server.addr, "/login", &right, None);
        assert_eq!(s.status, 429, "{}: {}", server.addr, s.body);
    }
    drop((a, b));
}
