//! ISO codes: countries (ISO 3166-1 alpha-2) and Georgia's regions (ISO 3166-2:GE).

use crate::validation::FieldError;

/// Georgia's ISO 3166-1 alpha-2 code.
pub const GEORGIA: &str = "GE";

/// The value of `citizenship` for a stateless person.
pub const STATELESS: &str = "stateless";

/// Georgia's first-level subdivisions, ISO 3166-2:GE, with their English names.
pub const REGIONS: [(&str, &str); 12] = [
    ("GE-AB", "Abkhazia"),
    ("GE-AJ", "Adjara"),
    ("GE-GU", "Guria"),
    ("GE-IM", "Imereti"),
    ("GE-KA", "Kakheti"),
    ("GE-KK", "Kvemo Kartli"),
    ("GE-MM", "Mtskheta-Mtianeti"),
    ("GE-RL", "Racha-Lechkhumi and Kvemo Svaneti"),
    ("GE-SJ", "Samtskhe-Javakheti"),
    ("GE-SK", "Shida Kartli"),
    ("GE-SZ", "Samegrelo-Zemo Svaneti"),
    ("GE-TB", "Tbilisi"),
];

/// An ISO 3166-1 alpha-2 country code, upper case.
pub fn country(field: &str, value: &str) -> Result<String, FieldError> {
    let known = value.len() == 2
        && value.bytes().all(|b| b.is_ascii_uppercase())
        && isocountry::CountryCode::for_alpha2(value).is_ok();
    if known {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_country",
            format!("{field} must be an ISO 3166-1 alpha-2 country code such as GE or DE"),
        ))
    }
}

/// A country code, or `stateless`.
pub fn citizenship(field: &str, value: &str) -> Result<String, FieldError> {
    if value == STATELESS {
        return Ok(value.to_owned());
    }
    country(field, value).map_err(|_| {
        FieldError::new(
            field,
            "invalid_citizenship",
            format!("{field} must be an ISO 3166-1 alpha-2 country code or \"stateless\""),
        )
    })
}

/// An ISO 3166-2:GE region code.
pub fn region(field: &str, value: &str) -> Result<String, FieldError> {
    if REGIONS.iter().any(|(code, _)| *code == value) {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_region",
            format!("{field} must be an ISO 3166-2:GE region code such as GE-TB or GE-IM"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries() {
        assert!(country("c", "DE").is_ok());
        assert!(country("c", "GE").is_ok());
        assert_eq!(country("c", "de").unwrap_err().code, "invalid_country");
        assert_eq!(country("c", "XX").unwrap_err().code, "invalid_country");
        assert_eq!(country("c", "DEU").unwrap_err().code, "invalid_country");
    }

    #[test]
    fn citizenships() {
        assert!(citizenship("c", "stateless").is_ok());
        assert!(citizenship("c", "GE").is_ok());
        assert_eq!(
            citizenship("c", "none").unwrap_err().code,
            "invalid_citizenship"
        );
    }

    #[test]
    fn regions() {
        assert!(region("r", "GE-TB").is_ok());
        assert!(region("r", "GE-IM").is_ok());
        assert_eq!(region("r", "GE-XX").unwrap_err().code, "invalid_region");
        assert_eq!(region("r", "ge-tb").unwrap_err().code, "invalid_region");
    }
}
