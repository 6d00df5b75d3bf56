//! Performance benchmark of `rolwijzer check`.
//!
//! Generates three role divisions (YAML, DESIGN.md §3) of 100, 400 and 800 parties:
//! municipalities plus one supplier that develops the product, five people per party
//! (all with `hours_per_week`), a steering group with one person per party, an
//! `all_parties` group, every one of the 15 catalogue tasks assigned (R, A, C, I and
//! backup spread over the parties) and N/4 custom tasks. For each size it measures
//!
//! - the WHOLE process `rolwijzer check FILE --today 2026-11-28 --format json`
//!   (start, read, parse, analyse, render JSON, write to a null stdout): one warm-up
//!   run, then [`RUNS`] timed runs, reported as min / median / p90 wall time. The
//!   runs are interleaved over the sizes (100, 400, 800, 100, …), so that load from
//!   other processes hits every size alike and the growth ratios stay fair;
//! - in-process, the parts of that process the core does: `parse_document`, the
//!   `SourceMap` (line numbers for JSON and SARIF) and `analyse` (fastest of
//!   [`IN_PROCESS_RUNS`], also interleaved over the sizes);
//! - the mean CPU time of one process run, which grows less than wall time when
//!   other processes share the CPU;
//! - once, the start of the process itself (`rolwijzer --version`).
//!
//! What remains of the process time after the in-process parts and the start is
//! reading the file, building and writing the JSON report and freeing memory at exit.
//!
//! When one run takes seconds, fewer runs are made (at least [`MIN_RUNS`] process
//! runs and one in-process `analyse`) so that the benchmark still ends in minutes; the
//! table shows how many.
//!
//! It prints a Markdown table and the growth ratios median(800)/median(400) and
//! median(400)/median(100) (2.0 and 4.0 when time grows linearly with size). The goal
//! (issue: 400 parties under 100 ms, linear growth) is in `docs/PERFORMANCE.md`.
//!
//! Run it with:
//!
//! ```text
//! cargo bench -p rolwijzer --bench check
//! ```

use rolwijzer_core::parse::{SourceMap, parse_document};
use rolwijzer_core::{Date, analyse};
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// Sizes (number of parties) to generate and time.
const SIZES: [usize; 3] = [100, 400, 800];
/// Timed process runs per size (after one warm-up run).
const RUNS: usize = 15;
/// Timed in-process runs per size.
const IN_PROCESS_RUNS: usize = 10;
/// Time a size may take for its timed runs before fewer runs are made.
const BUDGET: Duration = Duration::from_secs(20);
/// Timed process runs per size however slow one run is.
const MIN_RUNS: usize = 3;
/// The day the check judges on, so the findings do not depend on the calendar.
const TODAY: &str = "2026-11-28";
/// Goal from the issue: 400 parties under this many milliseconds.
const GOAL_MS: f64 = 100.0;
/// How far above the linear ratio growth may be and still count as linear (timer
/// noise, caches).
const SLACK: f64 = 1.25;
/// People per party.
const PEOPLE_PER_PARTY: usize = 5;

