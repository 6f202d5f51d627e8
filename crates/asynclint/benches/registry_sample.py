#!/usr/bin/env python3
"""Lays out a seeded random sample of the crates in the local cargo registry, for instruction
counts: valgrind over the whole registry (3 M lines) takes hours, a sample of 300k lines a
few minutes. The crates are drawn in a seeded order from the sorted list of crate
directories, and taken whole until their `.rs` files reach the line count; the same seed on
the same registry gives the same sample. Crates over `--max-crate-lines` (generated bindings
such as windows-sys, 330k lines of declarations) are passed over, so that no single crate
decides the figure.

Usage: registry_sample.py OUT_DIR [--seed N] [--lines N]
Then:  crates/asynclint/benches/instructions.sh OUT_DIR
"""

import argparse
import os
import random
import shutil
import sys
from pathlib import Path


def registry_sources() -> Path:
    home = os.environ.get("CARGO_HOME") or os.path.join(os.path.expanduser("~"), ".cargo")
    return Path(home) / "registry" / "src"


def rust_lines(crate: Path) -> int:
    lines = 0
    for path in crate.rglob("*.rs"):
        if path.is_file():
            with open(path, "rb") as file:
                lines += file.read().count(b"\n")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="where to copy the sampled crates (must not exist)")
    parser.add_argument("--seed", type=int, default=8, help="the seed of the draw (default 8)")
    parser.add_argument("--lines", type=int, default=300_000, help="lines of Rust to reach (default 300000)")
    parser.add_argument("--max-crate-lines", type=int, default=50_000,
                        help="pass over crates larger than this (default 50000)")
    args = parser.parse_args()

    if args.out_dir.exists():
        print(f"registry_sample.py: {args.out_dir} exists already; give a new directory", file=sys.stderr)
        return 2
    crates = sorted(p for index in registry_sources().iterdir() if index.is_dir()
                    for p in index.iterdir() if p.is_dir())
    if not crates:
        print(f"registry_sample.py: no crates under {registry_sources()}", file=sys.stderr)
        return 2
    random.Random(args.seed).shuffle(crates)
    args.out_dir.mkdir(parents=True)
    total, taken = 0, []
    for crate in crates:
        if total >= args.lines:
            break
        lines = rust_lines(crate)
        if lines == 0 or lines > args.max_crate_lines:
            continue
        shutil.copytree(crate, args.out_dir / crate.name, symlinks=True)
        total += lines
        taken.append(crate.name)
    print(f"{len(taken)} of {len(crates)} crates, {total:,} lines of Rust (seed {args.seed}) in {args.out_dir}")
    print(" ".join(taken))
    return 0


if __name__ == "__main__":
    sys.exit(main())
