//! Runs every rule corpus: the surface forms each grammar must read, with
//! their values, and the strings it must leave alone.
//!
//! Corpus files are `src/<grammar>/corpus/*.txt`, one case a line,
//! tab-separated:
//!
//! ```text
//! # a comment
//! 55 مليار متر مكعب سنويا	quantity	value=5.5e10	unit=m3	per=year
//! اتفاق مدتها [20 عاماً] مع روسيا	duration	value=20	unit=year
//! !استراتيجية
//! !ذهاب الوفد	date
//! ```
//!
//! A positive line names the expected figure's span with `[...]` (the whole
//! line when there are no brackets), its kind, and the fields it must have;
//! fields not named are not checked. A line starting with `!` must yield no
//! figure at all, or, when a kind follows, no figure of that kind.
//!
//! A line `@reference 2024-03-15` gives the lines after it, to the end of
//! the file or the next such line, that reference date (the option
//! `reference_date`); `@reference none` takes it away again.

// The corpus format is tab-separated, and the doc shows it as it is written.
#![allow(clippy::tabs_in_doc_comments)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use khabar::{analyze, Figure, Options};

fn corpus_files() -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for grammar in std::fs::read_dir(&src).expect("src/ is readable") {
        let corpus = grammar.expect("src/ entry").path().join("corpus");
        if let Ok(entries) = std::fs::read_dir(&corpus) {
            files.extend(
                entries
                    .map(|e| e.expect("corpus entry").path())
                    .filter(|p| p.extension().is_some_and(|e| e == "txt")),
            );
        }
    }
    files.sort();
    files
}

#[test]
fn every_corpus_line_holds() {
    let mut failures = String::new();
    let (mut positives, mut negatives) = (0, 0);
    for file in corpus_files() {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let content = std::fs::read_to_string(&file).expect("corpus file is UTF-8");
        let mut options = Options::default();
        for (number, line) in content.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(date) = line.strip_prefix("@reference ") {
                options.reference_date = Some(date.trim().to_string()).filter(|d| d != "none");
                continue;
            }
            let outcome = match line.strip_prefix('!') {
                Some(negative) => {
                    negatives += 1;
                    check_negative(negative, &options)
                }
                None => {
                    positives += 1;
                    check_positive(line, &options)
                }
            };
            if let Err(why) = outcome {
                let _ = writeln!(failures, "{name}:{}: {line}\n    {why}", number + 1);
            }
        }
    }
    println!("corpus: {positives} positive and {negatives} negative lines");
    assert!(failures.is_empty(), "corpus failures:\n{failures}");
}

fn figures_of(text: &str, options: &Options) -> Vec<Figure> {
    analyze(text, options)
        .expect("corpus lines are analysable")
        .figures
}

fn check_negative(line: &str, options: &Options) -> Result<(), String> {
    let mut fields = line.split('\t');
    let text = fields.next().unwrap_or_default();
    let kind = fields.next();
    let unwanted: Vec<Figure> = figures_of(text, options)
        .into_iter()
        .filter(|f| kind.map_or(true, |k| f.kind.as_str() == k))
        .collect();
    match unwanted.first() {
        None => Ok(()),
        Some(f) => Err(format!(
            "must not match, but found {} {:?}",
            f.kind.as_str(),
            f.text
        )),
    }
}

fn check_positive(line: &str, options: &Options) -> Result<(), String> {
    let mut fields = line.split('\t');
    let marked = fields.next().unwrap_or_default();
    let kind = fields.next().ok_or("no kind given")?;
    let (text, span) = match (marked.find('['), marked.rfind(']')) {
        (Some(open), Some(close)) if open < close => {
            let text = format!(
                "{}{}{}",
                &marked[..open],
                &marked[open + 1..close],
                &marked[close + 1..]
            );
            (text, marked[open + 1..close].to_string())
        }
        _ => (marked.to_string(), marked.to_string()),
    };
    let figures = figures_of(&text, options);
    let Some(figure) = figures
        .iter()
        .find(|f| f.kind.as_str() == kind && f.text == span)
    else {
        let found: Vec<String> = figures
            .iter()
            .map(|f| format!("{} {:?}", f.kind.as_str(), f.text))
            .collect();
        return Err(format!(
            "expected {kind} {span:?}, found [{}]",
            found.join(", ")
        ));
    };
    for field in fields.filter(|f| !f.is_empty()) {
        let (name, want) = field.split_once('=').unwrap_or((field, "true"));
        let got = field_value(figure, name)?;
        if !same(&got, want) {
            return Err(format!("{name}: expected {want}, got {got}"));
        }
    }
    Ok(())
}

fn field_value(figure: &Figure, name: &str) -> Result<String, String> {
    let json = serde_json::to_value(figure).unwrap();
    if ![
        "value", "min", "max", "unit", "per", "approx", "bound", "subject", "grain", "calendar",
        "hijri", "warning",
    ]
    .contains(&name)
    {
        return Err(format!("unknown field {name}"));
    }
    Ok(match json.get(name) {
        None => "(none)".to_string(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    })
}

/// Numbers compare by value (`5.5e10` equals `55000000000.0`), the rest as text.
fn same(got: &str, want: &str) -> bool {
    match (got.parse::<f64>(), want.parse::<f64>()) {
        (Ok(g), Ok(w)) => (g - w).abs() <= 1e-9 * w.abs().max(1.0),
        _ => got == want,
    }
}

#[test]
fn number_values_compare_by_value() {
    assert!(same("55000000000.0", "5.5e10"));
    assert!(!same("2.0", "3"));
}
