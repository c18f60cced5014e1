//! The command line: parse arguments, dispatch, map outcomes to exit codes (0 all evaluated,
//! 1 a property failed, 2 the command line or a rules file is wrong).

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::batch::{self, Settings};
use crate::check::{self, CaseResult};
use crate::evaluate::Options;
use crate::output::Format;
use crate::rules::RuleSet;

/// What a let dwelling is worth with the tenant in it, what it costs in Box 3, and whether
/// selling or keeping it pays.
#[derive(Debug, Parser)]
#[command(
    name = "verhuurd",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  verhuurd examples/eengezinswoning.toml\n  verhuurd --format csv portfolio.csv > results.csv\n  verhuurd init woning.toml"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub eval: EvalArgs,
}

/// Evaluating property files.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Property files (.toml, or .csv with one property per row); `-` reads standard input.
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Override tax_year for every property.
    #[arg(long, value_parser = year_arg)]
    pub year: Option<i32>,
    #[command(flatten)]
    pub rules: RulesArgs,
    /// Add the derivation of every figure (inputs, bracket or rule hit, source).
    #[arg(long)]
    pub explain: bool,
    /// Never show the progress counter on standard error.
    #[arg(long)]
    pub quiet: bool,
}

/// Replacing built-in rules.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// A rules file that replaces the built-in rules of the year(s) it defines (what-if).
    #[arg(long = "rules", value_name = "FILE")]
    pub rule_files: Vec<PathBuf>,
}

/// The other commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a commented template property file (to PATH, default woning.toml; `-` for stdout).
    Init {
        path: Option<PathBuf>,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Print the parameters in force for YEAR (default: the latest) with their sources.
    Rules {
        #[arg(value_parser = year_arg)]
        year: Option<i32>,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// Run every NAME.toml in DIR and compare the output with NAME.expected.
    Check {
        dir: PathBuf,
        /// Rewrite the expected files with the current output.
        #[arg(long)]
        bless: bool,
        #[command(flatten)]
        rules: RulesArgs,
    },
}

/// A year on the command line: within the years a property file accepts.
fn year_arg(s: &str) -> Result<i32, String> {
    let (lo, hi) = (
        crate::input::schema::YEAR_MIN,
        crate::input::schema::YEAR_MAX,
    );
    match s.trim().parse::<i64>() {
        Ok(y) if (lo..=hi).contains(&y) => Ok(y as i32),
        Ok(_) => Err(format!("a tax year from {lo} to {hi} is expected")),
        Err(_) => Err("a year such as 2026 is expected".into()),
    }
}

/// The template `verhuurd init` writes.
pub const TEMPLATE: &str = include_str!("../data/template.toml");

fn load_rules(args: &RulesArgs) -> Result<RuleSet, i32> {
    let paths: Vec<&std::path::Path> = args.rule_files.iter().map(|p| p.as_path()).collect();
    RuleSet::with_overrides(&paths).map_err(|e| {
        note(format_args!("verhuurd: {e}"));
        2
    })
}

/// A message on standard error. A standard error that cannot be written to is not a reason to
/// fail (nor to panic, as `eprintln!` would): the message is dropped.
fn note(message: std::fmt::Arguments<'_>) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{}", crate::output::printable(&message.to_string()));
}

/// The exit code of a command that wrote to standard output: its own code when the output was
/// written; 0 when the reader went away (a closed pipe, as in `verhuurd check DIR | head -1`:
/// the reader has all it wanted); 1 with a message for any other write error (a full disk).
pub fn exit_code(written: io::Result<i32>) -> i32 {
    match written {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            note(format_args!("verhuurd: cannot write the output: {e}"));
            1
        }
    }
}

/// Run `write` on standard output (buffered, flushed at the end): the one output path of every
/// command, so a closed pipe or a write error is handled the same way everywhere.
fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<i32>) -> i32 {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    exit_code(write(&mut out).and_then(|code| out.flush().map(|()| code)))
}

/// The subcommands, for a file name that is a typo of one (`verhuurd rule 2026`).
const SUBCOMMANDS: &[&str] = &["init", "rules", "check"];

/// Run the command line; returns the exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    match cli.command {
        Some(Command::Init { path, force }) => init(path, force),
        Some(Command::Rules { year, rules }) => match load_rules(&rules) {
            Ok(set) => print_rules(&set, year),
            Err(code) => code,
        },
        Some(Command::Check { dir, bless, rules }) => match load_rules(&rules) {
            Ok(set) => run_check(&dir, &set, bless),
            Err(code) => code,
        },
        None => evaluate(cli.eval),
    }
}

