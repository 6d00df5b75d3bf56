//! Readable text: Markdown, HTML and GOVERNANCE.md.
//!
//! The model is turned into one view ([`Page`]) that both the Markdown and the HTML
//! template lay out, so the wiki page and the downloaded page never disagree. The
//! governance file has its own view ([`Governance`]): it answers other questions (who
//! decides, how to join) from the same document.
//!
//! Escaping: the HTML template escapes every value (askama's HTML escaper). The
//! Markdown templates have escaping switched off and pass every value through the
//! [`md_escape`] filter instead, because a name with `*`, `_`, `|`, `[` or `<` must
//! neither change the layout nor smuggle in HTML (Markdown renderers pass raw HTML
//! through). Only the templates' own markup is written unescaped.

use crate::ExportError;
use crate::model::{Holder, Model, TaskRow};
use crate::texts::targs;
use askama::Template;
use rolwijzer_core::Severity;
use rolwijzer_core::analyse::{EvaluationStatus, ItemStatus};
use rolwijzer_core::catalogue::{Arrangement, ChecklistGroup, TaskId};
use rolwijzer_core::document::PartyKind;
use rolwijzer_core::i18n::{self, Args};
use std::fmt::Write as _;

/// The licence of the guide the catalogue comes from, linked in the credit.
const LICENCE_URL: &str = "https://creativecommons.org/licenses/by-sa/4.0/";

/// Shown in a table cell or list where nobody holds a letter.
const EMPTY: &str = "—";

// ---------------------------------------------------------------------------------
// Escaping
// ---------------------------------------------------------------------------------

/// A `#` comment line (CODEOWNERS, YAML); user text is put on one line so it cannot
/// end the comment.
pub(crate) fn comment(out: &mut String, text: &str) {
    out.push_str("# ");
    out.push_str(&one_line(text));
    out.push('\n');
}

/// A new file that starts with the comment `id` naming the collaboration and the day
/// it was made (CODEOWNERS, publiccode.yml).
pub(crate) fn headed(m: &Model, id: &str) -> String {
    let mut out = String::new();
    let a = Args::new()
        .with("name", m.doc.collaboration.name.to_string())
        .with("date", m.today.to_string());
    comment(&mut out, &crate::texts::targs(m.lang, id, &a));
    out
}

/// Text on one line: every run of whitespace (newlines included) and every control
/// character becomes one space. Used for comments in CODEOWNERS and YAML, where a
/// newline in a name would end the comment and start a line of data.
pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c.is_control() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Escapes text for Markdown (CommonMark and GitHub's dialect) so that it shows as
/// written and is never read as markup.
///
/// - `&`, `<` and `>` become HTML entities: renderers pass raw HTML through, and an
///   entity is the only escape that works inside and outside tables alike.
/// - The characters that start emphasis, links, code, tables, strikethrough, headings
///   and maths get a backslash (`\ ` * _ [ ] | ~ # $ !`).
/// - A line break would end a table row or start a block, so the text is put on one
///   line ([`one_line`]).
/// - At the start of the text, `-`, `+`, `=` and a number followed by `.` or `)` would
///   start a list or underline a heading, so they are escaped there.
pub(crate) fn md_escape(s: &str) -> String {
    let text = one_line(s);
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    let mut at_start = true;
    let mut leading_digits = false;
    while let Some(c) = chars.next() {
        // A list marker only counts when a space (or nothing) follows it: `-1` and
        // `1.5` stay as they are, `- x` and `1. x` are escaped.
        let ends_marker = matches!(chars.peek(), None | Some(' '));
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '$' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' if at_start && ends_marker => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if leading_digits && ends_marker => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        leading_digits = c.is_ascii_digit() && (at_start || leading_digits);
        at_start = false;
    }
    out
}

/// Percent-encodes what may not stand in a Markdown autolink (`<…>`): spaces, controls,
/// `<`, `>` and anything outside ASCII, so the link cannot end early.
fn md_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii_graphic() && !matches!(c, '<' | '>' | '`' | '\\') {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// The custom filters of the Markdown templates (askama looks them up by this name).
mod filters {
    use std::fmt::Display;

    /// Escapes a value for Markdown; see [`super::md_escape`].
    #[askama::filter_fn]
    pub fn md<T: Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::md_escape(&s.to_string()))
    }

    /// A link target for a Markdown autolink; see [`super::md_url`].
    #[askama::filter_fn]
    pub fn mdurl<T: Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::md_url(&s.to_string()))
    }
}

