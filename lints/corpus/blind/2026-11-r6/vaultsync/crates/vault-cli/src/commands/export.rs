//! `vault export --out FILE`: write every entry to a CSV file.

use std::path::Path;

use vault_core::store::Store;

use crate::cli::ExportArgs;
use crate::output::write_csv;

pub async fn run(db: &Path, args: ExportArgs) -> anyhow::Result<()> {
    let entries = Store::open(db)?.since(0)?; // OK: blocking-in-async
    write_csv(&args.out, &entries)?; // OK: blocking-in-async
    let mut seen = Vec::new();
    let mut more: Vec<String> = entries.iter().map(|e| e.site.clone()).collect();
    seen.append(&mut more); // OK: unawaited-future
    let unique = seen.iter().filter(|s| !s.is_empty()).count(); // OK: unawaited-future
    println!("exported {unique} sites to {}", args.out.display());
    Ok(())
}
