//! Matching that explains itself: the open schemes a jobseeker meets, ranked,
//! each with its score and every requirement met or missed with the facts
//! used (`integra_domain::labour::matching`). The facts are the registry's
//! (age, stays abroad) and the profile's (education, languages, certificates,
//! relatives abroad) on today's date. Reading the matches is a read of the
//! jobseeker's profile.

use std::collections::btree_map::{BTreeMap, Entry};

use integra_domain::access::Access;
use integra_domain::eligibility::{Facts, RuleSet};
use integra_domain::error::RecordKind;
use integra_domain::labour::jobseeker::Jobseeker;
use integra_domain::labour::matching::{self, Match};
use integra_domain::labour::scheme::Scheme;
use integra_domain::labour::scheme::SchemeStatus;
use integra_domain::labour::vacancy::{Vacancy, VacancyStatus};
use integra_domain::{Error, ValidationErrors};
use integra_persistence::schemes::SchemeFilter;
use integra_persistence::vacancies::VacancyFilter;
use integra_persistence::{jobseekers, schemes, vacancies, DbConnection};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::eligibility::load_rules;
use crate::services::{self, paging, Call, ReadSize};

/// Most schemes, and most vacancies, matched at once.
const MAX_OFFERS: i64 = 10_000;

/// A scheme or a vacancy a jobseeker may apply to.
enum Offer {
    Scheme(Scheme),
    /// A vacancy, with its scheme's sector (abroad) and its own requirements.
    Vacancy(
        Vacancy,
        Option<integra_domain::labour::jobseeker::Sector>,
        Option<RuleSet>,
    ),
}

impl Offer {
    fn id(&self) -> Uuid {
        match self {
            Self::Scheme(scheme) => scheme.id,
            Self::Vacancy(vacancy, _, _) => vacancy.id,
        }
    }
}

/// The rule sets of the schemes, by (id, version), each loaded once.
type Rules = BTreeMap<(Uuid, i64), RuleSet>;

fn conditions<'a>(
    c: &mut DbConnection,
    rules: &'a mut Rules,
    scheme: &Scheme,
) -> Result<&'a RuleSet, Error> {
    let key = (scheme.rule_set_id, scheme.rule_set_version);
    Ok(match rules.entry(key) {
        Entry::Occupied(loaded) => loaded.into_mut(),
        Entry::Vacant(slot) => slot.insert(load_rules(c, key.0, key.1)?),
    })
}

/// The profile `id` and its facts on `today`: the registry's (age, stays
/// abroad) and the profile's own (education, languages, certificates,
/// relatives abroad).
pub(crate) fn jobseeker_facts(
    c: &mut DbConnection,
    id: Uuid,
    today: chrono::NaiveDate,
) -> Result<(Jobseeker, Facts), Error> {
    let jobseeker = jobseekers::get(c, id)?;
    let facts = jobseekers::registry_facts(c, std::slice::from_ref(&jobseeker), today)?
        .remove(&jobseeker.person_id)
        .ok_or(Error::NotFound)?
        .with_profile(&jobseeker);
    Ok((jobseeker, facts))
}

/// The rule sets of an offer: a scheme's conditions; a vacancy's scheme's
/// conditions and its own requirements.
fn rule_sets_of<'a>(
    offer: &'a Offer,
    schemes: &BTreeMap<Uuid, &'a Scheme>,
    rules: &'a Rules,
) -> Vec<&'a RuleSet> {
    let of_scheme = |id: Uuid| {
        schemes
            .get(&id)
            .and_then(|s| rules.get(&(s.rule_set_id, s.rule_set_version)))
    };
    match offer {
        Offer::Scheme(s) => of_scheme(s.id).into_iter().collect(),
        Offer::Vacancy(v, _, own) => v
            .scheme_id
            .and_then(of_scheme)
            .into_iter()
            .chain(own.as_ref())
            .collect(),
    }
}

