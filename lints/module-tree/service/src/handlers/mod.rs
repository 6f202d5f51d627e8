mod orders;

pub async fn serve() {
    orders::list().await;
}
