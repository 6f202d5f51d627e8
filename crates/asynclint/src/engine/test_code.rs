//! Test code: what a normal build does not compile, and what asynclint therefore does not report
//! unless asked (`--all-targets`, `all-targets = true`). An item is test code when its `cfg`
//! requires `test` (`#[cfg(test)]`, `#[cfg(all(test, unix))]`, an inner `#![cfg(test)]`), or
//! when it is a fn carrying an attribute whose path ends in `test` (`#[test]`,
//! `#[tokio::test]`, `#[sqlx::test]`). A file is test code when it sits under a package's
//! `tests/`, `benches/` or `examples/`, or when the module tree reaches it only through a
//! test-only `mod` (decided in [`super::reachability`]): one gated on `test`, or a file module
//! named for test support (`mod test_utils;`, `pub mod testing;`), which libraries compile
//! unconditionally for their own and their users' tests.
//!
//! [`strip`] removes the test items of a parsed file before the walk, through inline modules,
//! impls and traits, so neither the rules nor the crate index ever see them.

use std::ops::RangeInclusive;
use std::path::{Component, Path};

use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, ImplItem, Item, Meta, Token, TraitItem};

/// The top-level folders of a package whose files are test targets (or their helpers).
const TEST_TARGET_DIRS: [&str; 3] = ["tests", "benches", "examples"];

/// True when `path` lies under `tests/`, `benches/` or `examples/` of the package at
/// `package_root`. Both paths are compared as written (discovery gives them the same base).
pub fn is_in_test_target_dir(package_root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(package_root) else {
        return false;
    };
    let mut components = relative.components();
    let first = components.next();
    // A file directly named `tests` is not under the folder.
    let has_more = components.next().is_some();
    match first {
        Some(Component::Normal(name)) => {
            has_more && TEST_TARGET_DIRS.iter().any(|dir| name == *dir)
        }
        _ => false,
    }
}

/// The names test-support modules go by: a file module named so holds test helpers, even
/// when it is compiled into a normal build (`pub mod test_utils;`).
const TEST_SUPPORT_MODULES: &[&str] = &[
    "test",
    "tests",
    "testing",
    "test_util",
    "test_utils",
    "testutil",
    "testutils",
    "test_helpers",
    "test_support",
];

/// True for the name of a file module that holds test support.
pub fn is_test_support_name(name: &str) -> bool {
    TEST_SUPPORT_MODULES.contains(&name)
}

/// True for the name of a package that exists for tests only: one with the word `tests` in it
/// (`tests-integration`, `e2e-tests`, `testkit`), ending in `test` or `testing` (`app-test`), or a `test` support crate
/// (`my-app-test-utils`, `test-support`). A name that merely has `test` in it
/// (`test-code-package`, `testcontainers`) is not enough.
pub fn is_test_support_package(name: &str) -> bool {
    let words: Vec<&str> = name.split(['-', '_']).collect();
    words.contains(&"tests")
        || matches!(words.last(), Some(&"test" | &"testing"))
        || words
            .iter()
            .any(|word| matches!(*word, "testkit" | "testutil" | "testutils" | "testsupport"))
        || words.windows(2).any(|pair| {
            pair[0] == "test"
                && matches!(
                    pair[1],
                    "util" | "utils" | "support" | "helpers" | "harness" | "fixtures" | "kit"
                )
        })
}

/// True when these attributes hold a `cfg` that cannot be true outside a test build.
pub fn is_test_only(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| is_test_only_cfg(&attr.meta))
}

/// True when this attribute content (`cfg(test)`, without `#[]`) is a cfg that requires `test`.
pub fn is_test_only_cfg(meta: &Meta) -> bool {
    let Meta::List(list) = meta else {
        return false;
    };
    list.path.is_ident("cfg")
        && syn::parse2::<Meta>(list.tokens.clone()).is_ok_and(|predicate| requires_test(&predicate))
}

/// Whether a cfg predicate is false whenever `test` is: `test`, or `all(..)` with such a
/// member, or `any(..)` whose every member is such. `not(..)` never is.
fn requires_test(predicate: &Meta) -> bool {
    match predicate {
        Meta::Path(path) => path.is_ident("test"),
        Meta::NameValue(_) => false,
        Meta::List(list) => {
            let members = || {
                list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                    .map(|members| members.into_iter().collect::<Vec<_>>())
                    .unwrap_or_default()
            };
            if list.path.is_ident("all") {
                members().iter().any(requires_test)
            } else if list.path.is_ident("any") {
                let members = members();
                !members.is_empty() && members.iter().all(requires_test)
            } else {
                false
            }
        }
    }
}

