//! The XLSX workbook: the RACI matrix, the findings and the hours, one sheet each.

use super::{holder_columns, letters, looks_like_formula};
use crate::ExportError;
use crate::model::{Letter, Model, holder};
use chrono::Datelike;
use rolwijzer_core::Severity;
use rolwijzer_core::analyse::WORKING_WEEKS_PER_YEAR;
use rolwijzer_core::i18n::Args;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

/// Fill and text colour of each letter. R and A are dark with white text (they carry
/// the task), C and I light with black text (they only take part), B amber, unlike
/// either. Every pair has a contrast ratio of at least 7:1 (WCAG AAA), so the letters
/// stay readable when printed in grey or read with low vision.
pub(crate) const LETTER_COLOURS: [(Letter, u32, u32); 5] = [
    (Letter::R, 0x1F4E79, 0xFFFFFF),
    (Letter::A, 0x5A2D82, 0xFFFFFF),
    (Letter::C, 0xDDEBF7, 0x000000),
    (Letter::I, 0xEDEDED, 0x000000),
    (Letter::B, 0xFFD966, 0x000000),
];

const HEADER_FILL: u32 = 0xD9D9D9;
const OVERLOAD_FILL: u32 = 0xF4CCCC;

/// Fill of a finding's severity cell: the usual red, amber and blue, all light so the
/// black text stays readable.
fn severity_fill(s: Severity) -> u32 {
    match s {
        Severity::Error => 0xF4CCCC,
        Severity::Warning => 0xFFE699,
        Severity::Advice => 0xDDEBF7,
    }
}

/// Number format of hours a week: "2.5" (shown as "2,5" by a Dutch Excel), and
/// "0.25" when someone gives quarters.
const HOURS_FORMAT: &str = "0.0#";
/// Hours a year are whole hours to a reader.
const YEAR_FORMAT: &str = "#,##0";

/// The workbook.
pub(crate) fn xlsx(m: &Model) -> Result<Vec<u8>, ExportError> {
    build(m).map_err(|e| ExportError::Xlsx(e.to_string()))
}

fn build(m: &Model) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties(m));
    let styles = Styles::new();
    raci_sheet(m, &styles, wb.add_worksheet())?;
    findings_sheet(m, &styles, wb.add_worksheet())?;
    hours_sheet(m, &styles, wb.add_worksheet())?;
    if let Some(c) = &m.report.contributions {
        contributions_sheet(m, c, &styles, wb.add_worksheet())?;
    }
    wb.save_to_buffer()
}

/// Title, subject and language in the file's properties, so the file explains itself
/// in the file manager and to screen readers. The creation date is the export's day
/// (not the clock), so the same division on the same day gives the same file.
fn properties(m: &Model) -> DocProperties {
    let name = m.doc.collaboration.name.to_string();
    let date = m.date(m.today);
    let comment = match m.revision {
        Some(r) => crate::texts::targs(
            m.lang,
            "sheets-comment-revision",
            &Args::new()
                .with("date", date)
                .with("revision", r.to_string()),
        ),
        None => crate::texts::targs(m.lang, "sheets-comment", &Args::new().with("date", date)),
    };
    let mut p = DocProperties::new()
        .set_title(crate::texts::targs(
            m.lang,
            "sheets-title",
            &Args::new().with("name", name),
        ))
        .set_subject(m.t("sheets-subject"))
        .set_keywords(m.t("sheets-keywords"))
        .set_comment(comment)
        // XLSX has no standard language property that Excel fills; a custom one is
        // what Excel itself offers ("Language" under Properties › Custom).
        .set_custom_property("Language", m.lang.code());
    let d = m.today.naive();
    if let (Ok(y), Ok(mo), Ok(da)) = (
        u16::try_from(d.year()),
        u8::try_from(d.month()),
        u8::try_from(d.day()),
    ) {
        if let Ok(dt) = ExcelDateTime::from_ymd(y, mo, da) {
            p = p.set_creation_datetime(&dt);
        }
    }
    p
}

