//! The page of parties, people and groups, with forms to add, change and remove them.
//!
//! Removing something that is still used is allowed: the confirmation page lists every
//! place that uses it and says the findings will show D001 until those places are
//! changed. Blocking would force a coordinator to first undo half the division to
//! remove one person who left; the findings keep the division honest instead.

use crate::ui::forms::CollabForm;
pub mod fields;
pub mod forget;

use crate::http::access::{CollabPage, Loaded, Member};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::findings::FindingView;
use crate::ui::forms::Pairs;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use crate::ui::save::FieldErrors;
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use fields::{Check, Choice, Field, derive_id, ids_in_use};
use rolwijzer_core::document::{Group, Party, PartyKind, Person, Target};
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_core::values::Text;
use rolwijzer_core::{Code, Document, Finding, Id};
use std::collections::HashMap;

/// Which list a form belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Parties.
    Party,
    /// People.
    Person,
    /// Groups.
    Group,
}

impl Kind {
    /// The word in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Party => "party",
            Kind::Person => "person",
            Kind::Group => "group",
        }
    }

    /// Parses the word in URLs.
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "party" => Some(Kind::Party),
            "person" => Some(Kind::Person),
            "group" => Some(Kind::Group),
            _ => None,
        }
    }
}

/// A form that was sent with mistakes, to show again with its messages.
pub struct Failed<'a> {
    kind: Kind,
    /// The id of the thing being changed, or `None` when adding.
    id: Option<String>,
    pairs: Pairs<'a>,
    errors: FieldErrors,
    base: i64,
}

/// What the page is asked to show (`?open=ID`, `?party=ID`, `?q=NAME`).
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct PeopleQuery {
    /// A party, person or group whose form shows open (finding links, after a save).
    #[serde(default)]
    open: Option<String>,
    /// The party whose people a large division shows.
    #[serde(default)]
    party: Option<String>,
    /// A search in people's names.
    #[serde(default)]
    q: Option<String>,
    /// The field of the open form that gets the focus (`person-anna-edit-email`).
    #[serde(default)]
    field: Option<String>,
}

/// Up to this many people, the page shows everyone with a form each. Above it, parties
/// are rows of a table and the page shows one party's people (or a search) at a time:
/// a card with a form for each of hundreds of people made pages of megabytes.
pub const ALL_PEOPLE_UP_TO: usize = 60;

/// At most this many people found by a search are shown: each card carries a form with
/// a choice of every party.
const SEARCH_MAX: usize = 10;

/// Which parties, people and groups get a card with a form.
struct Scope {
    /// Everything (a small division).
    all: bool,
    /// The party whose card and people are shown.
    party: Option<String>,
    /// The group whose form is shown.
    group: Option<String>,
    /// The search, in lower case.
    search: Option<String>,
    /// The form asked open (`person-anna`, `party-tilburg`, `group-stuurgroep`).
    open: Option<String>,
    /// The field in it that gets the focus.
    field: Option<String>,
}

impl Scope {
    fn of(doc: &Document, q: &PeopleQuery, failed: Option<&Failed<'_>>) -> Scope {
        let open = q.open.clone().filter(|o| !o.is_empty());
        let all = doc.people.len() <= ALL_PEOPLE_UP_TO;
        let party_of = |person: &str| {
            doc.people
                .iter()
                .find(|p| p.id.as_str() == person)
                .map(|p| p.party.to_string())
        };
        let is_party = |id: &str| doc.parties.iter().any(|p| p.id.as_str() == id);
        let is_group = |id: &str| doc.groups.iter().any(|g| g.id.as_str() == id);
        // A form sent with mistakes must be on the page again, whatever was asked.
        let (mut party, mut group) = match failed {
            Some(f) => match (f.kind, f.id.as_deref()) {
                (Kind::Person, Some(id)) => (party_of(id), None),
                (Kind::Person, None) => (Some(f.pairs.get("party").to_owned()), None),
                (Kind::Party, id) => (id.map(str::to_owned), None),
                (Kind::Group, id) => (None, id.map(str::to_owned)),
            },
            None => (None, None),
        };
        if party.is_none() && group.is_none() {
            match open.as_deref().and_then(|o| o.split_once('-')) {
                Some(("person", id)) => party = party_of(id),
                Some(("party", id)) if is_party(id) => party = Some(id.to_owned()),
                Some(("group", id)) if is_group(id) => group = Some(id.to_owned()),
                _ => {}
            }
        }
        if party.is_none() {
            party = q.party.clone().filter(|p| is_party(p));
        }
        let search =
            q.q.as_deref()
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty());
        Scope {
            all,
            party,
            group,
            search,
            open,
            field: q.field.clone(),
        }
    }

    fn shows_party(&self, id: &str) -> bool {
        self.all || self.party.as_deref() == Some(id)
    }

    fn shows_group_form(&self, id: &str) -> bool {
        self.all || self.group.as_deref() == Some(id)
    }

    /// Whether a group form offers this person a box: everyone in a small division;
    /// in a large one the people of the party asked for (a box per person of a national
    /// collaboration made one form megabytes long).
    fn offers(&self, p: &Person) -> bool {
        self.all || self.party.as_deref() == Some(p.party.as_str())
    }

    fn opens(&self, id: &str) -> bool {
        self.open.as_deref() == Some(id)
    }
}

