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

string_enum! {
    /// What a service account may do: granted per account, checked per route.
    Scope {
        PersonsRead => "persons:read",
        PersonsWrite => "persons:write",
        EventsRead => "events:read",
        ImportsWrite => "imports:write",
    }
}

/// What an operation needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Read persons, their stays abroad and households.
    ReadPersons,
    /// Register and change persons, stays abroad and households.
    WritePersons,
    /// See the list of organisations (to pick a partner for a referral, say).
    ReadOrganisations,
    /// See programmes and rule sets, and run eligibility checks (dry runs).
    ReadProgrammes,
    /// Read cases (of the caller's organisation), their assessments, assistance,
    /// referrals and follow-ups.
    ReadCases,
    /// Open and move cases, run assessments, propose, approve (four eyes) and
    /// deliver assistance, refer, record follow-ups.
    WriteCases,
    /// Work the referrals addressed to the caller's own organisation.
    WorkReferrals,
    /// Manage users, organisations, service accounts and programmes; read the
    /// audit log; export and erase a person's data.
    Administer,
}

impl Permission {
    /// The scope a service account needs for this permission; `None` when no
    /// service account may have it.
    pub fn scope(self) -> Option<Scope> {
        match self {
            Permission::ReadPersons => Some(Scope::PersonsRead),
            Permission::WritePersons => Some(Scope::PersonsWrite),
            Permission::ReadOrganisations
            | Permission::ReadProgrammes
            | Permission::ReadCases
            | Permission::WriteCases
            | Permission::WorkReferrals
            | Permission::Administer => None,
        }
    }
}

/// Whether a caller with `role` (and, for service accounts, `scopes`) may do what `permission` guards.
pub fn grants(role: Role, scopes: &[Scope], permission: Permission) -> bool {
    if role == Role::Integration {
        permission.scope().is_some_and(|s| scopes.contains(&s))
    } else {
        role.permits(permission)
    }
}

impl Role {
    /// Whether the role grants the permission.
    pub fn permits(self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Admin => true,
            Role::CaseWorker => matches!(
                permission,
                ReadPersons
                    | WritePersons
                    | ReadOrganisations
                    | ReadProgrammes
                    | ReadCases
                    | WriteCases
            ),
            Role::EmploymentCounsellor => {
                matches!(permission, ReadPersons | ReadOrganisations | ReadProgrammes)
            }
            Role::Partner => matches!(permission, WorkReferrals),
            // Partners see persons only through their referrals; monitors never see a
            // person; service accounts act through the scopes granted to them.
            Role::Monitor | Role::Integration => false,
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

    #[test]
    fn service_accounts_act_within_their_scopes() {
        let read = [Scope::PersonsRead];
        assert!(grants(Role::Integration, &read, Permission::ReadPersons));
        assert!(!grants(Role::Integration, &read, Permission::WritePersons));
        assert!(!grants(Role::Integration, &[], Permission::ReadPersons));
        // No scope makes a service account an administrator.
        let all = Scope::ALL;
        assert!(!grants(Role::Integration, all, Permission::Administer));
        // Scopes mean nothing to people: their role decides.
        assert!(!grants(Role::Monitor, all, Permission::ReadPersons));
    }
}