// ---------------------------------------------------------------------------------
// The view shared by Markdown and HTML
// ---------------------------------------------------------------------------------

/// Text that may be a link. `href` is only set for `http`, `https` and `mailto`
/// targets without spaces: a `javascript:` link in a process field must never become
/// clickable.
#[derive(Debug, Clone)]
struct Link {
    text: String,
    href: Option<String>,
}

impl Link {
    fn new(s: &str) -> Self {
        let t = s.trim();
        let scheme_ok = ["https://", "http://", "mailto:"].iter().any(|p| {
            t.len() > p.len() && t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
        });
        let ok = scheme_ok && !t.chars().any(|c| c.is_whitespace() || c.is_control());
        Link {
            text: t.to_owned(),
            href: ok.then(|| t.to_owned()),
        }
    }

    fn mail(address: &str) -> Self {
        let a = address.trim();
        let ok = a.contains('@') && !a.chars().any(|c| c.is_whitespace() || c.is_control());
        Link {
            text: a.to_owned(),
            href: ok.then(|| format!("mailto:{a}")),
        }
    }
}

/// A label and its value ("Ambitieniveau: Lichte coördinatie").
#[derive(Debug, Clone)]
struct Fact {
    label: String,
    value: String,
}

/// The public contact card.
#[derive(Debug, Clone)]
struct ContactView {
    name: String,
    /// Title and organisation in one line.
    role: String,
    email: Option<Link>,
    phone: Option<String>,
}

/// One row of the RACI table: the task and one cell per letter (R, A, C, I, B).
#[derive(Debug, Clone)]
struct RaciRow {
    name: String,
    cells: Vec<String>,
}

/// The section of one task.
#[derive(Debug, Clone)]
struct TaskSection {
    name: String,
    /// Short remarks: above the level, rotating, another arrangement.
    remarks: Vec<String>,
    description: Option<String>,
    duties: Vec<String>,
    /// Letter name and who holds it.
    letters: Vec<Fact>,
    hours: Option<String>,
    process: Option<Link>,
    notes: Option<String>,
}

/// One line of the checklist.
#[derive(Debug, Clone)]
struct CheckItem {
    done: bool,
    name: String,
    /// Who covers it, or why it is open.
    note: String,
}

/// A group of the checklist.
#[derive(Debug, Clone)]
struct CheckGroup {
    name: String,
    items: Vec<CheckItem>,
}

/// An open finding with its fix.
#[derive(Debug, Clone)]
struct FindingView {
    code: String,
    message: String,
    fix: String,
}

/// The findings of one severity.
#[derive(Debug, Clone)]
struct FindingGroup {
    name: String,
    items: Vec<FindingView>,
}

/// Hours a week one party carries.
#[derive(Debug, Clone)]
struct HoursRow {
    party: String,
    assigned: String,
    available: String,
}

/// One turn of the rotation.
#[derive(Debug, Clone)]
struct TurnRow {
    period: String,
    party: String,
    holder: String,
    current: bool,
}

/// Who holds the rotating tasks when.
#[derive(Debug, Clone)]
struct RotationView {
    intro: String,
    turns: Vec<TurnRow>,
    next: Option<String>,
}

/// The whole division, resolved into words, for the Markdown and HTML templates.
#[derive(Debug)]
struct Page {
    lang: rolwijzer_core::Lang,
    title: String,
    description: Option<String>,
    facts: Vec<Fact>,
    website: Option<Link>,
    generated: String,
    summary: String,
    contact: Option<ContactView>,
    letters: Vec<String>,
    raci: Vec<RaciRow>,
    tasks: Vec<TaskSection>,
    checklist: Vec<CheckGroup>,
    findings: Vec<FindingGroup>,
    hours: Vec<HoursRow>,
    hours_note: Option<String>,
    money: Option<crate::money::MoneyView>,
    evaluation: Vec<String>,
    rotation: Option<RotationView>,
    credit: String,
    licence_url: &'static str,
}

impl Page {
    /// A text of the page's language (used by the templates for headings).
    fn t(&self, id: &str) -> String {
        crate::t(self.lang, id)
    }
}

/// The `args` helper: a text with values in the model's language.
fn ta(m: &Model, id: &str, args: Args) -> String {
    targs(m.lang, id, &args)
}

