//! The three-valued outcome of a condition or rule, with Kleene's connectives.

use crate::string_enum;

string_enum! {
    /// Whether a rule holds; `not_evaluable` when a fact it needs is unknown.
    Outcome {
        Passed => "passed",
        Failed => "failed",
        NotEvaluable => "not_evaluable",
    }
}

impl Outcome {
    /// From a definite truth value.
    pub fn from_bool(value: bool) -> Self {
        if value {
            Self::Passed
        } else {
            Self::Failed
        }
    }

    /// Kleene negation: swaps passed and failed, keeps not_evaluable.
    pub fn negate(self) -> Self {
        match self {
            Self::Passed => Self::Failed,
            Self::Failed => Self::Passed,
            Self::NotEvaluable => Self::NotEvaluable,
        }
    }

    /// Kleene conjunction: failed wins, then not_evaluable.
    pub fn and(self, other: Self) -> Self {
        match (self, other) {
            (Self::Failed, _) | (_, Self::Failed) => Self::Failed,
            (Self::Passed, Self::Passed) => Self::Passed,
            _ => Self::NotEvaluable,
        }
    }

    /// Kleene disjunction: passed wins, then not_evaluable.
    pub fn or(self, other: Self) -> Self {
        match (self, other) {
            (Self::Passed, _) | (_, Self::Passed) => Self::Passed,
            (Self::Failed, Self::Failed) => Self::Failed,
            _ => Self::NotEvaluable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Outcome::{self, *};

    #[test]
    fn kleene_tables() {
        for a in Outcome::ALL {
            assert_eq!(a.negate().negate(), *a);
            assert_eq!(a.and(Passed), *a);
            assert_eq!(a.or(Failed), *a);
            assert_eq!(a.and(Failed), Failed);
            assert_eq!(a.or(Passed), Passed);
        }
        assert_eq!(NotEvaluable.and(NotEvaluable), NotEvaluable);
        assert_eq!(NotEvaluable.or(NotEvaluable), NotEvaluable);
    }
}
