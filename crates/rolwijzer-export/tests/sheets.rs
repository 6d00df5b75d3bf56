#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The spreadsheet exports: the XLSX workbook read back with openpyxl, the CSV file
//! with Python's csv module and with the csv crate.

mod support;

use rolwijzer_core::analyse::WORKING_WEEKS_PER_YEAR;
use rolwijzer_core::i18n::Localizer;
use rolwijzer_core::{Document, Lang, Report};
use rolwijzer_export::{CsvSeparator, Format, Options};
use serde_json::Value;
use std::io::Read;
use support::{HOSTILE, HOSTILE_NAMES, doc, example, python, read_back, run, to_file, today};

/// Names that a spreadsheet would run as formulas if they were written carelessly.
const FORMULAS: &[&str] = &[
    "=1+2",
    "@SUM(A1)",
    "+31 6 12345678",
    "-2+3",
    "=HYPERLINK(\"http://evil.example/?x\";\"klik\")",
];

/// A division whose people and party are named like formulas.
fn formula_doc() -> Document {
    doc(r#"version: 1
collaboration:
  name: "=cmd|' /C calc'!A0"
  ambition: sharing
  arrangement: coordinating
  coordinator: gemeente
  coordinator_compensated: true
parties:
  - { id: gemeente, name: "=HYPERLINK(\"http://evil.example/?x\";\"klik\")", contact: a }
people:
  - { id: a, name: "=1+2", party: gemeente, hours_per_week: 4, repository_admin: true }
  - { id: b, name: "@SUM(A1)", party: gemeente, hours_per_week: 2.5, repository_admin: true }
  - { id: c, name: "+31 6 12345678", party: gemeente }
  - { id: d, name: "-2+3", party: gemeente }
assignments:
  - task: contact-person
    responsible: [a]
    accountable: b
    consulted: [c]
    informed: [{ who: d, via: "=mail" }]
    backup: [b]
    hours_per_week: 1.5
"#)
}

fn options(lang: Lang, sep: CsvSeparator) -> Options {
    let mut o = Options::new(today());
    o.lang = lang;
    o.csv_separator = sep;
    o
}

/// How many CSV rows (after the header) a division must give: one per letter held.
fn letters_held(report: &Report) -> usize {
    report
        .tasks
        .iter()
        .map(|t| {
            t.responsible.len()
                + t.accountable.len()
                + t.consulted.len()
                + t.informed.len()
                + t.backup.len()
        })
        .sum()
}

// --- XLSX, read back with openpyxl ----------------------------------------------------

fn xlsx_dump(d: &Document, o: &Options) -> Option<(Value, Report)> {
    let py = python()?;
    let (e, report) = run(d, Format::Xlsx, o);
    let dir = tempfile::tempdir().unwrap();
    let file = to_file(dir.path(), Format::Xlsx, &e.bytes);
    let out = read_back(&py, "xlsx_dump.py", &file, &[]);
    Some((serde_json::from_str(&out).unwrap(), report))
}

fn sheet<'a>(dump: &'a Value, name: &str) -> &'a Value {
    dump["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
}

fn cells(sheet: &Value) -> &Vec<Value> {
    sheet["cells"].as_array().unwrap()
}

fn cell<'a>(sheet: &'a Value, reference: &str) -> &'a Value {
    cells(sheet)
        .iter()
        .find(|c| c["ref"] == reference)
        .unwrap_or_else(|| panic!("no cell {reference} in {}", sheet["name"]))
}

/// The cell in the row whose column A is `row_label` and the column whose row-1 header
/// is `col_label`.
fn at<'a>(sheet: &'a Value, row_label: &str, col_label: &str) -> Option<&'a Value> {
    let cs = cells(sheet);
    let row = cs
        .iter()
        .find(|c| c["col"] == 1 && c["value"] == row_label)?["row"]
        .clone();
    let col = cs
        .iter()
        .find(|c| c["row"] == 1 && c["value"] == col_label)?["col"]
        .clone();
    cs.iter().find(|c| c["row"] == row && c["col"] == col)
}

