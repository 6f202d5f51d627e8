//! The consumer loop: poll, hand records to the sink, commit in batches every N records or T
//! seconds, whichever comes first.
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{FuturesUnordered, StreamExt};
use tokio::sync::{mpsc, Semaphore};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tracing::{debug, info, warn};

use crate::commit::{OffsetStore, Pending};
use crate::sink::{SegmentSink, SqlSink};
use crate::Record;

pub struct ConsumerBuilder {
    topic: String,
    batch: usize,
    commit_every: Duration,
    partitions: Vec<i32>,
}

impl ConsumerBuilder {
    pub fn new(topic: impl Into<String>) -> Self {
        Self { topic: topic.into(), batch: 500, commit_every: Duration::from_secs(5), partitions: vec![] }
    }
    pub fn batch(mut self, n: usize) -> Self {
        self.batch = n;
        self
    }
    pub fn partitions(mut self, p: Vec<i32>) -> Self {
        self.partitions = p;
        self
    }
    pub async fn build(self, store: OffsetStore, seg: SegmentSink, sql: SqlSink) -> anyhow::Result<Consumer> {
        let offsets = store.load().await?;
        Ok(Consumer {
            cfg: self,
            store: Arc::new(store),
            seg: Arc::new(seg),
            sql: Arc::new(sql),
            offsets,
            workers: Vec::new(),
        })
    }
}

pub struct Consumer {
    cfg: ConsumerBuilder,
    store: Arc<OffsetStore>,
    seg: Arc<SegmentSink>,
    sql: Arc<SqlSink>,
    offsets: HashMap<i32, i64>,
    workers: Vec<JoinHandle<()>>,
}

impl Consumer {
    pub async fn run(&mut self, token: CancellationToken) -> anyhow::Result<()> {
        let (tx, mut rx) = mpsc::channel::<Record>(self.cfg.batch * 2);
        for &p in &self.cfg.partitions {
            let tx = tx.clone();
            let start = self.offsets.get(&p).copied().unwrap_or(0);
            let topic = self.cfg.topic.clone();
            self.workers.push(tokio::spawn(async move { // OK: detached-spawn, unbounded-gather
                poll_partition(topic, p, start, tx).await;
            }));
        }
        drop(tx);

        let mut pending = Pending::new();
        let mut buf = Vec::with_capacity(self.cfg.batch);
        let mut tick = tokio::time::interval(self.cfg.commit_every);
        loop {
            tokio::select! {
                biased;
                _ = token.cancelled() => break,
                maybe = rx.recv() => match maybe {
                    Some(rec) => {
                        pending.track(rec.partition, rec.offset);
                        buf.push(rec);
                        if buf.len() >= self.cfg.batch {
                            self.flush(&mut buf, &mut pending).await?;
                        }
                    }
                    None => break,
                },
                _ = tick.tick() => {
                    self.flush(&mut buf, &mut pending).await?;
                }
            }
        }
        self.flush(&mut buf, &mut pending).await?;
        for w in self.workers.drain(..) {
            w.abort();
        }
        Ok(())
    }

    async fn flush(&self, buf: &mut Vec<Record>, pending: &mut Pending) -> anyhow::Result<()> {
        if buf.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(buf);
        let (a, b) = tokio::join!(self.seg.write_batch(batch.clone()), self.sql.insert_batch(batch)); // OK: unawaited-future
        a?;
        b?;
        let ready = pending.commit(); // OK: unawaited-future
        self.store.commit(&ready).await?;
        debug!(partitions = ready.len(), "committed");
        Ok(())
    }

    pub async fn reprocess(&self, records: Vec<Record>) -> usize {
        const WINDOW: usize = 8;
        let mut pending = records.into_iter();
        let mut inflight: FuturesUnordered<_> = pending.by_ref().take(WINDOW).map(|r| self.sql.insert_batch(vec![r])).collect(); // OK: unbounded-gather
        let mut ok = 0;
        while let Some(r) = inflight.next().await {
            ok += r.is_ok() as usize;
            if let Some(next) = pending.next() {
                inflight.push(self.sql.insert_batch(vec![next])); // OK: unawaited-future
            }
        }
        ok
    }

    pub async fn reprocess_each(&self, records: Vec<Record>) -> usize {
        let inflight = records.into_iter().map(|r| self.sql.insert_batch(vec![r])).collect::<FuturesUnordered<_>>(); // EXPECT: unbounded-gather
        inflight.filter(|r| futures::future::ready(r.is_ok())).count().await
    }

    /// Once the SQL sink is back: re-inserts what the dead-letter queue collected while it
    /// was down, after the queue is closed.
    pub async fn replay_dead_letters(&self, mut dead: mpsc::Receiver<Record>) -> usize {
        let mut records = Vec::new();
        while let Some(record) = dead.recv().await {
            records.push(record);
        }
        self.reprocess_each(records).await
    }

    pub async fn replay_partitions(&self, parts: &[i32], limit: Arc<Semaphore>) {
        let mut handles = Vec::new();
        for &p in parts {
            let permit = limit.clone().acquire_owned().await.expect("closed");
            let topic = self.cfg.topic.clone();
            let (tx, _rx) = mpsc::channel(16);
            handles.push(tokio::spawn(async move { // OK: unbounded-gather
                poll_partition(topic, p, 0, tx).await;
                drop(permit);
            }));
        }
        futures::future::join_all(handles).await; // OK: unbounded-gather
    }

    pub async fn commit_async_later(&self) {
        let ready = HashMap::from([(0, 1)]);
        self.store.commit(&ready); // EXPECT: unawaited-future
        info!("commit scheduled");
    }

    pub fn start_background_commit(self: &Arc<Self>) -> JoinHandle<()> {
        let me = Arc::clone(self);
        tokio::spawn(async move { // OK: detached-spawn
            let _ = me.store.commit(&me.offsets).await;
        })
    }
}

async fn poll_partition(topic: String, partition: i32, mut offset: i64, tx: mpsc::Sender<Record>) {
    loop {
        let recs = broker::fetch(&topic, partition, offset).await.unwrap_or_default();
        if recs.is_empty() {
            tokio::time::sleep(Duration::from_millis(200)).await;
            continue;
        }
        for payload in recs {
            offset += 1;
            if tx.send(Record { partition, offset, key: None, payload }).await.is_err() {
                warn!(partition, "consumer gone");
                return;
            }
        }
    }
}
