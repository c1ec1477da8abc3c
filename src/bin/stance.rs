//! Command line on the same core as the page: `stance analyze <files or folders…> --format json`.

use clap::{Parser, Subcommand, ValueEnum};
use stance::{DocumentReport, Engine};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    version,
    about = "Compare where documents stand on Internet-governance dimensions"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Score documents and print the result.
    Analyze {
        /// Files, or folders to read every .txt/.md/.html/.docx file from (README files skipped).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
}

#[derive(serde::Serialize)]
struct Output {
    documents: Vec<DocumentReport>,
    errors: Vec<String>,
}

const DOCUMENT_EXTENSIONS: [&str; 5] = ["txt", "md", "html", "htm", "docx"];

fn main() -> ExitCode {
    let Command::Analyze { paths, format } = Cli::parse().command;
    let engine = match Engine::new() {
        Ok(engine) => engine,
        Err(e) => {
            eprintln!("stance: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut output = Output {
        documents: Vec::new(),
        errors: Vec::new(),
    };
    let files: Vec<PathBuf> = paths
        .iter()
        .flat_map(|p| document_files(p, &mut output.errors))
        .collect();
    for file in files {
        let path = file.display().to_string();
        let id = file
            .file_stem()
            .map_or(path.clone(), |s| s.to_string_lossy().into_owned());
        match std::fs::read(&file) {
            Ok(bytes) => match engine.analyze(&id, &path, &bytes) {
                Ok(report) => output.documents.push(report),
                Err(e) => output.errors.push(e.to_string()),
            },
            Err(e) => output.errors.push(format!("{path}: {e}")),
        }
    }
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&output).expect("reports serialise")
        ),
    }
    for error in &output.errors {
        eprintln!("stance: {error}");
    }
    if output.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The file itself, or the document files of a folder (recursively, sorted by path).
fn document_files(path: &Path, errors: &mut Vec<String>) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    let mut pending = vec![path.to_owned()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                errors.push(format!("{}: {e}", dir.display()));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_readme = path
                .file_stem()
                .is_some_and(|stem| stem.eq_ignore_ascii_case("readme"));
            if path.is_dir() {
                pending.push(path);
            } else if !is_readme
                && path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| DOCUMENT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
