//! A project's results framework: the elements of its programme logic, its
//! indicators with their actual values on a day, and the measurements of
//! those measured by hand. Kept by administrators, read by monitors, like the
//! project ([`RecordKind::Project`]). An indicator bound to a report figure
//! is worth that figure over the project's days up to the day asked for,
//! counted over everyone's records and shown as the caller may see the
//! report (a monitor sees a small cell as `null`).

use chrono::NaiveDate;
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::reports::Disclosure;
use integra_domain::steering::framework::{
    Absent, Actual, Element, ElementInput, ElementKind, Indicator, IndicatorFields, IndicatorInput,
    Measurement, MeasurementInput,
};
use integra_domain::steering::project::Project;
use integra_domain::{reintegration, Error, ValidationErrors};
use integra_persistence::reports::Within;
use integra_persistence::{framework as stored, projects, DbConnection};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::Body;
use crate::services::reports::{disclosed_figure, report_figures};
use crate::services::{self, Call};

/// A project's programme logic: the objective (on the project), outcomes,
/// outputs (each under its outcome) and assumptions.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"objective": "Returning migrants and immigrants are served by one division with trained staff",
    "elements": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1",
        "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "kind": "outcome", "parent_id": null,
        "code": "1", "statement": "Returnees get reintegration assistance from one division",
        "version": 1, "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"}]}))]
pub struct Logic {
    pub objective: String,
    /// Outcomes, then outputs, then assumptions, each by code.
    pub elements: Vec<Element>,
}

/// A project's indicators, each with its actual value on `as_of`.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "element_id": null,
    "name": "Persons given reintegration assistance", "unit": "persons",
    "baseline": 0, "target": 1200, "target_date": "2027-12-31",
    "figure": {"report": "overview", "figure": "persons_assisted", "programme_id": null,
        "region": null, "sex": null, "age_band": null},
    "actual": {"as_of": "2026-12-01", "value": 812, "measured_on": null},
    "version": 1, "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"}],
    "next_cursor": null}))]
pub struct IndicatorList {
    pub items: Vec<Indicator>,
    /// Always `null`: a project's indicators come in one page.
    pub next_cursor: Option<String>,
}

/// The day an indicator's actual value is asked for.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AsOfQuery {
    /// The day (today when absent).
    #[param(value_type = Option<String>, format = Date)]
    as_of: Option<String>,
}

impl AsOfQuery {
    fn day(&self) -> Result<NaiveDate, Error> {
        match self.as_of.as_deref() {
            Some(day) => Ok(reintegration::date("as_of", day)?),
            None => Ok(services::today()),
        }
    }
}

/// A measurement's list: every measurement of an indicator, by day.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd2",
    "indicator_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1", "measured_on": "2026-11-15",
    "value": 64.5, "source": "Sustainability survey, wave 2", "note": null,
    "created_at": "2026-11-16T09:00:00Z"}], "next_cursor": null}))]
pub struct MeasurementList {
    pub items: Vec<Measurement>,
    /// Always `null`: an indicator's measurements come in one page.
    pub next_cursor: Option<String>,
}

/// Records an element of a project's logic: an outcome, an output under one of
/// its outcomes, or an assumption (of the project or of one of its elements).
pub async fn add_element(
    call: &Call,
    project: Uuid,
    input: Body<ElementInput>,
) -> Result<Answer<Element>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let fields = input.parse()?.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("project.element_added", RecordKind::Project, project)];
    services::write_answer(call, entries, move |c, now| {
        projects::get(c, project)?;
        if let Some(parent) = fields.parent_id {
            let wrong = match stored::element(c, project, parent) {
                Ok(parent) => {
                    fields.kind == ElementKind::Output && parent.kind != ElementKind::Outcome
                }
                Err(integra_persistence::StoreError::NotFound) => {
                    return Err(Error::field(
                        "parent_id",
                        "not_found",
                        "no element of this project has this id",
                    ));
                }
                Err(e) => return Err(e.into()),
            };
            if wrong {
                return Err(Error::field(
                    "parent_id",
                    "not_an_outcome",
                    "an output is under an outcome",
                ));
            }
        }
        if stored::element_coded(c, project, fields.kind, &fields.code)?.is_some() {
            return Err(Error::field(
                "code",
                "taken",
                "another element of this kind has this code",
            ));
        }
        Ok(stored::insert_element(c, project, id, &fields, now)?)
    })
    .await
}

/// The programme logic of a project.
pub async fn logic(call: &Call, project: Uuid) -> Result<Logic, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    services::read(&call.app, move |c| {
        let objective = projects::get(c, project)?.objective;
        Ok(Logic {
            objective,
            elements: stored::elements(c, project)?,
        })
    })
    .await
}

/// The first day of a project's figures and the last day they are counted to
/// on `as_of` (the project's end at the latest).
fn project_days(project: &Project, as_of: NaiveDate) -> (NaiveDate, NaiveDate) {
    (project.starts_on, as_of.min(project.ends_on))
}

