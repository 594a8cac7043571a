//! Matching that explains itself: the open schemes a jobseeker meets, ranked,
//! each with its score and every requirement met or missed with the facts
//! used (`integra_domain::labour::matching`). The facts are the registry's
//! (age, stays abroad) and the profile's (education, languages, certificates,
//! relatives abroad) on today's date. Reading the matches is a read of the
//! jobseeker's profile.

use std::collections::btree_map::{BTreeMap, Entry};

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::labour::matching::{self, SchemeMatch};
use integra_domain::labour::scheme::SchemeStatus;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::schemes::SchemeFilter;
use integra_persistence::{jobseekers, schemes};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::eligibility::load_rules;
use crate::services::{self, paging, Call, ReadSize};

/// Most schemes matched at once.
const MAX_SCHEMES: i64 = 10_000;

/// One page of a jobseeker's matches, best first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"kind": "scheme", "id": "00000000-0000-7000-8000-000000000402",
    "name": {"ka": "მომვლელები, ისრაელი", "en": "Caregivers, Israel"},
    "destination_country": "IL", "sector": "care", "score": 100, "excluded": false,
    "requirements": [{"id": "age", "name": {"ka": "25-დან 45 წლამდე", "en": "Aged 25 to 45"},
        "hard": true, "outcome": "met",
        "reason": {"ka": "პირი 25-დან 45 წლამდეა.", "en": "The person is aged 25 to 45."},
        "facts": {"age_years": 36}}]}],
    "next_cursor": null}))]
pub struct MatchPage {
    pub items: Vec<SchemeMatch>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// `GET /jobseekers/{id}/matches`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MatchQuery {
    /// Also list the schemes a hard requirement excludes (after the others),
    /// with what they miss.
    excluded: Option<bool>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// The open schemes taking applications today, matched against the jobseeker
/// `id` and ranked; a page of them after `cursor`.
pub async fn matches(call: &Call, id: Uuid, query: MatchQuery) -> Result<MatchPage, Error> {
    call.reach(RecordKind::Jobseeker, Access::Read)?;
    call.reach(RecordKind::Scheme, Access::Read)?;
    let (limit, after) = paging::finish(
        ValidationErrors::new(),
        query.limit,
        query.cursor.as_deref(),
    )?;
    let with_excluded = query.excluded.unwrap_or(false);
    let today = services::today();
    let entries = vec![call.entry("jobseeker.matches_read", RecordKind::Jobseeker, id)];
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let jobseeker = jobseekers::get(c, id)?;
        let facts = jobseekers::registry_facts(c, std::slice::from_ref(&jobseeker), today)?
            .remove(&jobseeker.person_id)
            .ok_or(Error::NotFound)?
            .with_profile(&jobseeker);
        let open = SchemeFilter {
            status: Some(SchemeStatus::Open),
            ..SchemeFilter::default()
        };
        let mut rules = BTreeMap::new();
        // Scored cheaply, ranked, and only the page explained.
        let mut ranked = Vec::new();
        for scheme in schemes::list(c, &open, None, MAX_SCHEMES)? {
            if !scheme.takes_applications(today) {
                continue;
            }
            let key = (scheme.rule_set_id, scheme.rule_set_version);
            let conditions = match rules.entry(key) {
                Entry::Occupied(loaded) => loaded.into_mut(),
                Entry::Vacant(slot) => slot.insert(load_rules(c, key.0, key.1)?),
            };
            let (excluded, score) = matching::score_scheme(&scheme, conditions, &jobseeker, &facts);
            if with_excluded || !excluded {
                ranked.push((excluded, std::cmp::Reverse(score), scheme));
            }
        }
        ranked.sort_by_key(|a| (a.0, a.1, a.2.id));
        let items: Vec<SchemeMatch> = paging::ranked_page(ranked, after, limit, |(_, _, s)| s.id)
            .into_iter()
            .filter_map(|(_, _, scheme)| {
                let conditions = rules.get(&(scheme.rule_set_id, scheme.rule_set_version))?;
                Some(matching::match_scheme(
                    &scheme, conditions, &jobseeker, &facts,
                ))
            })
            .collect();
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|m| m.id), limit);
    Ok(MatchPage { items, next_cursor })
}
