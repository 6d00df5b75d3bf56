//! Shared helpers for the export tests: the examples, and the real readers (Python
//! libraries, poppler, LibreOffice) that read our files back.
//!
//! The readers are outside cargo. `.ci/run` installs them and sets
//! `ROLWIJZER_TEST_READERS=1` and `ROLWIJZER_PYTHON`; there a missing reader fails the
//! test. Without that variable (a plain `cargo test` on a new machine) the read-back
//! tests say they are skipped and pass, like the PostgreSQL tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rolwijzer_core::{Date, Document, Report, analyse, parse_document};
use rolwijzer_export::{Export, Format, Options, export};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The day all export tests pretend it is.
pub fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

/// An example document from `examples/` by file name.
pub fn example(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    parse_document(text.as_bytes()).unwrap()
}

/// A document from YAML text.
pub fn doc(yaml: &str) -> Document {
    parse_document(yaml.as_bytes()).unwrap()
}

/// Analyses and exports in one go.
pub fn run(doc: &Document, format: Format, options: &Options) -> (Export, Report) {
    let report = analyse(doc, options.today);
    let e = export(doc, &report, format, options).unwrap();
    (e, report)
}

/// Whether read-back tests must run (CI) or may be skipped.
pub fn readers_required() -> bool {
    std::env::var_os("ROLWIJZER_TEST_READERS").is_some()
}

/// The Python with openpyxl, odfpy, icalendar and PyYAML, or `None` (and a note on
/// stderr) when readers are not set up and not required.
pub fn python() -> Option<PathBuf> {
    match std::env::var_os("ROLWIJZER_PYTHON") {
        Some(p) => Some(PathBuf::from(p)),
        None if readers_required() => {
            panic!("ROLWIJZER_TEST_READERS is set but ROLWIJZER_PYTHON is not")
        }
        None => {
            eprintln!(
                "skipped: set ROLWIJZER_PYTHON (see .ci/run) to read exports back with Python"
            );
            None
        }
    }
}

/// A program such as `pdftotext` or `soffice`, or `None` when it is missing and
/// readers are not required.
pub fn program(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    });
    match found {
        Some(p) => Some(p),
        None if readers_required() => {
            panic!("{name} is required for the read-back tests (.ci/run installs it)")
        }
        None => {
            eprintln!("skipped: {name} is not installed");
            None
        }
    }
}

/// Runs a Python reader script from `tests/readers/` on a file; returns its stdout.
/// The script fails (non-zero) when the file is not what it should be.
pub fn read_back(python: &Path, script: &str, file: &Path, extra: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/readers")
        .join(script);
    let out = Command::new(python)
        .arg(&script)
        .arg(file)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} failed on {}:\n{}",
        script.display(),
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A document whose names carry quotes, ampersands, script tags, accents and emoji,
/// with every letter and a contract date filled, so each export must carry them
/// through intact and harmless.
pub const HOSTILE: &str = r#"version: 1
collaboration:
  name: "Samen & \"Beter\" <script>alert('x')</script> — Zoë's 🚀"
  ambition: structured
  arrangement: external
  contribution: true
  separate_administration: true
  fixed_costs_per_month: 1000
  reserve: 5000
  last_evaluation: 2026-01-15
parties:
  - id: dronten
    name: "Gemeente D'ronten & Co <b>"
    contact: jose
  - id: leverancier
    name: "Leverancier \"Code\" <img src=x onerror=alert(1)> BV"
    kind: supplier
    contract_until: 2027-06-30
people:
  - id: jose
    name: "José <script>alert(1)</script> Müller 😀"
    party: dronten
    email: jose@example.org
    hours_per_week: 8
    forge_username: jose-m
  - id: ines
    name: "Inês \"Q\" & 'R' Ø"
    party: leverancier
    email: ines@example.org
    hours_per_week: 16
    forge_username: ines
assignments:
  - task: contact-person
    responsible: [jose]
    accountable: [dronten]
    hours_per_week: 2
  - task: repository-admin
    responsible: [ines]
    accountable: [dronten]
    backup: [jose]
    process: "https://example.org/proces?a=1&b=<2>"
  - task: technical-maintenance
    responsible: [ines]
    accountable: [leverancier]
    consulted: [jose]
    informed:
      - who: dronten
        via: "nieuwsbrief & <chat>"
    backup: [jose]
    hours_per_week: 4
    description: "Beheer <b>alles</b> & \"meer\""
"#;

/// The strings from [`HOSTILE`] that must come back verbatim from every reader.
pub const HOSTILE_NAMES: &[&str] = &[
    "José <script>alert(1)</script> Müller 😀",
    "Inês \"Q\" & 'R' Ø",
    "Gemeente D'ronten & Co <b>",
];

/// Writes an export to a temporary file with the format's extension.
pub fn to_file(dir: &Path, format: Format, bytes: &[u8]) -> PathBuf {
    let p = dir.join(format.file_name("test"));
    std::fs::write(&p, bytes).unwrap();
    p
}

/// All formats, for tests that go over each.
pub fn all_formats() -> impl Iterator<Item = Format> {
    Format::ALL.into_iter()
}
