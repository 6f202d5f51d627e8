//! Grading tests for exercise 20: a peer (kit-harness's `FramedPeer`) sends eight frames of
//! random bytes, slowly, each in three writes, so that heartbeats fall in the middle of
//! frames. The peer counts what it sent and when each frame's last byte went out; the tests
//! count the frames delivered intact and when, on tokio's paused clock, and read the
//! heartbeats the peer received. A connection cut mid-frame must be an error. Each test runs
//! on a paused runtime of its own (`Isolated`), so a receiver that never waits is reported
//! after a few seconds of real time instead of hanging the test.

use std::time::Duration;

use exercise_20::receive_frames;
use kit_harness::{Arg, Exercise, Failure, FramedPeer, Isolated, Message, PeerReport, msg};
use tokio::time::Instant;

const EXERCISE: Exercise = Exercise::new("exercise-20");
const HEARTBEAT_EVERY: Duration = Duration::from_secs(1);
/// Three writes per frame, this far apart: a frame takes 0.84 s to arrive, so the heartbeats
/// at 1 s, 2 s, 3 s and 6 s fall while a frame is half received.
const PAUSE: Duration = Duration::from_millis(280);
const PAYLOAD_LENGTHS: [usize; 8] = [512, 3_000, 40, 1_500, 60_000, 8, 700, 2_048];
/// Long after the peer's last byte (at 6.7 s): a receiver still running then never returns.
const GIVE_UP_AFTER: Duration = Duration::from_secs(60);
const TOLERANCE: Duration = Duration::from_millis(10);

/// What a run saw: every payload delivered with its time, how `receive_frames` ended, and
/// the peer's own account.
struct Run {
    delivered: Vec<(Vec<u8>, Duration)>,
    result: Option<std::io::Result<()>>,
    returned_at: Duration,
    peer: PeerReport,
}

/// Run `receive_frames` against a peer following `script`, on a paused clock. It runs on a
/// runtime of its own under a deadline of real time: a loop that never waits keeps a paused
/// clock from moving, and would otherwise hang the test.
fn receive_from(script: FramedPeer) -> Run {
    let run = Isolated::current_thread()
        .start_paused()
        .run(move || async move {
            let start = Instant::now();
            let (peer, connection) = script.connect();
            let mut delivered = Vec::new();
            let receiving = receive_frames(connection, HEARTBEAT_EVERY, |frame| {
                delivered.push((frame, start.elapsed()));
            });
            let result = tokio::time::timeout(GIVE_UP_AFTER, receiving).await.ok();
            let returned_at = start.elapsed();
            // Let the peer notice that the receiver closed its end.
            tokio::time::sleep(Duration::from_millis(1)).await;
            Run {
                delivered,
                result,
                returned_at,
                peer: peer.report(),
            }
        });
    run.unwrap_or_else(|stop| {
        EXERCISE.fail(
            Failure::new(stop.describe(msg!("exercise-20-receive-from-what")))
                .why(msg!("exercise-20-receive-from-why"))
                .help(msg!("exercise-20-help")),
        )
    })
}

/// Eight slow frames, the peer hangs up after the last one.
fn slow_peer() -> FramedPeer {
    PAYLOAD_LENGTHS
        .iter()
        .fold(FramedPeer::new(), |peer, &length| {
            peer.frame(length, 3, PAUSE)
        })
}

/// Every byte of the script: a 4-byte header and the payload per frame.
fn script_bytes() -> usize {
    PAYLOAD_LENGTHS.iter().map(|length| 4 + length).sum()
}

/// How many frames, counted from the first, were delivered exactly as sent.
fn intact_prefix(run: &Run) -> usize {
    run.peer
        .payloads()
        .iter()
        .zip(&run.delivered)
        .take_while(|(sent, (received, _))| sent[..] == received[..])
        .count()
}

/// How `receive_frames` ended, and when.
fn ending(run: &Run) -> Message {
    let at = run.returned_at;
    match &run.result {
        None => msg!("exercise-20-ending-still-receiving", after = GIVE_UP_AFTER),
        Some(Ok(())) => msg!("exercise-20-ending-ok", at = at),
        Some(Err(error)) => msg!(
            "exercise-20-ending-failed",
            at = at,
            error = error.to_string()
        ),
    }
}

#[kit_harness::check]
fn every_frame_arrives_intact() {
    let run = receive_from(slow_peer());
    let frames = PAYLOAD_LENGTHS.len();
    let intact = intact_prefix(&run);
    let all_ok =
        intact == frames && run.delivered.len() == frames && matches!(run.result, Some(Ok(())));
    EXERCISE.ensure(all_ok, || {
        let garbled = run.delivered.len().saturating_sub(intact);
        Failure::new(msg!(
            "exercise-20-every-frame-arrives-intact-problem",
            frames = frames,
            intact = intact,
            garbled = garbled,
            ending = ending(&run),
            bytes_sent = run.peer.bytes_sent,
            total_bytes = script_bytes()
        ))
        .why(msg!("exercise-20-every-frame-arrives-intact-why"))
        .help(msg!("exercise-20-help"))
    });
}

