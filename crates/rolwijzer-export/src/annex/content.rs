//! What the annex says, in the model's language: a flat list of blocks that the PDF
//! and the ODT writer each lay out in their own way.

use crate::model::{Holder, Letter, Model, TaskRow};
use crate::texts::targs;
use rolwijzer_core::analyse::{ChecklistRow, ItemStatus};
use rolwijzer_core::catalogue::ChecklistGroup;
use rolwijzer_core::i18n::Args;
use rolwijzer_core::{Date, Lang};

/// The whole annex, ready to lay out.
#[derive(Debug, Clone)]
pub(super) struct Annex {
    /// Language of every text in it.
    pub lang: Lang,
    /// The document title for metadata: "Bijlage rolverdeling: Open Inkomensloket".
    pub title: String,
    /// The line at the foot of every page.
    pub footer: String,
    /// The day of the export.
    pub date: Date,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
}

/// The look of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    /// The small line above the title.
    Kicker,
    /// The line under the title.
    Subtitle,
    /// Running text.
    Body,
    /// A remark in a quieter voice (task markers, credit).
    Note,
}

/// One piece of the annex.
#[derive(Debug, Clone)]
pub(super) enum Block {
    /// The collaboration's name on the title page.
    Title(String),
    /// A section heading (level 1) or a task or group heading (level 2).
    Heading(u8, String),
    /// A paragraph; `\n` breaks the line.
    Para(Style, String),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// Labelled values, shown as a two-column table.
    Fields(Vec<Field>),
    /// A table with a header row.
    Table(Table),
    /// Blocks that belong together (one task): kept on one page when they fit.
    Group(Vec<Block>),
    /// What follows starts on a new page.
    PageBreak,
}

/// A label and its value, each possibly several lines.
#[derive(Debug, Clone)]
pub(super) struct Field {
    /// The label lines (shown bold).
    pub key: Vec<String>,
    /// The value lines.
    pub value: Vec<String>,
}

impl Field {
    fn new(key: String, value: Vec<String>) -> Self {
        Field {
            key: vec![key],
            value,
        }
    }
}

/// A table: a header row, rows of cells, and each column's share of the width.
#[derive(Debug, Clone)]
pub(super) struct Table {
    /// Column headings.
    pub head: Vec<String>,
    /// The rows; each has as many cells as there are headings.
    pub rows: Vec<Vec<String>>,
    /// Shares of the width per column, summing to 1.
    pub widths: Vec<f32>,
}

impl Annex {
    /// Writes out what the model says, in the model's language.
    pub fn new(m: &Model) -> Self {
        let name = m.doc.collaboration.name.to_string();
        let mut blocks = Vec::new();
        title_page(m, &name, &mut blocks);
        blocks.push(Block::PageBreak);
        tasks(m, &mut blocks);
        blocks.push(Block::PageBreak);
        checklist(m, &mut blocks);
        blocks.push(Block::PageBreak);
        if let Some(v) = crate::money::view(m) {
            contributions(v, &mut blocks);
            blocks.push(Block::PageBreak);
        }
        findings(m, &mut blocks);
        contact(m, &mut blocks);
        about(m, &mut blocks);
        Annex {
            lang: m.lang,
            title: format!("{}: {}", m.t("annex-doc-title"), name),
            footer: targs(m.lang, "annex-footer", &Args::new().with("name", name)),
            date: m.today,
            blocks,
        }
    }

    /// "pagina 3 van 12".
    pub fn page_label(&self, page: usize, pages: usize) -> String {
        targs(
            self.lang,
            "annex-page",
            // As text, so Fluent does not group digits or add marks around them.
            &Args::new()
                .with("page", page.to_string())
                .with("pages", pages.to_string()),
        )
    }
}

