use futures::future::join_all;

async fn upload_one(id: u64) -> bool {
    id > 0
}

pub async fn upload_batch(batch: Vec<u64>) -> usize {
    join_all(batch.iter().map(|&id| upload_one(id))).await.len() // OK: unbounded-gather
}

pub async fn upload_all(ids: Vec<u64>) -> usize {
    join_all(ids.iter().map(|&id| upload_one(id))).await.len() // EXPECT: unbounded-gather
}
