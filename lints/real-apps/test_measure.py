"""Tests of the test-code classifier and the packet extraction: `python3 -m unittest` from
lints/real-apps/ (standard library only)."""

import tempfile
import textwrap
import unittest
from pathlib import Path

import measure
import packets
import rustscan
from sourcetree import SourceTree


def scan(code):
    return rustscan.scan(textwrap.dedent(code).lstrip("\n"))


class TokenizerTest(unittest.TestCase):
    def test_braces_in_strings_chars_and_comments_do_not_count(self):
        found = scan(r'''
            const A: &str = "}{ \" {";
            const B: &str = r#"} " {"#;
            const C: char = '{';
            const D: u8 = b'}';
            /* { /* nested } */ { */
            // }
            fn after<'a>(x: &'a str) -> &'a str { x }
        ''')
        self.assertEqual([(fn.name, fn.start_line, fn.end_line) for fn in found.fns],
                         [("after", 7, 7)])

    def test_an_unterminated_string_ends_the_file_without_failing(self):
        found = scan('fn f() {\n    let s = "never closed;\n')
        self.assertEqual([fn.name for fn in found.fns], ["f"])


class TestRegionTest(unittest.TestCase):
    def test_cfg_test_module_and_test_fns_are_test_lines(self):
        found = scan('''
            pub async fn serve() {
                work().await;
            }
            #[cfg(test)]
            mod tests {
                #[tokio::test(flavor = "multi_thread")]
                async fn t() {}
            }
            #[test_log::test]
            fn logged() {
            }
        ''')
        self.assertFalse(found.is_test_line(3))
        self.assertTrue(all(found.is_test_line(line) for line in range(4, 12)))
        self.assertEqual(found.test_line_count(), 8)

    def test_cfg_predicates_that_also_hold_outside_tests_are_not_test(self):
        found = scan('''
            #[cfg(any(test, feature = "full"))]
            fn helper() {}
            #[cfg(not(test))]
            fn real() {}
            #[cfg(all(test, unix))]
            fn unix_only_test() {}
            #[cfg(feature = "attestation")]
            fn attest() {}
        ''')
        self.assertEqual([fn.is_test for fn in found.fns], [False, False, True, False])

    def test_testing_features_count_as_test(self):
        found = scan('''
            #[cfg(any(test, feature = "testsuite", feature = "integration-testsuite"))]
            mod suite {}
            #[cfg(feature = "test-utils")]
            fn helper() {}
            #[cfg(any(test, feature = "test_helpers", fuzzing))]
            fn fuzz_too() {}
        ''')
        self.assertEqual(found.test_regions, [(1, 2), (3, 4)])

    def test_generics_with_commas_keep_the_test_attribute_on_its_fn(self):
        found = scan('''
            #[tokio::test]
            async fn returns() -> Result<(), Box<dyn Error>> {
                Ok(())
            }
        ''')
        self.assertTrue(found.is_test_line(3))

    def test_an_inner_cfg_test_makes_the_whole_file_test(self):
        self.assertTrue(scan("//! helpers\n#![cfg(test)]\nfn a() {}\n").whole_file_test)

    def test_use_groups_are_use_lines_not_blocks(self):
        found = scan('''
            use std::{fs::{self, File},
                io};
            async fn f() {}
        ''')
        self.assertEqual([(u.first_line, u.last_line) for u in found.uses], [(1, 2)])
        self.assertEqual(found.enclosing_fn(3).name, "f")

    def test_the_uses_in_scope_are_the_files_and_those_of_the_blocks_around(self):
        found = scan('''
            use a::A;
            #[cfg(unix)]
            use b::B;
            mod inner {
                use c::C;
                async fn f() {
                    use d::D;
                    work();
                }
                fn g() {}
            }
        ''')
        self.assertEqual([u.first_line for u in found.uses_in_scope(8)], [1, 2, 5, 7])
        self.assertEqual([u.first_line for u in found.uses_in_scope(10)], [1, 2, 5])


class SourceTreeTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.root = Path(self.dir.name)

    def tearDown(self):
        self.dir.cleanup()

    def write(self, path, text):
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"))

    def test_files_reached_through_cfg_test_mod_are_test_code(self):
        self.write("app/Cargo.toml", "[package]\nname = 'app'\n")
        self.write("app/src/lib.rs", "mod server;\n#[cfg(test)]\nmod tests;\n")
        self.write("app/src/server.rs", "mod conn;\n#[cfg(test)]\nmod server_tests;\n")
        self.write("app/src/server/conn.rs", "pub async fn c() {}\n")
        self.write("app/src/server/server_tests.rs", "mod fixtures;\n")
        self.write("app/src/server/server_tests/fixtures.rs", "fn f() {}\n")
        self.write("app/src/tests.rs", "fn t() {}\n")
        self.write("app/src/tests_not_declared_as_test.rs", "fn x() {}\n")
        tree = SourceTree(self.root)
        self.assertEqual(tree.test_files(), {
            "app/src/tests.rs", "app/src/server/server_tests.rs",
            "app/src/server/server_tests/fixtures.rs"})

    def test_a_tests_module_folder_inside_src_is_not_a_folder_of_crate_roots(self):
        self.write("Cargo.toml", "[package]\nname = 'p'\n")
        self.write("src/lib.rs", "#[cfg(test)]\nmod tests;\n")
        self.write("src/tests.rs", "mod telemetry;\n")
        self.write("src/tests/telemetry.rs", "mod tcp;\n")
        self.write("src/tests/telemetry/tcp.rs", "async fn t() {}\n")
        self.write("src/tests/tcp.rs", "async fn not_reached() {}\n")
        self.assertEqual(SourceTree(self.root).test_files(), {
            "src/tests.rs", "src/tests/telemetry.rs", "src/tests/telemetry/tcp.rs"})

    def test_test_folders_of_a_package_and_packages_under_examples_are_test_code(self):
        self.write("Cargo.toml", "[workspace]\n")
        self.write("lib/Cargo.toml", "[package]\nname = 'lib'\n")
        self.write("lib/src/lib.rs", "fn a() {}\n")
        self.write("lib/tests/it.rs", "fn b() {}\n")
        self.write("lib/benches/b.rs", "fn c() {}\n")
        self.write("examples/hello/Cargo.toml", "[package]\nname = 'hello'\n")
        self.write("examples/hello/src/main.rs", "fn main() {}\n")
        self.write("tools/examples-gen/Cargo.toml", "[package]\nname = 'gen'\n")
        self.write("tools/examples-gen/src/main.rs", "fn main() {}\n")
        tree = SourceTree(self.root)
        self.assertEqual(tree.test_files(), {
            "lib/tests/it.rs", "lib/benches/b.rs", "examples/hello/src/main.rs"})
        self.assertEqual(tree.line_counts(),
                         {"non_test": 2, "test": 3, "unreached_non_test": 0})

    def test_files_no_mod_reaches_are_told_apart(self):
        self.write("Cargo.toml", "[package]\nname = 'p'\n")
        self.write("src/main.rs", '''
            mod r#match;
            #[cfg_attr(target_os = "freebsd", path = "build_bsd.rs")]
            mod build;
            include!("generated/api.rs");
        ''')
        for reached in ("match.rs", "build.rs", "build_bsd.rs", "generated/api.rs"):
            self.write(f"src/{reached}", "fn f() {}\n")
        self.write("src/old/legacy.rs", "async fn stale() {}\n")
        tree = SourceTree(self.root)
        self.assertEqual(set(tree.files) - tree.reached_files(), {"src/old/legacy.rs"})
        self.assertEqual(tree.line_counts()["unreached_non_test"], 1)

    def test_path_attributes_resolve_from_the_declaring_file(self):
        self.write("Cargo.toml", "[package]\nname = 'p'\n")
        self.write("src/main.rs", '#[cfg(test)]\n#[path = "support/t.rs"]\nmod t;\n')
        self.write("src/support/t.rs", "fn t() {}\n")
        self.assertEqual(SourceTree(self.root).test_files(), {"src/support/t.rs"})


class DrawTest(unittest.TestCase):
    @staticmethod
    def records():
        def finding(n, rule="detached-spawn", test=False):
            return {"rule": rule, "path": f"src/f{n % 7}.rs", "line": n, "column": 1,
                    "message": "m", "test": test}
        app = {"name": "app", "kind": "app", "error": None,
               "findings": [finding(n) for n in range(40)] + [finding(99, test=True)]}
        library = {"name": "lib", "kind": "library", "error": None, "findings": [finding(7)]}
        other = {"name": "other", "kind": "app", "error": None,
                 "findings": [finding(n, rule="lock-across-await") for n in range(3)]}
        return [app, library, other]

    def test_the_sample_depends_on_the_seed_not_on_the_saved_order(self):
        records = self.records()
        population, first = measure.draw(records, "detached-spawn", 1, 15)
        shuffled = [dict(r, findings=list(reversed(r["findings"]))) for r in reversed(records)]
        self.assertEqual(measure.draw(shuffled, "detached-spawn", 1, 15)[1], first)
        self.assertNotEqual(measure.draw(records, "detached-spawn", 2, 15)[1], first)
        self.assertEqual(len(population), 40)  # apps only, test code left out
        self.assertEqual(len(first), 15)

    def test_a_rule_with_fewer_findings_than_asked_gives_them_all(self):
        population, drawn = measure.draw(self.records(), "lock-across-await", 1, 15)
        self.assertEqual(sorted(f["line"] for _, f in drawn), [0, 1, 2])


