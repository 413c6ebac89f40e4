//! A binary crate that includes a registry and uses part of it: it builds without warnings
//! (CI's clippy runs with `-D warnings`), though most of the generated API goes unused here.
#![forbid(unsafe_code)]

include!(concat!(env!("OUT_DIR"), "/storage.rs"));

fn main() {
    for arg in std::env::args().skip(1) {
        match arg.parse().ok().and_then(StorageError::from_code) {
            Some(e) => println!("{e}"),
            None => println!("{arg}: unknown"),
        }
    }
}
