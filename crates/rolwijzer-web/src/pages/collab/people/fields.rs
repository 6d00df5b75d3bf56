//! Form helpers of the people area: fields with their error, and the
//! parsers that turn what a coordinator types ("8.000", "2,5", "€ 8.000") into the
//! core's value types, with a message in words when it does not fit.

use crate::http::ctx::Ctx;
use crate::ui::forms::Pairs;
use crate::ui::save::FieldErrors;
use rolwijzer_core::i18n::Args;
use rolwijzer_core::lookup::{id_base, unique_id};
use rolwijzer_core::values::{Months, Text};
use rolwijzer_core::{Date, Document, Euro, Hours, Id};
use std::collections::BTreeSet;

/// One input of a form as a page shows it: its name, a unique HTML id, the value to
/// show and the message beside it.
#[derive(Debug, Clone, Default)]
pub struct Field {
    /// The form field name.
    pub name: String,
    /// The element id (unique on the page).
    pub id: String,
    /// The value to show.
    pub value: String,
    /// What is wrong with it, in words.
    pub error: Option<String>,
    /// Whether the page puts the keyboard focus here: the field a finding's link
    /// asked for (`?field=`).
    pub focus: bool,
}

impl Field {
    /// A field `name` with id `<prefix>-<name>`.
    pub fn new(prefix: &str, name: &str, value: impl Into<String>) -> Self {
        Field {
            name: name.to_owned(),
            id: format!("{prefix}-{name}"),
            value: value.into(),
            error: None,
            focus: false,
        }
    }

    /// The id of the error message element.
    pub fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    /// Whether a checkbox shows as ticked.
    pub fn on(&self) -> bool {
        !self.value.is_empty()
    }

    /// Whether this (radio or select) field has the value `v`.
    pub fn is(&self, v: &str) -> bool {
        self.value == v
    }

    /// Takes the submitted value and error for this field.
    pub fn fill(&mut self, pairs: Pairs<'_>, errors: &FieldErrors) {
        self.value = pairs.get(&self.name).to_owned();
        self.error = errors.get(&self.name).cloned();
    }

    /// Takes only the error for this field.
    pub fn error_from(&mut self, errors: &FieldErrors) {
        self.error = errors.get(&self.name).cloned();
    }
}

/// A choice in a select or radio group.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The value sent.
    pub value: String,
    /// What the user sees.
    pub label: String,
}

impl Choice {
    /// A choice.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
        }
    }
}

/// Collects parsed values and the messages for fields that did not parse.
pub struct Check<'a> {
    ctx: &'a Ctx,
    /// Messages so far, by field name.
    pub errors: FieldErrors,
}

impl<'a> Check<'a> {
    /// A fresh check.
    pub fn new(ctx: &'a Ctx) -> Self {
        Check {
            ctx,
            errors: FieldErrors::new(),
        }
    }

    /// Records a message for a field (the first one stays).
    pub fn fail(&mut self, field: &str, id: &str) {
        let msg = self.ctx.t(id);
        self.errors.entry(field.to_owned()).or_insert(msg);
    }

    /// Records a message with values.
    pub fn fail_with(&mut self, field: &str, id: &str, args: &Args) {
        let msg = self.ctx.ta(id, args);
        self.errors.entry(field.to_owned()).or_insert(msg);
    }

    /// Whether nothing failed.
    pub fn ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// A required text: not empty, at most 2000 characters.
    pub fn text(&mut self, field: &str, v: &str) -> Option<Text> {
        if v.trim().is_empty() {
            self.fail(field, "people-error-required");
            return None;
        }
        self.optional_text(field, v)
    }

    /// An optional text: empty is `None`, otherwise at most 2000 characters.
    pub fn optional_text(&mut self, field: &str, v: &str) -> Option<Text> {
        if v.trim().is_empty() {
            return None;
        }
        match Text::new(v) {
            Ok(t) => Some(t),
            Err(_) => {
                self.fail_with(
                    field,
                    "people-error-too-long",
                    &Args::new().count("max", Text::MAX_CHARS),
                );
                None
            }
        }
    }

    /// An optional e-mail address of a plausible shape.
    pub fn email(&mut self, field: &str, v: &str) -> Option<Text> {
        let t = self.optional_text(field, v)?;
        if is_email(t.as_str()) {
            Some(t)
        } else {
            self.fail(field, "people-error-email");
            None
        }
    }

