//! Text in Georgian and English: `{"ka": "...", "en": "..."}`.
//!
//! Names of programmes, reasons of rules and the like carry both languages;
//! `Accept-Language` picks which one fills flat `message` fields.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::string_enum;
use crate::validation::{self, ValidationErrors};

/// Longest text accepted in either language.
pub const LOCALISED_MAX_CHARS: usize = 200;

string_enum! {
    /// A language the API speaks.
    Lang { Ka => "ka", En => "en" }
}

impl Lang {
    /// The language of an `Accept-Language` header: the highest-weighted of `ka`
    /// and `en` (regional variants such as `en-GB` count), English otherwise.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut best: Option<(Lang, u16)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
            let primary = tag.split('-').next().unwrap_or_default();
            let lang = match primary {
                "ka" => Lang::Ka,
                "en" => Lang::En,
                _ => continue,
            };
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .map_or(1000, |q| (q.clamp(0.0, 1.0) * 1000.0) as u16);
            if weight > 0 && best.is_none_or(|(_, w)| weight > w) {
                best = Some((lang, weight));
            }
        }
        best.map_or(Lang::En, |(lang, _)| lang)
    }
}

/// A text in Georgian and English.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"ka": "რეინტეგრაციის სახელმწიფო პროგრამა 2026", "en": "State reintegration programme 2026"}))]
pub struct Localised {
    /// Georgian.
    #[schema(min_length = 1, example = "რეინტეგრაციის სახელმწიფო პროგრამა 2026")]
    pub ka: String,
    /// English.
    #[schema(min_length = 1, example = "State reintegration programme 2026")]
    pub en: String,
}

impl Localised {
    pub fn new(ka: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            ka: ka.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn pick(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ka => &self.ka,
            Lang::En => &self.en,
        }
    }

    /// Checks both languages (trimmed, non-empty, at most 200 characters, no
    /// control characters), recording errors as `{field}.ka` / `{field}.en`.
    /// Gives back the trimmed text when both are good.
    pub fn check(&self, field: &str, errors: &mut ValidationErrors) -> Option<Localised> {
        let ka = errors.check(validation::text(
            &format!("{field}.ka"),
            &self.ka,
            LOCALISED_MAX_CHARS,
        ));
        let en = errors.check(validation::text(
            &format!("{field}.en"),
            &self.en,
            LOCALISED_MAX_CHARS,
        ));
        Some(Localised { ka: ka?, en: en? })
    }

    /// [`Localised::check`] on its own.
    pub fn validate(&self, field: &str) -> Result<Localised, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let checked = self.check(field, &mut errors);
        errors.finish(|| checked.unwrap_or_else(|| self.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_language() {
        let text = Localised::new("გამარჯობა", "Hello");
        assert_eq!(text.pick(Lang::Ka), "გამარჯობა");
        assert_eq!(text.pick(Lang::En), "Hello");
    }

    #[test]
    fn both_languages_are_required_and_bounded() {
        let good = Localised::new("  ნინო ", "Nino");
        assert_eq!(
            good.validate("name").unwrap(),
            Localised::new("ნინო", "Nino")
        );
        // 200 Georgian characters are fine: characters, not bytes, count.
        assert!(Localised::new("ა".repeat(200), "x").validate("n").is_ok());

        let bad = Localised::new(" ", "x".repeat(201));
        let errors = bad.validate("name").unwrap_err().0;
        let codes: Vec<_> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            codes,
            vec![("name.ka", "required"), ("name.en", "too_long")]
        );
    }

    #[test]
    fn accept_language() {
        assert_eq!(Lang::from_accept_language("ka"), Lang::Ka);
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9"), Lang::En);
        assert_eq!(Lang::from_accept_language("ka-GE, en;q=0.8"), Lang::Ka);
        assert_eq!(Lang::from_accept_language("en;q=0.5, ka;q=0.9"), Lang::Ka);
        assert_eq!(Lang::from_accept_language("ru, ka;q=0.1"), Lang::Ka);
        assert_eq!(Lang::from_accept_language("ka;q=0"), Lang::En);
        assert_eq!(Lang::from_accept_language("de"), Lang::En);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
    }

    #[test]
    fn unknown_languages_are_refused_on_the_wire() {
        let result: Result<Localised, _> =
            serde_json::from_str(r#"{"ka": "a", "en": "b", "ru": "c"}"#);
        assert!(result.is_err());
    }
}
