//! Money: the contribution per municipality from the budget, the reserve, the money
//! findings and the meeting agenda: `/c/{slug}/money`; and the budget form that
//! editors post to the same address. Every figure comes from the report
//! ([`rolwijzer_core::money`] computes it); this page only shows and edits.

use super::*;
use crate::http::access::CollabPage;
use crate::pages::collab::people::fields::{Check, Field, euro_value, parse_euro};
use crate::ui::forms::{CollabForm, Pairs};
use crate::ui::save::FieldErrors;
use rolwijzer_core::Document;
use rolwijzer_core::document::PartyKind;
use rolwijzer_core::money::{
    Activity, Budget, Contributions, Inhabitants, Key, MAX_ACTIVITIES, MAX_TIERS, Tier, Weeks, Year,
};

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
    slug: String,
    saved: bool,
    has_errors: bool,
    contributions: Option<ContributionsView>,
    activities: Vec<ActivityView>,
    form: Option<BudgetForm>,
    facts: Vec<Fact>,
    fixed_source: Option<String>,
    status: String,
    gauge: Option<GaugeView>,
    findings: Vec<FindingItem>,
    agenda: Vec<AgendaItem>,
    settings_href: Option<String>,
}

/// The contributions of the report, in words and euro text.
#[derive(Debug, Clone)]
pub struct ContributionsView {
    heading: String,
    key: String,
    fallback: Option<String>,
    no_amounts: bool,
    rows: Vec<ContributionRow>,
    totals: Vec<Fact>,
    note: String,
    chart: svg::CashChart,
    chart_label: String,
}

/// One municipality's row, with the sentence that explains it.
#[derive(Debug, Clone)]
pub struct ContributionRow {
    name: String,
    inhabitants: String,
    hours: String,
    in_kind: String,
    share: String,
    cash: String,
    receive: bool,
    sentence: String,
    bar: svg::CashBar,
}

/// One activity of the budget as shown to everyone.
#[derive(Debug, Clone)]
pub struct ActivityView {
    name: String,
    cost: String,
    fixed: bool,
}

/// A key as a radio button with what it means.
#[derive(Debug, Clone)]
pub struct KeyChoice {
    id: &'static str,
    label: String,
    desc: String,
}

/// One activity row of the form.
#[derive(Debug, Clone)]
pub struct ActivityRow {
    n: usize,
    name: Field,
    cost: Field,
    fixed: Field,
}

/// One tier row of the form.
#[derive(Debug, Clone)]
pub struct TierRow {
    n: usize,
    up_to: Field,
    amount: Field,
}

/// One municipality in the form: its inhabitants and whether it contributes.
#[derive(Debug, Clone)]
pub struct PartyRow {
    id: String,
    name: String,
    shown: String,
    inhabitants: Field,
    contributes: Field,
}

/// The budget form (editors only).
#[derive(Debug, Clone)]
pub struct BudgetForm {
    base: i64,
    year: Field,
    key: Field,
    keys: Vec<KeyChoice>,
    hourly_rate: Field,
    weeks: Field,
    activities: Vec<ActivityRow>,
    activities_error: Option<String>,
    tiers: Vec<TierRow>,
    tiers_error: Option<String>,
    parties: Vec<PartyRow>,
}

/// Empty activity rows the form offers below the budget's own.
const BLANK_ACTIVITIES: usize = 3;
/// Empty tier rows the form offers below the budget's own.
const BLANK_TIERS: usize = 2;
/// The form always shows at least this many tier rows.
const MIN_TIER_ROWS: usize = 3;
const KEYS: [Key; 3] = [Key::Equal, Key::Inhabitants, Key::Tiers];

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
            let title = crate::ui::findings::web_title(ctx, f.code);
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

/// The amount in euro text; negative amounts as received in words are the caller's.
fn euro(ctx: &Ctx, cents: i64) -> String {
    i18n::euro(ctx.lang, cents.unsigned_abs())
}