/// The formats used across the sheets, made once.
struct Styles {
    header: Format,
    header_rotated: Format,
    title: Format,
    text: Format,
    wrap: Format,
    centre: Format,
    hours: Format,
    hours_overload: Format,
    year: Format,
    count: Format,
    letters: Vec<(Letter, Format)>,
    severity: Vec<(Severity, Format)>,
}

impl Styles {
    fn new() -> Self {
        let header = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(HEADER_FILL))
            .set_border_bottom(FormatBorder::Thin)
            .set_text_wrap()
            .set_align(FormatAlign::Bottom);
        let letter = |fill: u32, font: u32| {
            Format::new()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(fill))
                .set_font_color(Color::RGB(font))
                .set_border(FormatBorder::Thin)
        };
        Styles {
            // Holder names run upwards, so a matrix of thirty people stays one
            // screen wide; the narrow letter columns below them need no more.
            header_rotated: header
                .clone()
                .set_rotation(90)
                .set_align(FormatAlign::Center),
            header,
            title: Format::new().set_bold().set_font_size(13),
            text: Format::new().set_align(FormatAlign::VerticalCenter),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            centre: Format::new()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            hours: Format::new().set_num_format(HOURS_FORMAT),
            hours_overload: Format::new()
                .set_num_format(HOURS_FORMAT)
                .set_background_color(Color::RGB(OVERLOAD_FILL)),
            year: Format::new().set_num_format(YEAR_FORMAT),
            count: Format::new().set_num_format("0"),
            letters: LETTER_COLOURS
                .iter()
                .map(|(l, fill, font)| (*l, letter(*fill, *font)))
                .collect(),
            severity: Severity::ALL
                .iter()
                .map(|s| {
                    (
                        *s,
                        Format::new()
                            .set_background_color(Color::RGB(severity_fill(*s)))
                            .set_align(FormatAlign::Top),
                    )
                })
                .collect(),
        }
    }

    /// The format of a cell whose first letter is `l` (RA is coloured as R).
    fn letter(&self, l: Letter) -> &Format {
        self.letters
            .iter()
            .find(|(x, _)| *x == l)
            .map_or(&self.centre, |(_, f)| f)
    }

    fn severity(&self, s: Severity) -> &Format {
        self.severity
            .iter()
            .find(|(x, _)| *x == s)
            .map_or(&self.wrap, |(_, f)| f)
    }
}

/// Writes text as text: never as a formula, whatever it starts with.
///
/// `write_string` already stores a string cell, so Excel shows `=1+2` as written. A
/// text that starts like a formula also gets Excel's quote prefix (the invisible
/// apostrophe), so it stays text when someone edits the cell and presses Enter.
fn text(ws: &mut Worksheet, row: u32, col: u16, s: &str, f: &Format) -> Result<(), XlsxError> {
    if looks_like_formula(s) {
        ws.write_string_with_format(row, col, s, &f.clone().set_quote_prefix())?;
    } else {
        ws.write_string_with_format(row, col, s, f)?;
    }
    Ok(())
}

/// A column width in characters for texts of up to `chars` characters, within limits.
fn width(chars: usize, min: usize, max: usize) -> f64 {
    (chars + 2).clamp(min, max) as f64
}

/// Column and row indices as the writer wants them. A division has far fewer than
/// Excel's 16,384 columns and 1,048,576 rows; the conversion still fails cleanly.
fn col(i: usize) -> Result<u16, XlsxError> {
    u16::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)
}

/// Writes a row of column headings (Fluent ids) and gives the row after it.
fn header_row(
    m: &Model,
    st: &Styles,
    ws: &mut Worksheet,
    r: u32,
    ids: &[&str],
) -> Result<u32, XlsxError> {
    for (i, id) in ids.iter().enumerate() {
        text(ws, r, col(i)?, &m.t(id), &st.header)?;
    }
    Ok(r + 1)
}

/// Writes the note under a sheet that says how many working weeks make a year.
fn weeks_note(
    m: &Model,
    st: &Styles,
    ws: &mut Worksheet,
    r: u32,
    id: &str,
    weeks: String,
) -> Result<(), XlsxError> {
    let note = crate::texts::targs(m.lang, id, &Args::new().with("weeks", weeks));
    text(ws, r, 0, &note, &st.text)
}

