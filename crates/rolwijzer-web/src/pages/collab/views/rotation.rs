//! The rotation calendar: `/c/{slug}/rotation`.

use super::money::{handover_text, next_handover};
use super::*;
use crate::http::access::CollabPage;

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
#[template(path = "collab/views/rotation.html")]
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

pub(crate) async fn show(req: CollabPage) -> AppResult<Response> {
    let (state, ctx, l, slug) = (req.state, req.ctx, req.l, req.slug);
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
