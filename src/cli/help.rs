//! `--help`, the man page, the completions' descriptions and the version line in the language of
//! the output: Dutch by default, English with `--lang en`.
//!
//! clap parses `--lang` itself, so the language of the help is read from the arguments before
//! the command is built ([`lang_of_args`]); [`localize`] then gives every argument, subcommand
//! and heading its text from the catalogue. clap's own words (its headings, `Usage:`,
//! `[OPTIONS]`, `[default: ...]`, `Possible values:`, the help flag) are replaced or hidden: the
//! defaults and the values of an option are named in its help text.

use std::ffi::OsString;
use std::io::{self, Write};

use clap::{Arg, ArgAction, Command};

use verhuurd::i18n::{Lang, Msg};

/// The language the arguments ask for: the last `--lang en`, `--lang=en` (or `nl`) before a
/// `--`; Dutch when none.
pub fn lang_of_args(args: &[OsString]) -> Lang {
    let mut lang = Lang::default();
    let mut it = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "--lang" {
            it.next()
        } else {
            a.strip_prefix("--lang=")
        };
        match value {
            Some("en") => lang = Lang::En,
            Some("nl") => lang = Lang::Nl,
            _ => {}
        }
    }
    lang
}

/// The help text and value name of argument `id` of subcommand `command` (`verhuurd` for the
/// top level).
fn arg_texts(command: &str, id: &str) -> Option<(Msg, Option<Msg>)> {
    Some(match (command, id) {
        (_, "files") => (Msg::CliFiles, Some(Msg::CliFile)),
        (_, "format") => (Msg::CliFormat, Some(Msg::CliFormatName)),
        ("rules", "year") => (Msg::CliRulesYear, Some(Msg::CliYearName)),
        (_, "year") => (Msg::CliYear, Some(Msg::CliYearName)),
        (_, "rule_files") => (Msg::CliRules, Some(Msg::CliFile)),
        (_, "explain") => (Msg::CliExplain, None),
        (_, "quiet") => (Msg::CliQuiet, None),
        (_, "chart") => (Msg::CliChart, Some(Msg::CliChartName)),
        (_, "grid") => (Msg::CliGrid, None),
        (_, "report") => (Msg::CliReport, Some(Msg::CliReportFile)),
        (_, "report_name") => (Msg::CliReportName, Some(Msg::CliNameName)),
        (_, "report_date") => (Msg::CliReportDate, Some(Msg::CliDateName)),
        (_, "lang") => (Msg::CliLang, Some(Msg::CliLangName)),
        (_, "color") => (Msg::CliColor, Some(Msg::CliColorName)),
        ("init", "path") => (Msg::CliInitPath, Some(Msg::CliPathName)),
        ("init", "force") => (Msg::CliInitForce, None),
        ("check", "dir") => (Msg::CliCheckDir, Some(Msg::CliDirName)),
        ("check", "bless") => (Msg::CliCheckBless, None),
        ("historie", "file") => (Msg::CliHistorieFile, Some(Msg::CliFile)),
        ("completions", "shell") => (Msg::CliShell, None),
        _ => return None,
    })
}

/// The about line and usage of a subcommand.
fn command_texts(name: &str) -> Option<(Msg, Msg)> {
    Some(match name {
        "init" => (Msg::CliInit, Msg::CliInitUsage),
        "rules" => (Msg::CliRulesCmd, Msg::CliRulesUsage),
        "check" => (Msg::CliCheck, Msg::CliCheckUsage),
        "historie" => (Msg::CliHistorie, Msg::CliHistorieUsage),
        "completions" => (Msg::CliCompletions, Msg::CliCompletionsUsage),
        "man" => (Msg::CliMan, Msg::CliManUsage),
        _ => return None,
    })
}

/// clap's help template with the usage heading in `lang`.
fn template(lang: Lang) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.t(Msg::CliUsageHeading)
    )
}

fn localize_arg(a: Arg, command: &str, lang: Lang) -> Arg {
    let heading = if a.is_positional() {
        Msg::CliArguments
    } else {
        Msg::CliOptions
    };
    let mut a = a.help_heading(lang.t(heading));
    if a.get_action().takes_values() {
        a = a.hide_default_value(true).hide_possible_values(true);
    }
    if let Some((help, value_name)) = arg_texts(command, a.get_id().as_str()) {
        a = a.help(lang.t(help)).long_help(None);
        if let Some(v) = value_name {
            a = a.value_name(lang.t(v));
        }
    }
    a
}

/// The texts every command shares: the template, the headings, its arguments, the help flag.
fn localize_common(cmd: Command, lang: Lang) -> Command {
    let name = cmd.get_name().to_string();
    cmd.help_template(template(lang))
        .subcommand_help_heading(lang.t(Msg::CliCommands))
        .subcommand_value_name(lang.t(Msg::CliCommandName))
        .mut_args(|a| localize_arg(a, &name, lang))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(lang.t(Msg::CliHelpFlag))
                .help_heading(lang.t(Msg::CliOptions))
                .display_order(1000),
        )
}