/// The actual value of `indicator` of `project` on `as_of`, as `disclosure`
/// shows it.
pub(crate) fn actual(
    c: &mut DbConnection,
    project: &Project,
    indicator: &Indicator,
    as_of: NaiveDate,
    disclosure: Disclosure,
) -> Result<Actual, Error> {
    let Some(binding) = &indicator.figure else {
        let latest = stored::latest_measurement(c, indicator.id, as_of)?;
        return Ok(Actual {
            as_of,
            value: latest.as_ref().map(|m| m.value),
            measured_on: latest.map(|m| m.measured_on),
        });
    };
    if as_of < project.starts_on {
        return Ok(Actual {
            as_of,
            value: None,
            measured_on: None,
        });
    }
    let (from, to) = project_days(project, as_of);
    let (report, filter) = binding.filter(from, to)?;
    let found = report_figures(c, report, &filter, Within { organisation: None })?;
    let id = binding.figure.trim();
    let value = match disclosed_figure(&found, id, disclosure) {
        Some(shown) => shown.map(|v| v.number()),
        // Not published for these days: a part found nowhere is zero, a mean
        // of nothing has no value.
        None => match report.absent(id) {
            Some(Absent::Zero) => Some(0.0),
            Some(Absent::NoValue) | None => None,
        },
    };
    Ok(Actual {
        as_of,
        value,
        measured_on: None,
    })
}

/// Checks what an indicator names: its element is the project's, and a
/// figure it is bound to is one its report publishes.
fn check_indicator(
    c: &mut DbConnection,
    project: &Project,
    fields: &IndicatorFields,
) -> Result<(), Error> {
    let mut errors = ValidationErrors::new();
    if let Some(element) = fields.element_id {
        if matches!(
            stored::element(c, project.id, element),
            Err(integra_persistence::StoreError::NotFound)
        ) {
            errors.add(
                "element_id",
                "not_found",
                "no element of this project has this id",
            );
        }
    }
    if let Some(binding) = &fields.figure {
        let (from, to) = (project.starts_on, project.ends_on);
        let (report, filter) = binding.filter(from, to)?;
        let found = report_figures(c, report, &filter, Within { organisation: None })?;
        let id = binding.figure.trim();
        if disclosed_figure(&found, id, Disclosure::Exact).is_none() && report.absent(id).is_none()
        {
            errors.add(
                "figure.figure",
                "unknown_figure",
                format!(
                    "the {} report has no figure {} (over the project's days)",
                    binding.report,
                    binding.figure.trim()
                ),
            );
        }
    }
    Ok(errors.finish(|| ())?)
}

/// Records an indicator of a project. What it names is checked first, in a
/// read of its own (a report runs in its own snapshot, never inside a
/// write); its actual value today is read after the write.
pub async fn add_indicator(
    call: &Call,
    project: Uuid,
    input: Body<IndicatorInput>,
) -> Result<Answer<Indicator>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let input = input.parse()?;
    let fields = services::read(&call.app, move |c| {
        let project = projects::get(c, project)?;
        let fields = input.validate(project.starts_on, project.ends_on)?;
        check_indicator(c, &project, &fields)?;
        Ok(fields)
    })
    .await?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("project.indicator_added", RecordKind::Project, project)];
    let answer = services::write_answer(call, entries, move |c, now| {
        projects::get(c, project)?;
        Ok(stored::insert_indicator(c, project, id, &fields, now)?)
    })
    .await?;
    let Answer::Record(mut indicator) = answer else {
        return Ok(answer);
    };
    let (today, disclosure) = (services::today(), Disclosure::for_caller(&call.caller));
    indicator.actual = services::read(&call.app, move |c| {
        let project = projects::get(c, project)?;
        let indicator = stored::indicator(c, project.id, id)?;
        actual(c, &project, &indicator, today, disclosure).map(Some)
    })
    .await?;
    Ok(Answer::Record(indicator))
}

/// A project's indicators, each with its actual value on `as_of`.
pub async fn indicators(
    call: &Call,
    project: Uuid,
    query: AsOfQuery,
) -> Result<IndicatorList, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let as_of = query.day()?;
    let disclosure = Disclosure::for_caller(&call.caller);
    let items = services::read(&call.app, move |c| {
        let project = projects::get(c, project)?;
        let mut items = stored::indicators(c, project.id)?;
        for indicator in &mut items {
            indicator.actual = Some(actual(c, &project, indicator, as_of, disclosure)?);
        }
        Ok(items)
    })
    .await?;
    Ok(IndicatorList {
        items,
        next_cursor: None,
    })
}

/// An indicator with its actual value on `as_of`.
pub async fn indicator(
    call: &Call,
    project: Uuid,
    id: Uuid,
    query: AsOfQuery,
) -> Result<Indicator, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let as_of = query.day()?;
    let disclosure = Disclosure::for_caller(&call.caller);
    services::read(&call.app, move |c| {
        let project = projects::get(c, project)?;
        let mut indicator = stored::indicator(c, project.id, id)?;
        indicator.actual = Some(actual(c, &project, &indicator, as_of, disclosure)?);
        Ok(indicator)
    })
    .await
}

/// Records a measurement of an indicator measured by hand (one bound to a
/// report figure is a 409 `bound_to_figure`).
pub async fn add_measurement(
    call: &Call,
    project: Uuid,
    indicator: Uuid,
    input: Body<MeasurementInput>,
) -> Result<Answer<Measurement>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let fields = input.parse()?.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("project.indicator_measured", RecordKind::Project, project)];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        let bound = stored::indicator(c, project, indicator)?;
        if bound.figure.is_some() {
            return Err(Error::conflict(
                "bound_to_figure",
                "the indicator follows a report figure: its actual value is computed, not measured",
            ));
        }
        Ok(stored::insert_measurement(
            c, indicator, id, &fields, by, now,
        )?)
    })
    .await
}

/// The measurements of an indicator, by day.
pub async fn measurements(
    call: &Call,
    project: Uuid,
    indicator: Uuid,
) -> Result<MeasurementList, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let items = services::read(&call.app, move |c| {
        stored::indicator(c, project, indicator)?;
        Ok(stored::measurements(c, indicator)?)
    })
    .await?;
    Ok(MeasurementList {
        items,
        next_cursor: None,
    })
}
