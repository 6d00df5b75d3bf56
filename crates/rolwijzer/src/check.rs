//! `rolwijzer check`: read files, run `analyse`, show the report as text, JSON or
//! SARIF. Only presentation lives here; every judgement comes from the core.

use crate::texts::{core, p, t};
use clap::{Args as ClapArgs, ValueEnum};
use rolwijzer_core::analyse::{ItemStatus, Report};
use rolwijzer_core::catalogue::ChecklistGroup;
use rolwijzer_core::i18n::{self, Args, Lang};
use rolwijzer_core::parse::{MAX_DOCUMENT_BYTES, SourceMap, parse_document};
use rolwijzer_core::{Date, Document, Finding, Severity, analyse};
use rolwijzer_export::json as export_json;
use serde_json::{Value, json};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people, grouped by severity.
    Human,
    /// JSON for scripts.
    Json,
    /// SARIF 2.1.0 for code scanning in GitHub and GitLab.
    Sarif,
}

/// What `--deny` makes fatal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Warnings count as errors for the exit code.
    Warnings,
}

/// Arguments of `check`.
#[derive(Debug, ClapArgs)]
pub struct CheckArgs {
    /// Role division files (YAML or JSON); `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// The day to judge on (YYYY-MM-DD); today in the Netherlands when not given.
    #[arg(long, env = "ROLWIJZER_TODAY")]
    today: Option<String>,
    /// Make warnings fail the check too.
    #[arg(long, value_enum)]
    deny: Option<Deny>,
}

/// A file that was read and analysed.
pub(crate) struct Checked {
    /// The file as the user named it.
    pub(crate) name: String,
    pub(crate) doc: Document,
    pub(crate) report: Report,
    /// Lines of ids in the file (empty unless asked for).
    pub(crate) map: SourceMap,
}

/// A file that could not be read.
pub(crate) struct Unreadable {
    name: String,
    /// What went wrong, with the file name and what to do, ready to print.
    pub(crate) message: String,
    line: Option<u64>,
    column: Option<u64>,
}

/// Why a file could not be read, before any parsing.
enum ReadFailure {
    Io(std::io::Error),
    TooLarge(Option<u64>),
}

fn read_input(path: &PathBuf) -> Result<Vec<u8>, ReadFailure> {
    let mut buf = Vec::new();
    // Read one byte past the limit: enough to know it is too large without loading
    // a file of any size into memory.
    let limit = (MAX_DOCUMENT_BYTES + 1) as u64;
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut buf)
            .map_err(ReadFailure::Io)?;
        if buf.len() > MAX_DOCUMENT_BYTES {
            return Err(ReadFailure::TooLarge(None));
        }
    } else {
        let file = std::fs::File::open(path).map_err(ReadFailure::Io)?;
        let meta = file.metadata().map_err(ReadFailure::Io)?;
        if meta.is_dir() {
            return Err(ReadFailure::Io(std::io::Error::from(
                std::io::ErrorKind::IsADirectory,
            )));
        }
        if meta.len() > MAX_DOCUMENT_BYTES as u64 {
            return Err(ReadFailure::TooLarge(Some(meta.len())));
        }
        file.take(limit)
            .read_to_end(&mut buf)
            .map_err(ReadFailure::Io)?;
    }
    Ok(buf)
}

fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    crate::output::io_reason(e, lang, "io")
}

/// Reads a file (or standard input for `-`) of at most [`MAX_DOCUMENT_BYTES`]. The
/// error is a message for the user, naming the file and what to do.
pub(crate) fn read_file(path: &PathBuf, lang: Lang) -> Result<Vec<u8>, String> {
    let name = crate::display_path(path);
    read_input(path).map_err(|e| match e {
        ReadFailure::Io(e) => {
            let a = Args::new()
                .with("file", name.clone())
                .with("reason", io_reason(&e, lang));
            format!(
                "{} {}",
                t(lang, "check-unreadable", &a),
                p(lang, "check-unreadable-fix")
            )
        }
        ReadFailure::TooLarge(Some(size)) => {
            rolwijzer_core::parse::too_large(usize::try_from(size).unwrap_or(usize::MAX))
                .render(&name, lang)
        }
        ReadFailure::TooLarge(None) => {
            let limit = format!("{} MB", MAX_DOCUMENT_BYTES / (1024 * 1024));
            format!(
                "{name}: {}",
                t(
                    lang,
                    "check-too-large-stdin",
                    &Args::new().with("limit", limit)
                )
            )
        }
    })
}

