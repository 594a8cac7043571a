//! For tests that read the code itself (that every schema name is unique,
//! that every code has its Georgian text, ...): the Rust files of folders of
//! the workspace.

use std::path::{Path, PathBuf};

/// Every `.rs` file below `folders` (relative to the workspace), with its text.
pub fn rust_files(folders: &[&str]) -> Vec<(PathBuf, String)> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut pending: Vec<PathBuf> = folders.iter().map(|f| workspace.join(f)).collect();
    let mut files = Vec::new();
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                pending.push(entry.unwrap().path());
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            files.push((path, text));
        }
    }
    files
}
