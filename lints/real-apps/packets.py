"""Judging packets: one finding with everything a judge needs to call it real, false or
debatable without opening the source: the finding as asynclint reported it, the whole enclosing
fn (signature to closing brace, numbered, the finding's lines marked), the `impl` it sits in, the
file's `use` lines, the declared type of the `self.field`s it touches, and the definitions in the
same crate of the fns it names or calls (found by name, best effort; several are all shown).
"""

import re

import rustscan

# A fn longer than this is shown around the lines of the finding, with the cuts marked.
WHOLE_FN_LINES = 250
CONTEXT_AROUND_FINDING = 60
# A callee body longer than this is cut after its first CALLEE_HEAD_LINES lines.
CALLEE_MAX_LINES = 90
CALLEE_HEAD_LINES = 70
MAX_DEFINITIONS = 4
MAX_CALLEES = 6
# Combinators and conversions a crate rarely defines for itself; looking them up adds noise.
NOT_LOOKED_UP = {
    "unwrap", "expect", "clone", "into", "to_string", "to_owned", "as_ref", "as_mut", "map",
    "map_err", "and_then", "ok", "err", "iter", "iter_mut", "into_iter", "collect", "len",
    "is_empty", "unwrap_or", "unwrap_or_default", "unwrap_or_else", "ok_or", "ok_or_else",
    "context", "with_context", "borrow", "deref", "from", "Some", "Ok", "Err", "Box", "Arc",
    "format", "vec", "println", "eprintln", "info", "debug", "warn", "error", "trace",
}
EXTERNAL_ROOTS = {"std", "core", "alloc", "tokio", "futures", "futures_util"}
BACKTICKED = re.compile(r"`([^`]+)`")
KEYWORDS = {"as", "async", "await", "break", "const", "continue", "crate", "else", "enum", "false",
            "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
            "ref", "return", "self", "static", "struct", "super", "trait", "true", "type",
            "unsafe", "use", "where", "while", "dyn"}
MAX_NAMED_VALUES = 4


def numbered(lines, first, marked, width=None):
    """Source lines with their numbers, `>>` in front of the marked ones."""
    width = width or len(str(first + len(lines)))
    return "\n".join(f"{'>>' if first + i in marked else '  '} {first + i:>{width}} | {text}"
                     for i, text in enumerate(lines))


def fenced(body, language="rust"):
    ticks = "````" if "```" in body else "```"
    return f"{ticks}{language}\n{body}\n{ticks}"


def span_text(lines, finding):
    first, last = finding["line"], max(finding["end_line"], finding["line"])
    chunk = lines[first - 1:last]
    if not chunk:
        return ""
    if len(chunk) == 1:
        return chunk[0][finding["column"] - 1:finding["end_column"] - 1]
    chunk[0] = chunk[0][finding["column"] - 1:]
    chunk[-1] = chunk[-1][:finding["end_column"] - 1]
    return "\n".join(chunk)


def called_names(code):
    """(path before the name, name) of every call in `code`, outermost first:
    `tokio::spawn(Store::open(p).run(x))` gives `tokio::spawn`, `Store::open`, `run`."""
    tokens = rustscan.tokenize(code)
    calls, depth = [], 0
    for index, token in enumerate(tokens):
        if token.text in "([{":
            depth += 1
        elif token.text in ")]}":
            depth -= 1
        if token.kind != "ident" or token.text in KEYWORDS:  # `let (a, b)`, `if (..)`
            continue
        after = index + 1
        if after + 2 < len(tokens) and tokens[after].text == ":" and tokens[after + 1].text == ":" \
                and tokens[after + 2].text == "<":
            after = rustscan.matching(tokens, after + 2, "<", ">") + 1  # a turbofish
        if after < len(tokens) and tokens[after].text == "(":
            path, at = [], index
            while at >= 3 and tokens[at - 1].text == ":" and tokens[at - 2].text == ":" \
                    and tokens[at - 3].kind == "ident":
                path.insert(0, tokens[at - 3].text)
                at -= 3
            calls.append((depth, index, path, token.text))
    calls.sort(key=lambda call: call[:2])
    return [(path, name) for _, _, path, name in calls]


