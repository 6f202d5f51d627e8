//! Keeps the learner's processes from outliving their check. A check's test process is the
//! leader of a new process group; when it ends or is killed, the whole group is killed, so a
//! child it left behind (holding stdout open, say) cannot keep kit waiting or touch later
//! checks. On Linux kit is also a child subreaper: a process that left the group
//! (`setsid`, `process_group(0)`) is re-parented to kit when its parent dies, and
//! [`sweep_orphans`] kills it. kit also makes itself non-dumpable, so the learner's code cannot
//! open kit's own stdout or memory through `/proc/<kit>/`.

use std::process::{Child, Command};

/// Sets up kit's own process once, before any check runs.
pub fn protect_kit() {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{
            DumpableBehavior, getpid, set_child_subreaper, set_dumpable_behavior,
        };
        let _ = set_dumpable_behavior(DumpableBehavior::NotDumpable);
        let _ = set_child_subreaper(Some(getpid()));
    }
}

/// Makes the command's process the leader of a new process group.
pub fn own_process_group(command: &mut Command) {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        command.process_group(0);
    }
    #[cfg(not(unix))]
    let _ = command;
}

/// Kills every process of `child`'s group (the child included). Call it before the child is
/// reaped, so its group id cannot have been reused.
pub fn kill_group(child: &mut Child) {
    #[cfg(unix)]
    {
        use rustix::process::{Pid, Signal, kill_process_group};
        if let Some(pid) = Pid::from_raw(child.id() as i32) {
            let _ = kill_process_group(pid, Signal::KILL);
        }
    }
    let _ = child.kill();
}

/// Kills and reaps every child process kit has besides the ones it is waiting for: on Linux,
/// the orphans re-parented to kit after escaping their process group. Repeats until none is
/// left, since killing one re-parents its own children.
pub fn sweep_orphans() {
    #[cfg(target_os = "linux")]
    for _ in 0..64 {
        let orphans = children_of_kit();
        if orphans.is_empty() {
            return;
        }
        for pid in orphans {
            use rustix::process::{Pid, Signal, WaitOptions, kill_process, waitpid};
            if let Some(pid) = Pid::from_raw(pid) {
                let _ = kill_process(pid, Signal::KILL);
                let _ = waitpid(Some(pid), WaitOptions::empty());
            }
        }
    }
}

/// The pids whose parent is kit, from `/proc/*/stat`.
#[cfg(target_os = "linux")]
fn children_of_kit() -> Vec<i32> {
    let me = std::process::id() as i32;
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
                // `pid (comm) state ppid ...`: comm may hold spaces and parentheses.
                stat.rsplit_once(')')
                    .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<i32>().ok())
                    == Some(me)
            })
        })
        .collect()
}
