//! The crate's one error type. Every message names the file (or data file) it is about, because
//! the page and the CLI show it to a person who loaded several.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A document could not be read as text.
    Document { file: String, problem: String },
    /// A data file (dictionary, dimension file) is malformed.
    Data {
        file: String,
        line: usize,
        problem: String,
    },
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn document(file: &str, problem: impl Into<String>) -> Self {
        Error::Document {
            file: file.to_owned(),
            problem: problem.into(),
        }
    }

    pub fn data(file: &str, line: usize, problem: impl Into<String>) -> Self {
        Error::Data {
            file: file.to_owned(),
            line,
            problem: problem.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Document { file, problem } => write!(f, "{file}: {problem}"),
            Error::Data {
                file,
                line,
                problem,
            } => write!(f, "{file}, line {line}: {problem}"),
        }
    }
}

impl std::error::Error for Error {}
