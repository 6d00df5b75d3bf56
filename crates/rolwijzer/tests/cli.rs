//! Command-line tests of the `rolwijzer` binary: bad files and their messages, exit
//! codes, the JSON and SARIF contracts, the human report (snapshots), `init`,
//! `explain` and `catalog`.
//!
//! Every test runs the real binary with `std::process::Command`. Files are written to
//! a fresh temporary folder and passed by their bare name, so that messages name the
//! file exactly as a coordinator typed it. Every run is checked for a panic.

// The helpers below run outside `#[test]` functions; in a test a failed unwrap is a
// failed test, which is what we want.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

// ---------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------

/// The outcome of one run of the binary.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// The workspace root, where `examples/` lives.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// A command for the binary in `dir`, independent of the caller's environment.
fn command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = support::rolwijzer();
    cmd.args(args)
        .current_dir(dir)
        .env_remove("ROLWIJZER_LANG")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null());
    cmd
}

/// Runs the binary in `dir` and checks that it did not panic.
fn run_in(dir: &Path, args: &[&str]) -> Run {
    finish(command(dir, args).output().unwrap(), args)
}

/// Runs the binary in `dir` with `input` on standard input.
fn run_with_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Run {
    use std::io::Write;
    let mut child = command(dir, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Write from a thread: the binary may stop reading early (a file that is too
    // large), and then the pipe breaks; that is not the test's concern.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    finish(out, args)
}

fn finish(out: std::process::Output, args: &[&str]) -> Run {
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    assert!(
        !run.stderr.contains("panicked") && !run.stdout.contains("panicked"),
        "rolwijzer {args:?} panicked:\n{}",
        run.stderr
    );
    assert!(
        run.code >= 0,
        "rolwijzer {args:?} was killed by a signal: {run:?}"
    );
    run
}

/// Runs the binary in the workspace root (for the examples).
fn run(args: &[&str]) -> Run {
    run_in(&root(), args)
}

/// Writes `contents` to `dir/name`.
fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}):\n{s}"))
}

/// The three example files, relative to the workspace root.
const EXAMPLES: [&str; 3] = [
    "examples/delen-twee-gemeenten.yaml",
    "examples/gestructureerd-twaalf-gemeenten.yaml",
    "examples/roulerend-licht-vier-gemeenten.yaml",
];

/// A fixed day, so that reports do not change with the calendar.
const TODAY: &str = "2026-11-28";

/// The fifteen task ids of the catalogue (DESIGN §4), with the level they start at.
const TASKS: [(&str, &str); 15] = [
    ("contact-person", "sharing"),
    ("repository-admin", "sharing"),
    ("technical-maintenance", "sharing"),
    ("meeting-coordination", "light"),
    ("collaboration-coordination", "light"),
    ("community-contribution", "structured"),
    ("financial-management", "structured"),
    ("community-management", "structured"),
    ("product-ownership", "structured"),
    ("architecture", "structured"),
    ("development-team-lead", "structured"),
    ("recruitment", "structured"),
    ("communication", "structured"),
    ("monitoring-reporting", "structured"),
    ("supplier-management", "structured"),
];

const LEVELS: [&str; 4] = ["sharing", "light", "structured", "full"];
const ARRANGEMENTS: [&str; 4] = ["coordinating", "rotating", "distributed", "external"];

/// The finding codes of DESIGN §5 (the binary may know more).
const DESIGN_CODES: [&str; 31] = [
    "D001", "D002", "D003", "R001", "R002", "R003", "C001", "C002", "K001", "K002", "K003", "K004",
    "K005", "K006", "O001", "O002", "O003", "O004", "O005", "O006", "O007", "O008", "F001", "F002",
    "F003", "E001", "E002", "A001", "H001", "H002", "I001",
];

/// Task ids required at `level` (without the contribution rule).
fn required_tasks(level: &str) -> Vec<&'static str> {
    let rank = |l: &str| LEVELS.iter().position(|x| *x == l).unwrap();
    TASKS
        .iter()
        .filter(|(_, from)| rank(from) <= rank(level))
        .map(|(id, _)| *id)
        .collect()
}

/// Whether `id` occurs in `text` as a whole id (not as part of a longer one).
fn contains_id(text: &str, id: &str) -> bool {
    let is_id_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    text.match_indices(id).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + id.len()..].chars().next();
        !before.is_some_and(is_id_char) && !after.is_some_and(is_id_char)
    })
}

/// The 1-based line whose content (without indentation and list dash) is `needle`.
fn line_of(text: &str, needle: &str) -> u64 {
    let hits: Vec<u64> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim();
            l == needle || l.strip_prefix("- ") == Some(needle)
        })
        .map(|(i, _)| i as u64 + 1)
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "`{needle}` must occur once in the test document"
    );
    hits[0]
}

