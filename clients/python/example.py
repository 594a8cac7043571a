"""The Python client's example: a short walk through the integra API.

Uses only the client generated from openapi.yaml (integra_client: its typed
models and the `sync_detailed` function of each operation). Reads INTEGRA
(the server's base URL, e.g. http://127.0.0.1:8080) and ADMIN_PASSWORD (the
password of the user `admin`). The same walk as the TypeScript client's
example (clients/typescript/src/example.ts):

- signs in with the password grant and makes an AuthenticatedClient;
- finds the default reintegration programme among the programmes;
- registers a person with an Idempotency-Key (a retry with the same key
  answers the same person; the Location names her);
- reads her and takes the ETag of the answer, changes her phone with a JSON
  merge patch naming it in If-Match, reads her again (the phone changed, the
  version went up), and sees the old ETag refused with a typed 412 problem;
- records her stay abroad, opens a case for her in the programme, checks her
  eligibility on the day she applied and prints every rule's outcome;
- registers two relatives and pages through the persons two at a time until
  next_cursor is null, finding all three.

Any answer that is not the one expected ends it with status 1 and the problem
printed; the last line of a run that passed is `python example: ok`.
"""

from __future__ import annotations

import datetime
import os
import random
import sys
import uuid
from collections import Counter
from http import HTTPStatus
from typing import Any, NoReturn, TypeVar

from integra_client import AuthenticatedClient, Client
from integra_client.api.auth import create_token
from integra_client.api.cases import create_case
from integra_client.api.eligibility import check_eligibility
from integra_client.api.persons import create_person, get_person, list_persons, patch_person
from integra_client.api.programmes import list_programmes
from integra_client.api.stays_abroad import create_stay
from integra_client.models import (
    CaseInput,
    CaseStatus,
    CaseView,
    EligibilityAnswer,
    EligibilityRequest,
    ExternalId,
    LegalStatus,
    Outcome,
    PasswordGrant,
    PasswordGrantType,
    Person,
    PersonInput,
    PersonPage,
    PersonPatch,
    Problem,
    Programme,
    ProgrammePage,
    ResidenceStatus,
    ReturnType,
    RuleResult,
    Sex,
    StayAbroad,
    StayInput,
    TokenResponse,
)
from integra_client.types import UNSET, Response, Unset

T = TypeVar("T")

# The default reintegration programme that every new registry has.
DEFAULT_PROGRAMME = "REINT-DEFAULT"
# The day she applied (the case was first kept on paper).
APPLIED_ON = datetime.date(2024, 9, 1)


