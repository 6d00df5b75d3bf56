//! Command-line tests of `rolwijzer export` and `rolwijzer import`, running the real
//! binary: every format to a file and to standard output, the options, what happens
//! to files when something fails, and a starter division from a publiccode.yml.
//!
//! The contents of each format are tested in `rolwijzer-export`; here we check what
//! the command line adds: reading, choosing, writing, messages and exit codes.

// In a test a failed unwrap is a failed test, which is what we want.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use rolwijzer_core::{Lang, analyse, parse_document};
use rolwijzer_export::{Format, Options};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The outcome of one run of the binary.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn stdout_text(&self) -> String {
        String::from_utf8(self.stdout.clone()).unwrap()
    }
}

/// The workspace root, where `examples/` lives.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Runs the binary in `dir`, independent of the caller's environment, and checks that
/// it did not panic.
fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out = support::rolwijzer()
        .args(args)
        .current_dir(dir)
        .env_remove("ROLWIJZER_LANG")
        .env_remove("NO_COLOR")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "rolwijzer {args:?} panicked:\n{}",
        run.stderr
    );
    assert!(run.code >= 0, "rolwijzer {args:?} was killed: {run:?}");
    run
}

/// A fresh folder with the example copied in as `rolverdeling.yaml`.
fn folder_with(example: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("examples").join(example), dir.path().join(FILE)).unwrap();
    dir
}

/// Names of the files in a folder, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

const FILE: &str = "rolverdeling.yaml";
const EXAMPLE: &str = "gestructureerd-twaalf-gemeenten.yaml";
const EXAMPLES: [&str; 3] = [
    "delen-twee-gemeenten.yaml",
    "gestructureerd-twaalf-gemeenten.yaml",
    "roulerend-licht-vier-gemeenten.yaml",
];
/// A fixed day, so that exports do not change with the calendar.
const TODAY: &str = "2026-11-28";

/// The `--format` values: a contract with scripts and CI files, so spelled out here.
const FORMATS: [&str; 12] = [
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
    "contributions-csv",
];
/// The formats that are text and may go to a terminal.
const TEXT_FORMATS: [&str; 9] = [
    "csv",
    "ics",
    "markdown",
    "html",
    "governance",
    "codeowners",
    "publiccode",
    "json",
    "contributions-csv",
];

/// Checks that `bytes` look like `format`: the right magic bytes or opening.
fn assert_looks_like(format: &str, bytes: &[u8]) {
    assert!(!bytes.is_empty(), "{format}: empty");
    let text = || String::from_utf8(bytes.to_vec()).unwrap_or_else(|e| panic!("{format}: {e}"));
    // Spreadsheets for Dutch Excel start with a byte-order mark; it is not content.
    let body = || text().trim_start_matches('\u{feff}').to_owned();
    match format {
        "annex-pdf" => assert!(bytes.starts_with(b"%PDF-"), "{format}: no %PDF-"),
        "annex-odt" => {
            assert!(bytes.starts_with(b"PK\x03\x04"), "{format}: not a zip");
            // ODF: the first entry is the uncompressed `mimetype`.
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(100)]).into_owned();
            assert!(
                head.contains("mimetypeapplication/vnd.oasis.opendocument.text"),
                "{format}: no ODF mimetype entry first: {head:?}"
            );
        }
        "xlsx" => assert!(bytes.starts_with(b"PK\x03\x04"), "{format}: not a zip"),
        "ics" => {
            let t = body();
            assert!(t.starts_with("BEGIN:VCALENDAR"), "{format}: {t}");
            assert!(t.trim_end().ends_with("END:VCALENDAR"), "{format}: {t}");
        }
        "json" => {
            let v: Value = serde_json::from_slice(bytes).unwrap();
            assert!(v["findings"].is_array() && v["summary"].is_object(), "{v}");
        }
        "html" => {
            let t = body().to_lowercase();
            assert!(t.starts_with("<!doctype html"), "{format}: {t}");
            assert!(t.contains("</html>"), "{format}: {t}");
        }
        "publiccode" => assert!(
            body().lines().any(|l| l.starts_with("maintenance:")),
            "{format}: {}",
            body()
        ),
        "csv" | "contributions-csv" => {
            let first = body().lines().next().unwrap_or_default().to_owned();
            assert!(first.split(';').count() >= 3, "{format}: header {first}");
        }
        "markdown" | "governance" => {
            assert!(
                body().lines().any(|l| l.starts_with("# ")),
                "{format}: no title"
            );
        }
        "codeowners" => {
            assert!(
                body()
                    .lines()
                    .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                    .all(|l| l.contains(" @")),
                "{format}: {}",
                body()
            );
        }
        _ => panic!("unknown format {format}"),
    }
}

