use stash_core::remote::Remote;

/// Post-push hook for plugin hosts: reports whether the remote is reachable.
pub fn after_push(remote: &Remote, pushed: usize) -> String {
    let ok = crate::ping_blocking(remote);
    format!("pushed {pushed} objects, remote reachable: {ok}")
}

/// Pure formatting, no runtime involved.
pub fn describe(pushed: usize) -> String {
    format!("{pushed} objects")
}