/// The known codes, as listed by `explain` for an unknown code.
fn known_codes() -> Vec<String> {
    let r = run(&["explain", "X999"]);
    assert_eq!(r.code, 2);
    let list = r.stderr.rsplit(':').next().unwrap();
    let codes: Vec<String> = list
        .split(',')
        .map(|c| c.trim().trim_end_matches('.').to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    assert!(codes.len() >= DESIGN_CODES.len(), "{}", r.stderr);
    codes
}

/// A document with one error (R001 on technical-maintenance), a warning about the
/// person `jan` (H001: 3 hours of tasks, 1 available) and a warning about the party
/// `utrecht` (K004). Block style, with `id` not first, so that the line of `id: jan`
/// is not the line where the entry starts.
const KNOWN_LINES: &str = "\
version: 1
collaboration:
  name: Proef
  ambition: sharing
  arrangement: coordinating
  coordinator: utrecht
  coordinator_compensated: true
  contribution: false
  last_evaluation: 2026-03-01
parties:
  - name: Gemeente Utrecht
    id: utrecht
    kind: municipality
    contact: marie
  - name: Gemeente Zeist
    id: zeist
    kind: municipality
    contact: jan
people:
  - name: Marie Jansen
    id: marie
    party: utrecht
    hours_per_week: 8
    repository_admin: true
  - name: Jan de Vries
    party: zeist
    id: jan
    hours_per_week: 1
    repository_admin: true
assignments:
  - task: contact-person
    responsible: [marie]
    accountable: marie
    backup: [jan]
    process: https://example.org/contact
  - task: repository-admin
    responsible: [jan]
    accountable: marie
    backup: [marie]
    hours_per_week: 2
    process: https://example.org/repo
  - hours_per_week: 1
    task: technical-maintenance
    responsible: [jan]
    backup: [marie]
    process: https://example.org/tech
";

/// Two people with the id `marie`: a finding (D002), not a parse error.
const DUPLICATE_IDS: &str = "\
version: 1
collaboration:
  name: Proef
  ambition: sharing
  arrangement: coordinating
  coordinator: utrecht
parties:
  - { id: utrecht, name: Gemeente Utrecht, kind: municipality, contact: marie }
people:
  - { id: marie, name: Marie Jansen, party: utrecht }
  - { id: marie, name: Marie de Boer, party: utrecht }
assignments:
  - task: contact-person
    responsible: [marie]
    accountable: marie
";

/// A good start of a document; the bad-file tests add one mistake to it.
const HEAD: &str = "\
version: 1
collaboration:
  name: Proef
  ambition: sharing
  arrangement: coordinating
";

/// Asserts a run failed on an unreadable file the way a coordinator needs: exit 2,
/// nothing on stdout, and every `words` (file name, place, Dutch words) on stderr.
fn assert_unreadable(r: &Run, words: &[&str]) {
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stdout.trim().is_empty(), "stdout: {}", r.stdout);
    for w in words {
        assert!(r.stderr.contains(w), "stderr lacks `{w}`:\n{}", r.stderr);
    }
}

// ---------------------------------------------------------------------------------
// Files that cannot be read: exit 2 and a message a coordinator understands
// ---------------------------------------------------------------------------------

#[test]
fn unknown_key_names_line_column_and_suggests_the_closest_key() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "typo.yaml",
        "version: 1\ncollaboration:\n  name: Proef\n  ambitoin: sharing\n  arrangement: coordinating\n",
    );
    let r = run_in(dir.path(), &["check", "typo.yaml"]);
    assert_unreadable(
        &r,
        &[
            "typo.yaml",
            "regel 4",
            "kolom 3",
            "`ambitoin`",
            "bestaat hier niet",
            "Bedoel je `ambition`?",
        ],
    );
    // The offending line is shown, so the coordinator sees what to change.
    assert!(r.stderr.contains("ambitoin: sharing"), "{}", r.stderr);

    let en = run_in(dir.path(), &["--lang", "en", "check", "typo.yaml"]);
    assert_unreadable(&en, &["typo.yaml", "line 4", "column 3", "`ambition`"]);
    assert!(en.stderr.contains("Did you mean"), "{}", en.stderr);
}

#[test]
fn unknown_key_in_a_list_entry_is_found_too() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "persoon.yaml",
        format!(
            "{HEAD}parties:\n  - {{ id: a, name: A, kind: municipality }}\npeople:\n  - id: jan\n    name: Jan\n    pary: a\n"
        ),
    );
    let r = run_in(dir.path(), &["check", "persoon.yaml"]);
    assert_unreadable(&r, &["persoon.yaml", "regel 11", "`pary`", "`party`"]);
}

#[test]
fn malformed_yaml_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "kapot.yaml",
        "version: 1\ncollaboration:\n  name: \"Proef\n  ambition: [sharing\n",
    );
    let r = run_in(dir.path(), &["check", "kapot.yaml"]);
    assert_unreadable(
        &r,
        &[
            "kapot.yaml",
            "regel 3",
            "opmaak",
            "aanhalingstekens",
            "inspringen",
        ],
    );
}

/// `ambition` indented by one space instead of two.
const BAD_INDENT: &str =
    "version: 1\ncollaboration:\n  name: Proef\n ambition: sharing\n  arrangement: coordinating\n";

#[test]
fn bad_indentation_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "inspring.yaml", BAD_INDENT);
    let r = run_in(dir.path(), &["check", "inspring.yaml"]);
    assert_unreadable(&r, &["inspring.yaml", "regel "]);
    // Over-indentation is reported at its own line.
    write(
        dir.path(),
        "te-diep.yaml",
        "version: 1\ncollaboration:\n  name: Proef\n    ambition: sharing\n  arrangement: coordinating\n",
    );
    let r = run_in(dir.path(), &["check", "te-diep.yaml"]);
    assert_unreadable(&r, &["te-diep.yaml", "regel 4", "inspringen"]);
}

#[test]
fn bad_indentation_points_at_the_misindented_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "inspring.yaml", BAD_INDENT);
    let r = run_in(dir.path(), &["check", "inspring.yaml"]);
    assert_unreadable(&r, &["inspring.yaml", "regel 4"]);
    assert!(!r.stderr.contains("ontbreekt"), "{}", r.stderr);
}

#[test]
fn impossible_date_names_the_line_and_the_value() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "datum.yaml",
        format!("{HEAD}  last_evaluation: 2026-13-01\n"),
    );
    let r = run_in(dir.path(), &["check", "datum.yaml"]);
    assert_unreadable(
        &r,
        &[
            "datum.yaml",
            "regel 6",
            "2026-13-01",
            "geen geldige datum",
            "jaar-maand-dag",
        ],
    );
}