/// Prints a sheet landscape, as wide as one page, with its first row on every page.
fn print_wide(ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

fn row(i: usize) -> Result<u32, XlsxError> {
    u32::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)
}

/// The RACI matrix: a row per task, a column per holder, letters in the cells, and
/// a legend under it.
fn raci_sheet(m: &Model, st: &Styles, ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_name(m.t("sheets-sheet-raci"))?;
    let holders = holder_columns(m);
    let first_holder_col: usize = 3;
    // The last holder's column, or the "critical" column when nobody holds anything.
    let last_col = first_holder_col + holders.len() - 1;

    let task_header = m.t("sheets-task");
    let required = m.t("sheets-required");
    let critical = m.t("sheets-critical");
    text(ws, 0, 0, &task_header, &st.header)?;
    text(ws, 0, 1, &required, &st.header)?;
    text(ws, 0, 2, &critical, &st.header)?;
    for (i, h) in holders.iter().enumerate() {
        text(
            ws,
            0,
            col(first_holder_col + i)?,
            &h.label(),
            &st.header_rotated,
        )?;
    }

    let yes = m.t("sheets-yes");
    let no = m.t("sheets-no");
    for (r, t) in m.tasks.iter().enumerate() {
        let r = row(r + 1)?;
        text(ws, r, 0, &t.name, &st.text)?;
        text(ws, r, 1, if t.required { &yes } else { &no }, &st.centre)?;
        text(ws, r, 2, if t.critical { &yes } else { &no }, &st.centre)?;
        for (i, h) in holders.iter().enumerate() {
            let ls = letters(t, &h.id);
            if let Some(first) = ls.first() {
                let s: String = ls.iter().map(|l| l.as_str()).collect();
                ws.write_string_with_format(r, col(first_holder_col + i)?, s, st.letter(*first))?;
            }
        }
    }
    if m.tasks.is_empty() {
        text(ws, 1, 0, &m.t("sheets-no-tasks"), &st.text)?;
    }
    let last_row = m.tasks.len().max(1);

    // The header stays in view while scrolling down, the task names while scrolling
    // right through many holders; the filter lets a reader show one person's tasks.
    ws.set_freeze_panes(1, 1)?;
    ws.autofilter(0, 0, row(last_row)?, col(last_col)?)?;

    let longest_task = m
        .tasks
        .iter()
        .map(|t| t.name.chars().count())
        .chain([task_header.chars().count()])
        .max()
        .unwrap_or(0);
    ws.set_column_width(0, width(longest_task, 24, 60))?;
    // Room for the word and for the filter button next to it.
    ws.set_column_width(1, width(required.chars().count() + 3, 8, 16))?;
    ws.set_column_width(2, width(critical.chars().count() + 3, 8, 16))?;
    for i in 0..holders.len() {
        ws.set_column_width(col(first_holder_col + i)?, 7)?;
    }
    // Rotated names need a tall header row; about six points a character, wrapping
    // onto a second line (the columns fit two) beyond the limit.
    let longest_holder = holders
        .iter()
        .map(|h| h.label().chars().count())
        .max()
        .unwrap_or(0);
    ws.set_row_height(0, (longest_holder as f64 * 6.0).clamp(45.0, 180.0))?;

    // The legend sits under the matrix, outside the filter, so filtering never hides it.
    let mut r = row(last_row + 2)?;
    text(ws, r, 0, &m.t("sheets-legend"), &st.title)?;
    for (l, _, _) in LETTER_COLOURS {
        r += 1;
        let lower = l.as_str().to_lowercase();
        text(ws, r, 0, &m.t(&format!("letter-{lower}")), st.letter(l))?;
        text(ws, r, 1, &m.t(&format!("sheets-legend-{lower}")), &st.text)?;
    }
    r += 1;
    text(ws, r, 0, &required, &st.text)?;
    text(ws, r, 1, &m.t("sheets-legend-required"), &st.text)?;
    r += 1;
    text(ws, r, 0, &critical, &st.text)?;
    text(ws, r, 1, &m.t("sheets-legend-critical"), &st.text)?;

    print_wide(ws)
}

