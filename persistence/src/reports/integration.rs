//! The counts of the integration report (see
//! `integra_domain::reports::integration` for the definitions): one statement
//! over two sets, read in one snapshot.
//!
//! | CTE | rows |
//! |---|---|
//! | `permitted` | residence permits valid on a day of the period (person, type) |
//! | `served` | integration services started in the period (person, type, provider, half hours) |
//! | `everyone` | the persons of both, distinct |
//!
//! An organisation's report counts the services it recorded; permits are
//! everyone's. Filters on persons are one set (`fp`), as in the other reports.
//! Indexes: permits by person and by end (`residence_permits_expiring`);
//! services by start (`integration_services_started`).

use integra_domain::reports::integration::{Counts, UNKNOWN_NATIONALITY};
use integra_domain::reports::ReportFilter;

use super::{
    cells, filtered_persons, from_persons, in_period, of_organisation, snapshot, Sql, Within,
};
use crate::connection::DbConnection;
use crate::error::StoreError;

/// The exact value of every figure of the integration report.
pub fn counts(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
) -> Result<Counts, StoreError> {
    let mut sql = Sql::new();
    sql.push("WITH ");
    filtered_persons(&mut sql, filter);
    // Valid on a day of the period: issued by its end, not ended before its start.
    sql.push("permitted AS (SELECT rp.person_id, rp.permit_type");
    from_persons(&mut sql, filter, "residence_permits", "rp", "person_id");
    sql.push(" AND rp.issued_on <= ")
        .date(filter.period.to)
        .push(" AND (rp.valid_until IS NULL OR rp.valid_until >= ")
        .date(filter.period.from)
        .push(")), served AS (SELECT s.person_id, s.service_type, s.provider_organisation_id, s.half_hours");
    from_persons(&mut sql, filter, "integration_services", "s", "person_id");
    in_period(&mut sql, filter, "s.starts_on");
    of_organisation(&mut sql, within, "s.organisation_id");
    sql.push(&format!(
        "), everyone AS (SELECT person_id FROM permitted UNION SELECT person_id FROM served) \
         SELECT 'persons' AS name, '' AS key, COUNT(*) AS n FROM everyone \
         UNION ALL SELECT 'persons.nationality', COALESCE(p.citizenship, '{UNKNOWN_NATIONALITY}'), \
             COUNT(*) FROM everyone e JOIN persons p ON p.id = e.person_id \
             GROUP BY COALESCE(p.citizenship, '{UNKNOWN_NATIONALITY}') \
         UNION ALL SELECT 'persons_with_permit', '', COUNT(DISTINCT person_id) FROM permitted \
         UNION ALL SELECT 'persons_with_permit', permit_type, COUNT(DISTINCT person_id) \
             FROM permitted GROUP BY permit_type \
         UNION ALL SELECT 'permits_expiring', '', COUNT(*)"
    ));
    from_persons(&mut sql, filter, "residence_permits", "rp", "person_id");
    in_period(&mut sql, filter, "rp.valid_until");
    sql.push(
        " UNION ALL SELECT 'persons_served', '', COUNT(DISTINCT person_id) FROM served \
         UNION ALL SELECT 'persons_served', service_type, COUNT(DISTINCT person_id) \
             FROM served GROUP BY service_type \
         UNION ALL SELECT 'services', '', COUNT(*) FROM served \
         UNION ALL SELECT 'services', service_type, COUNT(*) FROM served GROUP BY service_type \
         UNION ALL SELECT 'hours', service_type, CAST(SUM(half_hours) AS BIGINT) \
             FROM served GROUP BY service_type \
         UNION ALL SELECT 'services.provider', provider_organisation_id, COUNT(*) \
             FROM served GROUP BY provider_organisation_id \
         UNION ALL SELECT 'persons_served.provider', provider_organisation_id, \
             COUNT(DISTINCT person_id) FROM served GROUP BY provider_organisation_id",
    );
    let rows = snapshot(conn, |c| sql.load(c))?;
    Ok(Counts(cells(rows)))
}
