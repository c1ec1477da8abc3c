//! Command line on the same core as the page: `stance analyze <files or folders…> --format
//! json|csv`, and `stance evaluate <folder> --labels <tsv>` to check scores against labels.

use clap::{Parser, Subcommand, ValueEnum};
use stance::compare::{auc, compare, spearman, Compared};
use stance::engine::Analysis;
use stance::{dimension, DocumentReport, Engine};
use std::collections::{BTreeMap, HashMap, HashSet};
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
    /// A dimension file to add (see data/dimensions/README.md), UTF-8 or UTF-16 with a byte
    /// order mark; one with a default's id replaces it. May be given several times; of two with
    /// one id, the later is used.
    #[arg(long = "dimension", global = true)]
    dimensions: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Score documents and print the result.
    Analyze {
        /// Files, or folders to read every .txt, .md, .html, .htm and .docx file from (README
        /// files skipped; PDFs are named on stderr as unread: extract their text first).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Score a folder and measure, per dimension, how well the scores separate the groups of each
    /// label column (AUC of one group against another) or follow a numeric column (Spearman's ρ).
    Evaluate {
        folder: PathBuf,
        /// Tab-separated, with a header; the first column is the file name without extension.
        #[arg(long)]
        labels: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Everything: scores, intervals, evidence, hits by voice, and the comparison.
    Json,
    /// One row per document and dimension, with the interval.
    Csv,
}

/// Groups smaller than this are left out of the AUC table: one document is an anecdote.
const MIN_GROUP: usize = 2;

/// The files of a folder that are read. The analysis help lists them; a test checks it does.
const DOCUMENT_EXTENSIONS: [&str; 5] = ["txt", "md", "html", "htm", "docx"];
/// Read by the page through pdf.js. A folder's PDFs are handed to the engine all the same, which
/// names each as unread and says how to extract its text, as it does for a PDF named on the
/// command line: left out silently, they were documents the reader thought compared.
const PDF_EXTENSION: &str = "pdf";

fn main() -> ExitCode {
    let cli = Cli::parse();
    let engine = match engine_with(&cli.dimensions) {
        Ok(engine) => engine,
        Err(e) => {
            eprintln!("stance: {e}");
            return ExitCode::FAILURE;
        }
    };
    let errors = match cli.command {
        Command::Analyze { paths, format } => {
            let (documents, errors) = analyze_all(&engine, &paths);
            match format {
                Format::Json => {
                    let output = Analysis {
                        comparison: compare(
                            &documents.iter().map(Compared::from).collect::<Vec<_>>(),
                        ),
                        documents,
                        errors,
                    };
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&output).expect("reports serialise")
                    );
                    output.errors
                }
                Format::Csv => {
                    print!("{}", csv(&documents));
                    errors
                }
            }
        }
        Command::Evaluate { folder, labels } => {
            let (documents, mut errors) = analyze_all(&engine, &[folder]);
            match std::fs::read_to_string(&labels) {
                Ok(tsv) => println!(
                    "{}",
                    serde_json::to_string_pretty(&evaluate(&documents, &tsv))
                        .expect("evaluation serialises")
                ),
                Err(e) => errors.push(format!("{}: {e}", labels.display())),
            }
            errors
        }
    };
    for error in &errors {
        eprintln!("stance: {error}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The engine with the dimension files added in order. Of two files with one id the later
/// replaces the earlier, as a file with a built-in dimension's id replaces that one; between two
/// of the reader's own files that is more likely a slip than meant, so it is said on stderr.
fn engine_with(dimension_files: &[PathBuf]) -> Result<Engine, String> {
    let mut engine = Engine::new().map_err(|e| e.to_string())?;
    let mut defined_by: HashMap<String, String> = HashMap::new();
    for file in dimension_files {
        let name = file.display().to_string();
        let bytes = std::fs::read(file).map_err(|e| format!("{name}: {e}"))?;
        let json = dimension::json_text(&name, &bytes).map_err(|e| e.to_string())?;
        let id = engine
            .add_dimension(&name, &json)
            .map_err(|e| e.to_string())?;
        if let Some(earlier) = defined_by.insert(id.clone(), name.clone()) {
            eprintln!(
                "stance: {name}: dimension `{id}` replaces the one from {earlier} (of two dimension files with one id, the later is used)"
            );
        }
    }
    Ok(engine)
}

fn analyze_all(engine: &Engine, paths: &[PathBuf]) -> (Vec<DocumentReport>, Vec<String>) {
    let mut errors = Vec::new();
    // A file named twice, or named and in a folder named too, is read once.
    let mut read = HashSet::new();
    let files: Vec<PathBuf> = paths
        .iter()
        .flat_map(|p| document_files(p, &mut errors))
        .filter(|file| read.insert(std::fs::canonicalize(file).unwrap_or_else(|_| file.clone())))
        .collect();
    let mut documents = Vec::new();
    let mut ids = HashMap::new();
    for file in files {
        let path = file.display().to_string();
        let id = distinct_id(&file, &mut ids);
        match std::fs::read(&file) {
            Ok(bytes) => match engine.analyze(&id, &path, &bytes) {
                Ok(report) => documents.push(report),
                Err(e) => errors.push(e.to_string()),
            },
            Err(e) => errors.push(format!("{path}: {e}")),
        }
    }
    (documents, errors)
}

/// A document's id: its file's stem, told apart from the ids before it the way the page tells
/// documents' titles apart: by the file's extension when the earlier one's differs
/// (`report (md)`), else by a number (`report (2)`). The comparison is keyed by id: files of one
/// stem (a folder and its copy) shared one, and keyness kept the key terms of only one of them.
/// `taken` maps the ids so far to their files' extensions.
fn distinct_id(file: &Path, taken: &mut HashMap<String, Option<String>>) -> String {
    let stem = file.file_stem().map_or_else(
        || file.display().to_string(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    let extension = file
        .extension()
        .map(|extension| extension.to_string_lossy().into_owned());
    let id = match taken.get(&stem) {
        None => stem,
        Some(earlier) => extension
            .as_ref()
            .filter(|&extension| Some(extension) != earlier.as_ref())
            .map(|extension| format!("{stem} ({extension})"))
            .filter(|labelled| !taken.contains_key(labelled))
            .unwrap_or_else(|| {
                (2..)
                    .map(|number| format!("{stem} ({number})"))
                    .find(|numbered| !taken.contains_key(numbered))
                    .expect("some number is free")
            }),
    };
    taken.insert(id.clone(), extension);
    id
}

fn csv(documents: &[DocumentReport]) -> String {
    let mut out = String::from(
        "id,path,dimension,status,score,ci_low,ci_high,hits,salience,attributed_hits\n",
    );
    let number = |x: Option<f64>| x.map_or(String::new(), |x| format!("{x:.4}"));
    for document in documents {
        for (dimension, report) in &document.dimensions {
            let s = &report.score;
            let status = serde_json::to_value(s.status).expect("status serialises");
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{:.4},{}\n",
                csv_field(&document.id),
                csv_field(&document.path),
                csv_field(dimension),
                status.as_str().unwrap_or_default(),
                number(s.score),
                number(s.ci.map(|ci| ci[0])),
                number(s.ci.map(|ci| ci[1])),
                s.hits,
                s.salience,
                s.attributed.hits,
            ));
        }
    }
    out
}

/// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).
fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[derive(serde::Serialize)]
struct Evaluation {
    documents: usize,
    /// Labelled documents with a score, per dimension.
    scored: BTreeMap<String, usize>,
    /// Column → "group a vs group b" → dimension → AUC of a's scores against b's (above 0.5: a
    /// lies further toward the positive pole).
    auc: BTreeMap<String, BTreeMap<String, BTreeMap<String, f64>>>,
    /// Numeric column → dimension → Spearman's ρ between the column and the scores.
    spearman: BTreeMap<String, BTreeMap<String, f64>>,
}

fn evaluate(documents: &[DocumentReport], tsv: &str) -> Evaluation {
    let mut lines = tsv.lines().filter(|line| !line.trim().is_empty());
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let rows: BTreeMap<&str, Vec<&str>> = lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (fields[0], fields)
        })
        .collect();
    let dimensions: Vec<&String> = documents
        .iter()
        .flat_map(|d| d.dimensions.keys())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut evaluation = Evaluation {
        documents: documents.len(),
        scored: BTreeMap::new(),
        auc: BTreeMap::new(),
        spearman: BTreeMap::new(),
    };
    for dimension in dimensions {
        // (label row, score) of every labelled document with a score on this dimension.
        let scored: Vec<(&Vec<&str>, f64)> = documents
            .iter()
            .filter_map(|d| {
                Some((
                    rows.get(d.id.as_str())?,
                    d.dimensions.get(dimension)?.score.score?,
                ))
            })
            .collect();
        evaluation.scored.insert(dimension.clone(), scored.len());
        for (column, name) in header.iter().enumerate().skip(1) {
            let values: Vec<(&str, f64)> = scored
                .iter()
                .filter_map(|(row, score)| Some((*row.get(column)?, *score)))
                .collect();
            let numbers: Option<Vec<f64>> =
                values.iter().map(|(v, _)| v.trim().parse().ok()).collect();
            if let Some(numbers) = numbers {
                let scores: Vec<f64> = values.iter().map(|(_, s)| *s).collect();
                if let Some(rho) = spearman(&numbers, &scores) {
                    evaluation
                        .spearman
                        .entry((*name).to_owned())
                        .or_default()
                        .insert(dimension.clone(), rho);
                }
                continue;
            }
            let mut groups: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
            for (value, score) in values {
                groups.entry(value).or_default().push(score);
            }
            groups.retain(|_, scores| scores.len() >= MIN_GROUP);
            for (a, a_scores) in &groups {
                for (b, b_scores) in groups
                    .range::<&str, _>((std::ops::Bound::Excluded(a), std::ops::Bound::Unbounded))
                {
                    if let Some(value) = auc(a_scores, b_scores) {
                        evaluation
                            .auc
                            .entry((*name).to_owned())
                            .or_default()
                            .entry(format!("{a} vs {b}"))
                            .or_default()
                            .insert(dimension.clone(), value);
                    }
                }
            }
        }
    }
    evaluation
}

