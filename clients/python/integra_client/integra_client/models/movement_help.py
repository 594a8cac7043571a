from enum import StrEnum


class MovementHelp(StrEnum):
    ESCORT = "escort"
    RECEPTION_ARRANGED = "reception_arranged"
    TICKET = "ticket"
    TRAVEL_DOCUMENTS = "travel_documents"

    def __str__(self) -> str:
        return str(self.value)
