//! Read-only views of the analysis: the checklist, all findings, the workload and
//! recognition, what a party's leaving would orphan, money with the meeting agenda,
//! and the rotation calendar. Every figure comes from [`rolwijzer_core::analyse`];
//! these pages only show it, with charts drawn on the server (geometry in
//! [`crate::svg`], markup in the `views-*.html` templates).

use crate::AppState;
use crate::access::{Loaded, Need, load};
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::pages::CollabNav;
use crate::pages::collab::FindingView;
use crate::pages::home::page;
use crate::svg::{self, Px};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use rolwijzer_core::analyse::{ItemStatus, RotationCalendar};
use rolwijzer_core::catalogue::{BASIC_TASKS_HOURS_PER_WEEK, ChecklistGroup, RESERVE_MONTHS_BAND};
use rolwijzer_core::findings::TaskLabel;
use rolwijzer_core::i18n::{self, Args, texts};
use rolwijzer_core::{Date, Finding, ItemId, Lang, Severity, TaskId};
use serde::Deserialize;

/// Routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/checklist", get(checklist))
        .route("/c/{slug}/findings", get(findings))
        .route("/c/{slug}/workload", get(workload))
        .route("/c/{slug}/departure", get(departure))
        .route("/c/{slug}/money", get(money))
        .route("/c/{slug}/rotation", get(rotation))
}

/// The end of the reserve gauge's scale, in months.
const GAUGE_MAX_MONTHS: f64 = 9.0;

/// Names of tasks, people and parties of a loaded collaboration, in a language.
struct Names<'a> {
    l: &'a Loaded,
    lang: Lang,
}

impl<'a> Names<'a> {
    fn new(ctx: &Ctx, l: &'a Loaded) -> Self {
        Names { l, lang: ctx.lang }
    }

    /// A task, custom task or item by its key.
    fn task(&self, key: &str) -> String {
        if let Some(t) = self.l.report.tasks.iter().find(|t| t.key == key) {
            return t.label.name(self.lang);
        }
        if let Some(t) = TaskId::from_id(key) {
            return TaskLabel::Task(t).name(self.lang);
        }
        if let Some(i) = ItemId::from_id(key) {
            return TaskLabel::Item(i).name(self.lang);
        }
        key.to_owned()
    }

    fn tasks(&self, keys: &[String]) -> Vec<TaskLink> {
        keys.iter()
            .map(|k| TaskLink {
                href: format!("/c/{}/task/{k}", self.l.collab.slug),
                name: self.task(k),
            })
            .collect()
    }

    fn person(&self, id: &str) -> Option<String> {
        self.l
            .doc()
            .people
            .iter()
            .find(|p| p.id.as_str() == id)
            .map(|p| p.name.to_string())
    }

    fn party(&self, id: &str) -> Option<String> {
        self.l
            .doc()
            .parties
            .iter()
            .find(|p| p.id.as_str() == id)
            .map(|p| p.name.to_string())
    }

    /// What a finding is about, by name.
    fn subject(&self, f: &Finding) -> Option<String> {
        let s = &f.subject;
        s.task
            .as_deref()
            .map(|t| self.task(t))
            .or_else(|| {
                s.person
                    .as_deref()
                    .map(|p| self.person(p).unwrap_or_else(|| p.to_owned()))
            })
            .or_else(|| {
                s.party
                    .as_deref()
                    .map(|p| self.party(p).unwrap_or_else(|| p.to_owned()))
            })
    }
}

/// A link to a task's page.
#[derive(Debug, Clone)]
pub struct TaskLink {
    href: String,
    name: String,
}

/// A finding with what it is about and where in the chapter it comes from.
#[derive(Debug, Clone)]
pub struct FindingItem {
    f: FindingView,
    subject: Option<String>,
    chapter: String,
    title: String,
}