type Res<T> = Result<T, Box<dyn Error>>;
/// Picks one measurement out of a row.
type Measure = fn(&Row) -> Duration;
/// A person: (party index, role index).
type Who = (usize, usize);

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("benchmark failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A temporary directory that is removed when dropped, also after an error.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Res<Self> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir =
            std::env::temp_dir().join(format!("rolwijzer-bench-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Measurements of one size.
struct Row {
    parties: usize,
    people: usize,
    assignments: usize,
    bytes: usize,
    findings: usize,
    errors: u64,
    warnings: u64,
    advice: u64,
    runs: usize,
    /// Mean CPU time (user + system) of one process run, if known.
    cpu: Option<Duration>,
    min: Duration,
    median: Duration,
    p90: Duration,
    parse: Duration,
    source_map: Duration,
    analyse: Duration,
}

fn run() -> Res<()> {
    let bin = env!("CARGO_BIN_EXE_rolwijzer");
    let dir = TempDir::new()?;
    let load_before = load_average();

    // Process start without any work: the floor under every measurement.
    run_process(Command::new(bin).arg("--version"))?;
    let mut start = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        start.push(run_process(Command::new(bin).arg("--version"))?);
    }
    start.sort();
    let start_median = median(&start);

    // Generate, warm up and count findings per size.
    let mut sizes = Vec::new();
    for &n in &SIZES {
        let yaml = generate(n);
        let path = dir.0.join(format!("verdeling-{n}.yaml"));
        std::fs::write(&path, &yaml)?;
        eprintln!("{n} parties: {} bytes", yaml.len());
        sizes.push(warm_up(bin, path, n, yaml)?);
    }

    // The timed process runs, interleaved over the sizes so that a burst of load from
    // other processes hits every size alike and leaves the ratios intact.
    eprintln!("timing the process…");
    for round in 0..RUNS {
        for s in sizes.iter_mut().filter(|s| round < s.runs) {
            let cpu_before = children_cpu();
            s.times.push(run_process(&mut check_command(bin, &s.path))?);
            s.cpu = match (s.cpu, cpu_before, children_cpu()) {
                (Some(sum), Some(a), Some(b)) => Some(sum + b.saturating_sub(a)),
                _ => None,
            };
        }
    }

    eprintln!("timing in-process…");
    let rows = in_process(sizes)?;

    print_report(&rows, start_median);
    let cores = std::thread::available_parallelism().map_or(0, std::num::NonZeroUsize::get);
    println!(
        "\nMachine: {cores} cores; load average (1, 5, 15 min) before: {load_before}, \
         after: {}. A load above the number of cores means other processes shared the \
         CPU and the times are too high.",
        load_average()
    );
    Ok(())
}

/// CPU time (user + system) used by the children this process has waited for, from
/// `/proc/self/stat` (Linux; in clock ticks of 10 ms, so only useful summed over runs).
/// It grows less than wall time when other processes share the CPU.
fn children_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at field 3; cutime
    // and cstime are fields 16 and 17.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 1000 / CLOCK_TICKS_PER_SECOND))
}

/// The kernel's USER_HZ, 100 on every common Linux.
const CLOCK_TICKS_PER_SECOND: u64 = 100;

/// The load average from `/proc/loadavg` (Linux), or `unknown`.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".to_owned())
}

fn check_command(bin: &str, path: &Path) -> Command {
    let mut c = Command::new(bin);
    c.arg("check")
        .arg(path)
        .args(["--today", TODAY, "--format", "json"])
        .env("ROLWIJZER_LANG", "nl")
        .env_remove("NO_COLOR");
    c
}

/// Runs a command with stdout and stderr to null; returns its wall time. Exit 0 and 1
/// (the document has errors) are both a successful check; anything else is not.
fn run_process(cmd: &mut Command) -> Res<Duration> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let t = Instant::now();
    let status = cmd.status()?;
    let elapsed = t.elapsed();
    match status.code() {
        Some(0 | 1) => Ok(elapsed),
        other => Err(format!("rolwijzer exited with {other:?}").into()),
    }
}

/// One size on its way through the benchmark.
struct Size {
    parties: usize,
    path: PathBuf,
    yaml: String,
    findings: usize,
    errors: u64,
    warnings: u64,
    advice: u64,
    /// Timed process runs to make.
    runs: usize,
    times: Vec<Duration>,
    /// CPU time of all timed runs together, if known.
    cpu: Option<Duration>,
}

