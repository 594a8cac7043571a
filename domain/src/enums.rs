//! Closed sets of lower-case string values (`"female"`, `"asylum_applied"`, ...).

use crate::validation::FieldError;

/// Defines an enum that travels as a lower-case string, with its list of values.
#[macro_export]
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $text)] #[schema(rename = $text)] $variant),+ }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            /// Parses the wire form, or says which values are allowed.
            pub fn parse(field: &str, value: &str) -> Result<Self, $crate::validation::FieldError> {
                match value {
                    $($text => Ok(Self::$variant),)+
                    _ => Err($crate::enums::not_one_of(field, &[$($text),+])),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// The error for a value outside its closed set.
pub fn not_one_of(field: &str, allowed: &[&str]) -> FieldError {
    FieldError::new(
        field,
        "invalid_value",
        format!("{field} must be one of: {}", allowed.join(", ")),
    )
}

#[cfg(test)]
mod tests {
    string_enum! {
        Colour { Red => "red", DarkBlue => "dark_blue" }
    }

    #[test]
    fn round_trip() {
        for colour in Colour::ALL {
            assert_eq!(Colour::parse("c", colour.as_str()).unwrap(), *colour);
            let json = serde_json::to_string(colour).unwrap();
            assert_eq!(json, format!("\"{}\"", colour.as_str()));
        }
        let error = Colour::parse("colour", "green").unwrap_err();
        assert_eq!(error.message, "colour must be one of: red, dark_blue");
    }
}