#[test]
fn duplicate_yaml_key_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dubbel.yaml",
        "version: 1\ncollaboration:\n  name: Proef\n  ambition: sharing\n  ambition: light\n  arrangement: coordinating\n",
    );
    let r = run_in(dir.path(), &["check", "dubbel.yaml"]);
    assert_unreadable(&r, &["dubbel.yaml", "regel 5", "twee keer", "Haal een"]);
}

#[test]
fn duplicate_yaml_key_message_has_no_parser_jargon() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dubbel.yaml",
        "version: 1\ncollaboration:\n  name: Proef\n  ambition: sharing\n  ambition: light\n  arrangement: coordinating\n",
    );
    let r = run_in(dir.path(), &["check", "dubbel.yaml"]);
    assert_eq!(r.code, 2);
    assert!(!r.stderr.contains("DuplicateKeyPolicy"), "{}", r.stderr);
    assert!(!r.stderr.contains("Options"), "{}", r.stderr);
}

#[test]
fn empty_file_and_comment_only_file_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "leeg.yaml", "");
    write(dir.path(), "commentaar.yaml", "# nog in te vullen\n\n   \n");
    for name in ["leeg.yaml", "commentaar.yaml"] {
        let r = run_in(dir.path(), &["check", name]);
        assert_unreadable(&r, &[name, "leeg", "rolwijzer init"]);
    }
}

#[test]
fn binary_files_are_not_text() {
    let dir = tempfile::tempdir().unwrap();
    // The start of a PNG picture.
    let png: &[u8] =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa";
    write(dir.path(), "logo.png", png);
    // Pseudo-random bytes (a fixed generator, so the test is repeatable), with NULs.
    let mut x: u32 = 0x1234_5678;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (x >> 24) as u8
        })
        .chain([0, 0, 0])
        .collect();
    write(dir.path(), "ruis.bin", noise);
    // Valid UTF-8 that still holds a NUL byte.
    write(dir.path(), "nul.yaml", format!("{HEAD}\0\n"));
    for name in ["logo.png", "ruis.bin", "nul.yaml"] {
        let r = run_in(dir.path(), &["check", name]);
        assert_unreadable(&r, &[name, "geen tekstbestand", "YAML"]);
    }
}

/// A valid start followed by comment lines up to 10 MB.
fn ten_megabytes() -> String {
    let mut s = String::from(HEAD);
    let line = "# Deze regel maakt het bestand groot; rolwijzer moet het netjes weigeren.\n";
    while s.len() < 10 * 1024 * 1024 {
        s.push_str(line);
    }
    s
}

#[test]
fn ten_megabyte_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "groot.yaml", ten_megabytes());
    let r = run_in(dir.path(), &["check", "groot.yaml"]);
    assert_unreadable(&r, &["groot.yaml", "groot", "hoogstens", "MB"]);
}

#[test]
fn ten_megabyte_file_on_standard_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_with_stdin(dir.path(), &["check", "-"], ten_megabytes().as_bytes());
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("hoogstens"), "{}", r.stderr);
}

#[test]
fn ten_megabyte_file_is_not_reported_as_the_size_of_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "groot.yaml", ten_megabytes());
    let r = run_in(dir.path(), &["check", "groot.yaml"]);
    assert_eq!(r.code, 2);
    assert!(
        !r.stderr.contains("is 4.0 MB groot") && !r.stderr.contains("is 4,0 MB groot"),
        "the file is 10 MB, the message says:\n{}",
        r.stderr
    );
}

#[test]
fn nonexistent_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(dir.path(), &["check", "bestaat-niet.yaml"]);
    assert_unreadable(&r, &["bestaat-niet.yaml", "niet lezen", "bestandsnaam"]);
}

#[test]
fn a_folder_is_not_a_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("map")).unwrap();
    let r = run_in(dir.path(), &["check", "map"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("map"), "{}", r.stderr);
}

#[test]
fn bad_today_is_refused() {
    for bad in ["2026-13-01", "2026-02-30", "morgen", "28-11-2026", ""] {
        let r = run(&["check", EXAMPLES[0], "--today", bad]);
        assert_eq!(r.code, 2, "--today {bad:?}: {r:?}");
        assert!(r.stderr.contains("--today"), "{}", r.stderr);
        assert!(r.stderr.contains("jaar-maand-dag"), "{}", r.stderr);
        assert!(r.stdout.is_empty(), "{}", r.stdout);
    }
    let r = run(&["--lang", "en", "check", EXAMPLES[0], "--today", "morgen"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("`morgen`"), "{}", r.stderr);
    assert!(r.stderr.contains("year-month-day"), "{}", r.stderr);
}

#[test]
fn parse_errors_are_english_with_lang_en() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "datum.yaml",
        format!("{HEAD}  last_evaluation: 2026-13-01\n"),
    );
    write(dir.path(), "leeg.yaml", "");
    let r = run_in(dir.path(), &["--lang", "en", "check", "datum.yaml"]);
    assert_unreadable(
        &r,
        &["datum.yaml", "line 6", "2026-13-01", "not a valid date"],
    );
    let r = run_in(dir.path(), &["--lang", "en", "check", "leeg.yaml"]);
    assert_unreadable(&r, &["leeg.yaml", "empty"]);
}

