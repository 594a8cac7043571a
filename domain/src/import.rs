//! Bulk import: a file of records (CSV or NDJSON) read into rows, each row
//! then written as the same record sent one at a time would be. This module
//! reads the file and says what is wrong with it as a whole (encoding,
//! header, columns, a line too long, a key given twice); the rows' own errors
//! are their records' validation errors.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::ToSchema;

use crate::string_enum;
use crate::validation::FieldError;

string_enum! {
    /// What a file imports.
    ImportKind {
        Persons => "persons",
        StaysAbroad => "stays_abroad",
        Contacts => "contacts",
        AssistanceHistory => "assistance_history",
    }
}

string_enum! {
    /// `validate`: a dry run that writes nothing; `commit`: write.
    ImportMode {
        Validate => "validate",
        Commit => "commit",
    }
}

string_enum! {
    /// `all`: any failed row and nothing is written; `row`: the good rows are
    /// written, the bad ones reported.
    Atomicity {
        All => "all",
        Row => "row",
    }
}

/// The columns of a file of persons: the fields of `POST /persons`, and one
/// external id (`external_system`, `external_value`). A row's keys: its
/// personal number, its external id.
pub const PERSONS: Columns = Columns {
    known: &[
        "personal_number",
        "given_name",
        "family_name",
        "date_of_birth",
        "sex",
        "citizenship",
        "residence_status",
        "region",
        "phone",
        "external_system",
        "external_value",
    ],
    required: &["given_name", "family_name"],
    keys: &[&["personal_number"], &["external_system", "external_value"]],
};

/// The fields of a stay, and the person's keys. A row's keys: the person's
/// key with the country and the first day.
pub const STAYS_ABROAD: Columns = Columns {
    known: &[
        "personal_number",
        "external_system",
        "external_value",
        "country",
        "start_date",
        "end_date",
        "legal_status",
        "return_type",
    ],
    required: &["country", "start_date", "legal_status"],
    keys: &[
        &["personal_number", "country", "start_date"],
        &["external_system", "external_value", "country", "start_date"],
    ],
};

/// The fields of a contact, and the person's keys. A row's keys: the
/// person's key with the programme, the day and the channel.
pub const CONTACTS: Columns = Columns {
    known: &[
        "personal_number",
        "external_system",
        "external_value",
        "programme_id",
        "contacted_on",
        "channel",
        "outcome",
    ],
    required: &["programme_id", "contacted_on", "channel", "outcome"],
    keys: &[
        &["personal_number", "programme_id", "contacted_on", "channel"],
        &[
            "external_system",
            "external_value",
            "programme_id",
            "contacted_on",
            "channel",
        ],
    ],
};

/// The item's fields and the person's keys. A row's keys: the person's key
/// with the programme, the type and the day of delivery.
pub const ASSISTANCE_HISTORY: Columns = Columns {
    known: &[
        "personal_number",
        "external_system",
        "external_value",
        "programme_id",
        "type",
        "amount",
        "in_kind",
        "delivered_on",
        "description",
    ],
    required: &["programme_id", "type", "delivered_on"],
    keys: &[
        &["personal_number", "programme_id", "type", "delivered_on"],
        &[
            "external_system",
            "external_value",
            "programme_id",
            "type",
            "delivered_on",
        ],
    ],
};

impl ImportKind {
    /// The columns of a file of this kind.
    pub fn columns(self) -> &'static Columns {
        match self {
            Self::Persons => &PERSONS,
            Self::StaysAbroad => &STAYS_ABROAD,
            Self::Contacts => &CONTACTS,
            Self::AssistanceHistory => &ASSISTANCE_HISTORY,
        }
    }
}

/// The longest line of a file.
pub const LINE_MAX_BYTES: usize = 1024 * 1024;

/// How a file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A header row, then one record per row; `,` or `;` between fields.
    Csv,
    /// One JSON object per line.
    Ndjson,
}

/// What a kind's rows have: the columns it knows, those every file needs,
/// and the groups of columns of which a row's key is made.
#[derive(Debug, Clone, Copy)]
pub struct Columns {
    pub known: &'static [&'static str],
    pub required: &'static [&'static str],
    /// Each key: its columns, all given for the row to have that key.
    pub keys: &'static [&'static [&'static str]],
}

/// One row of a file: where it is, and its cells by column. A column the
/// file gives with nothing in it (an empty CSV cell, a JSON `null`) is
/// `null`: the value is cleared; one it does not give is absent: left as is.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The line it starts on, from 1 (the header is line 1 of a CSV file).
    pub line: u64,
    pub cells: Map<String, Value>,
}