/// "€ 4.940 betalen", "€ 8.860 ontvangen" or "niets".
fn cash_text(ctx: &Ctx, cash: i64) -> String {
    let id = match cash {
        c if c > 0 => "views-money-pay",
        c if c < 0 => "views-money-receive",
        _ => "views-money-nothing",
    };
    ctx.ta(id, &Args::new().with("amount", euro(ctx, cash)))
}

fn contributions_view(ctx: &Ctx, c: &Contributions) -> ContributionsView {
    let lang = ctx.lang;
    let chart = svg::cash_chart(
        &c.parties
            .iter()
            .map(|p| p.cash as f64 / 100.0)
            .collect::<Vec<_>>(),
    );
    let rows = c
        .parties
        .iter()
        .zip(&chart.bars)
        .map(|(p, bar)| {
            let hours = i18n::hours(lang, p.hours_per_week);
            let work = if p.in_kind > 0 {
                ctx.ta(
                    "views-money-sentence-work",
                    &Args::new()
                        .with("party", p.name.clone())
                        .with("hours", hours.clone())
                        .with("value", euro(ctx, p.in_kind)),
                )
            } else if p.hours_per_week > 0.0 {
                ctx.ta(
                    "views-money-sentence-work-unrated",
                    &Args::new()
                        .with("party", p.name.clone())
                        .with("hours", hours.clone()),
                )
            } else {
                ctx.ta(
                    "views-money-sentence-no-work",
                    &Args::new().with("party", p.name.clone()),
                )
            };
            let inhabitants = p.inhabitants.map(|n| i18n::number(lang, n as f64, 0));
            let key = match (c.applied_key, &inhabitants) {
                (Key::Inhabitants, Some(_)) => "inhabitants",
                (Key::Tiers, Some(_)) => "tiers",
                _ => "equal",
            };
            let outcome = match p.cash {
                x if x > 0 => "pay",
                x if x < 0 => "receive",
                _ => "none",
            };
            let share = ctx.ta(
                "views-money-sentence-share",
                &Args::new()
                    .with("key", key)
                    .with("inhabitants", grouped(lang, p.inhabitants.unwrap_or(0)))
                    .with("share", euro(ctx, p.share))
                    .with("outcome", outcome)
                    .with("amount", euro(ctx, p.cash)),
            );
            ContributionRow {
                name: p.name.clone(),
                inhabitants: p
                    .inhabitants
                    .map_or_else(|| ctx.t("views-not-filled"), |n| grouped(lang, n)),
                hours: i18n::hours(lang, p.hours_per_year(c.weeks_per_year)),
                in_kind: euro(ctx, p.in_kind),
                share: euro(ctx, p.share),
                cash: cash_text(ctx, p.cash),
                receive: p.cash < 0,
                sentence: format!("{work} {share}"),
                bar: *bar,
            }
        })
        .collect();
    let mut totals = vec![
        Fact {
            term: ctx.t("views-money-cost"),
            value: euro(ctx, c.cost),
        },
        Fact {
            term: ctx.t("views-money-in-kind"),
            value: euro(ctx, c.in_kind),
        },
        Fact {
            term: ctx.t("views-money-total"),
            value: euro(ctx, c.total),
        },
    ];
    if c.gap != 0 {
        totals.push(Fact {
            term: ctx.t(if c.gap > 0 {
                "views-money-gap"
            } else {
                "views-money-surplus"
            }),
            value: euro(ctx, c.gap),
        });
    }
    let rate = c.hourly_rate.map_or_else(
        || ctx.t("views-money-no-rate"),
        |r| i18n::euro(lang, r.cents()),
    );
    ContributionsView {
        heading: match c.year {
            Some(y) => ctx.ta(
                "views-money-contributions-year",
                &Args::new().with("year", y.to_string()),
            ),
            None => ctx.t("views-money-contributions"),
        },
        key: ctx.ta(
            "views-money-key-used",
            &Args::new()
                .with("key", ctx.t(&format!("views-money-key-{}", c.key.id())))
                .count("count", c.parties.len()),
        ),
        fallback: (c.applied_key != c.key).then(|| ctx.t("views-money-key-fallback")),
        no_amounts: c.cost == 0 && c.in_kind == 0,
        rows,
        totals,
        note: ctx.ta(
            "views-money-note",
            &Args::new()
                .with("weeks", c.weeks_per_year.to_string())
                .with("rate", rate),
        ),
        chart_label: ctx.t("views-money-chart-label"),
        chart,
    }
}

