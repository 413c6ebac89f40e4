//! The `errcodes` command line, driven as a user would: every `tests/cmd/*.trycmd` file is a
//! session of commands with their exact output (standard output and error together) and exit
//! status (`? 1`). Refresh after a deliberate change with
//! `TRYCMD=overwrite cargo test -p errcodes-cli --test cli_snapshots`, then read the diff. The
//! `console` session in the root README.md is checked the same way. The sessions of
//! `tests/cmd/columns/` run with `COLUMNS=100`, the others with no width.

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new()
        // Plain output whatever the environment says about colour (NO_COLOR beats CLICOLOR_FORCE).
        .env("NO_COLOR", "1")
        // Whole rows, and descriptions wrapped at 80, whatever COLUMNS the tests are run with
        // (an empty COLUMNS is no width).
        .env("COLUMNS", "")
        .case("tests/cmd/*.trycmd")
        .case("tests/cmd/*.toml")
        // The session in the README is real output, and stays so.
        .case("../README.md");
}

/// The sessions of `tests/cmd/columns/`: output fitted to a 100-column screen, as on a terminal
/// of that width.
#[test]
fn cli_snapshots_at_100_columns() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .case("tests/cmd/columns/*.trycmd");
}
