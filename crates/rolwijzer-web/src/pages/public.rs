//! The public read-only page of a published collaboration: what it is, whom to
//! contact, how to join, how it is organised and who does what. Unpublished
//! collaborations do not exist here, not even for their members.

use crate::AppState;
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::safe_url;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use rolwijzer_core::analyse;
use rolwijzer_core::i18n::join_list;

/// A person to contact.
struct ContactView {
    name: String,
    title: Option<String>,
    party: String,
    email: Option<String>,
    phone: Option<String>,
}

/// A task with who does it and who answers for it.
struct TaskRow {
    name: String,
    responsible: String,
    accountable: String,
}

#[derive(Template)]
#[template(path = "public.html")]
struct PublicPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    description: Option<String>,
    website: Option<String>,
    main_contact: Option<ContactView>,
    contacts: Vec<ContactView>,
    how_to_join: Option<String>,
    level: String,
    level_desc: String,
    arrangement: String,
    arrangement_how: String,
    tasks: Vec<TaskRow>,
    is_member: bool,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let collab = state
        .store
        .collaboration(&slug)
        .await?
        .filter(|c| c.published)
        .ok_or(AppError::NotFound)?;
    let head = std::sync::Arc::new(state.store.revision(collab.id, collab.head).await?);
    let today = state.today();
    let job = head.clone();
    let report = state
        .work
        .run(move || analyse(&job.document, today))
        .await?;
    let doc = &head.document;
    let c = &doc.collaboration;
    let main_contact = report.contact.as_ref().map(|k| ContactView {
        name: k.name.clone(),
        title: k.title.clone(),
        party: k.party.clone(),
        email: k.email.clone(),
        phone: k.phone.clone(),
    });
    let main_id = report
        .contact
        .as_ref()
        .map(|k| k.person.as_str().to_owned());
    let contacts = doc
        .parties
        .iter()
        .filter_map(|party| {
            let id = party.contact.as_ref()?;
            if main_id.as_deref() == Some(id.as_str()) {
                return None;
            }
            let person = doc.people.iter().find(|p| p.id == *id)?;
            Some(ContactView {
                name: person.name.to_string(),
                title: person.title.as_ref().map(|t| t.to_string()),
                party: party.name.to_string(),
                email: person.email.as_ref().map(|t| t.to_string()),
                phone: person.phone.as_ref().map(|t| t.to_string()),
            })
        })
        .collect();
    let names = |ids: &[rolwijzer_core::Id]| {
        let v: Vec<String> = ids.iter().map(|i| doc.name_of(i.as_str())).collect();
        if v.is_empty() {
            "—".to_owned()
        } else {
            join_list(ctx.lang, &v)
        }
    };
    let tasks = report
        .tasks
        .iter()
        .map(|t| TaskRow {
            name: t.label.name(ctx.lang),
            responsible: names(&t.responsible),
            accountable: names(&t.accountable),
        })
        .collect();
    let is_member = match &ctx.user {
        Some(u) => state.store.role(collab.id, u.id).await?.is_some(),
        None => false,
    };
    let p = PublicPage {
        title: c.name.to_string(),
        nav: None,
        slug,
        description: c.description.as_ref().map(|d| d.to_string()),
        website: c.website.as_ref().and_then(|w| safe_url(w.as_str())),
        main_contact,
        contacts,
        how_to_join: c.how_to_join.as_ref().map(|h| h.to_string()),
        level: ctx.t(&format!("level-{}", c.ambition.id())),
        level_desc: ctx.t(&format!("level-{}-desc", c.ambition.id())),
        arrangement: ctx.t(&format!("arrangement-{}", c.arrangement.id())),
        arrangement_how: ctx.t(&format!("arrangement-{}-how", c.arrangement.id())),
        tasks,
        is_member,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
