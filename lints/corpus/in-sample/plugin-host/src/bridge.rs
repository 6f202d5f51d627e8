//! The sync API plugins call back into. Every method bridges into the async core by parking
//! the calling thread on a runtime handle, which is only sound because plugins run on threads
//! of their own (see `sandbox`), never on a runtime worker.

use std::sync::Arc;

use tokio::runtime::Handle;
use tokio::sync::{mpsc, oneshot, RwLock};

use crate::bus::Event;
use crate::config::HostConfig;
use crate::kv::KvStore;

pub struct HostApi {
    runtime: Handle,
    kv: Arc<KvStore>,
    events: mpsc::Sender<Event>,
    config: Arc<RwLock<HostConfig>>,
}

impl HostApi {
    pub fn new(
        runtime: Handle,
        kv: Arc<KvStore>,
        events: mpsc::Sender<Event>,
        config: Arc<RwLock<HostConfig>>,
    ) -> Self {
        Self { runtime, kv, events, config }
    }

    pub fn kv_get(&self, key: &str) -> Option<String> {
        self.runtime.block_on(self.kv.get(key)) // OK: block-on-in-async
    }

    pub fn kv_put(&self, key: &str, value: &str) {
        self.runtime.block_on(self.kv.put(key.to_string(), value.to_string())); // OK: block-on-in-async
    }

    pub fn emit(&self, topic: &str, payload: serde_json::Value) -> bool {
        let event = Event { topic: topic.to_string(), payload };
        self.events.blocking_send(event).is_ok() // OK: block-on-in-async
    }

    pub fn config_value(&self, key: &str) -> Option<String> {
        self.config.blocking_read().extra.get(key).cloned() // OK: block-on-in-async
    }

    /// Asks the core a question and waits for the answer.
    pub fn ask(&self, topic: &str, reply: oneshot::Receiver<String>) -> Option<String> {
        self.emit(topic, serde_json::Value::Null);
        wait_reply(reply)
    }
}

pub fn wait_reply(reply: oneshot::Receiver<String>) -> Option<String> {
    reply.blocking_recv().ok() // OK: block-on-in-async
}

/// A one-line status a plugin can print: reads through the bridge.
pub fn describe_plugin(api: &HostApi, name: &str) -> String {
    let state = api.kv_get(&format!("plugin/{name}/state")).unwrap_or_else(|| "new".into());
    format!("{name}: {state}")
}

/// A `block_on` of the plugin ABI: a plugin asks the host to hold back a topic until the
/// given sequence number. Same word, nothing to do with futures.
pub struct TopicGate {
    held: std::sync::Mutex<Vec<(String, u64)>>,
}

impl TopicGate {
    pub fn block_on(&self, topic: &str, sequence: u64) {
        self.held.lock().unwrap().push((topic.to_string(), sequence)); // OK: blocking-in-async
    }

    pub fn release(&self, topic: &str) {
        self.held.lock().unwrap().retain(|(held, _)| held != topic); // OK: blocking-in-async
    }
}
