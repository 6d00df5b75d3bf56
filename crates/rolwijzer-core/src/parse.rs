//! Reading and writing documents: YAML and JSON in, stable YAML and JSON out.
//!
//! Every way a file can be wrong becomes a [`ParseError`] with a line, a column and a
//! kind that the caller turns into words with [`crate::i18n`]; nothing here panics on
//! any input (see the property and fuzz tests).

use crate::document::Document;
use crate::i18n::{Args, Lang, texts};
use crate::problem::PROBLEM_PREFIX;
use serde::Deserialize;

/// Largest document accepted, in bytes. A real division of hundreds of parties is far
/// below this; anything larger is a mistake or an attack.
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Re-exported where it always was; it is defined in a module of its own, so value types,
/// the document and the parser all depend on it instead of on each other.
pub use crate::problem::ValueProblem;

/// What kind of mistake makes a file unreadable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The file is larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// A list holds more entries than the [`Limits`] allow.
    TooManyEntries {
        /// The list's key: `parties`, `people`, `groups` or `assignments`.
        list: &'static str,
        /// How many it holds.
        count: usize,
        /// The most allowed.
        max: usize,
    },
    /// The file is not UTF-8 text (a binary file, a spreadsheet, a picture).
    NotText,
    /// The file holds nothing.
    Empty,
    /// The YAML or JSON itself is malformed (an indentation or quote problem).
    Syntax {
        /// The parser's own description, in English.
        detail: String,
    },
    /// A key that the format does not have.
    UnknownKey {
        /// The key as written.
        key: String,
        /// The closest known key, if one is close.
        suggestion: Option<String>,
        /// All keys allowed at that place.
        expected: Vec<String>,
    },
    /// A value that must be one of a list (ambition, arrangement, kind).
    UnknownValue {
        /// The value as written.
        value: String,
        /// The closest allowed value, if one is close.
        suggestion: Option<String>,
        /// All allowed values.
        expected: Vec<String>,
    },
    /// A key that must be there is missing.
    MissingKey {
        /// The key.
        key: String,
    },
    /// The same key twice in one mapping.
    DuplicateKey {
        /// The key, when the parser names it.
        key: Option<String>,
    },
    /// Indentation that is not a multiple of two spaces, or a tab.
    Indentation {
        /// Spaces found.
        spaces: usize,
    },
    /// A value that breaks a rule of its own (see [`ValueProblem`]).
    Value(ValueProblem),
    /// A value of the wrong shape: a list where text belongs, text where a number does.
    WrongType {
        /// The parser's own description, in English.
        detail: String,
    },
    /// Too deep, too many aliases or nodes: refused to protect the server.
    TooComplex,
}

/// Why a document could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong (boxed: errors travel far, and most of them are small).
    pub kind: Box<ParseErrorKind>,
    /// 1-based line, when known.
    pub line: Option<u64>,
    /// 1-based column, when known.
    pub column: Option<u64>,
    /// The text of that line, to show the user.
    pub source_line: Option<String>,
}

impl ParseError {
    fn new(kind: ParseErrorKind) -> Self {
        ParseError {
            kind: Box::new(kind),
            line: None,
            column: None,
            source_line: None,
        }
    }

    fn at(mut self, input: &str, line: u64, column: u64) -> Self {
        if line > 0 {
            self.line = Some(line);
            self.column = (column > 0).then_some(column);
            self.source_line = input
                .lines()
                .nth((line - 1) as usize)
                .map(|l| l.chars().take(200).collect());
        }
        self
    }

