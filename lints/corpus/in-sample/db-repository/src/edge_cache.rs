//! A read-through SQLite cache on the edge node. rusqlite is synchronous: its calls block.

use std::sync::{Arc, Mutex};

use crate::repo::users::User;

#[derive(Clone)]
pub struct EdgeCache {
    conn: Arc<Mutex<rusqlite::Connection>>,
}

impl EdgeCache {
    pub fn open(path: &str) -> rusqlite::Result<Self> {
        let conn = rusqlite::Connection::open(path)?; // OK: blocking-in-async
        Ok(Self { conn: Arc::new(Mutex::new(conn)) })
    }

    pub fn get_user(&self, id: i64) -> Option<User> {
        let conn = self.conn.lock().unwrap();
        read_user(&conn, id)
    }

    pub fn put_user(&self, user: &User) {
        let conn = self.conn.lock().unwrap();
        write_user(&conn, user);
    }
}

/// Rows are mirrored as JSON files next to the database, for the edge's static file server.
fn read_user(conn: &rusqlite::Connection, id: i64) -> Option<User> {
    let _ = conn;
    let email = std::fs::read_to_string(format!("edge/{id}.json")).ok()?; // OK: blocking-in-async
    Some(User { id, email })
}

fn write_user(conn: &rusqlite::Connection, user: &User) {
    let _ = conn;
    std::fs::write(format!("edge/{}.json", user.id), &user.email).ok(); // OK: blocking-in-async
}

pub async fn open_at_startup(path: String) -> rusqlite::Result<EdgeCache> {
    let opened = EdgeCache::open(&path); // EXPECT: blocking-in-async
    opened
}
