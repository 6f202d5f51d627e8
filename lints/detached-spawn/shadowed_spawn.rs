//! A crate fn or method named `spawn` is not tokio's; `use tokio::spawn` makes the bare name
//! tokio's again.

mod pool {
    pub struct WorkerPool;

    impl WorkerPool {
        pub fn spawn(&self, job: fn()) {
            job();
        }
    }

    pub fn spawn(job: fn()) {
        job();
    }
}

mod tasks {
    use tokio::spawn;

    pub async fn start() {
        spawn(async { load().await?; Ok::<_, std::io::Error>(()) }); // EXPECT: detached-spawn
    }
}

fn job() {}

async fn start(pool: &pool::WorkerPool) {
    pool.spawn(job); // OK: detached-spawn
    pool::spawn(job); // OK: detached-spawn
    tasks::start().await;
}

fn main() {}