/// One party as a row of the summary of a large division.
pub struct PartyRow {
    /// Id (the link opens it).
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind in words.
    pub kind: String,
    /// Contact person's name.
    pub contact: Option<String>,
    /// How many people it has.
    pub people: usize,
    /// How many findings are about it or its people.
    pub findings: usize,
    /// Whether its people are shown below.
    pub current: bool,
}

/// The kinds of party, as choices.
fn kinds(ctx: &Ctx) -> Vec<Choice> {
    ["municipality", "supplier", "organisation"]
        .into_iter()
        .map(|k| Choice::new(k, ctx.t(&format!("people-kind-{k}"))))
        .collect()
}

fn kind_id(k: PartyKind) -> &'static str {
    match k {
        PartyKind::Municipality => "municipality",
        PartyKind::Supplier => "supplier",
        PartyKind::Organisation => "organisation",
    }
}

/// Parses a party kind from a form.
pub fn parse_kind(s: &str) -> Option<PartyKind> {
    match s {
        "municipality" => Some(PartyKind::Municipality),
        "supplier" => Some(PartyKind::Supplier),
        "organisation" => Some(PartyKind::Organisation),
        _ => None,
    }
}

/// What every form of the page carries besides its fields.
pub struct FormHead {
    /// Revision the form was made from.
    pub base: i64,
    /// `add` or `update`.
    pub action: &'static str,
    /// The id of what the form changes ("" when adding).
    pub id: String,
    /// Whether the form shows open (it has mistakes).
    pub open: bool,
    /// A message about the whole form.
    pub form_error: Option<String>,
}

impl FormHead {
    /// The head of a form that changes `id`, or adds when there is none.
    fn of(id: Option<&Id>, base: i64) -> Self {
        FormHead {
            base,
            action: if id.is_some() { "update" } else { "add" },
            id: id.map(Id::to_string).unwrap_or_default(),
            open: false,
            form_error: None,
        }
    }

    /// Shows the form open again, on its own base, with its message.
    fn fail(&mut self, f: &Failed<'_>) {
        self.open = true;
        self.base = f.base;
        self.form_error = f.errors.get("form").cloned();
    }
}

/// The form of one party.
pub struct PartyForm {
    /// What every form of the page carries.
    pub head: FormHead,
    /// Name.
    pub name: Field,
    /// Kind.
    pub kind: Field,
    /// Contact person.
    pub contact: Field,
    /// Develops the product.
    pub develops_product: Field,
    /// Website.
    pub website: Field,
    /// Contract end.
    pub contract_until: Field,
}

impl PartyForm {
    fn of(p: Option<&Party>, prefix: &str, base: i64) -> Self {
        PartyForm {
            head: FormHead::of(p.map(|p| &p.id), base),
            name: Field::new(
                prefix,
                "name",
                p.map(|p| p.name.to_string()).unwrap_or_default(),
            ),
            kind: Field::new(
                prefix,
                "kind",
                kind_id(p.map_or(PartyKind::Municipality, |p| p.kind)),
            ),
            contact: Field::new(
                prefix,
                "contact",
                p.and_then(|p| p.contact.as_ref().map(Id::to_string))
                    .unwrap_or_default(),
            ),
            develops_product: Field::new(
                prefix,
                "develops_product",
                if p.is_some_and(|p| p.develops_product) {
                    "on"
                } else {
                    ""
                },
            ),
            website: Field::new(
                prefix,
                "website",
                p.and_then(|p| p.website.as_ref().map(|w| w.to_string()))
                    .unwrap_or_default(),
            ),
            contract_until: Field::new(
                prefix,
                "contract_until",
                p.and_then(|p| p.contract_until.map(|d| d.to_string()))
                    .unwrap_or_default(),
            ),
        }
    }

    fn fail(&mut self, f: &Failed<'_>) {
        self.head.fail(f);
        for field in [
            &mut self.name,
            &mut self.kind,
            &mut self.contact,
            &mut self.develops_product,
            &mut self.website,
            &mut self.contract_until,
        ] {
            field.fill(f.pairs, &f.errors);
        }
    }
}

/// The form of one person.
pub struct PersonForm {
    /// What every form of the page carries.
    pub head: FormHead,
    /// Name.
    pub name: Field,
    /// Party.
    pub party: Field,
    /// Job title.
    pub title: Field,
    /// E-mail.
    pub email: Field,
    /// Telephone.
    pub phone: Field,
    /// Hours a week.
    pub hours_per_week: Field,
    /// Admin rights on the repository.
    pub repository_admin: Field,
    /// Forge user name.
    pub forge_username: Field,
}

