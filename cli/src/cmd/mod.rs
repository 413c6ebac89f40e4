//! The subcommands, one file each: its arguments (clap's derive) and what it does. A command that
//! serves a registry has `run(&self, &Registry, &Term)` (`schema`, without arguments, a plain
//! `run`); `check` works on a path, `diff` on two.

pub mod check;
pub mod diff;
pub mod explain;
pub mod export;
pub mod list;
pub mod schema;
pub mod search;
