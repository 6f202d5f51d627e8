//! Sinks the records land in: a local segment file (via std::fs, offloaded) and a SQL table
//! through the sync postgres driver (offloaded too, except where noted).
use std::fs::*;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tokio::task::spawn_blocking;
use tracing::info;

use crate::Record;

pub struct SegmentSink {
    dir: PathBuf,
}

impl SegmentSink {
    pub async fn write_batch(&self, records: Vec<Record>) -> anyhow::Result<()> {
        let path = self.dir.join(format!("{}.seg", records[0].offset));
        let write = move || -> std::io::Result<()> {
            let mut f = File::create(&path)?; // OK: blocking-in-async
            for r in &records {
                f.write_all(&r.payload)?;
            }
            f.sync_all()
        };
        spawn_blocking(write).await??;
        Ok(())
    }

    pub async fn rotate(&self) -> anyhow::Result<()> {
        let old = self.dir.join("current.seg");
        rename(&old, self.dir.join("sealed.seg"))?; // OK: blocking-in-async
        create_dir_all(&self.dir)?; // OK: blocking-in-async
        info!("rotated");
        Ok(())
    }
}

pub struct SqlSink {
    client: Arc<Mutex<postgres::Client>>,
}

impl SqlSink {
    pub fn connect(url: &str) -> anyhow::Result<Self> {
        let client = postgres::Client::connect(url, postgres::NoTls)?; // OK: blocking-in-async
        Ok(Self { client: Arc::new(Mutex::new(client)) })
    }

    pub async fn connect_async(url: String) -> anyhow::Result<Self> {
        let client = postgres::Client::connect(&url, postgres::NoTls)?; // EXPECT: blocking-in-async
        Ok(Self { client: Arc::new(Mutex::new(client)) })
    }

    pub async fn insert_batch(&self, records: Vec<Record>) -> anyhow::Result<u64> {
        let client = Arc::clone(&self.client);
        let n = spawn_blocking(move || {
            let mut c = client.lock().unwrap();
            let mut n = 0;
            for r in &records {
                n += c.execute("insert into logs (p, o) values ($1, $2)", &[&r.partition, &r.offset])?; // OK: blocking-in-async
            }
            Ok::<_, postgres::Error>(n)
        })
        .await??;
        Ok(n)
    }

    pub async fn count_sqlite(&self, db: PathBuf) -> anyhow::Result<i64> {
        let conn = rusqlite::Connection::open(db)?; // EXPECT: blocking-in-async
        Ok(conn.query_row("select count(*) from logs", [], |r| r.get(0))?) // EXPECT: blocking-in-async
    }
}
