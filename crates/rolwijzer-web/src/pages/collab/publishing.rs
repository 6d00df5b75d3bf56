//! Publishing (issue 13, privacy by default): on the settings page an owner chooses
//! how far the collaboration is published (not, the summary page, every page) and
//! which kinds of personal detail visitors see; a confirmation page then shows
//! exactly what becomes visible, made from the same public view visitors get, and
//! only its "yes" stores the choice. Editors see the choice but cannot change it.

use super::people::fields::{Check, Field};
use crate::http::access::Loaded;
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::ui::forms::{CollabForm, Pairs};
use crate::ui::nav::CollabNav;
use crate::ui::render::{page, page_with_status};
use crate::ui::save::FieldErrors;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::privacy::{Disclosure, Level, Publishing, public_view};
use rolwijzer_core::values::Text;

/// The kinds of personal detail, by their form value, each with its switch.
const KINDS: [&str; 7] = [
    "names",
    "emails",
    "phones",
    "hours",
    "titles",
    "forge_usernames",
    "contact",
];

/// The switch of `kind` in `d`.
fn switch<'d>(d: &'d mut Disclosure, kind: &str) -> Option<&'d mut bool> {
    Some(match kind {
        "names" => &mut d.names,
        "emails" => &mut d.emails,
        "phones" => &mut d.phones,
        "hours" => &mut d.hours,
        "titles" => &mut d.titles,
        "forge_usernames" => &mut d.forge_usernames,
        "contact" => &mut d.contact,
        _ => return None,
    })
}

/// Whether `kind` is switched on in `d`.
fn is_on(mut d: Disclosure, kind: &str) -> bool {
    switch(&mut d, kind).is_some_and(|on| *on)
}

/// A publishing level as a radio button with what it means.
pub struct LevelOption {
    /// The value sent.
    pub id: &'static str,
    /// Its name.
    pub label: String,
    /// What visitors can reach at this level.
    pub desc: String,
    /// Whether it is chosen.
    pub checked: bool,
}

/// A kind of personal detail as a checkbox.
pub struct KindBox {
    /// The value sent (in the field `show`).
    pub value: &'static str,
    /// Element id.
    pub id: String,
    /// Its name.
    pub label: String,
    /// Whether it is ticked.
    pub checked: bool,
}

/// The publishing section of the settings page.
pub struct PublishingForm {
    /// Whether the user may change it (owners only).
    pub can_change: bool,
    /// The level now, in words.
    pub current: String,
    /// The kinds of personal detail visitors see now, in words (empty: none).
    pub current_shown: Vec<String>,
    /// Whether the summary page is reachable now.
    pub has_summary: bool,
    /// The levels to choose from.
    pub levels: Vec<LevelOption>,
    /// The switches.
    pub kinds: Vec<KindBox>,
    /// The function address of the public contact.
    pub contact_address: Field,
    /// Message about the level.
    pub level_error: Option<String>,
}

fn level_label(ctx: &Ctx, l: Level) -> String {
    ctx.t(&format!("publishing-level-{}", l.id()))
}

/// The section as stored, or as sent with its mistakes.
pub fn form(ctx: &Ctx, l: &Loaded, sent: Option<(Pairs<'_>, &FieldErrors)>) -> PublishingForm {
    let p = &l.collab.publishing;
    let (level, d, address) = match sent {
        Some((pairs, _)) => {
            let mut d = Disclosure::default();
            for kind in pairs.all("show") {
                if let Some(on) = switch(&mut d, kind) {
                    *on = true;
                }
            }
            (
                pairs.get("level").to_owned(),
                d,
                pairs.get("contact_address").to_owned(),
            )
        }
        None => (
            p.level.id().to_owned(),
            p.disclosure,
            p.contact_address
                .as_ref()
                .map(Text::to_string)
                .unwrap_or_default(),
        ),
    };
    let errors = sent.map(|(_, e)| e);
    let mut contact_address = Field::new("publishing", "contact_address", address);
    if let Some(e) = errors {
        contact_address.error_from(e);
    }
    PublishingForm {
        can_change: l.is_owner(),
        current: level_label(ctx, p.level),
        current_shown: KINDS
            .into_iter()
            .filter(|k| is_on(p.disclosure, k))
            .map(|k| ctx.t(&format!("publishing-kind-{k}")))
            .collect(),
        has_summary: p.level.shows_summary(),
        levels: Level::ALL
            .into_iter()
            .map(|lv| LevelOption {
                id: lv.id(),
                label: level_label(ctx, lv),
                desc: ctx.t(&format!("publishing-level-{}-desc", lv.id())),
                checked: level == lv.id(),
            })
            .collect(),
        kinds: KINDS
            .into_iter()
            .map(|k| KindBox {
                value: k,
                id: format!("publishing-show-{k}"),
                label: ctx.t(&format!("publishing-kind-{k}")),
                checked: is_on(d, k),
            })
            .collect(),
        contact_address,
        level_error: errors.and_then(|e| e.get("level").cloned()),
    }
}

/// What an owner sent, checked.
fn parse(ctx: &Ctx, f: Pairs<'_>) -> Result<Publishing, FieldErrors> {
    let mut c = Check::new(ctx);
    let level = Level::from_id(f.get("level"));
    if level.is_none() {
        c.fail("level", "publishing-error-level");
    }
    let mut disclosure = Disclosure::default();
    for kind in f.all("show") {
        match switch(&mut disclosure, kind) {
            Some(on) => *on = true,
            None => c.fail("level", "people-error-unknown"),
        }
    }
    let contact_address = c.email("contact_address", f.get("contact_address"));
    match (level, c.ok()) {
        (Some(level), true) => Ok(Publishing {
            level,
            disclosure,
            contact_address,
        }),
        _ => Err(c.errors),
    }
}

/// A person as visitors will see them, on the confirmation page.
struct PersonRow {
    name: String,
    party: String,
    email: String,
    phone: String,
    hours: String,
    title: String,
    forge_username: String,
}

/// One kind of personal detail and whether visitors will see it.
struct KindRow {
    label: String,
    shown: bool,
}

#[derive(Template)]
#[template(path = "collab/publishing-confirm.html")]
struct ConfirmPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    level: String,
    /// What visitors can reach, one item a line.
    reach: Vec<String>,
    kinds: Vec<KindRow>,
    /// The contact person as visitors will see them: name and address.
    contact: Option<(String, Option<String>)>,
    /// Every person as visitors will see them (at the full level only).
    people: Vec<PersonRow>,
    /// The choice again, as hidden fields for the "yes".
    level_id: &'static str,
    shown: Vec<&'static str>,
    contact_address: String,
}