/// Reads, parses and analyses one file; `-` is standard input. `need_lines` also maps
/// where ids stand in the file, which only JSON and SARIF show.
pub(crate) fn load(
    path: &PathBuf,
    today: Date,
    lang: Lang,
    need_lines: bool,
) -> Result<Checked, Unreadable> {
    let name = crate::display_path(path);
    let bytes = read_file(path, lang).map_err(|message| Unreadable {
        message,
        name: name.clone(),
        line: None,
        column: None,
    })?;
    match parse_document(&bytes) {
        Ok(doc) => {
            // Lines are only shown in JSON and SARIF; the human report does without.
            let map = if need_lines {
                std::str::from_utf8(&bytes)
                    .map(SourceMap::of_yaml)
                    .unwrap_or_default()
            } else {
                SourceMap::default()
            };
            let report = analyse(&doc, today);
            Ok(Checked {
                name,
                doc,
                report,
                map,
            })
        }
        Err(e) => Err(Unreadable {
            message: e.render(&name, lang),
            name,
            line: e.line,
            column: e.column,
        }),
    }
}

/// The day of `--today`, or today by the clock. A bad value is reported on standard
/// error and becomes exit code 2.
pub(crate) fn today_arg(arg: Option<&str>, lang: Lang) -> Result<Date, ExitCode> {
    match arg {
        None => Ok(rolwijzer_store::Clock::system().today()),
        Some(s) => Date::parse(s).map_err(|_| {
            eprintln!(
                "{}",
                t(lang, "check-bad-today", &Args::new().with("value", s))
            );
            ExitCode::from(2)
        }),
    }
}

/// Runs `check` and returns its exit code.
pub fn run(args: &CheckArgs, lang: Lang) -> ExitCode {
    let today = match today_arg(args.today.as_deref(), lang) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let mut checked = Vec::new();
    let mut unreadable = Vec::new();
    for f in &args.files {
        match load(f, today, lang, args.format != Format::Human) {
            Ok(c) => checked.push(c),
            Err(u) => unreadable.push(u),
        }
    }
    for u in &unreadable {
        eprintln!("{}", u.message);
    }
    let out = match args.format {
        Format::Human => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            checked
                .iter()
                .map(|c| human(c, lang, color))
                .collect::<Vec<_>>()
                .join("\n")
        }
        Format::Json => {
            let mut docs: Vec<Value> = checked.iter().map(|c| json_report(c, lang)).collect();
            docs.extend(unreadable.iter().map(|u| {
                json!({"file": u.name, "error": {"message": u.message, "line": u.line, "column": u.column}})
            }));
            let v = if docs.len() == 1 {
                docs.remove(0)
            } else {
                Value::Array(docs)
            };
            format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
        }
        Format::Sarif => format!(
            "{}\n",
            serde_json::to_string_pretty(&sarif(&checked, &unreadable, lang)).unwrap_or_default()
        ),
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic or a message.
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();

    if !unreadable.is_empty() {
        return ExitCode::from(2);
    }
    let errors: usize = checked.iter().map(|c| c.report.summary.errors).sum();
    let warnings: usize = checked.iter().map(|c| c.report.summary.warnings).sum();
    if errors > 0 || (args.deny == Some(Deny::Warnings) && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn severity(&self, sev: Severity, s: &str) -> String {
        match sev {
            Severity::Error => self.paint("1;31", s),
            Severity::Warning => self.paint("1;33", s),
            Severity::Advice => self.paint("36", s),
        }
    }
}

fn subject_label(f: &Finding, c: &Checked, lang: Lang) -> Option<String> {
    let s = &f.subject;
    if let Some(task) = &s.task {
        return c
            .report
            .tasks
            .iter()
            .find(|t| &t.key == task)
            .map(|t| t.label.name(lang))
            .or_else(|| {
                rolwijzer_core::TaskId::from_id(task)
                    .map(|id| core(lang, &format!("task-{}", id.id())))
            })
            .or_else(|| Some(task.clone()));
    }
    s.person
        .as_deref()
        .or(s.party.as_deref())
        .map(|id| c.doc.name_of(id))
}

fn human(c: &Checked, lang: Lang, color: bool) -> String {
    let st = Style { on: color };
    let r = &c.report;
    let col = &c.doc.collaboration;
    let mut o = String::new();
    let a = Args::new()
        .with("file", c.name.clone())
        .with("name", col.name.to_string());
    o.push_str(&st.bold(&t(lang, "check-header", &a)));
    o.push('\n');
    let a = Args::new()
        .with("level", core(lang, &format!("level-{}", col.ambition.id())))
        .with(
            "arrangement",
            core(lang, &format!("arrangement-{}", col.arrangement.id())),
        )
        .with("today", i18n::date(lang, r.today));
    o.push_str(&t(lang, "check-context", &a));
    o.push_str("\n\n");

    if r.findings.is_empty() {
        o.push_str(&p(lang, "check-none"));
        o.push_str("\n\n");
    }
    for sev in Severity::ALL {
        let group: Vec<&Finding> = r.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let title = format!(
            "{} ({})",
            core(lang, &format!("severity-{}-plural", sev.id())),
            group.len()
        );
        o.push_str(&st.severity(sev, &title));
        o.push('\n');
        let mark = match sev {
            Severity::Error => "✗",
            Severity::Warning => "!",
            Severity::Advice => "·",
        };
        for f in group {
            let subject = subject_label(f, c, lang)
                .map(|s| format!("[{s}] "))
                .unwrap_or_default();
            o.push_str(&format!(
                "  {} {}  {subject}{}\n",
                st.severity(sev, mark),
                st.bold(f.code.as_str()),
                f.message(lang)
            ));
            o.push_str(&format!("          → {}\n", f.fix(lang)));
        }
        o.push('\n');
    }

    o.push_str(&st.bold(&p(lang, "check-checklist")));
    o.push('\n');
    for g in ChecklistGroup::ALL {
        o.push_str(&format!(
            "  {}\n",
            core(lang, &format!("checklist-group-{}", g.id()))
        ));
        for row in r.checklist.iter().filter(|x| x.group == g) {
            let label = core(lang, &format!("item-{}", row.item.id()));
            let (tick, note) = match row.status {
                ItemStatus::Done => {
                    let mut n = row.holders.join(", ");
                    if row.own_assignment {
                        n = format!("{n} ({})", p(lang, "check-item-own"));
                    }
                    ("[x]", n)
                }
                ItemStatus::Missing => (
                    "[ ]",
                    st.severity(Severity::Warning, &p(lang, "check-item-missing")),
                ),
                ItemStatus::NotNeeded => ("[-]", p(lang, "check-item-not-needed")),
            };
            o.push_str(&format!("    {tick} {label:<50} {note}\n"));
        }
    }
    o.push('\n');

    o.push_str(&st.bold(&p(lang, "check-departure")));
    o.push('\n');
    let mut any = false;
    for row in &r.departure {
        let orphaned = row.orphaned();
        if orphaned.is_empty() {
            continue;
        }
        any = true;
        let names: Vec<String> = orphaned
            .iter()
            .map(|k| {
                r.tasks
                    .iter()
                    .find(|t| &t.key == k)
                    .map_or_else(|| k.clone(), |t| t.label.name(lang))
            })
            .collect();
        let a = Args::new()
            .with("party", row.name.clone())
            .with("tasks", i18n::join_list(lang, &names));
        o.push_str(&format!("  {}\n", t(lang, "check-departure-row", &a)));
    }
    if !any {
        o.push_str(&format!("  {}\n", p(lang, "check-departure-none")));
    }
    o.push('\n');

    if let Some(d) = r.evaluation_due {
        o.push_str(&t(
            lang,
            "check-evaluation-due",
            &Args::new().with("date", i18n::date(lang, d)),
        ));
        o.push('\n');
    }
    if let Some(m) = r.reserve_months {
        o.push_str(&t(
            lang,
            "check-reserve",
            &Args::new().with("months", i18n::number(lang, m, 1)),
        ));
        o.push('\n');
    }
    if let Some(h) = r.rotation.as_ref().and_then(|x| x.next_handover) {
        o.push_str(&t(
            lang,
            "check-handover",
            &Args::new().with("date", i18n::date(lang, h)),
        ));
        o.push('\n');
    }
    let s = r.summary;
    let a = Args::new()
        .count("errors", s.errors)
        .count("warnings", s.warnings)
        .count("advice", s.advice);
    o.push_str(&st.bold(&t(lang, "check-summary", &a)));
    o.push('\n');
    o
}

/// The line a finding points at in the file it came from.
fn line_of(f: &Finding, c: &Checked) -> Option<u64> {
    export_json::finding_line(&c.map, f)
}

fn json_report(c: &Checked, lang: Lang) -> Value {
    export_json::report_value(&c.doc, &c.report, lang, Some(&c.name), |f| line_of(f, c))
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "note",
    }
}

