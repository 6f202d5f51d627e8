#!/usr/bin/env bash
# Counts the instructions of the full check (every file, test code included) and of a bare
# syn::parse_file pass over the same files, under valgrind (cachegrind, no cache simulation),
# built with the bench profile (= release: lto, one codegen unit), and prints both and their
# ratio.
# Instruction counts do not depend on the machine's load, so unlike wall-clock times they
# can be compared between commits on a busy machine.
#
# Usage: crates/asynclint/benches/instructions.sh [DIR]
#   DIR defaults to tokio's sources in the cargo registry (about 6 MB; the check runs once
#   per pass, which takes a few minutes under valgrind).
set -euo pipefail

cd "$(dirname "$0")/../../.."
command -v valgrind >/dev/null || {
    echo "instructions.sh: valgrind is not installed" >&2
    exit 2
}

registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
if [[ $# -ge 1 ]]; then
    corpus="$1"
else
    corpus="$(find "$registry" -maxdepth 2 -type d -name 'tokio-1.*' | sort -V | tail -n 1)"
fi
if [[ -z "$corpus" || ! -d "$corpus" ]]; then
    echo "instructions.sh: no corpus directory (give one as argument)" >&2
    exit 2
fi

binary="$(cargo bench -q -p asynclint --bench check_vs_parse --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "check_vs_parse" and m.get("executable"):
        print(m["executable"])')"

count() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$binary" "$corpus" --runs 1 --only "$1" 2>&1 >/dev/null |
        sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' | tr -d ,
}

load="$(count load)"
parse="$(count parse)"
plain="$(count parse-plain)"
check="$(count check)"
python3 - "$corpus" "$load" "$parse" "$plain" "$check" <<'EOF'
import sys
corpus, load, parse, plain, check = sys.argv[1], *map(int, sys.argv[2:])
parse_only, parse_plain, full = parse - load, plain - load, check - load
print(f"corpus:      {corpus}")
print(f"parse only:  {parse_only / 1e9:8.3f} G instructions")
print(f"full check:  {full / 1e9:8.3f} G instructions")
print(f"ratio:       {full / parse_only:8.3f}x (target <= 1.3x)")
# The check parses doc comments as plain comments (it never reads doc attributes): against a
# bare parse of that same text, the ratio is what the analysis itself adds.
print(f"parse of the text the check parses (doc comments as plain comments): {parse_plain / 1e9:.3f} G")
print(f"ratio to it: {full / parse_plain:8.3f}x")
EOF
