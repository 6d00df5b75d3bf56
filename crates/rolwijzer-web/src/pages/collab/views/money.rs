//! Money: the reserve, the money findings and the meeting agenda: `/c/{slug}/money`.

use super::*;
use crate::http::access::Member;

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
#[template(path = "collab/views/money.html")]
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
pub(super) struct Handover {
    date: Date,
    from: Option<String>,
    to: Option<String>,
    tasks: String,
}

pub(super) fn next_handover(names: &Names<'_>, r: &RotationCalendar) -> Option<Handover> {
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

pub(super) fn handover_text(ctx: &Ctx, h: &Handover) -> String {
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

pub(crate) async fn show(
    ctx: Ctx,
    Member(l): Member,
    Path(slug): Path<String>,
) -> AppResult<Response> {
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
