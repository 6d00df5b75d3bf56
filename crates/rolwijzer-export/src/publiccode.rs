//! publiccode.yml: the `maintenance` block out, a starter division in.
//!
//! Out: the `maintenance` section of the publiccode.yml standard (versions 0.4 and
//! 0.5), filled from the division, for the technical lead to paste into the product's
//! publiccode.yml. In: a publiccode.yml read for its name, its maintenance data and
//! `usedBy`, turned into a first division with `rolwijzer_core::init`.

use crate::markdown::comment;
use crate::model::{HolderKind, Model};
use crate::texts::targs;
use crate::{Export, ExportError, Notice};
use rolwijzer_core::catalogue::{AmbitionLevel, Arrangement, TaskId};
use rolwijzer_core::document::{Party, PartyKind, Person};
use rolwijzer_core::i18n::Args;
use rolwijzer_core::init::{self, StartChoices};
use rolwijzer_core::lookup::{id_base, unique_id};
use rolwijzer_core::values::Text;
use rolwijzer_core::{Date, Document, Id, Lang};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::fmt;

// ---------------------------------------------------------------------------------
// Out: the maintenance block
// ---------------------------------------------------------------------------------

/// How far ahead a contractor's `until` may lie: the standard asks for at most two
/// years, so that the date is renewed while the maintenance goes on.
const CONTRACT_MONTHS_AHEAD: u32 = 24;

/// `maintenance/type` of the standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum MaintenanceType {
    Internal,
    Contract,
    Community,
}

impl MaintenanceType {
    fn id(self) -> &'static str {
        match self {
            MaintenanceType::Internal => "internal",
            MaintenanceType::Contract => "contract",
            MaintenanceType::Community => "community",
        }
    }
}

/// The file as a whole: only the `maintenance` key, so it can be pasted at top level.
#[derive(Debug, Serialize)]
struct MaintenanceFile {
    maintenance: Maintenance,
}

#[derive(Debug, Serialize)]
struct Maintenance {
    #[serde(rename = "type")]
    kind: MaintenanceType,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contractors: Vec<Contractor>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contacts: Vec<Contact>,
}

/// A contractor: a company or organisation contracted to maintain the software.
#[derive(Debug, Serialize)]
struct Contractor {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<String>,
}

/// A contact: always a real person (the standard forbids departments and mailboxes).
#[derive(Debug, Serialize)]
struct Contact {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    affiliation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
}

/// The arrangement that applies to technical maintenance: the task's own when it
/// overrides the collaboration's (a coordinating collaboration can still hire a
/// supplier for the maintenance), else the collaboration's.
fn maintenance_arrangement(m: &Model) -> Arrangement {
    m.report
        .tasks
        .iter()
        .find(|t| t.key == TaskId::TechnicalMaintenance.id())
        .map_or(m.doc.collaboration.arrangement, |t| t.arrangement)
}

/// The people behind the Responsibles of a task. A person counts as named; a party
/// counts through its `contact` (the person who acts for it, a real person as the
/// standard asks); a group names nobody in particular and is skipped.
fn responsible_people<'a>(m: &Model<'a>, task: TaskId) -> Vec<&'a Person> {
    let Some(row) = m.tasks.iter().find(|r| r.key == task.id()) else {
        return Vec::new();
    };
    let doc: &'a Document = m.doc;
    let person = |id: &str| doc.people.iter().find(|p| p.id.as_str() == id);
    row.responsible
        .iter()
        .filter_map(|h| match h.kind {
            HolderKind::Person => person(&h.id),
            HolderKind::Party => doc
                .parties
                .iter()
                .find(|p| p.id.as_str() == h.id)
                .and_then(|p| p.contact.as_ref())
                .and_then(|c| person(c.as_str())),
            HolderKind::Group | HolderKind::Unknown => None,
        })
        .collect()
}

fn contact_of(m: &Model, p: &Person) -> Contact {
    Contact {
        name: p.name.to_string(),
        email: p.email.as_ref().map(|e| e.to_string()),
        affiliation: m
            .doc
            .parties
            .iter()
            .find(|x| x.id == p.party)
            .map(|x| x.name.to_string()),
        phone: p.phone.as_ref().map(|e| e.to_string()),
    }
}