impl PersonForm {
    fn of(ctx: &Ctx, p: Option<&Person>, prefix: &str, base: i64) -> Self {
        let text =
            |t: Option<&rolwijzer_core::values::Text>| t.map(|t| t.to_string()).unwrap_or_default();
        PersonForm {
            head: FormHead::of(p.map(|p| &p.id), base),
            name: Field::new(
                prefix,
                "name",
                p.map(|p| p.name.to_string()).unwrap_or_default(),
            ),
            party: Field::new(
                prefix,
                "party",
                p.map(|p| p.party.to_string()).unwrap_or_default(),
            ),
            title: Field::new(prefix, "title", text(p.and_then(|p| p.title.as_ref()))),
            email: Field::new(prefix, "email", text(p.and_then(|p| p.email.as_ref()))),
            phone: Field::new(prefix, "phone", text(p.and_then(|p| p.phone.as_ref()))),
            hours_per_week: Field::new(
                prefix,
                "hours_per_week",
                p.and_then(|p| p.hours_per_week)
                    .map(|h| i18n::hours(ctx.lang, h.get()))
                    .unwrap_or_default(),
            ),
            repository_admin: Field::new(
                prefix,
                "repository_admin",
                if p.is_some_and(|p| p.repository_admin) {
                    "on"
                } else {
                    ""
                },
            ),
            forge_username: Field::new(
                prefix,
                "forge_username",
                text(p.and_then(|p| p.forge_username.as_ref())),
            ),
        }
    }

    fn fail(&mut self, f: &Failed<'_>) {
        self.head.fail(f);
        for field in [
            &mut self.name,
            &mut self.party,
            &mut self.title,
            &mut self.email,
            &mut self.phone,
            &mut self.hours_per_week,
            &mut self.repository_admin,
            &mut self.forge_username,
        ] {
            field.fill(f.pairs, &f.errors);
        }
    }
}

/// A possible member of a group, as a checkbox.
pub struct MemberBox {
    /// The id sent.
    pub value: String,
    /// The name shown.
    pub label: String,
    /// Whether it is ticked.
    pub checked: bool,
    /// Element id.
    pub id: String,
}

/// The form of one group.
pub struct GroupForm {
    /// What every form of the page carries.
    pub head: FormHead,
    /// Name.
    pub name: Field,
    /// Description.
    pub description: Field,
    /// All parties are members.
    pub all_parties: Field,
    /// Members (the field carries the error; the boxes the choices).
    pub members: Field,
    /// Parties that can be members.
    pub party_boxes: Vec<MemberBox>,
    /// People who can be members.
    pub person_boxes: Vec<MemberBox>,
}

impl GroupForm {
    /// The form of group `g` (or a new one). People get a box when `offer` says so or
    /// when they are members already, so a save never drops a member it did not show.
    fn of(
        doc: &Document,
        g: Option<&Group>,
        prefix: &str,
        base: i64,
        offer: impl Fn(&Person) -> bool,
    ) -> Self {
        // A checkbox for each possible member (its id and name), ticked when it is one.
        let boxes = |entries: &mut dyn Iterator<Item = (&Id, &Text)>| -> Vec<MemberBox> {
            entries
                .map(|(id, name)| MemberBox {
                    value: id.to_string(),
                    label: name.to_string(),
                    checked: g.is_some_and(|g| g.members.contains(id)),
                    id: format!("{prefix}-member-{id}"),
                })
                .collect()
        };
        GroupForm {
            head: FormHead::of(g.map(|g| &g.id), base),
            name: Field::new(
                prefix,
                "name",
                g.map(|g| g.name.to_string()).unwrap_or_default(),
            ),
            description: Field::new(
                prefix,
                "description",
                g.and_then(|g| g.description.as_ref().map(|d| d.to_string()))
                    .unwrap_or_default(),
            ),
            all_parties: Field::new(
                prefix,
                "all_parties",
                if g.is_some_and(|g| g.all_parties) {
                    "on"
                } else {
                    ""
                },
            ),
            members: Field::new(prefix, "members", ""),
            party_boxes: boxes(&mut doc.parties.iter().map(|p| (&p.id, &p.name))),
            person_boxes: boxes(
                &mut doc
                    .people
                    .iter()
                    .filter(|p| offer(p) || g.is_some_and(|g| g.members.contains(&p.id)))
                    .map(|p| (&p.id, &p.name)),
            ),
        }
    }

    fn fail(&mut self, f: &Failed<'_>) {
        self.head.fail(f);
        self.name.fill(f.pairs, &f.errors);
        self.description.fill(f.pairs, &f.errors);
        self.all_parties.fill(f.pairs, &f.errors);
        self.members.error_from(&f.errors);
        let sent = f.pairs.all("members");
        for b in self
            .party_boxes
            .iter_mut()
            .chain(self.person_boxes.iter_mut())
        {
            b.checked = sent.contains(&b.value.as_str());
        }
    }
}

