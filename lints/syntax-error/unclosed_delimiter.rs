//! A missing closing brace: the file ends inside `fn main`, whose `{` is never closed.

async fn main() { // EXPECT: syntax-error [column: 17]
    if true {
        println!("never closed");
}
