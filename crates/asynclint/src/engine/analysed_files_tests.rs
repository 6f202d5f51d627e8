//! What the engine analyses: test code only with `all_targets`, only the files the module tree
//! reaches (or named explicitly), and unparseable files as notes; in each case the files left
//! out feed neither the findings nor the crate index.

use super::*;

const BLOCKS: &str = "std::thread::sleep(std::time::Duration::from_secs(1));";

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: PathBuf::from("/p").join(path),
        text: Arc::from(text),
        report: true,
        explicit: false,
    }
}

fn package(files: Vec<SourceFile>) -> CrateInput {
    CrateInput {
        root: PathBuf::from("/p"),
        edition: Edition::E2021,
        files,
        package: Some(Package::default()),
    }
}

fn all_targets() -> AnalysisOptions {
    AnalysisOptions {
        all_targets: true,
        ..AnalysisOptions::default()
    }
}

/// `file:line rule` of every finding.
fn findings(input: &CrateInput, options: &AnalysisOptions) -> Vec<String> {
    check_crate(input, options)
        .into_iter()
        .map(|d| {
            let name = d
                .path
                .strip_prefix("/p")
                .unwrap_or(&d.path)
                .display()
                .to_string();
            format!("{name}:{} {}", d.span.start.line, d.rule)
        })
        .collect()
}

#[test]
fn test_items_are_reported_only_with_all_targets() {
    let source = format!(
        "pub async fn serve() {{ {BLOCKS} }}\n\
         #[tokio::test]\nasync fn serves() {{ {BLOCKS} }}\n\
         #[cfg(test)]\nmod tests {{\n    async fn helper() {{ {BLOCKS} }}\n}}\n\
         impl Server {{\n    #[cfg(test)]\n    async fn fake(&self) {{ {BLOCKS} }}\n}}\n"
    );
    let input = package(vec![file("src/lib.rs", &source)]);
    assert_eq!(
        findings(&input, &AnalysisOptions::default()),
        ["src/lib.rs:1 blocking-in-async"]
    );
    assert_eq!(
        findings(&input, &all_targets()),
        [
            "src/lib.rs:1 blocking-in-async",
            "src/lib.rs:3 blocking-in-async",
            "src/lib.rs:6 blocking-in-async",
            "src/lib.rs:10 blocking-in-async",
        ]
    );
}

#[test]
fn test_code_does_not_feed_the_crate_index() {
    // `load` blocks only in the test build's version of the module.
    let input = package(vec![
        file(
            "src/lib.rs",
            "#[cfg(test)]\nmod store;\n#[cfg(not(test))]\n#[path = \"real_store.rs\"]\nmod store;\n\
             pub async fn serve() { store::load(); }\n",
        ),
        file(
            "src/store.rs",
            "pub fn load() { std::fs::read(\"fixture\").unwrap(); }\n",
        ),
        file("src/real_store.rs", "pub fn load() {}\n"),
    ]);
    assert_eq!(
        findings(&input, &AnalysisOptions::default()),
        [] as [&str; 0]
    );
    assert_eq!(
        findings(&input, &all_targets()),
        ["src/lib.rs:6 blocking-in-async"]
    );
}

#[test]
fn files_of_test_targets_are_left_alone_without_all_targets() {
    let input = package(vec![
        file("src/lib.rs", "pub fn a() {}\n"),
        file("tests/it.rs", &format!("async fn t() {{ {BLOCKS} }}\n")),
        file("examples/broken.rs", "fn main() { let x = ; }\n"),
        file("benches/b.rs", &format!("async fn b() {{ {BLOCKS} }}\n")),
    ]);
    let analysis = analyze_crate(&input, &AnalysisOptions::default());
    assert!(
        analysis.diagnostics.is_empty(),
        "{:#?}",
        analysis.diagnostics
    );
    assert_eq!((analysis.files_analysed, analysis.files_skipped), (1, 3));
    assert_eq!(
        findings(&input, &all_targets()),
        [
            "benches/b.rs:1 blocking-in-async",
            "examples/broken.rs:1 syntax-error",
            "tests/it.rs:1 blocking-in-async",
        ]
    );
}

#[test]
fn unreached_files_are_not_analysed_unless_named() {
    let mut input = package(vec![
        file("src/main.rs", "mod live;\nfn main() {}\n"),
        file("src/live.rs", &format!("pub async fn a() {{ {BLOCKS} }}\n")),
        file(
            "src/old/legacy.rs",
            &format!("pub async fn b() {{ {BLOCKS} }}\n"),
        ),
        file("src/draft.rs", "fn half( {\n"),
    ]);
    let analysis = analyze_crate(&input, &AnalysisOptions::default());
    assert_eq!(
        findings(&input, &AnalysisOptions::default()),
        ["src/live.rs:1 blocking-in-async"]
    );
    assert_eq!((analysis.files_analysed, analysis.files_skipped), (2, 2));

    input.files[2].explicit = true;
    assert_eq!(
        findings(&input, &AnalysisOptions::default()),
        [
            "src/live.rs:1 blocking-in-async",
            "src/old/legacy.rs:1 blocking-in-async",
        ]
    );
}

#[test]
fn unreached_files_do_not_feed_the_crate_index() {
    let input = package(vec![
        file(
            "src/lib.rs",
            "mod store;\npub async fn serve() { store::load(); }\n",
        ),
        file("src/store.rs", "pub fn load() {}\n"),
        // An old copy nobody declares, whose `load` blocks.
        file(
            "src/store/mod.rs",
            "pub fn load() { std::fs::read(\"db\").unwrap(); }\n",
        ),
    ]);
    assert_eq!(
        findings(&input, &AnalysisOptions::default()),
        [] as [&str; 0]
    );
}

#[test]
fn a_file_that_does_not_parse_is_a_note_and_its_modules_are_still_followed() {
    let input = package(vec![
        file(
            "src/lib.rs",
            "mod worker;\n#[my_macro]\nfn weird() { this is not rust }\n",
        ),
        file(
            "src/worker.rs",
            &format!("pub async fn run() {{ {BLOCKS} }}\n"),
        ),
    ]);
    let diagnostics = check_crate(&input, &AnalysisOptions::default());
    let skipped = diagnostics
        .iter()
        .find(|d| d.rule == "syntax-error")
        .expect("the unparseable file is reported");
    assert_eq!(skipped.severity, Severity::Note);
    assert_eq!(skipped.span.start.line, 3);
    assert!(
        skipped
            .message
            .starts_with("file not checked: it does not parse: "),
        "{}",
        skipped.message
    );
    assert!(
        diagnostics
            .iter()
            .any(|d| d.rule == "blocking-in-async" && d.path.ends_with("src/worker.rs")),
        "{diagnostics:#?}"
    );
}

#[test]
fn loose_files_without_a_manifest_are_all_analysed() {
    let input = CrateInput {
        package: None,
        ..package(vec![
            file("a.rs", &format!("async fn a() {{ {BLOCKS} }}\n")),
            file("tests/b.rs", &format!("async fn b() {{ {BLOCKS} }}\n")),
        ])
    };
    assert_eq!(
        findings(&input, &AnalysisOptions::default()),
        ["a.rs:1 blocking-in-async", "tests/b.rs:1 blocking-in-async"]
    );
}
