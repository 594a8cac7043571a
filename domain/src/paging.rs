//! Page sizes of collections.

use crate::validation::FieldError;

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 500;

/// The page size asked for, or the default.
pub fn limit(requested: Option<i64>) -> Result<i64, FieldError> {
    match requested {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(FieldError::new(
            "limit",
            "out_of_range",
            format!("limit must be between 1 and {MAX_LIMIT}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn limits() {
        assert_eq!(super::limit(None).unwrap(), 50);
        assert_eq!(super::limit(Some(500)).unwrap(), 500);
        assert!(super::limit(Some(0)).is_err());
        assert!(super::limit(Some(501)).is_err());
    }
}
