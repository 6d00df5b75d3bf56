//! Words for people: Dutch first, English second, all from Fluent files.
//!
//! The texts are compiled into the binary (no files to find at run time) and parsed
//! once. A missing message shows its id rather than failing, and a test checks that
//! every id the code asks for exists in both languages.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, default first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language code (`nl`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses a language code; accepts `nl`, `en` and regional forms like `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A value for a message: text already formatted for the reader, or a number (so that
/// Fluent can choose a plural form).
#[derive(Debug, Clone)]
enum Value {
    Text(String),
    Number(f64),
}

/// Named values for a message.
#[derive(Debug, Clone, Default)]
pub struct Args(Vec<(&'static str, Value)>);

impl Args {
    /// No values.
    pub fn new() -> Self {
        Args(Vec::new())
    }

    /// Sets a value.
    pub fn set(&mut self, name: &'static str, value: impl Into<String>) -> &mut Self {
        self.0.push((name, Value::Text(value.into())));
        self
    }

    /// Sets a count, for plural forms (`[one]`/`*[other]` or `[1]`).
    pub fn count(mut self, name: &'static str, n: usize) -> Self {
        self.0.push((name, Value::Number(n as f64)));
        self
    }

    /// Builder form of [`Args::set`].
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.set(name, value);
        self
    }
}

/// A set of Fluent bundles, one per language.
pub struct Localizer {
    nl: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Localizer")
    }
}

fn bundle(lang: Lang, sources: &[&'static str]) -> FluentBundle<FluentResource> {
    let id = match lang {
        Lang::Nl => unic_langid::langid!("nl"),
        Lang::En => unic_langid::langid!("en"),
    };
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around values would end up in terminals, CSV and YAML.
    b.set_use_isolating(false);
    for src in sources {
        // Our own files are checked by tests; a broken entry is skipped, not fatal.
        let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(res);
    }
    b
}

impl Localizer {
    /// Builds bundles from Fluent sources per language.
    pub fn from_sources(nl: &[&'static str], en: &[&'static str]) -> Self {
        Localizer {
            nl: bundle(Lang::Nl, nl),
            en: bundle(Lang::En, en),
        }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// Whether a message exists in a language.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// A message with values; its id when it does not exist.
    pub fn get(&self, lang: Lang, id: &str, args: &Args) -> String {
        let b = self.bundle(lang);
        let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fa = FluentArgs::new();
        for (k, v) in &args.0 {
            match v {
                Value::Text(t) => fa.set(*k, FluentValue::from(t.as_str())),
                Value::Number(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        b.format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    }

    /// A message without values.
    pub fn plain(&self, lang: Lang, id: &str) -> String {
        self.get(lang, id, &Args::new())
    }

    /// Numbered messages `prefix-1`, `prefix-2`, … until one is missing (duties,
    /// advantages, points of attention).
    pub fn list(&self, lang: Lang, prefix: &str) -> Vec<String> {
        (1..)
            .map(|n| format!("{prefix}-{n}"))
            .take_while(|id| self.has(lang, id))
            .map(|id| self.plain(lang, &id))
            .collect()
    }

    /// Message ids defined in only one of two sets of sources: `(only in a, only in b)`.
    /// Both empty when the languages match; used by every crate's completeness test.
    pub fn difference(a: &[&str], b: &[&str]) -> (Vec<String>, Vec<String>) {
        let (ia, ib) = (Self::ids(a), Self::ids(b));
        let only_a = ia.iter().filter(|i| !ib.contains(i)).cloned().collect();
        let only_b = ib.iter().filter(|i| !ia.contains(i)).cloned().collect();
        (only_a, only_b)
    }

    /// All message ids of a language, for completeness tests.
    pub fn ids(sources: &[&str]) -> Vec<String> {
        let mut ids = Vec::new();
        for src in sources {
            let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(r, _)| r);
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_owned());
                }
            }
        }
        ids
    }
}

/// The Fluent sources of the core, per language.
pub const CORE_NL: &[&str] = &[
    include_str!("../locales/nl/core.ftl"),
    include_str!("../locales/nl/errors.ftl"),
    include_str!("../locales/nl/init.ftl"),
    include_str!("../locales/nl/diff.ftl"),
];
/// The Fluent sources of the core, English.
pub const CORE_EN: &[&str] = &[
    include_str!("../locales/en/core.ftl"),
    include_str!("../locales/en/errors.ftl"),
    include_str!("../locales/en/init.ftl"),
    include_str!("../locales/en/diff.ftl"),
];

/// The core's texts (catalogue, findings, parse errors), parsed once.
pub fn texts() -> &'static Localizer {
    static TEXTS: OnceLock<Localizer> = OnceLock::new();
    TEXTS.get_or_init(|| Localizer::from_sources(CORE_NL, CORE_EN))
}

/// Formats a number for people: Dutch uses a decimal comma.
pub fn number(lang: Lang, v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Formats hours, dropping a trailing `,0`.
pub fn hours(lang: Lang, v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        number(lang, v, 1)
    }
}

/// Formats euro: `€ 8.000` in Dutch, `€8,000` in English, cents only when present.
pub fn euro(lang: Lang, cents: u64) -> String {
    let whole = cents / 100;
    let frac = cents % 100;
    let digits = whole.to_string();
    let sep = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let dec = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    let tail = if frac == 0 {
        String::new()
    } else {
        format!("{dec}{frac:02}")
    };
    match lang {
        Lang::Nl => format!("€ {grouped}{tail}"),
        Lang::En => format!("€{grouped}{tail}"),
    }
}

/// Formats a date for people: `1 maart 2026` / `1 March 2026`.
pub fn date(lang: Lang, d: crate::values::Date) -> String {
    use chrono::Datelike;
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let n = d.naive();
    let m = (n.month0() as usize).min(11);
    let month = match lang {
        Lang::Nl => NL[m],
        Lang::En => EN[m],
    };
    format!("{} {} {}", n.day(), month, n.year())
}

/// Joins names into a readable list: "a, b en c" / "a, b and c".
pub fn join_list(lang: Lang, items: &[String]) -> String {
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euro_is_grouped_per_language() {
        assert_eq!(euro(Lang::Nl, 3_000_050), "€ 30.000,50");
        assert_eq!(euro(Lang::En, 800_000), "€8,000");
        assert_eq!(euro(Lang::Nl, 99), "€ 0,99");
    }

    #[test]
    fn lists_read_naturally() {
        let v = vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(join_list(Lang::Nl, &v), "a, b en c");
        assert_eq!(join_list(Lang::En, &v[..1]), "a");
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let (only_nl, only_en) = Localizer::difference(CORE_NL, CORE_EN);
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "nl only: {only_nl:?}, en only: {only_en:?}"
        );
    }

    #[test]
    fn fluent_files_have_no_syntax_errors() {
        for src in CORE_NL.iter().chain(CORE_EN) {
            if let Err((_, errs)) = FluentResource::try_new((*src).to_owned()) {
                panic!("Fluent syntax errors: {errs:?}");
            }
        }
    }
}
