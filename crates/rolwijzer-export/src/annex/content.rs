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
        parties(m, &mut blocks);
        overview(m, &mut blocks);
        blocks.push(Block::PageBreak);
        tasks(m, &mut blocks);
        blocks.push(Block::PageBreak);
        checklist(m, &mut blocks);
        blocks.push(Block::PageBreak);
        if let Some(v) = crate::money::view(m) {
            contributions(v, &mut blocks);
            blocks.push(Block::PageBreak);
        }
        rotation(m, &mut blocks);
        evaluation(m, &mut blocks);
        findings(m, &mut blocks);
        contact(m, &mut blocks);
        adoption(m, &mut blocks);
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
    // The day it was saved says which version this is; the store's counter means
    // nothing to the people who sign.
    if let Some(d) = m.options.revision_date {
        let of = targs(
            m.lang,
            "annex-revision-of",
            &Args::new().with("date", m.date(d)),
        );
        fields.push(Field::new(m.t("annex-field-revision"), vec![of]));
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
    let item = |r: &ChecklistRow| m.t(&format!("item-{}", r.item.id()));
    for group in ChecklistGroup::ALL {
        // Points not needed at this level get one line at the end, not a row each.
        let rows: Vec<&ChecklistRow> = m
            .report
            .checklist
            .iter()
            .filter(|r| r.group == group && r.status != ItemStatus::NotNeeded)
            .collect();
        if rows.is_empty() {
            continue;
        }
        let heading = Block::Heading(2, m.t(&format!("checklist-group-{}", group.id())));
        let table = Block::Table(Table {
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
                        _ => "annex-status-missing",
                    };
                    let holders = if r.holders.is_empty() {
                        m.t("annex-nobody")
                    } else {
                        r.holders.join(", ")
                    };
                    vec![item(r), m.t(status), holders]
                })
                .collect(),
            widths: vec![0.42, 0.24, 0.34],
        });
        // A group's heading stays with its table.
        out.push(Block::Group(vec![heading, table]));
    }
    let not_needed: Vec<String> = m
        .report
        .checklist
        .iter()
        .filter(|r| r.status == ItemStatus::NotNeeded)
        .map(item)
        .collect();
    if !not_needed.is_empty() {
        let list = rolwijzer_core::i18n::join_list(m.lang, &not_needed);
        out.push(Block::Para(
            Style::Note,
            targs(m.lang, "annex-not-needed", &Args::new().with("items", list)),
        ));
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

/// The parties with their contact person: who signs, and whom to call.
fn parties(m: &Model, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, m.t("annex-parties-heading")));
    let rows = m
        .doc
        .parties
        .iter()
        .map(|p| {
            let contact = p
                .contact
                .as_ref()
                .and_then(|c| m.doc.people.iter().find(|x| &x.id == c));
            let reach: Vec<String> = contact
                .into_iter()
                .flat_map(|c| [c.email.as_ref(), c.phone.as_ref()])
                .flatten()
                .map(ToString::to_string)
                .collect();
            vec![
                p.name.to_string(),
                crate::markdown::kind_name(m, p.kind),
                contact.map_or_else(|| m.t("annex-nobody"), |c| c.name.to_string()),
                reach.join("\n"),
            ]
        })
        .collect();
    out.push(Block::Table(Table {
        head: vec![
            m.t("annex-col-party"),
            m.t("annex-col-kind"),
            m.t("annex-col-contact"),
            m.t("annex-col-reach"),
        ],
        rows,
        widths: vec![0.3, 0.16, 0.22, 0.32],
    }));
}

/// Most parties the one-page overview has a column for; a larger collaboration reads
/// the holders per task in the next section.
const OVERVIEW_MAX_PARTIES: usize = 16;

/// Tasks × parties with the letters each party (and its people) holds, the parties
/// numbered in the heading and named in a legend below.
fn overview(m: &Model, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, m.t("annex-overview-heading")));
    let parties = rolwijzer_core::analyse::holdings(m.doc, m.report);
    if parties.len() > OVERVIEW_MAX_PARTIES || m.tasks.is_empty() {
        let a = Args::new().count("count", parties.len());
        out.push(Block::Para(
            Style::Body,
            targs(m.lang, "annex-overview-too-large", &a),
        ));
        return;
    }
    out.push(Block::Para(Style::Body, m.t("annex-overview-intro")));
    // Letters per (task, party column), from one pass over what each party holds.
    let column: std::collections::HashMap<&str, usize> = m
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| (t.key.as_str(), i))
        .collect();
    let mut cells = vec![vec![String::new(); parties.len()]; m.tasks.len()];
    for (p, holding) in parties.iter().enumerate() {
        for h in &holding.tasks {
            if let Some(&t) = column.get(h.task.as_str()) {
                cells[t][p] = h.letters.clone();
            }
        }
    }
    let task_share = 0.3;
    let share = (1.0 - task_share) / parties.len() as f32;
    let mut head = vec![m.t("annex-col-task")];
    head.extend((1..=parties.len()).map(|n| n.to_string()));
    out.push(Block::Table(Table {
        head,
        rows: m
            .tasks
            .iter()
            .zip(cells)
            .map(|(t, row)| std::iter::once(t.name.clone()).chain(row).collect())
            .collect(),
        widths: std::iter::once(task_share)
            .chain(std::iter::repeat_n(share, parties.len()))
            .collect(),
    }));
    let legend: Vec<String> = parties
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}. {}", i + 1, p.name))
        .collect();
    out.push(Block::Para(Style::Note, legend.join("\n")));
    out.push(Block::Para(Style::Note, m.t("annex-overview-letters")));
}

