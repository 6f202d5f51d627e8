//! deskagent: mirrors one folder to the team drive. Everything runs on one thread (a
//! current-thread runtime and a LocalSet), so shared state lives in `Rc<RefCell<..>>`.

mod agent;
mod conflict;
mod drive;
mod state;
mod tray;
mod watcher;

use std::cell::RefCell;
use std::rc::Rc;

fn main() -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let local = tokio::task::LocalSet::new();
    let root = std::env::args().nth(1).map(std::path::PathBuf::from).unwrap_or_else(|| dirs_home().join("TeamDrive"));
    let state = Rc::new(RefCell::new(state::AgentState::load(&root)?));
    local.block_on(&rt, agent::run(root, state)) // OK: block-on-in-async
}

fn dirs_home() -> std::path::PathBuf {
    std::env::var_os("HOME").map(std::path::PathBuf::from).unwrap_or_default()
}
