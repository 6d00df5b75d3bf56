//! Hours per person and per party, and the recognition overview: `/c/{slug}/workload`.

use super::*;
use crate::http::access::Member;

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

/// `?party=ID`: whose people a large division shows.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct WorkloadQuery {
    #[serde(default)]
    party: Option<String>,
}

#[derive(Template)]
#[template(path = "collab/views/workload.html")]
struct WorkloadPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    /// In a large division: every party, to choose whose people to show (id, name,
    /// chosen); empty when everyone is shown.
    party_choices: Vec<(String, String, bool)>,
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

pub(crate) async fn show(
    ctx: Ctx,
    Member(l): Member,
    Path(slug): Path<String>,
    Query(q): Query<WorkloadQuery>,
) -> AppResult<Response> {
    let names = Names::new(&ctx, &l);
    let w = &l.report.workload;
    // A bar and a row per person of a national collaboration made a page of more than
    // a megabyte: there the page shows the people of the party asked for, and everyone
    // who has more work than hours (they need attention wherever they work).
    let large = w.people.len() > crate::pages::collab::people::ALL_PEOPLE_UP_TO;
    let asked = q.party.as_deref().unwrap_or("");
    let shown: Vec<_> = w
        .people
        .iter()
        .filter(|p| {
            !large
                || p.party.as_str() == asked
                || p.available.is_some_and(|a| p.assigned > a + 1e-9)
        })
        .collect();
    let party_choices = if large {
        w.parties
            .iter()
            .map(|p| {
                (
                    p.party.to_string(),
                    p.name.clone(),
                    p.party.as_str() == asked,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let chart = svg::bar_chart(
        &shown
            .iter()
            .map(|p| (p.assigned, p.available))
            .collect::<Vec<_>>(),
    );
    let unknown = ctx.t("views-unknown");
    let people: Vec<PersonRow> = shown
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
            .filter(|r| party || !large || shown.iter().any(|p| p.person == r.id))
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
        slug,
        party_choices,
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