    /// What is wrong, in words, without the place.
    pub fn message(&self, lang: Lang) -> String {
        let t = texts();
        let mut a = Args::new();
        let id = match self.kind.as_ref() {
            ParseErrorKind::TooLarge { bytes } => {
                a.set("size", format_bytes(*bytes, lang));
                a.set("limit", format_bytes(MAX_DOCUMENT_BYTES, lang));
                "parse-too-large"
            }
            ParseErrorKind::TooManyEntries { list, count, max } => {
                a.set(
                    "what",
                    t.get(lang, &format!("parse-list-{list}"), &Args::new()),
                );
                // Counts choose the plural form of their sentence.
                a = std::mem::replace(&mut a, Args::new())
                    .count("count", *count)
                    .count("max", *max);
                "parse-too-many-entries-in-list"
            }
            ParseErrorKind::NotText => "parse-not-text",
            ParseErrorKind::Empty => "parse-empty",
            ParseErrorKind::Syntax { detail } => {
                a.set("detail", detail.clone());
                "parse-syntax"
            }
            ParseErrorKind::UnknownKey {
                key,
                suggestion,
                expected,
            } => unknown_word(&mut a, ("key", key), suggestion.as_deref(), expected),
            ParseErrorKind::UnknownValue {
                value,
                suggestion,
                expected,
            } => unknown_word(&mut a, ("value", value), suggestion.as_deref(), expected),
            ParseErrorKind::MissingKey { key } => {
                a.set("key", key.clone());
                "parse-missing-key"
            }
            ParseErrorKind::DuplicateKey { key } => {
                a.set("key", key.clone().unwrap_or_default());
                if key.is_some() {
                    "parse-duplicate-key-named"
                } else {
                    "parse-duplicate-key"
                }
            }
            ParseErrorKind::Indentation { spaces } => {
                a.set("spaces", spaces.to_string());
                "parse-indentation"
            }
            ParseErrorKind::Value(p) => {
                a.set("value", p.value());
                p.message_id()
            }
            ParseErrorKind::WrongType { detail } => {
                a.set("detail", detail.clone());
                "parse-wrong-type"
            }
            ParseErrorKind::TooComplex => "parse-too-complex",
        };
        t.get(lang, id, &a)
    }

    /// The whole explanation for a person: file, place, the line itself, what is
    /// wrong and what to do.
    pub fn render(&self, file: &str, lang: Lang) -> String {
        let t = texts();
        let mut a = Args::new();
        a.set("file", file.to_owned());
        let mut out = match (self.line, self.column) {
            (Some(l), Some(c)) => {
                a.set("line", l.to_string());
                a.set("column", c.to_string());
                t.get(lang, "parse-where-line-column", &a)
            }
            (Some(l), None) => {
                a.set("line", l.to_string());
                t.get(lang, "parse-where-line", &a)
            }
            _ => t.get(lang, "parse-where-file", &a),
        };
        out.push_str(": ");
        out.push_str(&self.message(lang));
        if let (Some(src), Some(l)) = (&self.source_line, self.line) {
            out.push_str(&format!("\n  {l:>4} | {src}"));
            if let Some(c) = self.column {
                let pad = " ".repeat((c as usize).saturating_sub(1).min(200));
                out.push_str(&format!("\n       | {pad}^"));
            }
        }
        out
    }
}

fn format_bytes(n: usize, lang: Lang) -> String {
    if n >= 1024 * 1024 {
        format!(
            "{} MB",
            crate::i18n::number(lang, n as f64 / (1024.0 * 1024.0), 1)
        )
    } else if n >= 1024 {
        format!("{} kB", n / 1024)
    } else {
        format!("{n} B")
    }
}

/// The error for a file of `bytes` bytes, when the caller knows it is too large
/// without reading it.
pub fn too_large(bytes: usize) -> ParseError {
    ParseError::new(ParseErrorKind::TooLarge { bytes })
}

/// Checks size and encoding before any parser sees the bytes.
pub fn check_bytes(bytes: &[u8]) -> Result<&str, ParseError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ParseError::new(ParseErrorKind::TooLarge {
            bytes: bytes.len(),
        }));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ParseError::new(ParseErrorKind::NotText))?;
    // A NUL never occurs in a hand-written YAML file; it marks a binary file that
    // happens to be valid UTF-8.
    if text.contains('\0') {
        return Err(ParseError::new(ParseErrorKind::NotText));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty()
        || text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(ParseError::new(ParseErrorKind::Empty));
    }
    Ok(text)
}

