//! The README's first command, for real: `rolwijzer serve` on a fresh SQLite file
//! starts, loads the demo, prints a one-time link that works, and answers over a real
//! socket; start-up failures say what to do.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::Duration;

struct Server {
    child: Child,
    base: String,
    setup_link: Option<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(db: &str) -> Server {
    start_with(db, &[])
}

fn start_with(db: &str, extra: &[&str]) -> Server {
    let mut child = support::rolwijzer()
        .args(["serve", "--database", db, "--listen", "127.0.0.1:0"])
        .args(extra)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read the output on a thread: a restart prints only the address and then waits.
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut base = None;
    let mut setup_link = None;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while std::time::Instant::now() < deadline {
        // After the address, a setup link follows within moments on a first start.
        let wait = if base.is_some() {
            Duration::from_secs(2)
        } else {
            Duration::from_secs(60)
        };
        let Ok(line) = rx.recv_timeout(wait) else {
            break;
        };
        if let Some(i) = line.find("http://") {
            let url = line[i..].trim().trim_end_matches('/').to_owned();
            if url.contains("/setup/") {
                setup_link = Some(url);
                break;
            } else if base.is_none() {
                base = Some(url);
            }
        }
    }
    let base = base.unwrap_or_else(|| {
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        panic!("server did not print its address; stderr: {err}")
    });
    Server {
        child,
        base,
        setup_link,
    }
}

/// A minimal HTTP/1.1 GET over a real socket; returns (status, body).
fn get(base: &str, path: &str) -> (u16, String) {
    let host = base.trim_start_matches("http://");
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let status = raw.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = raw
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// A minimal HTTP/1.1 form POST over a real socket, as a browser on our own site;
/// returns (status, raw response).
fn post(base: &str, path: &str, form: &[(&str, &str)], headers: &[(&str, &str)]) -> (u16, String) {
    let host = base.trim_start_matches("http://");
    let body = form
        .iter()
        .map(|(k, v)| format!("{k}={}", v.replace(' ', "+")))
        .collect::<Vec<_>>()
        .join("&");
    let extra: String = headers
        .iter()
        .map(|(k, v)| format!("{k}: {v}\r\n"))
        .collect();
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nSec-Fetch-Site: same-origin\r\n\
         Content-Type: application/x-www-form-urlencoded\r\n{extra}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let status = raw.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, raw)
}

const PASSWORD: &str = "een heel goed wachtwoord";

#[test]
fn parallel_wrong_passwords_slow_only_their_pair_over_real_sockets() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("t.db").display());
    let server = start(&db);
    let base = server.base.clone();
    let link = server.setup_link.clone().expect("a setup link");
    let form = [("password", PASSWORD), ("repeat", PASSWORD)];
    let (status, raw) = post(&base, link.trim_start_matches(&base), &form, &[]);
    assert_eq!(status, 303, "{raw}");
    // A second account, made with the command line next to the running server.
    let out = support::rolwijzer()
        .args(["user", "add", "marie", "--database", &db])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let setup = &text[text.find("/setup/").expect("a link")..];
    let setup = setup.split_whitespace().next().unwrap();
    assert_eq!(post(&base, setup, &form, &[]).0, 303);

    // Thirty wrong passwords at once for one account from one client.
    let threads: Vec<_> = (0..30)
        .map(|_| {
            let base = base.clone();
            std::thread::spawn(move || {
                post(
                    &base,
                    "/login",
                    &[("username", "beheerder"), ("password", "fout")],
                    &[],
                )
                .0
            })
        })
        .collect();
    let statuses: Vec<u16> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    // At most the three free checks; every other attempt was refused unchecked.
    assert!((1..=3).contains(&checked), "{statuses:?}");
    assert_eq!(checked + refused, 30, "{statuses:?}");

    // The same client must wait on this account, even with the right password...
    let right = [("username", "beheerder"), ("password", PASSWORD)];
    let (status, raw) = post(&base, "/login", &right, &[]);
    assert_eq!(status, 429, "{raw}");
    assert!(raw.to_lowercase().contains("retry-after:"), "{raw}");
    // ...but signs in at once on another account.
    let (status, raw) = post(
        &base,
        "/login",
        &[("username", "marie"), ("password", PASSWORD)],
        &[],
    );
    assert_eq!(status, 303, "{raw}");
    drop(server);

    // Behind a trusted proxy (here: 127.0.0.1) the client is the last X-Forwarded-For
    // entry, so another client behind the same proxy signs in to the attacked account.
    let proxied = start_with(&db, &["--trusted-proxy", "127.0.0.1"]);
    let other_client = [("X-Forwarded-For", "203.0.113.9")];
    let (status, raw) = post(&proxied.base, "/login", &right, &other_client);
    assert_eq!(status, 303, "{raw}");
    // Without the header the proxy itself is the client, still slowed on beheerder.
    assert_eq!(post(&proxied.base, "/login", &right, &[]).0, 429);
}

