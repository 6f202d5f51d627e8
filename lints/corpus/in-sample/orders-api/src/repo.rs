//! Order persistence behind a trait object so handlers can be tested with an in-memory store.
use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use uuid::Uuid;

#[derive(Clone, Debug)]
pub struct Order {
    pub id: Uuid,
    pub customer: String,
    pub lines: Vec<(String, u32)>,
}

#[async_trait]
pub trait OrderRepo: Send + Sync {
    async fn fetch_order(&self, id: Uuid) -> anyhow::Result<Option<Order>>;
    async fn persist_order(&self, order: &Order) -> anyhow::Result<()>;
    async fn touch_customer(&self, customer: &str) -> anyhow::Result<()>;
}

pub struct PgOrderRepo {
    pool: sqlx::PgPool,
    cache: Mutex<HashMap<Uuid, Order>>,
}

impl PgOrderRepo {
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        let pool = sqlx::PgPool::connect(url).await?;
        Ok(Self { pool, cache: Mutex::new(HashMap::new()) })
    }
}

#[async_trait]
impl OrderRepo for PgOrderRepo {
    async fn fetch_order(&self, id: Uuid) -> anyhow::Result<Option<Order>> {
        if let Some(hit) = self.cache.lock().unwrap().get(&id).cloned() { // OK: blocking-in-async
            return Ok(Some(hit));
        }
        let row = sqlx::query_as::<_, (String,)>("select customer from orders where id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|(customer,)| Order { id, customer, lines: vec![] }))
    }

    async fn persist_order(&self, order: &Order) -> anyhow::Result<()> {
        sqlx::query("insert into orders (id, customer) values ($1, $2)")
            .bind(order.id)
            .bind(&order.customer)
            .execute(&self.pool)
            .await?;
        {
            let mut cache = self.cache.lock().unwrap(); // OK: blocking-in-async
            cache.insert(order.id, order.clone());
        }
        self.touch_customer(&order.customer); // EXPECT: unawaited-future
        Ok(())
    }

    async fn touch_customer(&self, customer: &str) -> anyhow::Result<()> {
        sqlx::query("update customers set seen_at = now() where name = $1")
            .bind(customer)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

pub async fn prefetch_orders(repo: &dyn OrderRepo, ids: &[Uuid]) -> Vec<Option<Order>> {
    let lookups = ids.iter().map(|id| repo.fetch_order(*id));
    futures::future::join_all(lookups) // EXPECT: unbounded-gather
        .await
        .into_iter()
        .map(|r| r.ok().flatten())
        .collect()
}

pub async fn prefetch_pair(repo: &dyn OrderRepo, a: Uuid, b: Uuid) -> (bool, bool) {
    let found = futures::future::join_all([repo.fetch_order(a), repo.fetch_order(b)]).await; // OK: unbounded-gather
    (found[0].is_ok(), found[1].is_ok())
}