/// Reads a document from bytes, YAML or JSON (JSON is YAML, but its errors read better
/// from a JSON parser, so a leading `{` picks that one).
pub fn parse_document(bytes: &[u8]) -> Result<Document, ParseError> {
    parse_document_within(bytes, &Limits::default())
}

/// How many parties, people, groups and assignments a document may hold. Far above a
/// national collaboration of all 342 municipalities with five people each, far below
/// what would let one document take a server down; a server may set its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most parties.
    pub parties: usize,
    /// Most people.
    pub people: usize,
    /// Most groups.
    pub groups: usize,
    /// Most assignments (tasks, checklist items and custom tasks given out).
    pub assignments: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            parties: 1_000,
            people: 10_000,
            groups: 1_000,
            assignments: 5_000,
        }
    }
}

/// Like [`parse_document`], with the document's lists held to `limits`.
pub fn parse_document_within(bytes: &[u8], limits: &Limits) -> Result<Document, ParseError> {
    let text = check_bytes(bytes)?;
    let doc = if text.trim_start().starts_with('{') {
        from_json(text)?
    } else {
        from_yaml(text)?
    };
    check_limits(text, &doc, limits)?;
    Ok(doc)
}

/// Refuses a document whose lists are longer than `limits`, pointing at the list.
pub fn check_limits(text: &str, doc: &Document, limits: &Limits) -> Result<(), ParseError> {
    let lists = [
        ("parties", doc.parties.len(), limits.parties),
        ("people", doc.people.len(), limits.people),
        ("groups", doc.groups.len(), limits.groups),
        ("assignments", doc.assignments.len(), limits.assignments),
    ];
    for (list, count, max) in lists {
        if count > max {
            let error = ParseError::new(ParseErrorKind::TooManyEntries { list, count, max });
            // The list's key at the start of a line (YAML); JSON gets no place.
            let line = text
                .lines()
                .position(|l| l.starts_with(list) && l[list.len()..].starts_with(':'));
            return Err(match line {
                Some(n) => error.at(text, n as u64 + 1, 1),
                None => error,
            });
        }
    }
    Ok(())
}

/// The sentence for an unknown key or value (`what` is "key" or "value", with the word
/// as written): what is expected, and a close match when there is one.
fn unknown_word(
    a: &mut Args,
    (what, word): (&'static str, &str),
    suggestion: Option<&str>,
    expected: &[String],
) -> &'static str {
    a.set(what, word.to_owned());
    a.set("expected", expected.join(", "));
    let suggest = suggestion.is_some();
    if let Some(s) = suggestion {
        a.set("suggestion", s.to_owned());
    }
    match (what, suggest) {
        ("key", false) => "parse-unknown-key",
        ("key", true) => "parse-unknown-key-suggest",
        (_, false) => "parse-unknown-value",
        (_, true) => "parse-unknown-value-suggest",
    }
}

fn yaml_options() -> serde_saphyr::Options {
    // Generous for any real division, tight enough to stop alias bombs and pathological
    // nesting long before memory or time matter.
    yaml_limits(500_000, 1_000, true)
}

/// The YAML limits of a file rolwijzer reads: at most 32 levels deep, `nodes` nodes
/// and `aliases` aliases and anchors; `strict_booleans` accepts only `true`/`false`
/// as booleans (not `yes`, `on`).
pub fn yaml_limits(nodes: usize, aliases: usize, strict_booleans: bool) -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = 32;
    budget.max_nodes = nodes;
    budget.max_aliases = aliases;
    budget.max_anchors = aliases;
    serde_saphyr::options! {
        budget: Some(budget),
        with_snippet: false,
        strict_booleans: strict_booleans,
    }
}

/// Reads a YAML document.
pub fn from_yaml(text: &str) -> Result<Document, ParseError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(ParseError::new(ParseErrorKind::TooLarge {
            bytes: text.len(),
        }));
    }
    check_indentation(text)?;
    serde_saphyr::from_str_with_options::<Document>(text, yaml_options())
        .map_err(|e| yaml_error(text, &e))
}