#[test]
fn duplicate_ids_are_a_finding_not_a_parse_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dubbel-id.yaml", DUPLICATE_IDS);
    let r = run_in(
        dir.path(),
        &[
            "check",
            "dubbel-id.yaml",
            "--today",
            TODAY,
            "--format",
            "json",
        ],
    );
    assert_eq!(r.code, 1, "{r:?}");
    let v = json(&r.stdout);
    let d002: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "D002")
        .collect();
    assert_eq!(d002.len(), 1, "{}", r.stdout);
    assert_eq!(d002[0]["severity"], "error");
    assert_eq!(d002[0]["person"], "marie");
    assert!(d002[0]["message"].as_str().unwrap().contains("marie"));

    let human = run_in(dir.path(), &["check", "dubbel-id.yaml", "--today", TODAY]);
    assert_eq!(human.code, 1);
    assert!(human.stdout.contains("D002"), "{}", human.stdout);
}

// ---------------------------------------------------------------------------------
// Exit codes
// ---------------------------------------------------------------------------------

#[test]
fn every_example_checks_without_errors() {
    for ex in EXAMPLES {
        let r = run(&["check", ex, "--today", TODAY]);
        assert_eq!(r.code, 0, "{ex}: {}{}", r.stdout, r.stderr);
        assert!(r.stderr.is_empty(), "{ex}: {}", r.stderr);
        // Also on the day the tests run (no --today).
        let r = run(&["check", ex]);
        assert_eq!(r.code, 0, "{ex} today: {}{}", r.stdout, r.stderr);
    }
    // All three at once.
    let mut args = vec!["check", "--today", TODAY];
    args.extend(EXAMPLES);
    assert_eq!(run(&args).code, 0);
}

#[test]
fn task_without_accountable_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "zonder-a.yaml", KNOWN_LINES);
    let r = run_in(dir.path(), &["check", "zonder-a.yaml", "--today", TODAY]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.contains("R001"), "{}", r.stdout);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn deny_warnings_turns_warnings_into_exit_1() {
    // delen-twee-gemeenten has warnings but no errors.
    let ex = EXAMPLES[0];
    let v = json(&run(&["check", ex, "--today", TODAY, "--format", "json"]).stdout);
    assert_eq!(v["summary"]["errors"], 0);
    assert!(v["summary"]["warnings"].as_u64().unwrap() > 0);
    assert_eq!(run(&["check", ex, "--today", TODAY]).code, 0);
    assert_eq!(
        run(&["check", ex, "--today", TODAY, "--deny", "warnings"]).code,
        1
    );
    assert_eq!(
        run(&[
            "check", ex, "--today", TODAY, "--deny", "warnings", "--format", "json"
        ])
        .code,
        1
    );

    // roulerend-licht has advice only: advice never fails the check.
    let ex = EXAMPLES[2];
    let v = json(&run(&["check", ex, "--today", TODAY, "--format", "json"]).stdout);
    assert_eq!(v["summary"]["errors"], 0);
    assert_eq!(v["summary"]["warnings"], 0);
    assert!(v["summary"]["advice"].as_u64().unwrap() > 0);
    assert_eq!(
        run(&["check", ex, "--today", TODAY, "--deny", "warnings"]).code,
        0
    );
}

#[test]
fn one_unreadable_file_among_several_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "leeg.yaml", "");
    write(dir.path(), "zonder-a.yaml", KNOWN_LINES);
    let good = root().join(EXAMPLES[0]);
    let good = good.to_str().unwrap();

    let r = run_in(dir.path(), &["check", "--today", TODAY, good, "leeg.yaml"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("leeg.yaml"), "{}", r.stderr);
    // The readable file is still reported.
    assert!(r.stdout.contains("Afvalwijzer"), "{}", r.stdout);

    // Unreadable beats errors: exit 2, not 1.
    let r = run_in(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "zonder-a.yaml",
            "bestaat-niet.yaml",
        ],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("bestaat-niet.yaml"), "{}", r.stderr);

    // Errors in one of several readable files: exit 1.
    let r = run_in(
        dir.path(),
        &["check", "--today", TODAY, good, "zonder-a.yaml"],
    );
    assert_eq!(r.code, 1, "{r:?}");

    // JSON with several files: one entry per file, the unreadable one with its error.
    let r = run_in(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--format",
            "json",
            good,
            "leeg.yaml",
        ],
    );
    assert_eq!(r.code, 2);
    let v = json(&r.stdout);
    let docs = v.as_array().unwrap();
    assert_eq!(docs.len(), 2, "{}", r.stdout);
    assert!(docs[0]["findings"].is_array());
    assert_eq!(docs[1]["file"], "leeg.yaml");
    assert!(
        docs[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("leeg")
    );

    // SARIF: the run is marked unsuccessful and the notification names the file.
    let r = run_in(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--format",
            "sarif",
            good,
            "leeg.yaml",
        ],
    );
    assert_eq!(r.code, 2);
    let v = json(&r.stdout);
    let inv = &v["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let note = &inv["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert_eq!(
        note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "leeg.yaml"
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let text = std::fs::read(root().join(EXAMPLES[0])).unwrap();
    let r = run_with_stdin(&root(), &["check", "-", "--today", TODAY], &text);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("Afvalwijzer"), "{}", r.stdout);
}

// ---------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------