fn title_page(m: &Model, name: &str, out: &mut Vec<Block>) {
    out.push(Block::Para(Style::Kicker, m.t("annex-kicker")));
    out.push(Block::Title(name.to_owned()));
    out.push(Block::Para(Style::Subtitle, m.t("annex-subtitle")));
    out.push(Block::Para(Style::Body, m.t("annex-purpose")));
    let level = m.doc.collaboration.ambition.id();
    let mut fields = vec![
        Field::new(
            m.t("annex-field-level"),
            vec![m.level_name(), m.t(&format!("level-{level}-desc"))],
        ),
        Field::new(m.t("annex-field-arrangement"), vec![m.arrangement_name()]),
        Field::new(m.t("annex-field-date"), vec![m.date(m.today)]),
    ];
    if let Some(r) = m.revision {
        fields.push(Field::new(m.t("annex-field-revision"), vec![r.to_string()]));
    }
    out.push(Block::Fields(fields));
}

fn tasks(m: &Model, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, m.t("annex-tasks-heading")));
    out.push(Block::Para(Style::Body, m.t("annex-tasks-intro")));
    out.push(Block::Bullets(
        ["r", "a", "c", "i", "b"]
            .iter()
            .map(|l| m.t(&format!("annex-legend-{l}")))
            .collect(),
    ));
    if m.tasks.is_empty() {
        out.push(Block::Para(Style::Body, m.t("annex-no-tasks")));
    }
    let arrangement = m.arrangement_name();
    for task in &m.tasks {
        one_task(m, task, &arrangement, out);
    }
}

fn one_task(m: &Model, task: &TaskRow, arrangement: &str, blocks: &mut Vec<Block>) {
    let mut task_blocks = Vec::new();
    let out = &mut task_blocks;
    out.push(Block::Heading(2, task.name.clone()));
    let mut marks = vec![m.t(if task.required {
        "annex-task-required"
    } else {
        "annex-task-optional"
    })];
    if task.critical {
        marks.push(m.t("annex-task-critical"));
    }
    if task.rotating {
        marks.push(m.rotation_phrase());
    }
    // One mark per line: they are short sentences, and a line each reads as a list.
    out.push(Block::Para(Style::Note, marks.join("\n")));
    if let Some(d) = &task.description {
        out.push(Block::Para(Style::Body, d.clone()));
    }
    if !task.duties.is_empty() {
        out.push(Block::Para(Style::Body, m.t("annex-task-duties")));
        out.push(Block::Bullets(task.duties.clone()));
    }
    let nobody = || vec![m.t("annex-nobody")];
    let mut fields: Vec<Field> = Letter::ALL
        .iter()
        .map(|&letter| {
            let value: Vec<String> = match letter {
                Letter::I => task
                    .informed
                    .iter()
                    .map(|(h, via)| match via {
                        Some(channel) => targs(
                            m.lang,
                            "annex-informed-via",
                            &Args::new()
                                .with("who", h.label())
                                .with("channel", channel.clone()),
                        ),
                        None => h.label(),
                    })
                    .collect(),
                _ => task
                    .holders(letter)
                    .into_iter()
                    .map(Holder::label)
                    .collect(),
            };
            Field::new(
                letter.name(m.lang),
                if value.is_empty() { nobody() } else { value },
            )
        })
        .collect();
    if task.arrangement != arrangement {
        fields.push(Field::new(
            m.t("annex-task-arrangement"),
            vec![task.arrangement.clone()],
        ));
    }
    if let Some(h) = task.hours_per_week {
        fields.push(Field::new(
            m.t("annex-field-hours"),
            vec![targs(
                m.lang,
                "annex-hours",
                // Args counts in whole numbers only; exactly one hour is the sole
                // singular ("1.5 hours"), and 0 picks the plural in nl and en alike.
                &Args::new()
                    .with("hours", m.hours(h))
                    .count("count", usize::from((h - 1.0).abs() < 1e-9)),
            )],
        ));
    }
    if let Some(p) = &task.process {
        fields.push(Field::new(m.t("annex-field-process"), vec![p.clone()]));
    }
    if let Some(n) = &task.notes {
        fields.push(Field::new(m.t("annex-field-notes"), vec![n.clone()]));
    }
    out.push(Block::Fields(fields));
    blocks.push(Block::Group(task_blocks));
}

