//! A journal app's library. Its `pub` fns that the app itself calls are judged by those
//! calls; the ones nothing in the workspace calls are left to the library's users, who may
//! call them from any task.

pub mod settings;

use std::path::{Path, PathBuf};

pub struct Journal {
    root: PathBuf,
}

impl Journal {
    /// Called only from the CLI's sequential flow, before anything is spawned.
    pub async fn open(root: &Path) -> std::io::Result<Journal> {
        let marker = std::fs::read_to_string(root.join("FORMAT"))?; // OK: blocking-in-async
        if marker.trim() != "2" {
            return Err(std::io::Error::other("unknown journal format"));
        }
        Ok(Journal { root: root.to_path_buf() })
    }

    /// Called from the server's request handler, beside other requests.
    pub async fn entry(&self, day: &str) -> std::io::Result<String> {
        std::fs::read_to_string(self.root.join(day)) // EXPECT: blocking-in-async
    }

    /// Nothing in the workspace calls it: the library's users may, from any task.
    pub async fn export(&self, out: &Path) -> std::io::Result<()> {
        let all = self.concat().await?;
        std::fs::write(out, all) // EXPECT: blocking-in-async
    }

    async fn concat(&self) -> std::io::Result<String> {
        Ok(self.root.display().to_string())
    }

    /// Only calls itself: recursion says nothing about its other callers, and there are none
    /// in the workspace.
    pub async fn count(&self, dir: &Path) -> std::io::Result<usize> {
        let mut total = 0;
        for entry in std::fs::read_dir(dir)? { // EXPECT: blocking-in-async
            let path = entry?.path();
            if path.is_dir() {
                total += Box::pin(self.count(&path)).await?;
            } else {
                total += 1;
            }
        }
        Ok(total)
    }
}
