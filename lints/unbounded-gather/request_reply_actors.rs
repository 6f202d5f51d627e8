//! A request/reply actor: each message carries the sender of its reply, so it comes from a
//! caller that waits for that reply. A task per such message is bounded by the callers; a
//! task per message of a plain work channel is not.

use tokio::sync::{mpsc, oneshot};

pub struct Request(String);
pub struct Response(String);
pub struct Job(u64);
pub struct Context;

pub struct Command {
    pub key: String,
    pub respond_to: oneshot::Sender<Option<String>>,
}

async fn handle(request: Request) -> Response {
    Response(request.0)
}

async fn lookup(key: &str) -> Option<String> {
    Some(key.to_string())
}

async fn run(job: Job) {
    let _ = job.0;
}

async fn run_in(job: Job, context: &Context) {
    let _ = (job.0, context);
}

pub async fn serve_requests(mut rx: mpsc::UnboundedReceiver<(Request, oneshot::Sender<Response>)>) {
    while let Some((request, reply_tx)) = rx.recv().await {
        tokio::spawn(async move { // OK: unbounded-gather
            let _ = reply_tx.send(handle(request).await);
        });
    }
}

pub async fn serve_commands(mut rx: mpsc::Receiver<Command>) {
    loop {
        let Some(Command { key, respond_to }) = rx.recv().await else {
            break;
        };
        tokio::spawn(async move { // OK: unbounded-gather
            let _ = respond_to.send(lookup(&key).await);
        });
    }
}

pub enum Admin {
    Pause { reply: oneshot::Sender<()> },
    Drain { deadline_ms: u64, reply: oneshot::Sender<usize> },
}

async fn drain(deadline_ms: u64) -> usize {
    deadline_ms as usize
}

/// The message is an enum whose variants carry the reply's sender.
pub async fn serve_admin(mut rx: mpsc::Receiver<Admin>) {
    while let Some(message) = rx.recv().await {
        tokio::spawn(async move { // OK: unbounded-gather
            match message {
                Admin::Pause { reply } => {
                    let _ = reply.send(());
                }
                Admin::Drain { deadline_ms, reply } => {
                    let _ = reply.send(drain(deadline_ms).await);
                }
            }
        });
    }
}

pub async fn run_jobs(mut rx: mpsc::Receiver<(u64, Job)>) {
    while let Some((id, job)) = rx.recv().await {
        tokio::spawn(async move { // EXPECT: unbounded-gather
            println!("job {id}");
            run(job).await;
        });
    }
}

/// `ctx` is a context, not a reply sender.
pub async fn run_with_context(mut rx: mpsc::UnboundedReceiver<(Job, Context)>) {
    while let Some((job, ctx)) = rx.recv().await {
        tokio::spawn(async move { // EXPECT: unbounded-gather
            run_in(job, &ctx).await;
        });
    }
}