fn checklist(m: &Model, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, m.t("annex-checklist-heading")));
    out.push(Block::Para(Style::Body, m.t("annex-checklist-intro")));
    for group in ChecklistGroup::ALL {
        let rows: Vec<&ChecklistRow> = m
            .report
            .checklist
            .iter()
            .filter(|r| r.group == group)
            .collect();
        if rows.is_empty() {
            continue;
        }
        out.push(Block::Heading(
            2,
            m.t(&format!("checklist-group-{}", group.id())),
        ));
        out.push(Block::Table(Table {
            head: vec![
                m.t("annex-col-item"),
                m.t("annex-col-status"),
                m.t("annex-col-holders"),
            ],
            rows: rows
                .iter()
                .map(|r| {
                    let status = match r.status {
                        ItemStatus::Done => "annex-status-done",
                        ItemStatus::Missing => "annex-status-missing",
                        ItemStatus::NotNeeded => "annex-status-not-needed",
                    };
                    let holders = if r.holders.is_empty() {
                        m.t("annex-nobody")
                    } else {
                        r.holders.join(", ")
                    };
                    vec![m.t(&format!("item-{}", r.item.id())), m.t(status), holders]
                })
                .collect(),
            widths: vec![0.42, 0.24, 0.34],
        }));
    }
}

fn findings(m: &Model, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, m.t("annex-findings-heading")));
    let found = &m.report.findings;
    if found.is_empty() {
        out.push(Block::Para(Style::Body, m.t("annex-findings-none")));
        return;
    }
    out.push(Block::Para(
        Style::Body,
        targs(
            m.lang,
            "annex-findings-count",
            &Args::new().count("count", found.len()),
        ),
    ));
    out.push(Block::Fields(
        found
            .iter()
            .map(|f| Field {
                key: vec![
                    f.code.as_str().to_owned(),
                    m.t(&format!("severity-{}", f.severity.id())),
                ],
                value: vec![
                    f.message(m.lang),
                    String::new(),
                    targs(
                        m.lang,
                        "annex-finding-fix",
                        &Args::new().with("fix", f.fix(m.lang)),
                    ),
                ],
            })
            .collect(),
    ));
}

fn contributions(v: crate::money::MoneyView, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, v.heading));
    out.push(Block::Para(Style::Body, v.intro));
    out.push(Block::Fields(
        v.totals
            .into_iter()
            .map(|(k, val)| Field::new(k, vec![val]))
            .collect(),
    ));
    out.push(Block::Table(Table {
        head: v.head,
        rows: v.rows,
        // Wide enough for "Inwoners" in bold and "€ 8.860 ontvangen" on one line.
        widths: vec![0.22, 0.15, 0.11, 0.13, 0.13, 0.26],
    }));
    out.push(Block::Para(Style::Note, v.note));
}

fn contact(m: &Model, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, m.t("annex-contact-heading")));
    let Some(c) = &m.report.contact else {
        out.push(Block::Para(Style::Body, m.t("annex-contact-none")));
        return;
    };
    out.push(Block::Para(Style::Body, m.t("annex-contact-intro")));
    let mut fields = vec![Field::new(m.t("annex-field-name"), vec![c.name.clone()])];
    if let Some(t) = &c.title {
        fields.push(Field::new(m.t("annex-field-title"), vec![t.clone()]));
    }
    fields.push(Field::new(
        m.t("annex-field-organisation"),
        vec![c.party.clone()],
    ));
    if let Some(e) = &c.email {
        fields.push(Field::new(m.t("annex-field-email"), vec![e.clone()]));
    }
    if let Some(p) = &c.phone {
        fields.push(Field::new(m.t("annex-field-phone"), vec![p.clone()]));
    }
    out.push(Block::Fields(fields));
}

fn about(m: &Model, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, m.t("annex-about-heading")));
    out.push(Block::Para(Style::Note, m.t("annex-credit")));
    out.push(Block::Para(Style::Note, m.t("annex-made-with")));
}