impl Row {
    /// The text of a cell, if given.
    pub fn text(&self, column: &str) -> Option<String> {
        match self.cells.get(column)? {
            Value::String(text) => Some(text.clone()),
            Value::Null => None,
            other => Some(other.to_string()),
        }
    }

    /// The row's keys, each as `column=value[,column=value]`, in the order of
    /// `columns.keys`; a key whose columns are not all given is absent.
    pub fn keys(&self, columns: &Columns) -> Vec<String> {
        columns
            .keys
            .iter()
            .filter_map(|key| {
                let parts: Option<Vec<String>> = key
                    .iter()
                    .map(|c| self.text(c).map(|v| format!("{c}={v}")))
                    .collect();
                parts.map(|p| p.join(","))
            })
            .collect()
    }
}

/// What is wrong with a file as a whole: nothing of it is imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"code": "unknown_column", "message": "line 1: unknown column \"surname\"", "line": 1}))]
pub struct FileError {
    /// `invalid_encoding`, `empty`, `invalid_delimiter`, `missing_column`,
    /// `unknown_column`, `duplicate_column`, `line_too_long`,
    /// `wrong_field_count`, `invalid_json`, `repeated_key`.
    pub code: String,
    pub message: String,
    /// The line at fault, when one is.
    pub line: Option<u64>,
}

impl FileError {
    fn at(code: &str, line: Option<u64>, message: impl Into<String>) -> Self {
        let message = message.into();
        Self {
            code: code.to_owned(),
            message: match line {
                Some(line) => format!("line {line}: {message}"),
                None => message,
            },
            line,
        }
    }

    /// As a field error of the request body.
    pub fn field_error(&self) -> FieldError {
        FieldError::new("body", &self.code, self.message.clone())
    }
}

/// The line numbers of a text, counted as a CSV reader ends its records: at
/// `\r\n`, `\n`, or a `\r` alone (files saved with old Mac line endings);
/// asked for offsets in increasing order, it counts each byte once.
struct Lines<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            offset: 0,
            line: 1,
        }
    }

    /// The line (from 1) of the byte at `offset`.
    fn at(&mut self, offset: usize) -> u64 {
        let offset = offset.min(self.bytes.len());
        if offset < self.offset {
            (self.offset, self.line) = (0, 1);
        }
        for i in self.offset..offset {
            // A `\r\n` counts at its `\r` (a record may be said to start at its `\n`).
            let ends = match self.bytes[i] {
                b'\r' => true,
                b'\n' => i == 0 || self.bytes[i - 1] != b'\r',
                _ => false,
            };
            if ends {
                self.line += 1;
            }
        }
        self.offset = offset;
        self.line
    }
}

/// The text of a file: UTF-8 (a byte-order mark is dropped), no line longer
/// than [`LINE_MAX_BYTES`].
fn text(bytes: &[u8]) -> Result<&str, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        FileError::at(
            "invalid_encoding",
            Some(Lines::new(bytes).at(e.valid_up_to())),
            "the file is not UTF-8",
        )
    })?;
    let mut lines = Lines::new(text.as_bytes());
    let mut start = 0;
    for (end, byte) in text.bytes().enumerate() {
        if byte == b'\n' || byte == b'\r' {
            start = end + 1;
        } else if end - start >= LINE_MAX_BYTES {
            return Err(FileError::at(
                "line_too_long",
                Some(lines.at(start)),
                format!("a line is longer than {LINE_MAX_BYTES} bytes"),
            ));
        }
    }
    if text.trim().is_empty() {
        return Err(FileError::at("empty", None, "the file has no records"));
    }
    Ok(text)
}

/// Reads a file of `format` for a kind with `columns`.
pub fn read(bytes: &[u8], format: Format, columns: &Columns) -> Result<Vec<Row>, FileError> {
    let text = text(bytes)?;
    let rows = match format {
        Format::Csv => csv_rows(text, columns)?,
        Format::Ndjson => ndjson_rows(text, columns)?,
    };
    repeated_keys(&rows, columns)?;
    Ok(rows)
}

/// The header's columns, checked against the kind's.
fn header(names: &[String], columns: &Columns) -> Result<(), FileError> {
    let mut seen = std::collections::BTreeSet::new();
    for name in names {
        if !columns.known.contains(&name.as_str()) {
            return Err(FileError::at(
                "unknown_column",
                Some(1),
                format!(
                    "unknown column \"{name}\" (known: {})",
                    columns.known.join(", ")
                ),
            ));
        }
        if !seen.insert(name.as_str()) {
            return Err(FileError::at(
                "duplicate_column",
                Some(1),
                format!("the column \"{name}\" is given twice"),
            ));
        }
    }
    for required in columns.required {
        if !seen.contains(required) {
            return Err(FileError::at(
                "missing_column",
                Some(1),
                format!("the column \"{required}\" is missing"),
            ));
        }
    }
    Ok(())
}