/// "Name (Organisation)" for people, the name for parties and groups.
fn labels(holders: &[Holder]) -> Vec<String> {
    holders.iter().map(Holder::label).collect()
}

/// Everyone informed, with the channel when there is one.
fn informed_labels(m: &Model, row: &TaskRow) -> Vec<String> {
    row.informed
        .iter()
        .map(|(h, via)| match via {
            Some(v) => ta(
                m,
                "text-informed-via",
                Args::new().with("who", h.label()).with("via", v.clone()),
            ),
            None => h.label(),
        })
        .collect()
}

fn cell(v: &[String]) -> String {
    if v.is_empty() {
        EMPTY.to_owned()
    } else {
        v.join(", ")
    }
}

/// Hours with a count for Fluent's plural choice ("1 hour", "2,5 hours"): the count
/// is 1 only for exactly one hour.
fn hours_args(m: &Model, h: f64) -> Args {
    let plural = if (h - 1.0).abs() < 1e-9 { 1 } else { 2 };
    Args::new().with("hours", m.hours(h)).count("n", plural)
}

fn generated(m: &Model) -> String {
    let date = m.date(m.today);
    match m.revision {
        Some(r) => ta(
            m,
            "text-generated-revision",
            Args::new()
                .with("date", date)
                .with("revision", r.to_string()),
        ),
        None => ta(m, "text-generated", Args::new().with("date", date)),
    }
}

fn credit(m: &Model) -> String {
    m.t("text-credit")
}

/// The arrangement, with the lead partner when one coordinates.
fn arrangement_fact(m: &Model) -> String {
    let c = &m.doc.collaboration;
    match (&c.coordinator, c.arrangement) {
        (Some(id), Arrangement::Coordinating) => ta(
            m,
            "text-arrangement-with-coordinator",
            Args::new()
                .with("arrangement", m.arrangement_name())
                .with("party", m.doc.name_of(id.as_str())),
        ),
        _ => m.arrangement_name(),
    }
}

fn contact_view(m: &Model) -> Option<ContactView> {
    m.report.contact.as_ref().map(|c| {
        let role = match &c.title {
            Some(t) => format!("{t}, {}", c.party),
            None => c.party.clone(),
        };
        ContactView {
            name: c.name.clone(),
            role,
            email: c.email.as_deref().map(Link::mail),
            phone: c.phone.clone(),
        }
    })
}

fn task_section(m: &Model, row: &TaskRow) -> TaskSection {
    let mut remarks = Vec::new();
    if !row.required {
        remarks.push(m.t("text-task-not-required"));
    }
    if row.critical {
        remarks.push(m.t("text-task-critical"));
    }
    if row.rotating {
        remarks.push(m.rotation_phrase());
    }
    if row.arrangement != m.arrangement_name() {
        remarks.push(ta(
            m,
            "text-task-arrangement",
            Args::new().with("arrangement", row.arrangement.clone()),
        ));
    }
    let nobody = m.t("text-nobody");
    let or_nobody = |v: Vec<String>| {
        if v.is_empty() {
            nobody.clone()
        } else {
            i18n::join_list(m.lang, &v)
        }
    };
    let mut letters = vec![
        Fact {
            label: m.t("letter-r"),
            value: or_nobody(labels(&row.responsible)),
        },
        Fact {
            label: m.t("letter-a"),
            value: or_nobody(labels(&row.accountable)),
        },
    ];
    let optional = [
        ("letter-c", labels(&row.consulted)),
        ("letter-i", informed_labels(m, row)),
        ("letter-b", labels(&row.backup)),
    ];
    for (id, v) in optional {
        if !v.is_empty() {
            letters.push(Fact {
                label: m.t(id),
                value: i18n::join_list(m.lang, &v),
            });
        } else if id == "letter-b" && row.critical {
            // A critical task without backup is worth saying out loud (K001).
            letters.push(Fact {
                label: m.t(id),
                value: nobody.clone(),
            });
        }
    }
    TaskSection {
        name: row.name.clone(),
        remarks,
        description: row.description.clone(),
        duties: row.duties.clone(),
        letters,
        hours: row
            .hours_per_week
            .map(|h| ta(m, "text-hours-per-week", hours_args(m, h))),
        process: row.process.as_deref().map(Link::new),
        notes: row.notes.clone(),
    }
}