#[kit_harness::check]
fn each_frame_is_delivered_as_soon_as_it_is_complete() {
    let run = receive_from(slow_peer());
    for number in 1..=PAYLOAD_LENGTHS.len() {
        let Some(sent) = run.peer.frames.get(number - 1) else {
            EXERCISE.fail(
                Failure::new(msg!(
                    "exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem",
                    number = number,
                    ending = ending(&run)
                ))
                .help(msg!("exercise-20-help")),
            );
        };
        let delivered = run.delivered.get(number - 1);
        let on_time = delivered.is_some_and(|(payload, at)| {
            *payload == sent.payload && *at <= sent.completed_at + TOLERANCE
        });
        EXERCISE.ensure(on_time, || {
            let what = match delivered {
                Some((payload, at)) if *payload == sent.payload => {
                    msg!("exercise-20-frame-delivered-at", at = *at)
                }
                Some(_) => msg!("exercise-20-frame-delivered-garbled"),
                None => msg!("exercise-20-frame-never-delivered"),
            };
            Failure::new(msg!(
                "exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem-2",
                number = number,
                completed_at = sent.completed_at,
                what = what
            ))
            .why(msg!(
                "exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-why"
            ))
            .help(msg!(
                "exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-help",
                help = msg!("exercise-20-help")
            ))
        });
    }
}

#[kit_harness::check]
fn the_heartbeat_keeps_its_rhythm() {
    let run = receive_from(slow_peer());
    let beats = &run.peer.heartbeats;
    EXERCISE.ensure(run.peer.unexpected.is_empty(), || {
        Failure::new(msg!(
            "exercise-20-the-heartbeat-keeps-its-rhythm-problem",
            unexpected = Arg::list(run.peer.unexpected.clone(), "; ")
        ))
        .help(msg!("exercise-20-the-heartbeat-keeps-its-rhythm-help"))
    });
    // From the first beat at 0 s to the moment the receiver returned, no silence longer than
    // the interval, and no beats closer together than it.
    let mut moments = vec![Duration::ZERO];
    moments.extend(beats);
    moments.push(run.returned_at);
    let gaps: Vec<(Duration, Duration)> = moments.windows(2).map(|w| (w[0], w[1])).collect();
    let silence = gaps
        .iter()
        .find(|(from, to)| *to > *from + HEARTBEAT_EVERY + TOLERANCE);
    let crowded = beats
        .windows(2)
        .find(|pair| pair[1] + TOLERANCE < pair[0] + HEARTBEAT_EVERY);
    EXERCISE.ensure(
        !beats.is_empty() && silence.is_none() && crowded.is_none(),
        || {
            let problem = match (silence, crowded) {
                _ if beats.is_empty() => msg!("exercise-20-no-heartbeat"),
                (Some((from, to)), _) => msg!(
                    "exercise-20-heartbeat-silence",
                    from = *from,
                    to = *to,
                    silence = *to - *from,
                ),
                (None, Some(pair)) => msg!(
                    "exercise-20-heartbeats-crowded",
                    gap = pair[1] - pair[0],
                    first = pair[0],
                    second = pair[1],
                    interval = HEARTBEAT_EVERY,
                ),
                (None, None) => unreachable!("the check failed"),
            };
            Failure::new(problem)
                .why(msg!("exercise-20-the-heartbeat-keeps-its-rhythm-why"))
                .help(msg!("exercise-20-the-heartbeat-keeps-its-rhythm-help-2"))
        },
    );
}

#[kit_harness::check]
fn a_connection_cut_mid_frame_is_an_error() {
    let script = FramedPeer::new()
        .frame(100, 1, Duration::from_millis(10))
        .frame(200, 1, Duration::from_millis(10))
        .then_hang_up_mid_frame();
    let run = receive_from(script);
    let failed = matches!(
        &run.result,
        Some(Err(error)) if error.kind() == std::io::ErrorKind::UnexpectedEof
    );
    EXERCISE.ensure(intact_prefix(&run) == 2 && failed, || {
        Failure::new(msg!(
            "exercise-20-a-connection-cut-mid-frame-is-an-error-problem",
            intact = intact_prefix(&run),
            ending = ending(&run)
        ))
        .why(msg!(
            "exercise-20-a-connection-cut-mid-frame-is-an-error-why"
        ))
        .help(msg!(
            "exercise-20-a-connection-cut-mid-frame-is-an-error-help"
        ))
    });
}