// ---------------------------------------------------------------------------------
// export
// ---------------------------------------------------------------------------------

#[test]
fn the_format_list_is_the_crates_list() {
    let ids: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
    assert_eq!(ids, FORMATS);
    let text: Vec<&str> = Format::ALL
        .iter()
        .filter(|f| f.is_text())
        .map(|f| f.id())
        .collect();
    assert_eq!(text, TEXT_FORMATS);
}

#[test]
fn help_lists_every_format_with_a_line_each_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let nl = run_in(dir.path(), &["export", "--help"]);
    assert_eq!(nl.code, 0, "{}", nl.stderr);
    let nl = nl.stdout_text();
    let en = run_in(dir.path(), &["--lang", "en", "export", "--help"]).stdout_text();
    for f in FORMATS {
        for (lang, help) in [("nl", &nl), ("en", &en)] {
            let line = help
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("- {f}:")))
                .unwrap_or_else(|| panic!("{lang} help lacks {f}:\n{help}"));
            assert!(
                line.split_once(':').unwrap().1.trim().len() > 20,
                "{lang}: {line}"
            );
        }
    }
    assert!(
        nl.contains("Bijlage bij de samenwerkingsovereenkomst"),
        "{nl}"
    );
    assert!(en.contains("Annex to the collaboration agreement"), "{en}");
}

#[test]
fn every_format_is_written_to_a_file() {
    let dir = folder_with(EXAMPLE);
    for f in FORMATS {
        let out = format!("uit-{f}");
        let r = run_in(
            dir.path(),
            &[
                "export", FILE, "--format", f, "--output", &out, "--today", TODAY,
            ],
        );
        assert_eq!(r.code, 0, "{f}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{f}: wrote to stdout too");
        assert!(
            r.stderr.contains(&out),
            "{f}: no message naming the file: {}",
            r.stderr
        );
        let bytes = std::fs::read(dir.path().join(&out)).unwrap();
        assert_looks_like(f, &bytes);
    }
    // Nothing but the outputs: no temporary files left behind.
    let mut expected: Vec<String> = FORMATS.iter().map(|f| format!("uit-{f}")).collect();
    expected.push(FILE.to_owned());
    expected.sort();
    assert_eq!(files_in(dir.path()), expected);
}

#[test]
fn every_example_exports_in_every_format() {
    for example in EXAMPLES {
        let dir = folder_with(example);
        for f in FORMATS {
            let r = run_in(
                dir.path(),
                &["export", FILE, "-f", f, "-o", "uit", "--today", TODAY],
            );
            assert_eq!(r.code, 0, "{example} {f}: {}", r.stderr);
            assert_looks_like(f, &std::fs::read(dir.path().join("uit")).unwrap());
        }
    }
}

#[test]
fn text_formats_go_to_standard_output_the_same_as_to_a_file() {
    let dir = folder_with(EXAMPLE);
    for f in TEXT_FORMATS {
        let to_stdout = run_in(
            dir.path(),
            &["export", FILE, "--format", f, "--today", TODAY],
        );
        assert_eq!(to_stdout.code, 0, "{f}: {}", to_stdout.stderr);
        assert_looks_like(f, &to_stdout.stdout);
        let dash = run_in(
            dir.path(),
            &["export", FILE, "--format", f, "-o", "-", "--today", TODAY],
        );
        assert_eq!(dash.stdout, to_stdout.stdout, "{f}: -o - differs");
        let to_file = run_in(
            dir.path(),
            &["export", FILE, "--format", f, "-o", "uit", "--today", TODAY],
        );
        assert_eq!(to_file.code, 0, "{f}: {}", to_file.stderr);
        assert_eq!(
            std::fs::read(dir.path().join("uit")).unwrap(),
            to_stdout.stdout,
            "{f}: file and standard output differ"
        );
    }
}

