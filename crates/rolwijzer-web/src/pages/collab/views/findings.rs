//! Every finding, filtered by severity: `/c/{slug}/findings`.

use super::*;
use crate::http::access::Member;
use crate::ui::findings::summary_text;

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
#[template(path = "collab/views/findings.html")]
struct FindingsPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    total: usize,
    summary: String,
    filters: Vec<FilterLink>,
    sections: Vec<SeveritySection>,
}

pub(crate) async fn show(
    ctx: Ctx,
    Member(l): Member,
    Path(slug): Path<String>,
    Query(q): Query<FindingsQuery>,
) -> AppResult<Response> {
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
        summary: summary_text(&ctx, "views-findings-summary", s),
        filters,
        sections,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
