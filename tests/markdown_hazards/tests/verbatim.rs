//! Only rustdoc's copy of the registry's Markdown is made safe: what the program reads at run time
//! is the registry's text as written.

use errcodes::ErrorEnum;
use errcodes_markdown_hazards::ErrorCode;

#[test]
fn descriptions_stay_verbatim_at_run_time() {
    assert_eq!(
        ErrorCode::IndentedCode.description(),
        "Send it like this:\n\n    curl -X POST https://example.invalid -d '{\"a\": 1}'"
    );
    assert!(ErrorCode::FenceRust.description().starts_with("```rust\n"));
    assert!(
        ErrorCode::UnclosedFence
            .description()
            .ends_with("```rust\nfn main() { never closed")
    );
    assert!(
        ErrorCode::RawHtml
            .description()
            .contains("<script>alert(\"hi\")</script>")
    );
    assert!(
        ErrorCode::REGISTRY
            .description
            .ends_with("left open at the end of the registry description")
    );
    assert!(
        ErrorCode::CodeInText
            .text()
            .ends_with("\n\n    with an indented block")
    );
}
