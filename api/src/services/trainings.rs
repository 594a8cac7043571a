//! Trainings of officials and their participants: record, find, read, change.
//!
//! Administrators keep them ([`RecordKind::Training`],
//! [`RecordKind::TrainingParticipant`]: `Administer`); committee members see
//! the figures in the capacity report. A training names nobody, so reading one
//! is not recorded; a participant is an official's personal data, so every
//! read of one is. An official takes part in a training once: a second record
//! of them is a 409 `already_participant` naming the first.

use integra_domain::access::Access;
use integra_domain::error::{Conflict, Holder, RecordKind};
use integra_domain::steering::training::{
    Official, Participant, ParticipantFields, ParticipantInput, Training, TrainingFields,
    TrainingInput, TrainingTopic,
};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::trainings::{self as stored, TrainingFilter};
use integra_persistence::DbConnection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::{merge_patch, Body};
use crate::services::outreach_events::period;
use crate::services::placements::{check_organisation, id};
use crate::services::{self, paging, Call, ReadSize};

/// One page of trainings.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0",
    "title": "Case management for reintegration counsellors", "topic": "case_management",
    "starts_on": "2026-03-02", "ends_on": "2026-03-04",
    "organiser_organisation_id": "01900000-0000-7000-8000-000000000001",
    "venue": "Ministry training centre, Tbilisi", "participants": 12,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-02-20T09:00:00Z", "updated_at": "2026-02-20T09:00:00Z"}],
    "next_cursor": null}))]
