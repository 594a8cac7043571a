from enum import StrEnum


class IndicatorStatus(StrEnum):
    AT_RISK = "at_risk"
    NOT_MEASURED = "not_measured"
    OFF_TRACK = "off_track"
    ON_TRACK = "on_track"

    def __str__(self) -> str:
        return str(self.value)