#[test]
fn serve_starts_on_a_fresh_sqlite_file_with_the_demo_and_a_setup_link() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("rolwijzer.db").display());
    let server = start(&db);
    let (status, body) = get(&server.base, "/");
    assert_eq!(status, 200);
    assert!(body.contains("Open Inkomensloket"), "{body}");
    // The demo is published at the summary level: its public page, nothing more.
    let (status, body) = get(&server.base, "/p/open-inkomensloket");
    assert_eq!(status, 200);
    assert!(body.contains("Gestructureerde samenwerking"));
    assert!(body.contains(rolwijzer_web::DEMO_CONTACT_ADDRESS), "{body}");
    assert!(!body.contains("eva.vandenbroek@"), "{body}");
    assert_eq!(get(&server.base, "/c/open-inkomensloket").0, 404);
    let link = server
        .setup_link
        .clone()
        .expect("first start prints a setup link");
    let path = link.trim_start_matches(&server.base);
    let (status, body) = get(&server.base, path);
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("beheerder"));
    drop(server);
    assert!(dir.path().join("rolwijzer.db").exists());

    // A second start on the same file keeps the data and prints no new link.
    let again = start(&db);
    assert!(again.setup_link.is_none());
    let (status, _) = get(&again.base, "/p/open-inkomensloket");
    assert_eq!(status, 200);
}

#[test]
fn a_taken_port_is_explained() {
    let blocker = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = blocker.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let out = support::rolwijzer()
        .args([
            "serve",
            "--database",
            &format!("sqlite://{}", dir.path().join("x.db").display()),
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("W602") && err.contains("Another program already uses this port"),
        "{err}"
    );
}

#[test]
fn an_unwritable_database_and_a_bad_address_are_explained() {
    let out = support::rolwijzer()
        .args([
            "serve",
            "--database",
            "sqlite:///nonexistent-folder/x.db",
            "--listen",
            "127.0.0.1:0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("folder must exist"), "{err}");
    let out = support::rolwijzer()
        .args(["serve", "--listen", "niet-een-adres"])
        .env("ROLWIJZER_DATABASE", "sqlite::memory:")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("W601"));
}

#[test]
fn user_add_prints_a_working_link_and_refuses_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("u.db").display());
    let out = support::rolwijzer()
        .args([
            "user",
            "add",
            "marie",
            "--display-name",
            "Marie Jansen",
            "--database",
            &db,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("/setup/"), "{text}");
    let again = support::rolwijzer()
        .args(["user", "add", "marie", "--database", &db])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("Er is al een account met de naam „marie”")
    );
}

/// A GET over a real socket that keeps the body as bytes (exports are binary);
/// returns the status and the body read as lossy text.
fn get_bytes(base: &str, path: &str) -> (u16, String) {
    let host = base.trim_start_matches("http://");
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = text
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// Issue 13's done-when, against the real binary: an anonymous visitor of the demo a
/// fresh `serve` publishes finds no e-mail address but the public contact's function
/// address on every page it can reach by links and at every download, export and API
/// address it could guess (phone numbers: `tests/web/publishing.rs`, whose demo has
/// them).
#[test]
fn an_anonymous_visitor_of_the_demo_finds_only_the_function_address() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("rolwijzer.db").display());
    let server = start(&db);
    let base = server.base.clone();
    let demo = "/c/open-inkomensloket";
    let mut queue: Vec<String> = vec!["/".into(), "/p/open-inkomensloket".into()];
    for path in [
        "",
        "/rolverdeling.yaml",
        "/export",
        "/people",
        "/history",
        "/matrix",
    ] {
        queue.push(format!("{demo}{path}"));
    }
    for format in [
        "annex-pdf",
        "annex-odt",
        "xlsx",
        "csv",
        "ics",
        "markdown",
        "html",
        "governance",
        "codeowners",
        "publiccode",
        "json",
    ] {
        queue.push(format!("{demo}/export/{format}"));
        queue.push(format!(
            "/api/collaborations/open-inkomensloket/export/{format}"
        ));
    }
    for api in [
        "",
        "/open-inkomensloket/document",
        "/open-inkomensloket/report",
    ] {
        queue.push(format!("/api/collaborations{api}"));
    }
    let mut seen = std::collections::BTreeSet::new();
    let (mut read, mut addresses) = (0, 0);
    while let Some(path) = queue.pop() {
        if !seen.insert(path.clone()) || seen.len() > 400 {
            continue;
        }
        let (status, body) = get_bytes(&base, &path);
        if status != 200 {
            continue;
        }
        read += 1;
        for (i, _) in body.match_indices('@') {
            // The word around each @: an address unless it is the function address.
            let start = body[..i]
                .rfind(|c: char| c.is_whitespace() || "<>\"'(:;,".contains(c))
                .map_or(0, |s| s + 1);
            let end = body[i..]
                .find(|c: char| c.is_whitespace() || "<>\"')?;,&".contains(c))
                .map_or(body.len(), |e| i + e);
            let word = &body[start..end];
            if word.contains('.') && word.len() > 3 && i > start && end > i + 1 {
                addresses += 1;
                assert_eq!(
                    word,
                    rolwijzer_web::DEMO_CONTACT_ADDRESS,
                    "{path} shows an address"
                );
            }
        }
        // Follow the links an anonymous visitor sees (only our own pages).
        for part in body.split("href=\"").skip(1) {
            let href = part.split(['"', '#']).next().unwrap_or_default();
            let href = href.replace("&amp;", "&");
            if href.starts_with('/') && !href.starts_with("//") && !seen.contains(&href) {
                queue.push(href);
            }
        }
    }
    // Something was read: the front page, the public summary and what it links to.
    assert!(read >= 3, "only {read} answers read");
    // The check sees addresses at all: the public summary shows the function address.
    assert!(addresses > 0, "no address found anywhere");
}
