//! Raw identifiers, inner attributes, cfg'd items and unusual items must not confuse the walk.
#![allow(dead_code)]

mod r#async {
    pub fn r#await() {}
}

#[cfg(feature = "slow")]
async fn r#try(d: std::time::Duration) {
    std::thread::sleep(d); // EXPECT: blocking-in-async
}

extern "C" {
    fn abort() -> !;
}

union Bits {
    word: u32,
    bytes: [u8; 4],
}

const _: () = {
    let _ = 1;
};

async fn run() {
    r#async::r#await(); // OK: blocking-in-async, unawaited-future
}

fn main() {}
