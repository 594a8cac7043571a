//! The bulk import's file reader never panics, whatever the bytes: the first
//! byte picks the kind and the format (CSV or NDJSON), the rest is the file.
//! Rows it reads are numbered from line 1 up, in order.

#![no_main]

use integra_domain::import::{self, Format, ImportKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, file)) = data.split_first() else {
        return;
    };
    let kinds = ImportKind::ALL;
    let kind = kinds[usize::from(selector & 0x7f) % kinds.len()];
    let format = if selector & 0x80 == 0 {
        Format::Csv
    } else {
        Format::Ndjson
    };
    if let Ok(rows) = import::read(file, format, kind.columns()) {
        let mut last = 0;
        for row in &rows {
            assert!(row.line > last, "rows in order of their lines");
            last = row.line;
        }
    }
});