/// The file itself, or the document files of a folder (recursively, sorted by path).
fn document_files(path: &Path, errors: &mut Vec<String>) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    let mut pending = vec![path.to_owned()];
    // Each folder once, by its real path: a link to a folder above would otherwise be walked
    // again and again, and a linked folder's files read twice.
    let mut walked = std::collections::HashSet::new();
    while let Some(dir) = pending.pop() {
        if !walked.insert(std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone())) {
            continue;
        }
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
                    .map(str::to_ascii_lowercase)
                    .is_some_and(|e| {
                        DOCUMENT_EXTENSIONS.contains(&e.as_str()) || e == PDF_EXTENSION
                    })
            {
                files.push(path);
            }
        }
    }
    if files.is_empty() {
        errors.push(format!(
            "{}: no .{} file in this folder",
            path.display(),
            DOCUMENT_EXTENSIONS.join(", .")
        ));
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("001"), "001");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    }

    #[test]
    fn the_analysis_help_lists_every_extension_a_folder_is_read_for() {
        // The help once said .txt/.md/.html/.docx while .htm files were read too.
        use clap::CommandFactory;
        let mut cli = Cli::command();
        let help = cli
            .find_subcommand_mut("analyze")
            .expect("analyze is a command")
            .render_help()
            .to_string();
        for extension in DOCUMENT_EXTENSIONS {
            let named = format!(".{extension}");
            let listed = help.match_indices(&named).any(|(at, _)| {
                !help[at + named.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            });
            assert!(listed, "{named} is not in the help: {help}");
        }
    }

    #[test]
    fn ids_are_told_apart_as_the_page_tells_titles_apart() {
        let mut taken = HashMap::new();
        let ids: Vec<String> = [
            "corpus/002-x.txt",
            "copy/002-x.txt",
            "copy/002-x.md",
            "other/002-x.md",
            "002-x (2).txt",
            "README",
        ]
        .iter()
        .map(|file| distinct_id(Path::new(file), &mut taken))
        .collect();
        assert_eq!(
            ids,
            [
                "002-x",
                // The same extension as the first: a number.
                "002-x (2)",
                // Another extension than the first: the extension says which.
                "002-x (md)",
                // That label is taken: a number after all.
                "002-x (3)",
                // A file whose own stem is an id given before is told apart as well.
                "002-x (2) (2)",
                // No extension, no label of one.
                "README",
            ]
        );
    }

    #[test]
    fn evaluate_compares_groups_and_correlates_numbers() {
        let engine = Engine::new().unwrap();
        let texts = [
            ("a", "应尊重网络主权。坚持网络主权。维护国家主权。"),
            ("b", "坚持网络主权。维护网络主权。尊重国家主权。主权。"),
            ("c", "支持多利益攸关方。私营部门。公民社会。技术社群。"),
            ("d", "多利益攸关方模式。私营部门和公民社会。多利益攸关方。"),
        ];
        let documents: Vec<DocumentReport> = texts
            .iter()
            .map(|(id, text)| engine.analyze(id, "t.txt", text.as_bytes()).unwrap())
            .collect();
        let tsv =
            "id\tcamp\trank\na\tstate\t1\nb\tstate\t2\nc\tstakeholder\t3\nd\tstakeholder\t4\n";
        let evaluation = evaluate(&documents, tsv);
        let dimension = "sovereignty_multistakeholder";
        assert_eq!(
            evaluation.auc["camp"]["stakeholder vs state"][dimension],
            1.0
        );
        assert!(evaluation.spearman["rank"][dimension] > 0.7);
    }
}
