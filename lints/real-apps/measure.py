#!/usr/bin/env python3
"""Measures asynclint on the real tokio code of apps.toml (see README.md for the loop).

  run     run asynclint on every checkout, save the findings per source, print the counts
  table   print the counts of a saved run again
  sample  write judging packets for a seeded random sample of non-test findings in the apps
  diff    list the findings that appeared and disappeared between two saved runs
"""

import argparse
import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from layout import CHECKOUTS, HERE, STAMP, load_sources
from packets import packet
from sourcetree import SourceTree

REPO = HERE.parent.parent
RUNS = HERE / "runs"
DEFAULT_ASYNCLINT = REPO / "target" / "release" / "asynclint"
SAMPLES = Path("/tmp/asynclint-samples")
# Diagnostics about the input, not findings of a rule: counted apart, like any diagnostic whose
# name `asynclint rules` does not list as a rule.
INPUT_PROBLEMS = {"syntax-error", "io-error", "unused-suppression"}


def fail(message):
    sys.exit(f"error: {message}")


def asynclint_command(path):
    path = Path(path)
    if not path.is_file():
        fail(f"no asynclint binary at {path}; build it with `cargo build --release -p asynclint` "
             "or pass --asynclint PATH")
    return str(path.resolve())


def rule_names(asynclint):
    """The rule names `asynclint rules` lists (the first word of each line naming a rule)."""
    listed = subprocess.run([asynclint, "rules"], capture_output=True, text=True, check=False)
    names = []
    for line in listed.stdout.splitlines():
        word = line.split()[0] if line.split() else ""
        if word.replace("-", "").isalpha() and "-" in word and word not in INPUT_PROBLEMS:
            names.append(word)
    return names


def engine_version(asynclint):
    version = subprocess.run([asynclint, "--version"], capture_output=True,
                             text=True).stdout.strip()
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "crates"],
                           capture_output=True, text=True).stdout.strip()
    return f"{version} at {commit}{' with uncommitted changes in crates/' if dirty else ''}"


def checkout_of(source):
    """The checkout of a source, refusing one that is missing or at another commit."""
    checkout = CHECKOUTS / source["name"]
    try:
        stamp = json.loads((checkout / STAMP).read_text())
    except (OSError, ValueError):
        return None, f"{source['name']}: not laid out; run layout.py"
    if stamp.get("commit") != source["commit"]:
        return None, (f"{source['name']}: checkouts/ holds {stamp.get('commit', '?')[:12]} but "
                      f"apps.toml pins {source['commit'][:12]}; run layout.py")
    return checkout, None


def run_source(asynclint, source, checkout):
    """Run asynclint on one checkout and classify its findings; the saved record."""
    started = time.monotonic()
    done = subprocess.run([asynclint, "check", "--format", "json", "--color", "never", "."],
                          cwd=checkout, capture_output=True, text=True, check=False)
    seconds = time.monotonic() - started
    record = {key: source[key] for key in ("name", "repo", "commit", "kind")}
    record.update(exit_code=done.returncode, seconds=round(seconds, 2),
                  stderr=done.stderr[-4000:], error=None, findings=[])
    if done.returncode not in (0, 1):
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        record["error"] = f"asynclint exited {done.returncode}: {last}"
        return record
    try:
        findings = json.loads(done.stdout)
    except ValueError as err:
        record["error"] = f"asynclint's JSON does not parse: {err}"
        return record
    tree = SourceTree(checkout)
    for finding in findings:
        finding["path"] = Path(finding["path"]).as_posix().removeprefix("./")
        finding["test"] = tree.is_test(finding["path"], finding["line"])
        # A file no `mod` reaches is not compiled; the rules spec stops analysing it.
        finding["unreached"] = finding["path"] not in tree.reached_files()
    record["findings"] = findings
    record["lines"] = {**tree.line_counts(), "files": len(tree.files)}
    return record


def load_run(label_or_dir):
    folder = Path(label_or_dir)
    if not folder.is_dir():
        folder = RUNS / label_or_dir
    if not (folder / "run.json").is_file():
        fail(f"no saved run at {folder} (run `measure.py run --label LABEL` first)")
    meta = json.loads((folder / "run.json").read_text())
    records = [json.loads((folder / f"{name}.json").read_text()) for name in meta["sources"]
               if (folder / f"{name}.json").is_file()]
    return meta, records


