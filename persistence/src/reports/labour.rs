//! The counts of the labour migration report (see
//! `integra_domain::reports::labour` for the definitions): one statement, read
//! in one snapshot.
//!
//! | CTE | rows |
//! |---|---|
//! | `apps` | the applications of the persons the filters take in (of the organisation, for its staff) |
//!
//! Registration and shortlisting are time stamps: a day of the period is the
//! UTC day, `>= from` and `< to + 1`.

use chrono::{Datelike, Days, NaiveDate};
use integra_domain::reports::labour::Counts;
use integra_domain::reports::ReportFilter;

use super::{
    cells, filtered_persons, from_persons, in_period, of_organisation, snapshot, Sql, Within,
};
use crate::connection::DbConnection;
use crate::error::StoreError;

/// The exact value of every figure of the labour report; overstays are
/// judged on `today`.
pub fn counts(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
    today: NaiveDate,
) -> Result<Counts, StoreError> {
    let (from, to) = (filter.period.from, filter.period.to);
    let after = to.checked_add_days(Days::new(1)).unwrap_or(to);
    let until = to.min(today);
    let years = (i64::from(from.year()), i64::from(to.year()));
    let mut sql = Sql::new();
    sql.push("WITH ");
    filtered_persons(&mut sql, filter);
    sql.push(
        "apps AS (SELECT a.id, a.jobseeker_id, a.person_id, a.scheme_id, a.status, a.applied_on, \
         a.departed_on, a.due_back_on, a.returned_on, a.placement_id",
    );
    from_persons(&mut sql, filter, "applications", "a", "person_id");
    of_organisation(&mut sql, within, "a.organisation_id");
    sql.push(") SELECT 'jobseekers_registered' AS name, '' AS key, COUNT(*) AS n");
    from_persons(&mut sql, filter, "jobseekers", "j", "person_id");
    of_organisation(&mut sql, within, "j.organisation_id");
    sql.push(" AND j.created_at >= ")
        .date(from)
        .push(" AND j.created_at < ")
        .date(after);
    sql.push(
        " UNION ALL SELECT 'jobseekers_matched', '', COUNT(DISTINCT a.jobseeker_id) FROM apps a \
         JOIN application_moves m ON m.application_id = a.id \
         WHERE m.action = 'shortlist' AND m.moved_at >= ",
    )
    .date(from)
    .push(" AND m.moved_at < ")
    .date(after);
    sql.push(" UNION ALL SELECT 'applications', '', COUNT(*) FROM apps a WHERE 1 = 1");
    in_period(&mut sql, filter, "a.applied_on");
    sql.push(" UNION ALL SELECT 'applications', a.status, COUNT(*) FROM apps a WHERE 1 = 1");
    in_period(&mut sql, filter, "a.applied_on");
    sql.push(" GROUP BY a.status");
    sql.push(
        " UNION ALL SELECT 'applications.scheme', a.scheme_id, COUNT(*) FROM apps a WHERE 1 = 1",
    );
    in_period(&mut sql, filter, "a.applied_on");
    sql.push(" GROUP BY a.scheme_id");
    sql.push(" UNION ALL SELECT 'departures', '', COUNT(*) FROM apps a WHERE 1 = 1");
    in_period(&mut sql, filter, "a.departed_on");
    sql.push(" UNION ALL SELECT 'returns', '', COUNT(*) FROM apps a WHERE 1 = 1");
    in_period(&mut sql, filter, "a.returned_on");
    sql.push(" UNION ALL SELECT 'overstays', '', COUNT(*) FROM apps a WHERE a.due_back_on >= ")
        .date(from)
        .push(" AND a.due_back_on < ")
        .date(until)
        .push(" AND (a.returned_on IS NULL OR a.returned_on > a.due_back_on)");
    sql.push(
        " UNION ALL SELECT 'persons_placed_abroad', '', COUNT(DISTINCT a.person_id) FROM apps a \
         WHERE a.placement_id IS NOT NULL",
    );
    in_period(&mut sql, filter, "a.departed_on");
    sql.push(
        " UNION ALL SELECT 'quota_used.scheme', q.scheme_id, CAST(SUM(q.used) AS BIGINT) \
         FROM scheme_quota_use q WHERE q.year >= ",
    )
    .big(years.0)
    .push(" AND q.year <= ")
    .big(years.1)
    .push(
        " GROUP BY q.scheme_id \
         UNION ALL SELECT 'quota.scheme', s.id, s.quota_per_year * ",
    )
    .big(years.1 - years.0 + 1)
    .push(" FROM schemes s WHERE s.id IN (SELECT q.scheme_id FROM scheme_quota_use q WHERE q.year >= ")
    .big(years.0)
    .push(" AND q.year <= ")
    .big(years.1)
    .push(")");
    let rows = snapshot(conn, |c| sql.load(c))?;
    Ok(Counts(cells(rows)))
}