#[test]
fn xlsx_has_a_raci_matrix_findings_and_hours_in_dutch() {
    let d = example("gestructureerd-twaalf-gemeenten.yaml");
    let Some((x, report)) = xlsx_dump(&d, &options(Lang::Nl, CsvSeparator::Semicolon)) else {
        return;
    };
    let names: Vec<&str> = x["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["RACI", "Bevindingen", "Uren"]);

    let raci = sheet(&x, "RACI");
    assert_eq!(
        raci["freeze_panes"], "B2",
        "header row and task column stay in view"
    );
    let filter = raci["auto_filter"].as_str().unwrap();
    assert!(
        filter.starts_with("A1:"),
        "autofilter on the header: {filter}"
    );
    assert!(
        filter.ends_with(&(report.tasks.len() + 1).to_string()),
        "the filter covers every task row: {filter}"
    );
    assert_eq!(cell(raci, "A1")["value"], "Taak");
    assert_eq!(cell(raci, "B1")["value"], "Vereist");
    assert!(raci["widths"]["A"].as_f64().unwrap() >= 24.0);

    // Eva does and answers for the contact person: RA, coloured as R.
    let eva = at(
        raci,
        "Contactpersoon/aanspreekpunt",
        "Eva van den Broek (Gemeente Tilburg)",
    )
    .expect("Eva's cell on the contact person");
    assert_eq!(eva["value"], "RA");
    assert_eq!(eva["fill"], "FF1F4E79");
    assert_eq!(eva["font"], "FFFFFFFF");
    // Koen is the backup on technical maintenance.
    let koen = at(
        raci,
        "Technisch beheer",
        "Koen Peeters (Lindeboom Software B.V.)",
    )
    .unwrap();
    assert_eq!(koen["value"], "B");
    assert_eq!(koen["fill"], "FFFFD966");
    // Groups and parties get columns too.
    let header: Vec<&str> = cells(raci)
        .iter()
        .filter(|c| c["row"] == 1)
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    for h in ["Stuurgroep", "Alle deelnemers", "Gebruikersgroep"] {
        assert!(header.contains(&h), "no column for {h}: {header:?}");
    }
    // People come first, in document order.
    assert_eq!(header[3], "Eva van den Broek (Gemeente Tilburg)");
    // The legend explains every letter.
    for l in ["Uitvoerend (R)", "Eindverantwoordelijk (A)", "Back-up (B)"] {
        assert!(
            cells(raci).iter().any(|c| c["value"] == l),
            "legend lacks {l}"
        );
    }

    let findings = sheet(&x, "Bevindingen");
    assert_eq!(cell(findings, "A1")["value"], "Code");
    let rows = cells(findings).iter().filter(|c| c["col"] == 1).count();
    assert_eq!(rows, report.findings.len().max(1) + 1);
    for (i, f) in report.findings.iter().enumerate() {
        assert_eq!(
            cell(findings, &format!("A{}", i + 2))["value"],
            f.code.as_str()
        );
    }
    assert_eq!(findings["freeze_panes"], "A2");

    let hours = sheet(&x, "Uren");
    let eva_row = cells(hours)
        .iter()
        .find(|c| c["value"] == "Eva van den Broek")
        .unwrap()["row"]
        .as_u64()
        .unwrap();
    let load = report
        .workload
        .people
        .iter()
        .find(|p| p.name == "Eva van den Broek")
        .unwrap();
    let week = cell(hours, &format!("C{eva_row}"));
    assert_eq!(week["type"], "n", "hours are numbers, not text");
    assert_eq!(week["value"].as_f64().unwrap(), load.assigned);
    assert_eq!(
        cell(hours, &format!("D{eva_row}"))["value"]
            .as_f64()
            .unwrap(),
        12.0
    );
    let year = cell(hours, &format!("F{eva_row}"));
    assert_eq!(year["type"], "n");
    assert_eq!(
        year["value"].as_f64().unwrap(),
        load.assigned * WORKING_WEEKS_PER_YEAR
    );
    assert_ne!(year["number_format"], "General");
    // The party block is there too.
    assert!(cells(hours).iter().any(|c| c["value"] == "Uren per partij"));
    assert!(
        cells(hours)
            .iter()
            .any(|c| c["value"] == "Stichting Samen Open")
    );

    let props = &x["properties"];
    assert_eq!(props["title"], "Rolverdeling Open Inkomensloket");
    assert_eq!(props["custom"]["Language"], "nl");
    assert!(props["created"].as_str().unwrap().starts_with("2026-11-28"));
}

#[test]
fn xlsx_speaks_english_when_asked() {
    let d = example("roulerend-licht-vier-gemeenten.yaml");
    let Some((x, _)) = xlsx_dump(&d, &options(Lang::En, CsvSeparator::Comma)) else {
        return;
    };
    let names: Vec<&str> = x["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["RACI", "Findings", "Hours"]);
    assert_eq!(cell(sheet(&x, "RACI"), "A1")["value"], "Task");
    assert!(
        cells(sheet(&x, "RACI"))
            .iter()
            .any(|c| c["value"] == "Technical maintenance")
    );
    assert_eq!(x["properties"]["custom"]["Language"], "en");
}

#[test]
fn xlsx_keeps_hostile_names_verbatim() {
    let d = doc(HOSTILE);
    let Some((x, _)) = xlsx_dump(&d, &options(Lang::Nl, CsvSeparator::Semicolon)) else {
        return;
    };
    let all: Vec<&Value> = x["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| cells(s).iter())
        .collect();
    for name in HOSTILE_NAMES {
        assert!(
            all.iter().any(|c| c["value"] == *name),
            "{name} is not a cell of its own"
        );
    }
    // In the matrix header with their organisation.
    let raci = sheet(&x, "RACI");
    assert!(cells(raci).iter().any(|c| {
        c["value"] == "José <script>alert(1)</script> Müller 😀 (Gemeente D'ronten & Co <b>)"
    }));
    assert_eq!(
        x["properties"]["title"],
        "Rolverdeling Samen & \"Beter\" <script>alert('x')</script> — Zoë's 🚀"
    );
}

#[test]
fn xlsx_never_turns_names_into_formulas() {
    let d = formula_doc();
    let Some((x, _)) = xlsx_dump(&d, &options(Lang::Nl, CsvSeparator::Semicolon)) else {
        return;
    };
    let all: Vec<&Value> = x["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| cells(s).iter())
        .collect();
    assert!(
        all.iter().all(|c| c["type"] != "f"),
        "a cell became a formula"
    );
    for name in FORMULAS {
        let c = all
            .iter()
            .find(|c| c["value"] == *name)
            .unwrap_or_else(|| panic!("{name} is not in the workbook as written"));
        assert_eq!(c["type"], "s", "{name}");
        assert_eq!(c["quote_prefix"], true, "{name} stays text when edited");
    }
}

/// Without Python: the XLSX is a zip whose sheets hold no formulas and whose strings
/// carry the hostile names escaped.
#[test]
fn xlsx_zip_holds_strings_not_formulas() {
    for d in [doc(HOSTILE), formula_doc()] {
        let (e, _) = run(
            &d,
            Format::Xlsx,
            &options(Lang::Nl, CsvSeparator::Semicolon),
        );
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(e.bytes)).unwrap();
        let read = |zip: &mut zip::ZipArchive<_>, name: &str| {
            let mut s = String::new();
            zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
            s
        };
        let workbook = read(&mut zip, "xl/workbook.xml");
        for name in ["RACI", "Bevindingen", "Uren"] {
            assert!(workbook.contains(&format!("name=\"{name}\"")), "{name}");
        }
        for i in 1..=3 {
            let sheet = read(&mut zip, &format!("xl/worksheets/sheet{i}.xml"));
            assert!(!sheet.contains("<f>"), "sheet {i} has a formula");
        }
        let sheet1 = read(&mut zip, "xl/worksheets/sheet1.xml");
        assert!(sheet1.contains("<pane"), "frozen panes");
        assert!(sheet1.contains("<autoFilter"), "autofilter");
        let strings = read(&mut zip, "xl/sharedStrings.xml");
        assert!(
            !strings.contains("<script>"),
            "markup is escaped in the XML"
        );
    }
    let (e, _) = run(
        &doc(HOSTILE),
        Format::Xlsx,
        &options(Lang::Nl, CsvSeparator::Semicolon),
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(e.bytes)).unwrap();
    let mut strings = String::new();
    zip.by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut strings)
        .unwrap();
    assert!(strings.contains("José &lt;script&gt;alert(1)&lt;/script&gt; Müller 😀"));
}

/// Reads one part of an XLSX zip as text.
fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// Without Python: a division without tasks still gives a workbook that says so, and
/// the revision and language end up in the file's properties.
#[test]
fn xlsx_without_tasks_says_so_and_carries_its_revision() {
    let d = doc(r#"version: 1
collaboration:
  name: Leeg
  ambition: sharing
  arrangement: distributed
"#);
    let mut o = options(Lang::Nl, CsvSeparator::Semicolon);
    o.revision = Some(7);
    let (e, report) = run(&d, Format::Xlsx, &o);
    assert!(report.tasks.is_empty());
    let strings = zip_part(&e.bytes, "xl/sharedStrings.xml");
    assert!(
        strings.contains("Er zijn nog geen taken verdeeld."),
        "{strings}"
    );
    let core = zip_part(&e.bytes, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>Rolverdeling Leeg</dc:title>"),
        "{core}"
    );
    assert!(core.contains("uit versie 7"), "{core}");
    assert!(core.contains("2026-11-28T00:00:00Z"), "{core}");
    let custom = zip_part(&e.bytes, "docProps/custom.xml");
    assert!(
        custom.contains("Language") && custom.contains(">nl<"),
        "{custom}"
    );
}

/// Every text of these exports exists in Dutch and English and parses; no message id
/// leaks into a file.
#[test]
fn every_text_exists_in_both_languages() {
    let nl = include_str!("../locales/nl/sheets.ftl");
    let en = include_str!("../locales/en/sheets.ftl");
    for src in [nl, en] {
        let declared = src
            .lines()
            .filter_map(|l| l.split_once(" = "))
            .filter(|(id, _)| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .count();
        assert_eq!(
            Localizer::ids(&[src]).len(),
            declared,
            "a message has a syntax error"
        );
    }
    let (only_nl, only_en) = Localizer::difference(&[nl], &[en]);
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "{only_nl:?} {only_en:?}"
    );
    for id in Localizer::ids(&[nl]) {
        for lang in Lang::ALL {
            assert_ne!(rolwijzer_export::t(lang, &id), id, "{id} in {lang:?}");
        }
    }
    for lang in Lang::ALL {
        let d = example("gestructureerd-twaalf-gemeenten.yaml");
        let o = options(lang, CsvSeparator::Semicolon);
        let strings = zip_part(&run(&d, Format::Xlsx, &o).0.bytes, "xl/sharedStrings.xml");
        let csv = String::from_utf8(run(&d, Format::Csv, &o).0.bytes).unwrap();
        for text in [strings, csv] {
            for prefix in ["sheets-", "csv-", "letter-", "severity-", "task-"] {
                assert!(!text.contains(prefix), "{prefix} leaked in {lang:?}");
            }
        }
    }
}

#[test]
fn xlsx_is_the_same_file_on_the_same_day() {
    let d = example("roulerend-licht-vier-gemeenten.yaml");
    let o = options(Lang::Nl, CsvSeparator::Semicolon);
    let (a, _) = run(&d, Format::Xlsx, &o);
    let (b, _) = run(&d, Format::Xlsx, &o);
    assert!(a.bytes.starts_with(b"PK"));
    assert_eq!(a.bytes, b.bytes);
}

// --- CSV -------------------------------------------------------------------------------

fn csv_rows(bytes: &[u8], sep: u8) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("starts with a byte order mark");
    csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Without Python: the csv crate reads what we wrote, with either separator.
#[test]
fn csv_has_one_row_per_letter_with_either_separator() {
    let d = example("gestructureerd-twaalf-gemeenten.yaml");
    for (sep, lang) in [
        (CsvSeparator::Semicolon, Lang::Nl),
        (CsvSeparator::Comma, Lang::En),
    ] {
        let (e, report) = run(&d, Format::Csv, &options(lang, sep));
        let rows = csv_rows(&e.bytes, sep.byte());
        assert_eq!(rows.len(), letters_held(&report) + 1);
        assert!(
            rows.iter().all(|r| r.len() == 8),
            "eight columns everywhere"
        );
        let header = &rows[0];
        match lang {
            Lang::Nl => assert_eq!(header[1], "Taak"),
            Lang::En => assert_eq!(header[1], "Task"),
        }
        let eva_r = rows
            .iter()
            .find(|r| r[0] == "contact-person" && r[2] == "R")
            .unwrap();
        assert_eq!(eva_r[3], "eva");
        assert_eq!(eva_r[4], "Eva van den Broek");
        assert_eq!(eva_r[5], "Gemeente Tilburg");
        // Informed rows carry their channel.
        let informed = rows
            .iter()
            .find(|r| r[0] == "contact-person" && r[2] == "I")
            .unwrap();
        assert_eq!(informed[3], "deelnemers");
        assert_eq!(informed[6], "nieuwsbrief");
        assert_eq!(informed[7], "2");
        let text = String::from_utf8(e.bytes.clone()).unwrap();
        assert!(text.contains("\r\n"), "records end in CRLF");
        assert!(text.lines().nth(1).unwrap().contains(sep.byte() as char));
    }
}

#[test]
fn csv_decimals_follow_the_separator() {
    let d = formula_doc();
    let (semi, _) = run(&d, Format::Csv, &options(Lang::Nl, CsvSeparator::Semicolon));
    let rows = csv_rows(&semi.bytes, b';');
    assert!(rows[1..].iter().all(|r| r[7] == "1,5"), "{rows:?}");
    let (comma, _) = run(&d, Format::Csv, &options(Lang::Nl, CsvSeparator::Comma));
    let rows = csv_rows(&comma.bytes, b',');
    assert!(rows[1..].iter().all(|r| r[7] == "1.5"), "{rows:?}");
}

#[test]
fn csv_defuses_formulas_with_an_apostrophe() {
    let d = formula_doc();
    let (e, _) = run(&d, Format::Csv, &options(Lang::Nl, CsvSeparator::Semicolon));
    let rows = csv_rows(&e.bytes, b';');
    let names: Vec<&str> = rows[1..].iter().map(|r| r[4].as_str()).collect();
    for want in ["'=1+2", "'@SUM(A1)", "'+31 6 12345678", "'-2+3"] {
        assert!(names.contains(&want), "{want} not in {names:?}");
    }
    let orgs: Vec<&str> = rows[1..].iter().map(|r| r[5].as_str()).collect();
    assert!(orgs.contains(&"'=HYPERLINK(\"http://evil.example/?x\";\"klik\")"));
    let via: Vec<&str> = rows[1..].iter().map(|r| r[6].as_str()).collect();
    assert!(via.contains(&"'=mail"));
    // No field anywhere starts like a formula any more.
    for r in &rows {
        for f in r {
            assert!(!f.starts_with(['=', '+', '-', '@']), "{f}");
        }
    }
}

#[test]
fn csv_keeps_hostile_names_verbatim() {
    let d = doc(HOSTILE);
    let (e, report) = run(&d, Format::Csv, &options(Lang::Nl, CsvSeparator::Semicolon));
    let rows = csv_rows(&e.bytes, b';');
    assert_eq!(rows.len(), letters_held(&report) + 1);
    for name in HOSTILE_NAMES {
        assert!(
            rows.iter().any(|r| r[4] == *name || r[5] == *name),
            "{name}"
        );
    }
}

fn csv_dump(d: &Document, o: &Options) -> Option<(Value, Report)> {
    let py = python()?;
    let (e, report) = run(d, Format::Csv, o);
    let dir = tempfile::tempdir().unwrap();
    let file = to_file(dir.path(), Format::Csv, &e.bytes);
    let sep = (o.csv_separator.byte() as char).to_string();
    let out = read_back(&py, "csv_dump.py", &file, &[&sep]);
    Some((serde_json::from_str(&out).unwrap(), report))
}

#[test]
fn csv_reads_back_with_python_with_either_separator() {
    for sep in [CsvSeparator::Semicolon, CsvSeparator::Comma] {
        for d in [
            doc(HOSTILE),
            example("gestructureerd-twaalf-gemeenten.yaml"),
        ] {
            let Some((c, report)) = csv_dump(&d, &options(Lang::Nl, sep)) else {
                return;
            };
            assert_eq!(c["bom"], true);
            let rows = c["rows"].as_array().unwrap();
            assert_eq!(rows.len(), letters_held(&report) + 1);
            assert_eq!(rows[0][0], "Taak-id");
            assert!(rows.iter().all(|r| r.as_array().unwrap().len() == 8));
            if d.collaboration.name.as_str().contains("Beter") {
                for name in HOSTILE_NAMES {
                    assert!(
                        rows.iter().any(|r| r[4] == *name || r[5] == *name),
                        "{name} with {sep:?}"
                    );
                }
                // Hours with the decimal mark that goes with the separator.
                let hours = rows
                    .iter()
                    .find(|r| r[0] == "technical-maintenance")
                    .unwrap();
                assert_eq!(hours[7], "4");
            }
        }
    }
}

#[test]
fn csv_formulas_read_back_as_text_in_python() {
    let Some((c, _)) = csv_dump(&formula_doc(), &options(Lang::Nl, CsvSeparator::Comma)) else {
        return;
    };
    let rows = c["rows"].as_array().unwrap();
    assert!(rows.iter().any(|r| r[4] == "'=1+2"));
    assert!(rows.iter().any(|r| r[7] == "1.5"));
}
