from enum import StrEnum


class OrganisationKind(StrEnum):
    EMPLOYER = "employer"
    HEALTH_PROVIDER = "health_provider"
    INTERNATIONAL_ORG = "international_org"
    MINISTRY = "ministry"
    MUNICIPALITY = "municipality"
    NGO = "ngo"
    SOCIAL_ENTERPRISE = "social_enterprise"
    STATE_AGENCY = "state_agency"
    TRAINING_PROVIDER = "training_provider"

    def __str__(self) -> str:
        return str(self.value)
