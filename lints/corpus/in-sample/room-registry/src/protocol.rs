pub type RoomId = u64;
pub type UserId = u64;

#[derive(Debug, Clone, PartialEq)]
pub struct RoomSummary {
    pub id: RoomId,
    pub name: String,
    pub members: usize,
}

/// Frames pushed down a client's websocket.
#[derive(Debug, Clone, PartialEq)]
pub enum ServerEvent {
    Joined { room: RoomId, user: UserId },
    Left { room: RoomId, user: UserId },
    Message { room: RoomId, from: UserId, body: String },
    RoomClosed { room: RoomId },
    Snapshot { rooms: Vec<RoomSummary> },
}
