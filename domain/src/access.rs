//! Who may do what: the one place where roles meet permissions.

use crate::string_enum;

string_enum! {
    /// The roles of DOMAIN.md ("The people who use it").
    Role {
        Admin => "admin",
        CaseWorker => "case_worker",
        EmploymentCounsellor => "employment_counsellor",
        Partner => "partner",
        Monitor => "monitor",
        Integration => "integration",
    }
}

/// What an operation needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Read persons, their stays abroad and households.
    ReadPersons,
    /// Register and change persons, stays abroad and households.
    WritePersons,
    /// Manage users, organisations and programmes.
    Administer,
}

impl Role {
    /// Whether the role grants the permission.
    pub fn permits(self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Admin => true,
            Role::CaseWorker => matches!(permission, ReadPersons | WritePersons),
            Role::EmploymentCounsellor => matches!(permission, ReadPersons),
            // Partners see persons only through referrals; monitors never see a person;
            // service accounts act through the scopes granted to them.
            Role::Partner | Role::Monitor | Role::Integration => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        assert!(Role::ALL
            .iter()
            .all(|r| !r.permits(Permission::Administer) || *r == Role::Admin));
        assert!(Role::CaseWorker.permits(Permission::WritePersons));
        assert!(!Role::Monitor.permits(Permission::ReadPersons));
        assert!(!Role::Partner.permits(Permission::ReadPersons));
        assert!(!Role::EmploymentCounsellor.permits(Permission::WritePersons));
    }
}
