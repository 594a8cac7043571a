//! Referrals to partner organisations: case workers send and cancel them; the
//! partner they are addressed to sees them in its inbox, in a limited view
//! (service asked; the person's name and phone only while the referral waits
//! for the partner: sent or accepted), and accepts, declines or completes them.
//!
//! Who reaches a referral ([`Actor::reach`] of [`RecordKind::Referral`],
//! [`Reach::admits_referral`]): an admin every one; a case worker those sent
//! from their organisation ([`Reach::Organisation`]: the sender's organisation
//! is kept on the referral when it is sent, so moving the sender to another
//! organisation later moves none of them); a partner those addressed to it
//! ([`Reach::Addressee`]), in the partner's view. Any other is not found.

use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::reintegration::referral::{
    check_referral_action, PartnerReferral, Referral, ReferralAction, ReferralActionInput,
    ReferralInput, ReferralStatus,
};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::referrals::{self, ReferralFilter, ReferralRecord, Sender, StatusChange};
use integra_persistence::{organisations, persons, DbConnection};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::Body;
use crate::services::paging::PageQuery;
use crate::services::{self, cases, paging, Call, ReadSize};

/// A referral as the caller may see it: the full record for the referring
/// agency (`view`: `full`), the limited view for the partner (`view`: `partner`).
#[derive(Debug, Serialize)]
#[serde(tag = "view", rename_all = "snake_case")]
pub enum ReferralView {
    Full(Referral),
    Partner(PartnerReferral),
}

/// The schema of [`ReferralView`]: a `oneOf` of two named schemas told apart by
/// `view` (`FullReferralView`, `PartnerReferralView`: each the record with its
/// `view`), so that generated clients get a type for each.
mod view_schema {
    use std::borrow::Cow;

    use integra_domain::reintegration::referral::{PartnerReferral, Referral};
    use utoipa::openapi::schema::{
        AllOfBuilder, Discriminator, ObjectBuilder, OneOfBuilder, Schema, Type,
    };
    use utoipa::openapi::{Ref, RefOr};
    use utoipa::{PartialSchema, ToSchema};

    use super::ReferralView;

    const VIEWS: [(&str, &str, &str); 2] = [
        ("full", "FullReferralView", "Referral"),
        ("partner", "PartnerReferralView", "PartnerReferral"),
    ];

    /// A view: the record's schema and its `view`.
    fn view(view: &str, record: &str, example: serde_json::Value) -> RefOr<Schema> {
        AllOfBuilder::new()
            .examples([example])
            .description(Some(format!(
                "A referral as `{record}`, with `view`: `{view}`."
            )))
            .item(Ref::from_schema_name(record))
            .item(
                ObjectBuilder::new()
                    .schema_type(Type::Object)
                    .property(
                        "view",
                        ObjectBuilder::new()
                            .schema_type(Type::String)
                            .enum_values(Some([view])),
                    )
                    .required("view"),
            )
            .into()
    }

    /// A schema's example.
    fn example_of(schema: RefOr<Schema>) -> serde_json::Value {
        let schema = serde_json::to_value(schema).unwrap_or_default();
        (schema.get("example").cloned())
            .or_else(|| schema.pointer("/examples/0").cloned())
            .unwrap_or_default()
    }

    impl PartialSchema for ReferralView {
        fn schema() -> RefOr<Schema> {
            let mut one_of = OneOfBuilder::new().description(Some(
                "A referral as the caller may see it: the full record for the referring agency (`view`: `full`), the limited view for the partner (`view`: `partner`).",
            ));
            for (_, name, _) in VIEWS {
                one_of = one_of.item(Ref::from_schema_name(name));
            }
            let mut discriminator = Discriminator::new("view");
            for (view, name, _) in VIEWS {
                discriminator
                    .mapping
                    .insert(view.to_owned(), format!("#/components/schemas/{name}"));
            }
            one_of
                .discriminator(Some(discriminator))
                .examples([serde_json::json!({"view": "partner",
                    "id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f20",
                    "given_name": "Nino", "family_name": "Beridze", "phone": "+995 555 12 34 56",
                    "service": "psychosocial", "note": "Asked for counselling in Georgian; mornings only",
                    "status": "sent", "outcome": null, "version": 1,
                    "created_at": "2026-02-03T09:00:00Z", "updated_at": "2026-02-03T09:00:00Z"})])
                .into()
        }
    }

