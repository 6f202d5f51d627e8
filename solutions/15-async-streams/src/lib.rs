//! Exercise 15, solved: a stream that fetches the next page only when the consumer asks for
//! the user after the last one it holds, Rust's version of the seed's async generator.

mod paged_api;

pub use paged_api::{Page, PagedApi};

use futures::Stream;
use futures::stream::{self, TryStreamExt};
use kit_harness::{ServiceError, User};

/// Every user of `api`, in id order, as a stream. A failed page ends the stream with its
/// error, after the users of the pages before it.
pub fn all_users(api: &PagedApi) -> impl Stream<Item = Result<User, ServiceError>> + '_ {
    // A stream does nothing until it is polled, and `try_unfold` runs its closure only when
    // the consumer polls for an item the stream does not have yet: each call fetches ONE page
    // and hands back the page number to continue from. That is the seed's
    // `while True: ... yield item` loop, with the loop's state (the next page) made explicit.
    // A consumer that stops after 15 users (`take(15)`) never polls again, so page 3 is never
    // requested; a consumer that drops the stream stops it, as nothing runs in the background.
    let pages = stream::try_unfold(Some(1), move |next_page| async move {
        let Some(page_number) = next_page else {
            return Ok(None); // past the last page: the stream ends
        };
        let page = api.fetch_page(page_number).await?;
        Ok(Some((page.users, page.next_page)))
    });
    // Flatten each page into its users. `try_flatten` holds one page at a time and polls
    // `pages` again only when that page's users have all been taken, so at most one page is
    // buffered however long the listing is. An error from `try_unfold` is yielded as the last
    // item: after an `Err`, `try_unfold` ends the stream.
    pages
        .map_ok(|users| stream::iter(users.into_iter().map(Ok)))
        .try_flatten()
}