impl FindingItem {
    fn new(ctx: &Ctx, l: &Loaded, names: &Names<'_>, f: &Finding) -> Self {
        FindingItem {
            f: FindingView::new(ctx, &l.collab.slug, f),
            subject: names.subject(f),
            chapter: f.chapter(ctx.lang),
            title: f.code.title(ctx.lang),
        }
    }
}

/// A label at a place on an axis.
#[derive(Debug, Clone)]
pub struct TickView {
    x: Px,
    label: String,
}

fn hours_text(ctx: &Ctx, h: f64) -> String {
    ctx.ta(
        "views-hours",
        &Args::new().with("hours", i18n::hours(ctx.lang, h)),
    )
}

// --- checklist -------------------------------------------------------------------

/// One line of the checklist.
#[derive(Debug, Clone)]
pub struct ChecklistLine {
    id: &'static str,
    name: String,
    /// `done`, `missing` or `not-needed` (also the CSS class).
    status: &'static str,
    status_label: String,
    symbol: &'static str,
    holders: String,
    task: TaskLink,
    own: Option<TaskLink>,
}

/// A group of the checklist.
#[derive(Debug, Clone)]
pub struct ChecklistSection {
    id: &'static str,
    name: String,
    lines: Vec<ChecklistLine>,
}

#[derive(Template)]
#[template(path = "views-checklist.html")]
struct ChecklistPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    count: String,
    all_done: bool,
    level: String,
    sections: Vec<ChecklistSection>,
}

async fn checklist(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let rows = &l.report.checklist;
    let needed = rows.iter().filter(|r| r.required).count();
    let done = rows
        .iter()
        .filter(|r| r.required && r.status == ItemStatus::Done)
        .count();
    let sections = ChecklistGroup::ALL
        .into_iter()
        .map(|g| ChecklistSection {
            id: g.id(),
            name: ctx.t(&format!("checklist-group-{}", g.id())),
            lines: rows
                .iter()
                .filter(|r| r.group == g)
                .map(|r| {
                    let (status, symbol) = match r.status {
                        ItemStatus::Done => ("done", "✓"),
                        ItemStatus::Missing => ("missing", "✗"),
                        ItemStatus::NotNeeded => ("not-needed", "–"),
                    };
                    ChecklistLine {
                        id: r.item.id(),
                        name: ctx.t(&format!("item-{}", r.item.id())),
                        status,
                        status_label: ctx.t(&format!("views-status-{status}")),
                        symbol,
                        holders: if r.holders.is_empty() {
                            ctx.t("views-nobody")
                        } else {
                            i18n::join_list(ctx.lang, &r.holders)
                        },
                        task: TaskLink {
                            href: format!("/c/{slug}/task/{}", r.task.id()),
                            name: ctx.t(&format!("task-{}", r.task.id())),
                        },
                        own: r.own_assignment.then(|| TaskLink {
                            href: format!("/c/{slug}/task/{}", r.item.id()),
                            name: ctx.t("views-checklist-own"),
                        }),
                    }
                })
                .collect(),
        })
        .collect();
    let p = ChecklistPage {
        title: ctx.t("views-checklist-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/checklist")),
        count: ctx.ta(
            "views-checklist-count",
            &Args::new().count("done", done).count("needed", needed),
        ),
        all_done: done == needed,
        level: ctx.t(&format!("level-{}", l.doc().collaboration.ambition.id())),
        sections,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}

// --- findings --------------------------------------------------------------------

/// The optional filter of the findings page.
#[derive(Debug, Deserialize)]
pub struct FindingsQuery {
    severity: Option<String>,
}

/// The findings of one severity.
#[derive(Debug, Clone)]
pub struct SeveritySection {
    id: &'static str,
    heading: String,
    empty: String,
    items: Vec<FindingItem>,
}

/// A link of the severity filter.
#[derive(Debug, Clone)]
pub struct FilterLink {
    href: String,
    label: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "views-findings.html")]