fn csv_rows(text: &str, columns: &Columns) -> Result<Vec<Row>, FileError> {
    let first = text.split(['\r', '\n']).next().unwrap_or_default();
    let delimiter = match (first.contains(','), first.contains(';')) {
        (_, false) => b',',
        (false, true) => b';',
        (true, true) => {
            return Err(FileError::at(
                "invalid_delimiter",
                Some(1),
                "the header has both , and ; : use one of them between fields",
            ))
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| FileError::at("invalid_csv", Some(1), e.to_string()))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    header(&names, columns)?;
    let mut lines = Lines::new(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e
                .position()
                .map(|p| Lines::new(text.as_bytes()).at(byte_offset(p)));
            let code = match e.kind() {
                csv::ErrorKind::UnequalLengths { .. } => "wrong_field_count",
                _ => "invalid_csv",
            };
            FileError::at(code, line, e.to_string())
        })?;
        let line = record.position().map_or(0, |p| lines.at(byte_offset(p)));
        let cells = names
            .iter()
            .zip(record.iter())
            .map(|(name, value)| {
                let value = value.trim();
                let cell = if value.is_empty() {
                    Value::Null
                } else {
                    Value::String(value.to_owned())
                };
                (name.clone(), cell)
            })
            .collect();
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

/// Where a CSV record starts, as an offset into the text.
fn byte_offset(position: &csv::Position) -> usize {
    usize::try_from(position.byte()).unwrap_or(usize::MAX)
}

fn ndjson_rows(text: &str, columns: &Columns) -> Result<Vec<Row>, FileError> {
    let mut rows = Vec::new();
    for (line, content) in (1..).zip(text.split('\n')) {
        let content = content.trim();
        if content.is_empty() {
            continue;
        }
        let cells: Map<String, Value> = match serde_json::from_str(content) {
            Ok(Value::Object(cells)) => cells,
            Ok(_) => {
                return Err(FileError::at(
                    "invalid_json",
                    Some(line),
                    "each line must be one JSON object",
                ))
            }
            Err(e) => return Err(FileError::at("invalid_json", Some(line), e.to_string())),
        };
        let names: Vec<String> = cells.keys().cloned().collect();
        for name in &names {
            if !columns.known.contains(&name.as_str()) {
                return Err(FileError::at(
                    "unknown_column",
                    Some(line),
                    format!(
                        "unknown field \"{name}\" (known: {})",
                        columns.known.join(", ")
                    ),
                ));
            }
        }
        rows.push(Row { line, cells });
    }
    if rows.is_empty() {
        return Err(FileError::at("empty", None, "the file has no records"));
    }
    Ok(rows)
}

/// A key given by two rows of one file is an error naming both lines.
fn repeated_keys(rows: &[Row], columns: &Columns) -> Result<(), FileError> {
    let mut first: BTreeMap<String, u64> = BTreeMap::new();
    for row in rows {
        for key in row.keys(columns) {
            if let Some(earlier) = first.insert(key.clone(), row.line) {
                return Err(FileError::at(
                    "repeated_key",
                    Some(row.line),
                    format!("the key {key} is given on line {earlier} too"),
                ));
            }
        }
    }
    Ok(())
}

/// What became of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = ImportOutcome)]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
    Failed,
}

/// One row's line in the report: its key, and what went wrong when it failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"line": 7, "key": "personal_number=01001012345", "outcome": "failed",
    "errors": [{"field": "date_of_birth", "code": "in_future", "message": "date_of_birth must not be in the future"}]}))]
pub struct RowReport {
    pub line: u64,
    /// The row's key as the file gives it (`personal_number=...`, or
    /// `external_system=...,external_value=...`); `null` when it has none.
    pub key: Option<String>,
    pub outcome: Outcome,
    /// The errors of a failed row, with the codes of the API's validation errors.
    pub errors: Vec<FieldError>,
}

/// The counts of an import.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"created": 98, "updated": 1, "unchanged": 0, "failed": 1}))]
pub struct Counts {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failed: u64,
}

impl Counts {
    pub fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Created => self.created += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::Failed => self.failed += 1,
        }
    }
}

