#!/usr/bin/env python3
"""Lays out every source of apps.toml at its pinned commit into checkouts/<name>/.

The files come from a local bare mirror when one holds the commit (by default
/work/.mirror/<owner>+<name>/repo, what the search tool's `fetch` brings), else from a shallow
fetch of that one commit from GitHub. They are written straight from git's object store, so a
snapshot that lacks some large blobs (the mirrors keep no file of 4 MiB or more) still lays out:
the missing files are listed and skipped. Each checkout is built beside its final place and
renamed into it, so an interrupted run never leaves a half-written source behind. Running it
again is cheap: a checkout already at its pinned commit is left alone. Nothing outside
checkouts/ is ever written or removed.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
APPS_TOML = HERE / "apps.toml"
CHECKOUTS = HERE / "checkouts"
DEFAULT_MIRRORS = Path("/work/.mirror")
# Hidden, so neither asynclint's walk nor measure.py's line count sees it.
STAMP = ".layout.json"


class LayoutError(Exception):
    """A source that cannot be laid out; the message is one line for the user."""


def load_sources(path=APPS_TOML):
    """The [[source]] entries of apps.toml, checked for the fields every script relies on."""
    try:
        data = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as err:
        sys.exit(f"error: cannot read {path}: {err}")
    sources = data.get("source", [])
    seen = set()
    for index, source in enumerate(sources, 1):
        missing = [key for key in ("name", "repo", "commit", "kind") if key not in source]
        if missing:
            sys.exit(f"error: {path}: source #{index} lacks {', '.join(missing)}")
        if source["kind"] not in ("app", "library"):
            sys.exit(f"error: {path}: source `{source['name']}` has kind "
                     f"`{source['kind']}`, expected `app` or `library`")
        if source["name"] in seen or "/" in source["name"] or source["name"].startswith("."):
            sys.exit(f"error: {path}: source name `{source['name']}` is repeated or not a "
                     "plain folder name")
        seen.add(source["name"])
    return sources


def git(git_dir, *args, **kwargs):
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=False,
                          capture_output=True, **kwargs)


def has_commit(git_dir, commit):
    return git(git_dir, "cat-file", "-e", f"{commit}^{{commit}}").returncode == 0


def fetch_from_github(repo, commit, into):
    """A bare repository in `into` holding just `commit`, fetched from GitHub."""
    url = f"https://github.com/{repo}.git"
    steps = [["git", "init", "-q", "--bare", str(into)],
             ["git", f"--git-dir={into}", "fetch", "-q", "--depth", "1", url, commit]]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise LayoutError(f"cannot fetch {commit[:12]} from {url}: {last}")
    return into


def tree_entries(git_dir, commit):
    """(mode, type, object id, path) for every entry of the commit's tree, recursively."""
    listed = git(git_dir, "ls-tree", "-r", "-z", "--full-tree", commit)
    if listed.returncode != 0:
        raise LayoutError(f"cannot list the tree of {commit[:12]}: "
                          f"{listed.stderr.decode(errors='replace').strip()}")
    entries = []
    for record in listed.stdout.split(b"\0"):
        if record:
            meta, path = record.split(b"\t", 1)
            mode, kind, oid = meta.decode().split()
            entries.append((mode, kind, oid, path.decode("utf-8", errors="surrogateescape")))
    return entries


def safe_target(root, relative):
    """The path under `root` for a path from a git tree, refusing anything that escapes it."""
    parts = relative.split("/")
    if relative.startswith("/") or any(part in ("", ".", "..") for part in parts):
        return None
    return root.joinpath(*parts)