fn evaluate(args: EvalArgs) -> i32 {
    if args.files.is_empty() {
        note(format_args!(
            "verhuurd: no property files given\n\nUsage: verhuurd [OPTIONS] FILE...   (try `verhuurd init` for a template, `verhuurd --help` for more)"
        ));
        return 2;
    }
    // A first "file" that does not exist but is a near miss of a subcommand is a typo of it.
    if let Some(first) = args.files.first().and_then(|f| f.to_str())
        && first != "-"
        && !args.files[0].exists()
        && let Some(cmd) = crate::error::closest(first, SUBCOMMANDS.iter().copied())
    {
        let rest: Vec<String> = args.files[1..]
            .iter()
            .map(|f| f.display().to_string())
            .collect();
        let suggestion = std::iter::once(cmd.to_string())
            .chain(rest)
            .collect::<Vec<_>>()
            .join(" ");
        note(format_args!(
            "verhuurd: `{first}` is neither a file nor a command\n    help: did you mean `verhuurd {suggestion}`?"
        ));
        return 2;
    }
    let rules = match load_rules(&args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    if let Some(y) = args.year
        && rules.year(y).and_then(|r| r.box3.as_ref()).is_none()
    {
        let known: Vec<String> = rules.box3_years().iter().map(|y| y.to_string()).collect();
        note(format_args!(
            "verhuurd: --year {y} is not in the rules; expected one of {} (or give --rules FILE for it)",
            known.join(", ")
        ));
        return 2;
    }
    let settings = Settings {
        format: args.format,
        year: args.year,
        options: Options {
            explain: args.explain,
        },
        progress: !args.quiet,
    };
    let mut err = io::stderr().lock();
    let done = to_stdout(|out| {
        let s = batch::run(
            &batch::sources(&args.files),
            &rules,
            settings,
            out,
            &mut err,
        )?;
        if s.failed > 0 {
            let _ = writeln!(
                err,
                "verhuurd: {} of {} properties failed",
                s.failed,
                s.failed + s.evaluated
            );
        }
        Ok(i32::from(s.failed > 0))
    });
    drop(err);
    done
}

fn init(path: Option<PathBuf>, force: bool) -> i32 {
    let path = path.unwrap_or_else(|| PathBuf::from("woning.toml"));
    if path.as_os_str() == "-" {
        return to_stdout(|out| out.write_all(TEMPLATE.as_bytes()).map(|()| 0));
    }
    if path.exists() && !force {
        note(format_args!(
            "verhuurd: {} exists; use --force to overwrite it",
            path.display()
        ));
        return 1;
    }
    match std::fs::write(&path, TEMPLATE) {
        Ok(()) => {
            note(format_args!(
                "wrote {}: fill in your figures, then run `verhuurd {}`",
                path.display(),
                path.display()
            ));
            0
        }
        Err(e) => {
            note(format_args!(
                "verhuurd: cannot write {}: {e}",
                path.display()
            ));
            1
        }
    }
}

fn print_rules(set: &RuleSet, year: Option<i32>) -> i32 {
    let year = year.unwrap_or_else(|| set.latest_year());
    match crate::output::rules::render(set, year) {
        Some(text) => to_stdout(|out| out.write_all(text.as_bytes()).map(|()| 0)),
        None => {
            let known: Vec<String> = set.years.keys().map(|y| y.to_string()).collect();
            note(format_args!(
                "verhuurd: no rules for {year}; the rules know {}",
                known.join(", ")
            ));
            2
        }
    }
}

fn run_check(dir: &std::path::Path, set: &RuleSet, bless: bool) -> i32 {
    let cases = match check::cases(dir) {
        Ok(c) => c,
        Err(e) => {
            note(format_args!("verhuurd: cannot read {}: {e}", dir.display()));
            return 2;
        }
    };
    if cases.is_empty() {
        note(format_args!(
            "verhuurd: no NAME.toml files in {}",
            dir.display()
        ));
        return 2;
    }
    to_stdout(|out| check_cases(&cases, set, bless, out))
}

fn check_cases(
    cases: &[check::Case],
    set: &RuleSet,
    bless: bool,
    out: &mut dyn Write,
) -> io::Result<i32> {
    let mut failed = 0;
    for case in cases {
        let name = case.toml.display();
        match check::check_case(case, set, bless) {
            Ok(CaseResult::Same) => writeln!(out, "ok       {name}")?,
            Ok(CaseResult::Blessed) => writeln!(out, "blessed  {name}")?,
            Ok(CaseResult::Missing) => {
                failed += 1;
                writeln!(
                    out,
                    "MISSING  {name}: no {} (run with --bless to write it)",
                    case.expected.display()
                )?;
            }
            Ok(CaseResult::Moved { diff }) => {
                failed += 1;
                writeln!(out, "MOVED    {name}: expected (-) versus now (+)\n{diff}")?;
            }
            Err(e) => {
                failed += 1;
                writeln!(out, "ERROR    {name}: {e}")?;
            }
        }
        // Show each case as it is done.
        out.flush()?;
    }
    writeln!(out, "{} cases, {} differ", cases.len(), failed)?;
    Ok(i32::from(failed > 0))
}
