//! Whether the service can serve: the database answers within two seconds.

use std::time::Duration;

use integra_domain::Error;

use crate::state::AppState;

/// The backend's name once the database has answered a ping.
pub async fn ready(app: &AppState) -> Result<&'static str, Error> {
    let db = app.db.clone();
    super::blocking(move || db.ping(Duration::from_secs(2))).await?;
    Ok(app.db.backend().name())
}
