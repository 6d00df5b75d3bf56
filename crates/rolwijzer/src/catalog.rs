//! `rolwijzer catalog` and `rolwijzer explain`: the guide's catalogue and the rules,
//! in words.

use crate::texts::{core, p, t};
use rolwijzer_core::catalogue::ChecklistGroup;
use rolwijzer_core::i18n::{Args, Lang, texts};
use rolwijzer_core::{AmbitionLevel, Arrangement, Code, ItemId, TaskId};
use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

fn print(s: &str) {
    let _ = std::io::stdout().lock().write_all(s.as_bytes());
}

/// Prints the rule behind a finding code.
pub fn explain(code: &str, lang: Lang) -> ExitCode {
    let Some(c) = Code::parse(code) else {
        let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let a = Args::new()
            .with("code", code.to_owned())
            .with("codes", codes.join(", "));
        eprintln!("{}", t(lang, "explain-unknown", &a));
        return ExitCode::from(2);
    };
    // The fix text is written for a single case; name its values generically.
    let mut args = Args::new();
    for var in [
        "task",
        "party",
        "person",
        "id",
        "field",
        "holders",
        "level",
        "task_level",
        "tasks",
        "count",
        "letter",
        "arrangement",
        "suits",
        "date",
        "days",
        "from",
        "to",
        "months",
        "reserve",
        "fixed",
        "due",
        "filled",
        "required",
        "current",
        "assigned",
        "available",
        "who",
    ] {
        args.set(var, t(lang, "placeholder", &Args::new().with("name", var)));
    }
    let fix = texts().get(
        lang,
        &format!("finding-{}-fix", c.as_str().to_ascii_lowercase()),
        &args,
    );
    let mut o = String::new();
    let _ = writeln!(o, "{} — {}", c.as_str(), c.title(lang));
    let _ = writeln!(
        o,
        "{}: {}",
        p(lang, "explain-severity"),
        core(lang, &format!("severity-{}", c.severity().id()))
    );
    let _ = writeln!(
        o,
        "{}: {}",
        p(lang, "explain-chapter"),
        core(lang, &format!("chapter-{}", c.chapter().id()))
    );
    let _ = writeln!(o, "\n{}:\n{}", p(lang, "explain-why"), c.why(lang));
    let _ = writeln!(o, "\n{}:\n{fix}", p(lang, "explain-fix"));
    print(&o);
    ExitCode::SUCCESS
}

/// Prints the catalogue.
pub fn catalog(lang: Lang) -> ExitCode {
    let tx = texts();
    let mut o = String::new();
    let _ = writeln!(o, "{}", p(lang, "catalog-levels"));
    for l in AmbitionLevel::ALL {
        let _ = writeln!(
            o,
            "  {} ({})",
            core(lang, &format!("level-{}", l.id())),
            l.id()
        );
        let _ = writeln!(o, "    {}", core(lang, &format!("level-{}-desc", l.id())));
    }
    let _ = writeln!(o, "\n{}", p(lang, "catalog-tasks"));
    for task in TaskId::ALL {
        let info = task.info();
        let level = core(lang, &format!("level-{}", info.level.id()));
        let mut tags = vec![
            core(lang, &format!("category-{}", info.category.id())),
            t(
                lang,
                "catalog-from-level",
                &Args::new().with("level", level),
            ),
        ];
        if info.critical {
            tags.push(p(lang, "catalog-critical"));
        }
        let _ = writeln!(
            o,
            "  {} ({}) — {}",
            core(lang, &format!("task-{}", task.id())),
            task.id(),
            tags.join(", ")
        );
        let _ = writeln!(o, "    {}", core(lang, &format!("task-{}-desc", task.id())));
        for duty in tx.list(lang, &format!("duty-{}", task.id())) {
            let _ = writeln!(o, "    - {duty}");
        }
    }
    let _ = writeln!(o, "\n  {}", core(lang, "basic-tasks-hours"));
    let _ = writeln!(o, "\n{}", p(lang, "catalog-checklist"));
    for g in ChecklistGroup::ALL {
        let _ = writeln!(
            o,
            "  {}",
            core(lang, &format!("checklist-group-{}", g.id()))
        );
        for item in ItemId::ALL.iter().filter(|i| i.group() == g) {
            let _ = writeln!(
                o,
                "    ☐ {} ({}) → {}",
                core(lang, &format!("item-{}", item.id())),
                item.id(),
                core(lang, &format!("task-{}", item.task().id()))
            );
        }
    }
    let _ = writeln!(o, "\n{}", p(lang, "catalog-arrangements"));
    for a in Arrangement::ALL {
        let id = a.id();
        let _ = writeln!(o, "  {} ({id})", core(lang, &format!("arrangement-{id}")));
        let _ = writeln!(o, "    {}", core(lang, &format!("arrangement-{id}-how")));
        for pro in tx.list(lang, &format!("arrangement-{id}-pro")) {
            let _ = writeln!(o, "    + {pro}");
        }
        for att in tx.list(lang, &format!("arrangement-{id}-attention")) {
            let _ = writeln!(o, "    ! {att}");
        }
        let _ = writeln!(o, "    {}", core(lang, &format!("arrangement-{id}-suits")));
    }
    let _ = writeln!(o, "\n{}", p(lang, "catalog-credit"));
    print(&o);
    ExitCode::SUCCESS
}