/// A whole number with thousands grouped: "132.000".
fn grouped(lang: Lang, n: u64) -> String {
    i18n::euro(lang, n.saturating_mul(100))
        .trim_start_matches('€')
        .trim()
        .to_owned()
}

fn key_choices(ctx: &Ctx) -> Vec<KeyChoice> {
    KEYS.iter()
        .map(|k| KeyChoice {
            id: k.id(),
            label: ctx.t(&format!("views-money-key-{}", k.id())),
            desc: ctx.t(&format!("views-money-key-{}-desc", k.id())),
        })
        .collect()
}

fn activity_row(n: usize, name: &str, cost: String, fixed: bool) -> ActivityRow {
    ActivityRow {
        n,
        name: Field::new("budget", &format!("activity-{n}-name"), name),
        cost: Field::new("budget", &format!("activity-{n}-cost"), cost),
        fixed: Field::new(
            "budget",
            &format!("activity-{n}-fixed"),
            if fixed { "on" } else { "" },
        ),
    }
}

fn tier_row(n: usize, up_to: String, amount: String) -> TierRow {
    TierRow {
        n,
        up_to: Field::new("budget", &format!("tier-{n}-up_to"), up_to),
        amount: Field::new("budget", &format!("tier-{n}-amount"), amount),
    }
}

fn municipalities(doc: &Document) -> impl Iterator<Item = &rolwijzer_core::document::Party> {
    doc.parties
        .iter()
        .filter(|p| p.kind == PartyKind::Municipality)
}

fn budget_form(ctx: &Ctx, doc: &Document, base: i64) -> BudgetForm {
    let b = doc.budget.as_ref();
    let mut activities: Vec<ActivityRow> = b
        .map(|b| b.activities.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(n, a)| activity_row(n, a.name.as_str(), euro_value(ctx, Some(a.cost)), a.fixed))
        .collect();
    for _ in 0..BLANK_ACTIVITIES {
        activities.push(activity_row(activities.len(), "", String::new(), false));
    }
    let mut tiers: Vec<TierRow> = b
        .map(|b| b.tiers.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(n, t)| {
            tier_row(
                n,
                t.up_to.map(|u| u.get().to_string()).unwrap_or_default(),
                euro_value(ctx, Some(t.amount)),
            )
        })
        .collect();
    let want = (tiers.len() + BLANK_TIERS).max(MIN_TIER_ROWS);
    while tiers.len() < want {
        tiers.push(tier_row(tiers.len(), String::new(), String::new()));
    }
    BudgetForm {
        base,
        year: Field::new(
            "budget",
            "year",
            b.and_then(|b| b.year)
                .map(|y| y.get().to_string())
                .unwrap_or_default(),
        ),
        key: Field::new("budget", "key", b.map_or(Key::Equal, |b| b.key).id()),
        keys: key_choices(ctx),
        hourly_rate: Field::new(
            "budget",
            "hourly_rate",
            euro_value(ctx, b.and_then(|b| b.hourly_rate)),
        ),
        weeks: Field::new(
            "budget",
            "weeks_per_year",
            b.and_then(|b| b.weeks_per_year)
                .map(|w| w.get().to_string())
                .unwrap_or_default(),
        ),
        activities,
        activities_error: None,
        tiers,
        tiers_error: None,
        parties: municipalities(doc)
            .map(|p| PartyRow {
                id: p.id.to_string(),
                name: p.name.to_string(),
                shown: format!("party-{}-shown", p.id),
                inhabitants: Field::new(
                    "budget",
                    &format!("party-{}-inhabitants", p.id),
                    p.inhabitants
                        .map(|n| n.get().to_string())
                        .unwrap_or_default(),
                ),
                contributes: Field::new(
                    "budget",
                    &format!("party-{}-contributes", p.id),
                    if p.contributes == Some(false) {
                        ""
                    } else {
                        "on"
                    },
                ),
            })
            .collect(),
    }
}

