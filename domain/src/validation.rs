//! Field-level validation errors, collected rather than failing on the first.

use serde::Serialize;
use utoipa::ToSchema;

/// One invalid field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
pub struct FieldError {
    /// The field, as a dotted path into the request body (`external_ids[0].system`).
    #[schema(example = "date_of_birth")]
    pub field: String,
    /// A stable, machine-readable code.
    #[schema(example = "in_future")]
    pub code: String,
    /// A human-readable explanation.
    #[schema(example = "date_of_birth must not be in the future")]
    pub message: String,
}

/// All the invalid fields of one request.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
#[error("{} invalid field(s)", .0.len())]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// A single error.
    pub fn single(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        let mut errors = Self::new();
        errors.add(field, code, message);
        errors
    }

    pub fn add(&mut self, field: impl Into<String>, code: &str, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
        });
    }

    /// Records the error of `result`, if any, and gives back its value.
    pub fn check<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when nothing was recorded.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, Self> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// A required, trimmed text of bounded length without control characters.
pub fn text(field: &str, value: &str, max_chars: usize) -> Result<String, FieldError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(FieldError::new(
            field,
            "required",
            format!("{field} must not be empty"),
        ));
    }
    if trimmed.chars().count() > max_chars {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("{field} must be at most {max_chars} characters"),
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(FieldError::new(
            field,
            "invalid_characters",
            format!("{field} must not contain control characters"),
        ));
    }
    Ok(trimmed.to_owned())
}

/// Parses a `YYYY-MM-DD` date that is not after `today`.
pub fn past_date(
    field: &str,
    value: &str,
    today: chrono::NaiveDate,
) -> Result<chrono::NaiveDate, FieldError> {
    // chrono accepts one-digit months and days; the API's dates have exactly ten characters.
    let date = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 10)
        .ok_or_else(|| {
            FieldError::new(
                field,
                "invalid_date",
                format!("{field} must be a date as YYYY-MM-DD"),
            )
        })?;
    if date > today {
        return Err(FieldError::new(
            field,
            "in_future",
            format!("{field} must not be in the future"),
        ));
    }
    if date.year_ce().1 < 1900 {
        return Err(FieldError::new(
            field,
            "too_early",
            format!("{field} must not be before 1900"),
        ));
    }
    Ok(date)
}

use chrono::Datelike;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(text("f", "  Nino ", 10).unwrap(), "Nino");
        assert_eq!(text("f", "   ", 10).unwrap_err().code, "required");
        assert_eq!(text("f", "abcdefghijk", 10).unwrap_err().code, "too_long");
        assert_eq!(
            text("f", "a\u{0}b", 10).unwrap_err().code,
            "invalid_characters"
        );
        // Georgian script counts characters, not bytes.
        assert!(text("f", "ნინო", 4).is_ok());
    }

    #[test]
    fn past_date_rules() {
        assert_eq!(past_date("d", "2026-01-31", today()).unwrap(), today());
        assert_eq!(
            past_date("d", "2026-02-01", today()).unwrap_err().code,
            "in_future"
        );
        assert_eq!(
            past_date("d", "2026-02-30", today()).unwrap_err().code,
            "invalid_date"
        );
        assert_eq!(
            past_date("d", "31.01.2026", today()).unwrap_err().code,
            "invalid_date"
        );
        for one_digit in ["1988-4-12", "1988-04-2"] {
            assert_eq!(
                past_date("d", one_digit, today()).unwrap_err().code,
                "invalid_date"
            );
        }
        assert_eq!(
            past_date("d", "1899-12-31", today()).unwrap_err().code,
            "too_early"
        );
    }

    #[test]
    fn errors_collect() {
        let mut errors = ValidationErrors::new();
        assert_eq!(errors.check(Ok::<_, FieldError>(1)), Some(1));
        assert_eq!(
            errors.check::<i32>(Err(FieldError::new("a", "x", "m"))),
            None
        );
        assert_eq!(errors.clone().finish(|| ()).unwrap_err().0.len(), 1);
        assert!(ValidationErrors::new().finish(|| 5).is_ok());
    }
}