/// Refuses tabs and odd indentation before the YAML parser sees the text. The parser
/// accepts some misindented lines silently and then reports a confusing "missing key"
/// elsewhere; this check points at the line itself. Lines inside block scalars,
/// quoted strings and multi-line flow collections are left alone.
fn check_indentation(text: &str) -> Result<(), ParseError> {
    let mut in_single = false;
    let mut in_double = false;
    let mut flow_depth: i32 = 0;
    let mut block_scalar_parent: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let lineno = n as u64 + 1;
        let indent = line.len() - line.trim_start_matches(' ').len();
        let content = &line[indent..];
        if let Some(parent) = block_scalar_parent {
            if content.is_empty() || indent > parent {
                continue;
            }
            block_scalar_parent = None;
        }
        let at_structure = !in_single && !in_double && flow_depth == 0;
        if at_structure && !content.is_empty() && !content.starts_with('#') {
            if content.starts_with('\t') {
                return Err(
                    ParseError::new(ParseErrorKind::Indentation { spaces: indent }).at(
                        text,
                        lineno,
                        indent as u64 + 1,
                    ),
                );
            }
            if indent % 2 == 1 {
                return Err(
                    ParseError::new(ParseErrorKind::Indentation { spaces: indent })
                        .at(text, lineno, 1),
                );
            }
        }
        // Track quotes and flow brackets through the line, up to a comment.
        let mut prev = ' ';
        let mut escaped = false;
        for c in content.chars() {
            if in_double {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_double = false;
                }
            } else if in_single {
                if c == '\'' {
                    in_single = false;
                }
            } else {
                match c {
                    '#' if prev == ' ' || prev == '\t' => break,
                    '"' => in_double = true,
                    '\'' if matches!(prev, ' ' | '[' | '{' | ',' | ':' | '-') => in_single = true,
                    '[' | '{' => flow_depth += 1,
                    ']' | '}' => flow_depth = (flow_depth - 1).max(0),
                    _ => {}
                }
            }
            prev = c;
        }
        let trimmed = content.split(" #").next().unwrap_or("").trim_end();
        let header = trimmed.trim_end_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
        if !in_single
            && !in_double
            && flow_depth == 0
            && (header.ends_with('|') || header.ends_with('>'))
        {
            block_scalar_parent = Some(indent);
        }
    }
    Ok(())
}

fn yaml_error(text: &str, e: &serde_saphyr::Error) -> ParseError {
    use serde_saphyr::Error as E;
    let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
    let kind = match e {
        E::SerdeUnknownField {
            field, expected, ..
        } => unknown_key(field, expected),
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let expected: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
            ParseErrorKind::UnknownValue {
                suggestion: closest(variant, &expected),
                value: variant.clone(),
                expected,
            }
        }
        E::SerdeMissingField { field, .. } => ParseErrorKind::MissingKey {
            key: (*field).to_owned(),
        },
        E::Budget { .. } => ParseErrorKind::TooComplex,
        E::IndentationError { actual, .. } => ParseErrorKind::Indentation { spaces: *actual },
        E::Message { msg, .. } => {
            let kind = message_kind(msg);
            if let ParseErrorKind::Value(p) = &kind {
                if p.is_about_whole_entry() {
                    // Checks on a whole entry run after its last key was read, so the
                    // parser stands at the next entry; point at the start of this one.
                    let start = entry_start(text, line);
                    return ParseError::new(kind).at(text, start, 0);
                }
            }
            kind
        }
        // Kinds the parser names: classified by kind, not by its English words.
        E::DuplicateMappingKey { key, .. } => ParseErrorKind::DuplicateKey { key: key.clone() },
        E::SerdeInvalidType { .. }
        | E::SerdeInvalidValue { .. }
        | E::SerdeInvalidLength { .. }
        | E::Unexpected { .. } => ParseErrorKind::WrongType {
            detail: plain_detail(e),
        },
        // Free text (from the YAML scanner, or wrapped): only the words tell.
        other => {
            let detail = plain_detail(other);
            if detail.to_lowercase().contains("duplicate") {
                ParseErrorKind::DuplicateKey {
                    key: duplicate_key_name(&detail),
                }
            } else if detail.to_lowercase().contains("invalid type")
                || detail.to_lowercase().contains("expected")
            {
                ParseErrorKind::WrongType { detail }
            } else {
                ParseErrorKind::Syntax { detail }
            }
        }
    };
    ParseError::new(kind).at(text, line, column)
}

