//! `rolwijzer backup`, `restore` and `user token` with the real binary: a backup taken
//! while `serve` runs and editors save through the API is one consistent snapshot;
//! it can be put back into a new file and over the live database (which is kept);
//! what cannot be done is refused with the file, the reason and what to do.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

mod support;

use support::server::{
    bearer, create, http, rolwijzer, save_one, serve, stderr, stdout, user_with_token,
};

use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------
// The binary, the server and a minimal HTTP client
// ---------------------------------------------------------------------------------

fn sqlite(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// Head revision, revision count and party ids of a collaboration in a database file,
/// read with the store itself.
fn contents(db: &Path, slug: &str) -> (i64, i64, Vec<String>) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        // Not read-only: the store switches every file to WAL mode, which a read-only
        // connection cannot do for a fresh copy.
        let store = rolwijzer_store::Store::connect(&sqlite(db)).await.unwrap();
        let c = store.collaboration(slug).await.unwrap().unwrap();
        let revisions = store.revisions(c.id).await.unwrap();
        let head = store.revision(c.id, c.head).await.unwrap();
        let parties = head
            .document
            .parties
            .iter()
            .map(|p| p.id.to_string())
            .collect();
        store.pool().close().await;
        (c.head, revisions.len() as i64, parties)
    })
}