struct FindingsPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    total: usize,
    summary: String,
    filters: Vec<FilterLink>,
    sections: Vec<SeveritySection>,
}

async fn findings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<FindingsQuery>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let names = Names::new(&ctx, &l);
    let chosen = q
        .severity
        .as_deref()
        .and_then(|s| Severity::ALL.into_iter().find(|v| v.id() == s));
    let count = |s: Severity| l.report.findings.iter().filter(|f| f.severity == s).count();
    let plural = |s: Severity| ctx.t(&format!("severity-{}-plural", s.id()));
    let base = format!("/c/{slug}/findings");
    let mut filters = vec![FilterLink {
        href: base.clone(),
        label: format!(
            "{} ({})",
            ctx.t("views-findings-all"),
            l.report.findings.len()
        ),
        current: chosen.is_none(),
    }];
    filters.extend(Severity::ALL.into_iter().map(|s| FilterLink {
        href: format!("{base}?severity={}", s.id()),
        label: format!("{} ({})", plural(s), count(s)),
        current: chosen == Some(s),
    }));
    let sections = Severity::ALL
        .into_iter()
        .filter(|s| chosen.is_none_or(|c| c == *s))
        .map(|s| SeveritySection {
            id: s.id(),
            heading: format!("{} ({})", plural(s), count(s)),
            empty: ctx.t(&format!("views-findings-none-{}", s.id())),
            items: l
                .report
                .findings
                .iter()
                .filter(|f| f.severity == s)
                .map(|f| FindingItem::new(&ctx, &l, &names, f))
                .collect(),
        })
        .collect();
    let s = &l.report.summary;
    let p = FindingsPage {
        title: ctx.t("views-findings-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/findings")),
        total: l.report.findings.len(),
        summary: ctx.ta(
            "views-findings-summary",
            &Args::new()
                .count("errors", s.errors)
                .count("warnings", s.warnings)
                .count("advice", s.advice),
        ),
        filters,
        sections,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}

// --- workload and recognition ----------------------------------------------------

/// One person in the workload chart and table.
#[derive(Debug, Clone)]
pub struct PersonRow {
    name: String,
    party: String,
    assigned: String,
    available: String,
    status: String,
    over: bool,
    tasks: usize,
    bar: svg::Bar,
    value: String,
}

/// One party's hours (its in-kind contribution).
#[derive(Debug, Clone)]
pub struct PartyRow {
    name: String,
    assigned: String,
    available: String,
    per_year: String,
}

/// Tasks carried and hours a year, for recognition.
#[derive(Debug, Clone)]
pub struct RecognitionRow {
    name: String,
    tasks: Vec<TaskLink>,
    per_year: String,
}

#[derive(Template)]
#[template(path = "views-workload.html")]
struct WorkloadPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    chart: svg::BarChart,
    ticks: Vec<TickView>,
    chart_label: String,
    people: Vec<PersonRow>,
    over_count: usize,
    over_notice: String,
    parties: Vec<PartyRow>,
    basic_hours: Option<String>,
    basic_above: bool,
    rec_people: Vec<RecognitionRow>,
    rec_parties: Vec<RecognitionRow>,
    recognition_how: String,
}

