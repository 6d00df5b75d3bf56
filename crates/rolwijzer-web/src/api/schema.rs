//! The role-division document as JSON Schema, for the OpenAPI document.
//!
//! Written to accept exactly what the parser accepts (docs/FORMAT.md), so a client can
//! check a document before sending it, and a generated request that fits the schema
//! (schemathesis) is a document the server takes. What JSON Schema cannot say (ids that
//! refer to each other, a coordinator that is a municipality) is not a parse error but
//! a finding in the answer's `summary`. Optional keys may also be `null`, which the
//! parser reads as absent.

use serde_json::{Map, Value, json};

/// Characters Rust's `str::trim` removes (Unicode White_Space): a text must have at
/// least one character outside this set.
const WHITE_SPACE: &str =
    r"\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

/// An id: how the document refers to people, parties, groups and custom tasks.
fn id() -> Value {
    json!({
        "type": "string",
        "pattern": format!("^[A-Za-z0-9._-]{{1,{}}}$", rolwijzer_core::values::MAX_ID_LEN),
        "description": "1 to 64 characters from a-z, A-Z, 0-9, `-`, `_` and `.`."
    })
}

fn ids() -> Value {
    json!({"type": "array", "items": id()})
}

/// A text: not empty (after trimming spaces), at most 2000 characters.
fn text() -> Value {
    json!({
        "type": "string",
        "minLength": 1,
        "maxLength": rolwijzer_core::values::Text::MAX_CHARS,
        "pattern": format!("[^{WHITE_SPACE}]"),
        "description": "Not empty, at most 2000 characters."
    })
}

/// A date: `YYYY-MM-DD`, a day that exists, in the years 2000 to 2200.
fn date() -> Value {
    // Days per month spelt out, leap days only in leap years (2100 and 2200 are not):
    // a pattern a generator can use directly, where `format: date` alone would allow
    // any year.
    let year = "(?:20[0-9]{2}|21[0-9]{2}|2200)";
    let leap = "(?:20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))";
    let pattern = format!(
        "^(?:{year}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|{leap}-02-29)$"
    );
    json!({
        "type": "string",
        "format": "date",
        "pattern": pattern,
        "description": "`YYYY-MM-DD`, between 2000-01-01 and 2200-12-31."
    })
}

/// An amount in euro (kept in whole cents).
fn euro() -> Value {
    json!({"type": "number", "minimum": 0, "maximum": 1_000_000_000, "description": "Euro; rounded to cents."})
}

/// Hours a week.
fn hours() -> Value {
    json!({"type": "number", "minimum": 0, "maximum": 168, "description": "Hours a week."})
}

/// A number of months.
fn months() -> Value {
    json!({"type": "integer", "minimum": 1, "maximum": 120})
}

fn boolean() -> Value {
    json!({"type": "boolean"})
}

/// `schema`, or `null` for "not given".
fn or_null(mut schema: Value) -> Value {
    if let Some(t) = schema.get("type").cloned() {
        schema["type"] = json!([t, "null"]);
    }
    if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
        values.push(Value::Null);
    }
    schema
}

fn one_of_ids<'a>(values: impl IntoIterator<Item = &'a str>) -> Value {
    json!({"type": "string", "enum": values.into_iter().collect::<Vec<_>>()})
}

fn arrangement() -> Value {
    one_of_ids(rolwijzer_core::Arrangement::ALL.iter().map(|a| a.id()))
}

/// A closed object: the parser refuses unknown keys.
fn object(required: &[&str], properties: Value) -> Value {
    json!({
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": false
    })
}

