//! The language of error answers: English as the code writes it where a
//! problem arises, or Georgian ([`ka`]) for a client whose `Accept-Language`
//! prefers `ka`. Every problem passes here on its way out (the request
//! context middleware): its title by kind, its detail by code (or by kind),
//! and each field error's message by code. A code without a Georgian text of
//! its own gets its kind's (a test keeps the tables complete for every code
//! the source names).

pub mod ka;

use integra_domain::localised::Lang;
use integra_domain::FieldError;

use crate::problem::{Problem, ProblemType, TYPE_BASE};

/// Puts `problem`'s texts in `lang`.
pub fn localise(problem: &mut Problem, lang: Lang) {
    if lang != Lang::Ka {
        return;
    }
    let Some(kind) = problem
        .problem_type
        .strip_prefix(TYPE_BASE)
        .and_then(ProblemType::from_slug)
    else {
        return;
    };
    problem.title = ka::title(kind).to_owned();
    if let Some(errors) = problem.errors.as_mut() {
        for error in errors.iter_mut() {
            error.message = field_message(error);
        }
    }
    problem.detail = match (problem.errors.as_deref(), problem.code.as_deref()) {
        (Some([only]), _) => only.message.clone(),
        (Some(errors), _) if !errors.is_empty() => {
            ka::SEVERAL_FIELDS.replace("{count}", &errors.len().to_string())
        }
        (_, Some(code)) => ka::code_detail(code).unwrap_or(ka::detail(kind)).to_owned(),
        _ => ka::detail(kind).to_owned(),
    };
}