fn contacts_of<'a>(m: &Model, people: impl IntoIterator<Item = &'a Person>) -> Vec<Contact> {
    let mut seen: Vec<&Id> = Vec::new();
    let mut out = Vec::new();
    for p in people {
        if !seen.contains(&&p.id) {
            seen.push(&p.id);
            out.push(contact_of(m, p));
        }
    }
    out
}

/// The parties publiccode.yml calls contractors: the suppliers; without suppliers,
/// the parties other than municipalities that are Responsible for technical
/// maintenance (an external organisation, as `rolwijzer init` proposes it).
fn contractor_parties<'a>(m: &Model<'a>) -> Vec<&'a Party> {
    let doc: &'a Document = m.doc;
    let suppliers: Vec<&Party> = doc
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Supplier)
        .collect();
    if !suppliers.is_empty() {
        return suppliers;
    }
    let maintainers: Vec<&rolwijzer_core::Id> = responsible_people(m, TaskId::TechnicalMaintenance)
        .into_iter()
        .map(|p| &p.party)
        .collect();
    let direct: Vec<&str> = m
        .tasks
        .iter()
        .find(|r| r.key == TaskId::TechnicalMaintenance.id())
        .map(|r| {
            r.responsible
                .iter()
                .filter(|h| h.kind == HolderKind::Party)
                .map(|h| h.id.as_str())
                .collect()
        })
        .unwrap_or_default();
    doc.parties
        .iter()
        .filter(|p| p.kind != PartyKind::Municipality)
        .filter(|p| maintainers.contains(&&p.id) || direct.contains(&p.id.as_str()))
        .collect()
}

/// The `maintenance` block.
///
/// The type follows from how technical maintenance is divided:
/// - `external` → `contract`, with the suppliers as contractors (their
///   `contract_until` as `until`) and, as contacts, the suppliers' own people who are
///   Responsible for technical maintenance;
/// - `rotating` or `distributed` without a community contribution → `community`: the
///   municipalities each give their own people's time, nobody is paid for it as a
///   whole, which is what the standard means by community maintenance;
/// - otherwise → `internal`: one coordinating municipality, or a collaboration that
///   pays for its maintenance from a shared contribution, organises it itself.
///
/// Contacts are real people: the Responsibles of the contact person task and of
/// technical maintenance, with their party as `affiliation`.
pub(crate) fn maintenance(m: &Model) -> Result<Export, ExportError> {
    let lang = m.lang;
    let mut notices = Vec::new();
    let arrangement = maintenance_arrangement(m);
    let contractor_parties = if arrangement == Arrangement::External {
        contractor_parties(m)
    } else {
        Vec::new()
    };
    let kind = if !contractor_parties.is_empty() {
        MaintenanceType::Contract
    } else if matches!(
        arrangement,
        Arrangement::Rotating | Arrangement::Distributed
    ) && !m.doc.collaboration.contribution
    {
        MaintenanceType::Community
    } else {
        MaintenanceType::Internal
    };

    let maintainers = responsible_people(m, TaskId::TechnicalMaintenance);
    let mut contractors = Vec::new();
    for p in &contractor_parties {
        match p.contract_until {
            None => notices.push(Notice::ContractWithoutEnd {
                party: p.name.to_string(),
            }),
            Some(until) if until < m.today => notices.push(Notice::ContractEnded {
                party: p.name.to_string(),
                until,
            }),
            Some(until) if until > m.today.add_months(CONTRACT_MONTHS_AHEAD) => {
                notices.push(Notice::ContractFarAhead {
                    party: p.name.to_string(),
                    until,
                })
            }
            Some(_) => {}
        }
        // The standard wants the e-mail of a technical contact: the party's contact
        // person, else its first person Responsible for technical maintenance.
        let email = p
            .contact
            .as_ref()
            .and_then(|c| m.doc.people.iter().find(|x| &x.id == c))
            .and_then(|x| x.email.as_ref())
            .or_else(|| {
                maintainers
                    .iter()
                    .filter(|x| x.party == p.id)
                    .find_map(|x| x.email.as_ref())
            })
            .map(|e| e.to_string());
        contractors.push(Contractor {
            name: p.name.to_string(),
            until: p.contract_until.map(|d| d.to_string()),
            email,
            website: p.website.as_ref().map(|w| w.to_string()),
        });
    }

    let contacts = match kind {
        MaintenanceType::Contract => {
            let ids: Vec<&Id> = contractor_parties.iter().map(|p| &p.id).collect();
            contacts_of(
                m,
                responsible_people(m, TaskId::TechnicalMaintenance)
                    .into_iter()
                    .filter(|p| ids.contains(&&p.party)),
            )
        }
        MaintenanceType::Internal | MaintenanceType::Community => contacts_of(
            m,
            responsible_people(m, TaskId::ContactPerson)
                .into_iter()
                .chain(responsible_people(m, TaskId::TechnicalMaintenance)),
        ),
    };
    if kind != MaintenanceType::Contract && contacts.is_empty() {
        notices.push(Notice::NoMaintenanceContact);
    }

    let mut out = crate::markdown::headed(m, "pc-header");
    comment(&mut out, &crate::t(lang, "pc-paste"));
    comment(&mut out, &crate::t(lang, &format!("pc-type-{}", kind.id())));
    if !notices.is_empty() {
        comment(&mut out, &crate::t(lang, "pc-check-notices"));
        for n in &notices {
            comment(&mut out, &n.message(lang));
        }
    }
    let file = MaintenanceFile {
        maintenance: Maintenance {
            kind,
            contractors,
            contacts,
        },
    };
    let yaml = serde_saphyr::to_string(&file).map_err(|e| ExportError::Serialise(e.to_string()))?;
    out.push_str(&yaml);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(Export {
        bytes: out.into_bytes(),
        notices,
    })
}

