#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The readable exports (Markdown, HTML, GOVERNANCE.md) and CODEOWNERS: snapshots of
//! the examples in both languages, hostile names that must come through intact and
//! harmless, and the notices of CODEOWNERS. The Markdown and the HTML are read back
//! by small Python readers (tests/readers/md.py, md_html.py) when readers are set up.

mod support;

use rolwijzer_core::i18n::Localizer;
use rolwijzer_core::{Document, Lang};
use rolwijzer_export::{Export, Format, Notice, Options};
use support::{HOSTILE, HOSTILE_NAMES, doc, example, python, read_back, run, to_file, today};

const EXAMPLES: [(&str, &str); 3] = [
    ("delen", "delen-twee-gemeenten.yaml"),
    ("gestructureerd", "gestructureerd-twaalf-gemeenten.yaml"),
    ("roulerend", "roulerend-licht-vier-gemeenten.yaml"),
];

fn options(lang: Lang) -> Options {
    let mut o = Options::new(today());
    o.lang = lang;
    o
}

fn export_text(d: &Document, format: Format, lang: Lang) -> (String, Export) {
    let (e, _) = run(d, format, &options(lang));
    (String::from_utf8(e.bytes.clone()).unwrap(), e)
}

/// Decodes the HTML entities askama writes (`&#60;`, `&#38;`, …) and the named ones.
fn html_unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// No message id may show instead of its text (a missing Fluent entry shows its id).
/// The HTML's style sheet is skipped: `text-align` is CSS, not a message id.
fn assert_no_missing_texts(text: &str) {
    let text = text.split_once("</style>").map_or(text, |(_, body)| body);
    for prefix in [
        "text-",
        "gov-",
        "co-",
        "pc-",
        "letter-",
        "severity-",
        "checklist-group-",
        "item-",
    ] {
        for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
            assert!(
                !(word.starts_with(prefix)
                    && word.len() > prefix.len() + 2
                    && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')),
                "a text id is shown instead of its text: {word}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------

fn snapshot_all(format: Format, label: &str) {
    for (short, file) in EXAMPLES {
        let d = example(file);
        for lang in Lang::ALL {
            let (text, _) = export_text(&d, format, lang);
            assert_no_missing_texts(&text);
            insta::assert_snapshot!(format!("{label}-{short}-{}", lang.code()), text);
        }
    }
}

#[test]
fn markdown_of_the_examples() {
    snapshot_all(Format::Markdown, "markdown");
}

#[test]
fn html_of_the_examples() {
    snapshot_all(Format::Html, "html");
}

#[test]
fn governance_of_the_examples() {
    snapshot_all(Format::Governance, "governance");
}

#[test]
fn codeowners_of_the_examples() {
    snapshot_all(Format::Codeowners, "codeowners");
}

// ---------------------------------------------------------------------------------
// The division as Markdown and HTML
// ---------------------------------------------------------------------------------

#[test]
fn markdown_has_every_part_of_the_division() {
    let d = example("gestructureerd-twaalf-gemeenten.yaml");
    let (md, _) = export_text(&d, Format::Markdown, Lang::Nl);
    for part in [
        "# Rolverdeling Open Inkomensloket",
        "Gestructureerde samenwerking",
        "Gemeente Tilburg",
        "## Contactpersoon",
        "**Eva van den Broek**",
        "| Taak | R | A | C | I | B |",
        "### Technisch beheer",
        "- **Back-up (B):** Koen Peeters (Lindeboom Software B.V.)",
        "<https://example.org/open-inkomensloket/handboek/technisch-beheer>",
        "- [x] Release management",
        "## Open punten",
        "## Uren per partij",
        "## Evaluatie",
        "16 maart 2026",
        "Stap 2: Verdeel rollen en taken",
        "CC BY-SA 4.0",
    ] {
        assert!(md.contains(part), "missing {part:?} in:\n{md}");
    }
    // A security officer is a custom task: it has a section of its own.
    assert!(md.contains("### Security officer"));
}

#[test]
fn markdown_shows_the_rotation() {
    let d = example("roulerend-licht-vier-gemeenten.yaml");
    let (md, _) = export_text(&d, Format::Markdown, Lang::En);
    assert!(md.contains("## Taking turns"), "{md}");
    assert!(md.contains("Next hand-over:"), "{md}");
    assert!(md.contains("(now)"), "{md}");
}

#[test]
fn the_checklist_ticks_follow_the_report() {
    let d = example("delen-twee-gemeenten.yaml");
    let (md, _) = export_text(&d, Format::Markdown, Lang::En);
    // Sharing without coordination: the basic tasks are covered, money is not needed.
    assert!(md.contains("- [x] Code review and merge requests"), "{md}");
    assert!(
        md.contains("- [ ] Invoicing — not needed at this level"),
        "{md}"
    );
}

#[test]
fn hostile_names_are_escaped_in_markdown() {
    let d = doc(HOSTILE);
    for format in [Format::Markdown, Format::Governance] {
        for lang in Lang::ALL {
            let (md, _) = export_text(&d, format, lang);
            assert_no_missing_texts(&md);
            let lower = md.to_lowercase();
            assert!(
                !lower.contains("<script"),
                "{format:?}: raw <script in\n{md}"
            );
            assert!(!lower.contains("<img"), "{format:?}: raw <img in\n{md}");
            assert!(!md.contains("<b>"), "{format:?}: raw <b> in\n{md}");
            assert!(md.contains("José &lt;script&gt;alert(1)&lt;/script&gt; Müller 😀"));
            assert!(md.contains("Gemeente D'ronten &amp; Co &lt;b&gt;"));
            // Every table row keeps its cells: count the unescaped pipes.
            let mut header = None;
            for line in md.lines() {
                if !line.starts_with('|') {
                    header = None;
                    continue;
                }
                let pipes = line
                    .replace("\\\\", "")
                    .replace("\\|", "")
                    .matches('|')
                    .count();
                match header {
                    None => header = Some(pipes),
                    Some(h) => assert_eq!(h, pipes, "{format:?}: row breaks its table: {line}"),
                }
            }
        }
    }
}

#[test]
fn markdown_escapes_markup_in_names() {
    let d = doc(r##"version: 1
collaboration:
  name: "*Vet* _schuin_ [link](https://evil.example) | pijp `code` ~~weg~~"
  ambition: sharing
  arrangement: coordinating
  coordinator: a
  coordinator_compensated: true
parties:
  - { id: a, name: "# Kop", contact: p }
people:
  - { id: p, name: "- Lijst | met pijp", party: a, forge_username: p1 }
assignments:
  - { task: contact-person, responsible: [p], accountable: p, backup: [p] }
  - { task: repository-admin, responsible: [p], accountable: p, backup: [p], process: "javascript:alert(1)" }
  - { task: technical-maintenance, responsible: [p], accountable: p, backup: [p], process: "1. eerst dit" }
"##);
    let (md, _) = export_text(&d, Format::Markdown, Lang::Nl);
    assert!(md.contains(
        "\\*Vet\\* \\_schuin\\_ \\[link\\](https://evil.example) \\| pijp \\`code\\` \\~\\~weg\\~\\~"
    ), "{md}");
    assert!(md.contains("\\- Lijst \\| met pijp (\\# Kop)"), "{md}");
    assert!(!md.contains("link]("), "a link was made from a name:\n{md}");
    // A process that is not a web link is shown as text, never as a link.
    assert!(
        md.contains("javascript:alert(1)") && !md.contains("<javascript:"),
        "{md}"
    );
    assert!(md.contains("1\\. eerst dit"), "{md}");
}

#[test]
fn hostile_names_are_escaped_in_html() {
    let d = doc(HOSTILE);
    for lang in Lang::ALL {
        let (page, _) = export_text(&d, Format::Html, lang);
        assert_no_missing_texts(&page);
        let lower = page.to_lowercase();
        assert!(!lower.contains("<script"), "raw <script in\n{page}");
        assert!(!lower.contains("<img"), "raw <img in\n{page}");
        assert!(!lower.contains("<b>"), "raw <b> in\n{page}");
        assert!(!lower.contains("<chat>"), "raw <chat> in\n{page}");
        let text = html_unescape(&page);
        for name in HOSTILE_NAMES {
            assert!(
                text.contains(name),
                "{name} does not come back from\n{page}"
            );
        }
        assert!(text.contains("Beheer <b>alles</b> & \"meer\""));
        assert!(page.contains(&format!("<html lang=\"{}\">", lang.code())));
        // The process link is kept, escaped inside the attribute.
        assert!(
            page.contains("href=\"https://example.org/proces?a=1&#38;b=&#60;2&#62;\""),
            "{page}"
        );
    }
}

#[test]
fn html_is_a_standalone_accessible_page() {
    let d = example("gestructureerd-twaalf-gemeenten.yaml");
    let (page, _) = export_text(&d, Format::Html, Lang::Nl);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<html lang=\"nl\">"));
    assert!(page.contains("<title>Rolverdeling Open Inkomensloket</title>"));
    assert!(page.contains("<th scope=\"col\">"));
    assert!(page.contains("<th scope=\"row\">"));
    assert!(page.contains("<caption>"));
    // Nothing is fetched from elsewhere: no scripts, stylesheets or images.
    assert!(!page.contains("<script") && !page.contains("<link") && !page.contains("<img"));
    assert!(!page.contains("src="));
}

#[test]
fn readers_read_the_markdown_and_html_back() {
    let Some(py) = python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let hostile = doc(HOSTILE);
    let docs = [
        hostile.clone(),
        example("gestructureerd-twaalf-gemeenten.yaml"),
        example("roulerend-licht-vier-gemeenten.yaml"),
    ];
    for (i, d) in docs.iter().enumerate() {
        for lang in Lang::ALL {
            for format in [Format::Markdown, Format::Governance, Format::Html] {
                let (e, _) = run(d, format, &options(lang));
                let path = to_file(dir.path(), format, &e.bytes);
                let script = if format == Format::Html {
                    "md_html.py"
                } else {
                    "md.py"
                };
                let out = read_back(&py, script, &path, &[]);
                if i == 0 {
                    for name in HOSTILE_NAMES {
                        assert!(
                            out.contains(name),
                            "{format:?} {lang:?}: {name} lost in\n{out}"
                        );
                    }
                }
                if format == Format::Html {
                    assert!(out.starts_with(&format!("lang={}", lang.code())));
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// GOVERNANCE.md
// ---------------------------------------------------------------------------------

#[test]
fn governance_answers_who_decides_and_how_to_join() {
    let d = example("gestructureerd-twaalf-gemeenten.yaml");
    let (g, _) = export_text(&d, Format::Governance, Lang::En);
    for part in [
        "# Governance of Open Inkomensloket",
        "## Participants",
        "lead partner (coordinating municipality)",
        "### Stuurgroep",
        "Is asked for advice beforehand on:",
        "## Roles",
        "- **Contact person:** Eva van den Broek (Gemeente Tilburg, eva.vandenbroek@tilburg.example.nl)",
        "- **Code repository administration (accepting code and making releases):** Niels Verhoeven (Gemeente Tilburg)",
        "- **Making releases:** Marloes van Gerwen (Gemeente Eindhoven)",
        "- **Product owner:** Linda Mertens (Gemeente Breda)",
        "## Who decides what",
        "| Financial management | Gerard Brouwers (Gemeente Tilburg) |",
        "## How decisions are made",
        "Gemeente Tilburg is the lead partner",
        "every 12 months",
        "Last evaluation: 16 March 2026.",
        "Next evaluation: by 16 March 2027.",
        "Maak een afspraak met Eva van den Broek",
        "## Money",
        "The community's money is kept apart",
        "€60,000",
    ] {
        assert!(g.contains(part), "missing {part:?} in:\n{g}");
    }
}

#[test]
fn governance_without_contribution_says_so() {
    let d = example("delen-twee-gemeenten.yaml");
    let (g, _) = export_text(&d, Format::Governance, Lang::Nl);
    assert!(g.contains("Er is geen communitybijdrage."), "{g}");
    assert!(g.contains("## Meedoen"), "{g}");
}

// ---------------------------------------------------------------------------------
// CODEOWNERS
// ---------------------------------------------------------------------------------

fn owners_doc(people: &str, repo_r: &str, maint_r: &str) -> Document {
    doc(&format!(
        r#"version: 1
collaboration:
  name: "Proef\nmet regel"
  ambition: sharing
  arrangement: coordinating
  coordinator: a
  coordinator_compensated: true
parties:
  - {{ id: a, name: Gemeente A, contact: p1 }}
  - {{ id: b, name: Gemeente B }}
people:
{people}
groups:
  - {{ id: team, name: Ontwikkelteam, members: [p1] }}
assignments:
  - {{ task: contact-person, responsible: [p1], accountable: p1 }}
  - {{ task: repository-admin, responsible: [{repo_r}], accountable: p1 }}
  - {{ task: technical-maintenance, responsible: [{maint_r}], accountable: p1 }}
"#
    ))
}

#[test]
fn codeowners_lists_the_responsible_people_once() {
    let d = owners_doc(
        "  - { id: p1, name: Piet, party: a, forge_username: piet }\n  - { id: p2, name: Ans, party: b, forge_username: \"@ans.b\" }",
        "p1, p2",
        "p2, p1",
    );
    let (text, e) = export_text(&d, Format::Codeowners, Lang::Nl);
    assert!(e.notices.is_empty(), "{:?}", e.notices);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.last(), Some(&"* @piet @ans.b"));
    assert!(
        lines[..lines.len() - 1].iter().all(|l| l.starts_with("# ")),
        "{text}"
    );
    // The collaboration's name with a line break stays inside its comment.
    assert!(
        text.starts_with("# CODEOWNERS van Proef met regel, gemaakt met rolwijzer op 2026-11-28."),
        "{text}"
    );
}

#[test]
fn codeowners_never_guesses_a_user_name() {
    let d = owners_doc(
        "  - { id: p1, name: Piet, party: a }\n  - { id: p2, name: Ans, party: b, forge_username: \"ans b\\n* @evil\" }\n  - { id: p3, name: Kees, party: b, forge_username: kees }",
        "p1, b",
        "p2, team, p3",
    );
    let (text, e) = export_text(&d, Format::Codeowners, Lang::En);
    assert_eq!(
        e.notices,
        vec![
            Notice::MissingForgeUsername {
                person: "p1".into(),
                name: "Piet".into()
            },
            Notice::InvalidForgeUsername {
                person: "p2".into(),
                name: "Ans".into(),
                username: "ans b\n* @evil".into(),
            },
        ]
    );
    let data: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(data, ["* @kees"], "{text}");
    assert!(
        text.contains("# Piet is not listed: there is no user name"),
        "{text}"
    );
    assert!(
        text.contains("# Ans is not listed: the user name \"ans b * @evil\" cannot be right"),
        "{text}"
    );
    assert!(
        text.contains(
            "# Gemeente B is Responsible for Code repository administration but is not a person"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "# Ontwikkelteam is Responsible for Technical maintenance but is not a person"
        ),
        "{text}"
    );
    for n in &e.notices {
        assert!(!n.message(Lang::Nl).is_empty());
    }
}

#[test]
fn codeowners_without_anyone_has_only_comments() {
    let d = owners_doc("  - { id: p1, name: Piet, party: a }", "a", "team");
    let (text, e) = export_text(&d, Format::Codeowners, Lang::Nl);
    assert_eq!(e.notices, vec![Notice::NoCodeOwners]);
    assert!(text.lines().all(|l| l.starts_with("# ")), "{text}");
    assert!(
        text.contains("Er is niemand om als code owner te noemen."),
        "{text}"
    );
}

#[test]
fn codeowners_of_the_hostile_document() {
    let d = doc(HOSTILE);
    let (text, e) = export_text(&d, Format::Codeowners, Lang::Nl);
    assert!(e.notices.is_empty(), "{:?}", e.notices);
    assert_eq!(text.lines().last(), Some("* @ines"));
    assert!(
        text.lines()
            .all(|l| l.starts_with('#') || l.starts_with("* "))
    );
}

// ---------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------

#[test]
fn text_ftl_has_the_same_messages_in_both_languages() {
    let nl = include_str!("../locales/nl/text.ftl");
    let en = include_str!("../locales/en/text.ftl");
    let (only_nl, only_en) = Localizer::difference(&[nl], &[en]);
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "nl only: {only_nl:?}, en only: {only_en:?}"
    );
}

#[test]
fn every_export_works_in_english_too() {
    let d = example("delen-twee-gemeenten.yaml");
    let (md, _) = export_text(&d, Format::Markdown, Lang::En);
    assert!(md.starts_with("# Role division of Afvalwijzer"));
    assert!(md.contains("## Who does what"));
    let (g, _) = export_text(&d, Format::Governance, Lang::En);
    assert!(g.contains("There is no community contribution."));
}