/// The line of the list entry (`- …`) that contains or precedes `line` (exclusive).
fn entry_start(text: &str, line: u64) -> u64 {
    let lines: Vec<&str> = text.lines().collect();
    let upto = (line.saturating_sub(1) as usize).min(lines.len());
    (0..upto)
        .rev()
        .find(|&i| lines[i].trim_start().starts_with("- "))
        .map_or(line, |i| i as u64 + 1)
}

/// The parser's message without its own "at line x" suffix (we show the place ourselves).
fn plain_detail(e: &dyn std::fmt::Display) -> String {
    let s = e.to_string();
    let first = s.lines().next().unwrap_or("").trim();
    match first.find(" at line ") {
        Some(i) => first[..i].to_owned(),
        None => first.to_owned(),
    }
}

fn message_kind(msg: &str) -> ParseErrorKind {
    if let Some(p) = msg.find(PROBLEM_PREFIX).and_then(|i| {
        ValueProblem::decode(msg[i + PROBLEM_PREFIX.len()..].lines().next().unwrap_or(""))
    }) {
        return ParseErrorKind::Value(p);
    }
    let lower = msg.to_lowercase();
    if lower.contains("duplicate") {
        ParseErrorKind::DuplicateKey {
            key: duplicate_key_name(msg),
        }
    } else if let Some(k) = serde_unknown_field(msg) {
        k
    } else if lower.starts_with("missing field") {
        ParseErrorKind::MissingKey {
            key: msg.split('`').nth(1).unwrap_or("").to_owned(),
        }
    } else if lower.starts_with("unknown variant") {
        let value = msg.split('`').nth(1).unwrap_or("").to_owned();
        let expected = backticked_list(msg.split_once("expected").map_or("", |x| x.1));
        ParseErrorKind::UnknownValue {
            suggestion: closest(&value, &expected),
            value,
            expected,
        }
    } else if lower.contains("invalid type") || lower.contains("invalid value") {
        ParseErrorKind::WrongType {
            detail: msg.to_owned(),
        }
    } else {
        ParseErrorKind::Syntax {
            detail: msg.to_owned(),
        }
    }
}

/// The key in "duplicate mapping key: ambition, set …" or "duplicate field `x`".
fn duplicate_key_name(msg: &str) -> Option<String> {
    if let Some(k) = msg.split('`').nth(1) {
        return Some(k.to_owned());
    }
    let rest = msg.split_once("key:")?.1;
    let key = rest.split(',').next()?.trim();
    (!key.is_empty()).then(|| key.to_owned())
}

/// serde's text for unknown fields, as produced by serde_json: "unknown field `x`,
/// expected one of `a`, `b`".
fn serde_unknown_field(msg: &str) -> Option<ParseErrorKind> {
    let rest = msg.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected = backticked_list(rest);
    let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
    Some(unknown_key(field, &expected))
}