fn sarif(checked: &[Checked], unreadable: &[Unreadable], lang: Lang) -> Value {
    use rolwijzer_core::Code;
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.as_str(),
                "name": code.title(Lang::En).replace(' ', ""),
                "shortDescription": {"text": code.title(lang)},
                "fullDescription": {"text": code.why(lang)},
                "help": {"text": code.why(lang)},
                "defaultConfiguration": {"level": sarif_level(code.severity())},
                "properties": {"chapter": core(lang, &format!("chapter-{}", code.chapter().id()))},
            })
        })
        .collect();
    let mut results = Vec::new();
    for c in checked {
        for f in &c.report.findings {
            results.push(json!({
                "ruleId": f.code.as_str(),
                "level": sarif_level(f.severity),
                "message": {"text": format!("{} {}", f.message(lang), f.fix(lang))},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": c.name},
                        "region": {"startLine": line_of(f, c).unwrap_or(1)}
                    }
                }],
            }));
        }
    }
    let notifications: Vec<Value> = unreadable
        .iter()
        .map(|u| {
            json!({
                "level": "error",
                "message": {"text": u.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": u.name},
                        "region": {"startLine": u.line.unwrap_or(1)}
                    }
                }],
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "rolwijzer",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/rolwijzer/rolwijzer",
                "rules": rules,
            }},
            "results": results,
            "invocations": [{
                "executionSuccessful": unreadable.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
        }],
    })
}