async fn workload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let names = Names::new(&ctx, &l);
    let w = &l.report.workload;
    let chart = svg::bar_chart(
        &w.people
            .iter()
            .map(|p| (p.assigned, p.available))
            .collect::<Vec<_>>(),
    );
    let unknown = ctx.t("views-unknown");
    let people: Vec<PersonRow> = w
        .people
        .iter()
        .zip(&chart.bars)
        .map(|(p, bar)| {
            let assigned = hours_text(&ctx, p.assigned);
            let value = match p.available {
                Some(a) => ctx.ta(
                    "views-workload-bar-value",
                    &Args::new()
                        .with("assigned", i18n::hours(ctx.lang, p.assigned))
                        .with("available", i18n::hours(ctx.lang, a)),
                ),
                None => assigned.clone(),
            };
            let status = match p.available {
                _ if bar.over => ctx.t("views-workload-over"),
                Some(_) => ctx.t("views-workload-fits"),
                None => unknown.clone(),
            };
            PersonRow {
                name: p.name.clone(),
                party: names
                    .party(p.party.as_str())
                    .unwrap_or_else(|| p.party.to_string()),
                assigned,
                available: p
                    .available
                    .map_or_else(|| unknown.clone(), |a| hours_text(&ctx, a)),
                status,
                over: bar.over,
                tasks: p.tasks,
                bar: *bar,
                value,
            }
        })
        .collect();
    let over_count = people.iter().filter(|p| p.over).count();
    let ticks = chart
        .ticks
        .iter()
        .map(|t| TickView {
            x: t.x,
            label: i18n::hours(ctx.lang, t.value),
        })
        .collect();
    let parties = w
        .parties
        .iter()
        .map(|p| PartyRow {
            name: p.name.clone(),
            assigned: hours_text(&ctx, p.assigned),
            available: p
                .available
                .map_or_else(|| unknown.clone(), |a| hours_text(&ctx, a)),
            per_year: hours_text(
                &ctx,
                p.assigned * rolwijzer_core::analyse::WORKING_WEEKS_PER_YEAR,
            ),
        })
        .collect();
    let rec = |party: bool| -> Vec<RecognitionRow> {
        l.report
            .recognition
            .iter()
            .filter(|r| r.is_party == party)
            .map(|r| RecognitionRow {
                name: r.name.clone(),
                tasks: names.tasks(&r.tasks),
                per_year: hours_text(&ctx, r.hours_per_year),
            })
            .collect()
    };
    let p = WorkloadPage {
        title: ctx.t("views-workload-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/workload")),
        chart_label: ctx.ta(
            "views-workload-chart-label",
            &Args::new()
                .count("people", people.len())
                .count("over", over_count),
        ),
        ticks,
        chart,
        over_count,
        over_notice: ctx.ta(
            "views-workload-over-notice",
            &Args::new().count("count", over_count),
        ),
        people,
        parties,
        basic_hours: w.basic_tasks_hours.map(|h| {
            ctx.ta(
                "views-workload-basic-ours",
                &Args::new().with("hours", i18n::hours(ctx.lang, h)),
            )
        }),
        basic_above: w
            .basic_tasks_hours
            .is_some_and(|h| h > f64::from(BASIC_TASKS_HOURS_PER_WEEK.1)),
        rec_people: rec(false),
        rec_parties: rec(true),
        recognition_how: ctx.ta(
            "views-recognition-how",
            &Args::new().with(
                "weeks",
                i18n::hours(ctx.lang, rolwijzer_core::analyse::WORKING_WEEKS_PER_YEAR),
            ),
        ),
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}

// --- departure -------------------------------------------------------------------

/// What one party's leaving would orphan, and what it holds now.
#[derive(Debug, Clone)]
pub struct DepartureView {
    id: String,
    name: String,
    lose_responsible: Vec<TaskLink>,
    lose_accountable: Vec<TaskLink>,
    holdings: Vec<HoldingView>,
}

/// The letters a party holds on one task.
#[derive(Debug, Clone)]
pub struct HoldingView {
    task: TaskLink,
    letters: Vec<Letter>,
}

/// A RACI letter with its meaning.
#[derive(Debug, Clone)]
pub struct Letter {
    letter: char,
    title: String,
}

fn letter(ctx: &Ctx, c: char) -> Letter {
    let id = match c {
        'R' => "raci-r",
        'A' => "raci-a",
        'C' => "raci-c",
        'I' => "raci-i",
        _ => "raci-backup",
    };
    Letter {
        letter: c,
        title: ctx.t(id),
    }
}

#[derive(Template)]
#[template(path = "views-departure.html")]
struct DeparturePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    rows: Vec<DepartureView>,
    at_risk: usize,
}

