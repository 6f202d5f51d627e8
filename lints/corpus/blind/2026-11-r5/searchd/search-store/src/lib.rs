//! The document store behind the search service: Postgres for documents, an on-disk index,
//! the synonym table.

pub mod db;
pub mod index;
pub mod synonyms;

pub use db::{Db, DocRow};
pub use index::Index;
