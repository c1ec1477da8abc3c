//! Stance comparison engine. The modules are the stages of the pipeline, in the order data flows:
//! decode → clean → normalise → segment (into a `document`) → context → score → compare; `engine`
//! wires them, `dimension` reads the cue files, `author` who wrote a document from its heading,
//! `wasm` is the browser boundary.

pub mod author;
pub mod clean;
pub mod compare;
pub mod context;
pub mod decode;
pub mod dictionary;
pub mod dimension;
pub mod document;
pub mod engine;
pub mod error;
pub mod normalise;
pub mod score;
pub mod segment;
pub mod wasm;

pub use engine::{DocumentReport, Engine};
pub use error::{Error, Result};
