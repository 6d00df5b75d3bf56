//! The annex as an OpenDocument text (ODF 1.2, which Word 2010 and later open too).
//!
//! The fixed parts (styles, manifest, metadata) are askama templates in
//! `templates/odt/`; `content.xml` is written here, because user text needs care per
//! character that a template cannot give: XML-illegal characters dropped, and runs of
//! spaces, tabs and line breaks turned into ODF elements so they survive.

use super::content::{Annex, Block, Field, Style, Table};
use crate::ExportError;
use askama::Template;
use rolwijzer_core::Lang;
use std::fmt::Write as _;
use std::io::Write as _;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

const MIME: &str = "application/vnd.oasis.opendocument.text";
/// The text area of the page (21 cm less the margins in styles.xml).
const TEXT_WIDTH_CM: f32 = 16.6;

#[derive(Template)]
#[template(path = "odt/styles.xml")]
struct StylesXml<'a> {
    language: &'a str,
    country: &'a str,
    /// Already XML: text plus page-number fields.
    footer: &'a str,
}

#[derive(Template)]
#[template(path = "odt/meta.xml")]
struct MetaXml<'a> {
    version: &'a str,
    title: &'a str,
    language: &'a str,
    date: &'a str,
}

pub(super) fn render(annex: &Annex) -> Result<Vec<u8>, ExportError> {
    let (language, country) = match annex.lang {
        Lang::Nl => ("nl", "NL"),
        Lang::En => ("en", "GB"),
    };
    let styles = StylesXml {
        language,
        country,
        footer: &footer(annex),
    }
    .render()?;
    let date = annex.date.to_string();
    let meta = MetaXml {
        version: env!("CARGO_PKG_VERSION"),
        title: &clean(&annex.title),
        language,
        date: &date,
    }
    .render()?;
    let content = content(annex);

    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // ODF: `mimetype` first and stored, so tools can recognise the file by its bytes.
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file("mimetype", stored).map_err(zip_err)?;
    zip.write_all(MIME.as_bytes())?;
    for (name, body) in [
        ("content.xml", content.as_str()),
        ("styles.xml", styles.as_str()),
        ("meta.xml", meta.as_str()),
        (
            "META-INF/manifest.xml",
            include_str!("../../templates/odt/manifest.xml"),
        ),
    ] {
        zip.start_file(name, deflated).map_err(zip_err)?;
        zip.write_all(body.as_bytes())?;
    }
    Ok(zip.finish().map_err(zip_err)?.into_inner())
}

fn zip_err(e: zip::result::ZipError) -> ExportError {
    ExportError::Io(std::io::Error::other(e))
}

/// Whether XML 1.0 allows the character at all (no escape can carry the others).
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Text without the characters XML 1.0 forbids, for the templates (which escape).
fn clean(s: &str) -> String {
    s.chars().filter(|&c| xml_allowed(c)).collect()
}

/// Escapes for element content and attribute values alike.
fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if xml_allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// Paragraph text: escaped, with spaces that ODF would collapse (at the start, or
/// after another space) as `<text:s/>`, tabs as `<text:tab/>` and newlines as
/// `<text:line-break/>`.
fn para_text(out: &mut String, s: &str) {
    let mut after_space = true;
    let mut pending = 0usize;
    let flush = |out: &mut String, pending: &mut usize| {
        match *pending {
            0 => {}
            1 => out.push_str("<text:s/>"),
            n => {
                let _ = write!(out, "<text:s text:c=\"{n}\"/>");
            }
        }
        *pending = 0;
    };
    for c in s.chars() {
        match c {
            ' ' if after_space => pending += 1,
            ' ' => {
                out.push(' ');
                after_space = true;
            }
            '\t' => {
                flush(out, &mut pending);
                out.push_str("<text:tab/>");
                after_space = true;
            }
            '\n' => {
                flush(out, &mut pending);
                out.push_str("<text:line-break/>");
                after_space = true;
            }
            '\r' => {}
            c => {
                flush(out, &mut pending);
                let mut buf = [0u8; 4];
                escape(out, c.encode_utf8(&mut buf));
                after_space = false;
            }
        }
    }
    flush(out, &mut pending);
}