/// True when one of the attributes marks a test fn: its path's last segment is `test`.
pub fn is_test_fn(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "test")
    })
}

/// Remove every test item of `file`: a file whose own inner attributes make it test-only loses
/// all its items. Returns the 1-based line ranges removed (for suppression comments there,
/// which silence nothing only because their code was not analysed).
pub fn strip(file: &mut syn::File) -> Vec<RangeInclusive<usize>> {
    let mut removed = Vec::new();
    if is_test_only(&file.attrs) {
        file.items.clear();
        removed.push(1..=usize::MAX);
    } else {
        strip_items(&mut file.items, &mut removed);
    }
    removed
}

fn strip_items(items: &mut Vec<Item>, removed: &mut Vec<RangeInclusive<usize>>) {
    retain_noting(items, is_test_item, removed);
    for item in items {
        match item {
            Item::Mod(module) => {
                if let Some((_, content)) = &mut module.content {
                    strip_items(content, removed);
                }
            }
            Item::Impl(block) => retain_noting(&mut block.items, is_test_impl_item, removed),
            Item::Trait(block) => retain_noting(&mut block.items, is_test_trait_item, removed),
            _ => {}
        }
    }
}

/// `items.retain(|item| !is_test(item))`, noting the lines of what goes.
fn retain_noting<T: Spanned>(
    items: &mut Vec<T>,
    is_test: fn(&T) -> bool,
    removed: &mut Vec<RangeInclusive<usize>>,
) {
    items.retain(|item| {
        let test = is_test(item);
        if test {
            let span = item.span();
            removed.push(span.start().line..=span.end().line);
        }
        !test
    });
}

fn is_test_item(item: &Item) -> bool {
    match item {
        Item::Fn(function) => is_test_only(&function.attrs) || is_test_fn(&function.attrs),
        other => item_attrs(other).is_some_and(is_test_only),
    }
}

fn is_test_impl_item(member: &ImplItem) -> bool {
    match member {
        ImplItem::Fn(function) => is_test_only(&function.attrs) || is_test_fn(&function.attrs),
        ImplItem::Const(constant) => is_test_only(&constant.attrs),
        ImplItem::Type(alias) => is_test_only(&alias.attrs),
        ImplItem::Macro(mac) => is_test_only(&mac.attrs),
        _ => false,
    }
}

fn is_test_trait_item(member: &TraitItem) -> bool {
    match member {
        TraitItem::Fn(function) => is_test_only(&function.attrs),
        TraitItem::Const(constant) => is_test_only(&constant.attrs),
        TraitItem::Type(alias) => is_test_only(&alias.attrs),
        TraitItem::Macro(mac) => is_test_only(&mac.attrs),
        _ => false,
    }
}

