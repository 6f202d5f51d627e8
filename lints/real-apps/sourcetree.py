"""One laid-out source as measure.py sees it: its Rust files, the package each belongs to, which
files and lines are test code, which files rustc compiles at all (those some `mod` reaches from a
crate root), and, for the judging packets, a name index of its fns and its workspace's crates.

Test code, decided here and not by asynclint (so the figures stay right whether or not asynclint
excludes test code itself):
- a file under a package's `tests/`, `benches/` or `examples/`, or in a package that itself
  lives under such a folder (axum's examples are packages of their own);
- a file reached through a `#[cfg(test)] mod x;` declaration (or from such a file, or
  declared inside a test region), or whose inner attributes say `#![cfg(test)]`;
- the lines of a `#[cfg(test)]` item or a fn with a `#[test]` / `#[tokio::test]`-style
  attribute (rustscan.py finds them).
Module declarations are followed the way rustc does: `x.rs` or `x/mod.rs`, next to a mod-rs
file (lib.rs, main.rs, mod.rs, a root in src/bin/, tests/, examples/, benches/, build.rs) or in
the folder named after any other file, `#[path = ".."]` (also under `cfg_attr`), and
`include!("..")`.
"""

import os
import re
import tomllib
from pathlib import Path

import rustscan

TEST_FOLDERS = {"tests", "benches", "examples"}
# Folders of a package whose files are crate roots (a `mod x;` there resolves beside the file).
ROOT_FOLDERS = {"src/bin"} | TEST_FOLDERS
MOD_RS_NAMES = {"lib.rs", "main.rs", "mod.rs", "build.rs"}
# Crate roots by Cargo's conventions, relative to the package.
CRATE_ROOT = re.compile(r"src/lib\.rs|src/main\.rs|build\.rs"
                        r"|(?:src/bin|tests|examples|benches)/[^/]+\.rs"
                        r"|(?:src/bin|tests|examples|benches)/[^/]+/main\.rs")


def closure(start, children):
    """`start` and everything reachable from it through `children`."""
    found, frontier = set(start), list(start)
    while frontier:
        for child, _ in children.get(frontier.pop(), []):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