/// A party on the page.
pub struct PartyView {
    /// Id (also the anchor `party-<id>`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind in words.
    pub kind: String,
    /// Contact person's name.
    pub contact: Option<String>,
    /// Whether it develops the product.
    pub develops_product: bool,
    /// Website.
    pub website: Option<String>,
    /// Contract end, in words.
    pub contract_until: Option<String>,
    /// Its people's names.
    pub people: Vec<String>,
    /// Findings about it.
    pub findings: Vec<FindingView>,
    /// The edit form.
    pub form: PartyForm,
}

/// A person on the page.
pub struct PersonView {
    /// Id (also the anchor `person-<id>`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Party name.
    pub party: String,
    /// Party id (for the link).
    pub party_id: String,
    /// Job title.
    pub title: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
    /// Hours a week, in words.
    pub hours: Option<String>,
    /// Admin rights on the repository.
    pub repository_admin: bool,
    /// Forge user name.
    pub forge_username: Option<String>,
    /// Findings about them.
    pub findings: Vec<FindingView>,
    /// The edit form.
    pub form: PersonForm,
}

/// A group on the page.
pub struct GroupView {
    /// Id (also the anchor `group-<id>`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Members' names.
    pub members: Vec<String>,
    /// Every party is a member.
    pub all_parties: bool,
    /// The edit form (in a large division only for the group asked for).
    pub form: Option<GroupForm>,
}

#[derive(Template)]
#[template(path = "collab/people.html")]
struct PeoplePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    can_edit: bool,
    /// Owners may also forget a person (AVG).
    is_owner: bool,
    /// A change was just saved.
    saved: bool,
    /// A form on the page has mistakes.
    has_errors: bool,
    /// A mistake about a whole form (the thing it changes is gone).
    problem: Option<String>,
    general: Vec<FindingView>,
    /// In a large division: every party as a row (empty when everything is shown).
    party_rows: Vec<PartyRow>,
    /// The name of the party whose people are shown, in a large division.
    shown_party: Option<String>,
    /// The search asked for, as typed.
    search: String,
    /// How many of the people found are not shown (beyond the search limit).
    search_more: usize,
    /// Totals, for the jump links.
    party_count: usize,
    person_count: usize,
    group_count: usize,
    parties: Vec<PartyView>,
    people: Vec<PersonView>,
    groups: Vec<GroupView>,
    new_party: PartyForm,
    new_person: PersonForm,
    /// The form to add a group (in a large division only when a group is asked for).
    new_group: Option<GroupForm>,
    kinds: Vec<Choice>,
    party_choices: Vec<Choice>,
    person_choices: Vec<Choice>,
}

/// Puts the focus on the field with this id, if it is one of these.
fn focus_on(fields: &mut [&mut Field], id: Option<&str>) {
    for f in fields.iter_mut() {
        f.focus = Some(f.id.as_str()) == id;
    }
}