/// The attributes of an item (inner ones included: syn keeps them in the same list).
pub fn item_attrs(item: &Item) -> Option<&[Attribute]> {
    let attrs = match item {
        Item::Const(item) => &item.attrs,
        Item::Enum(item) => &item.attrs,
        Item::ExternCrate(item) => &item.attrs,
        Item::Fn(item) => &item.attrs,
        Item::ForeignMod(item) => &item.attrs,
        Item::Impl(item) => &item.attrs,
        Item::Macro(item) => &item.attrs,
        Item::Mod(item) => &item.attrs,
        Item::Static(item) => &item.attrs,
        Item::Struct(item) => &item.attrs,
        Item::Trait(item) => &item.attrs,
        Item::TraitAlias(item) => &item.attrs,
        Item::Type(item) => &item.attrs,
        Item::Union(item) => &item.attrs,
        Item::Use(item) => &item.attrs,
        _ => return None,
    };
    Some(attrs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(source: &str) -> String {
        let mut file = syn::parse_file(source).unwrap();
        let _ = strip(&mut file);
        let names: Vec<String> = file
            .items
            .iter()
            .flat_map(|item| match item {
                Item::Fn(function) => vec![function.sig.ident.to_string()],
                Item::Mod(module) => {
                    let mut names = vec![format!("mod {}", module.ident)];
                    if let Some((_, content)) = &module.content {
                        names.extend(content.iter().filter_map(|inner| match inner {
                            Item::Fn(function) => {
                                Some(format!("{}::{}", module.ident, function.sig.ident))
                            }
                            _ => None,
                        }));
                    }
                    names
                }
                Item::Impl(block) => block
                    .items
                    .iter()
                    .filter_map(|member| match member {
                        ImplItem::Fn(function) => Some(format!("impl::{}", function.sig.ident)),
                        _ => None,
                    })
                    .collect(),
                _ => vec![],
            })
            .collect();
        names.join(" ")
    }

    #[test]
    fn cfg_predicates_that_require_test() {
        let source = "
            #[cfg(test)] fn a() {}
            #[cfg(all(test, unix))] fn b() {}
            #[cfg(any(test, feature = \"mock\"))] fn c() {}
            #[cfg(not(test))] fn d() {}
            #[cfg(any(test, all(test, unix)))] fn e() {}
            #[cfg(feature = \"test\")] fn f() {}
            fn g() {}
        ";
        assert_eq!(stripped(source), "c d f g");
    }

    #[test]
    fn test_fns_by_the_last_segment_of_their_attribute() {
        let source = "
            #[test] fn a() {}
            #[tokio::test] async fn b() {}
            #[tokio::test(flavor = \"multi_thread\")] async fn c() {}
            #[rstest] fn d() {}
            #[test_case(1)] fn e() {}
            #[inline] fn f() {}
        ";
        assert_eq!(stripped(source), "d e f");
    }

    #[test]
    fn strips_inside_inline_modules_and_impls() {
        let source = "
            mod m { #[test] fn a() {} fn b() {} #[cfg(test)] mod inner {} }
            #[cfg(test)] mod tests { fn helper() {} }
            impl S { #[cfg(test)] fn only_in_tests() {} fn kept() {} }
        ";
        assert_eq!(stripped(source), "mod m m::b impl::kept");
    }

    #[test]
    fn an_inner_cfg_test_empties_the_file() {
        assert_eq!(stripped("#![cfg(test)]\nfn a() {}\n"), "");
        let mut file = syn::parse_file("mod m { #![cfg(test)] fn a() {} }\nfn b() {}").unwrap();
        let _ = strip(&mut file);
        assert_eq!(file.items.len(), 1);
    }

    #[test]
    fn reports_the_lines_it_removed() {
        let source = "fn a() {}\n#[cfg(test)]\nmod tests {\n    fn b() {}\n}\nimpl S {\n    #[test]\n    fn c() {}\n}\n";
        let mut file = syn::parse_file(source).unwrap();
        assert_eq!(strip(&mut file), [2..=5, 7..=8]);
        let mut file = syn::parse_file("#![cfg(test)]\nfn a() {}\n").unwrap();
        assert_eq!(strip(&mut file), [1..=usize::MAX]);
    }

    #[test]
    fn test_target_dirs_are_top_level_folders_of_the_package() {
        let root = Path::new("/p");
        assert!(is_in_test_target_dir(root, Path::new("/p/tests/it.rs")));
        assert!(is_in_test_target_dir(
            root,
            Path::new("/p/tests/common/mod.rs")
        ));
        assert!(is_in_test_target_dir(root, Path::new("/p/benches/b.rs")));
        assert!(is_in_test_target_dir(
            root,
            Path::new("/p/examples/demo/main.rs")
        ));
        assert!(!is_in_test_target_dir(
            root,
            Path::new("/p/src/tests/mod.rs")
        ));
        assert!(!is_in_test_target_dir(root, Path::new("/p/src/lib.rs")));
        assert!(!is_in_test_target_dir(
            root,
            Path::new("/elsewhere/tests/a.rs")
        ));
    }
}

#[cfg(test)]
mod package_name_tests {
    use super::is_test_support_package;

    #[test]
    fn packages_named_for_tests_are_test_support() {
        for name in [
            "tests-integration",
            "e2e-tests",
            "my_app_test_utils",
            "store-testing",
            "testkit",
            "app-test-kit",
            "net_testutils",
        ] {
            assert!(is_test_support_package(name), "{name}");
        }
        for name in [
            "test-code-package",
            "testcontainers",
            "attestation",
            "contest",
            "my-app",
            "toolkit",
            "latest-kit",
        ] {
            assert!(!is_test_support_package(name), "{name}");
        }
    }
}