// ---------------------------------------------------------------------------------
// In: a starter division from a publiccode.yml
// ---------------------------------------------------------------------------------

/// Largest publiccode.yml accepted. Real files are a few kilobytes; the limit keeps a
/// pasted log or a YAML bomb away from the parser.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Why a publiccode.yml could not be imported.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    /// Line in the file, when known.
    pub line: Option<usize>,
    /// The field (`maintenance.contacts[0].name`), when known.
    pub field: Option<String>,
    /// What is wrong, as a text id (`no-version`, `contractor-no-until`): the message
    /// is `import-<problem>` in the Fluent files, what to do `import-<problem>-fix`.
    /// Translated by [`ImportError::render`].
    pub problem: String,
    /// Values for the message (`value`, `expected`, `size`).
    pub args: Vec<(&'static str, String)>,
}

impl ImportError {
    fn new(problem: &str) -> Self {
        ImportError {
            line: None,
            field: None,
            problem: problem.to_owned(),
            args: Vec::new(),
        }
    }

    fn at(mut self, line: Option<usize>, field: impl Into<String>) -> Self {
        self.line = line;
        let f = field.into();
        self.field = (!f.is_empty()).then_some(f);
        self
    }

    fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    fn fluent_args(&self) -> Args {
        let mut a = Args::new();
        for (k, v) in &self.args {
            a.set(k, v.clone());
        }
        a
    }

    /// What is wrong, in words, without the place.
    pub fn message(&self, lang: Lang) -> String {
        targs(
            lang,
            &format!("import-{}", self.problem),
            &self.fluent_args(),
        )
    }

    /// What to do about it, in words.
    pub fn fix(&self, lang: Lang) -> String {
        targs(
            lang,
            &format!("import-{}-fix", self.problem),
            &self.fluent_args(),
        )
    }

    /// The error in words, with file, line and field, and what to do:
    /// `file:line: field: what is wrong. what to do`.
    pub fn render(&self, file: &str, lang: Lang) -> String {
        let place = match self.line {
            Some(l) => format!("{file}:{l}"),
            None => file.to_owned(),
        };
        let what = format!("{} {}", self.message(lang), self.fix(lang));
        match &self.field {
            Some(f) => format!("{place}: {f}: {what}"),
            None => format!("{place}: {what}"),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render("publiccode.yml", Lang::En))
    }
}

impl std::error::Error for ImportError {}

/// Any YAML value, with where each part stands in the file, so that every error can
/// name its line. We read publiccode.yml generically (not into fixed types) because
/// the standard has many keys we ignore, and because serde's type errors are English
/// sentences we cannot translate.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Null,
    Bool(bool),
    Number(String),
    Text(String),
    List(Vec<Spanned<Node>>),
    Map(Vec<(String, Spanned<Node>)>),
}