/// The rotation schedule: who holds the rotating tasks in which period.
fn rotation(m: &Model, out: &mut Vec<Block>) {
    let Some(cal) = &m.report.rotation else {
        return;
    };
    let tasks: Vec<String> = cal.tasks.iter().map(|k| m.task_name(k)).collect();
    out.push(Block::Heading(1, m.t("annex-rotation-heading")));
    let a = Args::new().with("tasks", rolwijzer_core::i18n::join_list(m.lang, &tasks));
    out.push(Block::Para(
        Style::Body,
        targs(m.lang, "annex-rotation-intro", &a),
    ));
    let rows = cal
        .periods
        .iter()
        .map(|p| {
            // The turn that holds today is marked, so the table says where it stands.
            let id = if p.current {
                "annex-rotation-period-now"
            } else {
                "annex-rotation-period"
            };
            let period = targs(
                m.lang,
                id,
                &Args::new()
                    .with("from", m.date(p.start))
                    .with("until", m.date(p.end)),
            );
            let holder = p
                .holder
                .as_ref()
                .map_or_else(|| m.t("annex-nobody"), |h| m.doc.name_of(h.as_str()));
            vec![period, m.doc.name_of(p.party.as_str()), holder]
        })
        .collect();
    out.push(Block::Table(Table {
        head: vec![
            m.t("annex-col-period"),
            m.t("annex-col-party"),
            m.t("annex-col-holder"),
        ],
        rows,
        widths: vec![0.4, 0.3, 0.3],
    }));
    out.push(Block::PageBreak);
}

/// The evaluation agreement: how often, when last, when next.
fn evaluation(m: &Model, out: &mut Vec<Block>) {
    let c = &m.doc.collaboration;
    out.push(Block::Heading(1, m.t("annex-evaluation-heading")));
    out.push(Block::Para(Style::Body, m.t("annex-evaluation-intro")));
    let mut fields = Vec::new();
    if let Some(n) = c.evaluation_interval_months {
        let a = Args::new().count("months", n.get() as usize);
        fields.push(Field::new(
            m.t("annex-field-interval"),
            vec![targs(m.lang, "annex-interval", &a)],
        ));
    }
    let last = m
        .doc
        .last_evaluation()
        .map_or_else(|| m.t("annex-evaluation-never"), |d| m.date(d));
    fields.push(Field::new(m.t("annex-field-last-evaluation"), vec![last]));
    if let Some(d) = m.report.evaluation_due {
        fields.push(Field::new(
            m.t("annex-field-next-evaluation"),
            vec![m.date(d)],
        ));
    }
    // What the last evaluation concluded, in its own words.
    if let Some(e) = m.doc.latest_evaluation() {
        for (id, text) in [
            ("annex-field-went-well", &e.went_well),
            ("annex-field-to-change", &e.to_change),
            ("annex-field-decisions", &e.decisions),
        ] {
            if let Some(t) = text {
                fields.push(Field::new(m.t(id), vec![t.to_string()]));
            }
        }
    }
    out.push(Block::Fields(fields));
}

/// Where the parties record that they adopted this division: the day, the body
/// that decided, and a line per party to sign.
fn adoption(m: &Model, out: &mut Vec<Block>) {
    let blank = "\n".to_owned();
    let mut blocks = vec![
        Block::Heading(1, m.t("annex-adoption-heading")),
        Block::Para(Style::Body, m.t("annex-adoption-intro")),
        Block::Fields(vec![
            Field::new(m.t("annex-field-adopted-on"), vec![blank.clone()]),
            Field::new(m.t("annex-field-adopted-by"), vec![blank.clone()]),
        ]),
    ];
    blocks.push(Block::Table(Table {
        head: vec![
            m.t("annex-col-party"),
            m.t("annex-col-signed-by"),
            m.t("annex-col-signature"),
        ],
        rows: m
            .doc
            .parties
            .iter()
            .map(|p| vec![p.name.to_string(), blank.clone(), String::new()])
            .collect(),
        widths: vec![0.36, 0.34, 0.3],
    }));
    out.push(Block::PageBreak);
    out.push(Block::Group(blocks));
}

fn about(m: &Model, out: &mut Vec<Block>) {
    out.push(Block::Heading(1, m.t("annex-about-heading")));
    out.push(Block::Para(Style::Note, m.t("annex-credit")));
    out.push(Block::Para(Style::Note, m.t("annex-made-with")));
}
