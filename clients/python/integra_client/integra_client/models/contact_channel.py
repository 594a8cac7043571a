from enum import StrEnum


class ContactChannel(StrEnum):
    BORDER_POINT = "border_point"
    INFO_SESSION = "info_session"
    OTHER = "other"
    PHONE = "phone"
    READMISSION_NOTICE = "readmission_notice"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
