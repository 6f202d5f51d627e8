#!/usr/bin/env python3
"""Scores asynclint on labelled crates: compares its JSON findings with the `// EXPECT: rule` markers.

A finding on a line whose EXPECT list names its rule is a true positive (a rule listed twice on a line
expects two findings there); any other finding is a false positive; an expected finding the engine did not
report is a miss. False positives are split into those on lines labelled `// OK: rule` (a look-alike the
corpus says must stay quiet) and those on unlabelled lines.

    python3 lints/corpus/blind/score_markers.py --config lints/corpus/blind/2026-11-r1/a-score.toml \
        lints/corpus/blind/2026-11-r1/a-*/

The engine is run once per crate as `asynclint check --format json --config <file> <crate>`, from the
current directory (the repository root), so build it first: `cargo build --release -p asynclint`.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

MARKER = re.compile(r"//\s*(EXPECT|OK):\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)")


def read_markers(crate):
    """Returns ({(path, line, rule): expected count}, {(path, line, rule)} labelled OK) for a crate."""
    expected = collections.Counter()
    quiet = set()
    for root, dirs, files in os.walk(crate):
        dirs[:] = [d for d in dirs if d != "target"]
        for name in sorted(files):
            if not name.endswith(".rs"):
                continue
            path = os.path.realpath(os.path.join(root, name))
            with open(path, encoding="utf-8") as f:
                for number, text in enumerate(f, start=1):
                    for kind, rules in MARKER.findall(text):
                        for rule in re.split(r"\s*,\s*", rules.strip()):
                            if kind == "EXPECT":
                                expected[(path, number, rule)] += 1
                            else:
                                quiet.add((path, number, rule))
    return expected, quiet


def run_engine(binary, config, crate):
    """Returns the engine's findings on a crate as a Counter of (path, line, rule)."""
    command = [binary, "check", "--format", "json"]
    if config:
        command += ["--config", config]
    command.append(crate)
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed with exit code {done.returncode}:\n{done.stderr}")
    found = collections.Counter()
    for finding in json.loads(done.stdout or "[]"):
        found[(os.path.realpath(finding["path"]), finding["line"], finding["rule"])] += 1
    return found


def ratio(numerator, denominator):
    return f"{numerator / denominator:.3f}" if denominator else "n/a"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crates", nargs="+", help="crate directories to score")
    parser.add_argument("--binary", default="target/release/asynclint")
    parser.add_argument("--config", help="asynclint config passed to every run (set the rules to warn)")
    parser.add_argument("--details", action="store_true", help="list every false positive and miss")
    args = parser.parse_args()

    tp = collections.Counter()
    fp_ok = collections.Counter()
    fp_unlabelled = collections.Counter()
    fn = collections.Counter()
    labelled = collections.Counter()
    details = []
    for crate in args.crates:
        expected, quiet = read_markers(crate)
        found = run_engine(args.binary, args.config, crate)
        for key in set(expected) | set(found):
            path, line, rule = key
            hit = min(expected[key], found[key])
            tp[rule] += hit
            if found[key] > hit:
                extra = found[key] - hit
                (fp_ok if key in quiet else fp_unlabelled)[rule] += extra
                kind = "false positive (OK line)" if key in quiet else "false positive (unlabelled line)"
                details.append((rule, kind, os.path.relpath(path), line))
            if expected[key] > hit:
                fn[rule] += expected[key] - hit
                details.append((rule, "miss", os.path.relpath(path), line))
        for path, line, rule in quiet:
            labelled[rule] += 1

    rules = sorted(set(tp) | set(fp_ok) | set(fp_unlabelled) | set(fn) | set(labelled))
    print("| rule | TP | FP (on OK lines) | FP (unlabelled) | FN | precision | recall |")
    print("|---|---|---|---|---|---|---|")
    for rule in rules:
        fp = fp_ok[rule] + fp_unlabelled[rule]
        print(
            f"| {rule} | {tp[rule]} | {fp_ok[rule]} | {fp_unlabelled[rule]} | {fn[rule]} "
            f"| {ratio(tp[rule], tp[rule] + fp)} | {ratio(tp[rule], tp[rule] + fn[rule])} |"
        )
    if args.details:
        print()
        for rule, kind, path, line in sorted(details):
            print(f"{rule}: {kind}: {path}:{line}")


if __name__ == "__main__":
    main()
