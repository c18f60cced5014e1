//! The library's layers only look down: the order `src/lib.rs` states under "The layers" (a
//! numbered list, each item naming its modules before the colon), and every `crate::` path
//! under `src/` (a `use`, a path in an expression, a `serialize_with` string) naming a module of
//! its own layer or a lower one. A path that looks up fails the test with its file and line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The layer of each top-level module, from `lib.rs`'s documentation (1 is the bottom): the
/// names before the colon of each numbered item, each in backticks, linked (`[`x`]`, `[`mod@x`]`
/// where a function shares the name) or not (a private module).
fn layers(lib: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for line in lib.lines() {
        let Some(item) = line.strip_prefix("//! ") else {
            continue;
        };
        let Some((number, rest)) = item.split_once(". ") else {
            continue;
        };
        let Ok(layer) = number.parse::<usize>() else {
            continue;
        };
        let names = rest.split_once(':').map_or(rest, |(names, _)| names);
        for name in names.split(", ") {
            let name = name
                .trim()
                .trim_matches(['[', ']', '`'])
                .trim_start_matches("mod@");
            assert!(
                out.insert(name.to_string(), layer).is_none(),
                "lib.rs names `{name}` in two layers"
            );
        }
    }
    out
}

/// `text` without its comments (line comments, doc comments, block comments), each line kept
/// in its place so that line numbers stay right.
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_block, mut in_string) = (0usize, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if in_block > 0 {
            match (c, next) {
                ('*', Some('/')) => {
                    chars.next();
                    in_block -= 1;
                }
                ('/', Some('*')) => {
                    chars.next();
                    in_block += 1;
                }
                ('\n', _) => out.push('\n'),
                _ => {}
            }
            continue;
        }
        match (c, next) {
            // A quote as a character (`'"'`) opens no string.
            ('\'', Some('"')) if !in_string => {
                out.push(c);
                out.push(chars.next().unwrap());
            }
            ('\\', Some(_)) if in_string => {
                out.push(c);
                out.push(chars.next().unwrap());
            }
            ('"', _) => {
                in_string = !in_string;
                out.push(c);
            }
            ('/', Some('/')) if !in_string => {
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
            }
            ('/', Some('*')) if !in_string => {
                chars.next();
                in_block = 1;
            }
            _ => out.push(c),
        }
    }
    out
}

/// The module a path names first, given the path's segments after `crate::`: a top-level
/// module, or a name `lib.rs` re-exports (`crate::box3` is `calc`'s).
fn module_of<'a>(first: &'a str, reexports: &'a BTreeMap<String, String>) -> &'a str {
    reexports.get(first).map_or(first, String::as_str)
}

/// The first segment of each item of a `{...}` group starting at `text[0] == '{'`.
fn group_heads(text: &str) -> Vec<(usize, String)> {
    let mut heads = Vec::new();
    let (mut depth, mut start) = (0usize, 1usize);
    for (i, c) in text.char_indices() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    start = i + 1;
                }
            }
            ',' | '}' if depth == 1 => {
                let item = &text[start..i];
                let lead = item.len() - item.trim_start().len();
                let head: String = item
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !head.is_empty() && head != "self" {
                    heads.push((start + lead, head));
                }
                start = i + 1;
                if c == '}' {
                    return heads;
                }
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    heads
}

/// Each `crate::` path of `code` as (byte offset, first segment).
fn crate_paths(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if rest.starts_with('{') {
            for (offset, head) in group_heads(rest) {
                out.push((at + "crate::".len() + offset, head));
            }
        } else {
            let head: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push((at, head));
        }
    }
    out
}

