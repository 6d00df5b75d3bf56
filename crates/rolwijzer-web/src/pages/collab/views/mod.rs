//! Read-only views of the analysis: the checklist, all findings, the workload and
//! recognition, what a party's leaving would orphan, money with the meeting agenda,
//! and the rotation calendar. Every figure comes from [`rolwijzer_core::analyse`];
//! these pages only show it, with charts drawn on the server (geometry in
//! [`crate::ui::svg`], markup in `templates/collab/views/`). One module a page.

pub mod checklist;
pub mod departure;
pub mod findings;
pub mod money;
pub mod rotation;
pub mod workload;

use crate::http::access::Loaded;
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::ui::findings::FindingView;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use crate::ui::svg::{self, Px};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use rolwijzer_core::analyse::{ItemStatus, RotationCalendar};
use rolwijzer_core::catalogue::{BASIC_TASKS_HOURS_PER_WEEK, ChecklistGroup, RESERVE_MONTHS_BAND};
use rolwijzer_core::findings::TaskLabel;
use rolwijzer_core::i18n::{self, Args, texts};
use rolwijzer_core::{Date, Finding, ItemId, Lang, Severity, TaskId};
use serde::Deserialize;

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
        super::name_in(&self.l.doc().people, id, |p| (&p.id, &p.name))
    }

    fn party(&self, id: &str) -> Option<String> {
        super::name_in(&self.l.doc().parties, id, |p| (&p.id, &p.name))
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
            f: FindingView::new(ctx, l, f),
            subject: names.subject(f),
            chapter: f.chapter(ctx.lang),
            title: crate::ui::findings::web_title(ctx, f.code),
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
