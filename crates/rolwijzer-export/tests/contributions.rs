//! The contribution per municipality in the documents: the CSV for the financial
//! administration, the Markdown and HTML pages, the workbook's sheet and the annex.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

mod support;

use rolwijzer_core::{Date, Document, Lang, analyse, parse_document};
use rolwijzer_export::{CsvSeparator, Format, Options, export};
use std::io::Read;

const IN_KIND: &str = include_str!("../../../examples/begroting-in-natura-twintig-gemeenten.yaml");
const GUIDE: &str = include_str!("../../../examples/begroting-twintig-gemeenten.yaml");
const NO_BUDGET: &str = include_str!("../../../examples/delen-twee-gemeenten.yaml");

fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

fn write(yaml: &str, format: Format, lang: Lang) -> Vec<u8> {
    let doc: Document = parse_document(yaml.as_bytes()).unwrap();
    let report = analyse(&doc, today());
    let mut o = Options::new(today());
    o.lang = lang;
    export(&doc, &report, format, &o).unwrap().bytes
}

fn text(yaml: &str, format: Format, lang: Lang) -> String {
    String::from_utf8(write(yaml, format, lang)).unwrap()
}

fn zipped(bytes: Vec<u8>, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn the_csv_for_the_financial_administration_has_a_row_per_municipality() {
    let csv = text(IN_KIND, Format::ContributionsCsv, Lang::Nl);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 21, "header and twenty municipalities");
    assert_eq!(
        lines[0],
        "Jaar;Partij-id;Gemeente;Inwoners;Verdeelsleutel;Uren in natura per jaar;Deel (euro);Werk in natura (euro);Betalen (+) of ontvangen (-) (euro)"
    );
    assert_eq!(
        lines[1],
        "2027;zwolle;Gemeente Zwolle;132000;gelijke delen;184;4940,00;13800,00;-8860,00"
    );
    assert_eq!(
        lines[2],
        "2027;deventer;Gemeente Deventer;102000;gelijke delen;0;4940,00;0,00;4940,00"
    );
    let mut o = Options::new(today());
    o.csv_separator = CsvSeparator::Comma;
    o.lang = Lang::En;
    let doc = parse_document(GUIDE.as_bytes()).unwrap();
    let report = analyse(&doc, today());
    let en = String::from_utf8(
        export(&doc, &report, Format::ContributionsCsv, &o)
            .unwrap()
            .bytes,
    )
    .unwrap();
    assert!(
        en.contains(
            "\r\n2027,zwolle,Gemeente Zwolle,132000,equal shares,0,5000.00,0.00,5000.00\r\n"
        ),
        "{en}"
    );
    // Without a budget: only the header.
    let none = text(NO_BUDGET, Format::ContributionsCsv, Lang::Nl);
    assert_eq!(none.lines().count(), 1);
    assert_eq!(
        Format::from_id("contributions-csv"),
        Some(Format::ContributionsCsv)
    );
}

#[test]
fn markdown_and_html_show_where_the_money_goes() {
    let md = text(IN_KIND, Format::Markdown, Lang::Nl);
    assert!(md.contains("## Bijdragen 2027"), "{md}");
    assert!(md.contains("- **Werk in natura:** € 13.800"), "{md}");
    assert!(md.contains("- **Totaal:** € 98.800"), "{md}");
    assert!(
        md.contains("| Gemeente Zwolle | 132000 | 184 | € 4.940 | € 13.800 | € 8.860 ontvangen |"),
        "{md}"
    );
    assert!(
        md.contains("| Gemeente Deventer | 102000 | 0 | € 4.940 | € 0 | € 4.940 betalen |"),
        "{md}"
    );
    let html = text(GUIDE, Format::Html, Lang::En);
    assert!(
        html.contains("<h2 id=\"contributions\">Contributions 2027</h2>"),
        "{html}"
    );
    assert!(
        html.contains("<th scope=\"row\">Gemeente Zwolle</th><td class=\"num\">132000</td>"),
        "{html}"
    );
    assert!(html.contains("€5,000 to pay"));
    assert!(!text(NO_BUDGET, Format::Markdown, Lang::Nl).contains("## Bijdragen"));
}

#[test]
fn the_workbook_has_a_contributions_sheet_only_with_a_budget() {
    let wb = zipped(write(IN_KIND, Format::Xlsx, Lang::Nl), "xl/workbook.xml");
    assert!(wb.contains("name=\"Bijdragen\""), "{wb}");
    let wb = zipped(write(NO_BUDGET, Format::Xlsx, Lang::Nl), "xl/workbook.xml");
    assert!(!wb.contains("Bijdragen"));
}

#[test]
fn the_annex_has_a_section_on_the_contributions() {
    let odt = zipped(write(IN_KIND, Format::AnnexOdt, Lang::Nl), "content.xml");
    for s in [
        "Bijdragen 2027",
        "€ 8.860 ontvangen",
        "€ 4.940 betalen",
        "€ 98.800",
    ] {
        assert!(odt.contains(s), "{s} not in the ODT annex");
    }
    let odt = zipped(write(NO_BUDGET, Format::AnnexOdt, Lang::Nl), "content.xml");
    assert!(!odt.contains("Bijdragen"));
    // The PDF is built from the same blocks; it must still be written.
    assert!(write(IN_KIND, Format::AnnexPdf, Lang::Nl).starts_with(b"%PDF"));
}

/// The workbook as openpyxl reads it: the contributions sheet holds every
/// municipality with numbers, not text, and the in-kind coordinator's negative cash.
#[test]
fn openpyxl_reads_the_contributions_sheet_with_numbers() {
    let Some(py) = support::python() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bijdragen.xlsx");
    std::fs::write(&file, write(IN_KIND, Format::Xlsx, Lang::Nl)).unwrap();
    let dump: serde_json::Value =
        serde_json::from_str(&support::read_back(&py, "xlsx_dump.py", &file, &[])).unwrap();
    let sheet = dump["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Bijdragen")
        .expect("a sheet Bijdragen");
    let cells = sheet["cells"].as_array().unwrap();
    let numbers: Vec<f64> = cells
        .iter()
        .filter(|c| c["type"] == "n")
        .filter_map(|c| c["value"].as_f64())
        .collect();
    assert!(numbers.contains(&-8860.0), "Zwolle receives: {numbers:?}");
    assert!(numbers.contains(&4940.0), "the others' share: {numbers:?}");
    let names = cells
        .iter()
        .filter(|c| {
            c["value"]
                .as_str()
                .is_some_and(|v| v.starts_with("Gemeente "))
        })
        .count();
    assert_eq!(names, 20, "one row per municipality");
}

/// The PDF annex as poppler reads it: the section on the contributions with the
/// in-kind coordinator receiving money and the others paying their share.
#[test]
fn pdftotext_reads_the_contributions_in_the_annex() {
    let Some(pdftotext) = support::program("pdftotext") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bijlage.pdf");
    std::fs::write(&file, write(IN_KIND, Format::AnnexPdf, Lang::Nl)).unwrap();
    let out = std::process::Command::new(pdftotext)
        .args(["-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for s in ["Bijdragen 2027", "8.860 ontvangen", "4.940 betalen"] {
        assert!(text.contains(s), "{s} not in the PDF annex:\n{text}");
    }
}