def named_in_message(finding):
    """(path before the name, name) of the fns a message or note names in backticks (the steps
    of a blocking chain)."""
    names = []
    for text in [finding["message"], *finding.get("notes", [])]:
        for quoted in BACKTICKED.findall(text):
            path = re.split(r"[(<\s]", quoted.strip(), maxsplit=1)[0]
            segments = [s for s in path.split("::") if s]
            if not segments:
                continue
            name = segments[-1].split(".")[-1]
            # a fn: `JoinHandle` and other types are not, nor `.await`
            if re.fullmatch(r"[a-z_]\w*", name) and name not in KEYWORDS:
                names.append((segments[:-1], name))
    return names


def accessed_fields(code):
    """The fields the finding's code reads (`self.store`, `request.closed_shards`), in order."""
    found = re.findall(r"\.\s*([a-z_]\w*)\b(?!\s*(?:\(|::))", code)
    return list(dict.fromkeys(name for name in found if name not in KEYWORDS))


def plain_names(code):
    """The lowercase names the finding's code uses as values (not calls, fields, or paths)."""
    tokens = rustscan.tokenize(code)
    names = []
    for index, token in enumerate(tokens):
        before = tokens[index - 1].text if index else ""
        after = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if token.kind == "ident" and token.text[0].islower() and token.text not in KEYWORDS \
                and before not in (".", ":") and after not in ("(", "!", ":") \
                and token.text not in names:
            names.append(token.text)
    return names


def field_declarations(tree, path, field, crate_wide=True):
    """`field: Type` lines (a struct field or a parameter) in the finding's file, else anywhere
    in its crate. A value (`url: node.url.clone(),`, `ids: Vec::new(),`, `v: vec![]`) or a
    `use` group is not a type."""
    pattern = re.compile(rf"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:mut\s+)?{re.escape(field)}\s*:\s*"
                         r"(?!:)(?!.*\.\w)(?!.*::[a-z_]\w*\s*\()(?!.*!\s*[(\[])"
                         r"(\S[^{};]*?)\s*[,)]?\s*$")
    package = tree.package_of(path)
    same_crate = [p for p in tree.files if tree.package_of(p) == package] if crate_wide else []
    for candidates in ([path], same_crate):
        found = []
        for candidate in candidates:
            for number, line in enumerate(tree.scan(candidate).text.splitlines(), 1):
                if pattern.match(line):
                    found.append(f"{candidate}:{number}: {line.strip()}")
        if found:
            return found
    return []


def definitions(tree, package, qualifier, name, path=None, nearby_types=frozenset()):
    """Definitions of `name` in `package`, test code included (the engine may have matched
    one), most likely first: with a type qualifier (`Store::open`) only those in an `impl` of
    that type when there are some; then those in an `impl` of a type named near the finding
    (`nearby_types`: in its fn or the `use` lines), the finding's own file, non-test ones."""
    is_type = bool(qualifier and qualifier[0].isupper())

    def owned(fn):
        return bool(is_type and fn.owner and re.search(rf"\b{re.escape(qualifier)}\b", fn.owner))

    def nearby(fn):
        return bool(fn.owner and nearby_types & set(re.findall(r"[A-Z]\w*", fn.owner)))

    found = [entry for entry in tree.fn_definitions(name) if tree.package_of(entry[0]) == package]
    if any(owned(fn) for _, fn in found):
        found = [entry for entry in found if owned(entry[1])]
    return sorted(found, key=lambda e: (not nearby(e[1]), e[0] != path,
                                        is_test_definition(tree, *e), e[0], e[1].start_line))


