//! Tab indentation counts one column per tab.

async fn wait(d: std::time::Duration) {
	if true {
		std::thread::sleep(d); // EXPECT: blocking-in-async [column: 3]
	}
}

fn main() {}