class PacketTest(unittest.TestCase):
    def test_a_callee_imported_from_a_workspace_crate_is_found_there(self):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            files = {
                "Cargo.toml": "[workspace]\n",
                "search/Cargo.toml": "[package]\nname = 'my-search'\n",
                "search/src/lib.rs": "pub mod leaf;\n",
                "search/src/leaf.rs": "pub async fn leaf_search(q: u8) -> u8 {\n    q\n}\n",
                "server/Cargo.toml": "[package]\nname = 'server'\n",
                "server/src/main.rs": textwrap.dedent('''
                    #[cfg(unix)]
                    use my_search::leaf::leaf_search;
                    async fn handle() {
                        tokio::spawn(leaf_search(3));
                    }
                    fn leaf() {}
                ''').lstrip(),
            }
            for name, text in files.items():
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                (root / name).write_text(text)
            finding = {"rule": "detached-spawn", "severity": "warning",
                       "path": "server/src/main.rs", "line": 4, "column": 5, "end_line": 4,
                       "end_column": 32,
                       "message": "spawned task is detached", "notes": [], "labels": []}
            text = packets.packet(SourceTree(root), "demo", finding, 7)
        self.assertIn("## R7: demo `server/src/main.rs:4:5`", text)
        self.assertIn("### `leaf_search`: 1 definition in the workspace crate `my_search`", text)
        self.assertIn("search/src/leaf.rs:1", text)
        self.assertIn(">> 4 |     tokio::spawn(leaf_search(3));", text)
        self.assertIn("use my_search::leaf::leaf_search;", text)

    def test_calls_are_listed_outermost_first_with_their_qualifier(self):
        code = "tokio::spawn(Store::open(path).run::<u8>(x)); let (a, b) = c;"
        names = packets.called_names(code)
        self.assertEqual(names, [(["tokio"], "spawn"), (["Store"], "open"), ([], "run")])

    def test_names_in_a_blocking_chain_keep_their_path(self):
        finding = {"message": "`load()` blocks: it calls `read_config()`, which calls "
                              "`std::fs::read_to_string`",
                   "notes": ["see `Config::parse`; its `JoinHandle` is dropped"]}
        self.assertEqual(packets.named_in_message(finding),
                         [([], "load"), ([], "read_config"), (["std", "fs"], "read_to_string"),
                          (["Config"], "parse")])

    def test_plain_names_leave_out_calls_fields_paths_and_keywords(self):
        self.assertEqual(packets.plain_names("tokio::spawn(start_proxy.run(self.cfg, &mut conn))"),
                         ["start_proxy", "conn"])

    def test_accessed_fields_leave_out_methods_awaits_and_tuple_fields(self):
        code = ("request\n    .closed_shards\n    .append(&mut bench.shards).await; "
                "self.store.lock(); p.0")
        self.assertEqual(packets.accessed_fields(code), ["closed_shards", "shards", "store"])

    def test_field_declarations_are_types_not_values(self):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "src").mkdir()
            (root / "Cargo.toml").write_text("[package]\nname = 'p'\n")
            (root / "src/lib.rs").write_text("mod a;\npub struct S {\n    ids: Vec<u32>,\n}\n")
            (root / "src/a.rs").write_text(
                "fn f() -> S {\n    S {\n        ids: Vec::new(),\n    }\n}\n"
                "fn g() -> S {\n    S { ids: vec![1],\n    ids: other.ids.clone(),\n    }\n}\n")
            found = packets.field_declarations(SourceTree(root), "src/a.rs", "ids")
        self.assertEqual(found, ["src/lib.rs:3: ids: Vec<u32>,"])

    def test_a_long_fn_is_cut_around_the_finding_and_its_labels(self):
        body = "\n".join(f"    step({n});" for n in range(400))
        found = scan(f"async fn long() {{\n{body}\n}}\n")
        lines = found.text.splitlines()
        finding = {"line": 300, "end_line": 300, "labels": [{"line": 200}]}
        section = packets.enclosing_fn_section(found, lines, finding)
        self.assertIn(">> 300 |     step(298);", section)
        self.assertIn("   140 |", section)  # the label's line minus the context
        self.assertNotIn("  100 |", section)
        self.assertIn("  402 | }", section)


if __name__ == "__main__":
    unittest.main()
