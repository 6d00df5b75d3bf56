//! The contribution per municipality in words and figures, the same in the annex and
//! in the Markdown and HTML pages (the guide's "communicate openly where the money
//! goes"). The calculation itself is the core's; this only formats it.

use crate::model::Model;
use crate::texts::targs;
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_core::money::Contributions;

/// The contributions, formatted for people.
#[derive(Debug, Clone)]
pub(crate) struct MoneyView {
    /// The section heading ("Bijdragen 2027").
    pub heading: String,
    /// What the section shows and how it is computed.
    pub intro: String,
    /// Label and amount: cost, in-kind work, total, and the gap when there is one.
    pub totals: Vec<(String, String)>,
    /// Column headings of the table.
    pub head: Vec<String>,
    /// One row per contributing municipality.
    pub rows: Vec<Vec<String>>,
    /// How in-kind work is valued.
    pub note: String,
}

/// Amount in euro, with a sign for negative amounts.
fn signed(m: &Model, cents: i64) -> String {
    let a = i18n::euro(m.lang, cents.unsigned_abs());
    if cents < 0 { format!("-{a}") } else { a }
}

/// The view, when the document has a budget.
pub(crate) fn view(m: &Model) -> Option<MoneyView> {
    let c: &Contributions = m.report.contributions.as_ref()?;
    let heading = match c.year {
        Some(y) => targs(
            m.lang,
            "money-heading-year",
            &Args::new().with("year", y.to_string()),
        ),
        None => m.t("money-heading"),
    };
    let intro = targs(
        m.lang,
        "money-intro",
        &Args::new()
            .with("key", m.t(&format!("money-key-{}", c.applied_key.id())))
            .count("count", c.parties.len()),
    );
    let mut totals = vec![
        (m.t("money-cost"), signed(m, c.cost)),
        (m.t("money-in-kind"), signed(m, c.in_kind)),
        (m.t("money-total"), signed(m, c.total)),
    ];
    if c.gap != 0 {
        totals.push((m.t("money-gap"), signed(m, c.gap)));
    }
    let head = [
        "money-col-party",
        "money-col-inhabitants",
        "money-col-hours",
        "money-col-share",
        "money-col-in-kind",
        "money-col-cash",
    ]
    .iter()
    .map(|id| m.t(id))
    .collect();
    let rows = c
        .parties
        .iter()
        .map(|p| {
            let cash = if p.cash < 0 {
                targs(
                    m.lang,
                    "money-receive",
                    &Args::new().with("amount", i18n::euro(m.lang, p.cash.unsigned_abs())),
                )
            } else {
                targs(
                    m.lang,
                    "money-pay",
                    &Args::new().with("amount", i18n::euro(m.lang, p.cash.unsigned_abs())),
                )
            };
            vec![
                p.name.clone(),
                p.inhabitants
                    .map(|n| i18n::number(m.lang, n as f64, 0))
                    .unwrap_or_default(),
                i18n::hours(m.lang, p.hours_per_year(c.weeks_per_year)),
                signed(m, p.share),
                signed(m, p.in_kind),
                cash,
            ]
        })
        .collect();
    let note = targs(
        m.lang,
        "money-note",
        &Args::new()
            .with("weeks", c.weeks_per_year.to_string())
            .with(
                "rate",
                c.hourly_rate
                    .map(|r| i18n::euro(m.lang, r.cents()))
                    .unwrap_or_else(|| m.t("money-no-rate")),
            ),
    );
    Some(MoneyView {
        heading,
        intro,
        totals,
        head,
        rows,
        note,
    })
}