fn build(
    ctx: &Ctx,
    l: &Loaded,
    saved: bool,
    failed: Option<&Failed<'_>>,
    q: &PeopleQuery,
) -> PeoplePage {
    let doc = l.doc();
    let slug = &l.collab.slug;
    let base = l.collab.head;
    let scope = Scope::of(doc, q, failed);
    // Findings sorted once by what they are about, so each card takes its own without
    // a pass over all of them (that made the page grow with parties × findings).
    let mut about_party: HashMap<&str, Vec<&Finding>> = HashMap::new();
    let mut about_person: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for f in &l.report.findings {
        match (f.subject.person.as_deref(), f.subject.party.as_deref()) {
            (Some(person), _) => about_person.entry(person).or_default().push(f),
            (None, Some(party)) => about_party.entry(party).or_default().push(f),
            (None, None) => {}
        }
    }
    let views = |list: Option<&Vec<&Finding>>| -> Vec<FindingView> {
        list.into_iter()
            .flatten()
            .map(|f| FindingView::new(ctx, l, f))
            .collect()
    };
    let mut people_of: HashMap<&str, Vec<&Person>> = HashMap::new();
    for p in &doc.people {
        people_of.entry(p.party.as_str()).or_default().push(p);
    }
    let is_failed =
        |kind: Kind, id: Option<&str>| failed.filter(|f| f.kind == kind && f.id.as_deref() == id);

    let parties = doc
        .parties
        .iter()
        .filter(|p| scope.shows_party(p.id.as_str()))
        .map(|p| {
            let mut form = PartyForm::of(Some(p), &format!("party-{}-edit", p.id), base);
            form.head.open = scope.opens(&format!("party-{}", p.id));
            if form.head.open {
                let f = &mut form;
                focus_on(
                    &mut [
                        &mut f.name,
                        &mut f.kind,
                        &mut f.contact,
                        &mut f.develops_product,
                        &mut f.website,
                        &mut f.contract_until,
                    ],
                    scope.field.as_deref(),
                );
            }
            if let Some(f) = is_failed(Kind::Party, Some(p.id.as_str())) {
                form.fail(f);
            }
            PartyView {
                id: p.id.to_string(),
                name: p.name.to_string(),
                kind: ctx.t(&format!("people-kind-{}", kind_id(p.kind))),
                contact: p.contact.as_ref().map(|c| doc.name_of(c.as_str())),
                develops_product: p.develops_product,
                website: p.website.as_ref().map(|w| w.to_string()),
                contract_until: p.contract_until.map(|d| i18n::date(ctx.lang, d)),
                people: people_of
                    .get(p.id.as_str())
                    .into_iter()
                    .flatten()
                    .map(|x| x.name.to_string())
                    .collect(),
                findings: views(about_party.get(p.id.as_str())),
                form,
            }
        })
        .collect();
    let party_rows: Vec<PartyRow> = if scope.all {
        Vec::new()
    } else {
        doc.parties
            .iter()
            .map(|p| {
                let own = people_of.get(p.id.as_str()).map_or(&[][..], Vec::as_slice);
                let findings = about_party.get(p.id.as_str()).map_or(0, Vec::len)
                    + own
                        .iter()
                        .map(|x| about_person.get(x.id.as_str()).map_or(0, Vec::len))
                        .sum::<usize>();
                PartyRow {
                    id: p.id.to_string(),
                    name: p.name.to_string(),
                    kind: ctx.t(&format!("people-kind-{}", kind_id(p.kind))),
                    contact: p.contact.as_ref().map(|c| doc.name_of(c.as_str())),
                    people: own.len(),
                    findings,
                    current: scope.party.as_deref() == Some(p.id.as_str()),
                }
            })
            .collect()
    };
    // In a large division: the party's people, or those whose name matches the search.
    let found: Vec<&Person> = match &scope.search {
        Some(s) if !scope.all => doc
            .people
            .iter()
            .filter(|p| p.name.as_str().to_lowercase().contains(s.as_str()))
            .collect(),
        _ => Vec::new(),
    };
    let search_more = found.len().saturating_sub(SEARCH_MAX);
    let shown: Vec<&Person> = if scope.all {
        doc.people.iter().collect()
    } else if scope.search.is_some() {
        found.into_iter().take(SEARCH_MAX).collect()
    } else {
        scope
            .party
            .as_deref()
            .and_then(|p| people_of.get(p))
            .cloned()
            .unwrap_or_default()
    };
    let person_choices: Vec<Choice> = shown
        .iter()
        .map(|p| {
            Choice::new(
                p.id.to_string(),
                format!("{} ({})", p.name, doc.name_of(p.party.as_str())),
            )
        })
        .collect();
    let people = shown
        .iter()
        .map(|p| {
            let mut form = PersonForm::of(ctx, Some(p), &format!("person-{}-edit", p.id), base);
            form.head.open = scope.opens(&format!("person-{}", p.id));
            if form.head.open {
                let f = &mut form;
                focus_on(
                    &mut [
                        &mut f.name,
                        &mut f.party,
                        &mut f.title,
                        &mut f.email,
                        &mut f.phone,
                        &mut f.hours_per_week,
                        &mut f.repository_admin,
                        &mut f.forge_username,
                    ],
                    scope.field.as_deref(),
                );
            }
            if let Some(f) = is_failed(Kind::Person, Some(p.id.as_str())) {
                form.fail(f);
            }
            PersonView {
                id: p.id.to_string(),
                name: p.name.to_string(),
                party: doc.name_of(p.party.as_str()),
                party_id: p.party.to_string(),
                title: p.title.as_ref().map(|t| t.to_string()),
                email: p.email.as_ref().map(|t| t.to_string()),
                phone: p.phone.as_ref().map(|t| t.to_string()),
                hours: p.hours_per_week.map(|h| {
                    ctx.ta(
                        "people-hours-value",
                        &Args::new().with("hours", i18n::hours(ctx.lang, h.get())),
                    )
                }),
                repository_admin: p.repository_admin,
                forge_username: p.forge_username.as_ref().map(|t| t.to_string()),
                findings: views(about_person.get(p.id.as_str())),
                form,
            }
        })
        .collect();
    let groups = doc
        .groups
        .iter()
        .map(|g| {
            let form = scope.shows_group_form(g.id.as_str()).then(|| {
                let mut form =
                    GroupForm::of(doc, Some(g), &format!("group-{}-edit", g.id), base, |p| {
                        scope.offers(p)
                    });
                form.head.open = scope.opens(&format!("group-{}", g.id));
                if let Some(f) = is_failed(Kind::Group, Some(g.id.as_str())) {
                    form.fail(f);
                }
                form
            });
            GroupView {
                id: g.id.to_string(),
                name: g.name.to_string(),
                description: g.description.as_ref().map(|d| d.to_string()),
                members: g.members.iter().map(|m| doc.name_of(m.as_str())).collect(),
                all_parties: g.all_parties,
                form,
            }
        })
        .collect();
    let mut new_party = PartyForm::of(None, "party-new", base);
    if let Some(f) = is_failed(Kind::Party, None) {
        new_party.fail(f);
    }
    let mut new_person = PersonForm::of(ctx, None, "person-new", base);
    if let Some(f) = is_failed(Kind::Person, None) {
        new_person.fail(f);
    }
    // A new group's member boxes list everyone: in a large division only on asking.
    let new_group_asked =
        scope.all || scope.opens("new-group") || is_failed(Kind::Group, None).is_some();
    let mut new_group = GroupForm::of(doc, None, "group-new", base, |p| scope.offers(p));
    if let Some(f) = is_failed(Kind::Group, None) {
        new_group.fail(f);
    }
    // Findings about ids as a whole (D001/D002 without a subject, K005) are fixed here
    // too, but belong to no single party or person.
    let general = l
        .report
        .findings
        .iter()
        .filter(|f| {
            let s = &f.subject;
            let loose = s.task.is_none() && s.party.is_none() && s.person.is_none();
            f.code == Code::K005 || (loose && matches!(f.code, Code::D001 | Code::D002))
        })
        .map(|f| FindingView::new(ctx, l, f))
        .collect();
    PeoplePage {
        title: ctx.t("people-title"),
        nav: Some(CollabNav::new(ctx, l, "/people")),
        slug: slug.clone(),
        can_edit: l.can_edit(),
        is_owner: l.is_owner(),
        saved,
        has_errors: failed.is_some(),
        problem: failed.and_then(|f| f.errors.get("form").cloned()),
        general,
        shown_party: (!scope.all)
            .then(|| scope.party.as_deref().map(|p| doc.name_of(p)))
            .flatten()
            .filter(|_| scope.search.is_none()),
        search: q.q.clone().unwrap_or_default(),
        search_more,
        party_rows,
        party_count: doc.parties.len(),
        person_count: doc.people.len(),
        group_count: doc.groups.len(),
        parties,
        people,
        groups,
        new_party,
        new_person,
        new_group: new_group_asked.then_some(new_group),
        kinds: kinds(ctx),
        party_choices: doc
            .parties
            .iter()
            .map(|p| Choice::new(p.id.to_string(), p.name.to_string()))
            .collect(),
        person_choices,
        ctx: ctx.clone(),
    }
}