/// Checks the JSON contract of one file's report and returns its findings.
fn assert_json_contract(v: &Value, what: &str) -> Vec<Value> {
    let findings = v["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("{what}: no findings array"));
    let (mut errors, mut warnings, mut advice) = (0, 0, 0);
    for f in findings {
        let code = f["code"].as_str().unwrap();
        assert!(
            code.len() == 4
                && code.as_bytes()[0].is_ascii_uppercase()
                && code[1..].bytes().all(|b| b.is_ascii_digit()),
            "{what}: code {code}"
        );
        match f["severity"].as_str().unwrap() {
            "error" => errors += 1,
            "warning" => warnings += 1,
            "advice" => advice += 1,
            other => panic!("{what}: severity {other}"),
        }
        for key in ["task", "party", "person"] {
            let s = &f[key];
            assert!(
                s.is_null() || s.as_str().is_some_and(|x| !x.is_empty()),
                "{what}: {key} of {code} is {s}"
            );
            assert!(f.get(key).is_some(), "{what}: {key} missing on {code}");
        }
        for key in ["message", "fix"] {
            let s = f[key].as_str().unwrap_or_default();
            assert!(!s.trim().is_empty(), "{what}: empty {key} on {code}");
            assert!(!s.contains("{ $") && !s.contains("{$"), "{what}: {s}");
        }
    }
    let summary = &v["summary"];
    assert_eq!(summary["errors"], errors, "{what}: {summary}");
    assert_eq!(summary["warnings"], warnings, "{what}: {summary}");
    assert_eq!(summary["advice"], advice, "{what}: {summary}");

    let checklist = v["checklist"].as_array().unwrap();
    assert_eq!(checklist.len(), 20, "{what}: checklist");
    let items: BTreeSet<&str> = checklist
        .iter()
        .map(|row| row["item"].as_str().unwrap())
        .collect();
    assert_eq!(items.len(), 20, "{what}: checklist items are not unique");
    findings.clone()
}

#[test]
fn json_has_the_contracted_shape_and_consistent_counts() {
    for ex in EXAMPLES {
        let r = run(&["check", ex, "--today", TODAY, "--format", "json"]);
        assert_eq!(r.code, 0, "{ex}");
        assert!(r.stderr.is_empty(), "{}", r.stderr);
        let v = json(&r.stdout);
        assert!(v.is_object(), "{ex}: a single file gives one object");
        assert_json_contract(&v, ex);
        assert_eq!(v["summary"]["errors"], 0, "{ex}");
    }

    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", KNOWN_LINES);
    let r = run_in(
        dir.path(),
        &["check", "t.yaml", "--today", TODAY, "--format", "json"],
    );
    assert_eq!(r.code, 1);
    let v = json(&r.stdout);
    let findings = assert_json_contract(&v, "t.yaml");
    let r001 = findings.iter().find(|f| f["code"] == "R001").unwrap();
    assert_eq!(r001["severity"], "error");
    assert_eq!(r001["task"], "technical-maintenance");
    assert_eq!(r001["party"], Value::Null);
    assert_eq!(r001["person"], Value::Null);
    let h001 = findings.iter().find(|f| f["code"] == "H001").unwrap();
    assert_eq!(h001["person"], "jan");
    assert_eq!(h001["task"], Value::Null);
    let k004 = findings.iter().find(|f| f["code"] == "K004").unwrap();
    assert_eq!(k004["party"], "utrecht");
}

#[test]
fn json_lang_en_gives_english_messages() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", KNOWN_LINES);
    let args = ["check", "t.yaml", "--today", TODAY, "--format", "json"];
    let nl = json(&run_in(dir.path(), &args).stdout);
    let mut en_args = vec!["--lang", "en"];
    en_args.extend(args);
    let en = json(&run_in(dir.path(), &en_args).stdout);
    assert_json_contract(&en, "t.yaml en");

    let (nl_f, en_f) = (
        nl["findings"].as_array().unwrap(),
        en["findings"].as_array().unwrap(),
    );
    assert_eq!(nl_f.len(), en_f.len());
    for (a, b) in nl_f.iter().zip(en_f) {
        // Same judgement, different words.
        for key in ["code", "severity", "task", "party", "person"] {
            assert_eq!(a[key], b[key]);
        }
        assert_ne!(a["message"], b["message"], "{}", a["code"]);
        assert_ne!(a["fix"], b["fix"], "{}", a["code"]);
    }
    let r001 = en_f.iter().find(|f| f["code"] == "R001").unwrap();
    let msg = r001["message"].as_str().unwrap();
    assert!(msg.contains("Nobody") && msg.contains("task"), "{msg}");
    let nl_msg = nl_f.iter().find(|f| f["code"] == "R001").unwrap()["message"]
        .as_str()
        .unwrap();
    assert!(nl_msg.contains("niemand"), "{nl_msg}");
    // The checklist labels follow the language too.
    assert_ne!(nl["checklist"][0]["label"], en["checklist"][0]["label"]);
}

#[test]
fn english_hours_are_singular_for_one() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", KNOWN_LINES);
    let r = run_in(
        dir.path(),
        &["--lang", "en", "check", "t.yaml", "--today", TODAY],
    );
    assert!(r.stdout.contains("H001"), "{}", r.stdout);
    assert!(!r.stdout.contains(" 1 hours"), "{}", r.stdout);
}

// ---------------------------------------------------------------------------------
// SARIF
// ---------------------------------------------------------------------------------

#[test]
fn sarif_is_2_1_0_with_rules_for_every_code() {
    let r = run(&["check", EXAMPLES[1], "--today", TODAY, "--format", "sarif"]);
    assert_eq!(r.code, 0);
    let v = json(&r.stdout);
    assert_eq!(v["version"], "2.1.0");
    let runs = v["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "rolwijzer");
    let rules = driver["rules"].as_array().unwrap();
    let ids: BTreeSet<String> = rules
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), rules.len(), "rule ids are unique");
    for code in DESIGN_CODES {
        assert!(ids.contains(code), "no SARIF rule for {code}");
    }
    let known: BTreeSet<String> = known_codes().into_iter().collect();
    assert_eq!(ids, known, "SARIF rules and `explain` know the same codes");
    for rule in rules {
        let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
        assert!(["error", "warning", "note"].contains(&level), "{rule}");
        assert!(
            !rule["shortDescription"]["text"]
                .as_str()
                .unwrap()
                .is_empty()
        );
    }
    for res in runs[0]["results"].as_array().unwrap() {
        assert!(ids.contains(res["ruleId"].as_str().unwrap()), "{res}");
    }
}

