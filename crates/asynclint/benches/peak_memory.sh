#!/usr/bin/env bash
# Peak memory (maximum resident set size) and wall time of `asynclint check` over large
# trees, with the release binary, as users run it. Also prints the size of each tree in lines
# of Rust. The target is under 300 MB for 1.4 M lines.
#
# Usage: crates/asynclint/benches/peak_memory.sh [DIR...]
#   Without arguments: the whole local cargo registry, then the real applications under
#   lints/real-apps/checkouts/ when that folder exists, then both together.
set -euo pipefail

cd "$(dirname "$0")/../../.."
[[ -x /usr/bin/time ]] || {
    echo "peak_memory.sh: /usr/bin/time (GNU time) is not installed" >&2
    exit 2
}

cargo build -q --release -p asynclint --bin asynclint
binary="target/release/asynclint"

trees=("$@")
if [[ ${#trees[@]} -eq 0 ]]; then
    trees=("${CARGO_HOME:-$HOME/.cargo}/registry/src")
    if [[ -d lints/real-apps/checkouts ]]; then
        trees+=("lints/real-apps/checkouts")
        trees+=("${trees[0]} lints/real-apps/checkouts")
    fi
fi

for tree in "${trees[@]}"; do
    # shellcheck disable=SC2086 # a tree may name several directories
    lines="$(find $tree -type f -name '*.rs' -not -path '*/target/*' -print0 | xargs -0 cat | wc -l)"
    report="$(mktemp)"
    # Exit 1 (findings) is the expected outcome on real code; 2 would be an error.
    # shellcheck disable=SC2086
    /usr/bin/time -v "$binary" check --format json -o /dev/null $tree 2>"$report" || [[ $? -eq 1 ]]
    peak_kb="$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$report")"
    wall="$(sed -n 's/.*Elapsed (wall clock) time.*: *//p' "$report")"
    rm -f "$report"
    python3 - "$tree" "$lines" "$peak_kb" "$wall" <<'PY'
import sys
tree, lines, peak_kb, wall = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
print(f"{tree}: {lines / 1e6:.2f} M lines, peak {peak_kb / 1024:.0f} MB, wall {wall}")
PY
done