    /// Optional hours a week (0 to 168, comma or dot).
    pub fn hours(&mut self, field: &str, v: &str) -> Option<Hours> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        match parse_decimal(v).and_then(|h| Hours::new(h).ok()) {
            Some(h) => Some(h),
            None => {
                self.fail(field, "people-error-hours");
                None
            }
        }
    }

    /// An optional date, YYYY-MM-DD.
    pub fn date(&mut self, field: &str, v: &str) -> Option<Date> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        match Date::parse(v) {
            Ok(d) => Some(d),
            Err(_) => {
                self.fail(field, "people-error-date");
                None
            }
        }
    }

    /// A required date, YYYY-MM-DD.
    pub fn required_date(&mut self, field: &str, v: &str) -> Option<Date> {
        if v.trim().is_empty() {
            self.fail(field, "people-error-required");
            return None;
        }
        self.date(field, v)
    }

    /// An optional amount in euro ("8.000", "8000,50", "€ 8.000").
    pub fn euro(&mut self, field: &str, v: &str) -> Option<Euro> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        match parse_euro(v).and_then(|e| Euro::from_euro(e).ok()) {
            Some(e) => Some(e),
            None => {
                self.fail(field, "settings-error-euro");
                None
            }
        }
    }

    /// An optional number of months, 1 to 120.
    pub fn months(&mut self, field: &str, v: &str) -> Option<Months> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        match v.parse::<u32>().ok().and_then(|m| Months::new(m).ok()) {
            Some(m) => Some(m),
            None => {
                self.fail(field, "settings-error-months");
                None
            }
        }
    }

    /// A required number of months, 1 to 120.
    pub fn required_months(&mut self, field: &str, v: &str) -> Option<Months> {
        if v.trim().is_empty() {
            self.fail(field, "people-error-required");
            return None;
        }
        self.months(field, v)
    }

    /// Yes, no or unknown (radio values `yes`, `no`, ``).
    pub fn maybe_bool(&mut self, field: &str, v: &str) -> Option<Option<bool>> {
        match v {
            "yes" => Some(Some(true)),
            "no" => Some(Some(false)),
            "" | "unknown" => Some(None),
            _ => {
                self.fail(field, "people-error-choice");
                None
            }
        }
    }
}

/// Whether text looks like an e-mail address: one `@`, something before it, a domain
/// with a dot after it, and no spaces.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// A decimal number with a comma or a dot ("2,5", "2.5", "8").
pub fn parse_decimal(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty()
        || s.matches([',', '.']).count() > 1
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    s.replace(',', ".")
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
}

/// An amount as people write it: "8.000", "8000", "8000,50", "€ 8.000", "8.000,-",
/// "8,000.50". A separator followed by groups of exactly three digits separates
/// thousands; otherwise a single comma or dot is the decimal separator. When both
/// appear, the last one is the decimal separator.
pub fn parse_euro(s: &str) -> Option<f64> {
    let mut t: String = s
        .trim()
        .trim_start_matches('€')
        .trim_start_matches("EUR")
        .trim_start_matches("eur")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    for tail in [",-", ".-", ",--", ".--"] {
        if let Some(x) = t.strip_suffix(tail) {
            t = x.to_owned();
        }
    }
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let last_comma = t.rfind(',');
    let last_dot = t.rfind('.');
    let (thousands, decimal): (Option<char>, Option<char>) = match (last_comma, last_dot) {
        (Some(c), Some(d)) if c > d => (Some('.'), Some(',')),
        (Some(_), Some(_)) => (Some(','), Some('.')),
        (Some(_), None) => one_separator(&t, ','),
        (None, Some(_)) => one_separator(&t, '.'),
        (None, None) => (None, None),
    };
    let (whole, frac) = match decimal {
        Some(d) => {
            let (w, f) = t.rsplit_once(d)?;
            (w.to_owned(), f.to_owned())
        }
        None => (t.clone(), String::new()),
    };
    if frac.contains([',', '.']) || frac.len() > 2 {
        return None;
    }
    let whole = match thousands {
        Some(sep) => {
            let groups: Vec<&str> = whole.split(sep).collect();
            let well_grouped = groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
                && groups.iter().skip(1).all(|g| g.len() == 3);
            if !well_grouped {
                return None;
            }
            groups.concat()
        }
        None => whole,
    };
    if whole.is_empty() || whole.contains([',', '.']) {
        return None;
    }
    format!("{whole}.{}", if frac.is_empty() { "0" } else { &frac })
        .parse()
        .ok()
}

