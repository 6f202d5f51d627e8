use std::collections::BTreeMap;

#[tokio::test]
async fn snapshot_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let state: BTreeMap<String, String> = [("a".to_string(), "1".to_string())].into();
    std::fs::write(&path, serde_json::to_vec(&state).unwrap()).unwrap(); // OK: blocking-in-async
    let handle = tokio::runtime::Handle::current();
    let back = std::thread::spawn(move || handle.block_on(tokio::fs::read(&path))) // OK: block-on-in-async
        .join()
        .unwrap()
        .unwrap();
    tokio::spawn(async { 1 + 1 }); // OK: detached-spawn, untracked-spawn
    assert!(!back.is_empty());
}
