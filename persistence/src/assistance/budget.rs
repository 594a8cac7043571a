//! A programme's budget as assistance approvals move it.
//!
//! The budget is enforced by the database: approving an item with an amount
//! runs, in the approval's transaction,
//! `UPDATE programmes SET committed_tetri = committed_tetri + :amount, version = version + 1
//!  WHERE id = :programme AND committed_tetri + :amount <= budget_tetri AND committed_tetri + :amount >= 0`;
//! no row changed means the budget would be overspent, and the
//! `CHECK (committed_tetri >= 0 AND committed_tetri <= budget_tetri)` of the
//! table is the backstop. Cancelling an approved item gives its amount back in
//! the same way (a negative amount).
//!
//! The programme row stays locked (PostgreSQL) or the one writer is busy
//! (SQLite) until the approval commits, so whatever the approval reads after
//! the update (the caps) sees every other approval of the programme.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use integra_domain::money::Money;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::programmes;

/// What the conditional update of a programme's committed total did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetUpdate {
    /// The row changed: the amount is committed (or given back).
    Changed,
    /// No row changed: the committed total would leave `0..=budget`.
    Unchanged,
    /// The table's CHECK refused the change (the backstop). On PostgreSQL the
    /// transaction is aborted: nothing more can be read in it.
    CheckViolated,
}

/// Moves `amount` into (positive) or out of (negative) the committed total of
/// `programme`, in one conditional statement.
pub fn commit_budget(
    conn: &mut DbConnection,
    programme: Uuid,
    amount: Money,
    now: DateTime<Utc>,
) -> Result<BudgetUpdate, StoreError> {
    let delta = amount.tetri();
    let result = diesel::update(
        programmes::table
            .filter(programmes::id.eq(programme.to_string()))
            .filter((programmes::committed_tetri + delta).le(programmes::budget_tetri))
            .filter((programmes::committed_tetri + delta).ge(0_i64)),
    )
    .set((
        programmes::committed_tetri.eq(programmes::committed_tetri + delta),
        programmes::version.eq(programmes::version + 1),
        programmes::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn);
    match result {
        Ok(1) => Ok(BudgetUpdate::Changed),
        Ok(_) => Ok(BudgetUpdate::Unchanged),
        Err(error) if is_check_violation(&error) => Ok(BudgetUpdate::CheckViolated),
        Err(error) => Err(error.into()),
    }
}

fn is_check_violation(error: &DieselError) -> bool {
    match error {
        DieselError::DatabaseError(DatabaseErrorKind::CheckViolation, _) => true,
        DieselError::DatabaseError(_, info) => info.message().contains("CHECK constraint"),
        _ => false,
    }
}

/// The budget of `programme` and what of it is committed.
pub fn figures(conn: &mut DbConnection, programme: Uuid) -> Result<(Money, Money), StoreError> {
    let (budget, committed): (i64, i64) = programmes::table
        .find(programme.to_string())
        .select((programmes::budget_tetri, programmes::committed_tetri))
        .first(conn)?;
    Ok((Money::from_tetri(budget), Money::from_tetri(committed)))
}

/// The amount above which only an admin approves an item of `programme`.
pub fn approval_threshold(conn: &mut DbConnection, programme: Uuid) -> Result<Money, StoreError> {
    let threshold: i64 = programmes::table
        .find(programme.to_string())
        .select(programmes::approval_threshold_tetri)
        .first(conn)?;
    Ok(Money::from_tetri(threshold))
}
