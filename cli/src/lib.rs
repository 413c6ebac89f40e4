//! `errcodes-cli`: the library behind the `errcodes` command, the error-code reference of an API
//! at the terminal.
//!
//! The binary is [`main`]; the pieces are public so that tests (and other front ends) use the
//! command's own code:
//!
//! - [`args`]: the command line (clap) and the rules on which arguments go together;
//! - [`run`]: opening the registry and running a command;
//! - [`cmd`]: one file per subcommand, its arguments and what it does;
//! - [`registry`]: the embedded registry as a model, another one loaded from a file, export forms;
//! - [`lookup`]: what a query names (a code, name or alias, or a retired code), suggestions, word
//!   search;
//! - [`view`]: entries as terminal text (with the keys each has) and tables;
//! - [`text`]: a Markdown (and HTML) description as wrapped terminal text;
//! - [`term`]: colour, width and writing to the terminal.
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
