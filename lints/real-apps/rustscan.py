"""A light structural scan of Rust source, enough to tell test code from the rest and to cut a
function out of a file for a judge to read.

No parser: a tokenizer that knows comments (nested), strings (raw, byte, C), char literals and
lifetimes, so that braces inside them never count, and one pass over the tokens that matches
braces and remembers, for each `{`, which item opened it (a fn, an inline `mod`, an `impl` or
`trait`, or a plain block) and whether that item is test code: a `#[cfg(test)]`-style item (a
testing feature such as `cfg(any(test, feature = "testsuite"))` counts), a fn with a `#[test]`
/ `#[tokio::test]`-style attribute, anything inside those, or a file whose inner attributes say
`#![cfg(test)]`. It also records the file's `mod x;` declarations and `include!("..")`s (to
follow `#[cfg(test)] mod x;` to its file), its `use` declarations, and every fn with its span.
"""

import bisect
import re
from dataclasses import dataclass, field

TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*)
  | (?P<raw_string>(?:b|c)?r(?P<hashes>\#*)".*?"(?P=hashes))
  | (?P<string>(?:b|c)?"(?:[^"\\]|\\.)*")
  | (?P<char>b?'(?:[^'\\\n]|\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]*\}|.))')
  | (?P<lifetime>'[A-Za-z_]\w*)
  | (?P<ident>r\#[A-Za-z_]\w*|[A-Za-z_]\w*)
  | (?P<number>\d\w*)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)
BLOCK_COMMENT_EDGE = re.compile(r"/\*|\*/")

# The last segment of an attribute path that marks a fn as a test (`#[test]`, `#[tokio::test]`,
# `#[sqlx::test]`, `#[rstest]`, `#[wasm_bindgen_test]`...).
TEST_ATTRIBUTE_NAMES = {"test", "rstest", "test_case", "bench", "quickcheck"}


@dataclass
class Token:
    kind: str  # "ident", "lifetime", "literal" or "punct"
    text: str
    start: int
    end: int


def tokenize(text):
    """Every token of `text` except whitespace and comments; an unterminated comment or string
    ends the file (the scan must never fail on odd input)."""
    tokens = []
    position, length = 0, len(text)
    while position < length:
        match = TOKEN.match(text, position)
        kind = match.lastgroup
        if kind == "block_comment":
            position = skip_block_comment(text, match.end())
            continue
        position = match.end()
        if kind in ("space", "line_comment"):
            continue
        if kind in ("raw_string", "string", "char", "number"):
            kind = "literal"
        tokens.append(Token(kind, match.group(), match.start(), match.end()))
    return tokens


def skip_block_comment(text, position):
    depth = 1
    while depth:
        edge = BLOCK_COMMENT_EDGE.search(text, position)
        if edge is None:
            return len(text)
        depth += 1 if edge.group() == "/*" else -1
        position = edge.end()
    return position


@dataclass
class FnItem:
    name: str
    start_line: int  # the first attribute, or the first word of the signature
    signature_line: int  # the first word of the signature (`pub async fn ...`)
    end_line: int  # the closing brace, or the `;` of a body-less declaration
    signature: str  # the text from the signature's first word to the body's `{`
    has_body: bool
    is_test: bool
    owner: str | None  # the `impl ...` / `trait ...` header around it, if any


@dataclass
class ModDecl:
    name: str
    line: int
    is_test: bool
    path_attribute: str | None  # `#[path = ".."]`: the only file
    alternative_paths: list  # `#[cfg_attr(.., path = "..")]`: files besides the usual one
    inline_path: list  # names of the inline `mod x { .. }` blocks around the declaration


@dataclass
class Scan:
    text: str
    line_count: int
    whole_file_test: bool = False
    test_regions: list = field(default_factory=list)  # (first line, last line), may nest
    fns: list = field(default_factory=list)
    uses: list = field(default_factory=list)  # UseDecl
    mod_decls: list = field(default_factory=list)
    includes: list = field(default_factory=list)  # (path, line, in test code) of `include!("..")`

    def uses_in_scope(self, line):
        """The `use` declarations in effect at `line`: the file's own and those of every block
        around it."""
        return [use for use in self.uses
                if use.scope.start_line <= line <= (use.scope.end_line or self.line_count)]

    def is_test_line(self, line):
        return self.whole_file_test or any(a <= line <= b for a, b in self.test_regions)

    def test_line_count(self):
        if self.whole_file_test:
            return self.line_count
        covered, last = 0, 0
        for first, final in sorted(self.test_regions):
            first = max(first, last + 1)
            if final >= first:
                covered += final - first + 1
                last = final
        return covered

    def enclosing_fn(self, line):
        """The innermost fn with a body whose span holds `line`, or None."""
        around = [fn for fn in self.fns if fn.has_body and fn.start_line <= line <= fn.end_line]
        return min(around, key=lambda fn: fn.end_line - fn.start_line, default=None)


@dataclass
class Pending:
    """What has been seen of the current item or statement since the last `;`, `{`, `}` or
    `}`: its attributes and its words. A `,` does not end it: generics
    (`Result<(), E>`) hold commas that no bracket count sees."""
    attributes: list = field(default_factory=list)
    item_start: int | None = None  # offset of the first token, attributes included
    header_start: int | None = None  # offset of the first token after the attributes
    words: list = field(default_factory=list)  # (index into tokens, text) of identifiers


@dataclass
class Frame:
    kind: str  # "fn", "mod", "impl" or "block"
    is_test: bool
    start_line: int
    fn: FnItem | None = None
    owner: str | None = None
    mod_name: str | None = None
    nesting: int = 0  # open `(` and `[` inside this brace level
    end_line: int | None = None  # the closing brace, once seen (None for the file itself)


@dataclass
class UseDecl:
    first_line: int  # its first attribute, or the `use` itself
    last_line: int
    scope: Frame  # the block it is declared in


def cfg_requires_test(tokens):
    """Whether a `cfg(...)` predicate (its tokens inside the parentheses) holds only in a test
    build or with a testing feature: `test`, `feature = "test-utils"` (a feature whose name
    starts a word with `test`: testsuite, test_helpers, integration-testsuite), `all(..)` with
    one such, `any(..)` of only such; `not(..)` never does."""
    predicates, _ = parse_predicates(tokens, 0)
    return len(predicates) == 1 and requires_test(predicates[0])


def parse_predicates(tokens, index):
    predicates = []
    while index < len(tokens) and tokens[index].text != ")":
        token = tokens[index]
        if token.kind != "ident":
            index += 1
            continue
        name, index = token.text, index + 1
        arguments = None
        if index < len(tokens) and tokens[index].text == "(":
            arguments, index = parse_predicates(tokens, index + 1)
            index += 1  # the `)`
        elif index + 1 < len(tokens) and tokens[index].text == "=":
            arguments = tokens[index + 1].text.strip('"')
            index += 2
        predicates.append((name, arguments))
    return predicates, index


TESTING_FEATURE = re.compile(r"(?:^|[-_])test")


def requires_test(predicate):
    name, arguments = predicate
    if arguments is None:
        return name == "test"
    if isinstance(arguments, str):
        return name == "feature" and bool(TESTING_FEATURE.search(arguments))
    if name == "all":
        return any(requires_test(p) for p in arguments)
    if name == "any":
        return bool(arguments) and all(requires_test(p) for p in arguments)
    return False


def attribute_path(tokens):
    path = []
    for token in tokens:
        if token.kind == "ident":
            path.append(token.text)
        elif token.text != ":":
            break
    return path


def is_test_attribute(tokens):
    path = attribute_path(tokens)
    if not path:
        return False
    if path == ["cfg"] and len(tokens) > 2 and tokens[1].text == "(":
        return cfg_requires_test(tokens[2:])
    last = path[-1]
    return last in TEST_ATTRIBUTE_NAMES or last.endswith("_test")


def path_attribute(tokens):
    if attribute_path(tokens) == ["path"] and len(tokens) >= 3 and tokens[2].kind == "literal":
        return tokens[2].text.strip('"')
    return None


def conditional_path(tokens):
    """The `path = ".."` of a `#[cfg_attr(predicate, path = "..")]`, or None."""
    if attribute_path(tokens) != ["cfg_attr"]:
        return None
    for index in range(2, len(tokens) - 2):
        if tokens[index].text == "path" and tokens[index + 1].text == "=" \
                and tokens[index + 2].kind == "literal":
            return tokens[index + 2].text.strip('"')
    return None


def plain_name(word):
    return word.removeprefix("r#")


def scan(text):
    """Scan one file's text; never raises on malformed input."""
    tokens = tokenize(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    line_count = len(line_starts) - (1 if text.endswith("\n") else 0)

    def line_of(offset):
        return bisect.bisect_right(line_starts, offset)

    result = Scan(text=text, line_count=max(line_count, 0))
    stack = [Frame("block", False, 1)]
    pending = Pending()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        frame = stack[-1]
        word = token.text
        if word == "#" and index + 1 < len(tokens):
            inner = tokens[index + 1].text == "!"
            open_at = index + (2 if inner else 1)
            if open_at < len(tokens) and tokens[open_at].text == "[":
                close_at = matching(tokens, open_at, "[", "]")
                body = tokens[open_at + 1:close_at]
                if inner:
                    if is_test_attribute(body) and not frame.is_test:
                        if len(stack) == 1:
                            result.whole_file_test = True
                        frame.is_test = True
                else:
                    if pending.item_start is None:
                        pending.item_start = token.start
                    pending.attributes.append(body)
                index = close_at + 1
                continue
        included = included_file(tokens, index)
        if included is not None:
            is_test, _ = item_flags(pending, frame)
            result.includes.append((included, line_of(token.start), is_test))
        if token.kind == "ident":
            if pending.item_start is None:
                pending.item_start = token.start
            if pending.header_start is None:
                pending.header_start = token.start
            pending.words.append((index, word))
        elif word in "([":
            frame.nesting += 1
        elif word in ")]":
            frame.nesting = max(frame.nesting - 1, 0)
        elif word == "{" and is_use(pending):
            # A `use a::{b, c};` group: no block opens, the statement ends at its `;`.
            while index + 1 < len(tokens) and tokens[index].text != ";":
                index += 1
            end_statement(tokens, index, pending, stack, text, line_of, result)
            pending = Pending()
        elif word == "{":
            stack.append(open_frame(tokens, index, pending, stack, text, line_of))
            pending = Pending()
        elif word == "}":
            if len(stack) > 1:
                closed = stack.pop()
                end_line = line_of(token.start)
                closed.end_line = end_line
                if closed.fn is not None:
                    closed.fn.end_line = end_line
                    result.fns.append(closed.fn)
                if closed.is_test and not stack[-1].is_test:
                    result.test_regions.append((closed.start_line, end_line))
            pending = Pending()
        elif word == ";":
            end_statement(tokens, index, pending, stack, text, line_of, result)
            pending = Pending()
        index += 1
    # Unclosed braces (a truncated file): close them at the end so nothing is lost.
    last_line = max(result.line_count, 1)
    while len(stack) > 1:
        closed = stack.pop()
        closed.end_line = last_line
        if closed.fn is not None:
            closed.fn.end_line = last_line
            result.fns.append(closed.fn)
        if closed.is_test and not stack[-1].is_test:
            result.test_regions.append((closed.start_line, last_line))
    result.fns.sort(key=lambda fn: fn.start_line)
    return result


def matching(tokens, open_at, opening, closing):
    depth = 0
    for index in range(open_at, len(tokens)):
        if tokens[index].text == opening:
            depth += 1
        elif tokens[index].text == closing:
            depth -= 1
            if depth == 0:
                return index
    return len(tokens) - 1


def fn_name(tokens, words):
    """The name after the first `fn` keyword that is followed by an identifier."""
    for position, word in words:
        if word == "fn" and position + 1 < len(tokens) and tokens[position + 1].kind == "ident":
            return tokens[position + 1].text
    return None


def included_file(tokens, index):
    """The path of an `include!("..")` starting at `index`, or None."""
    if tokens[index].text != "include" or index + 3 >= len(tokens):
        return None
    bang, opening, literal = tokens[index + 1:index + 4]
    if bang.text == "!" and opening.text in "([{" and literal.text.startswith('"'):
        return literal.text.strip('"')
    return None


def item_flags(pending, parent):
    """(is the item test code, offset of its first token or None)."""
    is_test = parent.is_test or any(is_test_attribute(a) for a in pending.attributes)
    return is_test, pending.item_start


def open_frame(tokens, index, pending, stack, text, line_of):
    parent = stack[-1]
    brace = tokens[index]
    is_test, start = item_flags(pending, parent)
    start_line = line_of(start if start is not None else brace.start)
    words = [word for _, word in pending.words]
    owner = next((f.owner for f in reversed(stack) if f.owner), None)
    header = ""
    if pending.header_start is not None:
        header = " ".join(text[pending.header_start:brace.start].split())
    name = fn_name(tokens, pending.words)
    if name is not None:
        fn = FnItem(name=name, start_line=start_line, signature_line=line_of(pending.header_start),
                    end_line=start_line, signature=header, has_body=True, is_test=is_test,
                    owner=owner)
        return Frame("fn", is_test, start_line, fn=fn)
    if len(words) >= 2 and words[-2] == "mod":
        return Frame("mod", is_test, start_line, mod_name=plain_name(words[-1]))
    if words[:1] in (["impl"], ["trait"], ["unsafe"], ["pub"]) and {"impl", "trait"} & set(words):
        return Frame("impl", is_test, start_line, owner=header)
    return Frame("block", is_test, start_line)


def leading_words(pending):
    """The item's first words, visibility left out (`pub(crate) use` starts with `use`)."""
    return [w for _, w in pending.words[:5] if w not in ("pub", "crate", "super", "in", "self")]


def is_use(pending):
    return leading_words(pending)[:1] == ["use"]


def end_statement(tokens, index, pending, stack, text, line_of, result):
    """A `;` ends a `mod x;`, a `use ..;`, a body-less `fn` declaration, or any statement."""
    if pending.header_start is None:
        return
    parent = stack[-1]
    words = [word for _, word in pending.words]
    is_test, start = item_flags(pending, parent)
    first_line = line_of(pending.header_start)
    last_line = line_of(tokens[index].start)
    if is_use(pending):
        result.uses.append(UseDecl(line_of(start), last_line, parent))
    elif len(words) >= 2 and words[-2] == "mod" and parent.nesting == 0:
        path = next((p for p in map(path_attribute, pending.attributes) if p), None)
        alternatives = [p for p in map(conditional_path, pending.attributes) if p]
        inline_path = [f.mod_name for f in stack if f.kind == "mod"]
        result.mod_decls.append(ModDecl(plain_name(words[-1]), first_line, is_test, path,
                                        alternatives, inline_path))
        if is_test and not parent.is_test:
            result.test_regions.append((line_of(start), last_line))
    elif parent.kind in ("impl", "block") and parent.nesting == 0:
        name = fn_name(tokens, pending.words)
        if name is not None:
            owner = next((f.owner for f in reversed(stack) if f.owner), None)
            signature = " ".join(text[pending.header_start:tokens[index].end].split())
            result.fns.append(FnItem(name=name, start_line=line_of(start),
                                     signature_line=first_line, end_line=last_line,
                                     signature=signature, has_body=False, is_test=is_test,
                                     owner=owner))
