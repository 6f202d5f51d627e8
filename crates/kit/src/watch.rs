//! `kit watch`: grades the current exercise, then re-grades it every time a file under its
//! `src/` changes (debounced, so an editor's burst of writes grades once). Commands are
//! read from stdin a line at a time: `q` quits, `n` moves on, `h` shows the hint, an empty
//! line grades again. Ctrl-C ends it as any terminal program.

use std::io::{BufRead, IsTerminal, Write as _};
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

use crate::app_state::AppState;
use crate::error::{KitError, KitResult};
use crate::exercise::{Side, package_dir};
use crate::grade::{Grader, grade_all};
use crate::info_file::{ExerciseInfo, InfoFile};
use crate::report::{CHECK_INDENT, render_human};
use crate::timeline::Timelines;
use crate::timeline::terminal::Observed;
use crate::timeline::words::Words;

/// Editors write a file in several steps; wait this long for quiet before grading.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Something that wakes the watch loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WatchEvent {
    SourceChanged,
    Input(String),
    /// stdin was closed: keep watching files, but no more commands will come.
    InputClosed,
}

/// What the loop does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Grade,
    Next,
    Hint,
    Quit,
    Ignore,
}

/// The action a command line asks for.
pub fn action_for(input: &str) -> Action {
    match input.trim() {
        "q" | "quit" | "exit" => Action::Quit,
        "n" | "next" => Action::Next,
        "h" | "hint" => Action::Hint,
        "" | "g" | "grade" => Action::Grade,
        _ => Action::Ignore,
    }
}

/// Swallows the rest of a burst of `SourceChanged` events. Returns the first other event
/// that arrived meanwhile, so a `q` typed during a save is not lost.
pub fn debounce(events: &Receiver<WatchEvent>, quiet: Duration) -> Option<WatchEvent> {
    loop {
        match events.recv_timeout(quiet) {
            Ok(WatchEvent::SourceChanged) => continue,
            Ok(other) => return Some(other),
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return None,
        }
    }
}

/// Runs the watch loop until the learner quits.
pub fn watch(
    grader: &Grader<'_>,
    state_dir: &Path,
    info: &InfoFile,
    first: &ExerciseInfo,
) -> KitResult<()> {
    let root = grader.root;
    let (sender, events) = mpsc::channel();
    let file_sender = sender.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let relevant = event.is_ok_and(|e| {
            matches!(
                e.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            )
        });
        if relevant {
            let _ = file_sender.send(WatchEvent::SourceChanged);
        }
    })
    .map_err(|e| KitError::new(crate::tr!("error-watch-files", error = e.to_string())))?;
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if sender.send(WatchEvent::Input(line)).is_err() {
                return;
            }
        }
        let _ = sender.send(WatchEvent::InputClosed);
    });

    let mut current = first;
    let mut watched = package_dir(root, current, Side::Starter).join("src");
    watcher
        .watch(&watched, RecursiveMode::Recursive)
        .map_err(|e| {
            KitError::new(crate::tr!(
                "error-watch-folder",
                path = watched.display().to_string(),
                error = e.to_string()
            ))
        })?;
    let mut pending = Some(Action::Grade);
    loop {
        match pending.take().unwrap_or(Action::Ignore) {
            Action::Grade => grade_and_show(grader, state_dir, current)?,
            Action::Hint => println!(
                "{}\n",
                crate::tr!(
                    "hint-hint",
                    hint = crate::i18n::exercise_text(
                        &format!("{}-hint", current.id),
                        current.hint.trim()
                    )
                )
            ),
            Action::Quit => return Ok(()),
            Action::Next => {
                let position = info.exercises.iter().position(|e| e.id == current.id);
                match position.and_then(|p| info.exercises.get(p + 1)) {
                    Some(next) => {
                        let _ = watcher.unwatch(&watched);
                        current = next;
                        watched = package_dir(root, current, Side::Starter).join("src");
                        watcher
                            .watch(&watched, RecursiveMode::Recursive)
                            .map_err(|e| {
                                KitError::new(crate::tr!(
                                    "error-watch-folder",
                                    path = watched.display().to_string(),
                                    error = e.to_string()
                                ))
                            })?;
                        grade_and_show(grader, state_dir, current)?;
                    }
                    None => println!("{}", crate::tr!("watch-last-exercise", id = &current.id)),
                }
            }
            Action::Ignore => {}
        }
        let event = events
            .recv()
            .map_err(|_| KitError::new(crate::tr!("error-watcher-stopped")))?;
        pending = Some(match event {
            WatchEvent::SourceChanged => match debounce(&events, DEBOUNCE) {
                // A command typed during the burst wins; the grade follows it otherwise.
                Some(WatchEvent::Input(line)) if action_for(&line) == Action::Quit => Action::Quit,
                _ => Action::Grade,
            },
            WatchEvent::Input(line) => action_for(&line),
            WatchEvent::InputClosed => Action::Ignore,
        });
    }
}

fn grade_and_show(grader: &Grader<'_>, state_dir: &Path, exercise: &ExerciseInfo) -> KitResult<()> {
    let mut stdout = std::io::stdout();
    if stdout.is_terminal() {
        // Clear the screen so only the latest report is visible.
        print!("\x1b[2J\x1b[H");
    }
    println!("{}", crate::tr!("watch-grading", id = &exercise.id));
    let reports = grade_all(grader, &[(exercise, Side::Starter)])?;
    let mut state = AppState::load(state_dir)?;
    for report in &reports {
        state.record(report);
        let timelines = Timelines {
            look: Observed::now().look(CHECK_INDENT),
            words: Words::current(),
            passed_too: false,
        };
        println!("{}", render_human(report, &timelines));
        if report.passed() {
            println!("{}", crate::tr!("watch-passed", id = &exercise.id));
        }
    }
    state.save(state_dir)?;
    println!("{}", crate::tr!("watch-watching", id = &exercise.id));
    stdout.flush().ok();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_map_to_actions() {
        assert_eq!(action_for("q"), Action::Quit);
        assert_eq!(action_for(" quit \n"), Action::Quit);
        assert_eq!(action_for("n"), Action::Next);
        assert_eq!(action_for("h"), Action::Hint);
        assert_eq!(action_for(""), Action::Grade);
        assert_eq!(action_for("what"), Action::Ignore);
    }

    #[test]
    fn a_burst_of_changes_collapses_and_keeps_a_command_typed_meanwhile() {
        let (sender, events) = mpsc::channel();
        for _ in 0..5 {
            sender.send(WatchEvent::SourceChanged).unwrap();
        }
        sender.send(WatchEvent::Input("q".into())).unwrap();
        sender.send(WatchEvent::SourceChanged).unwrap();
        drop(sender);
        // The sender is gone, so no wait on the clock happens: the result is deterministic.
        assert_eq!(
            debounce(&events, Duration::from_secs(3600)),
            Some(WatchEvent::Input("q".into()))
        );
        assert_eq!(debounce(&events, Duration::from_secs(3600)), None);
    }
}
