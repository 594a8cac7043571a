from enum import StrEnum


class ImportMode(StrEnum):
    COMMIT = "commit"
    VALIDATE = "validate"

    def __str__(self) -> str:
        return str(self.value)