class SourceTree:
    def __init__(self, root):
        self.root = Path(root).resolve()
        self.files = sorted(self._walk())  # paths relative to root, as strings with `/`
        self._scans = {}
        self._package_of = {}
        self._test_files = None
        self._reached = None
        self._edges = None
        self._fn_index = None
        self._crates = None

    def _walk(self):
        # Hidden folders and target/ are skipped, as asynclint's walk does.
        for folder, dirs, names in os.walk(self.root):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d != "target"]
            for name in names:
                if name.endswith(".rs") and not name.startswith("."):
                    yield Path(folder, name).relative_to(self.root).as_posix()

    def scan(self, path):
        if path not in self._scans:
            try:
                text = (self.root / path).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            self._scans[path] = rustscan.scan(text)
        return self._scans[path]

    def package_of(self, path):
        """The folder (relative, "" for the root) of the nearest Cargo.toml above `path`."""
        folder = str(Path(path).parent.as_posix())
        trail = []
        while True:
            if folder in self._package_of:
                found = self._package_of[folder]
                break
            trail.append(folder)
            if (self.root / folder / "Cargo.toml").is_file():
                found = folder
                break
            if folder in ("", "."):
                found = ""
                break
            folder = os.path.dirname(folder)
        for seen in trail:
            self._package_of[seen] = found
        return "" if found == "." else found

    def is_test_by_path(self, path):
        package = self.package_of(path)
        above = Path(package).parts
        inside = Path(path).relative_to(package).parts[:-1] if package else Path(path).parts[:-1]
        return bool(TEST_FOLDERS & set(above)) or (bool(inside) and inside[0] in TEST_FOLDERS)

    def test_files(self):
        """Every file that is test code as a whole."""
        if self._test_files is None:
            children = self._module_edges()
            tests = {path for path in self.files
                     if self.is_test_by_path(path) or self.scan(path).whole_file_test}
            for edges in children.values():
                tests.update(child for child, declared_test in edges if declared_test)
            self._test_files = closure(tests, children)
        return self._test_files

    def reached_files(self):
        """Every file some `mod` declaration reaches from a crate root (what rustc compiles)."""
        if self._reached is None:
            self._reached = closure(self._crate_roots(), self._module_edges())
        return self._reached

    def _module_edges(self):
        """file -> [(declared file, declared as test code)] for every `mod x;` that resolves."""
        if self._edges is None:
            known = set(self.files)
            self._edges = {}
            for path in self.files:
                scan = self.scan(path)
                edges = [(child, decl.is_test or scan.is_test_line(decl.line))
                         for decl in scan.mod_decls for child in self._resolve(path, decl)]
                edges += [(os.path.normpath(Path(path).parent.joinpath(included).as_posix()),
                           in_test or scan.is_test_line(line))
                          for included, line, in_test in scan.includes]
                self._edges[path] = [(child, test) for child, test in edges if child in known]
        return self._edges

    def _crate_roots(self):
        roots = set()
        for path in self.files:
            package = self.package_of(path)
            relative = Path(path).relative_to(package).as_posix()
            if CRATE_ROOT.fullmatch(relative):
                roots.add(path)
        for package in {self.package_of(path) for path in self.files}:
            roots.update(self._declared_roots(package))
        return roots

    def _declared_roots(self, package):
        """The target paths a Cargo.toml names (`[lib] path`, `[[bin]] path`, `build`...)."""
        try:
            manifest = tomllib.loads((self.root / package / "Cargo.toml").read_text())
        except (OSError, ValueError):
            return []
        targets = [manifest.get("lib", {})]
        for kind in ("bin", "test", "example", "bench"):
            targets += manifest.get(kind, [])
        paths = [t.get("path") for t in targets if isinstance(t, dict)]
        build = manifest.get("package", {}).get("build")
        paths.append(build if isinstance(build, str) else None)
        return [os.path.normpath(Path(package, p).as_posix()) for p in paths if isinstance(p, str)]

    def _resolve(self, path, decl):
        here = Path(path)
        folder = here.parent.relative_to(self.package_of(path)).as_posix()
        mod_rs = here.name in MOD_RS_NAMES or folder in ROOT_FOLDERS
        base = here.parent if mod_rs else here.parent / here.stem
        if decl.path_attribute:
            folder = here.parent if not decl.inline_path else base.joinpath(*decl.inline_path)
            return [os.path.normpath((folder / decl.path_attribute).as_posix())]
        alternatives = [os.path.normpath((here.parent / p).as_posix())
                        for p in decl.alternative_paths]
        base = base.joinpath(*decl.inline_path)
        return [(base / f"{decl.name}.rs").as_posix(), (base / decl.name / "mod.rs").as_posix(),
                *alternatives]

    def is_test(self, path, line):
        return path in self.test_files() or self.scan(path).is_test_line(line)

    def line_counts(self):
        """Lines of every Rust file: non-test, test, and non-test in files no `mod` reaches."""
        tests, reached = self.test_files(), self.reached_files()
        non_test = test = unreached = 0
        for path in self.files:
            scan = self.scan(path)
            if path in tests:
                test += scan.line_count
            else:
                in_tests = scan.test_line_count()
                test += in_tests
                non_test += scan.line_count - in_tests
                if path not in reached:
                    unreached += scan.line_count - in_tests
        return {"non_test": non_test, "test": test, "unreached_non_test": unreached}

    def workspace_crates(self):
        """{crate name as code writes it (`quickwit_search`): package folder} for every package."""
        if self._crates is None:
            self._crates = {}
            for package in sorted({self.package_of(path) for path in self.files}):
                try:
                    manifest = tomllib.loads((self.root / package / "Cargo.toml").read_text())
                except (OSError, ValueError):
                    continue
                for table in (manifest.get("package", {}), manifest.get("lib", {})):
                    if isinstance(table.get("name"), str):
                        self._crates[table["name"].replace("-", "_")] = package
        return self._crates

    def fn_definitions(self, name):
        """[(path, FnItem)] of every fn (with or without a body) called `name`."""
        if self._fn_index is None:
            self._fn_index = {}
            for path in self.files:
                for fn in self.scan(path).fns:
                    self._fn_index.setdefault(fn.name, []).append((path, fn))
        return self._fn_index.get(name, [])
