//! Idempotency keys: a retried POST gets the first answer instead of a second effect.
//!
//! A stored answer names the record it is about (`record_type`, `record_id`) and
//! keeps the permission checks its request passed (`checks`, opaque here), so that
//! a replay is checked and audited again and an erasure removes the answers about
//! the person ([`forget_person`]). An answer that carried a secret, or data since
//! erased, is not kept (`withheld`): the key still stops a second run. Answers expire after the
//! retention the server is given; [`purge`] removes the expired ones.

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::{
    assessments, assistance_co_beneficiaries, assistance_items, cases, follow_ups,
    idempotency_keys, integration_services, job_placements, jobseekers, movements, persons,
    referrals, residence_permits, social_enterprise_beneficiaries, stays_abroad, survey_responses,
};

/// How long a key is remembered unless the server is told otherwise.
pub const RETENTION: Duration = Duration::hours(24);

/// A stored answer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoredResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The record the answer is about: its type (`person`, `case`, ...) and id.
    pub record: Option<(String, Uuid)>,
    /// The permission checks the request passed, to be made again on a replay.
    pub checks: Option<String>,
    /// The answer carried a secret (or data since erased): its body is not kept.
    pub withheld: bool,
}

/// (request hash, status, headers, body, record type, record id, checks, withheld) of a stored key.
type KeyRow = (
    String,
    Option<i32>,
    Option<String>,
    Option<Vec<u8>>,
    Option<String>,
    Option<String>,
    Option<String>,
    bool,
);

/// What a request with a key may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The key is new and now held by this request: run it, then complete or release.
    New,
    /// The same request ran before: answer as then.
    Replay(StoredResponse),
    /// The same key is being used by a request that has not finished.
    InProgress,
    /// The key was used with a different request.
    Mismatch,
}

/// Claims `key` of `principal` for a request whose method, path and body hash to
/// `request_hash`; a key older than `retention` is forgotten first.
pub fn claim(
    conn: &mut DbConnection,
    principal: &str,
    key: &str,
    request_hash: &str,
    now: DateTime<Utc>,
    retention: Duration,
) -> Result<Claim, StoreError> {
    let this = idempotency_keys::table
        .filter(idempotency_keys::principal_id.eq(principal))
        .filter(idempotency_keys::key.eq(key));
    diesel::delete(this.filter(idempotency_keys::created_at.lt((now - retention).naive_utc())))
        .execute(conn)?;
    let existing: Option<KeyRow> = this
        .select((
            idempotency_keys::request_hash,
            idempotency_keys::status,
            idempotency_keys::response_headers,
            idempotency_keys::response_body,
            idempotency_keys::record_type,
            idempotency_keys::record_id,
            idempotency_keys::checks,
            idempotency_keys::withheld,
        ))
        .first(conn)
        .optional()?;
    match existing {
        Some((hash, ..)) if hash != request_hash => Ok(Claim::Mismatch),
        Some((_, None, ..)) => Ok(Claim::InProgress),
        Some((_, Some(status), headers, body, record_type, record_id, checks, withheld)) => {
            let headers = headers
                .map(|h| serde_json::from_str(&h))
                .transpose()
                .map_err(|e| StoreError::Internal(format!("stored headers: {e}")))?
                .unwrap_or_default();
            let record = match (record_type, record_id) {
                (Some(kind), Some(id)) => Some((kind, crate::rows::uuid(&id)?)),
                _ => None,
            };
            Ok(Claim::Replay(StoredResponse {
                status: u16::try_from(status)
                    .map_err(|_| StoreError::corrupt("status", &status.to_string()))?,
                headers,
                body: body.unwrap_or_default(),
                record,
                checks,
                withheld,
            }))
        }
        None => {
            let insert = diesel::insert_into(idempotency_keys::table)
                .values((
                    idempotency_keys::principal_id.eq(principal),
                    idempotency_keys::key.eq(key),
                    idempotency_keys::request_hash.eq(request_hash),
                    idempotency_keys::created_at.eq(now.naive_utc()),
                ))
                .on_conflict_do_nothing();
            // Two requests with one key at the same moment: the one whose insert lands
            // runs; the other is told the key is in use. ON CONFLICT is spelt per backend.
            let inserted = match conn {
                DbConnection::Postgres(c) => insert.execute(c)?,
                DbConnection::Sqlite(c) => insert.execute(c)?,
            };
            if inserted == 0 {
                return Ok(Claim::InProgress);
            }
            Ok(Claim::New)
        }
    }
}

/// Stores the answer of a claimed key (without its body when it is withheld).
pub fn complete(
    conn: &mut DbConnection,
    principal: &str,
    key: &str,
    response: &StoredResponse,
) -> Result<(), StoreError> {
    let headers = serde_json::to_string(&response.headers)
        .map_err(|e| StoreError::Internal(format!("headers: {e}")))?;
    let body = (!response.withheld).then_some(&response.body);
    diesel::update(
        idempotency_keys::table
            .filter(idempotency_keys::principal_id.eq(principal))
            .filter(idempotency_keys::key.eq(key)),
    )
    .set((
        idempotency_keys::status.eq(i32::from(response.status)),
        idempotency_keys::response_headers.eq(headers),
        idempotency_keys::response_body.eq(body),
        idempotency_keys::record_type.eq(response.record.as_ref().map(|(kind, _)| kind)),
        idempotency_keys::record_id.eq(response.record.as_ref().map(|(_, id)| id.to_string())),
        idempotency_keys::checks.eq(&response.checks),
        idempotency_keys::withheld.eq(response.withheld),
    ))
    .execute(conn)?;
    Ok(())
}

