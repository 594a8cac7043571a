from enum import StrEnum


class MovementKind(StrEnum):
    ONWARD_MOVEMENT = "onward_movement"
    VOLUNTARY_RETURN = "voluntary_return"

    def __str__(self) -> str:
        return str(self.value)