/// The names `lib.rs` re-exports at the crate's root, each with the module it comes from.
fn reexports(lib_code: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for statement in lib_code.split(';') {
        let Some(path) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let path = path
            .trim_start_matches("crate::")
            .trim_start_matches("self::");
        let (module, rest) = path.split_once("::").unwrap_or((path, ""));
        let items: Vec<&str> = match rest.trim().strip_prefix('{') {
            Some(group) => group.trim_end_matches('}').split(',').collect(),
            None => vec![rest],
        };
        for item in items {
            let item = item.trim();
            let name = match item.split_once(" as ") {
                Some((_, alias)) => alias.trim(),
                None => item.rsplit("::").next().unwrap_or(item),
            };
            if !name.is_empty() {
                out.insert(name.to_string(), module.trim().to_string());
            }
        }
    }
    out
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

/// The imports that look up: `file:line: module (layer n) names crate::x (layer m)`, for each
/// file given as (path relative to `src/`, text).
fn upward(lib: &str, files: &[(String, String)]) -> Vec<String> {
    let layer = layers(lib);
    let reexported = reexports(&code(lib));
    // The binary's own modules (`mod cli;` in main.rs) are not the library's.
    let binary: Vec<String> = files
        .iter()
        .find(|(p, _)| p == "main.rs")
        .map(|(_, t)| {
            code(t)
                .lines()
                .filter_map(|l| l.trim().strip_prefix("mod ")?.strip_suffix(';'))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let mut problems = Vec::new();
    for (path, text) in files {
        let top = path.split(['/', '.']).next().unwrap_or_default();
        if matches!(top, "lib" | "main") || binary.iter().any(|b| b == top) {
            continue;
        }
        let Some(&own) = layer.get(top) else {
            problems.push(format!(
                "src/{path}: module `{top}` is in no layer of lib.rs"
            ));
            continue;
        };
        let code = code(text);
        for (at, head) in crate_paths(&code) {
            let module = module_of(&head, &reexported);
            let line = code[..at].matches('\n').count() + 1;
            match layer.get(module) {
                None => problems.push(format!(
                    "src/{path}:{line}: `crate::{head}` is no module of a layer of lib.rs"
                )),
                Some(&theirs) if module != top && theirs >= own => problems.push(format!(
                    "src/{path}:{line}: `{top}` (layer {own}) imports `crate::{head}` \
                     (`{module}`, layer {theirs})"
                )),
                Some(_) => {}
            }
        }
    }
    problems
}

#[test]
fn every_import_looks_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths.sort();
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(p).expect("a source file"))
        })
        .collect();
    // Every module of lib.rs has its layer.
    let layer = layers(&lib);
    for line in code(&lib).lines() {
        if let Some(m) = line
            .trim()
            .strip_prefix("pub mod ")
            .or(line.trim().strip_prefix("mod "))
        {
            let m = m.trim_end_matches(';');
            assert!(layer.contains_key(m), "lib.rs states no layer for `{m}`");
        }
    }
    let problems = upward(&lib, &files);
    assert!(
        problems.is_empty(),
        "imports that look up:\n{}",
        problems.join("\n")
    );
}

#[test]
fn an_import_that_looks_up_is_found_with_its_line() {
    let lib = "//! 1. [`text`]: a leaf.\n//! 2. [`error`], [`other`]: errors.\n//! 3. [`output`]: out.\n\
               pub mod error;\npub mod output;\npub mod text;\npub use output::{Render as R, printable};\n";
    let error = "//! crate::output in a comment is no import\nuse crate::text::printable;\n\
                 fn f() -> String {\n    crate::printable(\"x\").into()\n}\n\
                 use crate::{text, other::Y};\n";
    let files = vec![
        ("error.rs".to_string(), error.to_string()),
        (
            "output/mod.rs".to_string(),
            "use crate::{error, text::one_line};\n".to_string(),
        ),
        (
            "text.rs".to_string(),
            "/* crate::error */ fn g() {}\n".to_string(),
        ),
    ];
    assert_eq!(
        upward(lib, &files),
        vec![
            "src/error.rs:4: `error` (layer 2) imports `crate::printable` (`output`, layer 3)",
            "src/error.rs:6: `error` (layer 2) imports `crate::other` (`other`, layer 2)",
        ]
    );
}