/// `cmd` (the derived command) with every text in `lang`, built.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    let version: &'static str = Box::leak(version(lang).into_boxed_str());
    let cmd = localize_common(cmd, lang)
        .about(lang.t(Msg::CliAbout))
        .long_about(None)
        .after_help(lang.t(Msg::CliExamples))
        .after_long_help(None)
        .override_usage(lang.t(Msg::CliUsage))
        .version(version)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(lang.t(Msg::CliVersionFlag))
                .help_heading(lang.t(Msg::CliOptions))
                .display_order(1001),
        )
        .mut_subcommands(|s| {
            let texts = command_texts(s.get_name());
            let s = localize_common(s, lang);
            match texts {
                Some((about, usage)) => s
                    .about(lang.t(about))
                    .long_about(None)
                    .override_usage(lang.t(usage)),
                None => s,
            }
        });
    // clap adds its `help` subcommand when the command is built: build, then give it its texts.
    let mut cmd = cmd;
    cmd.build();
    if cmd.find_subcommand("help").is_some() {
        cmd = cmd.mut_subcommand("help", |h| {
            h.about(lang.t(Msg::CliHelpCommand))
                .override_usage(lang.t(Msg::CliHelpUsage))
                .help_template(template(lang))
                .subcommand_help_heading(lang.t(Msg::CliCommands))
                .subcommand_value_name(lang.t(Msg::CliCommandName))
                .mut_subcommands(|s| {
                    if s.get_name() == "help" {
                        s.about(lang.t(Msg::CliHelpCommand))
                    } else {
                        s
                    }
                })
        });
    }
    cmd
}

/// The version line: the package version and the rule years built in.
pub fn version(lang: Lang) -> String {
    let v = env!("CARGO_PKG_VERSION");
    let Ok(set) = verhuurd::rules::RuleSet::built_in() else {
        return v.to_string();
    };
    let years: Vec<i32> = set.years.keys().copied().collect();
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => lang.t(Msg::VersionNone).to_string(),
    };
    let provisional: Vec<String> = set
        .years
        .iter()
        .filter(|(_, r)| r.provisional)
        .map(|(y, _)| y.to_string())
        .collect();
    let provisional = if provisional.is_empty() {
        String::new()
    } else {
        lang.f(Msg::VersionProvisional, &[provisional.join(", ").into()])
    };
    let bill = match set.werkelijk_rendement_from() {
        Some(from) => lang.f(Msg::VersionBill, &[from.into()]),
        None => String::new(),
    };
    lang.f(
        Msg::Version,
        &[v.into(), span.into(), provisional.into(), bill.into()],
    )
}

/// The manual page of `cmd` (localized) in roff, its section titles in `lang`.
pub fn man(cmd: Command, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    // The section title says "examples": the text under it without its own heading.
    let examples = lang.t(Msg::CliExamples);
    let examples = examples.split_once('\n').map_or(examples, |(_, rest)| rest);
    let mut roff = Vec::new();
    clap_mangen::Man::new(cmd.after_help(examples)).render(&mut roff)?;
    let roff = String::from_utf8(roff).map_err(io::Error::other)?;
    for line in roff.split_inclusive('\n') {
        let Some(title) = line.strip_prefix(".SH ") else {
            out.write_all(line.as_bytes())?;
            continue;
        };
        let title = title.trim_end();
        let shown = match title {
            "NAME" => lang.t(Msg::ManName).to_string(),
            "SYNOPSIS" => lang.t(Msg::ManSynopsis).to_string(),
            "DESCRIPTION" => lang.t(Msg::ManDescription).to_string(),
            "EXTRA" => lang.t(Msg::ManExtra).to_string(),
            "VERSION" => lang.t(Msg::ManVersion).to_string(),
            other => other.to_uppercase(),
        };
        writeln!(out, ".SH {shown}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_before_clap() {
        assert_eq!(lang_of_args(&args(&["verhuurd", "--help"])), Lang::Nl);
        assert_eq!(
            lang_of_args(&args(&["verhuurd", "--lang", "en", "--help"])),
            Lang::En
        );
        assert_eq!(
            lang_of_args(&args(&["verhuurd", "rules", "--lang=en"])),
            Lang::En
        );
        assert_eq!(
            lang_of_args(&args(&["verhuurd", "--lang", "en", "--lang", "nl"])),
            Lang::Nl
        );
        assert_eq!(
            lang_of_args(&args(&["verhuurd", "--", "--lang", "en"])),
            Lang::Nl
        );
    }
}