/// A mapping key: any scalar, as text.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Key, E> {
                Ok(Key(String::new()))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Number(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
                Ok(Node::Number(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Number(v.to_string()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Text(v.to_owned()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Node, D2::Error> {
                Node::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = seq.next_element::<Spanned<Node>>()? {
                    v.push(x);
                }
                Ok(Node::List(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut v = Vec::new();
                while let Some(Key(k)) = map.next_key::<Key>()? {
                    let value = map.next_value::<Spanned<Node>>()?;
                    v.push((k, value));
                }
                Ok(Node::Map(v))
            }
        }
        d.deserialize_any(V)
    }
}

type Map = [(String, Spanned<Node>)];

/// Puts numbers back as they were written. YAML reads an unquoted `0612345678` as the
/// number 612345678; for a phone number or a version the digits as written are what
/// counts, so each number takes its text from the source where the span allows.
fn numbers_as_written(node: &mut Spanned<Node>, src: &str) {
    let span = node.referenced.span();
    match &mut node.value {
        Node::Number(n) => {
            let raw = span
                .byte_offset()
                .zip(span.byte_len())
                .and_then(|(o, l)| {
                    let o = usize::try_from(o).ok()?;
                    let l = usize::try_from(l).ok()?;
                    src.get(o..o.checked_add(l)?)
                })
                .map(str::trim);
            if let Some(raw) = raw {
                if !raw.is_empty()
                    && raw
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+-._".contains(c))
                {
                    *n = raw.to_owned();
                }
            }
        }
        Node::List(items) => items.iter_mut().for_each(|i| numbers_as_written(i, src)),
        Node::Map(entries) => entries
            .iter_mut()
            .for_each(|(_, v)| numbers_as_written(v, src)),
        Node::Null | Node::Bool(_) | Node::Text(_) => {}
    }
}

fn line_of(n: &Spanned<Node>) -> Option<usize> {
    let l = n.referenced.line();
    (l > 0).then(|| usize::try_from(l).unwrap_or(usize::MAX))
}

fn get<'a>(map: &'a Map, key: &str) -> Option<&'a Spanned<Node>> {
    map.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// A mapping, or an error naming what it should have been.
fn as_map<'a>(n: &'a Spanned<Node>, field: &str) -> Result<&'a Map, ImportError> {
    match &n.value {
        Node::Map(m) => Ok(m),
        _ => Err(ImportError::new("expected-mapping").at(line_of(n), field)),
    }
}

/// A list; one text where a list of texts is expected counts as a list of one.
fn as_list<'a>(n: &'a Spanned<Node>, field: &str) -> Result<Vec<&'a Spanned<Node>>, ImportError> {
    match &n.value {
        Node::List(v) => Ok(v.iter().collect()),
        Node::Text(_) => Ok(vec![n]),
        Node::Null => Ok(Vec::new()),
        _ => Err(ImportError::new("expected-list").at(line_of(n), field)),
    }
}

/// Text as rolwijzer keeps it: not empty, not longer than [`Text::MAX_CHARS`]. A
/// number is accepted as text (an unquoted phone number or version).
/// One map of a list in `maintenance` that must have a `name`.
struct NamedEntry<'a> {
    node: &'a Spanned<Node>,
    /// Its path for messages, e.g. `maintenance.contacts[2]`.
    field: String,
    map: &'a Map,
    name: Text,
}

/// The entries of the list `maintenance.{key}` (none when it is absent); an entry
/// without a name is refused with the message `no_name`.
fn named_entries<'a>(
    map: &'a Map,
    key: &str,
    no_name: &'static str,
) -> Result<Vec<NamedEntry<'a>>, ImportError> {
    let list = match get(map, key) {
        Some(n) => as_list(n, &format!("maintenance.{key}"))?,
        None => return Ok(Vec::new()),
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, node) in list.into_iter().enumerate() {
        let field = format!("maintenance.{key}[{i}]");
        let map = as_map(node, &field)?;
        let name = match get(map, "name") {
            Some(n) => as_text(n, &format!("{field}.name"))?,
            None => return Err(ImportError::new(no_name).at(line_of(node), field)),
        };
        out.push(NamedEntry {
            node,
            field,
            map,
            name,
        });
    }
    Ok(out)
}

fn as_text(n: &Spanned<Node>, field: &str) -> Result<Text, ImportError> {
    let s = match &n.value {
        Node::Text(s) | Node::Number(s) => s.as_str(),
        _ => return Err(ImportError::new("expected-text").at(line_of(n), field)),
    };
    Text::new(s).map_err(|_| {
        if s.trim().is_empty() {
            ImportError::new("empty-text").at(line_of(n), field)
        } else {
            ImportError::new("text-too-long")
                .at(line_of(n), field)
                .arg("limit", Text::MAX_CHARS.to_string())
        }
    })
}

