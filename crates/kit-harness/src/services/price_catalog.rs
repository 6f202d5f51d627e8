//! A price catalogue behind the network: the unit price of a product, one lookup per call.
//! Prices are drawn at random for each catalogue, so code cannot know them without asking;
//! tests read them with [`PriceCatalog::price_of`], which is not a call.

use std::time::Duration;

use super::unpredictable::{nth, random_seed};
use super::{ServiceError, SimService};
use crate::calls::CallStats;

/// The cheapest and the dearest price a catalogue draws, in cents.
const PRICE_RANGE_CENTS: (u64, u64) = (100, 9_999);

/// A simulated price catalogue; every lookup takes 50 ms of tokio time unless configured
/// otherwise. Lookups are counted under the product id.
///
/// ```
/// # use kit_harness::PriceCatalog;
/// # #[tokio::main(flavor = "current_thread", start_paused = true)] async fn main() {
/// let catalog = PriceCatalog::new();
/// let cents = catalog.unit_price(17).await.unwrap();
/// assert_eq!(cents, catalog.price_of(17));
/// assert_eq!(catalog.stats().started, 1);
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct PriceCatalog {
    service: SimService,
    seed: u64,
}

impl Default for PriceCatalog {
    fn default() -> Self {
        Self::new()
    }
}

impl PriceCatalog {
    /// A catalogue with fresh random prices and a latency of 50 ms per lookup.
    pub fn new() -> Self {
        Self {
            service: SimService::new("price catalogue", Duration::from_millis(50)),
            seed: random_seed(),
        }
    }

    /// Every lookup takes `latency`.
    pub fn with_latency(self, latency: Duration) -> Self {
        Self {
            service: self.service.with_latency(latency),
            ..self
        }
    }

    /// The lookup of `product` fails once its latency has passed.
    pub fn failing_for(self, product: u64) -> Self {
        Self {
            service: self.service.failing_for(product),
            ..self
        }
    }

    /// Look up the unit price of `product`, in cents.
    pub async fn unit_price(&self, product: u64) -> Result<u64, ServiceError> {
        let cents = self.price_of(product);
        self.service.call(product, || cents).await
    }

    /// The unit price the catalogue holds for `product`, in cents. Not a call: tests use it
    /// to check what the code under test computed.
    #[track_caller]
    pub fn price_of(&self, product: u64) -> u64 {
        crate::instruments::for_tests_only("PriceCatalog::price_of");
        let (cheapest, dearest) = PRICE_RANGE_CENTS;
        cheapest + nth(self.seed, product) % (dearest - cheapest + 1)
    }

    /// A snapshot of the catalogue's counters (keys are product ids).
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("PriceCatalog::stats");
        self.service.stats()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn lookups_answer_the_catalogues_own_prices() {
        let catalog = PriceCatalog::new().failing_for(9);
        for product in [1, 2, 3] {
            let cents = catalog.unit_price(product).await.unwrap();
            assert_eq!(cents, catalog.price_of(product));
            assert!((100..=9_999).contains(&cents));
        }
        assert!(catalog.unit_price(9).await.is_err());
        assert_eq!(catalog.stats().started, 4);
    }

    #[test]
    fn two_catalogues_disagree_on_prices() {
        let (a, b) = (PriceCatalog::new(), PriceCatalog::new());
        let prices =
            |catalog: &PriceCatalog| (1..=8).map(|p| catalog.price_of(p)).collect::<Vec<_>>();
        assert_ne!(prices(&a), prices(&b));
    }
}
