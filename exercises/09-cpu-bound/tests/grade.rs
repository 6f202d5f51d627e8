//! Grading tests for exercise 09: the derived keys are right, and deriving one never blocks
//! the runtime, proven by the stall watchdog on a current_thread runtime.
//!
//! The stall test sizes the work on the machine that runs it: it times this file's own copy
//! of the key-derivation function and picks enough rounds for about 0.6 s of computation, six
//! times the watchdog's threshold, however fast or loaded the machine is. The real clock only
//! sizes the work; the only assertion on it is the watchdog's.

use std::time::{Duration, Instant};

use exercise_09::hash_password;
use kit_harness::{Exercise, Failure, StallWatchdog, msg};

const EXERCISE: Exercise = Exercise::new("exercise-09");
const STALL_THRESHOLD: Duration = Duration::from_millis(100);
/// How long the stall test's computation should take.
const TARGET_WORK: Duration = Duration::from_millis(600);

/// The key-derivation function of `src/kdf.rs`, copied so that the expected keys do not depend
/// on the code under test.
fn reference_stretch(password: &str, rounds: u32) -> u64 {
    let mut state = password
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    for round in 0..rounds {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15 ^ u64::from(round));
        let mut mixed = state;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        state ^= mixed ^ (mixed >> 31);
    }
    state
}

/// Rounds for about [`TARGET_WORK`] of computation on this machine, in this build profile.
fn rounds_for_target_work() -> u32 {
    const PROBE_ROUNDS: u32 = 1 << 20;
    let started = Instant::now();
    std::hint::black_box(reference_stretch(
        std::hint::black_box("probe"),
        PROBE_ROUNDS,
    ));
    let probe = started.elapsed().max(Duration::from_micros(100));
    let rounds = f64::from(PROBE_ROUNDS) * TARGET_WORK.as_secs_f64() / probe.as_secs_f64();
    rounds.clamp(f64::from(PROBE_ROUNDS), f64::from(u32::MAX)) as u32
}

#[kit_harness::check]
async fn derives_the_right_keys() {
    let rounds = 10_000;
    let (alice, bob) = tokio::join!(
        hash_password("correct horse".to_owned(), rounds),
        hash_password("battery staple".to_owned(), rounds),
    );
    let expected = (
        reference_stretch("correct horse", rounds),
        reference_stretch("battery staple", rounds),
    );
    EXERCISE.ensure((alice, bob) == expected, || {
        Failure::new(msg!(
            "exercise-09-derives-the-right-keys-problem",
            alice = format!("{:#x}", alice),
            bob = format!("{:#x}", bob),
            expected_alice = format!("{:#x}", expected.0),
            expected_bob = format!("{:#x}", expected.1)
        ))
        .help(msg!("exercise-09-derives-the-right-keys-help"))
    });
}

#[kit_harness::check] // current_thread: a busy runtime thread cannot hide behind another worker
async fn hashing_never_blocks_the_runtime() {
    let rounds = rounds_for_target_work();
    let expected = reference_stretch("correct horse", rounds);
    let watchdog = StallWatchdog::start();
    let key = hash_password("correct horse".to_owned(), rounds).await;
    let stalls = watchdog.stop();
    EXERCISE.assert_no_stall(
        &stalls,
        STALL_THRESHOLD,
        msg!("exercise-09-hashing-never-blocks-the-runtime-help"),
    );
    EXERCISE.ensure(key == expected, || {
        Failure::new(msg!(
            "exercise-09-hashing-never-blocks-the-runtime-problem",
            key = format!("{:#x}", key),
            expected = format!("{:#x}", expected)
        ))
        .help(msg!("exercise-09-hashing-never-blocks-the-runtime-help-2"))
    });
}
