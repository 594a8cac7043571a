//! The attendances behind the capacity report: each official's attendance of
//! a training held in the period (a day of it at least in the period), of
//! the caller's organisation's officials when the report is an
//! organisation's. The figures are computed from them
//! (`integra_domain::reports::capacity`); a year has some thousands.

use diesel::prelude::*;
use integra_domain::reports::capacity::Attendance;
use integra_domain::reports::ReportFilter;
use integra_domain::steering::training::TrainingTopic;

use super::Within;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{training_participants, trainings};

/// An attendance as stored: the official, their organisation, the training's
/// topic, the pre- and post-test scores.
type Row = (String, String, String, Option<i64>, Option<i64>);

/// The attendances of the period that `within` takes in.
pub fn attendances(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
) -> Result<Vec<Attendance>, StoreError> {
    let mut query = training_participants::table
        .inner_join(trainings::table)
        .filter(training_participants::attended.eq(true))
        .filter(trainings::starts_on.le(filter.period.to))
        .filter(trainings::ends_on.ge(filter.period.from))
        .into_boxed();
    if let Some(organisation) = within.organisation {
        query = query.filter(training_participants::organisation_id.eq(organisation.to_string()));
    }
    let found: Vec<Row> = query
        .select((
            training_participants::official_key,
            training_participants::organisation_id,
            trainings::topic,
            training_participants::pre_test,
            training_participants::post_test,
        ))
        .load(conn)?;
    found
        .into_iter()
        .map(|(official, organisation, topic, pre_test, post_test)| {
            Ok(Attendance {
                official,
                organisation_id: rows::uuid(&organisation)?,
                topic: rows::parse("topic", &topic, TrainingTopic::parse)?,
                pre_test,
                post_test,
            })
        })
        .collect()
}
