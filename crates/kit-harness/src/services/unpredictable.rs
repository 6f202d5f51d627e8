//! Values the code under test cannot know without asking the service: prices, payload bytes
//! and cursors drawn from a seed that is random for every service instance. A learner who
//! reads the harness's source still cannot compute them, so a result that matches proves the
//! service was really asked.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

/// A fresh random seed (the standard library's per-process random hash keys, which also
/// differ from one call to the next).
pub(crate) fn random_seed() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(0x6b69_745f_7365_6564);
    hasher.finish()
}

/// The `n`th value of the stream that `seed` names: splitmix64, well spread for every `n`.
pub(crate) fn nth(seed: u64, n: u64) -> u64 {
    let mut z = seed.wrapping_add(n.wrapping_add(1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_differ_and_streams_are_stable() {
        assert_ne!(random_seed(), random_seed());
        let seed = random_seed();
        assert_eq!(nth(seed, 3), nth(seed, 3));
        assert_ne!(nth(seed, 3), nth(seed, 4));
    }
}
