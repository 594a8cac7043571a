from enum import StrEnum


class MeetingKind(StrEnum):
    CONSULTATION = "consultation"
    STEERING_COMMITTEE = "steering_committee"

    def __str__(self) -> str:
        return str(self.value)
