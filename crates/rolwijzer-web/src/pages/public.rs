//! The public read-only page of a published collaboration (summary or full level):
//! what it is, whom to contact, how to join, how it is organised and which
//! organisations do what. It is made from the public view (issue 13), for members
//! too, so they see what the public sees. Unpublished collaborations do not exist
//! here, not even for their members.

use crate::AppState;
use crate::http::access::public_analysed;
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::safe_url;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use rolwijzer_core::i18n::join_list;
use rolwijzer_core::{Document, Id};

/// A person to contact; without a name when visitors may not see it.
struct ContactView {
    name: Option<String>,
    title: Option<String>,
    party: String,
    email: Option<String>,
    phone: Option<String>,
}

/// A task with the organisations that do it and answer for it.
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
        .filter(|c| c.publishing.level.shows_summary())
        .ok_or(AppError::NotFound)?;
    // The public view, as every anonymous path gets it.
    let (head, report) = public_analysed(&state, &collab).await?;
    let d = collab.publishing.disclosure;
    let doc = &head.document;
    let c = &doc.collaboration;
    // Without the contact switch visitors see the contact's organisation only.
    let main_contact = report.contact.as_ref().map(|k| ContactView {
        name: (d.contact || d.names).then(|| k.name.clone()),
        title: k.title.clone(),
        party: k.party.clone(),
        email: k.email.clone(),
        phone: k.phone.clone(),
    });
    let main_id = report
        .contact
        .as_ref()
        .map(|k| k.person.as_str().to_owned());
    // The other parties' contacts are people: listed only when names are public.
    let contacts = doc
        .parties
        .iter()
        .filter(|_| d.names)
        .filter_map(|party| {
            let id = party.contact.as_ref()?;
            if main_id.as_deref() == Some(id.as_str()) {
                return None;
            }
            let person = doc.people.iter().find(|p| p.id == *id)?;
            Some(ContactView {
                name: Some(person.name.to_string()),
                title: person.title.as_ref().map(|t| t.to_string()),
                party: party.name.to_string(),
                email: person.email.as_ref().map(|t| t.to_string()),
                phone: person.phone.as_ref().map(|t| t.to_string()),
            })
        })
        .collect();
    let names = |ids: &[rolwijzer_core::Id]| {
        let v = organisations(doc, ids);
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

/// The organisations behind holders: a person's party, a party itself, a group's
/// members' parties; each once, in order.
fn organisations<'a>(doc: &'a Document, ids: &'a [Id]) -> Vec<String> {
    let party_of = |id: &'a Id| -> Vec<&'a Id> {
        if doc.parties.iter().any(|p| &p.id == id) {
            return vec![id];
        }
        if let Some(p) = doc.people.iter().find(|p| &p.id == id) {
            return vec![&p.party];
        }
        doc.groups
            .iter()
            .find(|g| &g.id == id)
            .map(|g| {
                g.members
                    .iter()
                    .filter_map(|m| doc.people.iter().find(|p| &p.id == m).map(|p| &p.party))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out: Vec<String> = Vec::new();
    for party in ids.iter().flat_map(party_of) {
        let name = doc.name_of(party.as_str());
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}