/// The open schemes taking applications on `today`, and the open vacancies
/// not past their deadline (those abroad under such a scheme).
fn offers(
    c: &mut DbConnection,
    rules: &mut Rules,
    today: chrono::NaiveDate,
) -> Result<Vec<Offer>, Error> {
    let open = SchemeFilter {
        status: Some(SchemeStatus::Open),
        ..SchemeFilter::default()
    };
    let schemes: BTreeMap<Uuid, Scheme> = schemes::list(c, &open, None, MAX_OFFERS)?
        .into_iter()
        .filter(|s| s.takes_applications(today))
        .map(|s| (s.id, s))
        .collect();
    for scheme in schemes.values() {
        conditions(c, rules, scheme)?;
    }
    let open = VacancyFilter {
        status: Some(VacancyStatus::Open),
        ..VacancyFilter::default()
    };
    let mut offers = Vec::new();
    for vacancy in vacancies::list(c, &open, None, MAX_OFFERS)? {
        if !vacancy.takes_applications(today) {
            continue;
        }
        let sector = match vacancy.scheme_id {
            Some(scheme) => match schemes.get(&scheme) {
                Some(scheme) => Some(scheme.sector),
                None => continue,
            },
            None => None,
        };
        let own = match &vacancy.requirements {
            Some(document) => Some(RuleSet::parse(document).map_err(|_| {
                integra_persistence::StoreError::corrupt("requirements", "not a rule set")
            })?),
            None => None,
        };
        offers.push(Offer::Vacancy(vacancy, sector, own));
    }
    offers.extend(schemes.into_values().map(Offer::Scheme));
    Ok(offers)
}

/// One page of a jobseeker's matches, best first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"kind": "scheme", "id": "00000000-0000-7000-8000-000000000402",
    "name": {"ka": "მომვლელები, ისრაელი", "en": "Caregivers, Israel"},
    "destination_country": "IL", "sector": "care", "scheme_id": null, "occupation": null,
    "score": 100, "excluded": false,
    "requirements": [{"id": "age", "name": {"ka": "25-დან 45 წლამდე", "en": "Aged 25 to 45"},
        "hard": true, "outcome": "met",
        "reason": {"ka": "პირი 25-დან 45 წლამდეა.", "en": "The person is aged 25 to 45."},
        "facts": {"age_years": 36}}]}],
    "next_cursor": null}))]
pub struct MatchPage {
    pub items: Vec<Match>,
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

/// The open schemes taking applications today and the open vacancies (at
/// home, or abroad under such a scheme), matched against the jobseeker `id`
/// and ranked together; a page of them after `cursor`.
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
        let (jobseeker, facts) = jobseeker_facts(c, id, today)?;
        let mut rules = Rules::new();
        let offers = offers(c, &mut rules, today)?;
        let schemes: BTreeMap<Uuid, &Scheme> = offers
            .iter()
            .filter_map(|o| match o {
                Offer::Scheme(s) => Some((s.id, s)),
                Offer::Vacancy(..) => None,
            })
            .collect();
        let rule_sets = |offer| rule_sets_of(offer, &schemes, &rules);
        // Scored cheaply, ranked, and only the page explained.
        let mut ranked = Vec::new();
        for offer in &offers {
            let sets = rule_sets(offer);
            let (excluded, score) = match offer {
                Offer::Scheme(scheme) => match sets.first() {
                    Some(conditions) => {
                        matching::score_scheme(scheme, conditions, &jobseeker, &facts)
                    }
                    None => continue,
                },
                Offer::Vacancy(vacancy, _, _) => {
                    matching::score_vacancy(vacancy, &sets, &jobseeker, &facts)
                }
            };
            if with_excluded || !excluded {
                ranked.push((excluded, std::cmp::Reverse(score), offer));
            }
        }
        ranked.sort_by_key(|a| (a.0, a.1, a.2.id()));
        let items: Vec<Match> = paging::ranked_page(ranked, after, limit, |(_, _, o)| o.id())
            .into_iter()
            .filter_map(|(_, _, offer)| {
                let sets = rule_sets(offer);
                Some(match offer {
                    Offer::Scheme(scheme) => {
                        matching::match_scheme(scheme, sets.first()?, &jobseeker, &facts)
                    }
                    Offer::Vacancy(vacancy, sector, _) => {
                        matching::offer_vacancy(vacancy, *sector, &sets, &jobseeker, &facts)
                    }
                })
            })
            .collect();
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|m| m.id), limit);
    Ok(MatchPage { items, next_cursor })
}
