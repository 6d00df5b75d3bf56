//! A running `rolwijzer serve` and a minimal HTTP client for the tests of the whole
//! binary: the API is driven over real sockets as a script or a second server would.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

/// The twelve-municipality example every API test starts a collaboration from.
pub const EXAMPLE: &str = include_str!("../../../../examples/gestructureerd-twaalf-gemeenten.yaml");

/// Runs the binary without a terminal (standard input closed), as a script would.
pub fn rolwijzer(args: &[&str]) -> Output {
    super::rolwijzer()
        .args(args)
        .env_remove("ROLWIJZER_DATABASE")
        .env_remove("ROLWIJZER_LANG")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub struct Server {
    /// The process, killed when the server is dropped.
    pub child: Child,
    /// `127.0.0.1:PORT`.
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `serve` on a free port and waits for the address it prints.
pub fn serve(db: &str) -> Server {
    serve_with(db, &[])
}

/// [`serve`] with more flags.
pub fn serve_with(db: &str, extra: &[&str]) -> Server {
    let mut child = super::rolwijzer()
        .args(["serve", "--database", db, "--listen", "127.0.0.1:0"])
        .args(extra)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    // Keep reading, so the server never blocks on a full pipe.
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let Ok(line) = rx.recv_timeout(Duration::from_secs(60)) else {
            break;
        };
        if let Some(i) = line.find("http://") {
            let addr = line[i + 7..].trim().trim_end_matches('/').to_owned();
            return Server { child, addr };
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("serve did not print its address");
}

/// An HTTP answer.
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// Header names and values, as sent.
    pub headers: Vec<(String, String)>,
    /// The body as text.
    pub body: String,
}

impl Answer {
    /// A header's value, or "" when it is missing.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map_or("", |(_, v)| v.as_str())
    }

    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// One HTTP/1.1 request over a fresh connection (`Connection: close`, so the body is
/// everything up to the end).
pub fn http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Answer {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8(raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let answer = Answer {
        status,
        headers,
        body: body.to_owned(),
    };
    assert!(
        !answer
            .header("transfer-encoding")
            .eq_ignore_ascii_case("chunked"),
        "this little client does not read chunked bodies"
    );
    answer
}

/// A user and their token, made with the command line as a script would.
pub fn user_with_token(db: &str, login: &str) -> String {
    let added = rolwijzer(&["user", "add", login, "--database", db]);
    assert!(added.status.success(), "{}", stderr(&added));
    let made = rolwijzer(&[
        "user",
        "token",
        login,
        "--name",
        "backup test",
        "--database",
        db,
    ]);
    assert!(made.status.success(), "{}", stderr(&made));
    let out = stdout(&made);
    // The token is the last line, alone (scripts use `tail -n1`).
    let token = out.lines().last().unwrap().to_owned();
    assert!(rolwijzer_store::is_api_token(&token), "{out}");
    token
}

/// The `Authorization` value for an API token.
pub fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

/// Starts a collaboration through the API; returns the path of its document.
pub fn create(addr: &str, token: &str, slug: &str) -> String {
    let auth = bearer(token);
    let a = http(
        addr,
        "POST",
        &format!("/api/collaborations?slug={slug}"),
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/yaml"),
        ],
        EXAMPLE,
    );
    assert_eq!(a.status, 201, "{}", a.body);
    assert_eq!(a.header("etag"), "\"1\"");
    a.header("location").to_owned()
}

/// One save: fetch the newest revision, add a party, send it back with `If-Match`.
/// Returns the party and the revision when it was saved, `None` when someone else
/// saved first.
pub fn save_one(addr: &str, token: &str, doc_path: &str, n: usize) -> Option<(String, i64)> {
    let auth = bearer(token);
    let got = http(addr, "GET", doc_path, &[("Authorization", &auth)], "");
    assert_eq!(got.status, 200, "{}", got.body);
    let mut doc = got.json();
    let party = format!("backup-test-{n}");
    doc["parties"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": party, "name": format!("Partij {n}")}));
    let body = doc.to_string();
    let put = http(
        addr,
        "PUT",
        doc_path,
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/json"),
            ("If-Match", got.header("etag")),
        ],
        &body,
    );
    match put.status {
        200 => Some((party, put.json()["revision"].as_i64().unwrap())),
        412 => None,
        s => panic!("PUT answered {s}: {}", put.body),
    }
}
