//! Dropped futures inside inline closures and macro bodies are found too; futures handed to
//! combinators and macros that poll them are not dropped.

async fn notify(user: &str) {
    let _ = user;
}

async fn notify_all(users: &[String]) {
    users.iter().for_each(|user| {
        notify(user); // EXPECT: unawaited-future
    });
    for user in users {
        notify(user).await; // OK: unawaited-future
    }
    let calls: Vec<_> = users.iter().map(|user| notify(user)).collect(); // OK: unawaited-future
    futures::future::join_all(calls).await; // OK: unbounded-gather
    tokio::select! {
        _ = notify("ops") => {} // OK: unawaited-future
        _ = tokio::signal::ctrl_c() => {
            notify("shutdown"); // EXPECT: unawaited-future
        }
    }
    let both = futures::future::join(notify("a"), notify("b")); // OK: unawaited-future
    both.await;
}

fn main() {}
