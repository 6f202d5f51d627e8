//! Each plugin runs on a thread of its own behind a command channel, so a slow or stuck plugin
//! stalls only its own thread, never a runtime worker. The thread blocks on the channel and on
//! the bridge; the async side only ever awaits.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use crate::bridge::HostApi;
use crate::bus::Event;
use crate::loader::LoadedPlugin;

pub enum Command {
    Event(Event),
    Call { method: String, reply: oneshot::Sender<String> },
    Stop,
}

pub struct Sandbox {
    pub name: String,
    commands: mpsc::Sender<Command>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Sandbox {
    pub fn start(plugin: Arc<LoadedPlugin>, api: Arc<HostApi>) -> std::io::Result<Self> {
        let (commands, mut inbox) = mpsc::channel::<Command>(64);
        let name = plugin.name.clone();
        let thread = std::thread::Builder::new().name(format!("plugin-{name}")).spawn(move || {
            while let Some(command) = inbox.blocking_recv() { // OK: block-on-in-async
                match command {
                    Command::Event(event) => plugin.on_event(&api, &event), // OK: block-on-in-async
                    Command::Call { method, reply } => {
                        let _ = reply.send(plugin.call(&api, &method)); // OK: block-on-in-async
                    }
                    Command::Stop => break,
                }
            }
        })?;
        Ok(Self { name, commands, thread: Some(thread) })
    }

    pub async fn deliver(&self, event: Event) -> bool {
        self.commands.send(Command::Event(event)).await.is_ok() // OK: unawaited-future
    }

    /// For the sync CLI, which has no runtime.
    pub fn deliver_from_cli(&self, event: Event) -> bool {
        self.commands.blocking_send(Command::Event(event)).is_ok() // OK: block-on-in-async
    }

    pub async fn call(&self, method: &str) -> Option<String> {
        let (reply, answer) = oneshot::channel();
        let command = Command::Call { method: method.to_string(), reply };
        self.commands.send(command).await.ok()?;
        answer.await.ok()
    }

    /// Used by the admin API's "ping" button.
    pub async fn call_and_wait(&self, method: &str) -> Option<String> {
        let (reply, answer) = oneshot::channel::<String>();
        let command = Command::Call { method: method.to_string(), reply };
        if self.commands.send(command).await.is_err() {
            return None;
        }
        answer.blocking_recv().ok() // EXPECT: block-on-in-async
    }

    pub async fn stop(&mut self) {
        let _ = self.commands.send(Command::Stop).await;
        if let Some(thread) = self.thread.take() {
            let _ = tokio::task::spawn_blocking(move || thread.join()).await; // OK: blocking-in-async, untracked-spawn
        }
    }

    /// Stops the plugin from the admin API in one call, without waiting for its thread.
    pub async fn kill(&self) {
        let stop = Command::Stop;
        self.commands.blocking_send(stop).ok(); // EXPECT: block-on-in-async
    }
}
