//! Money in Georgian lari (GEL), exact: held as integer tetri (1 GEL = 100 tetri).
//!
//! On the wire money is `{"amount": "4000.00", "currency": "GEL"}`: the amount
//! is a decimal *string* (never a JSON number) with at most two decimals.
//! Clients may send `"4000"`, `"4000.5"` or `"4000.50"`; the API always answers
//! with exactly two decimals.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::validation::FieldError;

/// The only currency the programmes pay in.
pub const CURRENCY: &str = "GEL";

/// Tetri in one lari.
pub const TETRI_PER_LARI: i64 = 100;

/// An exact amount of Georgian lari, in tetri. May be negative (a correction).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money {
    pub tetri: i64,
}

impl Money {
    pub const ZERO: Money = Money { tetri: 0 };

    pub const fn from_tetri(tetri: i64) -> Self {
        Self { tetri }
    }

    /// Whole lari; `None` on overflow.
    pub const fn from_lari(lari: i64) -> Option<Self> {
        match lari.checked_mul(TETRI_PER_LARI) {
            Some(tetri) => Some(Self { tetri }),
            None => None,
        }
    }

    pub const fn tetri(self) -> i64 {
        self.tetri
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.tetri.checked_add(other.tetri).map(Money::from_tetri)
    }

    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.tetri.checked_sub(other.tetri).map(Money::from_tetri)
    }

    /// Sum of many amounts; `None` on overflow.
    pub fn checked_sum(amounts: impl IntoIterator<Item = Money>) -> Option<Money> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, |sum, m| sum.checked_add(m))
    }

    pub const fn is_negative(self) -> bool {
        self.tetri < 0
    }

    pub const fn is_positive(self) -> bool {
        self.tetri > 0
    }

    /// The decimal string with exactly two decimals: `"4000.00"`, `"-0.05"`.
    pub fn amount_string(self) -> String {
        let sign = if self.tetri < 0 { "-" } else { "" };
        let abs = self.tetri.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }

    /// The wire form, as a client would send it back.
    pub fn to_input(self) -> MoneyInput {
        MoneyInput {
            amount: serde_json::Value::String(self.amount_string()),
            currency: CURRENCY.to_owned(),
        }
    }
}

impl fmt::Display for Money {
    /// `4000.00 GEL`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {CURRENCY}", self.amount_string())
    }
}

/// The currency of money on the wire: always `GEL` (the OpenAPI schema of
/// `currency`; the field itself is a string, checked by [`validate`]).
#[derive(ToSchema)]
#[allow(dead_code)]
pub enum Currency {
    #[allow(clippy::upper_case_acronyms)]
    GEL,
}

/// Money as a client sends it: the amount with at most two decimals (the API
/// answers with [`Money`], always two).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"amount": "4000.00", "currency": "GEL"}))]
pub struct MoneyInput {
    /// An exact decimal string with at most two decimals; never a JSON number.
    #[schema(value_type = String, pattern = "^-?(0|[1-9][0-9]*)(\\.[0-9]{1,2})?$", example = "4000.00")]
    pub amount: serde_json::Value,
    /// Always `GEL`.
    #[schema(value_type = Currency, example = "GEL")]
    pub currency: String,
}

impl MoneyInput {
    /// The wire form of `amount` (a decimal string) in GEL.
    pub fn gel(amount: &str) -> Self {
        Self {
            amount: serde_json::Value::String(amount.to_owned()),
            currency: CURRENCY.to_owned(),
        }
    }
}

#[derive(Serialize)]
struct MoneyOut<'a> {
    amount: String,
    currency: &'a str,
}

impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MoneyOut {
            amount: self.amount_string(),
            currency: CURRENCY,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Money {
    /// Strict: the same rules as [`money`] (negative amounts allowed).
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let input = MoneyInput::deserialize(deserializer)?;
        money("money", &input).map_err(|e| serde::de::Error::custom(e.message))
    }
}

impl utoipa::PartialSchema for Money {
    /// Money as the API shows it: like [`MoneyInput`], but the amount always has
    /// exactly two decimals.
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .description(Some(
                "Money as the API shows it: an exact decimal string with exactly two decimals, in GEL.",
            ))
            .property(
                "amount",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some("^-?(0|[1-9][0-9]*)\\.[0-9]{2}$"))
                    .description(Some(
                        "An exact decimal string with exactly two decimals; never a JSON number.",
                    ))
                    .examples([serde_json::json!("4000.00")]),
            )
            .required("amount")
            .property(
                "currency",
                utoipa::openapi::RefOr::Ref(utoipa::openapi::Ref::from_schema_name("Currency")),
            )
            .required("currency")
            .additional_properties(Some(utoipa::openapi::schema::AdditionalProperties::FreeForm(false)))
            .examples([serde_json::json!({"amount": "4000.00", "currency": "GEL"})])
            .into()
    }
}