def home_crate(tree, segments, name, use_lines):
    """The workspace package a call names through its path (`quickwit_search::leaf::f`) or
    through a `use` of it in scope (`use quickwit_search::leaf::f;`), or None."""
    crates = tree.workspace_crates()
    if segments and segments[0] in crates:
        return segments[0], crates[segments[0]]
    wanted = segments[0] if segments else name
    for text in use_lines:
        if re.search(rf"\b{re.escape(wanted)}\b", text):
            first = re.search(r"\buse\s+(?:::)?(\w+)", text)
            if first and first.group(1) in crates:
                return first.group(1), crates[first.group(1)]
    return None


def is_test_definition(tree, where, fn):
    return fn.is_test or where in tree.test_files()


def definition_block(tree, where, fn):
    lines = tree.scan(where).text.splitlines()
    body = lines[fn.start_line - 1:fn.end_line]
    note = ""
    if len(body) > CALLEE_MAX_LINES:
        note = f"\n(… {len(body) - CALLEE_HEAD_LINES} more lines up to line {fn.end_line})"
        body = body[:CALLEE_HEAD_LINES]
    owner = f" in `{fn.owner}`" if fn.owner else ""
    test = " (test code)" if is_test_definition(tree, where, fn) else ""
    code = fenced(numbered(body, fn.start_line, set()))
    return f"`{where}:{fn.start_line}`{owner}{test}\n\n{code}{note}"


def callee_sections(tree, path, finding, code, enclosing, nearby_types, use_lines):
    wanted, seen = [], set()
    for segments, name in named_in_message(finding) + called_names(code):
        if name in NOT_LOOKED_UP or name in seen or (segments and segments[0] in EXTERNAL_ROOTS):
            continue
        seen.add(name)
        wanted.append((segments, name))
    sections, absent = [], []
    package = tree.package_of(path)
    for segments, name in wanted[:MAX_CALLEES]:
        qualifier = segments[-1] if segments else None
        found = definitions(tree, package, qualifier, name, path, nearby_types)
        where = "in this crate"
        home = home_crate(tree, segments, name, use_lines)
        if not found and home and home[1] != package:
            found = definitions(tree, home[1], qualifier, name, path, nearby_types)
            where = f"in the workspace crate `{home[0]}` it is imported from"
        found = [(w, fn) for w, fn in found if not (w == path and fn is enclosing)]
        if not found:
            absent.append("::".join([*segments, name]))
            continue
        shown = found[:MAX_DEFINITIONS]
        heading = f"### `{name}`: {len(found)} definition{'s' if len(found) != 1 else ''} {where}"
        if len(found) > len(shown):
            heading += f" (the {len(shown)} likeliest shown)"
        blocks = [definition_block(tree, w, fn) for w, fn in shown]
        sections.append("\n\n".join([heading, *blocks]))
    if absent:
        sections.append("Called or named, but not defined in this crate (external, a trait's, or "
                        "made by a macro): " + ", ".join(f"`{name}`" for name in absent))
    return sections


