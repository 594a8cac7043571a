//! Searching the registry by name: what a search may ask, and the one searchable
//! form of a name that both backends index.
//!
//! A search is a few words, each of which must occur somewhere in the given or the
//! family name, ignoring case. The bounds keep a search cheap at national scale:
//! the backends answer it from a trigram index (SQLite FTS5, PostgreSQL pg_trgm),
//! which needs at least one word of [`INDEXED_CHARS`] characters; shorter words only
//! narrow what that word found.

use crate::validation::{self, FieldError};

/// Most words in one search.
pub const MAX_WORDS: usize = 5;
/// Longest word: no name is longer ([`crate::person::NAME_MAX_CHARS`] is the
/// whole name), and a longer word could not match.
pub const MAX_WORD_CHARS: usize = 100;
/// A trigram index finds words of at least this many characters.
pub const INDEXED_CHARS: usize = 3;
/// Longest search text, spaces included.
pub const MAX_CHARS: usize = 200;

/// A checked name search: 1 to [`MAX_WORDS`] lower-cased words, at least one of
/// which the trigram index can look up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSearch {
    words: Vec<String>,
}

impl NameSearch {
    /// Checks the search text of the query parameter `field`.
    pub fn parse(field: &str, text: &str) -> Result<Self, FieldError> {
        let text = validation::text(field, text, MAX_CHARS)?;
        let words: Vec<String> = text.split_whitespace().map(fold).collect();
        if words.len() > MAX_WORDS {
            return Err(FieldError::new(
                field,
                "too_many_words",
                format!("{field} must have at most {MAX_WORDS} words"),
            ));
        }
        if words.iter().any(|w| w.chars().count() > MAX_WORD_CHARS) {
            return Err(FieldError::new(
                field,
                "too_long",
                format!("each word of {field} must be at most {MAX_WORD_CHARS} characters"),
            ));
        }
        if !words.iter().any(|w| w.chars().count() >= INDEXED_CHARS) {
            return Err(FieldError::new(
                field,
                "too_short",
                format!("{field} needs a word of at least {INDEXED_CHARS} characters"),
            ));
        }
        Ok(Self { words })
    }

    /// Every word, lower-cased: each must occur in the searchable name.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Whether some words are too short for the trigram index.
    pub fn has_unindexed_words(&self) -> bool {
        self.words.iter().any(|w| w.chars().count() < INDEXED_CHARS)
    }

    /// The words the trigram index can look up (never empty).
    pub fn indexed_words(&self) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .filter(|w| w.chars().count() >= INDEXED_CHARS)
            .map(String::as_str)
    }
}

/// The searchable form of a name, stored beside it and indexed: given and family
/// name lower-cased (Unicode-aware, in Rust: SQLite's own `lower()` folds ASCII
/// only), separated by a space.
pub fn searchable(given: &str, family: &str) -> String {
    format!("{} {}", fold(given), fold(family))
}

fn fold(text: &str) -> String {
    text.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> String {
        NameSearch::parse("name", text).unwrap_err().code
    }

    #[test]
    fn words_are_lower_cased_and_split_on_white_space() {
        let search = NameSearch::parse("name", "  Nino   BERIDZE ").unwrap();
        assert_eq!(search.words(), ["nino", "beridze"]);
        assert_eq!(searchable("Nino", "BERIDZE"), "nino beridze");
    }

    #[test]
    fn short_words_narrow_but_one_word_must_be_indexable() {
        let search = NameSearch::parse("name", "n be ber").unwrap();
        assert_eq!(search.indexed_words().collect::<Vec<_>>(), ["ber"]);
        assert!(search.has_unindexed_words());
        assert!(!NameSearch::parse("name", "nino ber")
            .unwrap()
            .has_unindexed_words());
        assert_eq!(code("n be"), "too_short");
        // Characters, not bytes: three Georgian letters are a word of three.
        assert!(NameSearch::parse("name", "ნინ").is_ok());
    }

    #[test]
    fn searches_are_bounded() {
        assert_eq!(code("aaa b c d e f"), "too_many_words");
        assert_eq!(code(&"a".repeat(101)), "too_long");
        assert_eq!(code(&"abc ".repeat(60)), "too_long");
        assert_eq!(code("   "), "required");
        assert!(NameSearch::parse("name", "aaa b c d e").is_ok());
    }
}
