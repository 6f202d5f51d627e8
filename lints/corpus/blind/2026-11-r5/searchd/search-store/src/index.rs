//! The on-disk inverted index.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tokio::sync::OnceCell;

use crate::synonyms::{self, Synonyms};

pub struct Index {
    dir: PathBuf,
    terms: Mutex<BTreeMap<String, Vec<i64>>>,
    synonyms: OnceCell<Synonyms>,
    stopwords: OnceCell<Vec<String>>,
}

/// Open a segment file; the caller reads it.
pub fn open_segment(dir: &Path, name: &str) -> std::io::Result<(File, u8)> {
    let file = File::open(dir.join(name))?;
    let format = if name.ends_with(".v2") { 2 } else { 1 };
    Ok((file, format))
}

impl Index {
    pub fn new(dir: PathBuf) -> Index {
        Index { dir, terms: Mutex::new(BTreeMap::new()), synonyms: OnceCell::new(), stopwords: OnceCell::new() }
    }

    pub async fn synonyms(&self) -> anyhow::Result<&Synonyms> {
        self.synonyms
            .get_or_try_init(|| async { synonyms::load_synonyms(&self.dir.join("synonyms.json")) })
            .await
    }

    pub async fn stopwords(&self) -> &[String] {
        self.stopwords
            .get_or_init(|| async { synonyms::load_stopwords(&self.dir.join("stopwords.txt")) }) // OK: blocking-in-async
            .await
    }

    /// Load every segment into memory; the server calls it once before it serves.
    pub async fn rebuild(&self) -> anyhow::Result<usize> {
        let mut loaded = 0;
        for entry in std::fs::read_dir(&self.dir)? { // OK: blocking-in-async
            let name = entry?.file_name().to_string_lossy().into_owned();
            let (mut file, format) = open_segment(&self.dir, &name)?;
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes)?; // OK: blocking-in-async
            loaded += self.merge_segment(&bytes, format);
        }
        Ok(loaded)
    }

    /// Read one segment by name; the admin API calls it.
    pub async fn load_segment(&self, name: &str) -> anyhow::Result<usize> {
        let (mut file, format) = open_segment(&self.dir, name)?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?; // EXPECT: blocking-in-async
        Ok(self.merge_segment(&bytes, format))
    }

    /// Write the terms to one file; the admin API's snapshot handler calls it.
    pub async fn snapshot(&self, out: &Path) -> anyhow::Result<()> {
        let text = serde_json::to_string(&*self.terms.lock().unwrap())?;
        std::fs::write(out, text)?; // EXPECT: blocking-in-async
        Ok(())
    }

    /// Remove segment files that no term points at. Not called in the workspace yet.
    pub async fn vacuum(&self) -> anyhow::Result<usize> {
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.dir)? { // EXPECT: blocking-in-async
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "old") {
                std::fs::remove_file(path)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    fn merge_segment(&self, bytes: &[u8], format: u8) -> usize {
        let parsed: HashMap<String, Vec<i64>> = serde_json::from_slice(&bytes[format as usize..]).unwrap_or_default();
        let mut terms = self.terms.lock().unwrap();
        let n = parsed.len();
        for (term, ids) in parsed {
            terms.entry(term).or_default().extend(ids);
        }
        n
    }

    pub async fn add(&self, id: i64, body: &str) -> anyhow::Result<()> {
        let mut terms = self.terms.lock().unwrap();
        for word in body.split_whitespace() {
            terms.entry(word.to_lowercase()).or_default().push(id);
        }
        Ok(())
    }

    pub async fn commit(&self) -> anyhow::Result<()> {
        let text = serde_json::to_vec(&*self.terms.lock().unwrap())?;
        tokio::fs::write(self.dir.join("segment.current"), text).await?;
        Ok(())
    }

    pub async fn refresh(&self) -> anyhow::Result<()> {
        tokio::task::yield_now().await;
        Ok(())
    }

    pub async fn append(&self, ids: &[i64]) {
        let _ = ids;
        tokio::task::yield_now().await;
    }

    pub fn len(&self) -> usize {
        self.terms.lock().unwrap().len()
    }

    pub fn write_marker(&self) -> std::io::Result<()> {
        let mut marker = File::create(self.dir.join("dirty"))?;
        marker.write_all(b"1")
    }
}