async fn departure(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let names = Names::new(&ctx, &l);
    let holdings = rolwijzer_core::analyse::holdings(l.doc(), &l.report);
    let rows: Vec<DepartureView> = holdings
        .iter()
        .map(|h| {
            let d = l.report.departure.iter().find(|d| d.party == h.party);
            DepartureView {
                id: h.party.to_string(),
                name: h.name.clone(),
                lose_responsible: d
                    .map(|d| names.tasks(&d.lose_responsible))
                    .unwrap_or_default(),
                lose_accountable: d
                    .map(|d| names.tasks(&d.lose_accountable))
                    .unwrap_or_default(),
                holdings: h
                    .tasks
                    .iter()
                    .map(|t| HoldingView {
                        task: TaskLink {
                            href: format!("/c/{slug}/task/{}", t.task),
                            name: names.task(&t.task),
                        },
                        letters: t.letters.chars().map(|c| letter(&ctx, c)).collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    let at_risk = rows
        .iter()
        .filter(|r| !r.lose_responsible.is_empty() || !r.lose_accountable.is_empty())
        .count();
    let p = DeparturePage {
        title: ctx.t("views-departure-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/departure")),
        rows,
        at_risk,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}

// --- money and the meeting agenda -------------------------------------------------

/// The reserve gauge with its words.
#[derive(Debug, Clone)]
pub struct GaugeView {
    g: svg::Gauge,
    ticks: Vec<TickView>,
    label: String,
    marker: String,
}

/// A fact in a definition list.
#[derive(Debug, Clone)]
pub struct Fact {
    term: String,
    value: String,
}

/// One point of the meeting agenda.
#[derive(Debug, Clone)]
pub struct AgendaItem {
    title: String,
    details: Vec<String>,
}

#[derive(Template)]
#[template(path = "views-money.html")]
struct MoneyPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    facts: Vec<Fact>,
    status: String,
    gauge: Option<GaugeView>,
    findings: Vec<FindingItem>,
    agenda: Vec<AgendaItem>,
    settings_href: Option<String>,
}

/// The next hand-over of the rotating tasks, in words.
struct Handover {
    date: Date,
    from: Option<String>,
    to: Option<String>,
    tasks: String,
}

fn next_handover(names: &Names<'_>, r: &RotationCalendar) -> Option<Handover> {
    let date = r.next_handover?;
    let party =
        |id: &rolwijzer_core::Id| names.party(id.as_str()).unwrap_or_else(|| id.to_string());
    let task_names: Vec<String> = r.tasks.iter().map(|t| names.task(t)).collect();
    Some(Handover {
        date,
        from: r
            .periods
            .iter()
            .find(|p| p.end == date)
            .map(|p| party(&p.party)),
        to: r
            .periods
            .iter()
            .find(|p| p.start == date)
            .map(|p| party(&p.party)),
        tasks: i18n::join_list(names.lang, &task_names),
    })
}

fn handover_text(ctx: &Ctx, h: &Handover) -> String {
    let date = i18n::date(ctx.lang, h.date);
    match (&h.from, &h.to) {
        (Some(from), Some(to)) => ctx.ta(
            "views-handover",
            &Args::new()
                .with("date", date)
                .with("tasks", h.tasks.clone())
                .with("from", from.clone())
                .with("to", to.clone()),
        ),
        (None, Some(to)) => ctx.ta(
            "views-handover-first",
            &Args::new()
                .with("date", date)
                .with("tasks", h.tasks.clone())
                .with("to", to.clone()),
        ),
        _ => ctx.ta(
            "views-handover-date",
            &Args::new()
                .with("date", date)
                .with("tasks", h.tasks.clone()),
        ),
    }
}

fn agenda(ctx: &Ctx, l: &Loaded, names: &Names<'_>) -> Vec<AgendaItem> {
    let c = &l.doc().collaboration;
    let r = &l.report;
    let mut items = Vec::new();

    // Money, always: the chapter's tip to make the finances a fixed item.
    let mut money = Vec::new();
    money.push(match (r.reserve_months, c.reserve) {
        (Some(m), Some(res)) => ctx.ta(
            "views-agenda-money-reserve",
            &Args::new()
                .with("reserve", i18n::euro(ctx.lang, res.cents()))
                .with("months", i18n::number(ctx.lang, m, 1)),
        ),
        _ => ctx.t("views-agenda-money-reserve-unknown"),
    });
    if c.contribution {
        money.push(ctx.t("views-agenda-money-contribution"));
    }
    money.push(ctx.t("views-agenda-money-spending"));
    items.push(AgendaItem {
        title: ctx.t("views-agenda-money"),
        details: money,
    });

    // Open findings: errors and warnings, short.
    let open: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Advice)
        .map(|f| {
            let title = f.code.title(ctx.lang);
            match names.subject(f) {
                Some(s) => format!("{} – {title} ({s})", f.code),
                None => format!("{} – {title}", f.code),
            }
        })
        .collect();
    items.push(AgendaItem {
        title: ctx.t("views-agenda-findings"),
        details: if open.is_empty() {
            vec![ctx.t("views-agenda-findings-none")]
        } else {
            open
        },
    });

    // Coming hand-overs of rotating tasks.
    if let Some(h) = r.rotation.as_ref().and_then(|x| next_handover(names, x)) {
        items.push(AgendaItem {
            title: ctx.t("views-agenda-handover"),
            details: vec![
                handover_text(ctx, &h),
                ctx.t("views-agenda-handover-prepare"),
            ],
        });
    }

    // The evaluation, when it is due soon, overdue or never held.
    use rolwijzer_core::analyse::EvaluationStatus as E;
    match (r.evaluation_status, r.evaluation_due) {
        (E::Overdue, Some(due)) => items.push(AgendaItem {
            title: ctx.t("views-agenda-evaluation"),
            details: vec![ctx.ta(
                "views-agenda-evaluation-overdue",
                &Args::new().with("date", i18n::date(ctx.lang, due)),
            )],
        }),
        (E::Soon, Some(due)) => items.push(AgendaItem {
            title: ctx.t("views-agenda-evaluation"),
            details: vec![ctx.ta(
                "views-agenda-evaluation-due",
                &Args::new().with("date", i18n::date(ctx.lang, due)),
            )],
        }),
        (E::Never, _) => items.push(AgendaItem {
            title: ctx.t("views-agenda-evaluation"),
            details: vec![ctx.t("views-agenda-evaluation-never")],
        }),
        _ => {}
    }

    items.push(AgendaItem {
        title: ctx.t("views-agenda-closing"),
        details: Vec::new(),
    });
    items
}

async fn money(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let names = Names::new(&ctx, &l);
    let c = &l.doc().collaboration;
    let r = &l.report;
    let yes_no = |b: Option<bool>| {
        ctx.t(match b {
            Some(true) => "views-yes",
            Some(false) => "views-no",
            None => "views-not-filled",
        })
    };
    let euro = |e: Option<rolwijzer_core::Euro>| {
        e.map_or_else(
            || ctx.t("views-not-filled"),
            |e| i18n::euro(ctx.lang, e.cents()),
        )
    };
    let months = r.reserve_months.map(|m| {
        ctx.ta(
            "views-months",
            &Args::new().with("months", i18n::number(ctx.lang, m, 1)),
        )
    });
    let facts = vec![
        Fact {
            term: ctx.t("views-money-contribution"),
            value: yes_no(Some(c.contribution)),
        },
        Fact {
            term: ctx.t("views-money-separate"),
            value: yes_no(c.separate_administration),
        },
        Fact {
            term: ctx.t("views-money-fixed-costs"),
            value: euro(c.fixed_costs_per_month),
        },
        Fact {
            term: ctx.t("views-money-reserve"),
            value: euro(c.reserve),
        },
        Fact {
            term: ctx.t("views-money-reserve-months"),
            value: months.clone().unwrap_or_else(|| ctx.t("views-unknown")),
        },
    ];
    let (low, high) = (
        f64::from(RESERVE_MONTHS_BAND.0),
        f64::from(RESERVE_MONTHS_BAND.1),
    );
    let status = match r.reserve_months {
        Some(m) if m < low => ctx.t("views-money-status-low"),
        Some(m) if m <= high => ctx.t("views-money-status-good"),
        Some(_) => ctx.t("views-money-status-high"),
        None => ctx.t("views-money-status-unknown"),
    };
    let gauge = r.reserve_months.map(|m| {
        let g = svg::gauge(m, (low, high), GAUGE_MAX_MONTHS);
        let ticks = g
            .ticks
            .iter()
            .map(|t| TickView {
                x: t.x,
                label: i18n::number(ctx.lang, t.value, 0),
            })
            .collect();
        let marker = months.clone().unwrap_or_default();
        GaugeView {
            label: ctx.ta(
                "views-money-gauge-label",
                &Args::new()
                    .with("months", i18n::number(ctx.lang, m, 1))
                    .with("status", status.clone()),
            ),
            marker: if g.beyond {
                format!("{marker} →")
            } else {
                marker
            },
            ticks,
            g,
        }
    });
    let findings = r
        .findings
        .iter()
        .filter(|f| f.code.is_money())
        .map(|f| FindingItem::new(&ctx, &l, &names, f))
        .collect();
    let agenda = agenda(&ctx, &l, &names);
    let p = MoneyPage {
        title: ctx.t("views-money-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/money")),
        facts,
        status,
        gauge,
        findings,
        agenda,
        settings_href: l
            .can_edit()
            .then(|| format!("/c/{slug}/settings#field-reserve")),
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}

// --- rotation --------------------------------------------------------------------

/// One turn of the rotation.
#[derive(Debug, Clone)]
pub struct TurnView {
    party: String,
    holder: String,
    start: String,
    end: String,
    current: bool,
    past: bool,
    state: String,
    label: String,
    span: svg::Span,
}

/// A date on the timeline's axis.
#[derive(Debug, Clone)]
pub struct DateTick {
    x: Px,
    anchor: &'static str,
    label: String,
}

/// A vertical mark on the timeline with its words.
#[derive(Debug, Clone)]
pub struct MarkView {
    m: svg::Mark,
    label: String,
}

/// The rotation calendar with its chart.
#[derive(Debug, Clone)]
pub struct RotationView {
    chart: svg::Timeline,
    turns: Vec<TurnView>,
    ticks: Vec<DateTick>,
    today: Option<MarkView>,
    handover: Option<MarkView>,
    label: String,
    tasks: Vec<TaskLink>,
    handover_text: Option<String>,
    period: String,
}

#[derive(Template)]
#[template(path = "views-rotation.html")]
struct RotationPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    rotation: Option<RotationView>,
    how: String,
    pros: Vec<String>,
    attention: Vec<String>,
    suits: String,
    settings_href: Option<String>,
}

fn rotation_view(ctx: &Ctx, l: &Loaded, names: &Names<'_>, today: Date) -> Option<RotationView> {
    let r = l.report.rotation.as_ref()?;
    let first = r.periods.first()?.start;
    let days = |d: Date| first.days_until(d);
    let spans: Vec<(i64, i64)> = r
        .periods
        .iter()
        .map(|p| (days(p.start), days(p.end)))
        .collect();
    let marks = [days(today), r.next_handover.map_or(-1, days)];
    let chart = svg::timeline(&spans, &marks);
    let now = ctx.t("views-rotation-now");
    let turns: Vec<TurnView> = r
        .periods
        .iter()
        .zip(&chart.spans)
        .map(|(p, span)| {
            let party = names
                .party(p.party.as_str())
                .unwrap_or_else(|| p.party.to_string());
            let holder = p
                .holder
                .as_ref()
                .map(|h| names.person(h.as_str()).unwrap_or_else(|| h.to_string()))
                .unwrap_or_else(|| ctx.t("views-rotation-no-contact"));
            let past = p.end <= today;
            let state = if p.current {
                now.clone()
            } else if past {
                ctx.t("views-rotation-past")
            } else {
                ctx.t("views-rotation-coming")
            };
            let label = if p.current {
                format!("{party} · {holder} · {now}")
            } else {
                format!("{party} · {holder}")
            };
            TurnView {
                start: i18n::date(ctx.lang, p.start),
                end: i18n::date(ctx.lang, p.end),
                current: p.current,
                past,
                state,
                label,
                party,
                holder,
                span: *span,
            }
        })
        .collect();
    let mut boundaries: Vec<Date> = r.periods.iter().map(|p| p.start).collect();
    if let Some(p) = r.periods.last() {
        boundaries.push(p.end);
    }
    let ticks = chart
        .ticks
        .iter()
        .filter_map(|t| {
            boundaries.get(t.index).map(|d| DateTick {
                x: t.x,
                anchor: t.anchor,
                label: i18n::date(ctx.lang, *d),
            })
        })
        .collect();
    let today_mark = chart.marks.first().copied().flatten().map(|m| MarkView {
        m,
        label: ctx.ta(
            "views-rotation-today",
            &Args::new().with("date", i18n::date(ctx.lang, today)),
        ),
    });
    let handover_mark = chart
        .marks
        .get(1)
        .copied()
        .flatten()
        .zip(r.next_handover)
        .map(|(m, d)| MarkView {
            m,
            label: ctx.ta(
                "views-rotation-handover-mark",
                &Args::new().with("date", i18n::date(ctx.lang, d)),
            ),
        });
    let current = turns.iter().find(|t| t.current);
    let next = r
        .next_handover
        .and_then(|d| r.periods.iter().position(|p| p.start == d))
        .and_then(|i| turns.get(i));
    let label = ctx.ta(
        "views-rotation-chart-label",
        &Args::new()
            .count("turns", turns.len())
            .with(
                "current",
                current.map_or_else(
                    || ctx.t("views-nobody"),
                    |t| format!("{} ({})", t.party, t.holder),
                ),
            )
            .with(
                "next",
                next.map_or_else(|| ctx.t("views-unknown"), |t| t.party.clone()),
            )
            .with(
                "date",
                r.next_handover
                    .map_or_else(|| ctx.t("views-unknown"), |d| i18n::date(ctx.lang, d)),
            ),
    );
    let period = l
        .doc()
        .rotation
        .as_ref()
        .map(|x| {
            ctx.ta(
                "views-rotation-period",
                &Args::new().count("months", x.period_months.get() as usize),
            )
        })
        .unwrap_or_default();
    Some(RotationView {
        handover_text: next_handover(names, r).map(|h| handover_text(ctx, &h)),
        tasks: names.tasks(&r.tasks),
        chart,
        turns,
        ticks,
        today: today_mark,
        handover: handover_mark,
        label,
        period,
    })
}

async fn rotation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let names = Names::new(&ctx, &l);
    let view = rotation_view(&ctx, &l, &names, state.today());
    let p = RotationPage {
        title: ctx.t("views-rotation-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/rotation")),
        rotation: view,
        how: ctx.t("arrangement-rotating-how"),
        pros: texts().list(ctx.lang, "arrangement-rotating-pro"),
        attention: texts().list(ctx.lang, "arrangement-rotating-attention"),
        suits: ctx.t("arrangement-rotating-suits"),
        settings_href: l
            .can_edit()
            .then(|| format!("/c/{slug}/settings#field-rotation")),
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
