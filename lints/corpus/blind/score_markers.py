#!/usr/bin/env python3
"""Score asynclint's findings against the `// EXPECT: rule` / `// OK: rule` markers of a corpus.

Each crate directory given is checked on its own (`asynclint check --format json`), with a
config that turns every rule the binary knows on at "warn" (so allow-by-default rules are
scored too), unless `--config` names one. Markers are trailing comments on the code line where
a finding starts: `// EXPECT: rule-a, rule-b` (a rule listed twice expects two findings on that
line), `// OK: rule-a`; both may appear on one line.

Per rule: a finding on a line whose EXPECT list has that rule (as many times as listed) is a
true positive; any other finding is a false positive (split into "on an OK line" and "on an
unlabelled line"); an EXPECT with no finding is a miss. Rules named in markers that the binary
does not know are still scored (every EXPECT of them is a miss).

Usage:
    score_markers.py [--bin PATH] [--config FILE] [--rules a,b] [--details] CRATE_DIR...
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

MARKER = re.compile(r"//\s*(EXPECT|OK):\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)")


def known_rules(binary: str) -> list[str]:
    """Rule names listed by `asynclint rules` (first column of the table)."""
    out = subprocess.run([binary, "rules"], check=True, capture_output=True, text=True).stdout
    rules = []
    for line in out.splitlines()[1:]:
        if not line.strip():
            break
        rules.append(line.split()[0])
    return rules


def write_config(rules: list[str]) -> str:
    handle, path = tempfile.mkstemp(prefix="asynclint-score-", suffix=".toml")
    with os.fdopen(handle, "w") as f:
        f.write("[rules]\n")
        for rule in rules:
            f.write(f'{rule} = "warn"\n')
    return path


def read_markers(crate: str):
    """(path, line) -> Counter of expected rules, and (path, line) -> set of OK rules."""
    expected: dict[tuple[str, int], collections.Counter] = {}
    quiet: dict[tuple[str, int], set[str]] = {}
    for dirpath, dirnames, filenames in os.walk(crate):
        dirnames[:] = [d for d in dirnames if d not in ("target", ".git")]
        for name in filenames:
            if not name.endswith(".rs"):
                continue
            path = os.path.realpath(os.path.join(dirpath, name))
            with open(path, encoding="utf-8") as f:
                for number, text in enumerate(f, start=1):
                    for kind, names in MARKER.findall(text):
                        rules = [r.strip() for r in names.split(",") if r.strip()]
                        if kind == "EXPECT":
                            expected.setdefault((path, number), collections.Counter()).update(rules)
                        else:
                            quiet.setdefault((path, number), set()).update(rules)
    return expected, quiet


def run_check(binary: str, config: str, crate: str):
    crate = os.path.realpath(crate)
    parent, name = os.path.split(crate)
    proc = subprocess.run(
        [binary, "check", "--format", "json", "--config", config, name],
        cwd=parent,
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"error: asynclint failed on {crate} (exit {proc.returncode}): {proc.stderr.strip()}")
    found = collections.Counter()
    for finding in json.loads(proc.stdout or "[]"):
        path = os.path.realpath(os.path.join(parent, finding["path"]))
        found[(finding["rule"], path, finding["line"])] += 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crates", nargs="+", help="crate directories to check")
    parser.add_argument("--bin", default="target/release/asynclint", help="the asynclint binary")
    parser.add_argument("--config", help="config file (default: every known rule at warn)")
    parser.add_argument("--rules", help="comma-separated rules to score (default: rules in the markers)")
    parser.add_argument("--details", action="store_true", help="list every false positive and miss")
    args = parser.parse_args()

    binary = os.path.realpath(args.bin)
    rules_known = known_rules(binary)
    config = args.config or write_config(rules_known)
    if not args.config:
        print(f"config: every rule the binary knows at warn: {', '.join(rules_known)}")

    tally = collections.defaultdict(collections.Counter)
    labels = collections.defaultdict(collections.Counter)
    details = []
    unscored = collections.Counter()
    marker_rules: set[str] = set()
    per_crate = []

    for crate in args.crates:
        expected, quiet = read_markers(crate)
        found = run_check(binary, config, crate)
        for counter in expected.values():
            marker_rules.update(counter)
        for oks in quiet.values():
            marker_rules.update(oks)
        scored = set(args.rules.split(",")) if args.rules else marker_rules
        crate_tally = collections.defaultdict(collections.Counter)
        for (path, line), counter in expected.items():
            for rule, n in counter.items():
                labels[rule]["expect"] += n
        for (path, line), oks in quiet.items():
            for rule in oks:
                labels[rule]["ok"] += 1
        sites = {(rule, path, line) for (rule, path, line) in found}
        sites |= {(rule, path, line) for (path, line), c in expected.items() for rule in c}
        for rule, path, line in sorted(sites):
            if rule not in scored:
                unscored[rule] += found[(rule, path, line)]
                continue
            want = expected.get((path, line), collections.Counter())[rule]
            got = found[(rule, path, line)]
            tp, fp, fn = min(want, got), max(got - want, 0), max(want - got, 0)
            where = os.path.relpath(path)
            for t in (tally[rule], crate_tally[rule]):
                t["tp"] += tp
                t["fn"] += fn
                if fp:
                    is_ok = rule in quiet.get((path, line), set())
                    t["fp_ok" if is_ok else "fp_unlabelled"] += fp
            if fp:
                kind = "FP (OK line)" if rule in quiet.get((path, line), set()) else "FP (unlabelled)"
                details.append(f"{kind:16} {rule:20} {where}:{line}")
            if fn:
                details.append(f"{'MISS':16} {rule:20} {where}:{line}")
        per_crate.append((os.path.basename(os.path.realpath(crate)), crate_tally))

    def row(name: str, t: collections.Counter) -> str:
        fp = t["fp_ok"] + t["fp_unlabelled"]
        precision = t["tp"] / (t["tp"] + fp) if t["tp"] + fp else float("nan")
        recall = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else float("nan")
        return (
            f"| {name} | {t['tp']} | {fp} ({t['fp_ok']} on OK lines) | {t['fn']} "
            f"| {precision:.3f} | {recall:.3f} |"
        )

    scored_rules = sorted(set(args.rules.split(",")) if args.rules else marker_rules)
    print()
    print("| rule | EXPECT | OK |")
    print("|---|---|---|")
    for rule in scored_rules:
        print(f"| {rule} | {labels[rule]['expect']} | {labels[rule]['ok']} |")
    print()
    print("| rule | TP | FP | FN | precision | recall |")
    print("|---|---|---|---|---|---|")
    total = collections.Counter()
    for rule in scored_rules:
        known = "" if rule in rules_known else " (unknown to this binary)"
        print(row(rule + known, tally[rule]))
        total.update(tally[rule])
    print(row("**all**", total))
    print()
    print("per crate (all scored rules):")
    for name, crate_tally in per_crate:
        t = collections.Counter()
        for rule in scored_rules:
            t.update(crate_tally[rule])
        print("  " + row(name, t))
    if unscored:
        print()
        print("findings of rules not scored here: " + ", ".join(f"{r} {n}" for r, n in sorted(unscored.items())))
    if args.details and details:
        print()
        print("\n".join(details))


if __name__ == "__main__":
    main()