/// The number after "… <label>" in the backup report (`3 versies` → 3).
fn count_before(text: &str, word: &str) -> i64 {
    let i = text
        .find(word)
        .unwrap_or_else(|| panic!("no `{word}` in {text}"));
    text[..i]
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ---------------------------------------------------------------------------------
// Backup while serving, and restore
// ---------------------------------------------------------------------------------

#[test]
fn a_backup_while_serve_runs_and_saves_happen_is_a_consistent_snapshot_that_restores() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let db = sqlite(&live);
    let server = serve(&db);
    let token = user_with_token(&db, "redacteur");
    let doc_path = create(&server.addr, &token, "back-up-proef");
    // The API adds a random part to the slug asked for (issue 13): read it back.
    let slug = doc_path
        .trim_start_matches("/api/collaborations/")
        .trim_end_matches("/document")
        .to_owned();
    assert!(slug.starts_with("back-up-proef-"), "{slug}");

    // Two editors keep saving through the API while backups are taken.
    let stop = Arc::new(AtomicBool::new(false));
    let acked: Arc<Mutex<Vec<(String, i64)>>> = Arc::default();
    let editors: Vec<_> = (0..2)
        .map(|e| {
            let (stop, acked) = (stop.clone(), acked.clone());
            let (addr, token, path) = (server.addr.clone(), token.clone(), doc_path.clone());
            std::thread::spawn(move || {
                let mut n = e * 1_000_000;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    if let Some(saved) = save_one(&addr, &token, &path, n) {
                        acked.lock().unwrap().push(saved);
                    }
                }
            })
        })
        .collect();
    // Let some saves happen first.
    let deadline = Instant::now() + Duration::from_secs(60);
    while acked.lock().unwrap().len() < 3 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut copies = Vec::new();
    for i in 0..3 {
        let before: Vec<(String, i64)> = acked.lock().unwrap().clone();
        let copy = dir.path().join(format!("copy-{i}.db"));
        let out = rolwijzer(&["backup", copy.to_str().unwrap(), "--database", &db]);
        assert!(out.status.success(), "{}", stderr(&out));
        let report = stdout(&out);
        assert!(
            report.contains("Back-up geschreven naar") && report.contains("gecontroleerd"),
            "{report}"
        );
        // What the copy holds, as reported: the demo and ours, every revision saved
        // so far, two accounts (the first administrator and ours), the schema.
        assert_eq!(count_before(&report, "samenwerkingen"), 2, "{report}");
        assert_eq!(count_before(&report, "accounts"), 2, "{report}");
        assert!(report.contains("databaseschema"), "{report}");
        assert!(
            count_before(&report, "versies") >= 2 + before.len() as i64,
            "{report}"
        );
        // One consistent snapshot: the head is the newest revision, none is missing,
        // and every save answered before the backup began is in it.
        let (head, count, parties) = contents(&copy, &slug);
        assert_eq!(count, head, "revisions 1..={head} all there");
        for (party, revision) in &before {
            assert!(*revision <= head);
            assert!(
                parties.contains(party),
                "{party} (revision {revision}) missing"
            );
        }
        copies.push((copy, head));
        std::thread::sleep(Duration::from_millis(100));
    }
    stop.store(true, Ordering::Relaxed);
    for e in editors {
        e.join().unwrap();
    }
    let saved = acked.lock().unwrap().len();
    // Each backup is a later snapshot than the one before.
    assert!(copies.windows(2).all(|w| w[0].1 <= w[1].1), "{copies:?}");
    assert!(saved >= 3, "only {saved} saves during the test");
    let newest_head = contents(&live, &slug).0;

    // Into a new file: no question asked, nothing to keep aside.
    let (copy, copy_head) = copies[0].clone();
    let fresh = dir.path().join("elders").join("fresh.db");
    std::fs::create_dir(fresh.parent().unwrap()).unwrap();
    let out = rolwijzer(&[
        "restore",
        copy.to_str().unwrap(),
        "--database",
        &sqlite(&fresh),
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("has been restored from")
            && stdout(&out).contains("Start rolwijzer serve again"),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("before-restore"));
    assert_eq!(contents(&fresh, &slug).0, copy_head);

    // Over the live database while `serve` runs: not without --yes (no terminal to
    // ask at), and nothing changes.
    let out = rolwijzer(&["restore", copy.to_str().unwrap(), "--database", &db]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("--yes") && err.contains("rolwijzer serve") && err.contains("niets veranderd"),
        "{err}"
    );
    assert_eq!(contents(&live, &slug).0, newest_head);

    // Stopped, and confirmed: put back; the replaced database is kept and named.
    drop(server);
    let out = rolwijzer(&[
        "restore",
        copy.to_str().unwrap(),
        "--database",
        &db,
        "--yes",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    let kept = files_in(dir.path())
        .into_iter()
        .find(|n| n.starts_with("live.db.before-restore-") && !n.ends_with("-wal"))
        .expect("the replaced database is kept beside it");
    assert!(
        report.contains(&kept),
        "the report names where it is: {report}"
    );
    assert!(report.contains("Start rolwijzer serve nu weer"), "{report}");
    assert_eq!(contents(&live, &slug).0, copy_head);
    // Nothing was lost: the replaced database still has every save.
    assert_eq!(contents(&dir.path().join(&kept), &slug).0, newest_head);

    // And the restored database serves: the API answers with the backup's revision.
    let server = serve(&db);
    let auth = bearer(&token);
    let got = http(
        &server.addr,
        "GET",
        &doc_path,
        &[("Authorization", &auth)],
        "",
    );
    assert_eq!(got.status, 200, "{}", got.body);
    assert_eq!(got.header("etag"), format!("\"{copy_head}\""));
}

// ---------------------------------------------------------------------------------
// Refusals
// ---------------------------------------------------------------------------------

/// A database with one collaboration, made by `serve` and stopped again.
fn stopped_database(dir: &Path) -> (PathBuf, String) {
    let live = dir.join("live.db");
    let db = sqlite(&live);
    drop(serve(&db));
    (live, db)
}

#[test]
fn backup_never_overwrites_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let (_, db) = stopped_database(dir.path());
    let target = dir.path().join("mijn-back-up.db");
    std::fs::write(&target, "belangrijk").unwrap();
    let out = rolwijzer(&["backup", target.to_str().unwrap(), "--database", &db]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("mijn-back-up.db") && err.contains("bestaat al") && err.contains("S021"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "belangrijk");

    // A folder that is not there, and a database that is not there.
    let out = rolwijzer(&[
        "backup",
        dir.path().join("nergens/x.db").to_str().unwrap(),
        "--database",
        &db,
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    let out = rolwijzer(&[
        "backup",
        dir.path().join("y.db").to_str().unwrap(),
        "--database",
        &sqlite(&dir.path().join("bestaat-niet.db")),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Er is geen database op") && stderr(&out).contains("--database"),
        "{}",
        stderr(&out)
    );
    // Neither was created by asking.
    assert!(!dir.path().join("bestaat-niet.db").exists());
    assert!(!dir.path().join("y.db").exists());
}

#[test]
fn restore_refuses_a_damaged_or_foreign_file_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (live, db) = stopped_database(dir.path());
    let good = dir.path().join("goed.db");
    let out = rolwijzer(&["backup", good.to_str().unwrap(), "--database", &db]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&good).unwrap();

    // Half a backup (a copy that broke off), garbage, and a file that is not there.
    let half = dir.path().join("half.db");
    std::fs::write(&half, &bytes[..bytes.len() / 2]).unwrap();
    let garbage = dir.path().join("rommel.db");
    std::fs::write(
        &garbage,
        b"dit is geen database, maar een boodschappenlijst",
    )
    .unwrap();
    let before = std::fs::read(&live).unwrap();
    for (file, words) in [
        (&half, "geen bruikbare back-up"),
        (&garbage, "geen bruikbare back-up"),
        (&dir.path().join("weg.db"), "bestaat niet"),
    ] {
        let out = rolwijzer(&[
            "restore",
            file.to_str().unwrap(),
            "--database",
            &db,
            "--yes",
        ]);
        assert_eq!(out.status.code(), Some(2), "{}", file.display());
        let err = stderr(&out);
        let name = file.file_name().unwrap().to_str().unwrap();
        assert!(err.contains(name) && err.contains(words), "{err}");
        assert!(stdout(&out).is_empty());
    }
    assert_eq!(
        std::fs::read(&live).unwrap(),
        before,
        "the database changed"
    );
    assert!(
        !files_in(dir.path())
            .iter()
            .any(|n| n.contains("before-restore")),
        "{:?}",
        files_in(dir.path())
    );
}

#[test]
fn postgres_is_pointed_to_its_own_tools() {
    let url = "postgres://postgres@127.0.0.1:1/bestaat-niet";
    let out = rolwijzer(&["backup", "x.db", "--database", url]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("pg_dump") && err.contains("S020"), "{err}");
    // The address (and any password in it) is not repeated.
    assert!(!err.contains("127.0.0.1:1"), "{err}");
    let out = rolwijzer(&["restore", "x.db", "--database", url, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("pg_restore"), "{}", stderr(&out));
    assert!(!Path::new("x.db").exists());
}

// ---------------------------------------------------------------------------------
// Accounts from scripts
// ---------------------------------------------------------------------------------

#[test]
fn user_add_and_user_token_work_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(&dir.path().join("u.db"));
    let out = rolwijzer(&["user", "add", "script", "--database", &db]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The link alone on standard output; the explanation on standard error.
    let link = stdout(&out);
    assert_eq!(link.lines().count(), 1, "{link}");
    assert!(link.starts_with("http://127.0.0.1:8080/setup/"), "{link}");
    assert!(stderr(&out).contains("„script”"), "{}", stderr(&out));

    let out = rolwijzer(&["user", "token", "SCRIPT", "--database", &db, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(rolwijzer_store::is_api_token(text.trim_end()), "{text}");
    let err = stderr(&out);
    assert!(
        err.contains("Made on the command line") && err.contains("/account/tokens"),
        "{err}"
    );
    // Two tokens are two different secrets.
    let again = rolwijzer(&[
        "user",
        "token",
        "script",
        "--name",
        "tweede",
        "--database",
        &db,
    ]);
    assert_ne!(stdout(&again), text);

    // An unknown login, an empty name: exit 2 with what to do, nothing on stdout.
    let out = rolwijzer(&["user", "token", "niemand", "--database", &db]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("„niemand”") && err.contains("rolwijzer user add niemand"),
        "{err}"
    );
    let out = rolwijzer(&["user", "token", "script", "--name", "  ", "--database", &db]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--name"), "{}", stderr(&out));
    let out = rolwijzer(&["user", "add", "script", "--database", &db]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("rolwijzer user reset script"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------
// Forgetting a person, inzage and deleting an account (issue 13)
// ---------------------------------------------------------------------------------

/// Everything in the SQLite file and its write-ahead log, as text.
fn file_text(db: &Path) -> String {
    let mut all = Vec::new();
    for suffix in ["", "-wal"] {
        if let Ok(bytes) = std::fs::read(format!("{}{suffix}", db.display())) {
            all.extend(bytes);
        }
    }
    String::from_utf8_lossy(&all).into_owned()
}

#[test]
fn forgetting_a_person_leaves_no_trace_in_the_api_exports_backups_or_the_file() {
    const SECRETS: [&str; 2] = ["Eva van den Broek", "eva.vandenbroek@tilburg"];
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let db = sqlite(&live);
    let server = serve(&db);
    let token = user_with_token(&db, "marie");
    let auth = bearer(&token);
    let doc_path = create(&server.addr, &token, "proef");
    let slug = doc_path
        .trim_start_matches("/api/collaborations/")
        .trim_end_matches("/document")
        .to_owned();
    for n in 0..2 {
        save_one(&server.addr, &token, &doc_path, n).unwrap();
    }
    let get = |path: &str| http(&server.addr, "GET", path, &[("Authorization", &auth)], "");
    assert!(get(&doc_path).body.contains(SECRETS[0]));
    assert!(file_text(&live).contains(SECRETS[1]));

    // Eva is in the new collaboration and in the demo loaded on first start; the
    // administrator forgets her in both while the server runs.
    for (collab, label) in [
        (slug.as_str(), "oud-medewerker 1"),
        ("open-inkomensloket", "oud-medewerker 1"),
    ] {
        let out = rolwijzer(&[
            "person",
            "forget",
            "--collaboration",
            collab,
            "--person",
            "eva",
            "--reason",
            "Vertrokken; verzoek van 3 december",
            "--database",
            &db,
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out).trim(), label);
        assert!(stderr(&out).contains("privacylogboek"), "{}", stderr(&out));
    }
    // A person who is not there: refused, with the reason.
    let again = rolwijzer(&[
        "person",
        "forget",
        "--collaboration",
        &slug,
        "--person",
        "eva",
        "--reason",
        "x",
        "--database",
        &db,
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("“eva”"), "{}", stderr(&again));

    // The running server shows the new head at once: document, report, every text export.
    let mut answers = vec![
        get(&doc_path),
        get(&format!("/api/collaborations/{slug}/report")),
    ];
    for format in [
        "csv",
        "ics",
        "markdown",
        "html",
        "governance",
        "codeowners",
        "publiccode",
        "json",
        "contributions-csv",
    ] {
        answers.push(get(&format!("/api/collaborations/{slug}/export/{format}")));
    }
    for a in &answers {
        assert_eq!(a.status, 200, "{}", a.body);
        for secret in SECRETS {
            assert!(
                !a.body.contains(secret),
                "{secret} in an answer:\n{}",
                a.body
            );
        }
    }
    assert!(answers[0].body.contains("oud-medewerker 1"));

    // A backup made now holds nothing of her, and neither does the file.
    let copy = dir.path().join("kopie.db");
    let out = rolwijzer(&["backup", copy.to_str().unwrap(), "--database", &db]);
    assert!(out.status.success(), "{}", stderr(&out));
    drop(server);
    for file in [&copy, &live] {
        let text = file_text(file);
        for secret in SECRETS {
            assert!(!text.contains(secret), "{secret} in {}", file.display());
        }
    }

    // Inzage: nothing is left under her address; Gerard's record is found.
    let out = rolwijzer(&[
        "person",
        "export",
        "--email",
        "eva.vandenbroek@tilburg.example.nl",
        "--database",
        &db,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["collaborations"], json!([]));
    let gerard = rolwijzer(&[
        "person",
        "export",
        "--email",
        "gerard.brouwers@tilburg.example.nl",
        "--database",
        &db,
    ]);
    let v: Value = serde_json::from_str(&stdout(&gerard)).unwrap();
    assert_eq!(v["collaborations"].as_array().unwrap().len(), 2, "{v}");

    // The account: exported, then deleted; its name goes from the file.
    let out = rolwijzer(&["person", "export", "--account", "marie", "--database", &db]);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["account"]["username"], "marie");
    assert_eq!(v["api_tokens"][0]["name"], "backup test");
    assert_eq!(v["revisions_written"].as_array().unwrap().len(), 3);
    let out = rolwijzer(&[
        "user",
        "delete",
        "marie",
        "--reason",
        "Uit dienst",
        "--database",
        &db,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = rolwijzer(&["person", "export", "--account", "marie", "--database", &db]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!file_text(&live).contains("marie"));
}

#[test]
fn retention_at_start_keeps_the_head_of_every_collaboration() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let db = sqlite(&live);
    let server = serve(&db);
    let token = user_with_token(&db, "marie");
    let doc_path = create(&server.addr, &token, "proef");
    let slug = doc_path
        .trim_start_matches("/api/collaborations/")
        .trim_end_matches("/document")
        .to_owned();
    for n in 0..3 {
        save_one(&server.addr, &token, &doc_path, n).unwrap();
    }
    drop(server);
    assert_eq!(contents(&live, &slug).1, 4);
    // Ten days on (the clock starts at --today), keeping seven days of history: only
    // the head of each collaboration is left.
    let mut child = support::rolwijzer()
        .args([
            "serve",
            "--database",
            &db,
            "--listen",
            "127.0.0.1:0",
            "--keep-revisions-days",
            "7",
        ])
        .env("ROLWIJZER_TODAY", "2026-12-08")
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // It prints its address once the pruning at start is done.
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let seen: Vec<String> = lines
        .map_while(Result::ok)
        .take_while(|l| !l.contains("http://"))
        .collect();
    assert!(seen.iter().any(|l| l.contains("removed")), "{seen:?}");
    let _ = child.kill();
    let _ = child.wait();
    let (head, count, _) = contents(&live, &slug);
    assert_eq!((head, count), (4, 1));
    assert_eq!(contents(&live, "open-inkomensloket").1, 1);
}

#[test]
fn user_disable_stops_a_running_servers_token_at_once_and_enable_does_not_bring_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(&dir.path().join("d.db"));
    let server = serve(&db);
    let token = user_with_token(&db, "kees");
    let auth = bearer(&token);
    let list = |addr: &str| {
        http(
            addr,
            "GET",
            "/api/collaborations",
            &[("Authorization", &auth)],
            "",
        )
    };
    assert_eq!(list(&server.addr).status, 200);

    let out = rolwijzer(&["user", "disable", "Kees", "--database", &db]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Nothing for scripts on standard output; the explanation on standard error.
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("rolwijzer user enable kees"),
        "{}",
        stderr(&out)
    );
    assert_eq!(list(&server.addr).status, 401);

    let out = rolwijzer(&["user", "enable", "kees", "--database", &db, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("stay revoked"), "{}", stderr(&out));
    assert_eq!(list(&server.addr).status, 401);

    let out = rolwijzer(&["user", "disable", "niemand", "--database", &db]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("„niemand”"), "{}", stderr(&out));
}