/// The findings: code, severity, what it is about, what was found and what to do.
fn findings_sheet(m: &Model, st: &Styles, ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_name(m.t("sheets-sheet-findings"))?;
    let headers = [
        ("sheets-code", 8.0),
        ("sheets-severity", 14.0),
        ("sheets-task", 30.0),
        ("sheets-party", 26.0),
        ("sheets-person", 26.0),
        ("sheets-finding", 60.0),
        ("sheets-fix", 60.0),
    ];
    for (i, (id, w)) in headers.iter().enumerate() {
        text(ws, 0, col(i)?, &m.t(id), &st.header)?;
        ws.set_column_width(col(i)?, *w)?;
    }
    let findings = &m.report.findings;
    for (i, f) in findings.iter().enumerate() {
        let r = row(i + 1)?;
        let s = &f.subject;
        ws.write_string_with_format(r, 0, f.code.as_str(), &st.wrap)?;
        text(
            ws,
            r,
            1,
            &m.t(&format!("severity-{}", f.severity.id())),
            st.severity(f.severity),
        )?;
        let task = s
            .task
            .as_deref()
            .map(|k| m.task_name(k))
            .unwrap_or_default();
        let party = s
            .party
            .as_deref()
            .map(|p| holder(m.doc, p).name)
            .unwrap_or_default();
        let person = s
            .person
            .as_deref()
            .map(|p| holder(m.doc, p).name)
            .unwrap_or_default();
        text(ws, r, 2, &task, &st.wrap)?;
        text(ws, r, 3, &party, &st.wrap)?;
        text(ws, r, 4, &person, &st.wrap)?;
        text(ws, r, 5, &f.message(m.lang), &st.wrap)?;
        text(ws, r, 6, &f.fix(m.lang), &st.wrap)?;
    }
    if findings.is_empty() {
        text(ws, 1, 0, &m.t("sheets-no-findings"), &st.text)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, row(findings.len().max(1))?, col(headers.len() - 1)?)?;
    print_wide(ws)
}