def counts(record, rules):
    per_rule = {rule: 0 for rule in rules}
    tests = inputs = unreached = 0
    for finding in record["findings"]:
        if finding["rule"] not in rules:
            inputs += 1
        elif finding["test"]:
            tests += 1
        else:
            per_rule[finding["rule"]] += 1
            unreached += finding.get("unreached", False)
    return per_rule, tests, inputs, unreached


def per_100k(findings, lines):
    return f"{findings * 100_000 / lines:.1f}" if lines else "-"


def lines_of(count):
    return f"{count:,} line{'' if count == 1 else 's'}"


def print_table(meta, records):
    rules = meta["rules"]
    print(f"asynclint: {meta['engine']}; run `{meta['label']}`, {meta['seconds']:.0f} s in all\n")
    header = ["source", "non-test lines", *rules, "findings", "per 100k", "in tests",
              "input problems", "in unreached files"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    by_rule_totals = {}
    for kind, title in (("app", "apps"), ("library", "libraries")):
        group = [r for r in records if r["kind"] == kind]
        totals = {rule: 0 for rule in rules}
        lines = tests = inputs = 0
        unreached = (0, 0)  # findings, lines
        for record in group:
            if record["error"]:
                print(f"| {record['name']} | {record['error']} |" + " |" * (len(header) - 2))
                continue
            per_rule, in_tests, problems, in_unreached = counts(record, rules)
            found = sum(per_rule.values())
            non_test = record["lines"]["non_test"]
            unreached_lines = record["lines"]["unreached_non_test"]
            print(f"| {record['name']} | {non_test:,} | "
                  + " | ".join(str(per_rule[rule]) for rule in rules)
                  + f" | {found} | {per_100k(found, non_test)} | {in_tests} | {problems} | "
                  + (f"{in_unreached} ({lines_of(unreached_lines)}) |"
                     if unreached_lines else "- |"))
            for rule in rules:
                totals[rule] += per_rule[rule]
            lines, tests, inputs = lines + non_test, tests + in_tests, inputs + problems
            unreached = (unreached[0] + in_unreached, unreached[1] + unreached_lines)
        found = sum(totals.values())
        print(f"| **all {title}** | **{lines:,}** | "
              + " | ".join(f"**{totals[rule]}**" for rule in rules)
              + f" | **{found}** | **{per_100k(found, lines)}** | {tests} | {inputs} | "
              + f"{unreached[0]} ({lines_of(unreached[1])}) |")
        by_rule_totals[title] = (totals, lines)
    print("\nper rule, outside test code: findings (per 100k non-test lines)\n")
    print("| rule | apps | libraries |\n|---|---|---|")
    for rule in rules:
        cells = [f"{totals[rule]} ({per_100k(totals[rule], lines)})"
                 for totals, lines in by_rule_totals.values()]
        print(f"| {rule} | " + " | ".join(cells) + " |")
    print("\n`in unreached files`: findings outside test code in files that no `mod` reaches "
          "from a crate root (rustc does not compile them), and those files' lines; both are "
          "included in the figures above.")
    odd = [(r["name"], f) for r in records for f in r["findings"] if f["rule"] not in rules]
    if odd:
        print("\ninput problems (files asynclint could not analyse):")
        for name, finding in odd:
            print(f"  {name}: {finding['path']}:{finding['line']}:{finding['column']}: "
                  f"{finding['rule']}: {finding['message']}")


def command_run(args):
    asynclint = asynclint_command(args.asynclint)
    sources = [s for s in load_sources() if not args.only or s["name"] in args.only]
    folder = RUNS / args.label
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"label": args.label, "engine": engine_version(asynclint), "asynclint": asynclint,
            "rules": rule_names(asynclint), "sources": [], "seconds": 0.0}
    started = time.monotonic()
    records, problems = [], 0
    for source in sources:
        checkout, why = checkout_of(source)
        if checkout is None:
            print(f"error: {why}", file=sys.stderr)
            problems += 1
            continue
        record = run_source(asynclint, source, checkout)
        if record["error"]:
            print(f"error: {source['name']}: {record['error']}", file=sys.stderr)
            problems += 1
        else:
            print(f"{source['name']}: {len(record['findings'])} diagnostics, "
                  f"{record['lines']['non_test']:,} non-test lines, "
                  f"asynclint {record['seconds']} s", file=sys.stderr)
        (folder / f"{source['name']}.json").write_text(json.dumps(record, indent=1))
        meta["sources"].append(source["name"])
        records.append(record)
    meta["seconds"] = round(time.monotonic() - started, 1)
    (folder / "run.json").write_text(json.dumps(meta, indent=1))
    print(f"saved to {folder}\n", file=sys.stderr)
    print_table(meta, records)
    return 1 if problems else 0