/// The document's schemas, by name.
pub fn document_schemas() -> Map<String, Value> {
    let schema = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
    let list = |name: &str| json!({"type": "array", "items": schema(name)});
    let tasks = rolwijzer_core::catalogue::TaskId::ALL
        .iter()
        .map(|t| format!("`{}`", t.id()))
        .collect::<Vec<_>>()
        .join(", ");
    let items = rolwijzer_core::catalogue::ItemId::ALL
        .iter()
        .map(|i| format!("`{}`", i.id()))
        .collect::<Vec<_>>()
        .join(", ");
    let mut document = object(
        &["version", "collaboration"],
        json!({
            "version": {"type": "integer", "enum": [rolwijzer_core::document::FORMAT_VERSION]},
            "collaboration": schema("CollaborationSettings"),
            "parties": list("Party"),
            "people": list("Person"),
            "groups": list("Group"),
            "assignments": list("Assignment"),
            "rotation": or_null(schema_of_rotation())
        }),
    );
    document["description"] = json!(
        "A role division, the same as a `rolverdeling.yaml` file (docs/FORMAT.md). Unknown keys are refused; an optional key may be left out or `null`. Ids are shared by people, parties, groups and custom tasks; whether they refer to something that exists is not checked here but reported as a finding."
    );

    let mut settings = object(
        &["name", "ambition", "arrangement"],
        json!({
            "name": text(),
            "description": or_null(text()),
            "website": or_null(text()),
            "how_to_join": or_null(text()),
            "ambition": one_of_ids(rolwijzer_core::AmbitionLevel::ALL.iter().map(|l| l.id())),
            "arrangement": arrangement(),
            "coordinator": or_null(id()),
            "coordinator_compensated": or_null(boolean()),
            "contribution": boolean(),
            "separate_administration": or_null(boolean()),
            "fixed_costs_per_month": or_null(euro()),
            "reserve": or_null(euro()),
            "last_evaluation": or_null(date()),
            "evaluation_interval_months": or_null(months())
        }),
    );
    settings["description"] = json!("The collaboration as a whole.");

    let party = object(
        &["id", "name"],
        json!({
            "id": id(),
            "name": text(),
            "kind": one_of_ids(["municipality", "supplier", "organisation"]),
            "contact": or_null(id()),
            "develops_product": boolean(),
            "website": or_null(text()),
            "contract_until": or_null(date())
        }),
    );
    let person = object(
        &["id", "name", "party"],
        json!({
            "id": id(),
            "name": text(),
            "party": id(),
            "title": or_null(text()),
            "email": or_null(text()),
            "phone": or_null(text()),
            "hours_per_week": or_null(hours()),
            "repository_admin": boolean(),
            "forge_username": or_null(text())
        }),
    );
    let group = object(
        &["id", "name"],
        json!({
            "id": id(),
            "name": text(),
            "description": or_null(text()),
            "members": ids(),
            "all_parties": boolean()
        }),
    );

    // `accountable: marie` or a list; `informed: [stuurgroep, {who: x, via: y}]`. A
    // type list instead of oneOf: `pattern` only applies to strings, `items` only to
    // arrays, `properties` only to objects.
    let id_pattern = id()["pattern"].clone();
    let accountable = json!({
        "type": ["string", "array"],
        "pattern": id_pattern,
        "items": id(),
        "description": "Exactly one person or party; a list is read so that a mistake can be explained (finding R002)."
    });
    let informed = json!({
        "type": "array",
        "items": {
            "type": ["string", "object"],
            "pattern": id_pattern,
            "required": ["who"],
            "properties": {"who": id(), "via": text()},
            "additionalProperties": false
        }
    });
    let mut assignment = object(
        &[],
        json!({
            "task": or_null(json!({"type": "string", "description": format!("A task of the catalogue ({tasks}), or `custom` with `id` and `name`. An unknown task is kept and reported (finding D003).")})),
            "item": or_null(json!({"type": "string", "description": format!("Instead of `task`: one checklist item assigned on its own ({items}).")})),
            "id": or_null(id()),
            "name": or_null(text()),
            "critical": or_null(boolean()),
            "description": or_null(text()),
            "arrangement": or_null(arrangement()),
            "responsible": ids(),
            "accountable": accountable,
            "consulted": ids(),
            "informed": informed,
            "backup": ids(),
            "hours_per_week": or_null(hours()),
            "process": or_null(text()),
            "notes": or_null(text())
        }),
    );
    assignment["description"] =
        json!("Who does what for one task: the RACI letters, backup, hours and process.");
    // Exactly one of `task` and `item` (a `null` counts as absent); `id`, `name` and
    // `critical` belong to `task: custom` only, which needs the first two.
    assignment["allOf"] = json!([
        {"oneOf": [
            {"required": ["task"], "properties": {"task": {"type": "string"}}},
            {"required": ["item"], "properties": {"item": {"type": "string"}}}
        ]},
        {
            "if": {"required": ["task"], "properties": {"task": {"const": "custom"}}},
            "then": {"required": ["id", "name"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
            "else": {"properties": {"id": {"type": "null"}, "name": {"type": "null"}, "critical": {"type": "null"}}}
        }
    ]);

    let mut out = Map::new();
    out.insert("Document".into(), document);
    out.insert("CollaborationSettings".into(), settings);
    out.insert("Party".into(), party);
    out.insert("Person".into(), person);
    out.insert("Group".into(), group);
    out.insert("Assignment".into(), assignment);
    out
}

/// `rotation`: tasks that pass from party to party in turn.
fn schema_of_rotation() -> Value {
    let mut r = object(
        &["tasks", "order", "period_months", "start"],
        json!({
            "tasks": {"type": "array", "items": {"type": "string"}},
            "order": ids(),
            "period_months": months(),
            "start": date()
        }),
    );
    r["description"] =
        json!("Tasks that rotate: the `contact` of the party whose turn it is holds R and A.");
    r
}