/// Runs `check` once (page cache, binary loaded) with output, to count the findings,
/// make sure the file was read, and decide how many timed runs fit.
fn warm_up(bin: &str, path: PathBuf, n: usize, yaml: String) -> Res<Size> {
    let t = Instant::now();
    let out = check_command(bin, &path).stderr(Stdio::null()).output()?;
    let one = t.elapsed();
    if !matches!(out.status.code(), Some(0 | 1)) {
        return Err(format!("check of {} exited with {:?}", path.display(), out.status).into());
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    if let Some(e) = json.get("error") {
        return Err(format!("check could not read {}: {e}", path.display()).into());
    }
    let findings = json
        .get("findings")
        .and_then(serde_json::Value::as_array)
        .map_or(0, Vec::len);
    let count = |k: &str| {
        json.get("summary")
            .and_then(|s| s.get(k))
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0)
    };
    Ok(Size {
        parties: n,
        findings,
        errors: count("errors"),
        warnings: count("warnings"),
        advice: count("advice"),
        // Fewer runs when one run takes seconds, so the benchmark still ends.
        runs: runs_within(RUNS, MIN_RUNS, one),
        times: Vec::new(),
        cpu: Some(Duration::ZERO),
        path,
        yaml,
    })
}

/// Times the core's share in-process, interleaved over the sizes like the process
/// runs, and completes the rows.
fn in_process(sizes: Vec<Size>) -> Res<Vec<Row>> {
    let today = Date::parse(TODAY).map_err(|e| format!("bad date {TODAY}: {e:?}"))?;
    struct Core {
        doc: rolwijzer_core::Document,
        parse: Vec<Duration>,
        map: Vec<Duration>,
        analyse: Vec<Duration>,
        analyse_runs: usize,
    }
    let mut cores = Vec::new();
    for s in &sizes {
        let doc = parse_document(s.yaml.as_bytes()).map_err(|e| format!("parse: {e:?}"))?;
        // `analyse` alone (dropping its report included); fewer runs when one takes
        // seconds.
        let t = Instant::now();
        std::hint::black_box(analyse(&doc, today));
        let first = t.elapsed();
        cores.push(Core {
            doc,
            parse: Vec::new(),
            map: Vec::new(),
            analyse: vec![first],
            analyse_runs: runs_within(IN_PROCESS_RUNS, 1, first),
        });
    }
    for _ in 0..IN_PROCESS_RUNS {
        for (s, c) in sizes.iter().zip(cores.iter_mut()) {
            let t = Instant::now();
            let d = parse_document(s.yaml.as_bytes()).map_err(|e| format!("parse: {e:?}"))?;
            c.parse.push(t.elapsed());
            std::hint::black_box(d);
            let t = Instant::now();
            std::hint::black_box(SourceMap::of_yaml(&s.yaml));
            c.map.push(t.elapsed());
            if c.analyse.len() < c.analyse_runs {
                let t = Instant::now();
                std::hint::black_box(analyse(&c.doc, today));
                c.analyse.push(t.elapsed());
            }
        }
    }

    let mut rows = Vec::new();
    for (mut s, mut c) in sizes.into_iter().zip(cores) {
        c.parse.sort();
        c.map.sort();
        c.analyse.sort();
        s.times.sort();
        let runs = s.times.len();
        rows.push(Row {
            parties: s.parties,
            people: c.doc.people.len(),
            assignments: c.doc.assignments.len(),
            bytes: s.yaml.len(),
            findings: s.findings,
            errors: s.errors,
            warnings: s.warnings,
            advice: s.advice,
            runs,
            cpu: match s.cpu {
                Some(sum) if runs > 0 => Some(sum / u32::try_from(runs)?),
                _ => None,
            },
            min: fastest(&s.times),
            median: median(&s.times),
            p90: percentile(&s.times, 0.9),
            parse: fastest(&c.parse),
            source_map: fastest(&c.map),
            analyse: fastest(&c.analyse),
        });
    }
    Ok(rows)
}

/// `wanted` runs, or fewer (at least `least`) when they would take longer than
/// [`BUDGET`] at `one` each.
fn runs_within(wanted: usize, least: usize, one: Duration) -> usize {
    let fit = (BUDGET.as_secs_f64() / one.as_secs_f64().max(1e-6)) as usize;
    fit.clamp(least.min(wanted), wanted)
}

