//! The simulation thread: a fixed 30 Hz step that drains inputs, moves everyone, and
//! broadcasts a snapshot. It is sync code on its own thread, so it blocks on the tokio
//! channels with their `blocking_*` forms.

use std::time::{Duration, Instant};

use tokio::sync::{broadcast, mpsc, oneshot};

const STEP: Duration = Duration::from_millis(33);
const MATCH_TICKS: u64 = 30 * 180;

#[derive(Debug, Clone)]
pub struct Input {
    pub player: u64,
    pub seq: u32,
    pub dx: f32,
    pub dy: f32,
    pub fire: bool,
}

#[derive(Debug, Clone)]
pub struct Snapshot {
    pub tick: u64,
    pub positions: Vec<(f32, f32)>,
}

pub fn run(
    players: Vec<u64>,
    mut inputs: mpsc::Receiver<Input>,
    snapshots: broadcast::Sender<Snapshot>,
    done: oneshot::Sender<Vec<(u64, u32)>>,
) {
    let mut positions = vec![(0.0f32, 0.0f32); players.len()];
    let mut scores = vec![0u32; players.len()];
    // Wait for the first input before starting the clock.
    let Some(first) = inputs.blocking_recv() else { // OK: block-on-in-async
        return;
    };
    apply(&players, &mut positions, &mut scores, &first);
    for tick in 0..MATCH_TICKS {
        let started = Instant::now();
        while let Ok(input) = inputs.try_recv() {
            apply(&players, &mut positions, &mut scores, &input);
        }
        let _ = snapshots.send(Snapshot { tick, positions: positions.clone() }); // OK: unawaited-future
        if let Some(rest) = STEP.checked_sub(started.elapsed()) {
            std::thread::sleep(rest); // OK: blocking-in-async
        }
    }
    let _ = done.send(players.into_iter().zip(scores).collect());
}

fn apply(players: &[u64], positions: &mut [(f32, f32)], scores: &mut [u32], input: &Input) {
    if let Some(slot) = players.iter().position(|&p| p == input.player) {
        positions[slot].0 += input.dx.clamp(-1.0, 1.0);
        positions[slot].1 += input.dy.clamp(-1.0, 1.0);
        if input.fire {
            scores[slot] += 1;
        }
    }
}

/// A bot: reads snapshots and answers with inputs, on a thread of its own.
pub fn spawn_bot(player: u64, mut snapshots: broadcast::Receiver<Snapshot>, inputs: mpsc::Sender<Input>) {
    std::thread::spawn(move || {
        let mut seq = 0;
        while let Ok(snapshot) = snapshots.blocking_recv() { // OK: block-on-in-async
            seq += 1;
            let dx = if snapshot.tick % 2 == 0 { 1.0 } else { -1.0 };
            let input = Input { player, seq, dx, dy: 0.0, fire: snapshot.tick % 15 == 0 };
            if inputs.blocking_send(input).is_err() { // OK: block-on-in-async
                break;
            }
        }
    });
}
