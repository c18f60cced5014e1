//! The command line: parse arguments, dispatch, map outcomes to exit codes (0 all evaluated,
//! 1 a property failed, 2 the command line or a rules file is wrong).

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use std::io::IsTerminal;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use verhuurd::batch::{self, Settings};
use verhuurd::check::{self, CaseResult};
use verhuurd::evaluate::Options;
use verhuurd::i18n::{Arg, Lang, Msg};
use verhuurd::output::{Format, Style};
use verhuurd::rules::RuleSet;

mod help;
mod report;

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
    /// Language of the output for people (table, warnings, caveats, errors): nl or en. The
    /// JSON `message` of a warning and the `caveats` follow it; keys and codes never change.
    #[arg(long, value_enum, default_value_t = Lang::Nl, global = true)]
    pub lang: Lang,
    /// Colour warnings and negative amounts: auto (on a terminal, unless NO_COLOR is set),
    /// always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// The dialect of the CSV output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvDialect {
    /// `,`, decimal points, LF: for scripts and other programs.
    Machine,
    /// `;`, decimal commas, CRLF, a byte order mark: for Excel in Dutch.
    Nl,
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless the NO_COLOR environment variable is set (and not empty).
    Auto,
    /// Always, even into a pipe or with NO_COLOR.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether to colour, given whether the output is a terminal and the value of NO_COLOR.
    pub fn resolve(self, terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

/// Evaluating property files.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Property files (.toml, or .csv with one property per row); `-` reads standard input.
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The CSV of `--format csv`: machine (`,`, decimal points, LF; for scripts and other
    /// programs; the default) or nl (`;`, decimal commas, CRLF and a byte order mark: opens in
    /// Dutch Excel with the numbers as numbers).
    #[arg(long, value_enum, default_value_t = CsvDialect::Machine, value_name = "DIALECT")]
    pub csv_dialect: CsvDialect,
    /// Leave out the year-by-year rows of the plan from the JSON (for batches of millions:
    /// the verdict without the years); with --format json or jsonl.
    #[arg(long)]
    pub no_years: bool,
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
    /// Draw both routes' net worth year by year, and the sensitivity grid, into an SVG file
    /// (of the first property when there are several).
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<PathBuf>,
    /// Show the sensitivity grid: keep − sell for value growth × alternative return (in the
    /// table of one property, and in the JSON as `grid`).
    #[arg(long)]
    pub grid: bool,
    /// Write a report for the client: one HTML file with the answer, the figures, charts, the
    /// derivation and the sources (prints on A4). Nothing else is written to standard output.
    #[arg(long, value_name = "FILE.html")]
    pub report: Option<PathBuf>,
    /// The property or household of the report, for an input with several (a CSV file).
    #[arg(long, value_name = "NAME", requires = "report")]
    pub report_name: Option<String>,
    /// The date in the report (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_name = "DATE", requires = "report")]
    pub report_date: Option<String>,
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
    /// Write a commented template property file (to PATH, default woning.toml; `-` for stdout;
    /// NAME.csv: a spreadsheet with a header and an example row).
    Init {
        /// Where to write the template (default woning.toml; `-` for standard output).
        path: Option<PathBuf>,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Print the parameters in force for YEAR (default: the latest) with their sources.
    Rules {
        /// The tax year (default: the latest year with rules).
        #[arg(value_parser = year_arg)]
        year: Option<i32>,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// Run every NAME.toml in DIR and compare the output with NAME.expected.
    Check {
        /// The directory with NAME.toml and NAME.expected files.
        dir: PathBuf,
        /// Rewrite the expected files with the current output.
        #[arg(long)]
        bless: bool,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// The tegenbewijs (opgaaf werkelijk rendement) for every year of a history file: Box 3 as
    /// assessed, the actual return, the tax on each and the difference.
    Historie {
        /// The history file (TOML with [history], [owner.YEAR] and [[dwelling]]; see README).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Add the derivation of every figure (in the JSON output).
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// Print a shell completion script (e.g. `verhuurd completions bash >
    /// /etc/bash_completion.d/verhuurd`).
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page in roff (e.g. `verhuurd man > /usr/local/share/man/man1/verhuurd.1`).
    Man,
}

/// A year on the command line: within the years a property file accepts.
fn year_arg(s: &str) -> Result<i32, String> {
    let (lo, hi) = (
        verhuurd::input::schema::YEAR_MIN,
        verhuurd::input::schema::YEAR_MAX,
    );
    match s.trim().parse::<i64>() {
        Ok(y) if (lo..=hi).contains(&y) => Ok(y as i32),
        Ok(_) => Err(format!("a tax year from {lo} to {hi} is expected")),
        Err(_) => Err("a year such as 2026 is expected".into()),
    }
}

/// The template `verhuurd init` writes, commented in English.
pub const TEMPLATE: &str = include_str!("../data/template.toml");
/// The same template commented in Dutch (the same keys and values; a test holds them equal).
pub const TEMPLATE_NL: &str = include_str!("../data/template.nl.toml");

/// The columns of the CSV template (`verhuurd init NAME.csv`) with the example row's cells, in
/// the machine notation: the keys a landlord fills in first.
const CSV_TEMPLATE: &[(&str, &str)] = &[
    ("name", ""),
    ("property.woz_value", "300000"),
    ("property.surface_m2", "70"),
    ("property.energy_label", "B"),
    ("property.dwelling", "apartment"),
    ("lease.monthly_rent", "1100"),
    ("lease.segment", "free"),
    ("mortgage.balance", "150000"),
    ("mortgage.interest_pct", "3.9"),
    ("mortgage.repayment", "annuity"),
    ("mortgage.remaining_years", "25"),
    ("costs.maintenance", "1800"),
    ("costs.insurance", "350"),
    ("costs.municipal_charges", "600"),
    ("costs.vacancy_pct", "2"),
    ("owner.bank_balance", "20000"),
    ("plan.years", "10"),
    ("plan.value_growth_pct", "3"),
];

/// The CSV template in `lang`: a header and one example row to overwrite. In Dutch as Dutch
/// Excel writes it (`;`, decimal commas, thousands dots, CRLF, a byte order mark), in English
/// in the machine notation.
fn csv_template(lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let (sep, eol) = if nl { (";", "\r\n") } else { (",", "\n") };
    let cell = |(key, value): &(&str, &str)| -> String {
        match *key {
            "name" if nl => "Voorbeeld (vervang door uw woning)".into(),
            "name" => "Example (replace with your property)".into(),
            _ if nl => match value.split_once('.') {
                Some((a, b)) => format!("{a},{b}"),
                None if value.len() > 3 && value.bytes().all(|b| b.is_ascii_digit()) => {
                    let (a, b) = value.split_at(value.len() - 3);
                    format!("{a}.{b}")
                }
                None => value.to_string(),
            },
            _ => value.to_string(),
        }
    };
    let header: Vec<&str> = CSV_TEMPLATE.iter().map(|(k, _)| *k).collect();
    let row: Vec<String> = CSV_TEMPLATE.iter().map(cell).collect();
    format!(
        "{}{}{eol}{}{eol}",
        if nl { "\u{feff}" } else { "" },
        header.join(sep),
        row.join(sep)
    )
}

/// The template in `lang`.
fn template(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => TEMPLATE_NL,
        Lang::En => TEMPLATE,
    }
}

fn load_rules(lang: Lang, args: &RulesArgs) -> Result<RuleSet, i32> {
    let paths: Vec<&std::path::Path> = args.rule_files.iter().map(|p| p.as_path()).collect();
    RuleSet::with_overrides(&paths).map_err(|e| {
        note(format_args!("verhuurd: {}", e.render(lang)));
        2
    })
}

/// A message on standard error. A standard error that cannot be written to is not a reason to
/// fail (nor to panic, as `eprintln!` would): the message is dropped.
fn note(message: std::fmt::Arguments<'_>) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{}", verhuurd::text::printable(&message.to_string()));
}

/// `verhuurd: ` and the message `id` in `lang`, on standard error.
fn say(lang: Lang, id: Msg, args: &[Arg]) {
    note(format_args!("verhuurd: {}", lang.f(id, args)));
}

/// The exit code of a command that wrote to standard output: its own code when the output was
/// written; 0 when the reader went away (a closed pipe, as in `verhuurd check DIR | head -1`:
/// the reader has all it wanted); 1 with a message in `lang` for any other write error (a full
/// disk).
fn exit_code_in(lang: Lang, written: io::Result<i32>) -> i32 {
    match written {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            say(lang, Msg::ECannotWriteOutput, &[e.to_string().into()]);
            1
        }
    }
}

/// Run `write` on standard output (buffered, flushed at the end): the one output path of every
/// command, so a closed pipe or a write error is handled the same way everywhere.
fn to_stdout(lang: Lang, write: impl FnOnce(&mut dyn Write) -> io::Result<i32>) -> i32 {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    exit_code_in(
        lang,
        write(&mut out).and_then(|code| out.flush().map(|()| code)),
    )
}

/// The subcommands, for a file name that is a typo of one (`verhuurd rule 2026`).
const SUBCOMMANDS: &[&str] = &["init", "rules", "check", "historie", "completions", "man"];

/// The command with every text (help, headings, version line) in `lang`, built.
pub fn command_in(lang: Lang) -> clap::Command {
    let command = help::localize(Cli::command(), lang);
    // Help piped into a file or a pager is as wide as the tables there.
    if io::stdout().is_terminal() {
        command
    } else {
        command.term_width(usize::from(output_width(false)))
    }
}

/// The width of the tables: the terminal's when standard output is one, else 80.
fn output_width(terminal: bool) -> u16 {
    let width = terminal
        .then(terminal_size::terminal_size)
        .flatten()
        .map(|(w, _)| w.0)
        .unwrap_or(verhuurd::output::table::WIDTH);
    width.clamp(60, 200)
}

/// Run the command line. The exit status is 0 when every property was evaluated, 1 when one
/// failed (the others still printed), 2 when the command line or a rules file is wrong.
pub fn run() -> ExitCode {
    ExitCode::from(u8::try_from(status()).unwrap_or(2))
}

/// Run the command line; returns the exit status.
fn status() -> i32 {
    let args = globals_after_subcommand(std::env::args_os().collect());
    let lang = help::lang_of_args(&args);
    let cli = match command_in(lang)
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(c) => c,
        Err(e) => {
            // Help and version go to standard output: a failure to write them (a full disk)
            // is an error, as for any output.
            let printed = e.print().and_then(|()| io::stdout().flush());
            return match printed {
                Ok(()) => e.exit_code(),
                Err(w) => exit_code_in(lang, Err(w)),
            };
        }
    };
    let lang = cli.lang;
    let terminal = io::stdout().is_terminal();
    let style = Style {
        lang,
        color: cli
            .color
            .resolve(terminal, std::env::var_os("NO_COLOR").as_deref()),
        width: output_width(terminal),
        grid: cli.eval.grid,
        explain: cli.eval.explain,
    };
    if style.color {
        // The table's colours go through crossterm, which honours NO_COLOR on its own: the
        // choice made here (`--color always` over NO_COLOR) is the one that holds.
        crossterm::style::force_color_output(true);
    }
    match cli.command {
        Some(Command::Init { path, force }) => init(lang, path, force),
        Some(Command::Rules { year, rules }) => match load_rules(lang, &rules) {
            Ok(set) => print_rules(lang, &set, year),
            Err(code) => code,
        },
        Some(Command::Check { dir, bless, rules }) => match load_rules(lang, &rules) {
            Ok(set) => run_check(lang, &dir, &set, bless),
            Err(code) => code,
        },
        Some(Command::Historie {
            file,
            format,
            explain,
            rules,
        }) => match load_rules(lang, &rules) {
            Ok(set) => historie(lang, &file, &set, format, explain),
            Err(code) => code,
        },
        Some(Command::Completions { shell }) => to_stdout(lang, |out| {
            let mut cmd = command_in(lang);
            clap_complete::generate(shell, &mut cmd, "verhuurd", out);
            Ok(0)
        }),
        Some(Command::Man) => to_stdout(lang, |out| {
            help::man(command_in(lang), lang, out).map(|()| 0)
        }),
        None => evaluate(cli.eval, style),
    }
}

/// `--lang` and `--color` are global, but an option before a subcommand makes the parser take
/// the subcommand for a file (evaluating files and subcommands exclude each other): move the
/// global options that come first to after the subcommand, so `verhuurd --lang en rules 2026`
/// works like `verhuurd rules 2026 --lang en`.
pub fn globals_after_subcommand(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut globals = Vec::new();
    let mut i = 1;
    while let Some(a) = args.get(i).and_then(|a| a.to_str()) {
        if a == "--lang" || a == "--color" {
            globals.extend(args[i..(i + 2).min(args.len())].iter().cloned());
            i += 2;
        } else if a.starts_with("--lang=") || a.starts_with("--color=") {
            globals.push(args[i].clone());
            i += 1;
        } else {
            break;
        }
    }
    let is_subcommand = args
        .get(i)
        .and_then(|a| a.to_str())
        .is_some_and(|a| SUBCOMMANDS.contains(&a));
    if globals.is_empty() || !is_subcommand {
        return args;
    }
    let mut out = vec![args[0].clone(), args[i].clone()];
    out.extend(globals);
    out.extend(args[i + 1..].iter().cloned());
    out
}

fn evaluate(args: EvalArgs, style: Style) -> i32 {
    let lang = style.lang;
    if args.files.is_empty() {
        say(lang, Msg::ENoFiles, &[]);
        // `verhuurd < woning.toml`: the file is on standard input, which is read as `-`.
        if !io::stdin().is_terminal() {
            say(lang, Msg::ENoFilesStdin, &[]);
        }
        return 2;
    }
    // Standard input can be read once.
    if args.files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        say(lang, Msg::EStdinTwice, &[]);
        return 2;
    }
    // A first "file" that does not exist but is a near miss of a subcommand is a typo of it.
    if let Some(first) = args.files.first().and_then(|f| f.to_str())
        && first != "-"
        && !args.files[0].exists()
        && let Some(cmd) = verhuurd::suggest::closest(first, SUBCOMMANDS.iter().copied())
    {
        let rest: Vec<String> = args.files[1..]
            .iter()
            .map(|f| f.display().to_string())
            .collect();
        let suggestion = std::iter::once(cmd.to_string())
            .chain(rest)
            .collect::<Vec<_>>()
            .join(" ");
        say(
            lang,
            Msg::ENotFileNorCommand,
            &[first.into(), suggestion.into()],
        );
        return 2;
    }
    let rules = match load_rules(lang, &args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    // One history file (it has a `[history]` table) is the tegenbewijs over its years.
    if let [file] = args.files.as_slice()
        && args.report.is_none()
        && verhuurd::input::history::is_history_file(file)
    {
        return historie(lang, file, &rules, args.format, args.explain);
    }
    if let Some(y) = args.year
        && rules.year(y).and_then(|r| r.box3.as_ref()).is_none()
    {
        let known: Vec<String> = rules.box3_years().iter().map(|y| y.to_string()).collect();
        say(
            lang,
            Msg::EYearNotInRules,
            &[y.into(), known.join(", ").into()],
        );
        return 2;
    }
    if let Some(path) = &args.report {
        return report::write(&args, path, &rules, lang);
    }
    let format = match (args.format, args.csv_dialect) {
        (Format::Csv, CsvDialect::Nl) => Format::CsvNl,
        (f, CsvDialect::Machine) => f,
        (_, CsvDialect::Nl) => {
            say(lang, Msg::ECsvDialectWithoutCsv, &[]);
            return 2;
        }
    };
    if args.no_years && !matches!(format, Format::Json | Format::Jsonl) {
        say(lang, Msg::ENoYearsWithoutJson, &[]);
        return 2;
    }
    let settings = Settings {
        no_years: args.no_years,
        format,
        year: args.year,
        options: Options {
            // The CSV has no derivation: it is not computed for it.
            explain: args.explain && !matches!(format, Format::Csv | Format::CsvNl),
            grid: args.grid || args.chart.is_some(),
            // The CSV shows keep − sell of each future; a chart draws the bill's years too.
            brief_futures: matches!(format, Format::Csv | Format::CsvNl) && args.chart.is_none(),
            // The CSV shows the warnings' codes and no caveats.
            codes_only: matches!(format, Format::Csv | Format::CsvNl),
        },
        progress: !args.quiet,
        style,
        chart: args.chart,
    };
    let mut err = io::stderr().lock();
    let done = to_stdout(lang, |out| {
        let s = batch::run(
            &batch::sources(&args.files),
            &rules,
            settings,
            out,
            &mut err,
        )?;
        if s.failed > 0 {
            let all =
                verhuurd::i18n::count(lang, s.failed + s.evaluated, Msg::Woning, Msg::Woningen);
            let _ = writeln!(
                err,
                "verhuurd: {}",
                lang.f(Msg::EFailed, &[s.failed.to_string().into(), all.into()])
            );
        }
        Ok(i32::from(s.failed > 0 || s.chart_failed))
    });
    drop(err);
    done
}

fn init(lang: Lang, path: Option<PathBuf>, force: bool) -> i32 {
    let path = path.unwrap_or_else(|| PathBuf::from("woning.toml"));
    if path.as_os_str() == "-" {
        return to_stdout(lang, |out| {
            out.write_all(template(lang).as_bytes()).map(|()| 0)
        });
    }
    let shown = path.display().to_string();
    if path.exists() && !force {
        say(lang, Msg::EExists, &[shown.into()]);
        return 1;
    }
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let text = if is_csv {
        csv_template(lang)
    } else {
        template(lang).to_string()
    };
    match std::fs::write(&path, text) {
        Ok(()) => {
            note(format_args!("{}", lang.f(Msg::Wrote, &[shown.into()])));
            0
        }
        Err(e) => {
            say(
                lang,
                Msg::ECannotWrite,
                &[shown.into(), e.to_string().into()],
            );
            1
        }
    }
}

fn print_rules(lang: Lang, set: &RuleSet, year: Option<i32>) -> i32 {
    let year = year.unwrap_or_else(|| set.latest_year());
    match verhuurd::output::rules::render(
        set,
        year,
        lang,
        usize::from(output_width(std::io::stdout().is_terminal())),
    ) {
        Some(text) => to_stdout(lang, |out| out.write_all(text.as_bytes()).map(|()| 0)),
        None => {
            let known: Vec<String> = set.years.keys().map(|y| y.to_string()).collect();
            say(
                lang,
                Msg::ENoRulesFor,
                &[year.into(), known.join(", ").into()],
            );
            2
        }
    }
}

/// `verhuurd historie FILE`: the tegenbewijs of every year of the history; exit 1 when the
/// file has errors (written to standard error with file, line and column).
fn historie(
    lang: Lang,
    file: &std::path::Path,
    set: &RuleSet,
    format: Format,
    explain: bool,
) -> i32 {
    match verhuurd::output::history::run_file(file, set, format, lang, explain) {
        Ok(text) => to_stdout(lang, |out| out.write_all(text.as_bytes()).map(|()| 0)),
        Err(e) => {
            eprintln!("{}", e.render(lang));
            1
        }
    }
}

fn run_check(lang: Lang, dir: &std::path::Path, set: &RuleSet, bless: bool) -> i32 {
    let shown = dir.display().to_string();
    let cases = match check::cases(dir) {
        Ok(c) => c,
        Err(e) => {
            say(
                lang,
                Msg::ECannotRead,
                &[shown.into(), e.to_string().into()],
            );
            return 2;
        }
    };
    if cases.is_empty() {
        say(lang, Msg::ENoCases, &[shown.into()]);
        return 2;
    }
    to_stdout(lang, |out| check_cases(lang, &cases, set, bless, out))
}

/// Each case on a line, led by a fixed tag for scripts (`ok`, `blessed`, `MISSING`, `MOVED`,
/// `ERROR`), the rest in `lang`.
fn check_cases(
    lang: Lang,
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
                let text = lang.f(
                    Msg::CheckMissing,
                    &[
                        name.to_string().into(),
                        case.expected.display().to_string().into(),
                    ],
                );
                writeln!(out, "MISSING  {text}")?;
            }
            Ok(CaseResult::Moved { diff }) => {
                failed += 1;
                let text = lang.f(Msg::CheckMoved, &[name.to_string().into()]);
                writeln!(out, "MOVED    {text}\n{diff}")?;
            }
            Err(e) => {
                failed += 1;
                writeln!(out, "ERROR    {name}: {e}")?;
            }
        }
        // Show each case as it is done.
        out.flush()?;
    }
    writeln!(
        out,
        "{}",
        lang.f(
            Msg::CheckSummary,
            &[cases.len().to_string().into(), failed.to_string().into()]
        )
    )?;
    Ok(i32::from(failed > 0))
}