/// Items sorted under their groups, in the groups' order; groups without items are left
/// out, so a document never shows an empty heading.
fn grouped<G: Copy + PartialEq, I, V>(
    groups: &[G],
    items: &[I],
    group_of: impl Fn(&I) -> G,
    view: impl Fn(&I) -> V,
) -> Vec<(G, Vec<V>)> {
    groups
        .iter()
        .map(|&g| {
            let views = items.iter().filter(|i| group_of(i) == g).map(&view);
            (g, views.collect::<Vec<_>>())
        })
        .filter(|(_, views)| !views.is_empty())
        .collect()
}

fn checklist(m: &Model) -> Vec<CheckGroup> {
    grouped(
        &ChecklistGroup::ALL,
        &m.report.checklist,
        |r| r.group,
        |r| {
            let note = match r.status {
                ItemStatus::Done => {
                    if r.holders.is_empty() {
                        m.t("text-check-done")
                    } else {
                        i18n::join_list(m.lang, &r.holders)
                    }
                }
                ItemStatus::Missing => m.t("text-check-missing"),
                ItemStatus::NotNeeded => m.t("text-check-not-needed"),
            };
            CheckItem {
                done: r.status == ItemStatus::Done,
                name: m.t(&format!("item-{}", r.item.id())),
                note,
            }
        },
    )
    .into_iter()
    .map(|(g, items)| CheckGroup {
        name: m.t(&format!("checklist-group-{}", g.id())),
        items,
    })
    .collect()
}

fn findings(m: &Model) -> Vec<FindingGroup> {
    grouped(
        &Severity::ALL,
        &m.report.findings,
        |f| f.severity,
        |f| FindingView {
            code: f.code.as_str().to_owned(),
            message: f.message(m.lang),
            fix: f.fix(m.lang),
        },
    )
    .into_iter()
    .map(|(s, items)| FindingGroup {
        name: m.t(&format!("severity-{}-plural", s.id())),
        items,
    })
    .collect()
}

fn hours(m: &Model) -> (Vec<HoursRow>, Option<String>) {
    let rows = m
        .report
        .workload
        .parties
        .iter()
        .map(|p| HoursRow {
            party: p.name.clone(),
            assigned: m.hours(p.assigned),
            available: p.available.map_or_else(|| EMPTY.to_owned(), |a| m.hours(a)),
        })
        .collect();
    let note = m
        .report
        .workload
        .basic_tasks_hours
        .map(|h| ta(m, "text-hours-basic", hours_args(m, h)));
    (rows, note)
}

/// Lines about the yearly evaluation: interval, last, next, and whether it is late.
fn evaluation(m: &Model) -> Vec<String> {
    let c = &m.doc.collaboration;
    let mut lines = vec![ta(
        m,
        "text-evaluation-interval",
        Args::new().count("months", c.evaluation_interval() as usize),
    )];
    match m.doc.last_evaluation() {
        Some(d) => lines.push(ta(
            m,
            "text-evaluation-last",
            Args::new().with("date", m.date(d)),
        )),
        None => lines.push(m.t("text-evaluation-never")),
    }
    if let Some(due) = m.report.evaluation_due {
        lines.push(ta(
            m,
            "text-evaluation-due",
            Args::new().with("date", m.date(due)),
        ));
    }
    match m.report.evaluation_status {
        EvaluationStatus::Overdue => lines.push(m.t("text-evaluation-overdue")),
        EvaluationStatus::Soon => lines.push(m.t("text-evaluation-soon")),
        EvaluationStatus::Never | EvaluationStatus::Fine => {}
    }
    lines
}

fn rotation(m: &Model) -> Option<RotationView> {
    let cal = m.report.rotation.as_ref()?;
    let names: Vec<String> = cal.tasks.iter().map(|k| m.task_name(k)).collect();
    let months = m
        .doc
        .rotation
        .as_ref()
        .map_or(12, |r| r.period_months.get() as usize);
    let intro = ta(
        m,
        "text-rotation-intro",
        Args::new()
            .with("tasks", i18n::join_list(m.lang, &names))
            .count("months", months),
    );
    let turns = cal
        .periods
        .iter()
        .map(|p| TurnRow {
            period: ta(
                m,
                "text-rotation-period",
                Args::new()
                    .with("start", m.date(p.start))
                    .with("end", m.date(p.end)),
            ),
            party: m.doc.name_of(p.party.as_str()),
            holder: p
                .holder
                .as_ref()
                .map_or_else(|| EMPTY.to_owned(), |h| m.doc.name_of(h.as_str())),
            current: p.current,
        })
        .collect();
    let next = cal
        .next_handover
        .map(|d| ta(m, "text-rotation-next", Args::new().with("date", m.date(d))));
    Some(RotationView { intro, turns, next })
}

