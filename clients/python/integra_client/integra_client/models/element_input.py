from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.element_kind import ElementKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ElementInput")


@_attrs_define
class ElementInput:
    """An element of the programme logic as a client records it.

    Example:
        {'code': '1.1', 'kind': 'output', 'parent_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1', 'statement': 'Counsellors
            of the division are trained in case management'}

    Attributes:
        kind (ElementKind): What an element of the programme logic is.
        code (str): How the logframe numbers it (`1`, `1.1`, `A2`). Example: 1.1.
        statement (str):
        parent_id (None | Unset | UUID): An output's outcome (required for outputs); an assumption's element
            (optional: without it, an assumption of the project); none for outcomes.
    """

    kind: ElementKind
    code: str
    statement: str
    parent_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        code = self.code

        statement = self.statement

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "code": code,
                "statement": statement,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ElementKind(d.pop("kind"))

        code = d.pop("code")

        statement = d.pop("statement")

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        element_input = cls(
            kind=kind,
            code=code,
            statement=statement,
            parent_id=parent_id,
        )

        return element_input
