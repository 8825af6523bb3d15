//! The khabar command line: files in, JSON lines out.
//!
//! ```text
//! khabar [--reference-date YYYY-MM-DD] [--max-bytes N] FILE...
//! khabar --jsonl < in.jsonl > out.jsonl
//! ```
//!
//! Offsets are UTF-16 code units, as in the JavaScript API, so that the two
//! give identical JSON. A file that cannot be read, is not UTF-8 or is too
//! large is reported on stderr; the others are still processed and the exit
//! status is 1.

use std::io::{self, BufRead, BufWriter, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

use serde::Deserialize;
use serde_json::Value;

use khabar::{analyze, Analysis, Options};

const USAGE: &str = "usage: khabar [--reference-date YYYY-MM-DD] [--max-bytes N] FILE...
       khabar [--reference-date YYYY-MM-DD] [--max-bytes N] --jsonl < input.jsonl

Prints one JSON line per file: {\"file\", \"figures\", \"entities\", \"nationalities\"}.
With --jsonl, reads lines of {\"id\", \"text\", \"reference_date\"?} and writes
{\"id\", \"figures\", \"entities\", \"nationalities\"} lines in the same order.";

fn main() -> ExitCode {
    let mut options = Options::default();
    let mut jsonl = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("khabar {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "--jsonl" => jsonl = true,
            "--reference-date" => match args.next() {
                Some(date) => options.reference_date = Some(date),
                None => return usage_error("--reference-date needs a date"),
            },
            "--max-bytes" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => options.max_bytes = n,
                None => return usage_error("--max-bytes needs a whole number"),
            },
            flag if flag.starts_with("--") => {
                return usage_error(&format!("unknown option {flag}"))
            }
            _ => files.push(arg),
        }
    }
    // Panics become per-document errors; the default hook would also print them.
    panic::set_hook(Box::new(|_| {}));
    let ok = if jsonl {
        if !files.is_empty() {
            return usage_error("--jsonl reads standard input and takes no files");
        }
        run_jsonl(&options)
    } else {
        if files.is_empty() {
            return usage_error("no files given");
        }
        run_files(&files, &options)
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("khabar: {message}\n{USAGE}");
    ExitCode::from(2)
}

/// Analyses each file; returns whether all of them could be analysed.
fn run_files(files: &[String], options: &Options) -> bool {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    for file in files {
        let result = std::fs::read(file)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(decode)
            .and_then(|text| analyze_safely(&text, options));
        match result {
            Ok(analysis) => write_line(&mut out, ("file", &Value::from(file.as_str())), analysis),
            Err(message) => {
                eprintln!("khabar: {file}: {message}");
                ok = false;
            }
        }
    }
    out.flush().is_ok() && ok
}

#[derive(Deserialize)]
struct Document {
    id: Value,
    text: String,
    reference_date: Option<String>,
}

/// Analyses each JSON line of standard input; returns whether all could be.
fn run_jsonl(options: &Options) -> bool {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    for (number, line) in io::stdin().lock().split(b'\n').enumerate() {
        let line_number = number + 1;
        let result = line
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(decode)
            .and_then(|line| {
                if line.trim().is_empty() {
                    return Ok(None);
                }
                serde_json::from_str::<Document>(&line)
                    .map(Some)
                    .map_err(|e| format!("not a {{\"id\", \"text\"}} object: {e}"))
            });
        let document = match result {
            Ok(Some(document)) => document,
            Ok(None) => continue,
            Err(message) => {
                eprintln!("khabar: line {line_number}: {message}");
                ok = false;
                continue;
            }
        };
        let options = Options {
            reference_date: document
                .reference_date
                .or_else(|| options.reference_date.clone()),
            ..options.clone()
        };
        match analyze_safely(&document.text, &options) {
            Ok(analysis) => write_line(&mut out, ("id", &document.id), analysis),
            Err(message) => {
                eprintln!("khabar: line {line_number} (id {}): {message}", document.id);
                let _ = writeln!(
                    out,
                    "{{\"id\":{},\"error\":{}}}",
                    document.id,
                    Value::from(message)
                );
                ok = false;
            }
        }
    }
    out.flush().is_ok() && ok
}

/// Checks that bytes are text: UTF-8 (a BOM is dropped) and not binary.
fn decode(mut bytes: Vec<u8>) -> Result<String, String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if bytes.contains(&0) {
        return Err("binary data (NUL bytes), not text".into());
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

fn analyze_safely(text: &str, options: &Options) -> Result<Analysis, String> {
    match panic::catch_unwind(AssertUnwindSafe(|| analyze(text, options))) {
        Ok(Ok(analysis)) => Ok(analysis.into_utf16_offsets(text)),
        Ok(Err(error)) => Err(format!("{} ({})", error, error.code().as_str())),
        Err(_) => Err(
            "internal error: the analyser failed on this text (E_INTERNAL); please report it"
                .into(),
        ),
    }
}

/// Writes one JSON line: the `head` field (`"file"` or `"id"`) first, then
/// the analysis's fields.
fn write_line(out: &mut impl Write, head: (&str, &Value), analysis: Analysis) {
    let body = serde_json::to_string(&analysis).expect("an analysis is always serialisable");
    let head = format!("{{{}:{},", Value::from(head.0), head.1);
    // A closed stdout (e.g. `| head`) ends the output; nothing else to do.
    let _ = writeln!(out, "{head}{}", &body[1..]);
}