/// GET /c/{slug}/people
pub(crate) async fn show(p: CollabPage, Query(q): Query<PeopleQuery>) -> AppResult<Response> {
    page(&p.ctx, &build(&p.ctx, &p.l, p.saved(), None, &q))
}

/// POST /c/{slug}/people/{kind}: add, change or remove a party, person or group.
pub(crate) async fn save(
    Path((_, kind)): Path<(String, String)>,
    form: CollabForm,
) -> AppResult<Response> {
    let (state, ctx, l, slug) = (&form.state, &form.ctx, &form.l, &form.slug);
    let kind = Kind::parse(&kind).ok_or(AppError::NotFound)?;
    let f = form.fields();
    let base = form.base()?;
    let action = f.get("action");
    if !matches!(action, "add" | "update" | "remove") {
        return Err(AppError::BadRequest("action".into()));
    }
    // A new id comes from the name, unique in the revision the change applies to.
    let new_id = if action == "add" {
        let base_rev = state
            .store
            .revision(l.collab.id, base)
            .await
            .map_err(|_| AppError::BadRequest("unknown base revision".into()))?;
        let mut taken = ids_in_use(&base_rev.document);
        derive_id(f.get("name"), kind.slug(), &mut taken)
    } else {
        None
    };
    let target = match action {
        "add" => new_id.as_ref().map(Id::to_string).unwrap_or_default(),
        _ => f.get("id").to_owned(),
    };
    let back = if action == "remove" || target.is_empty() {
        format!("/c/{slug}/people?saved=1#{}-list", kind.slug())
    } else {
        // In a large division only one party's people are on the page: ask for the
        // party the saved entry belongs to, so it is there to see.
        let party = match kind {
            Kind::Party => target.as_str(),
            Kind::Person => f.get("party"),
            Kind::Group => "",
        };
        let party = if party.is_empty() {
            String::new()
        } else {
            format!("&party={party}")
        };
        format!("/c/{slug}/people?saved=1{party}#{}-{target}", kind.slug())
    };
    let change = |doc: &mut Document| match kind {
        Kind::Party => apply_party(ctx, doc, f, action, new_id),
        Kind::Person => apply_person(ctx, doc, f, action, new_id),
        Kind::Group => apply_group(ctx, doc, f, action, new_id),
    };
    let again = |l: &Loaded, errors| {
        let failed = Failed {
            kind,
            id: (action != "add").then(|| f.get("id").to_owned()),
            pairs: f,
            errors,
            base,
        };
        Ok(build(ctx, l, false, Some(&failed), &PeopleQuery::default()))
    };
    let posted_to = format!("/c/{slug}/people/{}", kind.slug());
    form.save_or_show(base, &posted_to, &back, change, again)
        .await
}

