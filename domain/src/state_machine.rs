//! A state machine as one table of moves: `(from, action, to)`. What an action
//! may be taken from, what a state allows and where an action leads are all read
//! off that one table, so they cannot disagree.

use std::fmt::Display;

use crate::error::Error;

/// The moves of a record's life cycle.
#[derive(Debug)]
pub struct Machine<S: 'static, A: 'static> {
    /// `illegal_action`, `illegal_transition`, ...: the code of a refused move.
    pub code: &'static str,
    /// What the record is called in messages (`an assistance item`).
    pub record: &'static str,
    pub moves: &'static [(S, A, S)],
}

/// A move the record's state does not allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused<S, A> {
    pub from: S,
    pub action: A,
    /// The actions the state allows, in table order.
    pub allowed: Vec<A>,
}

impl<S, A> Machine<S, A>
where
    S: Copy + PartialEq + Display,
    A: Copy + PartialEq + Display,
{
    /// The actions allowed from `from`, in table order.
    pub fn allowed(&self, from: S) -> Vec<A> {
        self.moves
            .iter()
            .filter(|(f, _, _)| *f == from)
            .map(|(_, a, _)| *a)
            .collect()
    }

    /// The states `action` may be taken from.
    pub fn sources(&self, action: A) -> Vec<S> {
        self.moves
            .iter()
            .filter(|(_, a, _)| *a == action)
            .map(|(f, _, _)| *f)
            .collect()
    }

    /// Whether no move leads out of `state`.
    pub fn is_final(&self, state: S) -> bool {
        !self.moves.iter().any(|(f, _, _)| *f == state)
    }

    /// Where `action` from `from` leads, or why it may not be taken.
    pub fn step(&self, from: S, action: A) -> Result<S, Refused<S, A>> {
        self.moves
            .iter()
            .find(|(f, a, _)| *f == from && *a == action)
            .map(|(_, _, to)| *to)
            .ok_or_else(|| Refused {
                from,
                action,
                allowed: self.allowed(from),
            })
    }

    /// [`Self::step`], refusing with the domain's error: a 409 listing the allowed actions.
    pub fn apply(&self, from: S, action: A, names: fn(A) -> &'static str) -> Result<S, Error> {
        self.step(from, action).map_err(|refused| {
            let allowed: Vec<&'static str> = refused.allowed.iter().map(|a| names(*a)).collect();
            let detail = format!(
                "cannot {action} {} that is {from}; allowed: {}",
                self.record,
                if allowed.is_empty() {
                    "none (the status is final)".to_owned()
                } else {
                    allowed.join(", ")
                }
            );
            Error::illegal_move(self.code, detail, allowed)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Light {
        Red,
        Green,
    }

    impl Display for Light {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(match self {
                Light::Red => "red",
                Light::Green => "green",
            })
        }
    }

    const MACHINE: Machine<Light, Light> = Machine {
        code: "illegal_action",
        record: "a light",
        moves: &[(Light::Red, Light::Green, Light::Green)],
    };

    fn name(light: Light) -> &'static str {
        match light {
            Light::Red => "red",
            Light::Green => "green",
        }
    }

    #[test]
    fn one_table_answers_every_question() {
        assert_eq!(MACHINE.step(Light::Red, Light::Green), Ok(Light::Green));
        assert_eq!(MACHINE.allowed(Light::Red), vec![Light::Green]);
        assert_eq!(MACHINE.sources(Light::Green), vec![Light::Red]);
        assert!(MACHINE.is_final(Light::Green));
        let refused = MACHINE.apply(Light::Green, Light::Green, name);
        let Err(Error::IllegalMove(refused)) = refused else {
            panic!("{refused:?}")
        };
        assert!(refused.allowed.is_empty());
        assert_eq!(
            refused.detail,
            "cannot green a light that is green; allowed: none (the status is final)"
        );
    }
}