fn page(m: &Model) -> Page {
    let c = &m.doc.collaboration;
    let name = c.name.to_string();
    let mut facts = vec![
        Fact {
            label: m.t("text-fact-level"),
            value: m.level_name(),
        },
        Fact {
            label: m.t("text-fact-arrangement"),
            value: arrangement_fact(m),
        },
        Fact {
            label: m.t("text-fact-contribution"),
            value: m.t(if c.contribution {
                "text-yes"
            } else {
                "text-no"
            }),
        },
    ];
    if let Some(rev) = m.revision {
        facts.push(Fact {
            label: m.t("text-fact-revision"),
            value: rev.to_string(),
        });
    }
    let summary = ta(
        m,
        "text-summary",
        Args::new()
            .count("filled", m.report.coverage.filled)
            .count("required", m.report.coverage.required)
            .count("errors", m.report.summary.errors)
            .count("warnings", m.report.summary.warnings)
            .count("advice", m.report.summary.advice),
    );
    let raci = m
        .tasks
        .iter()
        .map(|row| RaciRow {
            name: row.name.clone(),
            cells: vec![
                cell(&labels(&row.responsible)),
                cell(&labels(&row.accountable)),
                cell(&labels(&row.consulted)),
                cell(&informed_labels(m, row)),
                cell(&labels(&row.backup)),
            ],
        })
        .collect();
    let (hours, hours_note) = hours(m);
    Page {
        lang: m.lang,
        title: ta(m, "text-title", Args::new().with("name", name)),
        description: c.description.as_ref().map(|d| d.to_string()),
        facts,
        website: c.website.as_ref().map(|w| Link::new(w.as_str())),
        generated: generated(m),
        summary,
        contact: contact_view(m),
        letters: ["letter-r", "letter-a", "letter-c", "letter-i", "letter-b"]
            .iter()
            .map(|id| m.t(id))
            .collect(),
        raci,
        tasks: m.tasks.iter().map(|row| task_section(m, row)).collect(),
        checklist: checklist(m),
        findings: findings(m),
        hours,
        hours_note,
        money: crate::money::view(m),
        evaluation: evaluation(m),
        rotation: rotation(m),
        credit: credit(m),
        licence_url: LICENCE_URL,
    }
}

#[derive(Template)]
#[template(path = "markdown.md", escape = "none")]
struct MarkdownTemplate<'a> {
    p: &'a Page,
}

#[derive(Template)]
#[template(path = "html.html")]
struct HtmlTemplate<'a> {
    p: &'a Page,
}

/// The whole division as Markdown.
pub(crate) fn markdown(m: &Model) -> Result<Vec<u8>, ExportError> {
    let p = page(m);
    Ok(MarkdownTemplate { p: &p }.render()?.into_bytes())
}

/// The whole division as a standalone HTML page.
pub(crate) fn html(m: &Model) -> Result<Vec<u8>, ExportError> {
    let p = page(m);
    Ok(HtmlTemplate { p: &p }.render()?.into_bytes())
}

// ---------------------------------------------------------------------------------
// GOVERNANCE.md
// ---------------------------------------------------------------------------------

/// A participating organisation.
#[derive(Debug, Clone)]
struct PartyView {
    name: String,
    kind: String,
    contact: String,
    /// "lead partner", "develops the product", contract end.
    remarks: Vec<String>,
}

/// A group (steering group, user meeting) and what it is asked about.
#[derive(Debug, Clone)]
struct GroupView {
    name: String,
    description: Option<String>,
    members: String,
    /// "Consulted on …", "Informed about …", "Responsible for …".
    roles: Vec<String>,
}

/// Who decides on a task, and who is heard before and told after.
#[derive(Debug, Clone)]
struct DecisionRow {
    task: String,
    decides: String,
    does: String,
    consulted: String,
    informed: String,
}

/// GOVERNANCE.md, resolved into words.
#[derive(Debug)]
struct Governance {
    lang: rolwijzer_core::Lang,
    title: String,
    intro: String,
    description: Option<String>,
    generated: String,
    parties: Vec<PartyView>,
    groups: Vec<GroupView>,
    roles: Vec<Fact>,
    decisions: Vec<DecisionRow>,
    decision_rules: Vec<String>,
    evaluation: Vec<String>,
    join: Option<String>,
    join_contact: Option<String>,
    money: Vec<String>,
    credit: String,
    licence_url: &'static str,
}