def write_tree(git_dir, commit, root):
    """Write the commit's files under `root`; returns what had to be skipped, by reason."""
    entries = tree_entries(git_dir, commit)
    skipped = {"absent from the snapshot": [], "submodule": [], "unsafe path": [],
               "link leaving the checkout": []}
    blobs = []
    for mode, kind, oid, path in entries:
        if kind == "commit":
            skipped["submodule"].append(path)
        elif kind == "blob":
            blobs.append((mode, oid, path))

    reader = subprocess.Popen(["git", f"--git-dir={git_dir}", "cat-file", "--batch"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def feed():
        for _, oid, _ in blobs:
            reader.stdin.write(f"{oid}\n".encode())
        reader.stdin.close()

    # git answers as it reads; feeding from another thread keeps both pipes flowing.
    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    links = []
    for mode, oid, path in blobs:
        header = reader.stdout.readline().decode().split()
        if len(header) == 2 and header[1] == "missing":
            skipped["absent from the snapshot"].append(path)
            continue
        content = reader.stdout.read(int(header[2]))
        reader.stdout.read(1)  # the newline after each object
        target = safe_target(root, path)
        if target is None:
            skipped["unsafe path"].append(path)
            continue
        if mode == "120000":
            links.append((target, content.decode("utf-8", errors="surrogateescape"), path))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        if mode == "100755":
            target.chmod(0o755)
    feeder.join()
    reader.wait()
    for target, destination, path in links:
        resolved = (target.parent / destination).resolve()
        if destination.startswith("/") or not resolved.is_relative_to(root.resolve()):
            skipped["link leaving the checkout"].append(path)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(destination)
    return {reason: paths for reason, paths in skipped.items() if paths}


def laid_out_commit(checkout):
    try:
        return json.loads((checkout / STAMP).read_text()).get("commit")
    except (OSError, ValueError):
        return None


def lay_out(source, mirrors, checkouts, allow_network):
    """Lay out one source; returns a one-line summary, or raises LayoutError."""
    name, repo, commit = source["name"], source["repo"], source["commit"]
    checkout = checkouts / name
    if laid_out_commit(checkout) == commit:
        return f"{name}: already at {commit[:12]}"
    mirror = mirrors / repo.replace("/", "+") / "repo"
    with tempfile.TemporaryDirectory(prefix=f".{name}.", dir=checkouts) as scratch:
        scratch = Path(scratch)
        if mirror.is_dir() and has_commit(mirror, commit):
            git_dir, origin = mirror, str(mirror)
        elif allow_network:
            git_dir, origin = fetch_from_github(repo, commit, scratch / "git"), "github"
        else:
            why = (f"no mirror of {repo} at {mirror}" if not mirror.is_dir()
                   else f"the mirror of {repo} at {mirror} lacks {commit[:12]}")
            raise LayoutError(f"{why}, and --offline forbids fetching it from GitHub")
        staging = scratch / "tree"
        staging.mkdir()
        skipped = write_tree(git_dir, commit, staging)
        (staging / STAMP).write_text(json.dumps(
            {"repo": repo, "commit": commit, "from": origin, "skipped": skipped}, indent=1))
        if checkout.is_dir() and not checkout.is_symlink():
            shutil.rmtree(checkout)
        elif checkout.exists() or checkout.is_symlink():
            checkout.unlink()
        staging.rename(checkout)
    notes = "; ".join(f"{len(paths)} {reason}"
                      + (" (.rs: " + ", ".join(p for p in paths if p.endswith(".rs")) + ")"
                         if any(p.endswith(".rs") for p in paths) else "")
                      for reason, paths in skipped.items())
    return f"{name}: laid out {commit[:12]} from {origin}" + (f"; skipped {notes}" if notes else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=(
        "Checkouts go to lints/real-apps/checkouts/<name>/ (git-ignored). A source that "
        "cannot be laid out gets one error line; the others are still laid out, and the exit "
        "code is 1."))
    parser.add_argument("names", nargs="*", help="only these sources (default: all of apps.toml)")
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS,
                        help="folder of <owner>+<name>/repo bare mirrors "
                        f"(default: {DEFAULT_MIRRORS})")
    parser.add_argument("--offline", action="store_true",
                        help="never fetch from GitHub; only local mirrors")
    args = parser.parse_args()

    sources = load_sources()
    unknown = set(args.names) - {source["name"] for source in sources}
    if unknown:
        sys.exit(f"error: not in {APPS_TOML.name}: {', '.join(sorted(unknown))}")
    CHECKOUTS.mkdir(exist_ok=True)
    failed = 0
    for source in sources:
        if args.names and source["name"] not in args.names:
            continue
        try:
            print(lay_out(source, args.mirrors, CHECKOUTS, not args.offline), flush=True)
        except (LayoutError, OSError) as err:
            failed += 1
            print(f"error: {source['name']}: {err}", file=sys.stderr, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