/// The failed rows as CSV: one line per error (`line,key,field,code,message`).
pub fn failures_csv(rows: &[RowReport]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut write = |record: [&str; 5]| writer.write_record(record).is_ok();
    let mut complete = write(["line", "key", "field", "code", "message"]);
    for row in rows {
        let line = row.line.to_string();
        for error in &row.errors {
            complete &= write([
                &line,
                row.key.as_deref().unwrap_or_default(),
                &error.field,
                &error.code,
                &error.message,
            ]);
        }
    }
    let bytes = writer.into_inner().unwrap_or_default();
    let text = String::from_utf8(bytes).unwrap_or_default();
    if complete {
        text
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: Columns = Columns {
        known: &[
            "personal_number",
            "given_name",
            "external_system",
            "external_value",
        ],
        required: &["given_name"],
        keys: &[&["personal_number"], &["external_system", "external_value"]],
    };

    fn code(bytes: &[u8], format: Format) -> (String, Option<u64>) {
        let error = read(bytes, format, &COLUMNS).unwrap_err();
        (error.code, error.line)
    }

    #[test]
    fn csv_with_either_delimiter_and_a_bom() {
        let rows = read(
            "\u{FEFF}given_name;personal_number\nNino;01001012345\n\"Eka\";\n".as_bytes(),
            Format::Csv,
            &COLUMNS,
        )
        .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[1].line), (2, 3));
        assert_eq!(rows[1].text("personal_number"), None);
        assert_eq!(rows[0].keys(&COLUMNS), ["personal_number=01001012345"]);
    }

    #[test]
    fn csv_lines_end_as_its_records_do() {
        // Old Mac line endings (a \r alone), Windows ones, and a quoted field
        // over two lines: each row says the line it starts on.
        for (file, lines) in [
            ("given_name;personal_number\rNino;01\rEka;02\r", [2, 3]),
            (
                "given_name,personal_number\r\nNino,01\r\nEka,02\r\n",
                [2, 3],
            ),
            ("given_name,personal_number\n\"Ni\nno\",01\nEka,02", [2, 4]),
        ] {
            let rows = read(file.as_bytes(), Format::Csv, &COLUMNS).unwrap();
            assert_eq!(
                rows.iter().map(|r| r.line).collect::<Vec<_>>(),
                lines,
                "{file:?}"
            );
            assert_eq!(rows[1].text("personal_number").as_deref(), Some("02"));
        }
        let long = format!("given_name\rNino\r{}\r", "x".repeat(LINE_MAX_BYTES + 1));
        assert_eq!(
            code(long.as_bytes(), Format::Csv),
            ("line_too_long".into(), Some(3))
        );
        let short_lines = format!("given_name\r{}", "Nino\r".repeat(LINE_MAX_BYTES / 4));
        assert!(read(short_lines.as_bytes(), Format::Csv, &COLUMNS).is_ok());
    }

    #[test]
    fn what_is_wrong_with_a_file_names_its_line() {
        let csv = Format::Csv;
        assert_eq!(
            code(b"given_name\nNi\xffno\n", csv),
            ("invalid_encoding".into(), Some(2))
        );
        assert_eq!(
            code(b"given_name,surname\nA,B\n", csv),
            ("unknown_column".into(), Some(1))
        );
        assert_eq!(
            code(b"given_name,given_name\nA,B\n", csv),
            ("duplicate_column".into(), Some(1))
        );
        assert_eq!(
            code(b"personal_number\n01001012345\n", csv),
            ("missing_column".into(), Some(1))
        );
        assert_eq!(
            code(b"given_name,personal_number;x\nA\n", csv),
            ("invalid_delimiter".into(), Some(1))
        );
        assert_eq!(
            code(b"given_name,personal_number\nA\n", csv),
            ("wrong_field_count".into(), Some(2))
        );
        assert_eq!(
            code(
                b"given_name,personal_number\nA,01001012345\nB,02\nC,01001012345\n",
                csv
            ),
            ("repeated_key".into(), Some(4))
        );
        let long = format!("given_name\n{}\n", "x".repeat(LINE_MAX_BYTES + 1));
        assert_eq!(
            code(long.as_bytes(), csv),
            ("line_too_long".into(), Some(2))
        );
        assert_eq!(code(b"  \n", csv), ("empty".into(), None));
        let ndjson = Format::Ndjson;
        assert_eq!(
            code(b"{\"given_name\": \"A\"}\n[1]\n", ndjson),
            ("invalid_json".into(), Some(2))
        );
        assert_eq!(
            code(b"{\"nickname\": \"A\"}\n", ndjson),
            ("unknown_column".into(), Some(1))
        );
        let rows = read(
            b"{\"given_name\": \"A\", \"personal_number\": null}\n\n{\"given_name\": \"B\"}\n",
            ndjson,
            &COLUMNS,
        )
        .unwrap();
        assert_eq!((rows[0].line, rows[1].line, rows[0].cells.len()), (1, 3, 2));
        assert_eq!(rows[0].text("personal_number"), None);
    }
}
