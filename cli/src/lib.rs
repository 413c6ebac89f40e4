//! `errcodes-cli`: the library behind the `errcodes` command, the error-code reference of an API
//! at the terminal.
//!
//! The binary is [`main`]; the modules are split by job, each described in its own docs.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod args;
pub mod cmd;
pub mod lookup;
pub mod registry;
pub mod run;
pub mod term;
pub mod text;
pub mod view;

pub use run::main;