#[test]
fn sarif_results_point_at_the_right_lines() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "regels.yaml", KNOWN_LINES);
    let base = ["check", "regels.yaml", "--today", TODAY, "--format"];
    let r = run_in(dir.path(), &[&base[..], &["sarif"][..]].concat());
    assert_eq!(r.code, 1, "{r:?}");
    let sarif = json(&r.stdout);
    let results = sarif["runs"][0]["results"].as_array().unwrap().clone();
    let report = json(&run_in(dir.path(), &[&base[..], &["json"][..]].concat()).stdout);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());

    let collaboration = line_of(KNOWN_LINES, "collaboration:");
    let parties = line_of(KNOWN_LINES, "parties:");
    for (res, f) in results.iter().zip(findings) {
        let code = f["code"].as_str().unwrap();
        assert_eq!(res["ruleId"], code);
        let level = res["level"].as_str().unwrap();
        let want = match f["severity"].as_str().unwrap() {
            "error" => "error",
            "warning" => "warning",
            _ => "note",
        };
        assert_eq!(level, want, "{code}");
        assert!(!res["message"]["text"].as_str().unwrap().is_empty());
        let loc = &res["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "regels.yaml");
        let line = loc["region"]["startLine"].as_u64().unwrap();
        let subject = |key: &str| f[key].as_str().map(str::to_owned);
        if let Some(p) = subject("person") {
            assert_eq!(line, line_of(KNOWN_LINES, &format!("id: {p}")), "{code}");
        } else if let Some(t) = subject("task") {
            assert_eq!(line, line_of(KNOWN_LINES, &format!("task: {t}")), "{code}");
        } else if let Some(p) = subject("party") {
            assert_eq!(line, line_of(KNOWN_LINES, &format!("id: {p}")), "{code}");
        } else {
            assert!(
                (collaboration..parties).contains(&line),
                "{code} without subject points at line {line}, outside `collaboration:`"
            );
        }
    }

    // The cases this document was written for, spelled out.
    let line_for = |rule: &str| -> u64 {
        results
            .iter()
            .find(|r| r["ruleId"] == rule)
            .unwrap_or_else(|| panic!("no {rule} in {results:?}"))["locations"][0]
            ["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(
        line_for("H001"),
        27,
        "H001 is about jan: `id: jan` is line 27"
    );
    assert_eq!(
        line_for("R001"),
        43,
        "R001 is about technical-maintenance: line 43"
    );
    assert_eq!(line_for("K004"), 12, "K004 is about utrecht: line 12");
    assert_eq!(
        results.iter().find(|r| r["ruleId"] == "R001").unwrap()["level"],
        "error"
    );
}

// ---------------------------------------------------------------------------------
// Human output
// ---------------------------------------------------------------------------------

fn human(lang: &str, example: &str) -> String {
    let r = run(&["--lang", lang, "check", example, "--today", TODAY]);
    assert_eq!(r.code, 0, "{example}: {}", r.stderr);
    assert!(
        !r.stdout.contains("\x1b["),
        "colour codes while stdout is not a terminal"
    );
    r.stdout
}

#[test]
fn human_nl_delen_twee_gemeenten() {
    insta::assert_snapshot!("human_nl_delen_twee_gemeenten", human("nl", EXAMPLES[0]));
}

#[test]
fn human_nl_gestructureerd_twaalf_gemeenten() {
    insta::assert_snapshot!(
        "human_nl_gestructureerd_twaalf_gemeenten",
        human("nl", EXAMPLES[1])
    );
}

#[test]
fn human_nl_roulerend_licht_vier_gemeenten() {
    insta::assert_snapshot!(
        "human_nl_roulerend_licht_vier_gemeenten",
        human("nl", EXAMPLES[2])
    );
}

#[test]
fn human_en_gestructureerd_twaalf_gemeenten() {
    insta::assert_snapshot!(
        "human_en_gestructureerd_twaalf_gemeenten",
        human("en", EXAMPLES[1])
    );
}

#[test]
fn human_output_has_no_colour_when_piped_even_with_errors() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", KNOWN_LINES);
    let r = run_in(dir.path(), &["check", "t.yaml", "--today", TODAY]);
    assert_eq!(r.code, 1);
    assert!(!r.stdout.contains("\x1b["), "{}", r.stdout);
    assert!(!r.stderr.contains("\x1b["), "{}", r.stderr);
    assert!(r.stdout.contains("Fouten (1)"), "{}", r.stdout);
    assert!(
        r.stdout.contains("Samenvatting: 1 fout, 2 waarschuwingen"),
        "{}",
        r.stdout
    );
}

// ---------------------------------------------------------------------------------
// init
// ---------------------------------------------------------------------------------

