//! The `errcodes` command line, driven as a user would: every `tests/cmd/*.trycmd` file is a
//! session of commands with their exact output (standard output and error together) and exit
//! status (`? 1`). Refresh after a deliberate change with
//! `TRYCMD=overwrite cargo test -p errcodes-cli --test cli_snapshots`, then read the diff. The
//! `console` session in the root README.md is checked the same way.

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new()
        // Plain output whatever the environment says about colour (NO_COLOR beats CLICOLOR_FORCE).
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.trycmd")
        .case("tests/cmd/*.toml")
        // The session in the README is real output, and stays so.
        .case("../README.md");
}
