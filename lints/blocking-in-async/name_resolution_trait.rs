//! `ToSocketAddrs::to_socket_addrs` resolves names with a blocking getaddrinfo call, on any
//! receiver (`(host, port)`, `"host:port"`), once the std trait is in scope.

use std::net::SocketAddr;

async fn connect_all(host: &str) -> Vec<SocketAddr> {
    use std::net::ToSocketAddrs;
    let addrs: Vec<SocketAddr> = (host, 443).to_socket_addrs().unwrap().collect(); // EXPECT: blocking-in-async
    let more = "db.internal:5432".to_socket_addrs().map(|it| it.count()).unwrap_or(0); // EXPECT: blocking-in-async
    let also = std::net::ToSocketAddrs::to_socket_addrs(&(host, 80)).is_ok(); // EXPECT: blocking-in-async
    drop((more, also));
    addrs
}

async fn resolved_asynchronously(host: &str) -> usize {
    tokio::net::lookup_host((host, 443)).await.map(|it| it.count()).unwrap_or(0) // OK: blocking-in-async
}

fn resolve_sync(host: &str) -> usize {
    use std::net::ToSocketAddrs;
    (host, 443).to_socket_addrs().map(|it| it.count()).unwrap_or(0) // OK: blocking-in-async
}

mod own_resolver {
    //! A crate trait with the same method name, resolving from a cache: not getaddrinfo.
    pub trait ToSocketAddrs {
        fn to_socket_addrs(&self) -> Vec<std::net::SocketAddr>;
    }

    impl ToSocketAddrs for str {
        fn to_socket_addrs(&self) -> Vec<std::net::SocketAddr> {
            Vec::new()
        }
    }

    pub async fn cached(host: &str) -> usize {
        host.to_socket_addrs().len() // OK: blocking-in-async
    }
}

async fn without_the_trait(resolver: &dyn Lookup) -> usize {
    resolver.to_socket_addrs() // OK: blocking-in-async
}

trait Lookup {
    fn to_socket_addrs(&self) -> usize;
}

async fn in_the_background(host: String) -> usize {
    tokio::task::spawn_blocking(move || {
        use std::net::ToSocketAddrs;
        (host.as_str(), 443).to_socket_addrs().map(|it| it.count()).unwrap_or(0) // OK: blocking-in-async
    })
    .await
    .unwrap_or(0)
}

fn main() {
    let _ = resolve_sync("localhost");
}