def command_table(args):
    print_table(*load_run(args.label))
    return 0


def draw(records, rule, seed, count):
    """(every non-test finding of `rule` in the apps, a seeded sample of `count` of them) as
    (source name, finding) pairs. The population is sorted by place first, so the sample depends
    only on the findings and the seed, never on the order the run saved them in; each rule has
    its own seed, so one rule's findings never shift another's sample."""
    population = sorted(
        ((r["name"], f) for r in records if r["kind"] == "app" and not r["error"]
         for f in r["findings"] if f["rule"] == rule and not f["test"]),
        key=lambda item: (item[0], item[1]["path"], item[1]["line"], item[1]["column"],
                          item[1]["message"]))
    drawn = random.Random(f"{seed}/{rule}").sample(population, min(count, len(population)))
    return population, drawn


def demote_headings(markdown):
    """The docs' headings two levels down, under the file's own `#` and `##` ones."""
    out, in_code = [], False
    for line in markdown.splitlines():
        in_code ^= line.startswith("```")
        out.append("##" + line if line.startswith("#") and not in_code else line)
    return "\n".join(out)


def command_sample(args):
    asynclint = asynclint_command(args.asynclint)
    meta, records = load_run(args.label)
    out = Path(args.out) if args.out else SAMPLES / Path(args.label).name
    rules = args.rules or meta["rules"]
    out.mkdir(parents=True, exist_ok=True)
    index = [f"# Judging packets: run `{meta['label']}`, seed {args.seed}, up to {args.per_rule} "
             "per rule\n",
             f"asynclint: {meta['engine']}. Findings outside test code in the apps "
             f"({', '.join(r['name'] for r in records if r['kind'] == 'app')}).\n",
             "Judge each item against the rule's docs at the top of its file, and answer one line "
             "per item: `R7: real`, `R7: false — <the pattern behind it>` or "
             "`R7: debatable — <why>`.\n",
             "| rule | findings | sampled | file |", "|---|---|---|---|"]
    key = {}
    trees = {}
    for rule in rules:
        population, drawn = draw(records, rule, args.seed, args.per_rule)
        docs = demote_headings(
            subprocess.run([asynclint, "explain", rule], capture_output=True, text=True).stdout)
        parts = [f"# {rule}: {len(drawn)} of {len(population)} findings (run `{meta['label']}`, "
                 f"seed {args.seed})", "## The rule's documentation (`asynclint explain`)",
                 docs.strip() or "(asynclint explain printed nothing)"]
        for number, (name, finding) in enumerate(drawn, 1):
            if name not in trees:
                trees[name] = SourceTree(CHECKOUTS / name)
            parts.append("---")
            parts.append(packet(trees[name], name, finding, number))
            key[f"{rule}/R{number}"] = {"source": name, **{k: finding[k] for k in (
                "path", "line", "column", "message")}}
        (out / f"{rule}.md").write_text("\n\n".join(parts) + "\n")
        index.append(f"| {rule} | {len(population)} | {len(drawn)} | {rule}.md |")
    (out / "index.md").write_text("\n".join(index) + "\n")
    (out / "key.json").write_text(json.dumps(key, indent=1))
    print(f"wrote {len(key)} packets for {len(rules)} rules to {out}")
    return 0


def finding_key(name, finding):
    return (name, finding["rule"], finding["path"], finding["line"], finding["column"])


