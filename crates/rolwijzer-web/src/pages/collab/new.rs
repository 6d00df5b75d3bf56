//! The start wizard: name and ambition level, arrangement, parties, people. It keeps
//! everything entered in hidden fields (no state on the server), checks each step with
//! messages beside the fields, and at the end proposes a first division from the
//! arrangement and creates the collaboration with the user as owner.

use super::people::fields::{Check, Choice, Field, derive_id};
use super::people::parse_kind;
use super::settings::{ArrangementView, LevelView, arrangement_views, level_views};
use crate::AppState;
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::ui::forms::Fields;
use crate::ui::forms::Pairs;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use crate::ui::save::FieldErrors;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::document::{Party, PartyKind, Person};
use rolwijzer_core::i18n::Args;
use rolwijzer_core::init::{StartChoices, propose_with};
use rolwijzer_core::{AmbitionLevel, Arrangement};
use rolwijzer_store::StoreError;
use std::collections::BTreeSet;

/// Empty rows shown at first, and added per click.
const START_ROWS: usize = 6;
/// Rows added by the "more rows" button.
const MORE_ROWS: usize = 3;
/// Most party rows a wizard holds.
const MAX_PARTY_ROWS: usize = 60;
/// Most people rows a wizard holds.
const MAX_PERSON_ROWS: usize = 150;
/// The steps.
const STEPS: usize = 4;

/// One party row as entered.
#[derive(Debug, Clone, Default)]
struct PartyRow {
    name: String,
    kind: String,
}

/// One person row as entered.
#[derive(Debug, Clone, Default)]
struct PersonRow {
    name: String,
    party: String,
    title: String,
    email: String,
    hours: String,
    contact: bool,
}

impl PersonRow {
    fn is_empty(&self) -> bool {
        [&self.name, &self.title, &self.email, &self.hours]
            .iter()
            .all(|s| s.trim().is_empty())
            && !self.contact
    }
}

/// Everything entered so far.
#[derive(Debug, Clone, Default)]
struct Wizard {
    name: String,
    ambition: String,
    arrangement: String,
    contribution: String,
    coordinator: String,
    parties: Vec<PartyRow>,
    people: Vec<PersonRow>,
}

fn rows(f: Pairs<'_>, field: &str, prefix: &str, max: usize) -> usize {
    let said = f.get(field).parse::<usize>().unwrap_or(START_ROWS);
    let seen =
        f.0.iter()
            .filter_map(|(k, _)| {
                k.strip_prefix(prefix)?
                    .split_once('-')?
                    .0
                    .parse::<usize>()
                    .ok()
            })
            .map(|i| i + 1)
            .max()
            .unwrap_or(0);
    said.max(seen).clamp(START_ROWS.min(max), max)
}

impl Wizard {
    fn from_pairs(f: Pairs<'_>) -> Self {
        let n_parties = rows(f, "party_rows", "party-", MAX_PARTY_ROWS);
        let n_people = rows(f, "person_rows", "person-", MAX_PERSON_ROWS);
        Wizard {
            name: f.get("name").to_owned(),
            ambition: f.get("ambition").to_owned(),
            arrangement: f.get("arrangement").to_owned(),
            contribution: f.get("contribution").to_owned(),
            coordinator: f.get("coordinator").to_owned(),
            parties: (0..n_parties)
                .map(|i| PartyRow {
                    name: f.get(&format!("party-{i}-name")).to_owned(),
                    kind: match f.get(&format!("party-{i}-kind")) {
                        "" => "municipality".to_owned(),
                        k => k.to_owned(),
                    },
                })
                .collect(),
            people: (0..n_people)
                .map(|i| PersonRow {
                    name: f.get(&format!("person-{i}-name")).to_owned(),
                    party: f.get(&format!("person-{i}-party")).to_owned(),
                    title: f.get(&format!("person-{i}-title")).to_owned(),
                    email: f.get(&format!("person-{i}-email")).to_owned(),
                    hours: f.get(&format!("person-{i}-hours")).to_owned(),
                    contact: f.ticked(&format!("person-{i}-contact")),
                })
                .collect(),
        }
    }

    fn level(&self) -> Option<AmbitionLevel> {
        AmbitionLevel::from_id(&self.ambition)
    }