def enclosing_fn_section(scan, lines, finding):
    fn = scan.enclosing_fn(finding["line"])
    marked = set(range(finding["line"], max(finding["end_line"], finding["line"]) + 1))
    label_lines = {label["line"] for label in finding.get("labels", [])}
    if fn is None:
        first = max(1, finding["line"] - 20)
        last = min(len(lines), finding["end_line"] + 20)
        return ("### Context (no enclosing fn: lines around the finding)\n\n"
                + fenced(numbered(lines[first - 1:last], first, marked)))
    owner = f" in `{fn.owner}`" if fn.owner else ""
    heading = f"### Enclosing fn `{fn.name}`{owner}, lines {fn.start_line}-{fn.end_line}"
    if fn.end_line - fn.start_line + 1 <= WHOLE_FN_LINES:
        return heading + "\n\n" + fenced(numbered(lines[fn.start_line - 1:fn.end_line],
                                                  fn.start_line, marked))
    interesting = [line for line in marked | label_lines if fn.start_line <= line <= fn.end_line]
    window = (max(min(interesting) - CONTEXT_AROUND_FINDING, fn.signature_line + 1),
              min(max(interesting) + CONTEXT_AROUND_FINDING, fn.end_line - 1))
    width = len(str(fn.end_line))
    head = lines[fn.start_line - 1:fn.signature_line + 2]
    pieces = [numbered(head, fn.start_line, marked, width)]
    if window[0] > fn.signature_line + 3:
        pieces.append(f"   … lines {fn.signature_line + 3}-{window[0] - 1} not shown")
    start = max(window[0], fn.signature_line + 3)
    pieces.append(numbered(lines[start - 1:window[1]], start, marked, width))
    if window[1] < fn.end_line - 1:
        pieces.append(f"   … lines {window[1] + 1}-{fn.end_line - 1} not shown")
    pieces.append(numbered(lines[fn.end_line - 1:fn.end_line], fn.end_line, marked, width))
    return (heading + f" (a long fn: the signature and lines {start}-{window[1]} are shown)\n\n"
            + fenced("\n".join(pieces)))


def finding_text(finding):
    out = [f"{finding['severity']}[{finding['rule']}]: {finding['message']}",
           f"  --> {finding['path']}:{finding['line']}:{finding['column']}"]
    for label in finding.get("labels", []):
        out.append(f"  label at line {label['line']}:{label['column']}: {label['message']}")
    out += [f"  = note: {note}" for note in finding.get("notes", [])]
    if finding.get("help"):
        out.append(f"  = help: {finding['help']}")
    if finding.get("fix"):
        out.append(f"  = fix: {finding['fix'].get('description', '')}")
    return "\n".join(out)


def packet(tree, source, finding, number):
    """The markdown of one judging packet, headed `R<number>`."""
    path = finding["path"]
    scan = tree.scan(path)
    lines = scan.text.splitlines()
    code = span_text(lines, finding)
    parts = [f"## R{number}: {source} `{path}:{finding['line']}:{finding['column']}`",
             fenced(finding_text(finding), "text")]
    if path not in tree.reached_files():
        parts.append("Note: no `mod` declaration reaches this file from a crate root, so rustc "
                     "does not compile it (measure.py's module scan).")
    parts.append(enclosing_fn_section(scan, lines, finding))
    in_scope = scan.uses_in_scope(finding["line"])
    width = len(str(len(lines)))
    uses = "\n".join(f"   {number:>{width}} | {lines[number - 1]}" for use in in_scope
                     for number in range(use.first_line, use.last_line + 1))
    parts.append("### `use` lines in effect (the file's, and those of the blocks around the "
                 "finding)\n\n" + (fenced(uses) if uses else "(none)"))
    fields = [(f".{name}", field_declarations(tree, path, name))
              for name in accessed_fields(code)]
    values = [(name, field_declarations(tree, path, name, crate_wide=False))
              for name in plain_names(code)]
    declared = [f"- `{name}`: " + "; ".join(f"`{d}`" for d in found[:3])
                for group in (fields, values)
                for name, found in [entry for entry in group if entry[1]][:MAX_NAMED_VALUES]]
    if declared:
        parts.append("### Declared types of the names in the finding (`name: Type` lines of "
                     "fields or parameters: for a `.field`, in this file else in the crate; for "
                     "a plain name, in this file)\n\n" + "\n".join(declared))
    enclosing = scan.enclosing_fn(finding["line"])
    around = lines[enclosing.start_line - 1:enclosing.end_line] if enclosing else [code]
    use_lines = [" ".join(lines[use.first_line - 1:use.last_line]) for use in in_scope]
    nearby_types = frozenset(re.findall(r"\b[A-Z]\w*", "\n".join(around + use_lines)))
    parts.extend(callee_sections(tree, path, finding, code, enclosing, nearby_types, use_lines))
    return "\n\n".join(parts)