pub struct TrainingPage {
    pub items: Vec<Training>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /trainings`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TrainingQuery {
    /// Ending on or after this day.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Starting on or before this day.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    #[param(value_type = Option<TrainingTopic>)]
    topic: Option<String>,
    /// The organising organisation.
    #[param(value_type = Option<String>, format = Uuid)]
    organiser_organisation_id: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl TrainingQuery {
    fn validate(&self) -> Result<(TrainingFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let topic = self
            .topic
            .as_deref()
            .and_then(|t| errors.check(TrainingTopic::parse("topic", t)));
        let organiser = id(
            &mut errors,
            "organiser_organisation_id",
            self.organiser_organisation_id.as_deref(),
        );
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = TrainingFilter {
            from,
            to,
            topic,
            organiser,
        };
        Ok((filter, limit, after))
    }
}

/// The organiser named by a training exists; the error goes to the field.
fn check_organiser(c: &mut DbConnection, fields: &TrainingFields) -> Result<(), Error> {
    let mut errors = ValidationErrors::new();
    check_organisation(
        &mut errors,
        c,
        fields.organiser_organisation_id,
        "organiser_organisation_id",
    )?;
    Ok(errors.finish(|| ())?)
}

/// Records a training.
pub async fn create(call: &Call, input: Body<TrainingInput>) -> Result<Answer<Training>, Error> {
    call.reach(RecordKind::Training, Access::Write)?;
    let fields = input.parse()?.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("training.created", RecordKind::Training, id)];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        check_organiser(c, &fields)?;
        Ok(stored::insert(c, id, &fields, by, now)?)
    })
    .await
}

/// Lists trainings in the order recorded.
pub async fn list(call: &Call, query: TrainingQuery) -> Result<TrainingPage, Error> {
    call.reach(RecordKind::Training, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|t| t.id), limit);
    Ok(TrainingPage { items, next_cursor })
}

/// Reads a training (not recorded: it names nobody).
pub async fn get(call: &Call, id: Uuid) -> Result<Training, Error> {
    call.reach(RecordKind::Training, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, id)?)).await
}

/// Fields of a training that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 6] = [
    "id",
    "participants",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a training with a JSON merge patch (RFC 7386).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Training>, Error> {
    call.reach(RecordKind::Training, Access::Write)?;
    let patch = patch.parse()?;
    let entries = vec![call.entry("training.updated", RecordKind::Training, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        let input = merge_patch(&current, &TrainingInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate()?;
        check_organiser(c, &fields)?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// One page of a training's participants.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa1",
    "training_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0", "user_id": null,
    "name": "Tamar Lomidze", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "position": "Senior specialist, Migration Division", "attended": true,
    "pre_test": 55, "post_test": 80, "version": 1,
    "created_at": "2026-03-04T16:00:00Z", "updated_at": "2026-03-04T16:00:00Z"}],
    "next_cursor": null}))]
pub struct ParticipantPage {
    pub items: Vec<Participant>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// `GET /trainings/{id}/participants`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ParticipantQuery {
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// The organisation of a participant: a user's own (the user must exist and
/// belong to one), or the named official's (which must exist).
fn organisation_of(c: &mut DbConnection, fields: &ParticipantFields) -> Result<Uuid, Error> {
    match &fields.official {
        Official::User(user) => match stored::organisation_of_user(c, *user)? {
            None => Err(Error::field("user_id", "not_found", "no user has this id")),
            Some(None) => Err(Error::field(
                "user_id",
                "no_organisation",
                "the user belongs to no organisation; record them by name and organisation",
            )),
            Some(Some(organisation)) => Ok(organisation),
        },
        Official::Named {
            organisation_id, ..
        } => {
            let mut errors = ValidationErrors::new();
            check_organisation(&mut errors, c, *organisation_id, "organisation_id")?;
            errors.finish(|| *organisation_id).map_err(Error::from)
        }
    }
}

/// Records a participant of the training `training`.
pub async fn add_participant(
    call: &Call,
    training: Uuid,
    input: Body<ParticipantInput>,
) -> Result<Answer<Participant>, Error> {
    call.reach(RecordKind::TrainingParticipant, Access::Write)?;
    let fields = input.parse()?.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry(
        "training_participant.created",
        RecordKind::TrainingParticipant,
        id,
    )];
    services::write_answer(call, entries, move |c, now| {
        stored::get(c, training)?;
        let organisation = organisation_of(c, &fields)?;
        if let Some(existing) = stored::participant_of(c, training, &fields.official)? {
            return Err(Error::Conflict(Conflict {
                code: "already_participant",
                detail: "the official is a participant of this training already; change that record instead".to_owned(),
                holder: Some(Holder::Participant { training, id: existing }),
            }));
        }
        Ok(stored::add_participant(
            c,
            training,
            id,
            &fields,
            organisation,
            now,
        )?)
    })
    .await
}

/// Lists a training's participants (each read is recorded).
pub async fn participants(
    call: &Call,
    training: Uuid,
    query: ParticipantQuery,
) -> Result<ParticipantPage, Error> {
    call.reach(RecordKind::TrainingParticipant, Access::Read)?;
    let (limit, after) = paging::finish(
        ValidationErrors::new(),
        query.limit,
        query.cursor.as_deref(),
    )?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        stored::get(c, training)?;
        let items = stored::participants(c, training, after, limit)?;
        let entries = actor.reads(
            RecordKind::TrainingParticipant.read_action(),
            RecordKind::TrainingParticipant,
            items.iter().map(|p| p.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(ParticipantPage { items, next_cursor })
}

/// Reads a participant (the read is recorded).
pub async fn participant(call: &Call, training: Uuid, id: Uuid) -> Result<Participant, Error> {
    call.reach(RecordKind::TrainingParticipant, Access::Read)?;
    let entry = call.entry(
        RecordKind::TrainingParticipant.read_action(),
        RecordKind::TrainingParticipant,
        id,
    );
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((stored::participant(c, training, id)?, vec![entry]))
    })
    .await
}

/// Fields of a participant that a merge patch may carry only unchanged (who
/// they are included).
const PARTICIPANT_READ_ONLY: [&str; 8] = [
    "id",
    "training_id",
    "user_id",
    "name",
    "organisation_id",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a participant's position, attendance or scores with a JSON merge
/// patch (RFC 7386).
pub async fn update_participant(
    call: &Call,
    training: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Participant>, Error> {
    call.reach(RecordKind::TrainingParticipant, Access::Write)?;
    let patch = patch.parse()?;
    let entries = vec![call.entry(
        "training_participant.updated",
        RecordKind::TrainingParticipant,
        id,
    )];
    services::write_answer(call, entries, move |c, now| {
        let current = stored::participant(c, training, id)?;
        let input = merge_patch(
            &current,
            &ParticipantInput::from(&current),
            patch,
            &PARTICIPANT_READ_ONLY,
        )?;
        let fields = input.validate()?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::update_participant(
            c, training, id, expected, &fields, now,
        )?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