#[test]
fn binary_formats_go_to_a_pipe() {
    let dir = folder_with(EXAMPLE);
    for (f, magic) in [
        ("annex-pdf", &b"%PDF-"[..]),
        ("annex-odt", b"PK\x03\x04"),
        ("xlsx", b"PK\x03\x04"),
    ] {
        let r = run_in(
            dir.path(),
            &["export", FILE, "--format", f, "--today", TODAY],
        );
        assert_eq!(r.code, 0, "{f}: {}", r.stderr);
        assert!(r.stdout.starts_with(magic), "{f}");
    }
}

#[test]
fn binary_formats_are_refused_to_a_terminal() {
    // `script` (util-linux) gives the command a terminal; without it this cannot be
    // tested here.
    let Ok(probe) = Command::new("script").arg("--version").output() else {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    };
    if !probe.status.success() {
        eprintln!("skipped: `script` is not util-linux's");
        return;
    }
    let dir = folder_with(EXAMPLE);
    let line = format!(
        "{} export {FILE} --format annex-pdf --today {TODAY}",
        env!("CARGO_BIN_EXE_rolwijzer")
    );
    let out = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .current_dir(dir.path())
        .env_remove("ROLWIJZER_LANG")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(!shown.contains("%PDF"), "{shown}");
    assert!(shown.contains("--output"), "{shown}");
    assert!(shown.contains("annex-pdf"), "{shown}");
}

