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
    let mut child = support::rolwijzer()
        .args(["serve", "--database", db, "--listen", "127.0.0.1:0"])
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

#[test]
fn serve_starts_on_a_fresh_sqlite_file_with_the_demo_and_a_setup_link() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("rolwijzer.db").display());
    let server = start(&db);
    let (status, body) = get(&server.base, "/");
    assert_eq!(status, 200);
    assert!(body.contains("Open Inkomensloket"), "{body}");
    let (status, body) = get(&server.base, "/c/open-inkomensloket");
    assert_eq!(status, 200);
    assert!(body.contains("Gestructureerde samenwerking"));
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
    let (status, _) = get(&again.base, "/c/open-inkomensloket");
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