#[test]
fn init_every_arrangement_and_level_writes_a_checkable_division() {
    let dir = tempfile::tempdir().unwrap();
    for level in LEVELS {
        for arrangement in ARRANGEMENTS {
            let what = format!("{level} × {arrangement}");
            let name = format!("rolverdeling-{level}-{arrangement}.yaml");
            let title = format!("Proef {level} {arrangement}");
            let r = run_in(
                dir.path(),
                &[
                    "init",
                    "--name",
                    &title,
                    "--ambition",
                    level,
                    "--arrangement",
                    arrangement,
                    "--output",
                    &name,
                ],
            );
            assert_eq!(r.code, 0, "{what}: {r:?}");
            assert!(r.stderr.contains(&name), "{what}: {}", r.stderr);
            let text = std::fs::read_to_string(dir.path().join(&name)).unwrap();
            assert!(text.contains(&title), "{what}: name not written");
            assert!(text.contains(&format!("ambition: {level}")), "{what}");
            assert!(
                text.contains(&format!("arrangement: {arrangement}")),
                "{what}"
            );
            let mut required = required_tasks(level);
            if level == "structured" || level == "full" {
                // A contribution is the default from structured upwards.
                required.extend(["community-contribution", "financial-management"]);
            }
            for id in &required {
                assert!(contains_id(&text, id), "{what}: task {id} missing:\n{text}");
            }

            let r = run_in(
                dir.path(),
                &["check", &name, "--today", TODAY, "--format", "json"],
            );
            assert!(
                r.code == 0 || r.code == 1,
                "{what}: check exits {}:\n{}",
                r.code,
                r.stderr
            );
            let v = json(&r.stdout);
            let findings = assert_json_contract(&v, &what);
            let unassigned: Vec<&Value> = findings.iter().filter(|f| f["code"] == "C001").collect();
            assert!(
                unassigned.is_empty(),
                "{what}: required tasks not assigned: {unassigned:?}"
            );
        }
    }
}

#[test]
fn init_with_contribution_adds_the_money_tasks() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(
        dir.path(),
        &[
            "init",
            "--ambition",
            "sharing",
            "--arrangement",
            "coordinating",
            "--contribution",
            "true",
            "--output",
            "geld.yaml",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let text = std::fs::read_to_string(dir.path().join("geld.yaml")).unwrap();
    for id in [
        "community-contribution",
        "financial-management",
        "contact-person",
    ] {
        assert!(contains_id(&text, id), "{id} missing:\n{text}");
    }
    let r = run_in(
        dir.path(),
        &["check", "geld.yaml", "--today", TODAY, "--format", "json"],
    );
    assert!(r.code == 0 || r.code == 1, "{r:?}");
    let v = json(&r.stdout);
    let findings = assert_json_contract(&v, "geld.yaml");
    assert!(findings.iter().all(|f| f["code"] != "C001"), "{findings:?}");
}

#[test]
fn init_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "rolverdeling.yaml", "# mijn eigen werk\n");
    let r = run_in(dir.path(), &["init", "--ambition", "light"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("rolverdeling.yaml"), "{}", r.stderr);
    assert!(r.stderr.contains("bestaat al"), "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# mijn eigen werk\n"
    );

    let r = run_in(
        dir.path(),
        &[
            "init",
            "--ambition",
            "light",
            "--output",
            "rolverdeling.yaml",
        ],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# mijn eigen werk\n"
    );

    let r = run_in(
        dir.path(),
        &[
            "init",
            "--ambition",
            "light",
            "--output",
            "rolverdeling.yaml",
            "--force",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("ambition: light"), "{text}");
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["rolverdeling.yaml"]);
}

#[test]
fn init_to_standard_output_prints_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(
        dir.path(),
        &[
            "init",
            "--name",
            "Open Formulieren",
            "--ambition",
            "structured",
            "--arrangement",
            "external",
            "--output",
            "-",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("version: 1"), "{}", r.stdout);
    assert!(r.stdout.contains("name: Open Formulieren"), "{}", r.stdout);
    for id in required_tasks("structured") {
        assert!(contains_id(&r.stdout, id), "{id} missing");
    }
    // Nothing is written to disk.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    // What init prints, check reads.
    let c = run_with_stdin(
        dir.path(),
        &["check", "-", "--today", TODAY],
        r.stdout.as_bytes(),
    );
    assert!(c.code == 0 || c.code == 1, "{c:?}");
}

#[test]
fn init_rejects_unknown_level_and_arrangement() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        ["init", "--ambition", "maximal", "--output", "x.yaml"],
        ["init", "--arrangement", "central", "--output", "x.yaml"],
    ] {
        let r = run_in(dir.path(), &args);
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert!(!dir.path().join("x.yaml").exists());
    }
}

// ---------------------------------------------------------------------------------
// explain and catalog
// ---------------------------------------------------------------------------------

#[test]
fn explain_prints_title_and_why() {
    // The title and why-text as the SARIF rules carry them.
    let sarif = json(&run(&["check", EXAMPLES[0], "--today", TODAY, "--format", "sarif"]).stdout);
    let rule = |lang_sarif: &Value| {
        lang_sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "K001")
            .unwrap()
            .clone()
    };
    let k001 = rule(&sarif);
    let title = k001["shortDescription"]["text"].as_str().unwrap();
    let why = k001["fullDescription"]["text"].as_str().unwrap();

    let r = run(&["explain", "K001"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.starts_with("K001"), "{}", r.stdout);
    assert!(r.stdout.contains(title), "{}", r.stdout);
    assert!(r.stdout.contains(why), "{}", r.stdout);
    assert!(r.stdout.contains("Waarom"), "{}", r.stdout);
    assert!(r.stdout.contains("back-up"), "{}", r.stdout);

    let lower = run(&["explain", "k001"]);
    assert_eq!(lower.code, 0, "{lower:?}");
    assert_eq!(lower.stdout, r.stdout);

    let en = run(&["--lang", "en", "explain", "K001"]);
    assert_eq!(en.code, 0);
    assert!(en.stdout.contains("Why"), "{}", en.stdout);
    assert!(en.stdout.contains("backup"), "{}", en.stdout);
    assert_ne!(en.stdout, r.stdout);
}