fn confirm_page(ctx: &Ctx, l: &Loaded, p: &Publishing) -> ConfirmPage {
    let contact_id = l.report.contact.as_ref().map(|c| c.person.clone());
    // The same public view visitors will get, made by the core.
    let public = public_view(l.doc(), contact_id.as_ref(), p);
    let contact = contact_id
        .as_ref()
        .filter(|_| p.level.shows_summary() && p.disclosure.contact)
        .and_then(|id| public.people.iter().find(|x| &x.id == id))
        .map(|x| (x.name.to_string(), x.email.as_ref().map(Text::to_string)));
    let text = |t: &Option<Text>| t.as_ref().map(Text::to_string).unwrap_or_default();
    let people = if p.level.shows_everything() {
        public
            .people
            .iter()
            .map(|x| PersonRow {
                name: x.name.to_string(),
                party: public.name_of(x.party.as_str()),
                email: text(&x.email),
                phone: text(&x.phone),
                hours: x
                    .hours_per_week
                    .map(|h| rolwijzer_core::i18n::hours(ctx.lang, h.get()))
                    .unwrap_or_default(),
                title: text(&x.title),
                forge_username: text(&x.forge_username),
            })
            .collect()
    } else {
        Vec::new()
    };
    let items = match p.level {
        Level::NotPublished => 1,
        Level::Summary => 2,
        Level::Full => 4,
    };
    let reach = (1..=items)
        .map(|i| ctx.t(&format!("publishing-reach-{}-{i}", p.level.id())))
        .collect();
    ConfirmPage {
        title: ctx.t("publishing-confirm-title"),
        nav: Some(CollabNav::new(ctx, l, "/settings")),
        slug: l.collab.slug.clone(),
        level: level_label(ctx, p.level),
        reach,
        kinds: KINDS
            .into_iter()
            .filter(|k| *k != "contact")
            .map(|k| KindRow {
                label: ctx.t(&format!("publishing-kind-{k}")),
                shown: p.level.shows_everything() && is_on(p.disclosure, k),
            })
            .collect(),
        contact,
        people,
        level_id: p.level.id(),
        shown: KINDS
            .into_iter()
            .filter(|k| is_on(p.disclosure, k))
            .collect(),
        contact_address: p
            .contact_address
            .as_ref()
            .map(Text::to_string)
            .unwrap_or_default(),
        ctx: ctx.clone(),
    }
}

/// POST /c/{slug}/settings/publishing (owners): without `confirm=yes`, the page that
/// shows what the choice makes visible; with it, the choice is stored.
pub(crate) async fn save(form: CollabForm) -> AppResult<Response> {
    let (state, ctx, l, slug, f) = (&form.state, &form.ctx, &form.l, &form.slug, form.fields());
    let publishing = match parse(ctx, f) {
        Ok(p) => p,
        Err(errors) => {
            let section = self::form(ctx, l, Some((f, &errors)));
            let p = super::settings::page_with_publishing(ctx, l, section);
            return page_with_status(ctx, &p, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    if f.get("confirm") != "yes" {
        return page(ctx, &confirm_page(ctx, l, &publishing));
    }
    state.store.set_publishing(l.collab.id, &publishing).await?;
    Ok(Redirect::to(&format!("/c/{slug}/settings?saved=1#publishing")).into_response())
}