impl Governance {
    /// A text of the file's language (used by the template for headings).
    fn t(&self, id: &str) -> String {
        crate::t(self.lang, id)
    }
}

fn row<'a>(m: &'a Model, task: TaskId) -> Option<&'a TaskRow> {
    m.tasks.iter().find(|r| r.key == task.id())
}

/// The people (and parties or groups) Responsible for a task, joined.
fn responsible_of(m: &Model, task: TaskId) -> Option<String> {
    row(m, task)
        .map(|r| labels(&r.responsible))
        .filter(|v| !v.is_empty())
        .map(|v| i18n::join_list(m.lang, &v))
}

/// A party kind in the model's language ("gemeente").
pub(crate) fn kind_name(m: &Model, kind: PartyKind) -> String {
    m.t(match kind {
        PartyKind::Municipality => "gov-kind-municipality",
        PartyKind::Supplier => "gov-kind-supplier",
        PartyKind::Organisation => "gov-kind-organisation",
    })
}

fn gov_parties(m: &Model) -> Vec<PartyView> {
    let c = &m.doc.collaboration;
    m.doc
        .parties
        .iter()
        .map(|p| {
            let mut remarks = Vec::new();
            if c.coordinator.as_ref() == Some(&p.id) {
                remarks.push(m.t("gov-party-coordinator"));
            }
            if p.develops_product {
                remarks.push(m.t("gov-party-develops"));
            }
            if let Some(d) = p.contract_until {
                remarks.push(ta(
                    m,
                    "gov-party-contract-until",
                    Args::new().with("date", m.date(d)),
                ));
            }
            PartyView {
                name: p.name.to_string(),
                kind: kind_name(m, p.kind),
                contact: p
                    .contact
                    .as_ref()
                    .map_or_else(|| EMPTY.to_owned(), |id| m.doc.name_of(id.as_str())),
                remarks,
            }
        })
        .collect()
}

fn gov_groups(m: &Model) -> Vec<GroupView> {
    m.doc
        .groups
        .iter()
        .map(|g| {
            let members = if g.all_parties {
                m.t("gov-group-all-parties")
            } else if g.members.is_empty() {
                EMPTY.to_owned()
            } else {
                let v: Vec<String> = g
                    .members
                    .iter()
                    .map(|id| crate::model::holder(m.doc, id.as_str()).label())
                    .collect();
                v.join(", ")
            };
            let tasks_where = |pick: &dyn Fn(&TaskRow) -> bool| -> Vec<String> {
                m.tasks
                    .iter()
                    .filter(|r| pick(r))
                    .map(|r| r.name.clone())
                    .collect()
            };
            let gid = g.id.as_str();
            let mut roles = Vec::new();
            let kinds: [(&str, Vec<String>); 4] = [
                (
                    "gov-group-responsible",
                    tasks_where(&|r| r.responsible.iter().any(|h| h.id == gid)),
                ),
                (
                    "gov-group-accountable",
                    tasks_where(&|r| r.accountable.iter().any(|h| h.id == gid)),
                ),
                (
                    "gov-group-consulted",
                    tasks_where(&|r| r.consulted.iter().any(|h| h.id == gid)),
                ),
                (
                    "gov-group-informed",
                    tasks_where(&|r| r.informed.iter().any(|(h, _)| h.id == gid)),
                ),
            ];
            for (id, tasks) in kinds {
                if !tasks.is_empty() {
                    roles.push(ta(
                        m,
                        id,
                        Args::new().with("tasks", i18n::join_list(m.lang, &tasks)),
                    ));
                }
            }
            GroupView {
                name: g.name.to_string(),
                description: g.description.as_ref().map(|d| d.to_string()),
                members,
                roles,
            }
        })
        .collect()
}