/// Forgets a claimed key whose request failed on our side, so that a retry runs again.
pub fn release(conn: &mut DbConnection, principal: &str, key: &str) -> Result<(), StoreError> {
    diesel::delete(
        idempotency_keys::table
            .filter(idempotency_keys::principal_id.eq(principal))
            .filter(idempotency_keys::key.eq(key)),
    )
    .execute(conn)?;
    Ok(())
}

/// Removes every key older than `before`; how many.
pub fn purge(conn: &mut DbConnection, before: DateTime<Utc>) -> Result<usize, StoreError> {
    Ok(diesel::delete(
        idempotency_keys::table.filter(idempotency_keys::created_at.lt(before.naive_utc())),
    )
    .execute(conn)?)
}

/// Removes the stored answers about `person`: the person, their stays abroad,
/// household, cases (and their assessments, follow-ups, assistance), referrals,
/// job placements, enrolments, movement assistance, residence permits,
/// integration services, jobseeker profiles and survey responses.
/// The keys stay, answer withheld, so that a retry does not run again.
pub fn forget_person(conn: &mut DbConnection, person: Uuid) -> Result<usize, StoreError> {
    let person = person.to_string();
    let case_ids: Vec<String> = cases::table
        .filter(cases::person_id.eq(&person))
        .select(cases::id)
        .load(conn)?;
    let ids = |kind: &'static str, ids: Vec<String>| (kind, ids);
    let about = [
        ids("person", vec![person.clone()]),
        ids(
            "stay_abroad",
            stays_abroad::table
                .filter(stays_abroad::person_id.eq(&person))
                .select(stays_abroad::id)
                .load(conn)?,
        ),
        ids(
            "household",
            persons::table
                .find(&person)
                .select(persons::household_id)
                .first::<Option<String>>(conn)
                .optional()?
                .flatten()
                .into_iter()
                .collect(),
        ),
        ids("case", case_ids.clone()),
        ids(
            "assessment",
            assessments::table
                .filter(assessments::case_id.eq_any(&case_ids))
                .select(assessments::id)
                .load(conn)?,
        ),
        ids(
            "follow_up",
            follow_ups::table
                .filter(follow_ups::case_id.eq_any(&case_ids))
                .select(follow_ups::id)
                .load(conn)?,
        ),
        ids(
            "assistance",
            assistance_items::table
                .filter(
                    assistance_items::person_id
                        .eq(&person)
                        .or(assistance_items::case_id.eq_any(&case_ids))
                        .or(assistance_items::id.eq_any(
                            assistance_co_beneficiaries::table
                                .filter(assistance_co_beneficiaries::person_id.eq(&person))
                                .select(assistance_co_beneficiaries::assistance_id),
                        )),
                )
                .select(assistance_items::id)
                .load(conn)?,
        ),
        ids(
            "referral",
            referrals::table
                .filter(referrals::person_id.eq(&person))
                .select(referrals::id)
                .load(conn)?,
        ),
        ids(
            "job_placement",
            job_placements::table
                .filter(job_placements::person_id.eq(&person))
                .select(job_placements::id)
                .load(conn)?,
        ),
        ids(
            "social_enterprise_beneficiary",
            social_enterprise_beneficiaries::table
                .filter(social_enterprise_beneficiaries::person_id.eq(&person))
                .select(social_enterprise_beneficiaries::id)
                .load(conn)?,
        ),
        ids(
            "movement_assistance",
            movements::table
                .filter(movements::person_id.eq(&person))
                .select(movements::id)
                .load(conn)?,
        ),
        ids(
            "residence_permit",
            residence_permits::table
                .filter(residence_permits::person_id.eq(&person))
                .select(residence_permits::id)
                .load(conn)?,
        ),
        ids(
            "jobseeker",
            jobseekers::table
                .filter(jobseekers::person_id.eq(&person))
                .select(jobseekers::id)
                .load(conn)?,
        ),
        ids(
            "integration_service",
            integration_services::table
                .filter(integration_services::person_id.eq(&person))
                .select(integration_services::id)
                .load(conn)?,
        ),
        ids(
            "survey_response",
            survey_responses::table
                .filter(survey_responses::person_id.eq(&person))
                .select(survey_responses::id)
                .load(conn)?,
        ),
    ];
    let mut forgotten = 0;
    for (kind, ids) in about {
        if ids.is_empty() {
            continue;
        }
        forgotten += diesel::update(
            idempotency_keys::table
                .filter(idempotency_keys::record_type.eq(kind))
                .filter(idempotency_keys::record_id.eq_any(&ids)),
        )
        .set((
            idempotency_keys::response_body.eq(None::<Vec<u8>>),
            idempotency_keys::withheld.eq(true),
        ))
        .execute(conn)?;
    }
    Ok(forgotten)
}