fn backticked_list(s: &str) -> Vec<String> {
    s.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

fn unknown_key(field: &str, expected: &[&str]) -> ParseErrorKind {
    let expected: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
    ParseErrorKind::UnknownKey {
        key: field.to_owned(),
        suggestion: closest(field, &expected),
        expected,
    }
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn closest(word: &str, candidates: &[String]) -> Option<String> {
    let w = word.to_lowercase();
    candidates
        .iter()
        .map(|c| (edit_distance(&w, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.clone())
}

/// Levenshtein distance on characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Reads a JSON document (the shape the database and the API use).
pub fn from_json(text: &str) -> Result<Document, ParseError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(ParseError::new(ParseErrorKind::TooLarge {
            bytes: text.len(),
        }));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let doc = Document::deserialize(&mut de).and_then(|d| de.end().map(|()| d));
    doc.map_err(|e| {
        let kind = if e.is_syntax() || e.is_eof() {
            ParseErrorKind::Syntax {
                detail: plain_detail(&e),
            }
        } else {
            message_kind(&plain_detail(&e))
        };
        ParseError::new(kind).at(text, e.line() as u64, e.column() as u64)
    })
}

/// Writes a document as YAML with a fixed key order, so that git diffs stay small.
pub fn to_yaml(doc: &Document) -> String {
    // Serialising our own types cannot fail (no maps with non-string keys, no
    // non-finite floats: the value types forbid them).
    serde_saphyr::to_string(doc).unwrap_or_default()
}

/// Writes a document as compact JSON (for the database and the API).
pub fn to_json(doc: &Document) -> String {
    serde_json::to_string(doc).unwrap_or_default()
}

/// The `key: value` pairs on one line of YAML, in block (`  - id: x`) and flow
/// (`{ id: x, name: y }`) style, with quotes removed from the values.
fn key_values(line: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let body = line.trim_start().trim_start_matches("- ").trim();
    let body = body.strip_prefix('{').unwrap_or(body);
    let body = body.strip_suffix('}').unwrap_or(body);
    for part in body.split(',') {
        if let Some((k, v)) = part.split_once(':') {
            let k = k
                .trim()
                .trim_start_matches("- ")
                .trim_start_matches('{')
                .trim();
            let v = v
                .trim()
                .trim_end_matches('}')
                .trim()
                .trim_matches(|c| c == '"' || c == '\'');
            if !k.is_empty() && !v.is_empty() && !k.contains(' ') {
                out.push((k, v));
            }
        }
    }
    out
}

/// Where things stand in a YAML file, to point findings at lines (SARIF, editors).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    /// Line of each party, person, group and custom task id, and of each assignment's
    /// `task:`/`item:` value, by id.
    pub lines: std::collections::HashMap<String, u64>,
    /// Line of the `collaboration:` block's first setting.
    pub collaboration: Option<u64>,
}

impl SourceMap {
    /// Finds the lines of ids in a YAML text that has already parsed as a document.
    ///
    /// A line scan, not a second YAML parse: parsing a large division twice doubled the
    /// time of `check`. It recognises `id: x`, `task: x` and `item: x` in block and
    /// flow style, which is how every division is written; a value it cannot place
    /// simply gets no line (SARIF then points at the collaboration).
    pub fn of_yaml(text: &str) -> SourceMap {
        let mut lines = std::collections::HashMap::new();
        let mut collaboration = None;
        let mut in_section = "";
        let mut pending_custom_line: Option<u64> = None;
        for (n, raw) in text.lines().enumerate() {
            let line_no = n as u64 + 1;
            let line = raw.split(" #").next().unwrap_or("");
            if !line.starts_with(' ') && !line.starts_with('-') {
                if let Some((key, _)) = line.split_once(':') {
                    in_section = match key.trim() {
                        "parties" => "parties",
                        "people" => "people",
                        "groups" => "groups",
                        "assignments" => "assignments",
                        "collaboration" => {
                            collaboration.get_or_insert(line_no + 1);
                            "collaboration"
                        }
                        _ => "",
                    };
                }
                continue;
            }
            if in_section.is_empty() || in_section == "collaboration" {
                continue;
            }
            if line.trim_start().starts_with("- ") {
                pending_custom_line = None;
            }
            for (key, value) in key_values(line) {
                match (in_section, key) {
                    ("parties" | "people" | "groups", "id") => {
                        lines.entry(value.to_owned()).or_insert(line_no);
                    }
                    ("assignments", "task") if value == "custom" => {
                        pending_custom_line = Some(line_no);
                    }
                    ("assignments", "task" | "item") => {
                        lines.entry(value.to_owned()).or_insert(line_no);
                    }
                    ("assignments", "id") => {
                        lines
                            .entry(value.to_owned())
                            .or_insert(pending_custom_line.unwrap_or(line_no));
                    }
                    _ => {}
                }
            }
        }
        SourceMap {
            lines,
            collaboration,
        }
    }

    /// The line of a subject's id, if known.
    pub fn line_of(&self, id: &str) -> Option<u64> {
        self.lines.get(id).copied()
    }
}