#[cfg(test)]
mod tests {
    /// Both templates hold the same keys and values; only the comments differ.
    #[test]
    fn the_templates_differ_only_in_comments() {
        let strip = |t: &str| {
            t.lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .map(|l| l.split('#').next().unwrap_or("").trim_end().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(super::TEMPLATE), strip(super::TEMPLATE_NL));
    }

    #[test]
    fn colour_auto_follows_the_terminal_and_no_color() {
        // The rule of auto, as the command applies it.
        use super::ColorChoice;
        let set = Some(std::ffi::OsStr::new("1"));
        let empty = Some(std::ffi::OsStr::new(""));
        assert!(ColorChoice::Auto.resolve(true, None));
        assert!(
            ColorChoice::Auto.resolve(true, empty),
            "an empty NO_COLOR is unset"
        );
        assert!(!ColorChoice::Auto.resolve(true, set));
        assert!(!ColorChoice::Auto.resolve(false, None));
        assert!(ColorChoice::Always.resolve(false, set));
        assert!(!ColorChoice::Never.resolve(true, None));
    }

    #[test]
    fn every_argument_has_help() {
        use clap::CommandFactory;
        fn check(cmd: &clap::Command) {
            for a in cmd.get_arguments() {
                if a.get_id() == "help" || a.get_id() == "version" {
                    continue;
                }
                assert!(
                    a.get_help().is_some(),
                    "{} {} has no help",
                    cmd.get_name(),
                    a.get_id()
                );
            }
            for s in cmd.get_subcommands() {
                check(s);
            }
        }
        check(&super::Cli::command());
        // The command as it runs: every argument and subcommand in each language, its text from
        // the catalogue (so the two languages differ).
        use verhuurd::i18n::Lang;
        let (nl, en) = (super::command_in(Lang::Nl), super::command_in(Lang::En));
        check(&nl);
        check(&en);
        fn differ(nl: &clap::Command, en: &clap::Command) {
            assert_ne!(
                nl.get_about().map(|a| a.to_string()),
                en.get_about().map(|a| a.to_string()),
                "{}",
                nl.get_name()
            );
            for a in nl.get_arguments() {
                let b = en
                    .get_arguments()
                    .find(|b| b.get_id() == a.get_id())
                    .unwrap();
                assert_ne!(
                    a.get_help().map(|h| h.to_string()),
                    b.get_help().map(|h| h.to_string()),
                    "{} {}",
                    nl.get_name(),
                    a.get_id()
                );
            }
            for s in nl.get_subcommands() {
                differ(s, en.find_subcommand(s.get_name()).unwrap());
            }
        }
        differ(&nl, &en);
    }
}
