//! Prints the validator's findings for each registry named on the command line, one
//! `LINE:COLUMN: SEVERITY: MESSAGE` line each (the form of the `# expect:` lines of `tests/bad/`),
//! or the full report with `--report`.
fn main() {
    let mut full = false;
    for arg in std::env::args().skip(1) {
        if arg == "--report" {
            full = true;
            continue;
        }
        let checked = errcodes_build::check_path(&arg);
        if full {
            print!("{}", checked.report);
            continue;
        }
        for d in checked.report.diagnostics() {
            let (line, column) = d.span.as_ref().map_or((0, 0), |s| {
                errcodes_build::line_column(checked.report.source(), s.start)
            });
            println!("{line}:{column}: {}: {}", d.severity, d.message);
        }
    }
}