/// The roles people ask about first: contact, who may merge and release, technical
/// maintenance, coordination and product ownership.
fn gov_roles(m: &Model) -> Vec<Fact> {
    let mut roles = Vec::new();
    let mut push = |label: &str, value: Option<String>| {
        if let Some(v) = value {
            roles.push(Fact {
                label: m.t(label),
                value: v,
            });
        }
    };
    let contact = m.report.contact.as_ref().map(|c| match &c.email {
        Some(e) => format!("{} ({}, {e})", c.name, c.party),
        None => format!("{} ({})", c.name, c.party),
    });
    push(
        "gov-role-contact",
        contact.or_else(|| responsible_of(m, TaskId::ContactPerson)),
    );
    push(
        "gov-role-repository",
        responsible_of(m, TaskId::RepositoryAdmin),
    );
    let release = m
        .tasks
        .iter()
        .find(|r| r.key == "release-management")
        .map(|r| labels(&r.responsible))
        .filter(|v| !v.is_empty())
        .map(|v| i18n::join_list(m.lang, &v));
    push("gov-role-release", release);
    let admins: Vec<String> = m
        .doc
        .people
        .iter()
        .filter(|p| p.repository_admin)
        .map(|p| crate::model::holder(m.doc, p.id.as_str()).label())
        .collect();
    push(
        "gov-role-admins",
        (!admins.is_empty()).then(|| i18n::join_list(m.lang, &admins)),
    );
    push(
        "gov-role-maintenance",
        responsible_of(m, TaskId::TechnicalMaintenance),
    );
    let c = &m.doc.collaboration;
    let lead = match (c.arrangement, &c.coordinator) {
        (Arrangement::Coordinating, Some(id)) => Some(m.doc.name_of(id.as_str())),
        _ => None,
    };
    push("gov-role-lead", lead);
    // The rest name whoever is R of a catalogue task.
    for (key, task) in [
        ("gov-role-coordinator", TaskId::CollaborationCoordination),
        ("gov-role-meetings", TaskId::MeetingCoordination),
        ("gov-role-product-owner", TaskId::ProductOwnership),
        ("gov-role-architecture", TaskId::Architecture),
        ("gov-role-community", TaskId::CommunityManagement),
        ("gov-role-suppliers", TaskId::SupplierManagement),
    ] {
        push(key, responsible_of(m, task));
    }
    roles
}

fn gov_decisions(m: &Model) -> Vec<DecisionRow> {
    m.tasks
        .iter()
        .map(|r| DecisionRow {
            task: r.name.clone(),
            decides: cell(&labels(&r.accountable)),
            does: cell(&labels(&r.responsible)),
            consulted: cell(&labels(&r.consulted)),
            informed: cell(&informed_labels(m, r)),
        })
        .collect()
}

/// How decisions are made: the RACI rule, then what the arrangement adds.
fn gov_decision_rules(m: &Model) -> Vec<String> {
    let c = &m.doc.collaboration;
    let mut rules = vec![m.t("gov-decide-raci")];
    let line = match (c.arrangement, &c.coordinator) {
        (Arrangement::Coordinating, Some(id)) => ta(
            m,
            "gov-decide-coordinating",
            Args::new().with("party", m.doc.name_of(id.as_str())),
        ),
        (Arrangement::Coordinating, None) => m.t("gov-decide-coordinating-unknown"),
        (Arrangement::Rotating, _) => m.t("gov-decide-rotating"),
        (Arrangement::Distributed, _) => m.t("gov-decide-distributed"),
        (Arrangement::External, _) => m.t("gov-decide-external"),
    };
    rules.push(line);
    if let Some(rot) = rotation(m) {
        rules.push(rot.intro);
        if let Some(now) = rot.turns.iter().find(|t| t.current) {
            rules.push(ta(
                m,
                "gov-decide-rotation-now",
                Args::new()
                    .with("party", now.party.clone())
                    .with("holder", now.holder.clone()),
            ));
        }
        if let Some(next) = rot.next {
            rules.push(next);
        }
    }
    // Groups asked most often carry the collaboration's joint decisions.
    let consulted_groups: Vec<String> = m
        .doc
        .groups
        .iter()
        .filter(|g| {
            m.tasks
                .iter()
                .any(|r| r.consulted.iter().any(|h| h.id == g.id.as_str()))
        })
        .map(|g| g.name.to_string())
        .collect();
    if !consulted_groups.is_empty() {
        rules.push(ta(
            m,
            "gov-decide-groups",
            Args::new().with("groups", i18n::join_list(m.lang, &consulted_groups)),
        ));
    }
    rules.push(m.t("gov-decide-change"));
    rules
}