/// Whether a form field was sent at all.
fn sent(f: Pairs<'_>, name: &str) -> bool {
    f.0.iter().any(|(k, _)| k == name)
}

/// How many numbered rows `prefix-{n}-…` the form sent (rows are numbered from 0 without
/// gaps), at most `max + 1` so that too many can be told.
fn rows_sent(f: Pairs<'_>, prefix: &str, parts: &[&str], max: usize) -> usize {
    (0..=max)
        .take_while(|n| parts.iter().any(|p| sent(f, &format!("{prefix}-{n}-{p}"))))
        .count()
}

/// Puts what was sent, and the messages, back into the form.
fn refill(form: &mut BudgetForm, f: Pairs<'_>, errors: &FieldErrors, base: i64) {
    form.base = base;
    for fl in [
        &mut form.year,
        &mut form.key,
        &mut form.hourly_rate,
        &mut form.weeks,
    ] {
        fl.fill(f, errors);
    }
    let n = rows_sent(f, "activity", &["name", "cost"], MAX_ACTIVITIES);
    form.activities = (0..n.min(MAX_ACTIVITIES))
        .map(|i| {
            let mut r = activity_row(i, "", String::new(), false);
            r.name.fill(f, errors);
            r.cost.fill(f, errors);
            r.fixed.fill(f, errors);
            r
        })
        .collect();
    form.activities_error = errors.get("activities").cloned();
    let n = rows_sent(f, "tier", &["up_to", "amount"], MAX_TIERS);
    form.tiers = (0..n.min(MAX_TIERS))
        .map(|i| {
            let mut r = tier_row(i, String::new(), String::new());
            r.up_to.fill(f, errors);
            r.amount.fill(f, errors);
            r
        })
        .collect();
    form.tiers_error = errors.get("tiers").cloned();
    for p in &mut form.parties {
        if sent(f, &p.shown) {
            p.inhabitants.fill(f, errors);
            p.contributes.fill(f, errors);
        }
    }
}