def command_diff(args):
    before_meta, before = load_run(args.before)
    after_meta, after = load_run(args.after)
    print(f"before: `{before_meta['label']}` ({before_meta['engine']})")
    print(f"after:  `{after_meta['label']}` ({after_meta['engine']})")
    commits = {r["name"]: r["commit"] for r in before}
    common = commits.keys() & {r["name"] for r in after}
    alone = sorted((commits.keys() | {r["name"] for r in after}) - common)
    if alone:
        print(f"left out, measured in only one of the runs: {', '.join(alone)}")
    for record in after:
        if record["name"] in common and commits[record["name"]] != record["commit"]:
            print(f"warning: {record['name']} was measured at two commits; lines moved")
    before = [r for r in before if r["name"] in common]
    after = [r for r in after if r["name"] in common]

    listed = set(before_meta["rules"]) | set(after_meta["rules"])

    def findings(records):
        return {finding_key(r["name"], f): f for r in records for f in r["findings"]
                if args.all or (f["rule"] in listed and not f["test"])}

    old, new = findings(before), findings(after)
    rules = sorted({key[1] for key in old} | {key[1] for key in new})
    for rule in rules:
        gone = sorted(k for k in old.keys() - new.keys() if k[1] == rule)
        came = sorted(k for k in new.keys() - old.keys() if k[1] == rule)
        reworded = sorted(k for k in old.keys() & new.keys()
                          if k[1] == rule and old[k]["message"] != new[k]["message"])
        print(f"\n## {rule}: {len(gone)} disappeared, {len(came)} appeared, "
              f"{len(reworded)} reworded")
        for title, keys, table in (("disappeared", gone, old), ("appeared", came, new),
                                   ("reworded", reworded, new)):
            for key in keys:
                place = f"{key[0]}: {key[2]}:{key[3]}:{key[4]}"
                print(f"  {title:<11} {place}: {table[key]['message']}")
                if title == "reworded":
                    print(f"  {'':<11} was: {old[key]['message']}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    modes = parser.add_subparsers(dest="mode", required=True)

    run = modes.add_parser("run", help="run asynclint on every checkout and print the counts",
                           description="Run `asynclint check --format json` (default settings) on "
                           "each checkout, classify every finding as test code or not, save the "
                           "findings per source under runs/LABEL/, and print per source and in "
                           "total the findings per rule outside test code and per 100k non-test "
                           "lines, apps and libraries apart.")
    run.add_argument("--label", required=True, help="name of this run (e.g. baseline)")
    run.add_argument("--asynclint", default=DEFAULT_ASYNCLINT,
                     help="the binary to measure (default: target/release/asynclint)")
    run.add_argument("--only", nargs="+", metavar="NAME", help="only these sources")
    run.set_defaults(handler=command_run)

    table = modes.add_parser("table", help="print the counts of a saved run",
                             description="Print the tables of a saved run again.")
    table.add_argument("label", help="a run label (under runs/) or a run folder")
    table.set_defaults(handler=command_table)

    sample = modes.add_parser("sample", help="write judging packets for a seeded sample",
                              description="Draw, for each rule, a seeded random sample of its "
                              "findings outside test code across all apps (all of them when "
                              "fewer), and write one markdown file per rule, headed by the rule's "
                              "docs, with a judging packet per finding numbered R1..Rn. The same "
                              "run and seed always draw the same sample.")
    sample.add_argument("--label", required=True, help="the saved run to draw from")
    sample.add_argument("--seed", type=int, default=1)
    sample.add_argument("--per-rule", type=int, default=15)
    sample.add_argument("--rules", nargs="+", metavar="RULE", help="only these rules")
    sample.add_argument("--out", help=f"output folder (default: {SAMPLES}/LABEL/)")
    sample.add_argument("--asynclint", default=DEFAULT_ASYNCLINT,
                        help="the binary whose `explain` heads each file")
    sample.set_defaults(handler=command_sample)

    diff = modes.add_parser("diff", help="compare two saved runs",
                            description="List, per rule, the findings outside test code that "
                            "appeared, disappeared or changed their message between two saved "
                            "runs (labels under runs/ or run folders), with file:line and message.")
    diff.add_argument("before")
    diff.add_argument("after")
    diff.add_argument("--all", action="store_true",
                      help="include findings in test code and input problems")
    diff.set_defaults(handler=command_diff)

    args = parser.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `measure.py diff a b | head` ends quietly
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