    fn arrangement(&self) -> Option<Arrangement> {
        Arrangement::from_id(&self.arrangement)
    }

    /// The contribution as chosen, or the default: yes from structured upwards and for
    /// an external party (it must be paid from the contribution).
    fn contribution_or_default(&self) -> &str {
        match self.contribution.as_str() {
            "yes" | "no" => &self.contribution,
            _ if self.level().is_some_and(|l| l >= AmbitionLevel::Structured)
                || self.arrangement() == Some(Arrangement::External) =>
            {
                "yes"
            }
            _ => "no",
        }
    }

    /// The rows with a name, with their index.
    fn named_parties(&self) -> Vec<(usize, &PartyRow)> {
        self.parties
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.name.trim().is_empty())
            .collect()
    }

    /// The party row that coordinates: the chosen one, else the first municipality.
    fn coordinator_row(&self) -> Option<usize> {
        self.coordinator.parse::<usize>().ok().or_else(|| {
            self.named_parties()
                .into_iter()
                .find(|(_, p)| p.kind == "municipality")
                .map(|(i, _)| i)
        })
    }

    /// All state as form pairs, for hidden fields.
    fn pairs(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("name".to_owned(), self.name.clone()),
            ("ambition".to_owned(), self.ambition.clone()),
            ("arrangement".to_owned(), self.arrangement.clone()),
            ("contribution".to_owned(), self.contribution.clone()),
            ("coordinator".to_owned(), self.coordinator.clone()),
            ("party_rows".to_owned(), self.parties.len().to_string()),
            ("person_rows".to_owned(), self.people.len().to_string()),
        ];
        for (i, p) in self.parties.iter().enumerate() {
            if !p.name.is_empty() {
                out.push((format!("party-{i}-name"), p.name.clone()));
                out.push((format!("party-{i}-kind"), p.kind.clone()));
            }
        }
        for (i, p) in self.people.iter().enumerate() {
            for (k, v) in [
                ("name", &p.name),
                ("party", &p.party),
                ("title", &p.title),
                ("email", &p.email),
                ("hours", &p.hours),
            ] {
                if !v.is_empty() {
                    out.push((format!("person-{i}-{k}"), v.clone()));
                }
            }
            if p.contact {
                out.push((format!("person-{i}-contact"), "on".to_owned()));
            }
        }
        out.retain(|(_, v)| !v.is_empty());
        out
    }

    /// The fields shown on a step (the others travel hidden).
    fn shown_on(step: usize, key: &str) -> bool {
        match step {
            1 => matches!(key, "name" | "ambition"),
            2 => key == "arrangement",
            3 => {
                matches!(key, "contribution" | "party_rows")
                    || key.starts_with("party-")
                    // The coordinator is chosen on this step only for `coordinating`;
                    // it then always comes back from the radio buttons.
                    || key == "coordinator"
            }
            4 => key == "person_rows" || key.starts_with("person-"),
            _ => false,
        }
    }
}

fn check_step(ctx: &Ctx, w: &Wizard, step: usize) -> FieldErrors {
    let mut c = Check::new(ctx);
    match step {
        1 => {
            c.text("name", &w.name);
            if w.level().is_none() {
                c.fail("ambition", "wizard-error-level");
            }
        }
        2 => {
            if w.arrangement().is_none() {
                c.fail("arrangement", "wizard-error-arrangement");
            }
        }
        3 => check_parties(&mut c, w),
        4 => check_people(&mut c, w),
        _ => {}
    }
    c.errors
}

