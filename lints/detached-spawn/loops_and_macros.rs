//! The accept loop of a server, spawns inside select! branches and spawns in nested closures.

use tokio::net::TcpListener;

async fn handle(socket: tokio::net::TcpStream) {
    drop(socket);
}

async fn serve(listener: TcpListener, mut shutdown: tokio::sync::oneshot::Receiver<()>) {
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (socket, _) = accepted.unwrap();
                tokio::spawn(handle(socket)); // OK: detached-spawn
            }
            _ = &mut shutdown => break,
        }
    }
}

async fn serve_tracked(listener: TcpListener) {
    let mut connections = tokio::task::JoinSet::new();
    loop {
        let (socket, _) = listener.accept().await.unwrap();
        connections.spawn(handle(socket)); // OK: detached-spawn
        if connections.len() > 1000 {
            connections.join_next().await;
        }
    }
}

fn on_event(callbacks: &mut Vec<Box<dyn FnMut()>>) {
    callbacks.push(Box::new(|| {
        tokio::spawn(async {}); // OK: detached-spawn
    }));
}

fn main() {}
