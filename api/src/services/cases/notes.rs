//! Notes on a case: free text by the people working it.

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::reintegration::case::{CaseNote, NoteInput};
use integra_domain::Error;
use integra_persistence::cases;
use uuid::Uuid;

use super::load;
use crate::services::answer::Answer;
use crate::services::json::Body;
use crate::services::{self, Call, ReadSize};

/// Adds a note to a case.
pub async fn add(call: &Call, id: Uuid, input: Body<NoteInput>) -> Result<Answer<CaseNote>, Error> {
    let reach = call.reach(RecordKind::Case, Access::Write)?;
    let input = input.parse()?;
    let text = input.validate()?;
    let entries = vec![call.entry("case.note_added", RecordKind::Case, id)];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        load(c, id, reach)?;
        Ok(cases::add_note(c, id, &text, by, now)?)
    })
    .await
}

/// The notes of a case, oldest first.
pub async fn list(call: &Call, id: Uuid) -> Result<Vec<CaseNote>, Error> {
    let reach = call.reach(RecordKind::Case, Access::Read)?;
    let entries = vec![call.entry("case.read", RecordKind::Case, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        load(c, id, reach)?;
        Ok((cases::notes(c, id)?, entries))
    })
    .await
}