fn paragraph(out: &mut String, style: &str, text: &str) {
    let _ = write!(out, "<text:p text:style-name=\"{style}\">");
    para_text(out, text);
    out.push_str("</text:p>");
}

/// The footer: the annex's name, a tab, and "pagina X van Y" with live fields. The
/// Fluent text is rendered with markers where the numbers go, then split there.
fn footer(annex: &Annex) -> String {
    // Private-use characters: no Fluent text contains them.
    const PAGE: char = '\u{F8F0}';
    const PAGES: char = '\u{F8F1}';
    let label = crate::texts::targs(
        annex.lang,
        "annex-page",
        &rolwijzer_core::i18n::Args::new()
            .with("page", PAGE.to_string())
            .with("pages", PAGES.to_string()),
    );
    let mut out = String::new();
    para_text(&mut out, &annex.footer.replace('\n', " "));
    out.push_str("<text:tab/>");
    let mut piece = String::new();
    for c in label.chars() {
        let field = match c {
            PAGE => "<text:page-number text:select-page=\"current\">1</text:page-number>",
            PAGES => "<text:page-count>1</text:page-count>",
            c => {
                piece.push(c);
                continue;
            }
        };
        para_text(&mut out, &std::mem::take(&mut piece));
        out.push_str(field);
    }
    para_text(&mut out, &piece);
    out
}

/// Table and cell styles, which ODF keeps in `content.xml`'s automatic styles.
fn automatic_styles(annex: &Annex) -> String {
    let mut out = String::from(concat!(
        "<style:style style:name=\"H1Break\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_1\">",
        "<style:paragraph-properties fo:break-before=\"page\"/></style:style>",
        "<style:style style:name=\"Break\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">",
        "<style:paragraph-properties fo:break-before=\"page\"/></style:style>",
        "<style:style style:name=\"Cell\" style:family=\"table-cell\">",
        "<style:table-cell-properties fo:padding-top=\"0.08cm\" fo:padding-bottom=\"0.08cm\" fo:padding-left=\"0cm\" fo:padding-right=\"0.3cm\" ",
        "fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\" fo:border-bottom=\"0.5pt solid #c8cfd8\"/></style:style>",
        "<style:style style:name=\"HeadCell\" style:family=\"table-cell\">",
        "<style:table-cell-properties fo:background-color=\"#e9eef5\" fo:padding=\"0.08cm\" ",
        "fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\" fo:border-bottom=\"0.5pt solid #c8cfd8\"/></style:style>",
    ));
    for (n, widths) in tables(annex).enumerate() {
        let _ = write!(
            out,
            "<style:style style:name=\"T{n}\" style:family=\"table\"><style:table-properties style:width=\"{TEXT_WIDTH_CM}cm\" table:align=\"margins\" fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.3cm\"/></style:style>"
        );
        let total: f32 = widths.iter().sum::<f32>().max(f32::EPSILON);
        for (i, w) in widths.iter().enumerate() {
            let _ = write!(
                out,
                "<style:style style:name=\"T{n}.C{i}\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"{:.2}cm\"/></style:style>",
                TEXT_WIDTH_CM * w / total
            );
        }
    }
    out
}

const FIELD_WIDTHS: [f32; 2] = [0.3, 0.7];

/// The column shares of every table, in document order (fields are tables too).
fn tables(annex: &Annex) -> impl Iterator<Item = &[f32]> {
    flat(&annex.blocks).into_iter().filter_map(|b| match b {
        Block::Fields(_) => Some(&FIELD_WIDTHS[..]),
        Block::Table(t) => Some(t.widths.as_slice()),
        _ => None,
    })
}

/// The blocks in reading order, with groups opened up.
fn flat(blocks: &[Block]) -> Vec<&Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        match b {
            Block::Group(inner) => out.extend(flat(inner)),
            b => out.push(b),
        }
    }
    out
}

