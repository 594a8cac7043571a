from enum import StrEnum


class OutreachKind(StrEnum):
    BORDER_POINT = "border_point"
    COMMUNITY = "community"
    INFORMATION_SESSION = "information_session"
    MEDIA = "media"
    OTHER = "other"
    SCHOOL = "school"

    def __str__(self) -> str:
        return str(self.value)