fn check_parties(c: &mut Check<'_>, w: &Wizard) {
    let named = w.named_parties();
    for (i, p) in &named {
        c.text(&format!("party-{i}-name"), &p.name);
        if parse_kind(&p.kind).is_none() {
            c.fail(&format!("party-{i}-kind"), "people-error-choice");
        }
    }
    let municipalities = named
        .iter()
        .filter(|(_, p)| p.kind == "municipality")
        .count();
    let others = named.len() - municipalities;
    match w.arrangement() {
        _ if named.is_empty() => c.fail("parties", "wizard-error-no-parties"),
        Some(Arrangement::External) if others == 0 => {
            c.fail("parties", "wizard-error-external-party");
        }
        Some(Arrangement::External) if municipalities == 0 => {
            c.fail("parties", "wizard-error-municipality");
        }
        Some(Arrangement::Rotating) if municipalities < 2 => {
            c.fail("parties", "wizard-error-rotating");
        }
        Some(_) if municipalities == 0 => c.fail("parties", "wizard-error-municipality"),
        _ => {}
    }
    if !matches!(w.contribution.as_str(), "yes" | "no") {
        c.fail("contribution", "people-error-choice");
    }
    if w.arrangement() == Some(Arrangement::Coordinating) && municipalities > 0 {
        let ok = w
            .coordinator_row()
            .and_then(|i| named.iter().find(|(j, _)| *j == i))
            .is_some_and(|(_, p)| p.kind == "municipality");
        if !ok {
            c.fail("coordinator", "wizard-error-coordinator");
        }
    }
}

fn check_people(c: &mut Check<'_>, w: &Wizard) {
    let named: Vec<usize> = w.named_parties().into_iter().map(|(i, _)| i).collect();
    let mut any = false;
    let mut contacts: BTreeSet<String> = BTreeSet::new();
    for (i, p) in w.people.iter().enumerate() {
        if p.is_empty() {
            continue;
        }
        any = true;
        c.text(&format!("person-{i}-name"), &p.name);
        let party_ok = p.party.parse::<usize>().is_ok_and(|n| named.contains(&n));
        if !party_ok {
            c.fail(&format!("person-{i}-party"), "people-error-party");
        }
        c.optional_text(&format!("person-{i}-title"), &p.title);
        c.email(&format!("person-{i}-email"), &p.email);
        c.hours(&format!("person-{i}-hours"), &p.hours);
        if p.contact && party_ok && !contacts.insert(p.party.clone()) {
            c.fail(&format!("person-{i}-contact"), "wizard-error-two-contacts");
        }
    }
    if !any {
        c.fail("people", "wizard-error-no-people");
    }
}

/// A party row on step 3.
struct PartyRowView {
    index: usize,
    name: Field,
    kind: Field,
}

/// A person row on step 4.
struct PersonRowView {
    index: usize,
    name: Field,
    party: Field,
    title: Field,
    email: Field,
    hours: Field,
    contact: Field,
}

/// A step in the progress list.
struct StepView {
    number: usize,
    label: String,
}

#[derive(Template)]
#[template(path = "collab/new.html")]
struct WizardPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    step: usize,
    steps: Vec<StepView>,
    step_label: String,
    hidden: Vec<(String, String)>,
    has_errors: bool,
    // step 1
    name: Field,
    ambition: Field,
    levels: Vec<LevelView>,
    // step 2
    arrangement: Field,
    arrangements: Vec<ArrangementView>,
    level_label: String,
    // step 3
    party_rows: Vec<PartyRowView>,
    party_rows_count: usize,
    parties_error: Option<String>,
    kinds: Vec<Choice>,
    contribution: Field,
    show_coordinator: bool,
    coordinator: Field,
    // step 4
    person_rows: Vec<PersonRowView>,
    person_rows_count: usize,
    people_error: Option<String>,
    party_choices: Vec<Choice>,
}

fn field(name: &str, id: &str, value: &str, errors: &FieldErrors) -> Field {
    Field {
        name: name.to_owned(),
        id: id.to_owned(),
        value: value.to_owned(),
        error: errors.get(name).cloned(),
        focus: false,
    }
}