/// Hours per person and per party, a week and a year: the in-kind contribution a
/// municipality can show its council.
fn hours_sheet(m: &Model, st: &Styles, ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_name(m.t("sheets-sheet-hours"))?;
    let w = &m.report.workload;

    text(ws, 0, 0, &m.t("sheets-people"), &st.title)?;
    let person_headers = [
        "sheets-name",
        "sheets-party",
        "sheets-hours-assigned",
        "sheets-hours-available",
        "sheets-tasks-ra",
        "sheets-hours-year",
    ];
    let mut r = header_row(m, st, ws, 1, &person_headers)?;
    for p in &w.people {
        text(ws, r, 0, &p.name, &st.text)?;
        text(ws, r, 1, &holder(m.doc, p.party.as_str()).name, &st.text)?;
        let over = p.available.is_some_and(|a| p.assigned > a);
        let f = if over { &st.hours_overload } else { &st.hours };
        ws.write_number_with_format(r, 2, p.assigned, f)?;
        if let Some(a) = p.available {
            ws.write_number_with_format(r, 3, a, &st.hours)?;
        }
        ws.write_number_with_format(r, 4, p.tasks as f64, &st.count)?;
        ws.write_number_with_format(r, 5, p.assigned * WORKING_WEEKS_PER_YEAR, &st.year)?;
        r += 1;
    }

    r += 1;
    text(ws, r, 0, &m.t("sheets-parties"), &st.title)?;
    r += 1;
    let party_headers = [
        "sheets-party",
        "sheets-hours-assigned",
        "sheets-hours-available",
        "sheets-hours-year",
    ];
    r = header_row(m, st, ws, r, &party_headers)?;
    for p in &w.parties {
        text(ws, r, 0, &p.name, &st.text)?;
        let over = p.available.is_some_and(|a| p.assigned > a);
        let f = if over { &st.hours_overload } else { &st.hours };
        ws.write_number_with_format(r, 1, p.assigned, f)?;
        if let Some(a) = p.available {
            ws.write_number_with_format(r, 2, a, &st.hours)?;
        }
        ws.write_number_with_format(r, 3, p.assigned * WORKING_WEEKS_PER_YEAR, &st.year)?;
        r += 1;
    }

    r += 1;
    let weeks = format!("{WORKING_WEEKS_PER_YEAR:.0}");
    weeks_note(m, st, ws, r, "sheets-hours-note", weeks)?;
    r += 1;
    text(ws, r, 0, &m.t("sheets-overload-note"), &st.hours_overload)?;

    let longest = w
        .people
        .iter()
        .map(|p| p.name.chars().count())
        .chain(w.parties.iter().map(|p| p.name.chars().count()))
        .max()
        .unwrap_or(0);
    ws.set_column_width(0, width(longest, 20, 45))?;
    ws.set_column_width(1, 28)?;
    for c in 2..=5 {
        ws.set_column_width(c, 16)?;
    }
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// The "Bijdragen" sheet, when the document has a budget: the totals, then per
/// contributing municipality its share, the value of its in-kind work and what it
/// pays (positive) or receives (negative), in euro.
fn contributions_sheet(
    m: &Model,
    c: &rolwijzer_core::money::Contributions,
    st: &Styles,
    ws: &mut Worksheet,
) -> Result<(), XlsxError> {
    let euro = Format::new().set_num_format(EURO_FORMAT);
    let euro_bold = euro.clone().set_bold();
    let eur = |cents: i64| cents as f64 / 100.0;
    ws.set_name(m.t("sheets-sheet-contributions"))?;
    let title = match c.year {
        Some(y) => crate::texts::targs(
            m.lang,
            "sheets-contributions-title-year",
            &Args::new().with("year", y.to_string()),
        ),
        None => m.t("sheets-contributions-title"),
    };
    text(ws, 0, 0, &title, &st.title)?;
    let key = m.t(&format!("money-key-{}", c.applied_key.id()));
    text(ws, 1, 0, &m.t("sheets-contributions-key"), &st.text)?;
    text(ws, 1, 1, &key, &st.text)?;
    let totals = [
        ("sheets-contributions-cost", c.cost),
        ("sheets-contributions-in-kind", c.in_kind),
        ("sheets-contributions-total", c.total),
        ("sheets-contributions-gap", c.gap),
    ];
    let mut r: u32 = 2;
    for (id, cents) in totals {
        text(ws, r, 0, &m.t(id), &st.text)?;
        ws.write_number_with_format(r, 1, eur(cents), &euro_bold)?;
        r += 1;
    }
    r += 1;
    let headers = [
        "sheets-party",
        "sheets-contributions-inhabitants",
        "sheets-hours-year",
        "sheets-contributions-share",
        "sheets-contributions-in-kind",
        "sheets-contributions-cash",
    ];
    r = header_row(m, st, ws, r, &headers)?;
    for p in &c.parties {
        text(ws, r, 0, &p.name, &st.text)?;
        if let Some(n) = p.inhabitants {
            ws.write_number_with_format(r, 1, n as f64, &st.count)?;
        }
        ws.write_number_with_format(r, 2, p.hours_per_year(c.weeks_per_year), &st.year)?;
        ws.write_number_with_format(r, 3, eur(p.share), &euro)?;
        ws.write_number_with_format(r, 4, eur(p.in_kind), &euro)?;
        ws.write_number_with_format(r, 5, eur(p.cash), &euro)?;
        r += 1;
    }
    r += 1;
    let weeks = c.weeks_per_year.to_string();
    weeks_note(m, st, ws, r, "sheets-contributions-note", weeks)?;
    let longest = c
        .parties
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(0);
    ws.set_column_width(0, width(longest, 24, 45))?;
    for i in 1..=5 {
        ws.set_column_width(i, 16)?;
    }
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// Euro with two decimals; negative amounts (to receive) in red.
const EURO_FORMAT: &str = "€ #,##0.00;[Red]-€ #,##0.00";