/// The first (fastest) of sorted durations: the best estimate of the undisturbed
/// time when other processes share the CPU.
fn fastest(sorted: &[Duration]) -> Duration {
    sorted.first().copied().unwrap_or_default()
}

/// The median of sorted durations.
fn median(sorted: &[Duration]) -> Duration {
    percentile(sorted, 0.5)
}

/// The nearest-rank percentile of sorted durations.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted
        .get(rank.clamp(1, sorted.len()) - 1)
        .copied()
        .unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn print_report(rows: &[Row], start: Duration) {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "\n`rolwijzer check --format json`: timed runs per size after one warm-up \
         (up to {RUNS}); in-process parts: fastest of up to {IN_PROCESS_RUNS} runs; \
         process start (`rolwijzer --version`, median of {RUNS}): {:.1} ms\n",
        ms(start)
    );
    let _ = writeln!(
        o,
        "| parties | people | assignments | file | findings (E/W/A) | runs | min ms | median ms | p90 ms | CPU ms | parse ms | source map ms | analyse ms | rest ms |"
    );
    let _ = writeln!(
        o,
        "|--------:|-------:|------------:|-----:|-----------------:|-----:|-------:|----------:|-------:|-------:|---------:|--------------:|-----------:|--------:|"
    );
    for r in rows {
        // Clamped: with few runs, noise can make the difference negative.
        let rest =
            (ms(r.median) - ms(r.parse) - ms(r.source_map) - ms(r.analyse) - ms(start)).max(0.0);
        let _ = writeln!(
            o,
            "| {} | {} | {} | {:.0} KiB | {} ({}/{}/{}) | {} | {:.1} | {:.1} | {:.1} | {} | {:.1} | {:.1} | {:.1} | {:.1} |",
            r.parties,
            r.people,
            r.assignments,
            r.bytes as f64 / 1024.0,
            r.findings,
            r.errors,
            r.warnings,
            r.advice,
            r.runs,
            ms(r.min),
            ms(r.median),
            ms(r.p90),
            r.cpu
                .map_or_else(|| "–".to_owned(), |d| format!("{:.0}", ms(d))),
            ms(r.parse),
            ms(r.source_map),
            ms(r.analyse),
            rest,
        );
    }
    let _ = writeln!(
        o,
        "\n`CPU ms`: mean user + system CPU time of one run (10 ms ticks summed over \
         the runs); it grows less than wall time when the machine is busy.\n\
         `parse`, `source map`, `analyse`: fastest of the in-process runs.\n\
         `rest` = median − parse − source map − analyse − process start: reading the \
         file, building and writing the JSON report, freeing memory at exit (and noise)."
    );

    let by = |n: usize| rows.iter().find(|r| r.parties == n);
    if let (Some(a), Some(b), Some(c)) = (by(100), by(400), by(800)) {
        let ratio = |x: Duration, y: Duration| ms(x) / ms(y).max(f64::MIN_POSITIVE);
        let _ = writeln!(
            o,
            "\nGrowth of the median (linear: 4.00 and 2.00; `superlinear` when more than \
             {SLACK:.2}× that)\n\n\
             | measure | 400/100 | 800/400 | growth |\n|---|---:|---:|---|"
        );
        let lines: [(&str, Measure); 5] = [
            ("whole process (median)", |r| r.median),
            ("whole process (CPU)", |r| r.cpu.unwrap_or_default()),
            ("parse", |r| r.parse),
            ("source map", |r| r.source_map),
            ("analyse", |r| r.analyse),
        ];
        let mut all_linear = true;
        for (name, get) in lines {
            let (r1, r2) = (ratio(get(b), get(a)), ratio(get(c), get(b)));
            let linear = r1 <= 4.0 * SLACK && r2 <= 2.0 * SLACK;
            all_linear &= linear;
            let growth = if linear { "linear" } else { "superlinear" };
            let _ = writeln!(o, "| {name} | {r1:.2} | {r2:.2} | {growth} |");
        }
        let verdict = if ms(b.median) < GOAL_MS {
            "holds"
        } else {
            "does NOT hold"
        };
        let _ = writeln!(
            o,
            "\nGoal: 400 parties under {GOAL_MS:.0} ms: median {:.1} ms, p90 {:.1} ms: {verdict}.\n\
             Goal: time growing linearly with size: {}.",
            ms(b.median),
            ms(b.p90),
            if all_linear { "holds" } else { "does NOT hold" }
        );
    }
    print!("{o}");
}

