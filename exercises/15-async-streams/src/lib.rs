//! Exercise 15: async streams for pagination. The users API answers in pages of ten, 0.2 s per
//! page. Callers iterate over every user with a `Stream` (Rust's `async for`) and often stop
//! after the first few. Run `kit grade exercise-15` to see how many pages your stream fetches
//! and how long the first user takes to arrive.

mod paged_api;

pub use paged_api::{Page, PagedApi};

use futures::Stream;
use futures::stream::{self, StreamExt};
use kit_harness::{ServiceError, User};

/// Every user of `api`, in id order, as a stream. A failed page ends the stream with its
/// error, after the users of the pages before it.
pub fn all_users(api: &PagedApi) -> impl Stream<Item = Result<User, ServiceError>> + '_ {
    // TODO: this stream looks lazy but is not: its first item waits for `load_every_page`,
    // which fetches EVERY page into one Vec before the consumer sees a single user. A caller
    // that wants ten users still pays for all the pages and holds all of them in memory.
    // Fetch a page only when the consumer has used up the previous one, and yield its users
    // one by one (look at `futures::stream::unfold` or `try_unfold`).
    stream::once(load_every_page(api)).flat_map(stream::iter)
}

/// Fetch page after page until the last one, keeping every user in memory.
async fn load_every_page(api: &PagedApi) -> Vec<Result<User, ServiceError>> {
    let mut users = Vec::new();
    let mut next_page = Some(1);
    while let Some(page_number) = next_page {
        match api.fetch_page(page_number).await {
            Ok(page) => {
                users.extend(page.users.into_iter().map(Ok));
                next_page = page.next_page;
            }
            Err(error) => {
                users.push(Err(error));
                next_page = None;
            }
        }
    }
    users
}