def fail(message: str) -> NoReturn:
    print(f"python example: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def expect(what: str, response: Response[Any], kind: type[T]) -> T:
    """The parsed answer of a success, as the model `kind`; otherwise the
    problem (or whatever the server sent) is printed and the example ends."""
    status = int(response.status_code)
    parsed = response.parsed
    if 200 <= status < 300 and isinstance(parsed, kind):
        return parsed
    print(f"{what}: HTTP {status}", file=sys.stderr)
    if isinstance(parsed, Problem):
        code = f" ({parsed.code})" if isinstance(parsed.code, str) else ""
        print(f"  problem: {parsed.title}: {parsed.detail}{code}", file=sys.stderr)
    print(f"  body: {response.content.decode('utf-8', 'replace')}", file=sys.stderr)
    if 200 <= status < 300:
        fail(f"{what}: a {status} answer that is not a {kind.__name__}: {type(parsed).__name__}")
    fail(f"{what}: HTTP {status}")


def check(condition: bool, message: str) -> None:
    if not condition:
        fail(message)


def find_programme(client: AuthenticatedClient, code: str) -> Programme:
    """The programme with this code, from the pages of the programmes."""
    cursor: str | Unset = UNSET
    while True:
        page = expect(
            "list programmes",
            list_programmes.sync_detailed(client=client, limit=100, cursor=cursor),
            ProgrammePage,
        )
        for programme in page.items:
            if programme.code == code:
                return programme
        if page.next_cursor is None:
            fail(f"no programme {code}")
        cursor = page.next_cursor


def etag(what: str, response: Response[Any]) -> str:
    value = response.headers.get("etag")
    if not value:
        fail(f"{what}: no ETag in the answer")
    return value


def main() -> None:
    base_url = os.environ.get("INTEGRA", "").rstrip("/")
    password = os.environ.get("ADMIN_PASSWORD", "")
    if not base_url or not password:
        fail("set INTEGRA (the server's base URL) and ADMIN_PASSWORD (the password of admin)")

    # Sign in with the password grant; every other call carries the token.
    with Client(base_url=base_url) as anonymous:
        token = expect(
            "sign in",
            create_token.sync_detailed(
                client=anonymous,
                body=PasswordGrant(grant_type=PasswordGrantType.PASSWORD, username="admin", password=password),
            ),
            TokenResponse,
        )
    check(token.token_type.lower() == "bearer", f"sign in: token type {token.token_type}")
    print(f"signed in as admin (token valid {token.expires_in} s)")

    with AuthenticatedClient(base_url=base_url, token=token.access_token) as client:
        run = uuid.uuid4()

        # The default reintegration programme, found by listing the programmes.
        programme = find_programme(client, DEFAULT_PROGRAMME)
        print(f"programme {programme.code} {programme.id} ({programme.name.en})")

        # Register a person. The personal number and the external id are new on
        # every run; the Idempotency-Key makes a retry return the first answer.
        personal_number = f"{random.randrange(10**10, 10**11):011d}"
        person_input = PersonInput(
            personal_number=personal_number,
            given_name="Nino",
            family_name="Beridze",
            date_of_birth=datetime.date(1988, 4, 12),
            sex=Sex.FEMALE,
            citizenship="GE",
            residence_status=ResidenceStatus.CITIZEN,
            region="GE-IM",
            phone="+995 555 12 34 56",
            external_ids=[ExternalId(system="python-example", value=str(run))],
        )
        key = f"python-example-{run}"
        registered_response = create_person.sync_detailed(client=client, body=person_input, idempotency_key=key)
        registered = expect("register a person", registered_response, Person)
        check(registered.personal_number == personal_number, "register: personal number not kept")
        location = registered_response.headers.get("location")
        check(location == f"/api/v1/persons/{registered.id}", f"register: Location {location}")
        retried = expect(
            "register again with the same Idempotency-Key",
            create_person.sync_detailed(client=client, body=person_input, idempotency_key=key),
            Person,
        )
        check(retried.id == registered.id, "register: a retry with the same Idempotency-Key registered another person")
        person_id = registered.id
        print(f"registered {person_id}")

        # Read her, and take the version from the ETag.
        read_response = get_person.sync_detailed(person_id, client=client)
        read = expect("read the person", read_response, Person)
        version_tag = etag("read the person", read_response)
        check(read.id == person_id and read.family_name == "Beridze", "read: another person")
        check(version_tag == f'"{read.version}"', f"read: ETag {version_tag} is not version {read.version}")

        # Change her phone with a JSON merge patch (application/merge-patch+json)
        # naming that version in If-Match.
        phone = "+995 599 11 22 33"
        patched_response = patch_person.sync_detailed(
            person_id, client=client, body=PersonPatch(phone=phone), if_match=version_tag
        )
        patched = expect("patch the person", patched_response, Person)
        check(patched.version > read.version, f"patch: version {read.version} -> {patched.version}")
        check(
            etag("patch the person", patched_response) == f'"{patched.version}"', "patch: ETag is not the new version"
        )

        # Re-read: the change is there and the version went up.
        reread_response = get_person.sync_detailed(person_id, client=client)
        reread = expect("re-read the person", reread_response, Person)
        check(reread.phone == phone, f"re-read: phone is {reread.phone}, not {phone}")
        check(reread.version == patched.version, f"re-read: version {reread.version}, patched {patched.version}")
        check(etag("re-read the person", reread_response) != version_tag, "re-read: ETag unchanged")
        print(f"patched {person_id}: phone {reread.phone}, version {read.version} -> {reread.version}")

        # The old ETag is stale now: the same kind of patch is refused with a
        # typed 412 problem.
        stale = patch_person.sync_detailed(
            person_id, client=client, body=PersonPatch(phone="+995 500 00 00 00"), if_match=version_tag
        )
        problem = stale.parsed
        if (
            stale.status_code != HTTPStatus.PRECONDITION_FAILED
            or not isinstance(problem, Problem)
            or problem.status != 412
        ):
            fail(f"stale If-Match: expected a 412 problem, got {int(stale.status_code)}")
        print(f"stale If-Match refused: {problem.status} {problem.title}")

        # Her stay abroad, which the programme's rules read.
        expect(
            "record a stay abroad",
            create_stay.sync_detailed(
                person_id,
                client=client,
                body=StayInput(
                    country="DE",
                    start_date=datetime.date(2019, 3, 1),
                    end_date=datetime.date(2024, 5, 20),
                    legal_status=LegalStatus.IRREGULAR,
                    return_type=ReturnType.ASSISTED_VOLUNTARY_RETURN,
                ),
            ),
            StayAbroad,
        )

        # Open a case for her in the programme.
        opened = expect(
            "open a case",
            create_case.sync_detailed(
                client=client,
                idempotency_key=f"python-example-case-{run}",
                body=CaseInput(person_id=person_id, programme_id=programme.id, registered_on=APPLIED_ON),
            ),
            CaseView,
        )
        check(
            opened.person_id == person_id and opened.programme_id == programme.id, "case: another person or programme"
        )
        check(opened.status == CaseStatus.REGISTERED, f"case: status {opened.status}")
        print(f"case {opened.id} {opened.status}, plan due on {opened.plan_due_on}")

        # Check her eligibility on the day she applied: every rule's outcome and reason.
        answer = expect(
            "check eligibility",
            check_eligibility.sync_detailed(
                client=client,
                body=EligibilityRequest(programme_id=programme.id, person_id=person_id, on=APPLIED_ON),
            ),
            EligibilityAnswer,
        )
        check(len(answer.results) > 0, "eligibility: no rule results")
        tally: Counter[Outcome] = Counter()
        rule_ids: set[str] = set()
        for result in answer.results:
            rule: RuleResult = result
            check(rule.rule_id not in rule_ids, f"eligibility: rule {rule.rule_id} twice")
            rule_ids.add(rule.rule_id)
            tally[rule.outcome] += 1
            print(f"rule {rule.rule_id}: {rule.outcome.value}: {rule.reason.en}")
        print(
            f"eligible {answer.eligible} (rule set {answer.rule_set.id} v{answer.rule_set.version}: "
            f"{tally[Outcome.PASSED]} passed, {tally[Outcome.FAILED]} failed, "
            f"{tally[Outcome.NOT_EVALUABLE]} not evaluable)"
        )
        print(f"rules {len(answer.results)}")

        # Two relatives, so that a page of two cannot hold everyone she is listed with.
        relatives: list[uuid.UUID] = []
        for given in ("Giorgi", "Mariam"):
            relative = expect(
                f"register {given}",
                create_person.sync_detailed(
                    client=client,
                    idempotency_key=f"python-example-{run}-{given.lower()}",
                    body=PersonInput(
                        given_name=given,
                        family_name="Beridze",
                        external_ids=[ExternalId(system="python-example", value=f"{run}-{given.lower()}")],
                    ),
                ),
                Person,
            )
            relatives.append(relative.id)

        # Page through every person, two at a time, until next_cursor is null.
        listed: set[uuid.UUID] = set()
        pages = 0
        cursor: str | None = None
        while True:
            page = expect(
                "list persons",
                list_persons.sync_detailed(client=client, limit=2, cursor=UNSET if cursor is None else cursor),
                PersonPage,
            )
            pages += 1
            check(len(page.items) <= 2, f"list persons: {len(page.items)} persons on a page of 2")
            for person in page.items:
                check(person.id not in listed, f"list persons: {person.id} on two pages")
                listed.add(person.id)
            check(page.next_cursor is None or page.next_cursor != cursor, "list persons: the same cursor again")
            cursor = page.next_cursor
            if cursor is None:
                break
        for listed_id in [person_id, *relatives]:
            check(listed_id in listed, f"list persons: {listed_id} was registered but not listed")
        check(pages >= 2, f"list persons: {len(listed)} persons in {pages} page(s)")
        print(f"paged {len(listed)} persons in {pages} pages")

    print("python example: ok")


if __name__ == "__main__":
    main()
