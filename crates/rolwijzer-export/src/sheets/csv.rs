//! The CSV export: one row per task, holder and letter, for people who filter and
//! count in their own spreadsheet or feed the division to another tool.

use super::{decimal, looks_like_formula};
use crate::model::{Letter, Model};
use crate::{CsvSeparator, ExportError};

/// Excel only reads a CSV file as UTF-8 when it starts with a byte order mark; without
/// it, "Coördinatie" turns into "CoÃ¶rdinatie" on every Dutch desktop.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// Dutch Excel uses a decimal comma and therefore a semicolon between fields; a
/// comma-separated file is meant for tools that expect a decimal point.
fn decimal_mark(separator: CsvSeparator) -> char {
    match separator {
        CsvSeparator::Semicolon => ',',
        CsvSeparator::Comma => '.',
    }
}

/// A CSV writer with our separator; records end with CRLF (RFC 4180), which every
/// spreadsheet reads.
fn writer(out: &mut Vec<u8>, separator: CsvSeparator) -> ::csv::Writer<&mut Vec<u8>> {
    ::csv::WriterBuilder::new()
        .delimiter(separator.byte())
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out)
}

/// The CSV file: a header row in the model's language, then one row per task, letter
/// and holder.
pub(crate) fn csv(m: &Model) -> Result<Vec<u8>, ExportError> {
    let header = [
        "csv-task-id",
        "csv-task",
        "csv-letter",
        "csv-holder-id",
        "csv-holder",
        "csv-organisation",
        "csv-via",
        "csv-hours",
    ];
    file(m, &header, |w, decimal_separator| {
        for task in &m.tasks {
            let hours = task
                .hours_per_week
                .map(|h| decimal(h, decimal_separator))
                .unwrap_or_default();
            for letter in Letter::ALL {
                let rows: Vec<_> = match letter {
                    Letter::I => task
                        .informed
                        .iter()
                        .map(|(h, via)| (h, via.clone().unwrap_or_default()))
                        .collect(),
                    _ => task
                        .holders(letter)
                        .into_iter()
                        .map(|h| (h, String::new()))
                        .collect(),
                };
                for (h, via) in rows {
                    let record = [
                        task.key.as_str(),
                        task.name.as_str(),
                        letter.as_str(),
                        h.id.as_str(),
                        h.name.as_str(),
                        h.organisation.as_deref().unwrap_or_default(),
                        via.as_str(),
                    ]
                    .map(cell);
                    w.write_record(record.iter().chain(std::iter::once(&hours)))
                        .map_err(csv_error)?;
                }
            }
        }
        Ok(())
    })
}

/// One CSV file: the byte order mark, a header row of Fluent ids in the model's
/// language, then what `rows` writes (given the decimal mark that suits the separator).
fn file(
    m: &Model,
    header: &[&str],
    rows: impl FnOnce(&mut ::csv::Writer<&mut Vec<u8>>, char) -> Result<(), ExportError>,
) -> Result<Vec<u8>, ExportError> {
    let separator = m.options.csv_separator;
    let mut out = BOM.to_vec();
    {
        let mut w = writer(&mut out, separator);
        let header: Vec<String> = header.iter().map(|id| m.t(id)).collect();
        w.write_record(&header).map_err(csv_error)?;
        rows(&mut w, decimal_mark(separator))?;
        w.flush()?;
    }
    Ok(out)
}

/// The contributions as CSV for the financial administration: a header row, then one
/// row per contributing municipality with its share, the value of its in-kind work
/// and what it pays (positive) or receives (negative). Amounts in euro with two
/// decimals. Without a budget, only the header.
pub(crate) fn contributions_csv(m: &Model) -> Result<Vec<u8>, ExportError> {
    let header = [
        "csv-money-year",
        "csv-money-party-id",
        "csv-money-party",
        "csv-money-inhabitants",
        "csv-money-key",
        "csv-money-hours-year",
        "csv-money-share",
        "csv-money-in-kind",
        "csv-money-cash",
    ];
    file(m, &header, |w, dec| {
        let Some(c) = &m.report.contributions else {
            return Ok(());
        };
        let year = c.year.map(|y| y.to_string()).unwrap_or_default();
        let key = m.t(&format!("money-key-{}", c.applied_key.id()));
        for p in &c.parties {
            let record = [
                year.clone(),
                cell(p.party.as_str()),
                cell(&p.name),
                p.inhabitants.map(|n| n.to_string()).unwrap_or_default(),
                key.clone(),
                decimal(p.hours_per_year(c.weeks_per_year), dec),
                cents(p.share, dec),
                cents(p.in_kind, dec),
                cents(p.cash, dec),
            ];
            w.write_record(&record).map_err(csv_error)?;
        }
        Ok(())
    })
}

/// Cents as euro with exactly two decimals and no grouping: `-8860,00`.
fn cents(c: i64, dec: char) -> String {
    let sign = if c < 0 { "-" } else { "" };
    let a = c.unsigned_abs();
    format!("{sign}{}{dec}{:02}", a / 100, a % 100)
}

/// A text cell made safe to open in a spreadsheet.
///
/// A cell that starts like a formula gets a leading apostrophe, as OWASP advises
/// against CSV injection: Excel and LibreOffice then show the text instead of
/// evaluating it. The price is a visible apostrophe in other tools; a name that
/// starts with `=` is rare, a formula that sends data away is not worth the risk.
/// Numbers (the hours column) are ours and never pass through here.
fn cell(s: &str) -> String {
    if looks_like_formula(s) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn csv_error(e: ::csv::Error) -> ExportError {
    match e.into_kind() {
        ::csv::ErrorKind::Io(io) => ExportError::Io(io),
        other => ExportError::Io(std::io::Error::other(format!("{other:?}"))),
    }
}
