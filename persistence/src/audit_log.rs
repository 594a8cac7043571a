//! Reading the audit log (writing it is [`crate::audit::record`]'s alone).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::audit::AuditRecord;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{
    applications, assessments, assistance_items, audit_log, cases, contacts, counselling_sessions,
    follow_ups, integration_services, job_placements, jobseekers, movements, referrals,
    residence_permits, social_enterprise_beneficiaries, stays_abroad, survey_responses,
};

/// Filters of the audit log; all given must match.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor_id: Option<Uuid>,
    pub action: Option<String>,
    pub record_type: Option<String>,
    pub record_id: Option<Uuid>,
    /// Entries about this person's data: the person, and their stays abroad, cases,
    /// assessments, assistance items, referrals, follow-ups, contacts, counselling
    /// sessions, job placements, social-enterprise enrolments and movement assistance. (Found through the
    /// records as they are now: a stay abroad since deleted is no longer linked.)
    pub subject: Option<Uuid>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

type Row = (
    String,
    NaiveDateTime,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
);

fn into_record(row: Row) -> Result<AuditRecord, StoreError> {
    let (id, occurred_at, actor_id, action, record_type, record_id, request_id) = row;
    Ok(AuditRecord {
        id: rows::uuid(&id)?,
        occurred_at: rows::utc(occurred_at),
        actor_id: rows::optional_uuid(actor_id.as_deref())?,
        action,
        record_type,
        record_id: rows::optional_uuid(record_id.as_deref())?,
        request_id,
    })
}

/// Entries in the order they were written (ids are UUID v7), after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &AuditFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<AuditRecord>, StoreError> {
    let mut query = audit_log::table
        .select((
            audit_log::id,
            audit_log::occurred_at,
            audit_log::actor_id,
            audit_log::action,
            audit_log::record_type,
            audit_log::record_id,
            audit_log::request_id,
        ))
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(audit_log::id.gt(after.to_string()));
    }
    if let Some(actor) = filter.actor_id {
        query = query.filter(audit_log::actor_id.eq(actor.to_string()));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_log::action.eq(action.clone()));
    }
    if let Some(record_type) = &filter.record_type {
        query = query.filter(audit_log::record_type.eq(record_type.clone()));
    }
    if let Some(record) = filter.record_id {
        query = query.filter(audit_log::record_id.eq(record.to_string()));
    }
    if let Some(person) = filter.subject {
        let person = person.to_string();
        let of_person = |record_type: &'static str| audit_log::record_type.eq(record_type);
        let case_ids = || {
            cases::table
                .filter(cases::person_id.eq(person.clone()))
                .select(cases::id)
        };
        query = query.filter(
            of_person("person")
                .and(audit_log::record_id.eq(person.clone()))
                .or(of_person("stay_abroad").and(
                    audit_log::record_id.eq_any(
                        stays_abroad::table
                            .filter(stays_abroad::person_id.eq(person.clone()))
                            .select(stays_abroad::id.nullable()),
                    ),
                ))
                .or(of_person("case").and(
                    audit_log::record_id.eq_any(
                        cases::table
                            .filter(cases::person_id.eq(person.clone()))
                            .select(cases::id.nullable()),
                    ),
                ))
                .or(of_person("assessment").and(
                    audit_log::record_id.eq_any(
                        assessments::table
                            .filter(assessments::case_id.eq_any(case_ids()))
                            .select(assessments::id.nullable()),
                    ),
                ))
                .or(of_person("follow_up").and(
                    audit_log::record_id.eq_any(
                        follow_ups::table
                            .filter(follow_ups::case_id.eq_any(case_ids()))
                            .select(follow_ups::id.nullable()),
                    ),
                ))
                .or(of_person("assistance").and(
                    audit_log::record_id.eq_any(
                        assistance_items::table
                            .filter(assistance_items::person_id.eq(person.clone()))
                            .select(assistance_items::id.nullable()),
                    ),
                ))
                .or(of_person("referral").and(
                    audit_log::record_id.eq_any(
                        referrals::table
                            .filter(referrals::person_id.eq(person.clone()))
                            .select(referrals::id.nullable()),
                    ),
                ))
                .or(of_person("counselling_session").and(
                    audit_log::record_id.eq_any(
                        counselling_sessions::table
                            .filter(counselling_sessions::person_id.eq(person.clone()))
                            .select(counselling_sessions::id.nullable()),
                    ),
                ))
                .or(of_person("job_placement").and(
                    audit_log::record_id.eq_any(
                        job_placements::table
                            .filter(job_placements::person_id.eq(person.clone()))
                            .select(job_placements::id.nullable()),
                    ),
                ))
                .or(of_person("social_enterprise_beneficiary").and(
                    audit_log::record_id.eq_any(
                        social_enterprise_beneficiaries::table
                            .filter(social_enterprise_beneficiaries::person_id.eq(person.clone()))
                            .select(social_enterprise_beneficiaries::id.nullable()),
                    ),
                ))
                .or(of_person("movement_assistance").and(
                    audit_log::record_id.eq_any(
                        movements::table
                            .filter(movements::person_id.eq(person.clone()))
                            .select(movements::id.nullable()),
                    ),
                ))
                .or(of_person("residence_permit").and(
                    audit_log::record_id.eq_any(
                        residence_permits::table
                            .filter(residence_permits::person_id.eq(person.clone()))
                            .select(residence_permits::id.nullable()),
                    ),
                ))
                .or(of_person("integration_service").and(
                    audit_log::record_id.eq_any(
                        integration_services::table
                            .filter(integration_services::person_id.eq(person.clone()))
                            .select(integration_services::id.nullable()),
                    ),
                ))
                .or(of_person("jobseeker").and(
                    audit_log::record_id.eq_any(
                        jobseekers::table
                            .filter(jobseekers::person_id.eq(person.clone()))
                            .select(jobseekers::id.nullable()),
                    ),
                ))
                .or(of_person("application").and(
                    audit_log::record_id.eq_any(
                        applications::table
                            .filter(applications::person_id.eq(person.clone()))
                            .select(applications::id.nullable()),
                    ),
                ))
                .or(of_person("contact").and(
                    audit_log::record_id.eq_any(
                        contacts::table
                            .filter(contacts::person_id.eq(person.clone()))
                            .select(contacts::id.nullable()),
                    ),
                ))
                .or(of_person("survey_response").and(
                    audit_log::record_id.eq_any(
                        survey_responses::table
                            .filter(survey_responses::person_id.eq(person.clone()))
                            .select(survey_responses::id.nullable()),
                    ),
                )),
        );
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_log::occurred_at.ge(from.naive_utc()));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_log::occurred_at.lt(to.naive_utc()));
    }
    query
        .order(audit_log::id.asc())
        .limit(limit)
        .load::<Row>(conn)?
        .into_iter()
        .map(into_record)
        .collect()
}
