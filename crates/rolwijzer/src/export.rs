//! `rolwijzer export`: read a division like `check` does and write it in one of the
//! formats of [`rolwijzer_export::Format`] — to a file (atomically) or to standard
//! output.

use crate::check::{load, today_arg};
use crate::texts::{p, t};
use clap::Args as ClapArgs;
use clap::ValueEnum;
use clap::builder::PossibleValue;
use rolwijzer_core::i18n::{Args, Lang};
use rolwijzer_export::json as export_json;
use rolwijzer_export::{CsvSeparator, Format, Options, export};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `export`.
#[derive(Debug, ClapArgs)]
pub struct ExportArgs {
    /// Role division file (YAML or JSON); `-` reads standard input.
    file: PathBuf,
    /// What to write.
    #[arg(long, short, value_enum)]
    format: FormatArg,
    /// Where to write; standard output when not given (or `-`). An existing file is
    /// only replaced once the export has succeeded.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Field separator of the CSV export: ';' (Dutch Excel, the default) or ','.
    #[arg(long, value_parser = parse_separator, default_value = ";")]
    csv_separator: CsvSeparator,
    /// The day of the export (YYYY-MM-DD); today in the Netherlands when not given.
    #[arg(long, env = "ROLWIJZER_TODAY")]
    today: Option<String>,
}

/// A [`Format`] as a command-line value, with a line of help for each.
#[derive(Debug, Clone, Copy)]
struct FormatArg(Format);

/// Every format as a value, in the order of [`Format::ALL`].
const FORMAT_ARGS: [FormatArg; Format::ALL.len()] = {
    let mut out = [FormatArg(Format::Json); Format::ALL.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = FormatArg(Format::ALL[i]);
        i += 1;
    }
    out
};

impl ValueEnum for FormatArg {
    fn value_variants<'a>() -> &'a [Self] {
        &FORMAT_ARGS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let id = self.0.id();
        Some(PossibleValue::new(id).help(p(help_lang(), &format!("export-format-{id}"))))
    }
}

/// The language of `--help`, which clap writes before [`crate::Cli`] is parsed: the
/// same `--lang` flag and `ROLWIJZER_LANG` variable, looked up by hand.
fn help_lang() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        if a == "--lang" {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix("--lang=").map(str::to_owned)
        }
    });
    flag.or_else(|| std::env::var("ROLWIJZER_LANG").ok())
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

fn parse_separator(s: &str) -> Result<CsvSeparator, String> {
    match s {
        ";" | "semicolon" => Ok(CsvSeparator::Semicolon),
        "," | "comma" => Ok(CsvSeparator::Comma),
        _ => Err("';' | ','".to_owned()),
    }
}

/// Runs `export` and returns its exit code: 0 written, 2 not read or not written.
pub fn run(args: &ExportArgs, lang: Lang) -> ExitCode {
    let format = args.format.0;
    let to_stdout = args.output.as_ref().is_none_or(|o| o.as_os_str() == "-");
    // Refuse before reading anything: binary bytes would garble the terminal.
    if to_stdout && !format.is_text() && std::io::stdout().is_terminal() {
        let a = Args::new()
            .with("format", format.id())
            .with("example", format.file_name("samenwerking"));
        eprintln!("{}", t(lang, "export-binary-terminal", &a));
        return ExitCode::from(2);
    }
    let today = match today_arg(args.today.as_deref(), lang) {
        Ok(d) => d,
        Err(code) => return code,
    };
    // Lines are only needed for JSON, which points findings at lines of the file.
    let checked = match load(&args.file, today, lang, format == Format::Json) {
        Ok(c) => c,
        Err(u) => {
            eprintln!("{}", u.message);
            return ExitCode::from(2);
        }
    };
    // A file has no stored revision; that is only known in the web app.
    let mut options = Options::new(today);
    options.lang = lang;
    options.csv_separator = args.csv_separator;
    let written = if format == Format::Json {
        // The file is at hand here, so JSON names it and points at its own lines: the
        // very output of `check --format json` for this one file.
        let value = export_json::report_value(
            &checked.doc,
            &checked.report,
            lang,
            Some(&checked.name),
            |f| export_json::finding_line(&checked.map, f),
        );
        serde_json::to_string_pretty(&value)
            .map(|s| rolwijzer_export::Export {
                bytes: format!("{s}\n").into_bytes(),
                notices: Vec::new(),
            })
            .map_err(|e| e.to_string())
    } else {
        export(&checked.doc, &checked.report, format, &options).map_err(|e| e.to_string())
    };
    let written = match written {
        Ok(w) => w,
        Err(reason) => {
            let a = Args::new()
                .with("format", format.id())
                .with("reason", reason);
            eprintln!("{}", t(lang, "export-failed", &a));
            return ExitCode::from(2);
        }
    };
    for notice in &written.notices {
        eprintln!(
            "{}",
            t(
                lang,
                "export-notice",
                &Args::new().with("message", notice.message(lang))
            )
        );
    }
    match args.output.as_ref().filter(|_| !to_stdout) {
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(&written.bytes)
                .and_then(|()| stdout.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                // A closed pipe (`| head`) is the reader's choice, not a failure.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    let a = Args::new().with("file", "-").with("reason", e.to_string());
                    eprintln!("{}", t(lang, "export-write-failed", &a));
                    ExitCode::from(2)
                }
            }
        }
        Some(path) => {
            let ids = ("export-written", "export-write-failed");
            let format = Args::new().with("format", format.id());
            crate::output::write_and_tell(path, &written.bytes, lang, ids, format)
        }
    }
}