/// With only one kind of separator: thousands when every group after it has exactly
/// three digits, else (once, with one or two digits after it) the decimal separator.
fn one_separator(t: &str, sep: char) -> (Option<char>, Option<char>) {
    let groups: Vec<&str> = t.split(sep).collect();
    if groups.len() > 2 || groups.iter().skip(1).all(|g| g.len() == 3) {
        (Some(sep), None)
    } else {
        (None, Some(sep))
    }
}

/// Shows an amount in a form field the way it was typed best: "8.000" / "8,000".
pub fn euro_value(ctx: &Ctx, e: Option<Euro>) -> String {
    e.map(|e| {
        rolwijzer_core::i18n::euro(ctx.lang, e.cents())
            .trim_start_matches('€')
            .trim()
            .to_owned()
    })
    .unwrap_or_default()
}

/// Every id in use in a document: parties, people, groups and custom tasks.
pub fn ids_in_use(doc: &Document) -> BTreeSet<String> {
    use rolwijzer_core::document::Target;
    doc.parties
        .iter()
        .map(|p| p.id.to_string())
        .chain(doc.people.iter().map(|p| p.id.to_string()))
        .chain(doc.groups.iter().map(|g| g.id.to_string()))
        .chain(doc.assignments.iter().filter_map(|a| match &a.target {
            Target::Custom(c) => Some(c.id.to_string()),
            _ => None,
        }))
        .collect()
}

/// An id made from a name by the core's rule ([`id_base`]), unique among `taken` (a
/// number is added when needed), `fallback` when the name has no letters or digits.
/// Adds it to `taken`.
pub fn derive_id(name: &str, fallback: &str, taken: &mut BTreeSet<String>) -> Option<Id> {
    let id = unique_id(&id_base(name), fallback, |c| taken.contains(c));
    taken.insert(id.to_string());
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_write_them() {
        for (s, v) in [
            ("8.000", 8000.0),
            ("8000", 8000.0),
            ("8000,50", 8000.5),
            ("€ 8.000", 8000.0),
            ("€8.000,-", 8000.0),
            ("8.000,50", 8000.5),
            ("8,000.50", 8000.5),
            ("8,000", 8000.0),
            ("1.250.000", 1_250_000.0),
            ("12,5", 12.5),
            ("12.5", 12.5),
            ("0", 0.0),
        ] {
            assert_eq!(parse_euro(s), Some(v), "{s}");
        }
        for s in [
            "", "acht", "-5", "8.00.0", "1,2,3,4x", "8,000,5", "€", "8000,505",
        ] {
            assert_eq!(parse_euro(s), None, "{s}");
        }
    }

    #[test]
    fn decimals_take_a_comma_or_a_dot() {
        assert_eq!(parse_decimal("2,5"), Some(2.5));
        assert_eq!(parse_decimal("2.5"), Some(2.5));
        assert_eq!(parse_decimal("8"), Some(8.0));
        assert_eq!(parse_decimal("-1"), None);
        assert_eq!(parse_decimal("1,2.3"), None);
        assert_eq!(parse_decimal("veel"), None);
    }

    #[test]
    fn email_shape() {
        assert!(is_email("marie@utrecht.nl"));
        assert!(!is_email("marie"));
        assert!(!is_email("marie@utrecht"));
        assert!(!is_email("ma rie@utrecht.nl"));
        assert!(!is_email("@utrecht.nl"));
        assert!(!is_email("a@b@c.nl"));
    }

    #[test]
    fn ids_come_from_names_and_stay_unique() {
        let mut taken = BTreeSet::from(["gemeente-utrecht".to_owned()]);
        assert_eq!(
            derive_id("Gemeente Utrecht", "partij", &mut taken)
                .unwrap()
                .as_str(),
            "gemeente-utrecht-2"
        );
        assert_eq!(
            derive_id("Gemeente 's-Hertogenbosch", "partij", &mut taken)
                .unwrap()
                .as_str(),
            "gemeente-s-hertogenbosch"
        );
        assert_eq!(
            derive_id("!!!", "partij", &mut taken).unwrap().as_str(),
            "partij"
        );
        assert_eq!(
            derive_id("???", "partij", &mut taken).unwrap().as_str(),
            "partij-2"
        );
        let long = "a".repeat(300);
        assert!(
            derive_id(&long, "partij", &mut taken)
                .unwrap()
                .as_str()
                .len()
                <= 64
        );
    }
}
