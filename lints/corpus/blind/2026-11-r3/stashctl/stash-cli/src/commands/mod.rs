pub mod gc;
pub mod pull;
pub mod push;
pub mod status;
pub mod verify;
