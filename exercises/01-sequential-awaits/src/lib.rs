//! Exercise 01: sequential awaits. Fetch ten users from an API that answers each request in
//! 500 ms. Run `kit grade exercise-01` to see how long your code takes in simulated time.

use kit_harness::{ServiceError, User, UserApi};

/// Fetch users 1 to 10 and return them in id order.
pub async fn fetch_ten_users(api: &UserApi) -> Result<Vec<User>, ServiceError> {
    let mut users = Vec::new();
    // TODO: each `.await` below waits for one request to finish before the next one is even
    // sent, so ten requests of 500 ms take 5 s. Start all ten requests first, then wait for
    // them together, keeping the results in id order.
    for id in 1..=10 {
        let user = api.fetch_user(id).await?;
        users.push(user);
    }
    Ok(users)
}
