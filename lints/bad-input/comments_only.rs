// Nothing but comments: a valid, empty crate.
/* async fn f() { std::thread::sleep(d); } */
