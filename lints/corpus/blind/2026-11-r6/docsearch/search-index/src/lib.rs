//! The search index: segments on disk, the `Index` trait the API is written against, and the
//! queries that find documents waiting to be indexed.

pub mod db;
pub mod doc;
pub mod index;
pub mod segment;
pub mod warm;
