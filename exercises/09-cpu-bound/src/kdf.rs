//! A deliberately slow key-derivation function, standing in for bcrypt or argon2: it is slow
//! on purpose (so stolen password hashes are expensive to crack) and pure computation, with
//! nothing to await. Leave this file as it is; the exercise is about where it runs.

/// Stretch `password` through `rounds` rounds of mixing and return the derived key.
pub fn stretch(password: &str, rounds: u32) -> u64 {
    // FNV-1a of the password seeds the state.
    let mut state = password
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    for round in 0..rounds {
        // One splitmix64 step per round.
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15 ^ u64::from(round));
        let mut mixed = state;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        state ^= mixed ^ (mixed >> 31);
    }
    state
}