/// Adds a new entry (`action == "add"`, with the id made for it) or replaces the one
/// at `at`, keeping its id: one place for what add and update share.
fn add_or_replace<T>(
    ctx: &Ctx,
    list: &mut Vec<T>,
    action: &str,
    at: Option<usize>,
    new_id: Option<Id>,
    id_of: impl Fn(&T) -> &Id,
    build: impl FnOnce(Id) -> T,
) -> Result<(), FieldErrors> {
    if action == "add" {
        let id = new_id.ok_or_else(|| no_id(ctx))?;
        list.push(build(id));
    } else {
        let i = at.ok_or_else(|| gone(ctx))?;
        let id = id_of(&list[i]).clone();
        list[i] = build(id);
    }
    Ok(())
}

fn gone(ctx: &Ctx) -> FieldErrors {
    FieldErrors::from([("form".to_owned(), ctx.t("people-error-gone"))])
}

fn no_id(ctx: &Ctx) -> FieldErrors {
    FieldErrors::from([("name".to_owned(), ctx.t("people-error-no-id"))])
}

/// An optional reference to an existing id, checked with `exists`.
fn reference(
    c: &mut Check<'_>,
    field: &str,
    v: &str,
    exists: impl Fn(&str) -> bool,
) -> Option<Option<Id>> {
    if v.is_empty() {
        return Some(None);
    }
    match Id::parse(v).ok().filter(|_| exists(v)) {
        Some(id) => Some(Some(id)),
        None => {
            c.fail(field, "people-error-unknown");
            None
        }
    }
}

fn position<T>(items: &[T], id: &str, key: impl Fn(&T) -> &Id) -> Option<usize> {
    items.iter().position(|x| key(x).as_str() == id)
}

fn apply_party(
    ctx: &Ctx,
    doc: &mut Document,
    f: Pairs<'_>,
    action: &str,
    new_id: Option<Id>,
) -> Result<(), FieldErrors> {
    let at = position(&doc.parties, f.get("id"), |p| &p.id);
    if action == "remove" {
        let i = at.ok_or_else(|| gone(ctx))?;
        doc.parties.remove(i);
        return Ok(());
    }
    let mut c = Check::new(ctx);
    let name = c.text("name", f.get("name"));
    let kind = parse_kind(f.get("kind"));
    if kind.is_none() {
        c.fail("kind", "people-error-choice");
    }
    let people: Vec<String> = doc.people.iter().map(|p| p.id.to_string()).collect();
    let contact = reference(&mut c, "contact", f.get("contact"), |v| {
        people.iter().any(|p| p == v)
    });
    let website = c.optional_text("website", f.get("website"));
    let contract_until = c.date("contract_until", f.get("contract_until"));
    let (Some(name), Some(kind), Some(contact), true) = (name, kind, contact, c.ok()) else {
        return Err(c.errors);
    };
    let develops_product = f.ticked("develops_product");
    // Not on this form (yet): an edit keeps what the document says.
    let (inhabitants, contributes) = at
        .and_then(|i| doc.parties.get(i))
        .map_or((None, None), |p| (p.inhabitants, p.contributes));
    add_or_replace(
        ctx,
        &mut doc.parties,
        action,
        at,
        new_id,
        |p| &p.id,
        |id| Party {
            id,
            name,
            kind,
            contact,
            develops_product,
            website,
            contract_until,
            inhabitants,
            contributes,
        },
    )
}

fn apply_person(
    ctx: &Ctx,
    doc: &mut Document,
    f: Pairs<'_>,
    action: &str,
    new_id: Option<Id>,
) -> Result<(), FieldErrors> {
    let at = position(&doc.people, f.get("id"), |p| &p.id);
    if action == "remove" {
        let i = at.ok_or_else(|| gone(ctx))?;
        doc.people.remove(i);
        return Ok(());
    }
    let mut c = Check::new(ctx);
    let name = c.text("name", f.get("name"));
    let parties: Vec<String> = doc.parties.iter().map(|p| p.id.to_string()).collect();
    let party = if f.get("party").is_empty() {
        c.fail("party", "people-error-party");
        None
    } else {
        reference(&mut c, "party", f.get("party"), |v| {
            parties.iter().any(|p| p == v)
        })
        .flatten()
    };
    let title = c.optional_text("title", f.get("title"));
    let email = c.email("email", f.get("email"));
    let phone = c.optional_text("phone", f.get("phone"));
    let hours_per_week = c.hours("hours_per_week", f.get("hours_per_week"));
    let forge_username = c.optional_text("forge_username", f.get("forge_username"));
    if forge_username
        .as_ref()
        .is_some_and(|u| u.as_str().chars().any(char::is_whitespace))
    {
        c.fail("forge_username", "people-error-forge");
    }
    let (Some(name), Some(party), true) = (name, party, c.ok()) else {
        return Err(c.errors);
    };
    let repository_admin = f.ticked("repository_admin");
    add_or_replace(
        ctx,
        &mut doc.people,
        action,
        at,
        new_id,
        |p| &p.id,
        |id| Person {
            id,
            name,
            party,
            title,
            email,
            phone,
            hours_per_week,
            repository_admin,
            forge_username,
        },
    )
}