/// An optional text field of a mapping: absent or null is `None`.
fn opt_text(map: &Map, key: &str, field: &str) -> Result<Option<Text>, ImportError> {
    match get(map, key) {
        None => Ok(None),
        Some(n) if n.value == Node::Null => Ok(None),
        Some(n) => as_text(n, &format!("{field}.{key}")).map(Some),
    }
}

/// A text field that informs but is not needed: a wrong value is skipped rather than
/// refusing the whole file over a website or a description.
fn lenient_text(map: &Map, key: &str) -> Option<Text> {
    get(map, key).and_then(|n| match &n.value {
        Node::Text(s) => Text::new(s).ok(),
        _ => None,
    })
}

/// A name as a comparison key: case, spacing and punctuation do not matter.
fn name_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words that open most municipality names; dropped from ids (`gemeente-utrecht` →
/// `utrecht`), as in the examples.
const NAME_PREFIXES: [&str; 4] = ["gemeente-", "municipality-of-", "city-of-", "the-"];

/// An id from a name by the core's rule, without the municipality prefix.
fn slug(name: &str, fallback: &str) -> String {
    let mut s = id_base(name);
    for p in NAME_PREFIXES {
        if let Some(rest) = s.strip_prefix(p) {
            if !rest.is_empty() {
                s = rest.to_owned();
            }
        }
    }
    if s.is_empty() { fallback.to_owned() } else { s }
}

/// Ids handed out so far; each new one is made unique with a number.
#[derive(Default)]
struct Ids(Vec<String>);

impl Ids {
    fn fresh(&mut self, name: &str, fallback: &str) -> Id {
        let id = unique_id(&slug(name, fallback), fallback, |c| {
            self.0.iter().any(|t| t == c)
        });
        self.0.push(id.to_string());
        id
    }
}

/// Whether a name reads like a municipality ("Gemeente Utrecht", "City of Ghent").
fn looks_municipal(name: &str) -> bool {
    let n = name.to_lowercase();
    [
        "gemeente",
        "municipality",
        "city of",
        "stad ",
        "kommune",
        "comune",
        "commune",
    ]
    .iter()
    .any(|w| n.contains(w))
}

/// A contractor as the import found it.
struct FoundContractor {
    name: Text,
    until: Date,
    website: Option<Text>,
}

/// A contact as the import found it.
struct FoundContact {
    name: Text,
    email: Option<Text>,
    phone: Option<Text>,
    affiliation: Option<Text>,
}

/// What the import found in `maintenance`.
struct Found {
    kind: String,
    contractors: Vec<FoundContractor>,
    contacts: Vec<FoundContact>,
}

const MAINTENANCE_TYPES: [&str; 4] = ["internal", "contract", "community", "none"];

fn read_maintenance(top: &Map) -> Result<Found, ImportError> {
    let Some(node) = get(top, "maintenance") else {
        // The standard requires the section, but a starter division can still be made
        // from the name and `usedBy`; it then simply has no maintenance data.
        return Ok(Found {
            kind: "none".to_owned(),
            contractors: Vec::new(),
            contacts: Vec::new(),
        });
    };
    let map = as_map(node, "maintenance")?;
    let kind = match get(map, "type") {
        None => {
            return Err(ImportError::new("maintenance-type-missing")
                .at(line_of(node), "maintenance.type")
                .arg("expected", MAINTENANCE_TYPES.join(", ")));
        }
        Some(t) => match &t.value {
            Node::Text(s) if MAINTENANCE_TYPES.contains(&s.trim()) => s.trim().to_owned(),
            Node::Text(s) => {
                return Err(ImportError::new("maintenance-type-unknown")
                    .at(line_of(t), "maintenance.type")
                    .arg("value", s.clone())
                    .arg("expected", MAINTENANCE_TYPES.join(", ")));
            }
            _ => {
                return Err(ImportError::new("expected-text").at(line_of(t), "maintenance.type"));
            }
        },
    };

    let mut contractors = Vec::new();
    for NamedEntry {
        node: item,
        field,
        map: c,
        name,
    } in named_entries(map, "contractors", "contractor-no-name")?
    {
        let until = match get(c, "until") {
            None => {
                return Err(ImportError::new("contractor-no-until")
                    .at(line_of(item), format!("{field}.until"))
                    .arg("name", name.to_string()));
            }
            Some(u) => {
                let raw = match &u.value {
                    Node::Text(s) | Node::Number(s) => s.clone(),
                    _ => String::new(),
                };
                Date::parse(&raw).map_err(|_| {
                    ImportError::new("invalid-date")
                        .at(line_of(u), format!("{field}.until"))
                        .arg("value", raw.chars().take(40).collect::<String>())
                })?
            }
        };
        let website = opt_text(c, "website", &field)?;
        contractors.push(FoundContractor {
            name,
            until,
            website,
        });
    }
    if kind == "contract" && contractors.is_empty() {
        return Err(ImportError::new("no-contractors").at(line_of(node), "maintenance.contractors"));
    }

    let mut contacts = Vec::new();
    for NamedEntry {
        field,
        map: c,
        name,
        ..
    } in named_entries(map, "contacts", "contact-no-name")?
    {
        contacts.push(FoundContact {
            name,
            email: opt_text(c, "email", &field)?,
            phone: opt_text(c, "phone", &field)?,
            affiliation: opt_text(c, "affiliation", &field)?,
        });
    }
    if (kind == "internal" || kind == "community") && contacts.is_empty() {
        return Err(ImportError::new("no-contacts")
            .at(line_of(node), "maintenance.contacts")
            .arg("type", kind.clone()));
    }
    Ok(Found {
        kind,
        contractors,
        contacts,
    })
}

/// The collaboration's name: `name`, else a localised name (the user's language
/// first).
fn read_name(top: &Map, description: Option<&Map>, lang: Lang) -> Result<Text, ImportError> {
    if let Some(n) = get(top, "name") {
        return as_text(n, "name");
    }
    if let Some(d) = description {
        if let Some(name) = lang_first(d, lang)
            .into_iter()
            .find_map(|m| lenient_text(m, "localisedName"))
        {
            return Ok(name);
        }
    }
    Err(ImportError::new("no-name").at(None, "name"))
}

/// The language sections of `description`, the user's language first, then Dutch and
/// English, then the rest in file order.
fn lang_first(description: &Map, lang: Lang) -> Vec<&Map> {
    let primary = |k: &str| {
        k.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let rank = |k: &str| {
        let p = primary(k);
        if p == lang.code() {
            0
        } else if p == "nl" {
            1
        } else if p == "en" {
            2
        } else {
            3
        }
    };
    let mut v: Vec<(usize, usize, &Map)> = description
        .iter()
        .enumerate()
        .filter_map(|(i, (k, n))| match &n.value {
            Node::Map(m) => Some((rank(k), i, m.as_slice())),
            _ => None,
        })
        .collect();
    v.sort_by_key(|(r, i, _)| (*r, *i));
    v.into_iter().map(|(_, _, m)| m).collect()
}

/// Today, only for the rotation start of a proposal (which an import never uses: it
/// does not choose `rotating`); the clock is read here, at the edge, never in core.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    chrono::DateTime::from_timestamp(secs, 0).map_or_else(
        || Date::from_naive(chrono::NaiveDate::MIN),
        |t| Date::from_naive(t.date_naive()),
    )
}