fn build(
    ctx: &Ctx,
    l: &Loaded,
    saved: bool,
    failed: Option<(Pairs<'_>, &FieldErrors, i64)>,
) -> MoneyPage {
    let names = Names::new(ctx, l);
    let doc = l.doc();
    let c = &doc.collaboration;
    let r = &l.report;
    let yes_no = |b: Option<bool>| {
        ctx.t(match b {
            Some(true) => "views-yes",
            Some(false) => "views-no",
            None => "views-not-filled",
        })
    };
    let euro_opt = |e: Option<rolwijzer_core::Euro>| {
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
    // Without fixed costs of their own, the core takes them from the budget: say so.
    let from_budget = c
        .fixed_costs_per_month
        .is_none()
        .then(|| rolwijzer_core::money::fixed_costs_per_month(doc))
        .flatten();
    let fixed_source = from_budget.map(|month| {
        let year = r.contributions.as_ref().map_or(0, |x| x.fixed);
        ctx.ta(
            "views-money-fixed-from-budget",
            &Args::new()
                .with("year", euro(ctx, year))
                .with("month", i18n::euro(ctx.lang, month.cents())),
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
            value: match from_budget {
                Some(m) => ctx.ta(
                    "views-money-fixed-costs-budget",
                    &Args::new().with("amount", i18n::euro(ctx.lang, m.cents())),
                ),
                None => euro_opt(c.fixed_costs_per_month),
            },
        },
        Fact {
            term: ctx.t("views-money-reserve"),
            value: euro_opt(c.reserve),
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
        .map(|f| FindingItem::new(ctx, l, &names, f))
        .collect();
    let agenda = agenda(ctx, l, &names);
    let activities = doc
        .budget
        .as_ref()
        .map(|b| b.activities.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|a| ActivityView {
            name: a.name.to_string(),
            cost: i18n::euro(ctx.lang, a.cost.cents()),
            fixed: a.fixed,
        })
        .collect();
    let mut form = l.can_edit().then(|| budget_form(ctx, doc, l.collab.head));
    if let (Some(form), Some((pairs, errors, base))) = (form.as_mut(), failed) {
        refill(form, pairs, errors, base);
    }
    let slug = l.collab.slug.clone();
    MoneyPage {
        title: ctx.t("views-money-title"),
        nav: Some(CollabNav::new(ctx, l, "/money")),
        saved,
        has_errors: failed.is_some(),
        contributions: r.contributions.as_ref().map(|x| contributions_view(ctx, x)),
        activities,
        form,
        facts,
        fixed_source,
        status,
        gauge,
        findings,
        agenda,
        settings_href: l
            .can_edit()
            .then(|| format!("/c/{slug}/settings#field-reserve")),
        slug,
        ctx: ctx.clone(),
    }
}

/// GET /c/{slug}/money
pub(crate) async fn show(p: CollabPage) -> AppResult<Response> {
    page(&p.ctx, &build(&p.ctx, &p.l, p.saved(), None))
}

/// POST /c/{slug}/money: saves the budget, the inhabitants and who contributes.
pub(crate) async fn save(form: CollabForm) -> AppResult<Response> {
    let (ctx, slug, f) = (&form.ctx, &form.slug, form.fields());
    let base = form.base()?;
    form.save_or_show(
        base,
        &format!("/c/{slug}/money"),
        &format!("/c/{slug}/money?saved=1#contributions"),
        |doc| apply_budget(ctx, doc, f),
        |l, errors| Ok(build(ctx, l, false, Some((f, &errors, base)))),
    )
    .await
}

/// A whole number as people write it ("132000", "132.000"); `None` when it is not one.
fn whole(v: &str) -> Option<i64> {
    parse_euro(v)
        .filter(|x| x.fract() == 0.0 && *x <= 1e15)
        .map(|x| x as i64)
}

fn apply_budget(ctx: &Ctx, doc: &mut Document, f: Pairs<'_>) -> Result<(), FieldErrors> {
    let mut c = Check::new(ctx);
    let year = match f.get("year").trim() {
        "" => None,
        v => match v.parse::<i64>().ok().and_then(|y| Year::new(y).ok()) {
            Some(y) => Some(y),
            None => {
                c.fail("year", "views-money-error-year");
                None
            }
        },
    };
    let key = match f.get("key") {
        "" | "equal" => Some(Key::Equal),
        "inhabitants" => Some(Key::Inhabitants),
        "tiers" => Some(Key::Tiers),
        _ => {
            c.fail("key", "people-error-choice");
            None
        }
    };
    let hourly_rate = c.euro("hourly_rate", f.get("hourly_rate"));
    let weeks = match f.get("weeks_per_year").trim() {
        "" => None,
        v => match whole(v).and_then(|w| Weeks::new(w).ok()) {
            Some(w) => Some(w),
            None => {
                c.fail("weeks_per_year", "views-money-error-weeks");
                None
            }
        },
    };

    let rows = rows_sent(f, "activity", &["name", "cost"], MAX_ACTIVITIES);
    if rows > MAX_ACTIVITIES {
        c.fail_with(
            "activities",
            "views-money-error-too-many",
            &Args::new().count("max", MAX_ACTIVITIES),
        );
    }
    let mut activities: Vec<Activity> = Vec::new();
    for n in 0..rows.min(MAX_ACTIVITIES) {
        let (name_f, cost_f) = (format!("activity-{n}-name"), format!("activity-{n}-cost"));
        let (name, cost) = (f.get(&name_f), f.get(&cost_f));
        if name.trim().is_empty() && cost.trim().is_empty() {
            continue; // An empty row: nothing, or an activity taken out.
        }
        let name = c.text(&name_f, name);
        let cost = if cost.trim().is_empty() {
            c.fail(&cost_f, "views-money-error-cost");
            None
        } else {
            c.euro(&cost_f, cost)
        };
        if let (Some(name), Some(cost)) = (name, cost) {
            activities.push(Activity {
                name,
                cost,
                fixed: f.ticked(&format!("activity-{n}-fixed")),
            });
        }
    }

    let rows = rows_sent(f, "tier", &["up_to", "amount"], MAX_TIERS);
    if rows > MAX_TIERS {
        c.fail_with(
            "tiers",
            "views-money-error-too-many",
            &Args::new().count("max", MAX_TIERS),
        );
    }
    // (row number, tier) of the rows filled in.
    let mut tiers: Vec<(usize, Tier)> = Vec::new();
    for n in 0..rows.min(MAX_TIERS) {
        let (up_f, amount_f) = (format!("tier-{n}-up_to"), format!("tier-{n}-amount"));
        let (up, amount) = (f.get(&up_f).trim(), f.get(&amount_f).trim());
        if up.is_empty() && amount.is_empty() {
            continue;
        }
        let up_to = match up {
            "" => Some(None),
            v => match whole(v).and_then(|n| Inhabitants::new(n).ok()) {
                Some(n) => Some(Some(n)),
                None => {
                    c.fail(&up_f, "views-money-error-inhabitants");
                    None
                }
            },
        };
        let amount = if amount.is_empty() {
            c.fail(&amount_f, "views-money-error-cost");
            None
        } else {
            c.euro(&amount_f, amount)
        };
        if let (Some(up_to), Some(amount)) = (up_to, amount) {
            tiers.push((n, Tier { up_to, amount }));
        }
    }
    // The tiers run from small to large; only the last is open.
    let last = tiers.len().saturating_sub(1);
    for (i, (n, t)) in tiers.iter().enumerate() {
        let field = format!("tier-{n}-up_to");
        match (t.up_to, i == last) {
            (None, false) => c.fail(&field, "views-money-error-tier-open"),
            (Some(_), true) => c.fail(&field, "views-money-error-tier-last"),
            _ => {}
        }
        if let (Some(prev), Some(this)) = (
            i.checked_sub(1)
                .and_then(|p| tiers.get(p))
                .and_then(|p| p.1.up_to),
            t.up_to,
        ) {
            if this <= prev {
                c.fail(&field, "views-money-error-tier-order");
            }
        }
    }

    // Inhabitants and taking part, for the municipalities that were on the form.
    let mut parties: Vec<(usize, Option<Inhabitants>, Option<bool>)> = Vec::new();
    for (i, p) in doc.parties.iter().enumerate() {
        if p.kind != PartyKind::Municipality || !sent(f, &format!("party-{}-shown", p.id)) {
            continue;
        }
        let field = format!("party-{}-inhabitants", p.id);
        let inhabitants = match f.get(&field).trim() {
            "" => None,
            v => match whole(v).and_then(|n| Inhabitants::new(n).ok()) {
                Some(n) => Some(n),
                None => {
                    c.fail(&field, "views-money-error-inhabitants");
                    None
                }
            },
        };
        let contributes = if f.ticked(&format!("party-{}-contributes", p.id)) {
            // Taking part is the default: keep an explicit "yes", else leave it unsaid.
            p.contributes.filter(|c| *c)
        } else {
            Some(false)
        };
        parties.push((i, inhabitants, contributes));
    }

    let (Some(key), true) = (key, c.ok()) else {
        return Err(c.errors);
    };
    for (i, inhabitants, contributes) in parties {
        if let Some(p) = doc.parties.get_mut(i) {
            p.inhabitants = inhabitants;
            p.contributes = contributes;
        }
    }
    let budget = Budget {
        year,
        key,
        hourly_rate,
        weeks_per_year: weeks,
        activities,
        tiers: tiers.into_iter().map(|(_, t)| t).collect(),
    };
    let empty = budget.year.is_none()
        && budget.key == Key::Equal
        && budget.hourly_rate.is_none()
        && budget.weeks_per_year.is_none()
        && budget.activities.is_empty()
        && budget.tiers.is_empty();
    // An untouched empty form does not start a budget; emptying one removes it.
    doc.budget = (!empty).then_some(budget);
    Ok(())
}