fn render(ctx: &Ctx, w: &Wizard, step: usize, errors: &FieldErrors) -> WizardPage {
    let step = step.clamp(1, STEPS);
    let hidden = w
        .pairs()
        .into_iter()
        .filter(|(k, _)| !Wizard::shown_on(step, k))
        .collect();
    let coordinator_row = w
        .coordinator_row()
        .map(|i| i.to_string())
        .unwrap_or_default();
    let party_rows = w
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| PartyRowView {
            index: i,
            name: field(
                &format!("party-{i}-name"),
                &format!("wizard-party-{i}-name"),
                &p.name,
                errors,
            ),
            kind: field(
                &format!("party-{i}-kind"),
                &format!("wizard-party-{i}-kind"),
                &p.kind,
                errors,
            ),
        })
        .collect();
    let person_rows = w
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let f = |k: &str, v: &str| {
                field(
                    &format!("person-{i}-{k}"),
                    &format!("wizard-person-{i}-{k}"),
                    v,
                    errors,
                )
            };
            PersonRowView {
                index: i,
                name: f("name", &p.name),
                party: f("party", &p.party),
                title: f("title", &p.title),
                email: f("email", &p.email),
                hours: f("hours", &p.hours),
                contact: f("contact", if p.contact { "on" } else { "" }),
            }
        })
        .collect();
    let steps = (1..=STEPS)
        .map(|n| StepView {
            number: n,
            label: ctx.t(&format!("wizard-step-{n}")),
        })
        .collect();
    WizardPage {
        title: ctx.t("wizard-title"),
        nav: None,
        step,
        steps,
        step_label: ctx.ta(
            "wizard-step-of",
            &Args::new()
                .count("step", step)
                .count("steps", STEPS)
                .with("label", ctx.t(&format!("wizard-step-{step}"))),
        ),
        hidden,
        has_errors: !errors.is_empty(),
        name: field("name", "wizard-name", &w.name, errors),
        ambition: field("ambition", "wizard-ambition", &w.ambition, errors),
        levels: level_views(ctx),
        arrangement: field("arrangement", "wizard-arrangement", &w.arrangement, errors),
        arrangements: arrangement_views(ctx, w.level()),
        level_label: w
            .level()
            .map(|l| ctx.t(&format!("level-{}", l.id())))
            .unwrap_or_default(),
        party_rows,
        party_rows_count: w.parties.len(),
        parties_error: errors.get("parties").cloned(),
        kinds: ["municipality", "supplier", "organisation"]
            .into_iter()
            .map(|k| Choice::new(k, ctx.t(&format!("people-kind-{k}"))))
            .collect(),
        contribution: field(
            "contribution",
            "wizard-contribution",
            w.contribution_or_default(),
            errors,
        ),
        show_coordinator: w.arrangement() == Some(Arrangement::Coordinating),
        coordinator: field(
            "coordinator",
            "wizard-coordinator",
            &coordinator_row,
            errors,
        ),
        person_rows,
        person_rows_count: w.people.len(),
        people_error: errors.get("people").cloned(),
        party_choices: w
            .named_parties()
            .into_iter()
            .map(|(i, p)| Choice::new(i.to_string(), p.name.trim()))
            .collect(),
        ctx: ctx.clone(),
    }
}

fn show(ctx: &Ctx, w: &Wizard, step: usize, errors: &FieldErrors) -> AppResult<Response> {
    let mut res = page(ctx, &render(ctx, w, step, errors))?;
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(res)
}

/// GET /c/new: the first step, for a signed-in user.
pub(crate) async fn start(ctx: Ctx) -> AppResult<Response> {
    ctx.require_user()?;
    let w = Wizard {
        parties: vec![PartyRow::default(); START_ROWS]
            .into_iter()
            .map(|mut p| {
                p.kind = "municipality".to_owned();
                p
            })
            .collect(),
        people: vec![PersonRow::default(); START_ROWS],
        ..Wizard::default()
    };
    show(&ctx, &w, 1, &FieldErrors::new())
}