#[test]
fn explain_unknown_code_exits_2() {
    for code in ["X999", "K999", "", "K0011"] {
        let r = run(&["explain", code]);
        assert_eq!(r.code, 2, "{code:?}: {r:?}");
        assert!(r.stdout.is_empty(), "{}", r.stdout);
        assert!(r.stderr.contains(&format!("`{code}`")), "{}", r.stderr);
        // It lists the codes that do exist.
        assert!(r.stderr.contains("K001"), "{}", r.stderr);
    }
}

#[test]
fn explain_works_for_every_code_in_both_languages() {
    for code in known_codes() {
        for lang in ["nl", "en"] {
            let r = run(&["--lang", lang, "explain", &code]);
            assert_eq!(r.code, 0, "{code} {lang}: {r:?}");
            assert!(r.stdout.starts_with(&code), "{}", r.stdout);
            assert!(
                !r.stdout.contains("{$") && !r.stdout.contains("{ $"),
                "{code} {lang}: unfilled placeholder:\n{}",
                r.stdout
            );
        }
    }
}

/// The twenty checklist item ids, as the JSON report lists them.
fn checklist_item_ids() -> Vec<String> {
    let v = json(&run(&["check", EXAMPLES[0], "--today", TODAY, "--format", "json"]).stdout);
    v["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["item"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn catalog_lists_tasks_items_and_arrangements() {
    let items = checklist_item_ids();
    assert_eq!(items.len(), 20);
    let nl = run(&["catalog"]);
    let en = run(&["--lang", "en", "catalog"]);
    for (lang, r) in [("nl", &nl), ("en", &en)] {
        assert_eq!(r.code, 0, "{lang}: {r:?}");
        for (task, _) in TASKS {
            assert!(r.stdout.contains(&format!("({task})")), "{lang}: {task}");
        }
        for item in &items {
            assert!(r.stdout.contains(&format!("({item})")), "{lang}: {item}");
        }
        for a in ARRANGEMENTS {
            assert!(r.stdout.contains(&format!("({a})")), "{lang}: {a}");
        }
        for l in LEVELS {
            assert!(r.stdout.contains(&format!("({l})")), "{lang}: {l}");
        }
        assert!(r.stdout.contains("CC BY-SA 4.0"), "{lang}: credit");
        assert!(!r.stdout.contains("\x1b["), "{lang}");
    }
    // Each task and item is listed once.
    // Each task is listed once with its tags, each item once with its task, and the
    // checklist has exactly twenty boxes.
    for (task, _) in TASKS {
        assert_eq!(
            nl.stdout.matches(&format!("({task}) — ")).count(),
            1,
            "{task}"
        );
    }
    for item in &items {
        assert_eq!(
            nl.stdout.matches(&format!("({item}) → ")).count(),
            1,
            "{item}"
        );
    }
    assert_eq!(nl.stdout.matches('☐').count(), 20);
    for a in ARRANGEMENTS {
        assert_eq!(nl.stdout.matches(&format!("({a})\n")).count(), 1, "{a}");
    }

    assert!(nl.stdout.contains("Ambitieniveaus"), "{}", nl.stdout);
    assert!(nl.stdout.contains("Technisch beheer"), "{}", nl.stdout);
    assert!(en.stdout.contains("Ambition levels"), "{}", en.stdout);
    assert!(en.stdout.contains("Technical maintenance"), "{}", en.stdout);
    assert!(!en.stdout.contains("Ambitieniveaus"));
    assert!(!en.stdout.contains("Technisch beheer"));
}

#[test]
fn lang_comes_from_the_environment_too() {
    let mut cmd = command(&root(), &["catalog"]);
    cmd.env("ROLWIJZER_LANG", "en");
    let out = cmd.output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Ambition levels"));
}

#[test]
fn check_json_has_the_contributions_of_the_guides_examples() {
    let r = run(&[
        "check",
        "--format",
        "json",
        "--today",
        TODAY,
        "examples/begroting-twintig-gemeenten.yaml",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r.stdout);
    let c = &v["contributions"];
    assert_eq!(c["key"], "equal");
    assert_eq!(
        (c["cost"].as_f64(), c["total"].as_f64()),
        (Some(100000.0), Some(100000.0))
    );
    let parties = c["parties"].as_array().unwrap();
    assert_eq!(parties.len(), 20);
    assert!(parties.iter().all(|p| p["share"].as_f64() == Some(5000.0)
        && p["in_kind"].as_f64() == Some(0.0)
        && p["cash"].as_f64() == Some(5000.0)));

    let r = run(&[
        "check",
        "--format",
        "json",
        "--today",
        TODAY,
        "examples/begroting-in-natura-twintig-gemeenten.yaml",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r.stdout);
    let c = &v["contributions"];
    assert_eq!(
        (
            c["cost"].as_f64(),
            c["in_kind"].as_f64(),
            c["total"].as_f64(),
            c["gap"].as_f64()
        ),
        (Some(85000.0), Some(13800.0), Some(98800.0), Some(0.0))
    );
    let parties = c["parties"].as_array().unwrap();
    assert_eq!(
        parties[0],
        serde_json::json!({"party": "zwolle", "share": 4940.0, "in_kind": 13800.0, "cash": -8860.0})
    );
    assert!(
        parties[1..]
            .iter()
            .all(|p| p["cash"].as_f64() == Some(4940.0))
    );
    // No budget, no block.
    let r = run(&["check", "--format", "json", "--today", TODAY, EXAMPLES[0]]);
    assert!(json(&r.stdout).get("contributions").is_none());
}

#[test]
fn explain_knows_the_money_codes() {
    for code in ["F004", "F005"] {
        let r = run(&["explain", code]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(!r.stdout.contains("finding-"), "{}", r.stdout);
    }
}