fn gov_money(m: &Model) -> Vec<String> {
    let c = &m.doc.collaboration;
    if !c.contribution {
        return vec![m.t("gov-money-none")];
    }
    let mut lines = vec![m.t("gov-money-contribution")];
    let holders = |task: TaskId| -> Option<(String, String)> {
        let r = row(m, task)?;
        Some((cell(&labels(&r.responsible)), cell(&labels(&r.accountable))))
    };
    if let Some((r, a)) = holders(TaskId::CommunityContribution) {
        lines.push(ta(
            m,
            "gov-money-collects",
            Args::new().with("responsible", r).with("accountable", a),
        ));
    }
    if let Some((r, a)) = holders(TaskId::FinancialManagement) {
        lines.push(ta(
            m,
            "gov-money-manages",
            Args::new().with("responsible", r).with("accountable", a),
        ));
    }
    lines.push(m.t(match c.separate_administration {
        Some(true) => "gov-money-separate",
        Some(false) => "gov-money-not-separate",
        None => "gov-money-separate-unknown",
    }));
    if let Some(f) = c.fixed_costs_per_month {
        lines.push(ta(
            m,
            "gov-money-fixed-costs",
            Args::new().with("amount", i18n::euro(m.lang, f.cents())),
        ));
    }
    if let Some(r) = c.reserve {
        let mut args = Args::new().with("amount", i18n::euro(m.lang, r.cents()));
        let id = match m.report.reserve_months {
            Some(months) => {
                args.set("months", i18n::number(m.lang, months, 1));
                "gov-money-reserve-months"
            }
            None => "gov-money-reserve",
        };
        lines.push(ta(m, id, args));
    }
    lines.push(m.t("gov-money-agenda"));
    lines
}

fn governance_view(m: &Model) -> Governance {
    let c = &m.doc.collaboration;
    let name = c.name.to_string();
    let join_contact = m.report.contact.as_ref().map(|card| {
        let mut args = Args::new()
            .with("name", card.name.clone())
            .with("party", card.party.clone());
        let id = match &card.email {
            Some(e) => {
                args.set("email", e.clone());
                "gov-join-contact-email"
            }
            None => "gov-join-contact",
        };
        ta(m, id, args)
    });
    Governance {
        lang: m.lang,
        title: ta(m, "gov-title", Args::new().with("name", name.clone())),
        intro: ta(m, "gov-intro", Args::new().with("name", name)),
        description: c.description.as_ref().map(|d| d.to_string()),
        generated: generated(m),
        parties: gov_parties(m),
        groups: gov_groups(m),
        roles: gov_roles(m),
        decisions: gov_decisions(m),
        decision_rules: gov_decision_rules(m),
        evaluation: evaluation(m),
        join: c.how_to_join.as_ref().map(|j| j.to_string()),
        join_contact,
        money: gov_money(m),
        credit: credit(m),
        licence_url: LICENCE_URL,
    }
}

#[derive(Template)]
#[template(path = "governance.md", escape = "none")]
struct GovernanceTemplate<'a> {
    g: &'a Governance,
}

/// GOVERNANCE.md.
pub(crate) fn governance(m: &Model) -> Result<Vec<u8>, ExportError> {
    let g = governance_view(m);
    Ok(GovernanceTemplate { g: &g }.render()?.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escape_neutralises_markup_and_html() {
        for (text, escaped) in [
            ("a*b_c", "a\\*b\\_c"),
            ("x | y", "x \\| y"),
            ("<script>", "&lt;script&gt;"),
            ("[a](b)", "\\[a\\](b)"),
            ("- item", "\\- item"),
            ("1. een", "1\\. een"),
            ("B.V. 2.0", "B.V. 2.0"),
            ("1.5", "1.5"),
            ("-1 graad", "-1 graad"),
            ("12) twaalf", "12\\) twaalf"),
            ("a\n# b", "a \\# b"),
            ("&amp;", "&amp;amp;"),
        ] {
            assert_eq!(md_escape(text), escaped, "{text:?}");
        }
    }

    #[test]
    fn only_web_and_mail_links_are_followed() {
        assert!(Link::new("https://example.org/a").href.is_some());
        assert!(Link::new("javascript:alert(1)").href.is_none());
        assert!(Link::new("https://example.org/a b").href.is_none());
        assert!(Link::new("zie het handboek").href.is_none());
        assert_eq!(md_url("https://x.org/?a=<2>"), "https://x.org/?a=%3C2%3E");
    }

    #[test]
    fn one_line_removes_line_breaks() {
        assert_eq!(one_line("  a\r\nb\t c \u{7}"), "a b c");
    }
}