/// POST /c/new: moves between steps (`go` = `next`, `back`, `more-parties`,
/// `more-people`, `finish`) and at the end creates the collaboration.
pub(crate) async fn step(
    State(state): State<AppState>,
    ctx: Ctx,
    Fields(pairs): Fields,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let f = Pairs(&pairs);
    let mut w = Wizard::from_pairs(f);
    let step = f.get("step").parse::<usize>().unwrap_or(1).clamp(1, STEPS);
    let none = FieldErrors::new();
    match f.get("go") {
        "back" => show(&ctx, &w, step.saturating_sub(1).max(1), &none),
        "more-parties" => {
            let n = (w.parties.len() + MORE_ROWS).min(MAX_PARTY_ROWS);
            w.parties.resize(
                n,
                PartyRow {
                    name: String::new(),
                    kind: "municipality".to_owned(),
                },
            );
            show(&ctx, &w, 3, &none)
        }
        "more-people" => {
            let n = (w.people.len() + MORE_ROWS).min(MAX_PERSON_ROWS);
            w.people.resize(n, PersonRow::default());
            show(&ctx, &w, 4, &none)
        }
        "finish" => {
            // Every step again: hidden fields come back from the browser unchecked.
            for s in 1..=STEPS {
                let errors = check_step(&ctx, &w, s);
                if !errors.is_empty() {
                    return show(&ctx, &w, s, &errors);
                }
            }
            let doc = build(&ctx, &w, state.today());
            let summary = ctx.t("wizard-summary");
            // The name plus a random part, whatever exists, so that starting a
            // collaboration tells nothing about private slugs (`Store::new_slug`);
            // `new-…` is never the wizard's own `/c/new`. Drawn again when a
            // request at the same moment took it.
            let mut attempt = 0;
            let slug = loop {
                attempt += 1;
                let slug = state.store.new_slug(&w.name).await?;
                match state
                    .store
                    .create_collaboration(&slug, &doc, Some(user.id), &summary)
                    .await
                {
                    Ok(_) => break slug,
                    Err(StoreError::Taken(_)) if attempt < 3 => {}
                    Err(e) => return Err(e.into()),
                }
            };
            Ok(Redirect::to(&format!("/c/{slug}")).into_response())
        }
        _ => {
            let errors = check_step(&ctx, &w, step);
            if errors.is_empty() {
                show(&ctx, &w, (step + 1).min(STEPS), &none)
            } else {
                show(&ctx, &w, step, &errors)
            }
        }
    }
}

/// Turns the checked wizard into a proposed division.
fn build(ctx: &Ctx, w: &Wizard, today: rolwijzer_core::Date) -> rolwijzer_core::Document {
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let mut rows: Vec<(usize, Party)> = Vec::new();
    for (i, p) in w.named_parties() {
        let (Some(id), Ok(name)) = (
            derive_id(&p.name, "partij", &mut taken),
            rolwijzer_core::values::Text::new(&p.name),
        ) else {
            continue;
        };
        rows.push((
            i,
            Party::new(
                id,
                name,
                parse_kind(&p.kind).unwrap_or(PartyKind::Municipality),
            ),
        ));
    }
    // The coordinator goes first: the proposal makes the first municipality the
    // penvoerder.
    if w.arrangement() == Some(Arrangement::Coordinating) {
        if let Some(at) = w
            .coordinator_row()
            .and_then(|c| rows.iter().position(|(i, _)| *i == c))
        {
            let r = rows.remove(at);
            rows.insert(0, r);
        }
    }
    let mut people: Vec<Person> = Vec::new();
    let mut contact_of: Vec<(usize, rolwijzer_core::Id)> = Vec::new();
    for p in w.people.iter().filter(|p| !p.is_empty()) {
        let Some(row) = p.party.parse::<usize>().ok() else {
            continue;
        };
        let Some((_, party)) = rows.iter().find(|(i, _)| *i == row) else {
            continue;
        };
        let mut c = Check::new(ctx);
        let (Some(id), Some(name)) = (
            derive_id(&p.name, "persoon", &mut taken),
            c.text("name", &p.name),
        ) else {
            continue;
        };
        // The first person named for a party is its contact, unless another is ticked.
        if p.contact || !contact_of.iter().any(|(r, _)| *r == row) {
            contact_of.retain(|(r, _)| *r != row);
            contact_of.push((row, id.clone()));
        }
        let mut person = Person::new(id, name, party.id.clone());
        person.title = c.optional_text("title", &p.title);
        person.email = c.email("email", &p.email);
        person.hours_per_week = c.hours("hours", &p.hours);
        people.push(person);
    }
    let parties: Vec<Party> = rows
        .into_iter()
        .map(|(i, mut p)| {
            p.contact = contact_of
                .iter()
                .find(|(r, _)| *r == i)
                .map(|(_, id)| id.clone());
            p
        })
        .collect();
    let choices = StartChoices {
        name: Some(w.name.trim().to_owned()),
        ambition: w.level().unwrap_or(AmbitionLevel::Sharing),
        arrangement: w.arrangement().unwrap_or(Arrangement::Coordinating),
        contribution: w.contribution == "yes",
        today,
        lang: ctx.lang,
    };
    propose_with(&choices, parties, people)
}