/// A field error's message in Georgian: its code's, or that of any invalid value.
fn field_message(error: &FieldError) -> String {
    ka::field_message(&error.code)
        .or_else(|| ka::field_message("invalid_value"))
        .map_or_else(
            || error.message.clone(),
            |text| text.replace("{field}", &error.field),
        )
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use actix_web::http::StatusCode;

    use super::*;

    /// Georgian letters (Mkhedruli), which every Georgian text must have.
    fn is_georgian(text: &str) -> bool {
        text.chars().any(|c| ('\u{10D0}'..='\u{10FF}').contains(&c)) && !text.contains("TODO")
    }

    #[test]
    fn every_kind_has_a_georgian_title_and_detail() {
        for kind in ProblemType::ALL {
            assert!(is_georgian(ka::title(*kind)), "{}", kind.slug());
            assert!(is_georgian(ka::detail(*kind)), "{}", kind.slug());
        }
        assert!(is_georgian(ka::SEVERAL_FIELDS) && ka::SEVERAL_FIELDS.contains("{count}"));
    }

    /// The Rust files of the crates that raise problems, without their
    /// tests and comments (and without the Georgian texts themselves).
    fn sources() -> Vec<String> {
        crate::source_files::rust_files(&["api/src", "domain/src", "persistence/src"])
            .into_iter()
            .filter(|(path, _)| !path.ends_with("messages/ka.rs"))
            .map(|(_, text)| {
                let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                let lines: Vec<&str> = code
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .collect();
                lines.join("\n")
            })
            .collect()
    }

    /// The string literal right after `marker` in `text` (`marker"code"`), for every `marker`.
    fn literals_after(text: &str, marker: &str, found: &mut BTreeSet<String>) {
        for (at, _) in text.match_indices(marker) {
            found.extend(code_at(&text[at + marker.len()..]));
        }
    }

    /// The code literal (`"in_future"`) that `text` starts with, if any.
    fn code_at(text: &str) -> Option<String> {
        let rest = text.trim_start().strip_prefix('"')?;
        let literal: String = rest.chars().take_while(|c| *c != '"').collect();
        let is_code =
            !literal.is_empty() && literal.chars().all(|c| c.is_ascii_lowercase() || c == '_');
        is_code.then_some(literal)
    }

    /// The codes of problems (`conflict("code"`, `code: "code"`, ...) the source names.
    fn problem_codes() -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for text in sources() {
            for marker in [
                "Error::conflict(",
                "conflict_with(",
                "conflict_with_version(",
                "code: ",
                "illegal_move(",
                "with_code(",
            ] {
                literals_after(&text, marker, &mut found);
            }
        }
        found
    }

    /// The codes of field errors the source names: the second argument of the
    /// calls that make one (`errors.add(field, "code", message)`, ...).
    fn field_codes() -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for text in sources() {
            for marker in [".add(", "::single(", "::field(", "FieldError::new("] {
                for (at, _) in text.match_indices(marker) {
                    // The first argument ends at the first comma outside parentheses.
                    let rest = &text[at + marker.len()..];
                    let mut depth = 0;
                    let mut comma = None;
                    for (i, c) in rest.char_indices().take(400) {
                        match c {
                            '(' | '[' | '{' => depth += 1,
                            ')' | ']' | '}' if depth == 0 => break,
                            ')' | ']' | '}' => depth -= 1,
                            ',' if depth == 0 => {
                                comma = Some(i);
                                break;
                            }
                            _ => {}
                        }
                    }
                    if let Some(comma) = comma {
                        found.extend(code_at(&rest[comma + 1..]));
                    }
                }
            }
        }
        found
    }

    /// Every code the source names has its Georgian text (a new code without
    /// one fails here, not in front of a Georgian-speaking user).
    #[test]
    fn every_code_has_its_georgian_text() {
        let fields = field_codes();
        assert!(
            fields.contains("in_future") && fields.contains("unknown_fact"),
            "{fields:?}"
        );
        let missing: Vec<&String> = fields
            .iter()
            .filter(|code| ka::field_message(code).is_none_or(|text| !is_georgian(text)))
            .collect();
        assert!(
            missing.is_empty(),
            "field error codes without Georgian: {missing:?}"
        );
        let mut problems = problem_codes();
        assert!(
            problems.contains("erased") && problems.contains("duplicate_personal_number"),
            "{problems:?}"
        );
        // Codes made at run time (chosen by a `match`, or a constant).
        problems.extend(
            [
                "four_eyes",
                "above_threshold",
                "catalogue",
                "cap_per_person",
                "cap_per_household",
                "correction_below_zero",
                "correction_not_delivered",
                "correction_other_case",
                "correction_other_type",
                "duplicate",
            ]
            .map(String::from),
        );
        let missing: Vec<&String> = problems
            .iter()
            .filter(|code| {
                ka::code_detail(code).is_none_or(|text| !is_georgian(text))
                    && ka::field_message(code).is_none()
            })
            .collect();
        assert!(
            missing.is_empty(),
            "problem codes without Georgian: {missing:?}"
        );
    }

    #[test]
    fn a_georgian_client_reads_georgian() {
        let mut problem = Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ProblemType::Validation,
            "The request is not valid",
            "date_of_birth must not be in the future",
        );
        problem.errors = Some(vec![FieldError {
            field: "date_of_birth".into(),
            code: "in_future".into(),
            message: "date_of_birth must not be in the future".into(),
        }]);
        let english = problem.clone();
        localise(&mut problem, Lang::En);
        assert_eq!(problem, english);
        localise(&mut problem, Lang::Ka);
        assert_eq!(problem.title, ka::title(ProblemType::Validation));
        let message = &problem.errors.as_ref().unwrap()[0].message;
        assert!(
            is_georgian(message) && message.contains("date_of_birth"),
            "{message}"
        );
        assert_eq!(&problem.detail, message);
        assert_eq!(problem.errors.as_ref().unwrap()[0].code, "in_future");

        let mut conflict = Problem::new(
            StatusCode::CONFLICT,
            ProblemType::Conflict,
            "Conflict",
            "the person is erased",
        )
        .with_code("erased");
        localise(&mut conflict, Lang::Ka);
        assert_eq!(Some(conflict.detail.as_str()), ka::code_detail("erased"));
    }
}