/// Serde-saphyr limits: far above any real publiccode.yml, far below what would hurt.
fn yaml_options() -> serde_saphyr::Options {
    rolwijzer_core::parse::yaml_limits(100_000, 100, false)
}

fn yaml_error(e: &serde_saphyr::Error) -> ImportError {
    let line = e
        .location()
        .map(|l| l.line())
        .filter(|l| *l > 0)
        .map(|l| usize::try_from(l).unwrap_or(usize::MAX));
    if matches!(e, serde_saphyr::Error::Budget { .. }) {
        return ImportError::new("too-complex").at(line, "");
    }
    let s = e.to_string();
    let first = s.lines().next().unwrap_or("").trim();
    let detail = match first.find(" at line ") {
        Some(i) => first.get(..i).unwrap_or(first),
        None => first,
    };
    ImportError::new("syntax")
        .at(line, "")
        .arg("detail", detail.to_owned())
}

/// The parties found so far, kept apart because their order matters to the proposal.
#[derive(Default)]
struct Parties {
    municipalities: Vec<Party>,
    contractors: Vec<Party>,
    others: Vec<Party>,
}

impl Parties {
    fn find(&self, name: &str) -> Option<&Party> {
        let key = name_key(name);
        self.municipalities
            .iter()
            .chain(&self.contractors)
            .chain(&self.others)
            .find(|p| name_key(p.name.as_str()) == key)
    }