impl ToSchema for Money {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Money")
    }

    fn schemas(
        schemas: &mut Vec<(
            String,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )>,
    ) {
        schemas.push((
            Currency::name().into_owned(),
            <Currency as utoipa::PartialSchema>::schema(),
        ));
    }
}

/// Why an amount string is not money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    /// Not of the form `123`, `123.4` or `123.45`.
    Syntax,
    /// More than two decimals.
    TooManyDecimals,
    /// Beyond what 64-bit tetri hold.
    OutOfRange,
}

/// Parses a decimal amount string into tetri.
///
/// Accepted: an optional `-`, an integer part without leading zeros (`0` alone
/// is fine), and optionally `.` followed by one or two digits. No `+`, no
/// spaces, no exponent, no thousands separators.
pub fn parse_amount(text: &str) -> Result<Money, AmountError> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match body.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (body, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || (whole.len() > 1 && whole.starts_with('0')) {
        return Err(AmountError::Syntax);
    }
    let fraction_tetri: i128 = match fraction {
        None => 0,
        Some(f) if !all_digits(f) => return Err(AmountError::Syntax),
        Some(f) if f.len() > 2 => return Err(AmountError::TooManyDecimals),
        Some(f) => {
            let digits: i128 = f.bytes().fold(0, |acc, b| acc * 10 + i128::from(b - b'0'));
            if f.len() == 1 {
                digits * 10
            } else {
                digits
            }
        }
    };
    // i64 tetri have at most 17 digits of lari; more cannot fit (and would overflow i128 far later).
    if whole.len() > 18 {
        return Err(AmountError::OutOfRange);
    }
    let lari: i128 = whole
        .bytes()
        .fold(0, |acc, b| acc * 10 + i128::from(b - b'0'));
    let magnitude = lari * 100 + fraction_tetri;
    let signed = if negative { -magnitude } else { magnitude };
    i64::try_from(signed)
        .map(Money::from_tetri)
        .map_err(|_| AmountError::OutOfRange)
}

/// Validates wire money (any sign). Errors name `{field}.amount` or `{field}.currency`.
pub fn money(field: &str, input: &MoneyInput) -> Result<Money, FieldError> {
    if input.currency != CURRENCY {
        return Err(FieldError::new(
            format!("{field}.currency"),
            "invalid_currency",
            format!("{field}.currency must be {CURRENCY}"),
        ));
    }
    let amount_field = format!("{field}.amount");
    let serde_json::Value::String(text) = &input.amount else {
        return Err(FieldError::new(
            &amount_field,
            "not_a_string",
            format!("{amount_field} must be a decimal string such as \"4000.00\", not a number"),
        ));
    };
    parse_amount(text).map_err(|error| match error {
        AmountError::Syntax => FieldError::new(
            &amount_field,
            "invalid_amount",
            format!("{amount_field} must be a decimal such as \"4000.00\""),
        ),
        AmountError::TooManyDecimals => FieldError::new(
            &amount_field,
            "too_many_decimals",
            format!("{amount_field} has at most two decimals"),
        ),
        AmountError::OutOfRange => FieldError::new(
            &amount_field,
            "out_of_range",
            format!("{amount_field} is too large"),
        ),
    })
}

/// Validates wire money that must not be negative (zero is fine).
pub fn money_non_negative(field: &str, input: &MoneyInput) -> Result<Money, FieldError> {
    let value = money(field, input)?;
    if value.is_negative() {
        return Err(FieldError::new(
            format!("{field}.amount"),
            "negative",
            format!("{field}.amount must not be negative"),
        ));
    }
    Ok(value)
}

