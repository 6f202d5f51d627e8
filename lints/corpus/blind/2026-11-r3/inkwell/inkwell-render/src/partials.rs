use crate::Lookup;

/// The footer partial: one lookup on a private executor.
pub fn footer(lookup: &dyn Lookup) -> String {
    futures::executor::block_on(lookup.fetch("footer")).unwrap_or_default() // OK: block-on-in-async
}

pub fn header(title: &str) -> String {
    format!("<h1>{}</h1>", crate::escape(title))
}
