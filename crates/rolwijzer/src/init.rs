//! `rolwijzer init`: ask (on a terminal) or take flags, and write a starter division.

use crate::texts::{core, p, t};
use clap::Args as ClapArgs;
use rolwijzer_core::i18n::{Args, Lang, texts};
use rolwijzer_core::init::{StartChoices, propose};
use rolwijzer_core::parse::to_yaml;
use rolwijzer_core::{AmbitionLevel, Arrangement};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `init`.
#[derive(Debug, ClapArgs)]
pub struct InitArgs {
    /// Name of the collaboration.
    #[arg(long)]
    name: Option<String>,
    /// Ambition level: sharing, light, structured or full.
    #[arg(long, value_parser = parse_level)]
    ambition: Option<AmbitionLevel>,
    /// Arrangement: coordinating, rotating, distributed or external.
    #[arg(long, value_parser = parse_arrangement)]
    arrangement: Option<Arrangement>,
    /// A community contribution is collected (asked on a terminal; default: from
    /// structured upwards).
    #[arg(long)]
    contribution: Option<bool>,
    /// Where to write; `-` for standard output.
    #[arg(long, short, default_value = "rolverdeling.yaml")]
    output: PathBuf,
    /// Overwrite an existing file.
    #[arg(long)]
    force: bool,
    /// The day the proposal starts from, such as the first rotation (YYYY-MM-DD);
    /// today in the Netherlands when not given.
    #[arg(long, env = "ROLWIJZER_TODAY")]
    today: Option<String>,
}

fn parse_level(s: &str) -> Result<AmbitionLevel, String> {
    AmbitionLevel::from_id(s).ok_or_else(|| "sharing | light | structured | full".to_owned())
}

fn parse_arrangement(s: &str) -> Result<Arrangement, String> {
    Arrangement::from_id(s)
        .ok_or_else(|| "coordinating | rotating | distributed | external".to_owned())
}

/// Asks a question on the terminal; `None` at end of input.
/// One of `all`, asked at the terminal when there is one (`None` without a terminal
/// or without an answer).
fn choose<T: Copy>(
    interactive: bool,
    lang: Lang,
    question: &str,
    all: &[T],
    option: impl Fn(&T) -> (String, String),
) -> Option<T> {
    if !interactive {
        return None;
    }
    let opts: Vec<(String, String)> = all.iter().map(option).collect();
    ask(lang, question, &opts).and_then(|i| all.get(i).copied())
}

fn ask(lang: Lang, question: &str, options: &[(String, String)]) -> Option<usize> {
    let stdin = std::io::stdin();
    let mut err = std::io::stderr();
    loop {
        let _ = writeln!(err, "\n{question}");
        for (i, (name, detail)) in options.iter().enumerate() {
            let _ = writeln!(err, "  {}. {name}", i + 1);
            if !detail.is_empty() {
                for line in detail.lines() {
                    let _ = writeln!(err, "     {line}");
                }
            }
        }
        let _ = write!(err, "{} [1]: ", p(lang, "init-ask-choice"));
        let _ = err.flush();
        let mut line = String::new();
        if stdin.lock().read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim();
        if line.is_empty() {
            return Some(0);
        }
        if let Ok(n) = line.parse::<usize>()
            && (1..=options.len()).contains(&n)
        {
            return Some(n - 1);
        }
    }
}

fn ask_text(question: &str) -> Option<String> {
    let mut err = std::io::stderr();
    let _ = write!(err, "{question}: ");
    let _ = err.flush();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).ok()?;
    let line = line.trim().to_owned();
    (!line.is_empty()).then_some(line)
}

fn arrangement_detail(lang: Lang, a: Arrangement) -> String {
    let tx = texts();
    let id = a.id();
    let mut s = tx.plain(lang, &format!("arrangement-{id}-how"));
    s.push_str(&format!(
        "\n{}: {}",
        p(lang, "init-pros"),
        tx.list(lang, &format!("arrangement-{id}-pro")).join("; ")
    ));
    s.push_str(&format!(
        "\n{}: {}",
        p(lang, "init-attention"),
        tx.list(lang, &format!("arrangement-{id}-attention"))
            .join("; ")
    ));
    s.push_str(&format!(
        "\n{}",
        tx.plain(lang, &format!("arrangement-{id}-suits"))
    ));
    s
}

/// Runs `init`.
pub fn run(args: &InitArgs, lang: Lang) -> ExitCode {
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let name = args.name.clone().or_else(|| {
        interactive
            .then(|| ask_text(&p(lang, "init-ask-name")))
            .flatten()
    });
    // Without a terminal the defaults hold; the chapter's last tip is to start small.
    let ambition = args.ambition.unwrap_or_else(|| {
        let option = |l: &AmbitionLevel| {
            (
                core(lang, &format!("level-{}", l.id())),
                core(lang, &format!("level-{}-desc", l.id())),
            )
        };
        let question = p(lang, "init-ask-ambition");
        choose(interactive, lang, &question, &AmbitionLevel::ALL, option)
            .unwrap_or(AmbitionLevel::Sharing)
    });
    let arrangement = args.arrangement.unwrap_or_else(|| {
        let option = |a: &Arrangement| {
            (
                core(lang, &format!("arrangement-{}", a.id())),
                arrangement_detail(lang, *a),
            )
        };
        let question = p(lang, "init-ask-arrangement");
        choose(interactive, lang, &question, &Arrangement::ALL, option)
            .unwrap_or(Arrangement::Coordinating)
    });
    let contribution = args.contribution.unwrap_or_else(|| {
        // An external party must be paid from the contribution (chapter, option 4).
        let default = ambition >= AmbitionLevel::Structured || arrangement == Arrangement::External;
        if !interactive {
            return default;
        }
        ask_text(&p(lang, "init-ask-contribution"))
            .map(|a| matches!(a.to_lowercase().as_str(), "j" | "ja" | "y" | "yes"))
            .unwrap_or(default)
    });
    let today = match crate::check::today_arg(args.today.as_deref(), lang) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let doc = propose(&StartChoices {
        name,
        ambition,
        arrangement,
        contribution,
        today,
        lang,
    });
    let yaml = format!("# {}\n{}", p(lang, "init-header"), to_yaml(&doc));
    let out = &args.output;
    let shown = crate::display_path(out);
    if out.as_os_str() == "-" {
        let _ = std::io::stdout().write_all(yaml.as_bytes());
        return ExitCode::SUCCESS;
    }
    if out.exists() && !args.force {
        eprintln!(
            "{}",
            t(lang, "init-exists", &Args::new().with("file", shown))
        );
        return ExitCode::from(2);
    }
    let ids = ("init-written", "init-write-failed");
    crate::output::write_and_tell(out, yaml.as_bytes(), lang, ids, Args::new())
}
