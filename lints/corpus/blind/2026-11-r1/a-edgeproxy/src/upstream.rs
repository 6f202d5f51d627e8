//! The set of upstreams and their health, shared by the listeners, the health checker and the admin API.

use std::net::SocketAddr;
use std::sync::RwLock;
use std::time::{Duration, Instant};

use rand::seq::IndexedRandom;

use crate::config::UpstreamCfg;

#[derive(Debug, Clone)]
pub struct Upstream {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub addr: Option<SocketAddr>,
    pub healthy: bool,
    pub draining: bool,
    pub last_used: Instant,
}

pub struct UpstreamPool {
    members: RwLock<Vec<Upstream>>,
}

impl UpstreamPool {
    pub fn from_config(cfg: &[UpstreamCfg]) -> Self {
        let members = cfg
            .iter()
            .map(|u| Upstream {
                name: u.name.clone(),
                host: u.host.clone(),
                port: u.port,
                addr: None,
                healthy: false,
                draining: false,
                last_used: Instant::now(),
            })
            .collect();
        Self { members: RwLock::new(members) }
    }

    pub fn snapshot(&self) -> Vec<Upstream> {
        self.members.read().unwrap().clone()
    }

    pub fn pick(&self) -> Option<SocketAddr> {
        let members = self.members.read().unwrap();
        let healthy: Vec<&Upstream> = members.iter().filter(|u| u.healthy && !u.draining).collect();
        healthy.choose(&mut rand::rng()).and_then(|u| u.addr)
    }

    pub fn set_health(&self, name: &str, addr: Option<SocketAddr>, healthy: bool) {
        let mut members = self.members.write().unwrap();
        if let Some(u) = members.iter_mut().find(|u| u.name == name) {
            if addr.is_some() {
                u.addr = addr;
            }
            u.healthy = healthy;
        }
    }

    pub fn drain(&self, name: &str) -> bool {
        let mut members = self.members.write().unwrap();
        match members.iter_mut().find(|u| u.name == name) {
            Some(u) => {
                u.draining = true;
                true
            }
            None => false,
        }
    }

    pub fn replace(&self, cfg: &[UpstreamCfg]) {
        let fresh = UpstreamPool::from_config(cfg);
        *self.members.write().unwrap() = fresh.members.into_inner().unwrap();
    }

    pub fn evict_idle(&self, idle: Duration) -> usize {
        let members = self.members.read().unwrap();
        members.iter().filter(|u| u.last_used.elapsed() > idle).count()
    }
}