    /// The party with this name, made when there is none yet: a municipality when the
    /// name reads like one, else an organisation.
    fn party_for(&mut self, name: &Text, ids: &mut Ids) -> Result<Id, ImportError> {
        if let Some(p) = self.find(name.as_str()) {
            return Ok(p.id.clone());
        }
        let (kind, fallback) = if looks_municipal(name.as_str()) {
            (PartyKind::Municipality, "gemeente")
        } else {
            (PartyKind::Organisation, "organisatie")
        };
        let p = Party::new(ids.fresh(name.as_str(), fallback), name.clone(), kind);
        let id = p.id.clone();
        match kind {
            PartyKind::Municipality => self.municipalities.push(p),
            _ => self.others.push(p),
        }
        Ok(id)
    }
}

/// A starter division from a publiccode.yml: maintenance, contacts and `usedBy`.
///
/// - the name comes from `name` (or a localised name), the description from the
///   short description in the user's language, the website from `landingURL` or `url`;
/// - contractors become suppliers with their `until` as `contract_until`; `usedBy`
///   becomes municipalities; each contact becomes a person of the party named in
///   their `affiliation` (a new party when no party has that name);
/// - `contract` becomes the `external` arrangement at the structured level (the
///   chapter's fit for an external party); `community` becomes `distributed` at the
///   light level (several municipalities each take a share); `internal` and `none`
///   become a coordinating municipality at the light level, led by the municipality
///   of the first contact (else the repository owner, else the first user).
///
/// The division itself is proposed by `rolwijzer_core::init::propose_with`, so it
/// passes `check` without errors; it still needs people's hours, backups and
/// processes, which a publiccode.yml does not hold.
pub fn import(text: &str, lang: Lang) -> Result<Document, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::new("too-large")
            .arg("size", format!("{} kB", text.len() / 1024))
            .arg("limit", format!("{} kB", MAX_IMPORT_BYTES / 1024)));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(ImportError::new("empty"));
    }
    let mut root: Spanned<Node> =
        serde_saphyr::from_str_with_options(text, yaml_options()).map_err(|e| yaml_error(&e))?;
    numbers_as_written(&mut root, text);
    let Node::Map(top) = &root.value else {
        return Err(ImportError::new("not-publiccode").at(line_of(&root), ""));
    };
    match get(top, "publiccodeYmlVersion") {
        None => return Err(ImportError::new("no-version").at(None, "publiccodeYmlVersion")),
        Some(v) => {
            as_text(v, "publiccodeYmlVersion")?;
        }
    }

    let description = match get(top, "description") {
        Some(Spanned {
            value: Node::Map(m),
            ..
        }) => Some(m.as_slice()),
        _ => None,
    };
    let name = read_name(top, description, lang)?;
    let short = description.and_then(|d| {
        lang_first(d, lang)
            .into_iter()
            .find_map(|m| lenient_text(m, "shortDescription"))
    });
    let website = lenient_text(top, "landingURL").or_else(|| lenient_text(top, "url"));
    let repo_owner = get(top, "legal").and_then(|l| match &l.value {
        Node::Map(m) => lenient_text(m, "repoOwner"),
        _ => None,
    });

    let found = read_maintenance(top)?;

    let mut used_by = Vec::new();
    if let Some(n) = get(top, "usedBy") {
        for (i, item) in as_list(n, "usedBy")?.into_iter().enumerate() {
            used_by.push(as_text(item, &format!("usedBy[{i}]"))?);
        }
    }

    let mut ids = Ids::default();
    let mut found_parties = Parties::default();
    for FoundContractor {
        name,
        until,
        website,
    } in found.contractors
    {
        if found_parties.find(name.as_str()).is_some() {
            continue;
        }
        let mut p = Party::new(
            ids.fresh(name.as_str(), "leverancier"),
            name,
            PartyKind::Supplier,
        );
        p.contract_until = Some(until);
        p.website = website;
        found_parties.contractors.push(p);
    }
    for name in used_by {
        if found_parties.find(name.as_str()).is_some() {
            continue;
        }
        let p = Party::new(
            ids.fresh(name.as_str(), "gemeente"),
            name,
            PartyKind::Municipality,
        );
        found_parties.municipalities.push(p);
    }
    // The repository owner as a party: an existing one now; a new one only when a
    // contact without affiliation needs it, so no party is added that nobody is in.
    let mut owner: Option<Id> = repo_owner
        .as_ref()
        .and_then(|o| found_parties.find(o.as_str()))
        .map(|p| p.id.clone());
    let mut people: Vec<Person> = Vec::new();
    let mut lead: Option<Id> = None;
    for FoundContact {
        name,
        email,
        phone,
        affiliation,
    } in found.contacts
    {
        // Where a contact without `affiliation` belongs: the only contractor, else the
        // repository owner, else the first user; a placeholder party as a last resort.
        let party_id = match &affiliation {
            Some(a) => found_parties.party_for(a, &mut ids)?,
            None => match (found.kind.as_str(), found_parties.contractors.as_slice()) {
                ("contract", [only]) => only.id.clone(),
                _ => match (&owner, &repo_owner) {
                    (Some(id), _) => id.clone(),
                    (None, Some(o)) => {
                        let id = found_parties.party_for(o, &mut ids)?;
                        owner = Some(id.clone());
                        id
                    }
                    (None, None) => match found_parties.municipalities.first() {
                        Some(p) => p.id.clone(),
                        None => {
                            let placeholder = Text::new(&crate::t(lang, "import-unknown-party"))
                                .map_err(|_| ImportError::new("empty-text"))?;
                            found_parties.party_for(&placeholder, &mut ids)?
                        }
                    },
                },
            },
        };
        let municipal = found_parties
            .municipalities
            .iter()
            .any(|p| p.id == party_id);
        if lead.is_none() && municipal {
            lead = Some(party_id.clone());
        }
        let mut person = Person::new(ids.fresh(name.as_str(), "persoon"), name, party_id);
        person.email = email;
        person.phone = phone;
        people.push(person);
    }
    // The lead municipality goes first: `propose_with` makes the first municipality
    // the coordinator and its contact the holder of the tasks.
    let Parties {
        mut municipalities,
        contractors,
        others,
    } = found_parties;
    let lead = lead.or_else(|| owner.filter(|o| municipalities.iter().any(|p| &p.id == o)));
    if let Some(l) = lead {
        if let Some(i) = municipalities.iter().position(|p| p.id == l) {
            let p = municipalities.remove(i);
            municipalities.insert(0, p);
        }
    }
    // Contractors before other organisations: for `external`, `propose_with` gives the
    // work to the first party that is not a municipality.
    let mut parties: Vec<Party> = municipalities;
    parties.extend(contractors);
    parties.extend(others);
    for p in &mut parties {
        p.contact = people
            .iter()
            .find(|x| x.party == p.id)
            .map(|x| x.id.clone());
    }

    let (ambition, arrangement) = match found.kind.as_str() {
        "contract" => (AmbitionLevel::Structured, Arrangement::External),
        "community" => (AmbitionLevel::Light, Arrangement::Distributed),
        _ => (AmbitionLevel::Light, Arrangement::Coordinating),
    };
    let choices = StartChoices {
        name: Some(name.to_string()),
        ambition,
        arrangement,
        // Whether money is collected is not in a publiccode.yml; the check will ask
        // (O004 for an external party) rather than the import assume it.
        contribution: false,
        today: today(),
        lang,
    };
    let mut doc = if parties.is_empty() {
        // Nothing to build on: the placeholder parties of a fresh `init`.
        init::propose(&choices)
    } else {
        init::propose_with(&choices, parties, people)
    };
    doc.collaboration.description = short;
    doc.collaboration.website = website;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ids() {
        assert_eq!(slug("Gemeente 's-Hertogenbosch", "p"), "s-hertogenbosch");
        assert_eq!(slug("Zoë Bjørn-Ødegård", "p"), "zoe-bjorn-odegard");
        assert_eq!(slug("Gemeente", "p"), "gemeente");
        assert_eq!(slug("???", "p"), "p");
        assert!(slug(&"a".repeat(200), "p").len() <= 60);
    }

    #[test]
    fn ids_are_made_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.fresh("Acme", "x").as_str(), "acme");
        assert_eq!(ids.fresh("ACME", "x").as_str(), "acme-2");
        assert_eq!(ids.fresh("acme", "x").as_str(), "acme-3");
    }
}
