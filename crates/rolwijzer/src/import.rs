//! `rolwijzer import`: a starter role division from a product's publiccode.yml (its
//! maintenance block, contacts and the organisations that use it).

use crate::check::read_file;
use crate::texts::t;
use clap::Args as ClapArgs;
use rolwijzer_core::i18n::{Args, Lang};
use rolwijzer_core::parse::to_yaml;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `import`.
#[derive(Debug, ClapArgs)]
pub struct ImportArgs {
    /// The publiccode.yml to start from; `-` reads standard input.
    file: PathBuf,
    /// Where to write the role division; `-` for standard output.
    #[arg(long, short, default_value = "rolverdeling.yaml")]
    output: PathBuf,
    /// Overwrite an existing file.
    #[arg(long)]
    force: bool,
}

/// Runs `import`: 0 written, 2 not read, not understood or not written.
pub fn run(args: &ImportArgs, lang: Lang) -> ExitCode {
    let name = crate::display_path(&args.file);
    let out = &args.output;
    let shown = crate::display_path(out);
    let to_stdout = out.as_os_str() == "-";
    // Refuse early, before any work: the coordinator may have edited that file.
    if !to_stdout && out.exists() && !args.force {
        eprintln!(
            "{}",
            t(lang, "import-exists", &Args::new().with("file", shown))
        );
        return ExitCode::from(2);
    }
    let bytes = match read_file(&args.file, lang) {
        Ok(b) => b,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        eprintln!(
            "{}",
            t(lang, "import-not-text", &Args::new().with("file", name))
        );
        return ExitCode::from(2);
    };
    // A byte-order mark is invisible in editors but not valid at the start of YAML.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = match rolwijzer_export::publiccode::import(text, lang) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("{}", e.render(&name, lang));
            return ExitCode::from(2);
        }
    };
    let header = t(
        lang,
        "import-header",
        &Args::new().with("file", name.clone()),
    );
    let yaml = format!("# {header}\n{}", to_yaml(&doc));
    let summary = Args::new()
        .with("file", name)
        .count("parties", doc.parties.len())
        .count("people", doc.people.len())
        .count("tasks", doc.assignments.len());
    if to_stdout {
        let mut stdout = std::io::stdout().lock();
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        let _ = stdout.write_all(yaml.as_bytes());
        let _ = stdout.flush();
        eprintln!("{}", t(lang, "import-summary", &summary));
        return ExitCode::SUCCESS;
    }
    // What was read is worth knowing even when the file cannot be written.
    eprintln!("{}", t(lang, "import-summary", &summary));
    let ids = ("import-next", "import-write-failed");
    crate::output::write_and_tell(out, yaml.as_bytes(), lang, ids, Args::new())
}