/// Validates wire money that must be more than zero.
pub fn money_positive(field: &str, input: &MoneyInput) -> Result<Money, FieldError> {
    let value = money(field, input)?;
    if !value.is_positive() {
        return Err(FieldError::new(
            format!("{field}.amount"),
            "not_positive",
            format!("{field}.amount must be more than zero"),
        ));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tetri(text: &str) -> Result<i64, AmountError> {
        parse_amount(text).map(Money::tetri)
    }

    #[test]
    fn accepted_amounts() {
        assert_eq!(tetri("4000"), Ok(400_000));
        assert_eq!(tetri("4000.5"), Ok(400_050));
        assert_eq!(tetri("4000.50"), Ok(400_050));
        assert_eq!(tetri("4000.05"), Ok(400_005));
        assert_eq!(tetri("0"), Ok(0));
        assert_eq!(tetri("0.01"), Ok(1));
        assert_eq!(tetri("-0.01"), Ok(-1));
        assert_eq!(tetri("-12.3"), Ok(-1230));
        assert_eq!(tetri("92233720368547758.07"), Ok(i64::MAX));
        assert_eq!(tetri("-92233720368547758.08"), Ok(i64::MIN));
    }

    #[test]
    fn refused_amounts() {
        for bad in [
            "", "-", ".", ".5", "4000.", "+4000", " 4000", "4000 ", "4,000.00", "4e3", "04000",
            "00", "-.5", "4000.-5", "4000.5a", "1.2.3", "NaN", "Infinity", "٤٠٠٠",
        ] {
            assert_eq!(tetri(bad), Err(AmountError::Syntax), "{bad:?}");
        }
        assert_eq!(tetri("4000.001"), Err(AmountError::TooManyDecimals));
        assert_eq!(tetri("0.000"), Err(AmountError::TooManyDecimals));
        assert_eq!(tetri("92233720368547758.08"), Err(AmountError::OutOfRange));
        assert_eq!(tetri("-92233720368547758.09"), Err(AmountError::OutOfRange));
        assert_eq!(
            tetri("99999999999999999999999999999999999999999"),
            Err(AmountError::OutOfRange)
        );
    }

    #[test]
    fn wire_validation_names_the_field() {
        let ok = money("budget", &MoneyInput::gel("500000.00")).unwrap();
        assert_eq!(ok, Money::from_lari(500_000).unwrap());

        let number: MoneyInput =
            serde_json::from_value(json!({"amount": 4000.0, "currency": "GEL"})).unwrap();
        let error = money("budget", &number).unwrap_err();
        assert_eq!(
            (error.field.as_str(), error.code.as_str()),
            ("budget.amount", "not_a_string")
        );

        let usd = MoneyInput {
            currency: "USD".into(),
            ..MoneyInput::gel("1")
        };
        let error = money("budget", &usd).unwrap_err();
        assert_eq!(
            (error.field.as_str(), error.code.as_str()),
            ("budget.currency", "invalid_currency")
        );

        let codes = |input: &str| money("m", &MoneyInput::gel(input)).unwrap_err().code;
        assert_eq!(codes("4000.123"), "too_many_decimals");
        assert_eq!(codes("1e3"), "invalid_amount");
        assert_eq!(codes("100000000000000000000"), "out_of_range");

        assert_eq!(
            money_non_negative("m", &MoneyInput::gel("0")).unwrap(),
            Money::ZERO
        );
        assert_eq!(
            money_non_negative("m", &MoneyInput::gel("-1"))
                .unwrap_err()
                .code,
            "negative"
        );
        assert_eq!(
            money_positive("m", &MoneyInput::gel("0")).unwrap_err().code,
            "not_positive"
        );
        assert_eq!(
            money_positive("m", &MoneyInput::gel("-1"))
                .unwrap_err()
                .code,
            "not_positive"
        );
        assert!(money_positive("m", &MoneyInput::gel("0.01")).is_ok());
    }

    #[test]
    fn unknown_fields_are_refused() {
        let result: Result<MoneyInput, _> =
            serde_json::from_value(json!({"amount": "1", "currency": "GEL", "rate": 1}));
        assert!(result.is_err());
    }

    #[test]
    fn serialises_with_two_decimals() {
        let value = serde_json::to_value(Money::from_tetri(400_000)).unwrap();
        assert_eq!(value, json!({"amount": "4000.00", "currency": "GEL"}));
        assert_eq!(Money::from_tetri(-5).to_string(), "-0.05 GEL");
        assert_eq!(
            Money::from_tetri(i64::MIN).amount_string(),
            "-92233720368547758.08"
        );
        let back: Money = serde_json::from_value(value).unwrap();
        assert_eq!(back, Money::from_tetri(400_000));
        assert!(serde_json::from_value::<Money>(json!({"amount": 1, "currency": "GEL"})).is_err());
    }

    #[test]
    fn checked_arithmetic() {
        let a = Money::from_tetri(150);
        assert_eq!(a.checked_add(a), Some(Money::from_tetri(300)));
        assert_eq!(
            a.checked_sub(Money::from_tetri(200)),
            Some(Money::from_tetri(-50))
        );
        assert_eq!(
            Money::from_tetri(i64::MAX).checked_add(Money::from_tetri(1)),
            None
        );
        assert_eq!(
            Money::from_tetri(i64::MIN).checked_sub(Money::from_tetri(1)),
            None
        );
        assert_eq!(Money::checked_sum([a, a, a]), Some(Money::from_tetri(450)));
        assert_eq!(Money::checked_sum([Money::from_tetri(i64::MAX), a]), None);
        assert_eq!(Money::from_lari(i64::MAX), None);
    }
}

#[cfg(test)]
mod laws {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn formatting_then_parsing_gives_the_same_money(tetri in any::<i64>()) {
            let money = Money::from_tetri(tetri);
            prop_assert_eq!(parse_amount(&money.amount_string()), Ok(money));
            prop_assert_eq!(super::money("m", &money.to_input()), Ok(money));
        }

        #[test]
        fn one_decimal_means_tens_of_tetri(lari in 0i64..1_000_000_000, tenth in 0i64..10) {
            let text = format!("{lari}.{tenth}");
            prop_assert_eq!(parse_amount(&text), Ok(Money::from_tetri(lari * 100 + tenth * 10)));
        }

        #[test]
        fn parsing_never_panics(text in "\\PC{0,30}") {
            let _ = parse_amount(&text);
        }
    }
}