    impl ToSchema for ReferralView {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ReferralView")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            for (view_name, name, record) in VIEWS {
                let example = match view_name {
                    "full" => example_of(Referral::schema()),
                    _ => example_of(PartnerReferral::schema()),
                };
                let example = match example {
                    serde_json::Value::Object(mut fields) => {
                        fields.insert("view".to_owned(), view_name.into());
                        serde_json::Value::Object(fields)
                    }
                    other => other,
                };
                schemas.push((name.to_owned(), view(view_name, record, example)));
            }
            schemas.push((Referral::name().into_owned(), Referral::schema()));
            schemas.push((
                PartnerReferral::name().into_owned(),
                PartnerReferral::schema(),
            ));
            Referral::schemas(schemas);
            PartnerReferral::schemas(schemas);
        }
    }
}

impl ReferralView {
    pub fn version(&self) -> i64 {
        match self {
            Self::Full(r) => r.version,
            Self::Partner(r) => r.version,
        }
    }

    pub fn id(&self) -> Uuid {
        match self {
            Self::Full(r) => r.id,
            Self::Partner(r) => r.id,
        }
    }
}

/// One page of referrals.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"view": "partner", "id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f20",
    "given_name": "Nino", "family_name": "Beridze", "phone": "+995 555 12 34 56",
    "service": "psychosocial", "note": null, "status": "sent", "outcome": null, "version": 1,
    "created_at": "2026-02-03T09:00:00Z", "updated_at": "2026-02-03T09:00:00Z"}],
    "next_cursor": null}))]
pub struct ReferralPage {
    pub items: Vec<ReferralView>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

impl ReferralPage {
    fn of(items: Vec<ReferralView>, limit: i64) -> Self {
        let next_cursor = paging::next_cursor(items.iter().map(ReferralView::id), limit);
        Self { items, next_cursor }
    }
}

/// Filters of `GET /referrals`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReferralQuery {
    #[param(value_type = Option<ReferralStatus>)]
    status: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl ReferralQuery {
    /// The list's filter (limited to `reach`), page size and cursor.
    fn validate(&self, reach: Reach) -> Result<(ReferralFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let status = self
            .status
            .as_deref()
            .and_then(|s| errors.check(ReferralStatus::parse("status", s)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = ReferralFilter {
            status,
            ..within(reach)
        };
        Ok((filter, limit, after))
    }
}

/// The referrals `reach` takes in, as a list's filter.
fn within(reach: Reach) -> ReferralFilter {
    match reach {
        Reach::All => ReferralFilter::default(),
        Reach::Organisation(own) => ReferralFilter {
            sent_from: Some(own),
            ..ReferralFilter::default()
        },
        Reach::Addressee(own) => ReferralFilter {
            addressed_to: Some(own),
            ..ReferralFilter::default()
        },
    }
}

/// Whether `reach` takes in the referral: the organisation it was sent from
/// for the referring agency, the addressee for the partner; else not found.
fn check_visible(reach: Reach, record: &ReferralRecord) -> Result<(), Error> {
    if reach.admits_referral(record.sender_organisation, record.referral.organisation_id) {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}

/// The referral `id`, if the caller reaches it; otherwise it is not found.
fn load(conn: &mut DbConnection, id: Uuid, reach: Reach) -> Result<Referral, Error> {
    let record = referrals::get(conn, id)?;
    check_visible(reach, &record)?;
    Ok(record.referral)
}

/// The referrals as `reach` shows them: the partner's view for the addressee
/// (with the person's name and phone, read in one query, only on the
/// referrals it still has to act on), the full record for everyone else.
fn views(
    conn: &mut DbConnection,
    items: Vec<Referral>,
    reach: Reach,
) -> Result<Vec<ReferralView>, Error> {
    let Reach::Addressee(_) = reach else {
        return Ok(items.into_iter().map(ReferralView::Full).collect());
    };
    let persons: Vec<Uuid> = items
        .iter()
        .filter(|r| r.shares_contact())
        .map(|r| r.person_id)
        .collect();
    let contacts = referrals::contacts(conn, &persons)?;
    Ok(items
        .into_iter()
        .map(|r| {
            let contact = contacts.get(&r.person_id).cloned();
            ReferralView::Partner(r.for_partner(contact))
        })
        .collect())
}

fn view(conn: &mut DbConnection, referral: Referral, reach: Reach) -> Result<ReferralView, Error> {
    views(conn, vec![referral], reach)?
        .pop()
        .ok_or_else(|| Error::Internal("a referral's view vanished".to_owned()))
}

/// Refers a person to a partner organisation for a service, within a case of
/// the caller's organisation or outside any case.
pub async fn send(call: &Call, input: Body<ReferralInput>) -> Result<Answer<Referral>, Error> {
    let reach = call.reach(RecordKind::Referral, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("referral.sent", RecordKind::Referral, id)];
    // Sent from the caller's organisation now (a token names the organisation
    // its user is in: moving the user revokes it), kept on the referral.
    let by = Sender {
        user: call.id,
        organisation: call.organisation_id,
    };
    services::write_answer(call, entries, move |c, now| {
        let mut errors = ValidationErrors::new();
        if !persons::exists(c, fields.person_id)? {
            errors.add("person_id", "not_found", "no person has this id");
        }
        match organisations::is_active(c, fields.organisation_id)? {
            None => errors.add(
                "organisation_id",
                "not_found",
                "no organisation has this id",
            ),
            Some(false) => errors.add(
                "organisation_id",
                "inactive",
                "the organisation is deactivated",
            ),
            Some(true) => {}
        }
        if let Some(case_id) = fields.case_id {
            match cases::load(c, case_id, reach) {
                Ok(case) if case.case.person_id != fields.person_id => {
                    errors.add("case_id", "other_person", "the case is not the person's")
                }
                Ok(_) => {}
                Err(Error::NotFound) => {
                    errors.add("case_id", "not_found", "no case of yours has this id")
                }
                Err(other) => return Err(other),
            }
        }
        errors.finish(|| ())?;
        referrals::insert(c, id, &fields, by, now)?;
        Ok(referrals::get(c, id)?.referral)
    })
    .await
}

/// The referrals of a case (whoever sent them), oldest first: a read of the case.
pub async fn list_for_case(
    call: &Call,
    case_id: Uuid,
    query: PageQuery,
) -> Result<ReferralPage, Error> {
    let reach = call.reach(RecordKind::Case, Access::Read)?;
    let (limit, after) = query.validate()?;
    let entries = vec![call.entry("case.referrals_read", RecordKind::Case, case_id)];
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        cases::load(c, case_id, reach)?;
        let filter = ReferralFilter {
            case_id: Some(case_id),
            ..ReferralFilter::default()
        };
        let items = referrals::list(c, &filter, after, limit)?;
        Ok((items.into_iter().map(ReferralView::Full).collect(), entries))
    })
    .await?;
    Ok(ReferralPage::of(items, limit))
}

/// The referrals the caller reaches, oldest first: a partner's inbox, or those
/// sent by a case worker's organisation. Each person behind a referral listed
/// is read.
pub async fn list(call: &Call, query: ReferralQuery) -> Result<ReferralPage, Error> {
    let reach = call.reach(RecordKind::Referral, Access::Read)?;
    let (filter, limit, after) = query.validate(reach)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let found = referrals::list(c, &filter, after, limit)?;
        let persons: Vec<Uuid> = found.iter().map(|r| r.person_id).collect();
        let entries = actor.reads("person.read", RecordKind::Person, persons);
        Ok((views(c, found, reach)?, entries))
    })
    .await?;
    Ok(ReferralPage::of(items, limit))
}

