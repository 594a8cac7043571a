//! A project's results framework: elements of its programme logic,
//! indicators and their measurements. Rows only.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::steering::framework::{
    Element, ElementFields, ElementKind, FigureBinding, Indicator, IndicatorFields, Measurement,
    MeasurementFields,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{indicator_measurements, indicators, logic_elements};

#[derive(Queryable, Selectable)]
#[diesel(table_name = logic_elements)]
struct ElementRow {
    id: String,
    project_id: String,
    kind: String,
    parent_id: Option<String>,
    code: String,
    statement: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ElementRow {
    fn into_element(self) -> Result<Element, StoreError> {
        Ok(Element {
            id: rows::uuid(&self.id)?,
            project_id: rows::uuid(&self.project_id)?,
            kind: rows::parse("kind", &self.kind, ElementKind::parse)?,
            parent_id: rows::optional_uuid(self.parent_id.as_deref())?,
            code: self.code,
            statement: self.statement,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Records an element of `project`'s logic (version 1).
pub fn insert_element(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
    fields: &ElementFields,
    now: DateTime<Utc>,
) -> Result<Element, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(logic_elements::table)
        .values((
            logic_elements::id.eq(id.to_string()),
            logic_elements::project_id.eq(project.to_string()),
            logic_elements::kind.eq(fields.kind.as_str()),
            logic_elements::parent_id.eq(fields.parent_id.map(|p| p.to_string())),
            logic_elements::code.eq(&fields.code),
            logic_elements::statement.eq(&fields.statement),
            logic_elements::version.eq(1_i64),
            logic_elements::created_at.eq(stamp),
            logic_elements::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    element(conn, project, id)
}

/// The element `id` of `project`.
pub fn element(conn: &mut DbConnection, project: Uuid, id: Uuid) -> Result<Element, StoreError> {
    logic_elements::table
        .filter(logic_elements::id.eq(id.to_string()))
        .filter(logic_elements::project_id.eq(project.to_string()))
        .select(ElementRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_element()
}

/// The element of `project` of `kind` numbered `code`, if any.
pub fn element_coded(
    conn: &mut DbConnection,
    project: Uuid,
    kind: ElementKind,
    code: &str,
) -> Result<Option<Uuid>, StoreError> {
    logic_elements::table
        .filter(logic_elements::project_id.eq(project.to_string()))
        .filter(logic_elements::kind.eq(kind.as_str()))
        .filter(logic_elements::code.eq(code))
        .select(logic_elements::id)
        .first::<String>(conn)
        .optional()?
        .map(|id| rows::uuid(&id))
        .transpose()
}

/// Every element of `project`, by kind (outcomes, outputs, assumptions),
/// then by code.
pub fn elements(conn: &mut DbConnection, project: Uuid) -> Result<Vec<Element>, StoreError> {
    let mut found: Vec<Element> = logic_elements::table
        .filter(logic_elements::project_id.eq(project.to_string()))
        .select(ElementRow::as_select())
        .load::<ElementRow>(conn)?
        .into_iter()
        .map(ElementRow::into_element)
        .collect::<Result<_, _>>()?;
    let rank = |kind: ElementKind| ElementKind::ALL.iter().position(|k| *k == kind);
    found.sort_by(|a, b| (rank(a.kind), &a.code, a.id).cmp(&(rank(b.kind), &b.code, b.id)));
    Ok(found)
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = indicators)]
struct IndicatorRow {
    id: String,
    project_id: String,
    element_id: Option<String>,
    name: String,
    unit: String,
    baseline: f64,
    target: f64,
    target_date: NaiveDate,
    figure_report: Option<String>,
    figure_id: Option<String>,
    figure_programme_id: Option<String>,
    figure_region: Option<String>,
    figure_sex: Option<String>,
    figure_age_band: Option<String>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl IndicatorRow {
    fn into_indicator(self) -> Result<Indicator, StoreError> {
        let figure = match (self.figure_report, self.figure_id) {
            (Some(report), Some(figure)) => Some(FigureBinding {
                report,
                figure,
                programme_id: self.figure_programme_id,
                region: self.figure_region,
                sex: self.figure_sex,
                age_band: self.figure_age_band,
            }),
            _ => None,
        };
        Ok(Indicator {
            id: rows::uuid(&self.id)?,
            project_id: rows::uuid(&self.project_id)?,
            element_id: rows::optional_uuid(self.element_id.as_deref())?,
            name: self.name,
            unit: self.unit,
            baseline: self.baseline,
            target: self.target,
            target_date: self.target_date,
            figure,
            actual: None,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Records an indicator of `project` (version 1).
pub fn insert_indicator(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
    fields: &IndicatorFields,
    now: DateTime<Utc>,
) -> Result<Indicator, StoreError> {
    let stamp = now.naive_utc();
    let figure = fields.figure.as_ref();
    diesel::insert_into(indicators::table)
        .values((
            indicators::id.eq(id.to_string()),
            indicators::project_id.eq(project.to_string()),
            indicators::element_id.eq(fields.element_id.map(|e| e.to_string())),
            (
                indicators::name.eq(&fields.name),
                indicators::unit.eq(&fields.unit),
                indicators::baseline.eq(fields.baseline),
                indicators::target.eq(fields.target),
                indicators::target_date.eq(fields.target_date),
            ),
            (
                indicators::figure_report.eq(figure.map(|f| f.report.clone())),
                indicators::figure_id.eq(figure.map(|f| f.figure.trim().to_owned())),
                indicators::figure_programme_id.eq(figure.and_then(|f| f.programme_id.clone())),
                indicators::figure_region.eq(figure.and_then(|f| f.region.clone())),
                indicators::figure_sex.eq(figure.and_then(|f| f.sex.clone())),
                indicators::figure_age_band.eq(figure.and_then(|f| f.age_band.clone())),
            ),
            indicators::version.eq(1_i64),
            indicators::created_at.eq(stamp),
            indicators::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    indicator(conn, project, id)
}

/// The indicator `id` of `project` (without its actual value).
pub fn indicator(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
) -> Result<Indicator, StoreError> {
    indicators::table
        .filter(indicators::id.eq(id.to_string()))
        .filter(indicators::project_id.eq(project.to_string()))
        .select(IndicatorRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_indicator()
}

/// The indicators of `project`, in the order recorded (without their actual values).
pub fn indicators(conn: &mut DbConnection, project: Uuid) -> Result<Vec<Indicator>, StoreError> {
    indicators::table
        .filter(indicators::project_id.eq(project.to_string()))
        .order(indicators::id.asc())
        .select(IndicatorRow::as_select())
        .load::<IndicatorRow>(conn)?
        .into_iter()
        .map(IndicatorRow::into_indicator)
        .collect()
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = indicator_measurements)]
struct MeasurementRow {
    id: String,
    indicator_id: String,
    measured_on: NaiveDate,
    value: f64,
    source: String,
    note: Option<String>,
    created_at: NaiveDateTime,
}

impl MeasurementRow {
    fn into_measurement(self) -> Result<Measurement, StoreError> {
        Ok(Measurement {
            id: rows::uuid(&self.id)?,
            indicator_id: rows::uuid(&self.indicator_id)?,
            measured_on: self.measured_on,
            value: self.value,
            source: self.source,
            note: self.note,
            created_at: rows::utc(self.created_at),
        })
    }
}

/// Records a measurement of `indicator` by `by`.
pub fn insert_measurement(
    conn: &mut DbConnection,
    indicator: Uuid,
    id: Uuid,
    fields: &MeasurementFields,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Measurement, StoreError> {
    diesel::insert_into(indicator_measurements::table)
        .values((
            indicator_measurements::id.eq(id.to_string()),
            indicator_measurements::indicator_id.eq(indicator.to_string()),
            indicator_measurements::measured_on.eq(fields.measured_on),
            indicator_measurements::value.eq(fields.value),
            indicator_measurements::source.eq(&fields.source),
            indicator_measurements::note.eq(fields.note.as_deref()),
            indicator_measurements::recorded_by.eq(by.to_string()),
            indicator_measurements::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    indicator_measurements::table
        .find(id.to_string())
        .select(MeasurementRow::as_select())
        .first::<MeasurementRow>(conn)?
        .into_measurement()
}

/// The measurements of `indicator`, by day (then as recorded).
pub fn measurements(
    conn: &mut DbConnection,
    indicator: Uuid,
) -> Result<Vec<Measurement>, StoreError> {
    indicator_measurements::table
        .filter(indicator_measurements::indicator_id.eq(indicator.to_string()))
        .order((
            indicator_measurements::measured_on.asc(),
            indicator_measurements::id.asc(),
        ))
        .select(MeasurementRow::as_select())
        .load::<MeasurementRow>(conn)?
        .into_iter()
        .map(MeasurementRow::into_measurement)
        .collect()
}

/// The latest measurement of `indicator` on or before `on`, if any.
pub fn latest_measurement(
    conn: &mut DbConnection,
    indicator: Uuid,
    on: NaiveDate,
) -> Result<Option<Measurement>, StoreError> {
    indicator_measurements::table
        .filter(indicator_measurements::indicator_id.eq(indicator.to_string()))
        .filter(indicator_measurements::measured_on.le(on))
        .order((
            indicator_measurements::measured_on.desc(),
            indicator_measurements::id.desc(),
        ))
        .select(MeasurementRow::as_select())
        .first::<MeasurementRow>(conn)
        .optional()?
        .map(MeasurementRow::into_measurement)
        .transpose()
}
