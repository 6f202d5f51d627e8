//! The agent's state: what is pending upload, what the drive last told us, and the tray's mode.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Mode {
    #[default]
    Active,
    Paused,
    Offline,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct AgentState {
    pub root: PathBuf,
    pub mode: Mode,
    pub pending: BTreeSet<PathBuf>,
    pub remote_etags: BTreeMap<PathBuf, String>,
    pub conflicts: Vec<PathBuf>,
    pub last_error: Option<String>,
    pub uploaded_bytes: u64,
}

impl AgentState {
    pub fn state_file(root: &Path) -> PathBuf {
        root.join(".deskagent").join("state.json")
    }

    pub fn load(root: &Path) -> anyhow::Result<AgentState> {
        let file = Self::state_file(root);
        if !file.exists() {
            return Ok(AgentState { root: root.to_path_buf(), ..Default::default() });
        }
        Ok(serde_json::from_slice(&std::fs::read(file)?)?)
    }

    /// Persists the state next to the folder.
    pub fn save(&self) -> anyhow::Result<()> {
        let file = Self::state_file(&self.root);
        std::fs::create_dir_all(file.parent().unwrap())?;
        std::fs::write(file, serde_json::to_vec(self)?)?;
        Ok(())
    }

    pub fn relative(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root).unwrap_or(path).to_path_buf()
    }
}

/// Saves the state; the tray's "quit" path and the agent's exit both go through here.
pub fn persist(state: &AgentState) -> anyhow::Result<()> {
    state.save()
}
