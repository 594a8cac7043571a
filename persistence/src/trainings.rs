//! Trainings of officials and their participants: rows only.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::steering::training::{
    Official, Participant, ParticipantFields, Training, TrainingFields, TrainingTopic,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{training_participants, trainings, users};

#[derive(Queryable, Selectable)]
#[diesel(table_name = trainings)]
struct TrainingRow {
    id: String,
    title: String,
    topic: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    organiser_organisation_id: String,
    venue: String,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl TrainingRow {
    fn into_training(self, participants: i64) -> Result<Training, StoreError> {
        Ok(Training {
            id: rows::uuid(&self.id)?,
            title: self.title,
            topic: rows::parse("topic", &self.topic, TrainingTopic::parse)?,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            organiser_organisation_id: rows::uuid(&self.organiser_organisation_id)?,
            venue: self.venue,
            participants,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = trainings)]
struct TrainingChanges<'a> {
    title: &'a str,
    topic: &'a str,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    organiser_organisation_id: String,
    venue: &'a str,
}

impl<'a> From<&'a TrainingFields> for TrainingChanges<'a> {
    fn from(fields: &'a TrainingFields) -> Self {
        Self {
            title: &fields.title,
            topic: fields.topic.as_str(),
            starts_on: fields.starts_on,
            ends_on: fields.ends_on,
            organiser_organisation_id: fields.organiser_organisation_id.to_string(),
            venue: &fields.venue,
        }
    }
}

/// Records a training (version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &TrainingFields,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Training, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(trainings::table)
        .values((
            trainings::id.eq(id.to_string()),
            TrainingChanges::from(fields),
            trainings::recorded_by.eq(by.to_string()),
            trainings::version.eq(1_i64),
            trainings::created_at.eq(stamp),
            trainings::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces a training's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &TrainingFields,
    now: DateTime<Utc>,
) -> Result<Training, StoreError> {
    let changed = diesel::update(
        trainings::table
            .filter(trainings::id.eq(id.to_string()))
            .filter(trainings::version.eq(expected_version)),
    )
    .set((
        TrainingChanges::from(fields),
        trainings::version.eq(trainings::version + 1),
        trainings::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |t| t.version)
}

/// How many participants each of `ids` has.
fn participant_counts(
    conn: &mut DbConnection,
    ids: &[String],
) -> Result<std::collections::HashMap<String, i64>, StoreError> {
    let counts: Vec<(String, i64)> = training_participants::table
        .filter(training_participants::training_id.eq_any(ids))
        .group_by(training_participants::training_id)
        .select((
            training_participants::training_id,
            diesel::dsl::count_star(),
        ))
        .load(conn)?;
    Ok(counts.into_iter().collect())
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Training, StoreError> {
    let row = trainings::table
        .find(id.to_string())
        .select(TrainingRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let count = participant_counts(conn, std::slice::from_ref(&row.id))?
        .get(&row.id)
        .copied()
        .unwrap_or(0);
    row.into_training(count)
}

/// Filters of the list of trainings; all given must match.
#[derive(Debug, Clone, Default)]
pub struct TrainingFilter {
    /// Ending on or after this day.
    pub from: Option<NaiveDate>,
    /// Starting on or before this day.
    pub to: Option<NaiveDate>,
    pub topic: Option<TrainingTopic>,
    pub organiser: Option<Uuid>,
}

/// Trainings in the order recorded, with filters and cursor paging.
pub fn list(
    conn: &mut DbConnection,
    filter: &TrainingFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Training>, StoreError> {
    let mut query = trainings::table.into_boxed();
    if let Some(from) = filter.from {
        query = query.filter(trainings::ends_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(trainings::starts_on.le(to));
    }
    if let Some(topic) = filter.topic {
        query = query.filter(trainings::topic.eq(topic.as_str()));
    }
    if let Some(organiser) = filter.organiser {
        query = query.filter(trainings::organiser_organisation_id.eq(organiser.to_string()));
    }
    if let Some(after) = after {
        query = query.filter(trainings::id.gt(after.to_string()));
    }
    let found: Vec<TrainingRow> = query
        .order(trainings::id.asc())
        .limit(limit)
        .select(TrainingRow::as_select())
        .load(conn)?;
    let ids: Vec<String> = found.iter().map(|t| t.id.clone()).collect();
    let counts = participant_counts(conn, &ids)?;
    found
        .into_iter()
        .map(|row| {
            let count = counts.get(&row.id).copied().unwrap_or(0);
            row.into_training(count)
        })
        .collect()
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = training_participants)]
struct ParticipantRow {
    id: String,
    training_id: String,
    user_id: Option<String>,
    name: Option<String>,
    organisation_id: String,
    position: Option<String>,
    attended: bool,
    pre_test: Option<i64>,
    post_test: Option<i64>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ParticipantRow {
    fn into_participant(self) -> Result<Participant, StoreError> {
        Ok(Participant {
            id: rows::uuid(&self.id)?,
            training_id: rows::uuid(&self.training_id)?,
            user_id: rows::optional_uuid(self.user_id.as_deref())?,
            name: self.name,
            organisation_id: rows::uuid(&self.organisation_id)?,
            position: self.position,
            attended: self.attended,
            pre_test: self.pre_test,
            post_test: self.post_test,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Who a participant is, the same way for every training: a user's id, or a
/// named official's organisation and name (lower-cased).
pub fn official_key(official: &Official) -> String {
    match official {
        Official::User(user) => format!("user:{user}"),
        Official::Named {
            name,
            organisation_id,
        } => format!("named:{organisation_id}:{}", name.to_lowercase()),
    }
}

/// The organisation of the user `id` (`None` inside for a user of none);
/// `None` when there is no such user.
pub fn organisation_of_user(
    conn: &mut DbConnection,
    id: Uuid,
) -> Result<Option<Option<Uuid>>, StoreError> {
    users::table
        .find(id.to_string())
        .select(users::organisation_id)
        .first::<Option<String>>(conn)
        .optional()?
        .map(|o| rows::optional_uuid(o.as_deref()))
        .transpose()
}

/// The participant of `training` who is `official`, if recorded.
pub fn participant_of(
    conn: &mut DbConnection,
    training: Uuid,
    official: &Official,
) -> Result<Option<Uuid>, StoreError> {
    training_participants::table
        .filter(training_participants::training_id.eq(training.to_string()))
        .filter(training_participants::official_key.eq(official_key(official)))
        .select(training_participants::id)
        .first::<String>(conn)
        .optional()?
        .map(|id| rows::uuid(&id))
        .transpose()
}

/// Records a participant of `training` from `organisation` (version 1).
pub fn add_participant(
    conn: &mut DbConnection,
    training: Uuid,
    id: Uuid,
    fields: &ParticipantFields,
    organisation: Uuid,
    now: DateTime<Utc>,
) -> Result<Participant, StoreError> {
    let stamp = now.naive_utc();
    let (user, name) = match &fields.official {
        Official::User(user) => (Some(user.to_string()), None),
        Official::Named { name, .. } => (None, Some(name.as_str())),
    };
    diesel::insert_into(training_participants::table)
        .values((
            training_participants::id.eq(id.to_string()),
            training_participants::training_id.eq(training.to_string()),
            training_participants::official_key.eq(official_key(&fields.official)),
            training_participants::user_id.eq(user),
            training_participants::name.eq(name),
            training_participants::organisation_id.eq(organisation.to_string()),
            (
                training_participants::position.eq(fields.position.as_deref()),
                training_participants::attended.eq(fields.attended),
                training_participants::pre_test.eq(fields.pre_test),
                training_participants::post_test.eq(fields.post_test),
            ),
            training_participants::version.eq(1_i64),
            training_participants::created_at.eq(stamp),
            training_participants::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    participant(conn, training, id)
}

/// Replaces a participant's position, attendance and scores if it is still at
/// `expected_version` (who they are does not change).
pub fn update_participant(
    conn: &mut DbConnection,
    training: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &ParticipantFields,
    now: DateTime<Utc>,
) -> Result<Participant, StoreError> {
    let changed = diesel::update(
        training_participants::table
            .filter(training_participants::id.eq(id.to_string()))
            .filter(training_participants::training_id.eq(training.to_string()))
            .filter(training_participants::version.eq(expected_version)),
    )
    .set((
        training_participants::position.eq(fields.position.as_deref()),
        training_participants::attended.eq(fields.attended),
        training_participants::pre_test.eq(fields.pre_test),
        training_participants::post_test.eq(fields.post_test),
        training_participants::version.eq(training_participants::version + 1),
        training_participants::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, participant(conn, training, id), |p| p.version)
}

/// The participant `id` of `training`.
pub fn participant(
    conn: &mut DbConnection,
    training: Uuid,
    id: Uuid,
) -> Result<Participant, StoreError> {
    training_participants::table
        .filter(training_participants::id.eq(id.to_string()))
        .filter(training_participants::training_id.eq(training.to_string()))
        .select(ParticipantRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_participant()
}

/// The participants of `training`, in the order recorded, after `after`.
pub fn participants(
    conn: &mut DbConnection,
    training: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Participant>, StoreError> {
    let mut query = training_participants::table
        .filter(training_participants::training_id.eq(training.to_string()))
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(training_participants::id.gt(after.to_string()));
    }
    query
        .order(training_participants::id.asc())
        .limit(limit)
        .select(ParticipantRow::as_select())
        .load(conn)?
        .into_iter()
        .map(ParticipantRow::into_participant)
        .collect()
}