#[test]
fn the_csv_separator_can_be_a_comma() {
    let dir = folder_with(EXAMPLE);
    let header = |sep: Option<&str>| {
        let mut args = vec!["export", FILE, "--format", "csv", "--today", TODAY];
        if let Some(s) = sep {
            args.extend(["--csv-separator", s]);
        }
        let r = run_in(dir.path(), &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout_text()
            .trim_start_matches('\u{feff}')
            .lines()
            .next()
            .unwrap()
            .to_owned()
    };
    let default = header(None);
    let semicolon = header(Some(";"));
    let comma = header(Some(","));
    assert_eq!(default, semicolon);
    assert!(
        semicolon.split(';').count() >= 3 && !semicolon.contains(','),
        "{semicolon}"
    );
    assert!(
        comma.split(',').count() >= 3 && !comma.contains(';'),
        "{comma}"
    );
    assert_eq!(comma.replace(',', ";"), semicolon);

    let bad = run_in(
        dir.path(),
        &["export", FILE, "-f", "csv", "--csv-separator", "|"],
    );
    assert_eq!(bad.code, 2, "{}", bad.stderr);
}

#[test]
fn lang_en_writes_english() {
    let dir = folder_with(EXAMPLE);
    for f in TEXT_FORMATS {
        let nl = run_in(dir.path(), &["export", FILE, "-f", f, "--today", TODAY]);
        let en = run_in(
            dir.path(),
            &["export", FILE, "-f", f, "--today", TODAY, "--lang", "en"],
        );
        assert_eq!(en.code, 0, "{f}: {}", en.stderr);
        assert_looks_like(f, &en.stdout);
        // CODEOWNERS lines and the publiccode.yml keys are the same in any language,
        // but their comments are not.
        assert_ne!(nl.stdout, en.stdout, "{f}: English is the same as Dutch");
    }
    let json: Value = serde_json::from_slice(
        &run_in(
            dir.path(),
            &[
                "--lang", "en", "export", FILE, "-f", "json", "--today", TODAY,
            ],
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(json["lang"], "en");
    let r = run_in(
        dir.path(),
        &[
            "export",
            FILE,
            "-f",
            "annex-pdf",
            "-o",
            "en.pdf",
            "--lang",
            "en",
            "--today",
            TODAY,
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("written to en.pdf"), "{}", r.stderr);
}

#[test]
fn json_is_the_output_of_check() {
    let dir = folder_with(EXAMPLE);
    for lang in ["nl", "en"] {
        let check = run_in(
            dir.path(),
            &[
                "--lang", lang, "check", FILE, "--format", "json", "--today", TODAY,
            ],
        );
        let export = run_in(
            dir.path(),
            &[
                "--lang", lang, "export", FILE, "--format", "json", "--today", TODAY,
            ],
        );
        assert_eq!(export.code, 0, "{}", export.stderr);
        assert_eq!(
            String::from_utf8(export.stdout).unwrap(),
            String::from_utf8(check.stdout).unwrap()
        );
    }
}

#[test]
fn today_sets_the_date_of_the_export() {
    let dir = folder_with(EXAMPLE);
    let a = run_in(
        dir.path(),
        &["export", FILE, "-f", "json", "--today", "2026-01-01"],
    );
    let v: Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["today"], "2026-01-01");
    let bad = run_in(
        dir.path(),
        &["export", FILE, "-f", "json", "--today", "1-1-2026"],
    );
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("1-1-2026"), "{}", bad.stderr);
    assert!(bad.stdout.is_empty());
}

#[test]
fn an_unreadable_file_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("kapot.yaml"),
        "version: 1\ncollaboration: [\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("onbekend.yaml"), "version: 1\nfoo: bar\n").unwrap();
    for input in ["bestaat-niet.yaml", "kapot.yaml", "onbekend.yaml", "."] {
        for f in ["annex-pdf", "markdown"] {
            let r = run_in(dir.path(), &["export", input, "-f", f, "-o", "uit.pdf"]);
            assert_eq!(r.code, 2, "{input} {f}: {}", r.stderr);
            assert!(r.stdout.is_empty(), "{input} {f}");
            assert!(r.stderr.contains(input), "{input} {f}: {}", r.stderr);
            assert!(!dir.path().join("uit.pdf").exists(), "{input} {f}");
            // The same message as `check` gives, since it is the same reading.
            let check = run_in(dir.path(), &["check", input]);
            assert_eq!(r.stderr, check.stderr, "{input}");
        }
    }
    assert_eq!(files_in(dir.path()), ["kapot.yaml", "onbekend.yaml"]);
}

#[test]
fn an_existing_output_is_kept_when_the_export_fails() {
    let dir = folder_with(EXAMPLE);
    let keep = dir.path().join("bijlage.pdf");
    std::fs::write(&keep, "de goede versie").unwrap();
    // Unreadable input, a bad date and an unknown format: nothing is written.
    for args in [
        &[
            "export",
            "bestaat-niet.yaml",
            "-f",
            "annex-pdf",
            "-o",
            "bijlage.pdf",
        ][..],
        &[
            "export",
            FILE,
            "-f",
            "annex-pdf",
            "-o",
            "bijlage.pdf",
            "--today",
            "morgen",
        ],
        &["export", FILE, "-f", "pdf", "-o", "bijlage.pdf"],
    ] {
        let r = run_in(dir.path(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert_eq!(std::fs::read_to_string(&keep).unwrap(), "de goede versie");
    }
    assert_eq!(files_in(dir.path()), ["bijlage.pdf", FILE]);
    // A good export replaces it.
    let r = run_in(
        dir.path(),
        &["export", FILE, "-f", "annex-pdf", "-o", "bijlage.pdf"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::read(&keep).unwrap().starts_with(b"%PDF-"));
    assert_eq!(files_in(dir.path()), ["bijlage.pdf", FILE]);
}

#[test]
fn an_unwritable_output_exits_2() {
    let dir = folder_with(EXAMPLE);
    let r = run_in(
        dir.path(),
        &[
            "export",
            FILE,
            "-f",
            "markdown",
            "-o",
            "map-bestaat-niet/rollen.md",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("map-bestaat-niet/rollen.md"),
        "{}",
        r.stderr
    );
    // A folder in the way: the rename fails and the temporary file goes.
    std::fs::create_dir(dir.path().join("rollen.md")).unwrap();
    let r = run_in(
        dir.path(),
        &["export", FILE, "-f", "markdown", "-o", "rollen.md"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(files_in(dir.path()), ["rollen.md", FILE]);
    assert!(dir.path().join("rollen.md").is_dir());
}

#[test]
fn standard_input_can_be_exported() {
    let dir = folder_with(EXAMPLE);
    let input = std::fs::read(dir.path().join(FILE)).unwrap();
    let mut child = support::rolwijzer()
        .args(["export", "-", "-f", "markdown", "--today", TODAY])
        .env_remove("ROLWIJZER_LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(&input).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let from_file = run_in(
        dir.path(),
        &["export", FILE, "-f", "markdown", "--today", TODAY],
    );
    assert_eq!(out.stdout, from_file.stdout);
}

#[test]
fn notices_are_warnings_on_standard_error() {
    // Thijs is Responsible for the repository but has no user name on the forge:
    // CODEOWNERS cannot list him, and says so.
    let text = std::fs::read_to_string(root().join("examples/delen-twee-gemeenten.yaml"))
        .unwrap()
        .replace(", forge_username: thijsbrink", "");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(FILE), &text).unwrap();
    let doc = parse_document(text.as_bytes()).unwrap();
    let today = rolwijzer_core::Date::parse(TODAY).unwrap();
    let report = analyse(&doc, today);
    for (f, format) in [
        ("codeowners", Format::Codeowners),
        ("publiccode", Format::Publiccode),
    ] {
        for lang in [Lang::Nl, Lang::En] {
            let mut options = Options::new(today);
            options.lang = lang;
            let expected = rolwijzer_export::export(&doc, &report, format, &options)
                .unwrap()
                .notices;
            if format == Format::Codeowners {
                assert!(
                    !expected.is_empty(),
                    "the test document should give a notice"
                );
            }
            let r = run_in(
                dir.path(),
                &[
                    "--lang",
                    lang.code(),
                    "export",
                    FILE,
                    "-f",
                    f,
                    "-o",
                    "uit",
                    "--today",
                    TODAY,
                ],
            );
            assert_eq!(r.code, 0, "{f}: {}", r.stderr);
            let prefix = if lang == Lang::Nl {
                "Let op: "
            } else {
                "Note: "
            };
            for n in &expected {
                let line = format!("{prefix}{}", n.message(lang));
                assert!(
                    r.stderr.lines().any(|l| l == line),
                    "{f}: no `{line}` in\n{}",
                    r.stderr
                );
            }
            // And to standard output the notices stay out of the file.
            let piped = run_in(
                dir.path(),
                &[
                    "--lang",
                    lang.code(),
                    "export",
                    FILE,
                    "-f",
                    f,
                    "--today",
                    TODAY,
                ],
            );
            for n in &expected {
                assert!(
                    !piped
                        .stdout_text()
                        .contains(&format!("{prefix}{}", n.message(lang)))
                );
            }
        }
    }
}

#[test]
fn an_unknown_format_lists_the_known_ones() {
    let dir = folder_with(EXAMPLE);
    let r = run_in(dir.path(), &["export", FILE, "--format", "docx"]);
    assert_eq!(r.code, 2);
    for f in FORMATS {
        assert!(r.stderr.contains(f), "{f} not offered: {}", r.stderr);
    }
}

// ---------------------------------------------------------------------------------
// import
// ---------------------------------------------------------------------------------

/// A publiccode.yml of a product maintained by its municipalities.
const PUBLICCODE: &str = r#"publiccodeYmlVersion: "0.4"
name: Afvalwijzer
url: https://github.com/example/afvalwijzer
landingURL: https://afvalwijzer.example.org
platforms:
  - web
categories:
  - waste-management
developmentStatus: stable
softwareType: standalone/web
description:
  nl:
    shortDescription: Zien wanneer welk afval wordt opgehaald.
    longDescription: >-
      Open-source webapp en API waarmee inwoners zien wanneer welk afval wordt
      opgehaald en waar ze grofvuil kunnen aanmelden. Gemaakt door gemeenten samen,
      zodat iedere gemeente hem kan gebruiken en verbeteren.
    features:
      - ophaalkalender
legal:
  license: EUPL-1.2
maintenance:
  type: internal
  contacts:
    - name: Sanne Bosman
      email: sanne.bosman@deventer.example.nl
      affiliation: Gemeente Deventer
    - name: Ruben Hendriks
      affiliation: Gemeente Zutphen
localisation:
  localisationReady: true
  availableLanguages:
    - nl
usedBy:
  - Gemeente Deventer
  - Gemeente Zutphen
"#;

#[test]
fn import_writes_a_division_that_check_reads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("publiccode.yml"), PUBLICCODE).unwrap();
    let r = run_in(dir.path(), &["import", "publiccode.yml"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // A summary and the next step.
    assert!(r.stderr.contains("publiccode.yml"), "{}", r.stderr);
    assert!(
        r.stderr.contains("rolwijzer check rolverdeling.yaml"),
        "{}",
        r.stderr
    );
    let yaml = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
    assert!(yaml.starts_with("# "), "{yaml}");
    let doc = parse_document(yaml.as_bytes()).unwrap();
    assert_eq!(doc.collaboration.name.as_str(), "Afvalwijzer");
    let names: Vec<String> = doc.people.iter().map(|p| p.name.to_string()).collect();
    assert!(names.contains(&"Sanne Bosman".to_owned()), "{names:?}");
    let check = run_in(dir.path(), &["check", FILE]);
    assert_ne!(check.code, 2, "{}", check.stderr);
    assert_eq!(files_in(dir.path()), ["publiccode.yml", FILE]);

    // In English, to another file and to standard output.
    let en = run_in(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "publiccode.yml",
            "--output",
            "en.yaml",
        ],
    );
    assert_eq!(en.code, 0, "{}", en.stderr);
    assert!(
        en.stderr.contains("rolwijzer check en.yaml"),
        "{}",
        en.stderr
    );
    let out = run_in(dir.path(), &["import", "publiccode.yml", "-o", "-"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    parse_document(&out.stdout).unwrap();
}

#[test]
fn import_does_not_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("publiccode.yml"), PUBLICCODE).unwrap();
    std::fs::write(dir.path().join(FILE), "# mijn eigen rolverdeling\n").unwrap();
    let r = run_in(dir.path(), &["import", "publiccode.yml"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(FILE) && r.stderr.contains("--force"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join(FILE)).unwrap(),
        "# mijn eigen rolverdeling\n"
    );
    let r = run_in(dir.path(), &["import", "publiccode.yml", "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    parse_document(&std::fs::read(dir.path().join(FILE)).unwrap()).unwrap();
    assert_eq!(files_in(dir.path()), ["publiccode.yml", FILE]);
}

#[test]
fn import_of_a_bad_file_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("kapot.yml"), "name: [\n").unwrap();
    std::fs::write(dir.path().join("leeg.yml"), "").unwrap();
    std::fs::write(dir.path().join("geen-publiccode.yml"), "- een\n- lijst\n").unwrap();
    std::fs::write(dir.path().join("binair.yml"), [0xff, 0xfe, 0x00, 0x01]).unwrap();
    let before = files_in(dir.path());
    for (file, lang) in [
        ("kapot.yml", Lang::Nl),
        ("leeg.yml", Lang::Nl),
        ("geen-publiccode.yml", Lang::En),
        ("binair.yml", Lang::Nl),
        ("bestaat-niet.yml", Lang::En),
    ] {
        let r = run_in(dir.path(), &["--lang", lang.code(), "import", file]);
        assert_eq!(r.code, 2, "{file}: {}", r.stderr);
        assert!(r.stderr.contains(file), "{file}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{file}");
        if let Ok(text) = std::fs::read_to_string(dir.path().join(file)) {
            // The message is the importer's own, with the file's name.
            let expected = rolwijzer_export::publiccode::import(&text, lang)
                .unwrap_err()
                .render(file, lang);
            assert!(r.stderr.contains(&expected), "{file}: {}", r.stderr);
        }
    }
    assert_eq!(files_in(dir.path()), before);
}