fn content(annex: &Annex) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<office:document-content",
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
        " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
        " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"",
        " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
        " office:version=\"1.2\">",
        "<office:automatic-styles>"
    ));
    out.push_str(&automatic_styles(annex));
    out.push_str("</office:automatic-styles><office:body><office:text>");
    let mut tables = 0usize;
    let mut page_break = false;
    for block in flat(&annex.blocks) {
        if page_break && !matches!(block, Block::Heading(1, _) | Block::PageBreak) {
            out.push_str("<text:p text:style-name=\"Break\"/>");
            page_break = false;
        }
        match block {
            Block::Title(t) => paragraph(&mut out, "Title", t),
            Block::Heading(level, t) => {
                let level = (*level).clamp(1, 2);
                let style = if level == 1 && page_break {
                    "H1Break".to_owned()
                } else {
                    format!("Heading_20_{level}")
                };
                page_break = false;
                let _ = write!(
                    out,
                    "<text:h text:style-name=\"{style}\" text:outline-level=\"{level}\">"
                );
                para_text(&mut out, t);
                out.push_str("</text:h>");
            }
            Block::Para(style, t) => {
                let style = match style {
                    Style::Kicker => "Kicker",
                    Style::Subtitle => "Subtitle",
                    Style::Body => "Text_20_body",
                    Style::Note => "Note",
                };
                paragraph(&mut out, style, t);
            }
            Block::Bullets(items) => {
                out.push_str("<text:list text:style-name=\"Bullets\">");
                for item in items {
                    out.push_str("<text:list-item>");
                    paragraph(&mut out, "List_20_Bullet", item);
                    out.push_str("</text:list-item>");
                }
                out.push_str("</text:list>");
            }
            Block::Fields(fields) => {
                fields_table(&mut out, tables, fields);
                tables += 1;
            }
            Block::Table(t) => {
                table(&mut out, tables, t);
                tables += 1;
            }
            Block::PageBreak => page_break = true,
            Block::Group(_) => {}
        }
    }
    out.push_str("</office:text></office:body></office:document-content>");
    out
}

fn open_table(out: &mut String, n: usize, columns: usize) {
    let _ = write!(
        out,
        "<table:table table:name=\"T{n}\" table:style-name=\"T{n}\">"
    );
    for i in 0..columns {
        let _ = write!(out, "<table:table-column table:style-name=\"T{n}.C{i}\"/>");
    }
}

/// A cell with one paragraph per line.
fn cell(out: &mut String, cell_style: &str, para_style: &str, lines: &[&str]) {
    let _ = write!(
        out,
        "<table:table-cell table:style-name=\"{cell_style}\" office:value-type=\"string\">"
    );
    for l in lines {
        paragraph(out, para_style, l);
    }
    out.push_str("</table:table-cell>");
}

fn fields_table(out: &mut String, n: usize, fields: &[Field]) {
    open_table(out, n, 2);
    for f in fields {
        out.push_str("<table:table-row>");
        let key: Vec<&str> = f.key.iter().map(String::as_str).collect();
        let value: Vec<&str> = f.value.iter().map(String::as_str).collect();
        cell(out, "Cell", "Table_20_Heading", &key);
        cell(out, "Cell", "Table_20_Contents", &value);
        out.push_str("</table:table-row>");
    }
    out.push_str("</table:table>");
}

fn table(out: &mut String, n: usize, t: &Table) {
    open_table(out, n, t.widths.len());
    // Repeated at the top of each page the table runs onto.
    out.push_str("<table:table-header-rows><table:table-row>");
    for h in &t.head {
        cell(out, "HeadCell", "Table_20_Heading", &[h]);
    }
    out.push_str("</table:table-row></table:table-header-rows>");
    for row in &t.rows {
        out.push_str("<table:table-row>");
        for c in row {
            cell(out, "Cell", "Table_20_Contents", &[c]);
        }
        out.push_str("</table:table-row>");
    }
    out.push_str("</table:table>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_spaces_survive() {
        let mut out = String::new();
        para_text(&mut out, "  a  <b>&\"'\u{1}\tc\nd");
        assert_eq!(
            out,
            "<text:s text:c=\"2\"/>a <text:s/>&lt;b&gt;&amp;&quot;&apos;<text:tab/>c<text:line-break/>d"
        );
    }

    #[test]
    fn illegal_characters_are_dropped() {
        assert_eq!(clean("a\u{0}b\u{1b}c\u{FFFE}d"), "abcd");
    }
}
