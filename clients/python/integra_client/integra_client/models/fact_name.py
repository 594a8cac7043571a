from enum import StrEnum


class FactName(StrEnum):
    AGE_YEARS = "age_years"
    APPLICATION_DATE = "application_date"
    ASYLUM_SOUGHT = "asylum_sought"
    CERTIFICATES = "certificates"
    CITIZENSHIP = "citizenship"
    CLOSE_RELATIVES_IN = "close_relatives_in"
    DATE_OF_BIRTH = "date_of_birth"
    EXPERIENCE_MONTHS = "experience_months"
    GRANTS_RECEIVED = "grants_received"
    IRREGULAR_STAYS_IN = "irregular_stays_in"
    ISCED_LEVEL = "isced_level"
    LANGUAGES = "languages"
    LAST_RETURN_DATE = "last_return_date"
    LONGEST_IRREGULAR_STAY = "longest_irregular_stay"
    OCCUPATIONS = "occupations"
    RESIDENCE_STATUS = "residence_status"
    TIME_SINCE_LAST_RETURN = "time_since_last_return"

    def __str__(self) -> str:
        return str(self.value)
