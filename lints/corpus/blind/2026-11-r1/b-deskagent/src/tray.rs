//! The tray icon: its status text and its menu callbacks. The toolkit calls the callbacks on
//! the UI thread, synchronously.

use std::cell::RefCell;
use std::rc::Rc;

use tokio::runtime::Handle;

use crate::state::{AgentState, Mode};

pub struct Tray {
    state: Rc<RefCell<AgentState>>,
    status: RefCell<String>,
}

impl Tray {
    pub fn new(state: Rc<RefCell<AgentState>>) -> Tray {
        Tray { state, status: RefCell::new("starting".into()) }
    }

    pub async fn set_status(&self, text: &str) {
        *self.status.borrow_mut() = text.to_owned(); // OK: lock-across-await
        self.redraw().await;
    }

    pub async fn refresh(&self) {
        let text = {
            let st = self.state.borrow(); // OK: lock-across-await
            match st.mode {
                Mode::Active => format!("{} pending", st.pending.len()),
                Mode::Paused => "paused".to_owned(),
                Mode::Offline => "offline".to_owned(),
            }
        };
        self.set_status(&text).await;
    }

    async fn redraw(&self) {
        let status = self.status.borrow(); // EXPECT: lock-across-await
        tokio::time::sleep(std::time::Duration::from_millis(16)).await;
        tracing::trace!(status = %*status, "tray redrawn");
    }

    /// Menu callback: "Pause syncing". Waits until the tray has redrawn.
    pub fn on_pause_clicked(&self) {
        self.state.borrow_mut().mode = Mode::Paused;
        pollster::block_on(self.redraw()); // OK: block-on-in-async
    }

    /// Menu callback: "Sync now".
    pub fn on_sync_now(&self) -> String {
        Handle::current().block_on(async { self.status.borrow().clone() }) // OK: block-on-in-async
    }

    /// Keyboard shortcut handler; the shortcut crate delivers it on the agent's task.
    pub async fn on_shortcut(&self, key: char) {
        match key {
            'p' => self.on_pause_clicked(), // EXPECT: block-on-in-async
            's' => {
                let text = self.on_sync_now(); // EXPECT: block-on-in-async
                tracing::info!(%text, "sync requested");
            }
            'q' => {
                crate::state::persist(&self.state.borrow()).ok(); // EXPECT: blocking-in-async // OK: lock-across-await
            }
            _ => {}
        }
    }

    pub async fn pause_later(&self) {
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        tokio::task::block_in_place(|| self.on_pause_clicked()); // OK: block-on-in-async
    }
}
