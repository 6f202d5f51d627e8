#!/usr/bin/env python3
"""Keeps the catalogues of the other languages complete: every message of the English source
(locales/en/*.ftl, plus the texts whose English lives in exercises/info.toml and in
crates/kit/src/src_policy.toml) gets an entry in locales/<lang>/, in the same file and order,
with the English comments for context. A message that is not translated yet is a copy of the
English under a `# TODO(translate)` line; a translated one (no such line) is kept as it is.

Run it after adding English messages:  python3 locales/placeholders.py
It only ADDS files: a catalogue that exists in locales/<lang>/ is never rewritten (translators
own those files), and the messages it lacks are listed instead. A new English message therefore
goes in a new English file (locales/en/kit-2.ftl), which gets its placeholders here. To rewrite
existing catalogues too (keeping their translated messages, adding TODOs for the rest), when
nobody is translating them:  python3 locales/placeholders.py --rewrite-existing

kit's catalogue test (`cargo test -p kit catalogue`) fails until every language has every
message with the same arguments.
"""

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["vi", "uk"]
TODO = "# TODO(translate)"
MESSAGE = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*) =")


def escape(text):
    """English text from a data file as a Fluent pattern: braces become string literals."""
    return text.replace("{", "\0").replace("}", '{"}"}').replace("\0", '{"{"}')


def entries(source):
    """The file as a list of chunks: ("message", id, comment_lines, body_lines) or
    ("text", lines) for comments and blank lines that stand alone."""
    chunks, pending = [], []
    lines = source.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        match = MESSAGE.match(line)
        if match:
            body = [line]
            i += 1
            while i < len(lines) and lines[i].startswith((" ", "\t")) and lines[i].strip():
                body.append(lines[i])
                i += 1
            chunks.append(("message", match.group(1), pending, body))
            pending = []
            continue
        if line.startswith("# ") or line == "#":
            pending.append(line)
        else:
            if pending:
                chunks.append(("text", pending))
                pending = []
            chunks.append(("text", [line]))
        i += 1
    if pending:
        chunks.append(("text", pending))
    return chunks


def translated(path):
    """The messages of an existing catalogue that are translated: id -> body lines."""
    if not path.exists():
        return {}
    kept = {}
    for chunk in entries(path.read_text()):
        if chunk[0] == "message" and TODO not in chunk[2]:
            kept[chunk[1]] = chunk[3]
    return kept


def localize(english_source, existing):
    out = []
    for chunk in entries(english_source):
        if chunk[0] == "text":
            out.extend(chunk[1])
            continue
        _, message_id, comments, body = chunk
        out.extend(comments)
        if message_id in existing:
            out.extend(existing[message_id])
        else:
            out.append(TODO)
            out.extend(body)
    return "\n".join(out)


def metadata_source():
    """An English catalogue of the texts whose English lives in data files."""
    info = tomllib.loads((ROOT / "exercises/info.toml").read_text())
    policy = tomllib.loads((ROOT / "crates/kit/src/src_policy.toml").read_text())
    out = [
        "### Texts whose English lives in data files, not in a .ftl file: each exercise's",
        "### title and topic (`kit list`), hint (`kit hint`) and the \"why it matters\" line of",
        "### each check (exercises/info.toml), and the source policy's teaching texts",
        "### (crates/kit/src/src_policy.toml). Written by locales/placeholders.py from those files.",
        "",
    ]
    for exercise in info["exercises"]:
        eid = exercise["id"]
        out.append(f"## {eid}: {exercise['title']}")
        out.append("")
        out.append("# The exercise's title, one line in `kit list`.")
        out.append(f"{eid}-title = {escape(exercise['title'])}")
        out.append("# The concept it teaches, a short phrase in `kit list`.")
        out.append(f"{eid}-topic = {escape(exercise['topic'])}")
        out.append("# `kit hint`: a nudge, not the answer.")
        out.append(f"{eid}-hint = {escape(exercise['hint'].strip())}")
        for check in exercise.get("checks", []):
            test = check["test"]
            out.append(f"# The \"why it matters\" line of the check `{test}` ({check['kind']}).")
            out.append(f"{eid}-check-{test.replace('_', '-')} = {escape(check['teaches'])}")
        out.append("")
    out.append("## The source policy: what a learner's src/ may not use")
    out.append("##")
    out.append("## $name (text): what was found: a path as kit found it (`tokio::time::advance`), or one of")
    out.append("##   the policy-construct-... phrases below, in this language")
    out.append("")
    rules = list(policy.get("paths", [])) + list(policy.get("modules", []))
    rules.append(policy["macro_built_path"])
    rules.extend(policy["attributes"])
    for key in ["unsafe_code", "hidden_source", "unreadable"]:
        rules.append(policy[key])
    for rule in rules:
        for part in ["problem", "why", "help"]:
            text = escape(rule[part]).replace('{"{"}name{"}"}', "{ $name }")
            out.append(f"policy-{rule['rule']}-{part} = {text}")
        out.append("")
    out.append("## What the rules above name as $name when they find a construct rather than a path")
    for construct in policy["constructs"]:
        out.append(f"policy-construct-{construct['id']} = {escape(construct['text'])}")
    out.append("")
    return "\n".join(out)


def message_ids(source):
    return [chunk[1] for chunk in entries(source) if chunk[0] == "message"]


def main():
    rewrite_existing = "--rewrite-existing" in sys.argv[1:]
    english = ROOT / "locales/en"
    sources = {path.name: path.read_text() for path in sorted(english.glob("*.ftl"))}
    sources["metadata.ftl"] = metadata_source()
    for language in LANGUAGES:
        folder = ROOT / "locales" / language
        folder.mkdir(exist_ok=True)
        for name, source in sources.items():
            target = folder / name
            if target.exists() and not rewrite_existing:
                present = set(message_ids(target.read_text()))
                missing = [m for m in message_ids(source) if m not in present]
                if missing:
                    print(
                        f"locales/{language}/{name} lacks {len(missing)} messages and is "
                        f"left alone: {', '.join(missing)}",
                        file=sys.stderr,
                    )
                continue
            target.write_text(localize(source, translated(target)))
            print(f"locales/{language}/{name}: written", file=sys.stderr)
        todo = sum(p.read_text().count(TODO) for p in folder.glob("*.ftl"))
        print(f"locales/{language}: {todo} messages to translate", file=sys.stderr)


if __name__ == "__main__":
    main()