/// Reads a referral: the full record for the referring agency, the partner's
/// view for the partner it is addressed to.
pub async fn get(call: &Call, id: Uuid) -> Result<ReferralView, Error> {
    let reach = call.reach(RecordKind::Referral, Access::Read)?;
    let entries = vec![call.entry("referral.read", RecordKind::Referral, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        let referral = load(c, id, reach)?;
        Ok((view(c, referral, reach)?, entries))
    })
    .await
}

/// What each action needs (the partner works referrals addressed to it; the
/// referring agency cancels) and the audit action it is recorded as.
fn needs(action: ReferralAction) -> (Access, &'static str) {
    match action {
        ReferralAction::Accept => (Access::Work, "referral.accepted"),
        ReferralAction::Decline => (Access::Work, "referral.declined"),
        ReferralAction::Complete => (Access::Work, "referral.completed"),
        ReferralAction::Cancel => (Access::Write, "referral.cancelled"),
    }
}

/// Takes `action` on the referral `id`: accept, decline or complete (the
/// partner it is addressed to), cancel (the referring agency). A move the
/// referral's status does not allow is refused with the moves it does allow.
pub async fn act(
    call: &Call,
    id: Uuid,
    action: ReferralAction,
    input: Body<ReferralActionInput>,
    precondition: Precondition,
) -> Result<Answer<ReferralView>, Error> {
    let (access, event) = needs(action);
    let reach = call.reach(RecordKind::Referral, access)?;
    let input = input.parse()?;
    let fields = input.validate(action)?;
    let entries = vec![call.entry(event, RecordKind::Referral, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = load(c, id, reach)?;
        let version = precondition.expected(current.version)?;
        let change = StatusChange {
            id,
            version,
            to: check_referral_action(current.status, action)?,
            reason: fields.reason,
            outcome: match action {
                ReferralAction::Complete => fields.outcome,
                _ => current.outcome,
            },
        };
        if !referrals::set_status(c, &change, now)? {
            return Err(Error::conflict(
                "concurrent_change",
                "the referral changed while this action was taken; read it again",
            ));
        }
        let updated = referrals::get(c, id)?.referral;
        view(c, updated, reach)
    })
    .await
}
