async fn one_round() {
    std::thread::sleep(std::time::Duration::from_micros(10)); // OK: blocking-in-async
}

fn main() {}