// --- the generated division ---------------------------------------------------------

const PLACE_START: [&str; 16] = [
    "Berg", "Zand", "Wester", "Ooster", "Noord", "Zuid", "Hoog", "Laag", "Nieuw", "Oud", "Vlie",
    "Heer", "Rijs", "Mol", "Bree", "Dal",
];
const PLACE_END: [&str; 12] = [
    "hoven", "veen", "dijk", "wijk", "broek", "horst", "loo", "dam", "gem", "rode", "beek", "meer",
];
const FIRST: [&str; 20] = [
    "Anna", "Bram", "Chantal", "Daan", "Esra", "Floor", "Gijs", "Hanna", "Ilias", "Joke", "Kees",
    "Lotte", "Mehmet", "Nina", "Olaf", "Petra", "Ruben", "Sanne", "Tarik", "Vera",
];
const LAST: [&str; 20] = [
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
];
/// Role of person k (0..5) within a municipality: title and hours a week.
const ROLES: [(&str, u32); PEOPLE_PER_PARTY] = [
    ("Coördinator samenwerking", 12),
    ("Afdelingshoofd", 4),
    ("Financieel adviseur", 6),
    ("Technisch applicatiebeheerder", 16),
    ("Functioneel beheerder", 8),
];
const SUPPLIER_ROLES: [(&str, u32); PEOPLE_PER_PARTY] = [
    ("Teamlead", 24),
    ("Senior developer", 32),
    ("Developer", 32),
    ("Developer", 32),
    ("Tester", 24),
];

/// Person roles within a party.
const CONTACT: usize = 0;
const MANAGER: usize = 1;
const FINANCE: usize = 2;
const TECH: usize = 3;
const FUNCTIONAL: usize = 4;

fn party_id(i: usize) -> String {
    format!("gemeente-{i:04}")
}

fn person_id(party: usize, k: usize) -> String {
    format!("p{party:04}-{k}")
}

