#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The annex to the collaboration agreement, as PDF/A and ODT, read back by real
//! readers: poppler (`pdftotext`, `pdffonts`), odfpy and LibreOffice. The tests
//! without readers check the containers byte by byte and always run.
mod support;

use rolwijzer_core::{Document, Lang, Report, analyse};
use rolwijzer_export::model::Model;
use rolwijzer_export::{Format, Options, export};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

const STRUCTURED: &str = "gestructureerd-twaalf-gemeenten.yaml";
const MIME: &str = "application/vnd.oasis.opendocument.text";

fn options(lang: Lang) -> Options {
    let mut o = Options::new(support::today());
    o.lang = lang;
    o.revision = Some(12);
    o.revision_date = Some(rolwijzer_core::Date::parse("2026-11-20").unwrap());
    o
}

fn annex(doc: &Document, format: Format, lang: Lang) -> (Vec<u8>, Report) {
    let (e, report) = support::run(doc, format, &options(lang));
    (e.bytes, report)
}

/// Whitespace collapsed to single spaces: wrapped lines read as running text.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The character data of XML, without its tags (attribute names hold "level-" too).
fn text_only(xml: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn zip_entry(bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

fn run(program: &Path, args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(program).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{} failed: {}",
        program.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    // Lossy: poppler writes characters outside the BMP in a PDF's title as CESU-8.
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text poppler extracts from a PDF, or `None` when poppler is missing and not
/// required.
fn pdftotext(dir: &Path, name: &str, pdf: &[u8], extra: &[&str]) -> Option<String> {
    let program = support::program("pdftotext")?;
    let file = dir.join(name);
    std::fs::write(&file, pdf).unwrap();
    let mut args: Vec<&std::ffi::OsStr> = vec!["-enc".as_ref(), "UTF-8".as_ref()];
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    args.push(file.as_os_str());
    args.push("-".as_ref());
    Some(run(&program, &args))
}

/// A name as the PDF can show it: characters DejaVu Sans lacks become one `?`.
fn as_drawn(s: &str) -> String {
    let face = ttf_parser::Face::parse(dejavu::sans::regular(), 0).unwrap();
    let mut out = String::new();
    let mut missing = false;
    for c in s.chars() {
        if face.glyph_index(c).is_some() {
            out.push(c);
            missing = false;
        } else if !missing {
            out.push('?');
            missing = true;
        }
    }
    out
}

/// Everyone who holds a letter, as "Name (Organisation)".
fn holder_labels(doc: &Document, report: &Report, lang: Lang) -> Vec<String> {
    let o = options(lang);
    let m = Model::new(doc, report, &o);
    let mut labels: Vec<String> = m
        .tasks
        .iter()
        .flat_map(|t| {
            rolwijzer_export::model::Letter::ALL
                .iter()
                .flat_map(|&l| t.holders(l).into_iter().map(|h| h.label()))
                .collect::<Vec<_>>()
        })
        .collect();
    labels.sort();
    labels.dedup();
    labels
}

fn task_names(doc: &Document, report: &Report, lang: Lang) -> Vec<String> {
    let o = options(lang);
    Model::new(doc, report, &o)
        .tasks
        .iter()
        .map(|t| t.name.clone())
        .collect()
}

/// Hundreds of custom tasks with long descriptions, unbroken words far wider than a
/// line, and names in scripts DejaVu lacks.
fn huge() -> Document {
    let mut y = String::from(concat!(
        "version: 1\n",
        "collaboration:\n",
        "  name: \"Reuzenproject 测试 🚀 met een naam die best lang is voor een titelpagina\"\n",
        "  ambition: light\n",
        "  arrangement: distributed\n",
        "parties:\n"
    ));
    for p in 0..20 {
        y.push_str(&format!(
            "  - {{ id: p{p}, name: \"Gemeente Nummer {p}\" }}\n"
        ));
    }
    y.push_str("people:\n");
    for u in 0..40 {
        y.push_str(&format!(
            "  - {{ id: u{u}, name: \"Persoon {u} 山田 👩‍👩‍👧\", party: p{} }}\n",
            u % 20
        ));
    }
    y.push_str("assignments:\n");
    let word = format!("https://example.org/{}", "abcdefghij".repeat(150));
    for t in 0..300 {
        y.push_str(&format!(
            concat!(
                "  - task: custom\n",
                "    id: eigen-{t}\n",
                "    name: \"Eigen taak {t}\"\n",
                "    critical: true\n",
                "    description: \"Een heel lang woord: {word} en daarna gewone tekst over taak {t}.\"\n",
                "    responsible: [u{r}, u{r2}]\n",
                "    accountable: [p{a}]\n",
                "    backup: [u{r2}]\n",
                "    hours_per_week: 1.5\n",
            ),
            t = t,
            word = word,
            r = t % 40,
            r2 = (t + 1) % 40,
            a = t % 20
        ));
    }
    support::doc(&y)
}

// ---------------------------------------------------------------------------------
// Without readers

#[test]
fn odt_starts_with_the_stored_mimetype_entry() {
    let (bytes, _) = annex(&support::example(STRUCTURED), Format::AnnexOdt, Lang::Nl);
    // The local file header, byte by byte: what `file` and office suites sniff.
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    assert_eq!(
        u16::from_le_bytes([bytes[8], bytes[9]]),
        0,
        "stored, not deflated"
    );
    let name_len = usize::from(u16::from_le_bytes([bytes[26], bytes[27]]));
    let extra_len = usize::from(u16::from_le_bytes([bytes[28], bytes[29]]));
    assert_eq!(&bytes[30..30 + name_len], b"mimetype");
    assert_eq!(extra_len, 0, "ODF forbids an extra field on mimetype");
    assert_eq!(
        &bytes[30 + name_len..30 + name_len + MIME.len()],
        MIME.as_bytes()
    );

    let z = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let names: Vec<String> = z.file_names().map(|n| n.unwrap().into_owned()).collect();
    for needed in [
        "content.xml",
        "styles.xml",
        "meta.xml",
        "META-INF/manifest.xml",
    ] {
        assert!(
            names.iter().any(|n| n == needed),
            "{needed} missing from {names:?}"
        );
    }
    let manifest = zip_entry(&bytes, "META-INF/manifest.xml");
    for listed in ["content.xml", "styles.xml", "meta.xml", MIME] {
        assert!(manifest.contains(listed), "manifest lacks {listed}");
    }
}

#[test]
fn odt_escapes_every_user_text() {
    let (bytes, _) = annex(&support::doc(support::HOSTILE), Format::AnnexOdt, Lang::Nl);
    for part in ["content.xml", "styles.xml", "meta.xml"] {
        let xml = zip_entry(&bytes, part);
        for raw in ["<script", "<img", "<b>", "<chat>", "<2>"] {
            assert!(!xml.contains(raw), "{part} contains a raw {raw}");
        }
    }
    let content = zip_entry(&bytes, "content.xml");
    assert!(content.contains("José &lt;script&gt;alert(1)&lt;/script&gt; Müller 😀"));
    assert!(content.contains("Inês &quot;Q&quot; &amp; &apos;R&apos; Ø"));
    assert!(content.contains("via nieuwsbrief &amp; &lt;chat&gt;"));
    let meta = zip_entry(&bytes, "meta.xml");
    assert!(
        meta.contains("alert(") && meta.contains("Zoë"),
        "title missing from meta.xml"
    );
    // The footer repeats the collaboration's name in styles.xml.
    assert!(
        zip_entry(&bytes, "styles.xml").contains("Samen &amp; &quot;Beter&quot; &lt;script&gt;")
    );
}

#[test]
fn odt_drops_characters_xml_forbids() {
    let yaml = support::HOSTILE.replace("Inês", "In\\u0001ê\\u001Bs");
    let (bytes, _) = annex(&support::doc(&yaml), Format::AnnexOdt, Lang::Nl);
    let content = zip_entry(&bytes, "content.xml");
    assert!(
        content.contains("Inês &quot;Q&quot;"),
        "control characters were not dropped"
    );
    assert!(!content.chars().any(|c| c < ' ' && c != '\n' && c != '\t'));
}

#[test]
fn odt_headings_follow_the_language() {
    let doc = support::example(STRUCTURED);
    let nl = zip_entry(&annex(&doc, Format::AnnexOdt, Lang::Nl).0, "content.xml");
    let en = zip_entry(&annex(&doc, Format::AnnexOdt, Lang::En).0, "content.xml");
    for h in [
        "Taken en rollen",
        "Checklist: zijn alle rollen belegd?",
        "Open punten",
    ] {
        assert!(
            nl.contains(&format!("text:outline-level=\"1\">{h}</text:h>")),
            "nl: {h}"
        );
        assert!(!en.contains(h), "en has Dutch heading {h}");
    }
    for h in [
        "Tasks and roles",
        "Checklist: have we filled every role?",
        "Open findings",
    ] {
        assert!(
            en.contains(&format!("text:outline-level=\"1\">{h}</text:h>")),
            "en: {h}"
        );
        assert!(!nl.contains(h), "nl has English heading {h}");
    }
    // English chooses singular or plural; 1,5 and 0,5 hours are plural too.
    assert!(en.contains("1 hour a week") && en.contains("8 hours a week"));
    assert!(!en.contains("1 hours") && nl.contains("1 uur per week"));
    assert!(
        zip_entry(&annex(&doc, Format::AnnexOdt, Lang::En).0, "meta.xml")
            .contains("<dc:language>en</dc:language>")
    );
}

#[test]
fn no_message_id_shows_instead_of_a_text() {
    // A missing Fluent message renders as its id; none may reach the annex.
    let doc = support::example(STRUCTURED);
    for lang in Lang::ALL {
        let bytes = annex(&doc, Format::AnnexOdt, lang).0;
        let text =
            text_only(&(zip_entry(&bytes, "content.xml") + &zip_entry(&bytes, "styles.xml")));
        for prefix in [
            "annex-",
            "letter-",
            "level-",
            "item-",
            "checklist-group-",
            "severity-",
            "arrangement-",
        ] {
            assert!(
                !text.contains(prefix),
                "{lang:?}: message id {prefix}… in the annex"
            );
        }
    }
}

#[test]
fn both_languages_define_the_same_annex_texts() {
    use rolwijzer_core::i18n::Localizer;
    let nl = [include_str!("../locales/nl/annex.ftl")];
    let en = [include_str!("../locales/en/annex.ftl")];
    let (only_nl, only_en) = Localizer::difference(&nl, &en);
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "nl only: {only_nl:?}, en only: {only_en:?}"
    );
    assert!(Localizer::ids(&nl).len() > 40);
}

#[test]
fn pdf_is_pdf_a_2a_and_pdf_ua_1_with_title_and_language() {
    let (bytes, _) = annex(&support::doc(support::HOSTILE), Format::AnnexPdf, Lang::Nl);
    assert!(bytes.starts_with(b"%PDF-1.7"));
    assert!(bytes.ends_with(b"%%EOF") || bytes.ends_with(b"%%EOF\n"));
    let raw = String::from_utf8_lossy(&bytes);
    let start = raw.find("<x:xmpmeta").expect("XMP metadata");
    let end = raw[start..].find("</x:xmpmeta>").expect("end of XMP") + start;
    let xmp = &raw[start..end];
    assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
    assert!(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"));
    assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
    assert!(xmp.contains("<rdf:li>nl</rdf:li>"), "document language");
    // The title is the hostile name, escaped inside the XMP's XML.
    assert!(xmp.contains("Bijlage rolverdeling: Samen &amp;"));
    assert!(xmp.contains("&lt;script&gt;") && !xmp.contains("<script"));
    assert!(raw.contains("/StructTreeRoot"), "tagged for screen readers");
    assert!(raw.contains("/Outlines"), "bookmarks for navigation");
    assert!(
        raw.contains("/DisplayDocTitle true"),
        "viewers show the title, not the file name"
    );
    assert!(raw.contains("/FontFile2"), "the font is embedded");
}

#[test]
fn pdf_is_reproducible() {
    let doc = support::example(STRUCTURED);
    let a = annex(&doc, Format::AnnexPdf, Lang::En).0;
    let b = annex(&doc, Format::AnnexPdf, Lang::En).0;
    assert!(a == b, "two runs gave different PDFs");
    let c = annex(&doc, Format::AnnexOdt, Lang::En).0;
    assert!(
        c == annex(&doc, Format::AnnexOdt, Lang::En).0,
        "two runs gave different ODTs"
    );
}

#[test]
fn huge_documents_with_unbreakable_words_render() {
    let doc = huge();
    let report = analyse(&doc, support::today());
    let pdf = export(&doc, &report, Format::AnnexPdf, &options(Lang::Nl))
        .unwrap()
        .bytes;
    let raw = String::from_utf8_lossy(&pdf);
    let at = raw.find("/Type/Pages/Count ").expect("page tree") + "/Type/Pages/Count ".len();
    let pages: usize = raw[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap();
    // 300 tasks of roughly a third of a page each, plus title page and checklist.
    assert!(pages > 80, "only {pages} pages");
    let odt = export(&doc, &report, Format::AnnexOdt, &options(Lang::Nl))
        .unwrap()
        .bytes;
    let headings = zip_entry(&odt, "content.xml").matches("<text:h ").count();
    assert!(headings > 300, "{headings} headings for 300 tasks");
}

#[test]
fn odd_characters_never_break_either_format() {
    // Scripts DejaVu has and lacks, marks without a base, joiners, selectors, private
    // use, bidi controls, astral symbols and control characters, mixed by a fixed
    // pseudo-random walk so every run tries the same names.
    const POOL: &[&str] = &[
        "a",
        "Z",
        " ",
        "é",
        "e\\u0301",
        "\\u0301",
        "ß",
        "Ω",
        "ж",
        "ש",
        "ل",
        "لا",
        "\\u200F",
        "\\u202E",
        "\\u200D",
        "\\uFE0F",
        "\\u00AD",
        "\\uE000",
        "\\uFFFD",
        "山",
        "한",
        "क्षि",
        "\\u0E01\\u0E31",
        "\\U0001F680",
        "\\U0001F469\\u200D\\U0001F4BB",
        "\\U0001F3FD",
        "\\U0001D400",
        "\\U000E0041",
        "\\t",
        "\\u0007",
        "\\u0085",
        "\\u2028",
        "&",
        "<",
        "\\\"",
        "'",
        "—",
    ];
    let mut seed: u64 = 0x5eed;
    let mut name = |len: usize| -> String {
        (0..len)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                POOL[(seed >> 33) as usize % POOL.len()]
            })
            .collect::<String>()
    };
    for round in 0..12 {
        let yaml = support::HOSTILE
            .replace(
                "José <script>alert(1)</script> Müller 😀",
                &format!("J{}", name(12)),
            )
            .replace("Inês \\\"Q\\\" & 'R' Ø", &format!("I{}", name(20)))
            .replace("Beheer <b>alles</b>", &format!("B{}", name(60)));
        assert!(!yaml.contains("José") && !yaml.contains("Inês") && !yaml.contains("Beheer <b>"));
        let doc = support::doc(&yaml);
        let report = analyse(&doc, support::today());
        for format in [Format::AnnexPdf, Format::AnnexOdt] {
            for lang in Lang::ALL {
                if let Err(e) = export(&doc, &report, format, &options(lang)) {
                    panic!("round {round}, {format:?}, {lang:?}: {e}\n{yaml}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// With poppler

#[test]
fn pdf_text_has_everything_the_annex_promises() {
    let doc = support::example(STRUCTURED);
    let (pdf, report) = annex(&doc, Format::AnnexPdf, Lang::Nl);
    let dir = tempfile::tempdir().unwrap();
    let Some(text) = pdftotext(dir.path(), "nl.pdf", &pdf, &[]) else {
        return;
    };
    let text = flat(&text);
    let mut expected = vec![
        "Open Inkomensloket".to_owned(),
        "Bijlage bij de samenwerkingsovereenkomst".to_owned(),
        "Gestructureerde samenwerking".to_owned(),
        "Coördinerende gemeente (penvoerder)".to_owned(),
        "28 november 2026".to_owned(),
        // The day it was saved, not the store's counter.
        "Versie van 20 november 2026".to_owned(),
        "Taken en rollen".to_owned(),
        "Verplicht bij dit ambitieniveau".to_owned(),
        "Kritieke taak: er moet een back-up zijn".to_owned(),
        "Alle deelnemers, via nieuwsbrief".to_owned(),
        "Checklist: zijn alle rollen belegd?".to_owned(),
        "Code review en merge requests".to_owned(),
        "Geregeld".to_owned(),
        "Eva van den Broek".to_owned(),
        "Gebaseerd op de handreiking van VNG Realisatie".to_owned(),
        "‘Stap 2: Verdeel rollen en taken’".to_owned(),
        "CC BY-SA 4.0".to_owned(),
        "Gemaakt met rolwijzer.".to_owned(),
        "pagina 1 van".to_owned(),
    ];
    expected.extend(task_names(&doc, &report, Lang::Nl));
    expected.extend(holder_labels(&doc, &report, Lang::Nl));
    assert!(
        !report.findings.is_empty(),
        "the example should have findings to show"
    );
    expected.extend(report.findings.iter().map(|f| f.code.as_str().to_owned()));
    expected.extend(report.findings.iter().map(|f| flat(&f.message(Lang::Nl))));
    for e in &expected {
        assert!(text.contains(e.as_str()), "pdftotext lacks {e:?}");
    }
    // "pagina N van N" on the last page, with N the real page count.
    let n: usize = text
        .split("pagina 1 van ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(n > 5 && text.contains(&format!("pagina {n} van {n}")));
}

#[test]
fn pdf_text_is_english_when_asked() {
    let doc = support::example(STRUCTURED);
    let (pdf, report) = annex(&doc, Format::AnnexPdf, Lang::En);
    let dir = tempfile::tempdir().unwrap();
    let Some(text) = pdftotext(dir.path(), "en.pdf", &pdf, &[]) else {
        return;
    };
    let text = flat(&text);
    for e in [
        "Annex to the collaboration agreement",
        "Structured collaboration",
        "Tasks and roles",
        "Responsible (R)",
        "Checklist: have we filled every role?",
        "Open findings",
        "Based on VNG Realisatie's guide on inter-municipal open-source collaboration",
        "CC BY-SA 4.0",
        "Made with rolwijzer.",
        "page 1 of",
    ] {
        assert!(text.contains(e), "pdftotext lacks {e:?}");
    }
    for dutch in ["Taken en rollen", "Gemaakt met rolwijzer", "pagina 1 van"] {
        assert!(!text.contains(dutch), "English annex has {dutch:?}");
    }
    for name in task_names(&doc, &report, Lang::En) {
        assert!(text.contains(&name), "pdftotext lacks task {name:?}");
    }
}

#[test]
fn pdf_fonts_are_embedded_subsets_with_unicode() {
    let (pdf, _) = annex(&support::example(STRUCTURED), Format::AnnexPdf, Lang::Nl);
    let Some(program) = support::program("pdffonts") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fonts.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let out = run(&program, &[file.as_os_str()]);
    // name, type..., emb, sub, uni, object, generation: read from the right.
    let fonts: Vec<Vec<&str>> = out
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .filter(|f: &Vec<&str>| f.len() >= 6)
        .collect();
    assert!(fonts.len() >= 2, "expected regular and bold: {out}");
    for f in &fonts {
        let n = f.len();
        assert!(f[0].contains("DejaVuSans"), "unexpected font {}", f[0]);
        assert_eq!(
            &f[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "not embedded/subset/unicode: {out}"
        );
    }
}

#[test]
fn pdf_carries_hostile_names() {
    let doc = support::doc(support::HOSTILE);
    let (pdf, _) = annex(&doc, Format::AnnexPdf, Lang::Nl);
    let dir = tempfile::tempdir().unwrap();
    let Some(text) = pdftotext(dir.path(), "hostile.pdf", &pdf, &[]) else {
        return;
    };
    let text = flat(&text);
    for name in support::HOSTILE_NAMES {
        let drawn = as_drawn(name);
        assert!(text.contains(&flat(&drawn)), "pdftotext lacks {drawn:?}");
    }
    // The rocket is not in DejaVu Sans: one question mark instead of a box.
    assert!(text.contains("Zoë's ?"));
    assert!(text.contains("https://example.org/proces?a=1&b=<2>"));
}

#[test]
fn pdf_text_stays_inside_the_margins() {
    let dir = tempfile::tempdir().unwrap();
    for (name, doc) in [
        ("huge", huge()),
        ("hostile", support::doc(support::HOSTILE)),
    ] {
        let (pdf, _) = annex(&doc, Format::AnnexPdf, Lang::Nl);
        let Some(html) = pdftotext(dir.path(), &format!("{name}.pdf"), &pdf, &["-bbox"]) else {
            return;
        };
        let mut words = 0;
        for line in html
            .lines()
            .filter(|l| l.trim_start().starts_with("<word "))
        {
            let attr = |key: &str| -> f32 {
                let at = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
                line[at..].split('"').next().unwrap().parse().unwrap()
            };
            let (x0, x1, y1) = (attr("xMin"), attr("xMax"), attr("yMax"));
            // A4 is 595 x 842 points; the margins are 62 points.
            assert!(
                x0 >= 55.0 && x1 <= 540.0,
                "{name}: word outside the column: {line}"
            );
            assert!(y1 <= 815.0, "{name}: word below the page: {line}");
            words += 1;
        }
        assert!(words > 100, "{name}: pdftotext found only {words} words");
        if name == "huge" {
            // The unbroken word was cut over several lines, but not a letter lost.
            let text = pdftotext(dir.path(), "huge.pdf", &pdf, &[]).unwrap();
            let joined: String = text.split_whitespace().collect();
            let word = format!("https://example.org/{}", "abcdefghij".repeat(150));
            assert!(joined.contains(&word), "the long word lost characters");
            assert!(text.contains("Eigen taak 299"));
        }
    }
}

// ---------------------------------------------------------------------------------
// With odfpy and LibreOffice

#[derive(Debug, serde::Deserialize)]
struct OdtRead {
    title: String,
    language: String,
    headings: Vec<Heading>,
    paragraphs: Vec<String>,
    tables: usize,
    lists: usize,
    footer: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
struct Heading {
    level: u8,
    text: String,
}

fn odfpy(dir: &Path, name: &str, odt: &[u8]) -> Option<OdtRead> {
    let python = support::python()?;
    let file = support::to_file(dir, Format::AnnexOdt, odt);
    let renamed = dir.join(name);
    std::fs::rename(&file, &renamed).unwrap();
    let out = support::read_back(&python, "odt_annex.py", &renamed, &[]);
    Some(serde_json::from_str(&out).unwrap())
}

#[test]
fn odt_reads_back_verbatim_with_odfpy() {
    let doc = support::doc(support::HOSTILE);
    let (odt, report) = annex(&doc, Format::AnnexOdt, Lang::Nl);
    let dir = tempfile::tempdir().unwrap();
    let Some(read) = odfpy(dir.path(), "hostile.odt", &odt) else {
        return;
    };
    let all = read.paragraphs.join("\n");
    for name in support::HOSTILE_NAMES {
        assert!(all.contains(name), "odfpy lacks {name:?}");
    }
    let collab = "Samen & \"Beter\" <script>alert('x')</script> — Zoë's 🚀";
    assert!(
        read.paragraphs.iter().any(|p| p == collab),
        "title paragraph"
    );
    assert_eq!(read.title, format!("Bijlage rolverdeling: {collab}"));
    assert_eq!(read.language, "nl");
    assert!(
        all.contains("Beheer <b>alles</b> & \"meer\""),
        "description"
    );
    assert!(all.contains("Gemeente D'ronten & Co <b>, via nieuwsbrief & <chat>"));
    assert!(
        read.footer.iter().any(|f| f.contains(collab)),
        "footer: {:?}",
        read.footer
    );
    for f in &report.findings {
        assert!(all.contains(f.code.as_str()), "finding {}", f.code.as_str());
    }
    assert!(all.contains("Gemaakt met rolwijzer."));
}

/// What makes the annex ready to attach to an agreement (issue 11): the parties with
/// their contacts, the one-page overview, the rotation schedule, the evaluation
/// agreement and the adoption block, read back by pdftotext.
#[test]
fn pdf_is_ready_to_attach_to_the_agreement() {
    let doc = support::example(STRUCTURED);
    let (pdf, report) = annex(&doc, Format::AnnexPdf, Lang::Nl);
    let dir = tempfile::tempdir().unwrap();
    let Some(raw) = pdftotext(dir.path(), "nl.pdf", &pdf, &["-layout"]) else {
        return;
    };
    let text = flat(&raw);
    // The parties, each with its contact person.
    assert!(text.contains("Deelnemers Organisatie Soort Contactpersoon E-mail en telefoon"));
    for p in &doc.parties {
        assert!(text.contains(p.name.as_str()), "{}", p.name);
    }
    assert!(text.contains("Gemeente Tilburg gemeente Eva"), "{text}");
    // The overview: a numbered column per party and a legend naming them.
    let holdings = rolwijzer_core::analyse::holdings(&doc, &report);
    let head: String = (1..=holdings.len()).map(|n| format!(" {n}")).collect();
    assert!(text.contains("Overzicht"), "{text}");
    assert!(
        text.contains(&format!("Taak{head}")),
        "overview heading row{head}"
    );
    for (i, p) in holdings.iter().enumerate() {
        assert!(
            text.contains(&format!("{}. {}", i + 1, p.name)),
            "legend {}",
            p.name
        );
    }
    // A task row of the overview carries the letters of its holders.
    let contact = raw
        .lines()
        .find(|l| l.trim_start().starts_with("Contactpersoon/"))
        .unwrap_or_default();
    assert!(
        contact.contains('R') && contact.contains('A'),
        "{contact:?}"
    );
    // The evaluation agreement and the adoption block.
    assert!(text.contains("Evaluatie"));
    assert!(text.contains("Hoe vaak elke 12 maanden"), "{text}");
    assert!(text.contains("Vaststelling"));
    assert!(text.contains("Vastgesteld door (bijvoorbeeld de stuurgroep)"));
    assert!(text.contains("Organisatie Naam Handtekening"));
    // Not-needed checklist points are one line, not a row each.
    assert!(!text.contains("Niet nodig bij dit niveau"));

    // The rotation schedule, from the rotating example.
    let doc = support::example("roulerend-licht-vier-gemeenten.yaml");
    let (pdf, report) = annex(&doc, Format::AnnexPdf, Lang::Nl);
    let Some(text) = pdftotext(dir.path(), "rot.pdf", &pdf, &[]) else {
        return;
    };
    let text = flat(&text);
    let cal = report.rotation.as_ref().unwrap();
    assert!(
        text.contains("Rooster De gemeenten doen deze taken om de beurt"),
        "{text}"
    );
    assert!(text.contains("Periode Organisatie Wie voert uit"), "{text}");
    for p in &cal.periods {
        let from = rolwijzer_core::i18n::date(Lang::Nl, p.start);
        let until = rolwijzer_core::i18n::date(Lang::Nl, p.end);
        let now = if p.current { " (nu)" } else { "" };
        let row = format!("{from} tot {until}{now} {}", doc.name_of(p.party.as_str()));
        assert!(text.contains(&row), "{row}");
    }
    assert_eq!(cal.periods.iter().filter(|p| p.current).count(), 1);
}

/// The notes of the last evaluation travel with the annex (issue 11, point 4).
#[test]
fn the_annex_carries_the_last_evaluation_and_its_notes() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/roulerend-licht-vier-gemeenten.yaml");
    let yaml = std::fs::read_to_string(path).unwrap();
    let yaml = format!(
        "{yaml}evaluations:\n  - date: 2026-11-02\n    went_well: Het gebruikersoverleg loopt goed.\n    \
         to_change: De werkwijze van de repository opschrijven.\n    decisions: Sjoerd schrijft de werkwijze voor 1 februari.\n"
    );
    let doc = support::doc(&yaml);
    let (pdf, _) = annex(&doc, Format::AnnexPdf, Lang::Nl);
    let dir = tempfile::tempdir().unwrap();
    let Some(text) = pdftotext(dir.path(), "eval.pdf", &pdf, &[]) else {
        return;
    };
    let text = flat(&text);
    for want in [
        "Laatste evaluatie 2 november 2026",
        "Volgende evaluatie uiterlijk 2 november 2027",
        "Wat ging goed Het gebruikersoverleg loopt goed.",
        "Wat moet anders De werkwijze van de repository opschrijven.",
        "Besluiten Sjoerd schrijft de werkwijze voor 1 februari.",
    ] {
        assert!(text.contains(want), "{want:?} not in {text}");
    }
}

#[test]
fn odt_reads_back_in_both_languages_with_odfpy() {
    let doc = support::example(STRUCTURED);
    let dir = tempfile::tempdir().unwrap();
    for (lang, sections) in [
        (
            Lang::Nl,
            [
                "Deelnemers",
                "Overzicht",
                "Taken en rollen",
                "Checklist: zijn alle rollen belegd?",
                "Evaluatie",
                "Open punten",
                "Contactpersoon",
                "Vaststelling",
                "Over deze bijlage",
            ],
        ),
        (
            Lang::En,
            [
                "Parties",
                "Overview",
                "Tasks and roles",
                "Checklist: have we filled every role?",
                "Evaluation",
                "Open findings",
                "Contact person",
                "Adoption",
                "About this annex",
            ],
        ),
    ] {
        let (odt, report) = annex(&doc, Format::AnnexOdt, lang);
        let Some(read) = odfpy(dir.path(), &format!("{}.odt", lang.code()), &odt) else {
            return;
        };
        let level1: Vec<&str> = read
            .headings
            .iter()
            .filter(|h| h.level == 1)
            .map(|h| h.text.as_str())
            .collect();
        assert_eq!(level1, sections);
        let level2: Vec<&str> = read
            .headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| h.text.as_str())
            .collect();
        for name in task_names(&doc, &report, lang) {
            assert!(
                level2.contains(&name.as_str()),
                "{lang:?}: no heading for task {name}"
            );
        }
        let all = read.paragraphs.join("\n");
        for label in holder_labels(&doc, &report, lang) {
            assert!(all.contains(&label), "{lang:?}: odfpy lacks {label}");
        }
        // A letters table per task, the title page and findings, contact, checklist groups.
        assert!(
            read.tables >= report.tasks.len() + 3,
            "{} tables",
            read.tables
        );
        assert!(read.lists >= 2);
        let page_word = if lang == Lang::Nl {
            "pagina 1 van 1"
        } else {
            "page 1 of 1"
        };
        assert!(
            read.footer.iter().any(|f| f.contains(page_word)),
            "{:?}",
            read.footer
        );
    }
}

#[test]
fn odt_opens_in_libreoffice() {
    let Some(soffice) = support::program("soffice") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let structured = support::example(STRUCTURED);
    let hostile = support::doc(support::HOSTILE);
    let mut files: Vec<PathBuf> = Vec::new();
    for (name, doc) in [("structured", &structured), ("hostile", &hostile)] {
        let file = dir.path().join(format!("{name}.odt"));
        std::fs::write(&file, annex(doc, Format::AnnexOdt, Lang::Nl).0).unwrap();
        files.push(file);
    }
    // A profile of its own, so parallel runs do not share (and lock) one.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let out = dir.path().join("out");
    let mut args: Vec<&std::ffi::OsStr> = vec![
        profile.as_ref(),
        "--headless".as_ref(),
        "--convert-to".as_ref(),
        "pdf".as_ref(),
        "--outdir".as_ref(),
        out.as_os_str(),
    ];
    args.extend(files.iter().map(|f| f.as_os_str()));
    run(&soffice, &args);

    let read = |name: &str| -> Option<String> {
        let pdf = std::fs::read(out.join(format!("{name}.pdf")))
            .unwrap_or_else(|e| panic!("LibreOffice wrote no {name}.pdf: {e}"));
        pdftotext(dir.path(), &format!("lo-{name}.pdf"), &pdf, &[]).map(|t| flat(&t))
    };
    let Some(text) = read("structured") else {
        return;
    };
    let report = analyse(&structured, support::today());
    // Not "CC BY-SA 4.0": LibreOffice may break the line after "BY-", and pdftotext
    // then joins the halves without the hyphen.
    for e in [
        "Open Inkomensloket",
        "Taken en rollen",
        "VNG Realisatie",
        "Gemaakt met rolwijzer.",
        "pagina 1 van",
    ] {
        assert!(text.contains(e), "LibreOffice's PDF lacks {e:?}");
    }
    for e in task_names(&structured, &report, Lang::Nl)
        .into_iter()
        .chain(holder_labels(&structured, &report, Lang::Nl))
    {
        assert!(text.contains(&e), "LibreOffice's PDF lacks {e:?}");
    }
    let text = read("hostile").unwrap();
    for name in [
        "Inês \"Q\" & 'R' Ø",
        "Gemeente D'ronten & Co <b>",
        "José <script>alert(1)</script> Müller",
    ] {
        assert!(text.contains(name), "LibreOffice's PDF lacks {name:?}");
    }
}