fn apply_group(
    ctx: &Ctx,
    doc: &mut Document,
    f: Pairs<'_>,
    action: &str,
    new_id: Option<Id>,
) -> Result<(), FieldErrors> {
    let at = position(&doc.groups, f.get("id"), |g| &g.id);
    if action == "remove" {
        let i = at.ok_or_else(|| gone(ctx))?;
        doc.groups.remove(i);
        return Ok(());
    }
    let mut c = Check::new(ctx);
    let name = c.text("name", f.get("name"));
    let description = c.optional_text("description", f.get("description"));
    let mut members = Vec::new();
    for m in f.all("members") {
        let known = doc.parties.iter().any(|p| p.id.as_str() == m)
            || doc.people.iter().any(|p| p.id.as_str() == m);
        match Id::parse(m) {
            Ok(id) if known => {
                if !members.contains(&id) {
                    members.push(id);
                }
            }
            _ => c.fail("members", "people-error-unknown"),
        }
    }
    let (Some(name), true) = (name, c.ok()) else {
        return Err(c.errors);
    };
    let all_parties = f.ticked("all_parties");
    add_or_replace(
        ctx,
        &mut doc.groups,
        action,
        at,
        new_id,
        |g| &g.id,
        |id| Group {
            id,
            name,
            description,
            members,
            all_parties,
        },
    )
}

/// The name of an assignment's task in words.
pub fn target_name(ctx: &Ctx, t: &Target) -> String {
    match t {
        Target::Task(t) => ctx.t(&format!("task-{}", t.id())),
        Target::Item(i) => ctx.t(&format!("item-{}", i.id())),
        Target::Custom(c) => c.name.to_string(),
        Target::Unknown { id, .. } => id.clone(),
    }
}

/// Every place in the division that uses `id`, in words.
pub fn references(ctx: &Ctx, doc: &Document, id: &str) -> Vec<String> {
    let is = |x: &Id| x.as_str() == id;
    let mut out = Vec::new();
    let c = &doc.collaboration;
    if c.coordinator.as_ref().is_some_and(is) {
        out.push(ctx.t("people-ref-coordinator"));
    }
    for p in &doc.parties {
        if p.contact.as_ref().is_some_and(is) {
            out.push(ctx.ta(
                "people-ref-contact",
                &Args::new().with("party", p.name.to_string()),
            ));
        }
    }
    for p in &doc.people {
        if is(&p.party) {
            out.push(ctx.ta(
                "people-ref-works-at",
                &Args::new().with("person", p.name.to_string()),
            ));
        }
    }
    for g in &doc.groups {
        if g.members.iter().any(is) {
            out.push(ctx.ta(
                "people-ref-member",
                &Args::new().with("group", g.name.to_string()),
            ));
        }
    }
    for a in &doc.assignments {
        let task = target_name(ctx, &a.target);
        let roles: Vec<String> = [
            ("raci-r", a.responsible.iter().any(is)),
            ("raci-a", a.accountable.iter().any(is)),
            ("raci-c", a.consulted.iter().any(is)),
            ("raci-i", a.informed.iter().any(|i| is(&i.who))),
            ("raci-backup", a.backup.iter().any(is)),
        ]
        .into_iter()
        .filter(|(_, used)| *used)
        .map(|(label, _)| ctx.t(label))
        .collect();
        if !roles.is_empty() {
            out.push(
                ctx.ta(
                    "people-ref-task",
                    &Args::new()
                        .with("task", task)
                        .with("roles", i18n::join_list(ctx.lang, &roles)),
                ),
            );
        }
    }
    if doc
        .rotation
        .as_ref()
        .is_some_and(|r| r.order.iter().any(is))
    {
        out.push(ctx.t("people-ref-rotation"));
    }
    out
}

#[derive(Template)]
#[template(path = "collab/people/remove.html")]
struct RemovePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    kind: &'static str,
    id: String,
    name: String,
    base: i64,
    uses: Vec<String>,
}

/// GET /c/{slug}/people/{kind}/{id}/remove: asks before removing, and says where the
/// thing is still used.
pub(crate) async fn confirm_remove(
    ctx: Ctx,
    Member(l): Member,
    Path((slug, kind, id)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let kind = Kind::parse(&kind).ok_or(AppError::NotFound)?;
    let doc = l.doc();
    let name = match kind {
        Kind::Party => super::name_in(&doc.parties, &id, |p| (&p.id, &p.name)),
        Kind::Person => super::name_in(&doc.people, &id, |p| (&p.id, &p.name)),
        Kind::Group => super::name_in(&doc.groups, &id, |g| (&g.id, &g.name)),
    }
    .ok_or(AppError::NotFound)?;
    let p = RemovePage {
        title: ctx.ta(
            &format!("people-remove-title-{}", kind.slug()),
            &Args::new().with("name", name.clone()),
        ),
        nav: Some(CollabNav::new(&ctx, &l, "/people")),
        slug: slug.clone(),
        kind: kind.slug(),
        uses: references(&ctx, doc, &id),
        id,
        name,
        base: l.collab.head,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