/// Builds the YAML of a division with `n` parties: `n - 1` municipalities and the
/// supplier (the last party).
fn generate(n: usize) -> String {
    let m = n.saturating_sub(1).max(1); // municipalities
    let supplier = m;
    let sup = "leverancier";
    let sp = |k: usize| format!("l-{k}");
    // Party index among the municipalities, spread by a step so holders differ.
    let muni = |x: usize| x % m;
    let pid = |party: usize, k: usize| {
        if party == supplier {
            sp(k)
        } else {
            person_id(party, k)
        }
    };

    let mut y = String::with_capacity(n * 1500);
    let _ = write!(
        y,
        "# Generated by crates/rolwijzer/benches/check.rs: {n} parties, {PEOPLE_PER_PARTY} people each.\n\
version: 1\n\
collaboration:\n\
\x20 name: Open Vergunningenloket\n\
\x20 description: >-\n\
\x20   Open-source loket voor vergunningaanvragen, samen doorontwikkeld door {m}\n\
\x20   gemeenten en een leverancier.\n\
\x20 website: https://open-vergunningenloket.example.org\n\
\x20 how_to_join: Neem contact op met de coördinator van de penvoerder.\n\
\x20 ambition: structured\n\
\x20 arrangement: coordinating\n\
\x20 coordinator: {coord}\n\
\x20 coordinator_compensated: true\n\
\x20 contribution: true\n\
\x20 separate_administration: true\n\
\x20 fixed_costs_per_month: {fixed}\n\
\x20 reserve: {reserve}\n\
\x20 last_evaluation: 2026-03-16\n\
\x20 evaluation_interval_months: 12\n",
        coord = party_id(0),
        fixed = 2000 + 100 * n,
        reserve = 5 * (2000 + 100 * n),
    );

    // Parties.
    y.push_str("parties:\n");
    for i in 0..m {
        let place = format!(
            "{}{}",
            PLACE_START[i % PLACE_START.len()],
            PLACE_END[(i / PLACE_START.len()) % PLACE_END.len()]
        );
        let name = if i < PLACE_START.len() * PLACE_END.len() {
            place
        } else {
            format!("{place} {}", i / (PLACE_START.len() * PLACE_END.len()) + 1)
        };
        let _ = writeln!(
            y,
            "  - {{ id: {}, name: Gemeente {name}, kind: municipality, contact: {} }}",
            party_id(i),
            person_id(i, CONTACT)
        );
    }
    let _ = writeln!(
        y,
        "  - {{ id: {sup}, name: Softwarehuis B.V., kind: supplier, develops_product: true,\n      \
         contact: {}, website: https://www.softwarehuis.example.com, contract_until: 2027-12-31 }}",
        sp(0)
    );

    // People.
    y.push_str("people:\n");
    for i in 0..n {
        let (party, roles, domain) = if i == supplier {
            (
                sup.to_owned(),
                SUPPLIER_ROLES,
                "softwarehuis.example.com".to_owned(),
            )
        } else {
            (party_id(i), ROLES, format!("gemeente-{i:04}.example.nl"))
        };
        for (k, (title, hours)) in roles.iter().enumerate() {
            let first = FIRST[(i * 3 + k) % FIRST.len()];
            let last = LAST[(i * 7 + k * 3) % LAST.len()];
            let mail = format!("{}.{}", first, last.replace(' ', "")).to_lowercase();
            // Two repository admins at the first municipality, one at the supplier.
            let admin = (i <= 1 && k == TECH) || (i == supplier && k == 1);
            let _ = write!(
                y,
                "  - {{ id: {}, name: {first} {last}, party: {party}, title: {title},\n      \
                 email: {mail}@{domain}, hours_per_week: {hours}",
                pid(i, k)
            );
            if admin {
                let _ = write!(y, ", repository_admin: true, forge_username: {}", pid(i, k));
            }
            y.push_str(" }\n");
        }
    }

    // Groups.
    y.push_str("groups:\n  - id: stuurgroep\n    name: Stuurgroep\n");
    y.push_str(
        "    description: Besluit over begroting, roadmap en toetreding; vergadert elk kwartaal.\n",
    );
    y.push_str("    members: [");
    for i in 0..m {
        if i > 0 {
            y.push_str(", ");
        }
        y.push_str(&person_id(i, MANAGER));
    }
    let _ = writeln!(y, ", {}]", sp(0));
    y.push_str("  - id: deelnemers\n    name: Alle deelnemers\n    all_parties: true\n");

    // The 15 catalogue tasks. Each entry: task, R (party, role)..., A, backup, hours,
    // whether the steering group is consulted. Parties are spread over the
    // municipalities with different steps, so no party holds them all.
    y.push_str("assignments:\n");
    let s = supplier;
    #[rustfmt::skip]
    let cat: [(&str, &[Who], Who, Who, u32); 15] = [
        ("contact-person", &[(0, CONTACT)], (0, CONTACT), (muni(1), CONTACT), 2),
        ("repository-admin", &[(0, TECH)], (0, MANAGER), (muni(1), TECH), 1),
        ("technical-maintenance", &[(s, 1), (muni(1), TECH)], (0, TECH), (s, 2), 8),
        ("meeting-coordination", &[(0, CONTACT)], (0, MANAGER), (muni(2), CONTACT), 2),
        ("collaboration-coordination", &[(0, CONTACT), (muni(3), CONTACT)], (0, MANAGER), (muni(4), CONTACT), 3),
        ("community-contribution", &[(0, FINANCE)], (0, CONTACT), (muni(5), FINANCE), 2),
        ("financial-management", &[(0, FINANCE)], (0, MANAGER), (muni(6), FINANCE), 2),
        ("community-management", &[(muni(7), FUNCTIONAL), (muni(8), FUNCTIONAL)], (muni(7), MANAGER), (muni(9), FUNCTIONAL), 8),
        ("product-ownership", &[(muni(10), FUNCTIONAL)], (muni(10), MANAGER), (muni(11), FUNCTIONAL), 12),
        ("architecture", &[(muni(12), TECH)], (muni(13), MANAGER), (muni(14), TECH), 4),
        ("development-team-lead", &[(s, 0)], (muni(10), FUNCTIONAL), (s, 1), 16),
        ("recruitment", &[(muni(15), CONTACT), (muni(16), CONTACT)], (0, CONTACT), (muni(17), CONTACT), 3),
        ("communication", &[(muni(18), FUNCTIONAL)], (muni(19), MANAGER), (muni(20), FUNCTIONAL), 3),
        ("monitoring-reporting", &[(muni(21), FINANCE)], (0, MANAGER), (muni(22), FINANCE), 2),
        ("supplier-management", &[(muni(23), MANAGER)], (0, MANAGER), (muni(24), MANAGER), 2),
    ];
    for (i, (task, r, a, b, hours)) in cat.iter().enumerate() {
        let _ = writeln!(y, "  - task: {task}");
        if *task == "development-team-lead" {
            y.push_str("    arrangement: external\n");
        }
        let rs: Vec<String> = r.iter().map(|(p, k)| pid(*p, *k)).collect();
        let _ = writeln!(y, "    responsible: [{}]", rs.join(", "));
        let _ = writeln!(y, "    accountable: {}", pid(a.0, a.1));
        let _ = writeln!(
            y,
            "    consulted: [stuurgroep, {}]",
            pid(muni(25 + i), FUNCTIONAL)
        );
        let via = ["nieuwsbrief", "kwartaalrapportage", "jaarvergadering"][i % 3];
        let _ = writeln!(y, "    informed: [{{ who: deelnemers, via: {via} }}]");
        let _ = writeln!(y, "    backup: [{}]", pid(b.0, b.1));
        let _ = writeln!(y, "    hours_per_week: {hours}");
        let _ = writeln!(
            y,
            "    process: https://open-vergunningenloket.example.org/handboek/{task}"
        );
    }

    // Custom tasks: regional working groups, each run by two municipalities.
    for j in 0..n / 4 {
        let id = format!("werkgroep-{j:03}");
        let r1 = pid(muni(4 * j + 1), FUNCTIONAL);
        let r2 = pid(muni(4 * j + 2), TECH);
        let a = pid(muni(4 * j + 3), MANAGER);
        let b = pid(muni(4 * j + 4), FUNCTIONAL);
        let _ = writeln!(
            y,
            "  - task: custom\n    id: {id}\n    name: Werkgroep {}\n    \
             description: Wensen uit de regio verzamelen, prioriteren en testen.",
            j + 1
        );
        if j % 3 == 0 {
            y.push_str("    critical: true\n");
        }
        let _ = writeln!(y, "    responsible: [{r1}, {r2}]\n    accountable: {a}");
        let _ = writeln!(y, "    consulted: [stuurgroep]");
        let _ = writeln!(
            y,
            "    informed: [{{ who: deelnemers, via: nieuwsbrief }}, {{ who: {}, via: overleg }}]",
            party_id(muni(4 * j + 5))
        );
        let _ = writeln!(y, "    backup: [{b}]\n    hours_per_week: {}", 1 + j % 3);
        // One in five working groups has not written its process down yet (K006).
        if j % 5 != 4 {
            let _ = writeln!(
                y,
                "    process: https://open-vergunningenloket.example.org/handboek/{id}"
            );
        }
    }
    y
}
