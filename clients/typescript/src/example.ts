// A typed walk through integra's API with openapi-fetch and the types that
// openapi-typescript generated from openapi.yaml (src/schema.d.ts): every
// path, parameter, body and answer below is checked by `tsc --strict`.
//
// It signs in, registers a person (and two relatives, so that paging has
// more than one page), reads her, patches her with If-Match, opens a case,
// runs an eligibility check and prints every rule's outcome, and pages
// through the persons. Any answer other than the one expected prints the
// problem document and exits 1; an assertion that fails exits 1 too.
//
//   INTEGRA         the server's base URL, e.g. http://127.0.0.1:8080
//   ADMIN_PASSWORD  the password of the user `admin`
//
// Run with `scripts/clients run typescript` (after `scripts/clients prepare`).
//
// Request bodies are written inline with `satisfies <schema>`: openapi-fetch
// infers a call's options generically, and so checks the types of a body's
// known fields but does not reject a misspelt optional one (`{ phone_numbr }`
// in a merge patch, every field of which is optional, type-checks without
// it). `satisfies` is a check, not a cast: the body keeps its own type.
import { randomInt, randomUUID } from "node:crypto";
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type Person = components["schemas"]["Person"];
type PersonAnswer = components["schemas"]["PersonAnswer"];
type PersonInput = components["schemas"]["PersonInput"];
type PersonPatch = components["schemas"]["PersonPatch"];
type Schemas = components["schemas"];
type CaseAnswer = components["schemas"]["CaseAnswer"];
type CaseView = components["schemas"]["CaseView"];
type Programme = components["schemas"]["Programme"];
type RuleResult = components["schemas"]["RuleResult"];
type Outcome = components["schemas"]["Outcome"];
type Client = ReturnType<typeof createClient<paths>>;

/** A non-2xx answer: its status and its body (a problem document). */
class ApiError extends Error {
    constructor(
        readonly step: string,
        readonly status: number,
        readonly problem: unknown,
    ) {
        super(`${step}: HTTP ${status}`);
    }
}

/** A check of the server's answers that did not hold. */
class AssertionFailed extends Error {}

function check(condition: boolean, message: string): asserts condition {
    if (!condition) {
        throw new AssertionFailed(message);
    }
}

/**
 * Awaits an openapi-fetch call and returns its typed data, or throws an
 * ApiError carrying the problem document when the answer is not a 2xx.
 */
async function ok<D, E>(
    step: string,
    call: Promise<{ data?: D; error?: E; response: Response }>,
): Promise<{ data: D; response: Response }> {
    const { data, error, response } = await call;
    if (!response.ok || data === undefined) {
        throw new ApiError(step, response.status, error);
    }
    return { data, response };
}

function env(name: string): string {
    const value = process.env[name];
    if (value === undefined || value === "") {
        console.error(`typescript example: set ${name} (INTEGRA: the server's base URL, ADMIN_PASSWORD: admin's password)`);
        process.exit(2);
    }
    return value;
}

/** The full person, not the `{id, version}` a caller who may not read persons gets. */
function fullPerson(step: string, answer: PersonAnswer): Person {
    check("given_name" in answer, `${step}: expected the person, got only ${JSON.stringify(answer)}`);
    return answer;
}

function fullCase(step: string, answer: CaseAnswer): CaseView {
    check("status" in answer, `${step}: expected the case, got only ${JSON.stringify(answer)}`);
    return answer;
}

function etagOf(step: string, response: Response): string {
    const etag = response.headers.get("ETag");
    check(etag !== null && etag !== "", `${step}: no ETag`);
    return etag;
}

/** Finds a programme by its code, following the pages of GET /api/v1/programmes. */
async function programmeByCode(api: Client, code: string): Promise<Programme> {
    let cursor: string | undefined;
    for (;;) {
        const { data: page } = await ok(
            "list programmes",
            api.GET("/api/v1/programmes", {
                params: { query: cursor === undefined ? { limit: 100 } : { limit: 100, cursor } },
            }),
        );
        const found = page.items.find((programme) => programme.code === code);
        if (found !== undefined) {
            return found;
        }
        if (page.next_cursor === null) {
            throw new AssertionFailed(`no programme ${code}`);
        }
        cursor = page.next_cursor;
    }
}

async function register(api: Client, person: PersonInput, idempotencyKey: string): Promise<{ person: Person; response: Response }> {
    const { data, response } = await ok(
        "register a person",
        api.POST("/api/v1/persons", {
            params: { header: { "Idempotency-Key": idempotencyKey } },
            body: person,
        }),
    );
    check(response.status === 201, `register a person: expected 201, got ${response.status}`);
    return { person: fullPerson("register a person", data), response };
}

async function main(): Promise<void> {
    const baseUrl = env("INTEGRA");
    const password = env("ADMIN_PASSWORD");

    // Sign in: a password grant for the user admin.
    const anonymous = createClient<paths>({ baseUrl });
    const { data: token } = await ok(
        "sign in",
        anonymous.POST("/api/v1/auth/token", {
            body: { grant_type: "password", username: "admin", password } satisfies Schemas["PasswordGrant"],
        }),
    );
    check(token.token_type.toLowerCase() === "bearer", `sign in: token type ${token.token_type}`);
    console.log(`signed in as admin (token valid ${token.expires_in} s)`);
    const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token.access_token}` } });

    // The default reintegration programme, found by listing the programmes.
    const programme = await programmeByCode(api, "REINT-DEFAULT");
    console.log(`programme ${programme.code} ${programme.id} (${programme.name.en})`);

    // Register a person. The personal number and the external id are new on
    // every run; the Idempotency-Key makes a retry return the first answer.
    const run = randomUUID();
    const personalNumber = String(randomInt(10_000_000_000, 100_000_000_000)).padStart(11, "0");
    const input: PersonInput = {
        personal_number: personalNumber,
        given_name: "Nino",
        family_name: "Beridze",
        date_of_birth: "1988-04-12",
        sex: "female",
        citizenship: "GE",
        residence_status: "citizen",
        region: "GE-IM",
        phone: "+995 555 12 34 56",
        external_ids: [{ system: "typescript-example", value: run }],
    };
    const key = `typescript-example-${run}`;
    const { person: registered, response: registeredResponse } = await register(api, input, key);
    check(registered.personal_number === personalNumber, "register: personal number not kept");
    check(
        registeredResponse.headers.get("Location") === `/api/v1/persons/${registered.id}`,
        `register: Location ${registeredResponse.headers.get("Location")}`,
    );
    const retried = await register(api, input, key);
    check(retried.person.id === registered.id, "register: a retry with the same Idempotency-Key registered another person");
    console.log(`registered ${registered.id}`);

    // Read her, and take the version from the ETag.
    const { data: read, response: readResponse } = await ok(
        "read the person",
        api.GET("/api/v1/persons/{id}", { params: { path: { id: registered.id } } }),
    );
    const etag = etagOf("read the person", readResponse);
    check(read.id === registered.id && read.family_name === "Beridze", "read: another person");
    check(etag === `"${read.version}"`, `read: ETag ${etag} is not version ${read.version}`);

    // Change her phone with a JSON merge patch (application/merge-patch+json,
    // as openapi.yaml declares the body) naming that version in If-Match.
    const phone = "+995 599 11 22 33";
    const { data: patchedAnswer, response: patchedResponse } = await ok(
        "patch the person",
        api.PATCH("/api/v1/persons/{id}", {
            params: { path: { id: registered.id }, header: { "If-Match": etag } },
            headers: { "Content-Type": "application/merge-patch+json" },
            body: { phone } satisfies PersonPatch,
        }),
    );
    const patched = fullPerson("patch the person", patchedAnswer);
    check(patched.version > read.version, `patch: version ${read.version} -> ${patched.version}`);
    check(etagOf("patch the person", patchedResponse) === `"${patched.version}"`, "patch: ETag is not the new version");

    // Re-read: the change is there and the version went up.
    const { data: reread, response: rereadResponse } = await ok(
        "re-read the person",
        api.GET("/api/v1/persons/{id}", { params: { path: { id: registered.id } } }),
    );
    check(reread.phone === phone, `re-read: phone is ${reread.phone}, not ${phone}`);
    check(reread.version === patched.version, `re-read: version ${reread.version}, patched ${patched.version}`);
    check(etagOf("re-read the person", rereadResponse) !== etag, "re-read: ETag unchanged");
    console.log(`patched ${registered.id}: phone ${reread.phone}, version ${read.version} -> ${reread.version}`);

    // The old ETag is stale now: the same patch is refused with a typed 412.
    const stale = await api.PATCH("/api/v1/persons/{id}", {
        params: { path: { id: registered.id }, header: { "If-Match": etag } },
        headers: { "Content-Type": "application/merge-patch+json" },
        body: { phone: "+995 500 00 00 00" } satisfies PersonPatch,
    });
    if (stale.error === undefined) {
        throw new AssertionFailed(`stale If-Match: expected 412, got ${stale.response.status}`);
    }
    check(stale.response.status === 412 && stale.error.status === 412, `stale If-Match: got ${stale.response.status}`);
    console.log(`stale If-Match refused: ${stale.error.status} ${stale.error.title}`);

    // Her stay abroad, which the programme's rules read.
    await ok(
        "record a stay abroad",
        api.POST("/api/v1/persons/{id}/stays-abroad", {
            params: { path: { id: registered.id } },
            body: {
                country: "DE",
                start_date: "2019-03-01",
                end_date: "2024-05-20",
                legal_status: "irregular",
                return_type: "assisted_voluntary_return",
            } satisfies Schemas["StayInput"],
        }),
    );

    // Open a case for her in the programme.
    const { data: caseAnswer } = await ok(
        "open a case",
        api.POST("/api/v1/cases", {
            params: { header: { "Idempotency-Key": `typescript-example-case-${run}` } },
            body: { person_id: registered.id, programme_id: programme.id, registered_on: "2024-09-01" } satisfies Schemas["CaseInput"],
        }),
    );
    const opened = fullCase("open a case", caseAnswer);
    check(opened.person_id === registered.id && opened.programme_id === programme.id, "case: another person or programme");
    check(opened.status === "registered", `case: status ${opened.status}`);
    console.log(`case ${opened.id} ${opened.status}`);

    // Check her eligibility on the day she applied: every rule's outcome and reason.
    const { data: eligibility } = await ok(
        "check eligibility",
        api.POST("/api/v1/eligibility/check", {
            body: { programme_id: programme.id, person_id: registered.id, on: "2024-09-01" } satisfies Schemas["EligibilityRequest"],
        }),
    );
    check(eligibility.results.length > 0, "eligibility: no rule results");
    const tally: Record<Outcome, number> = { passed: 0, failed: 0, not_evaluable: 0 };
    const seen = new Set<string>();
    for (const result of eligibility.results) {
        const rule: RuleResult = result;
        check(!seen.has(rule.rule_id), `eligibility: rule ${rule.rule_id} twice`);
        seen.add(rule.rule_id);
        tally[rule.outcome] += 1;
        console.log(`rule ${rule.rule_id}: ${rule.outcome}: ${rule.reason.en}`);
    }
    console.log(
        `eligible ${eligibility.eligible} (rule set ${eligibility.rule_set.id} v${eligibility.rule_set.version}: ` +
            `${tally.passed} passed, ${tally.failed} failed, ${tally.not_evaluable} not evaluable)`,
    );
    console.log(`rules ${eligibility.results.length}`);

    // Two relatives, so that a page of two cannot hold everyone she is listed with.
    const relatives: string[] = [];
    for (const given of ["Giorgi", "Mariam"]) {
        const relative = await register(
            api,
            {
                given_name: given,
                family_name: "Beridze",
                external_ids: [{ system: "typescript-example", value: `${run}-${given.toLowerCase()}` }],
            },
            `typescript-example-${run}-${given.toLowerCase()}`,
        );
        relatives.push(relative.person.id);
    }

    // Page through every person, two at a time, until next_cursor is null.
    const listed = new Set<string>();
    let pages = 0;
    let cursor: string | null = null;
    do {
        const query: { limit: number; cursor?: string } = cursor === null ? { limit: 2 } : { limit: 2, cursor };
        const { data: page } = await ok("list persons", api.GET("/api/v1/persons", { params: { query } }));
        pages += 1;
        check(page.items.length <= 2, `list persons: ${page.items.length} persons on a page of 2`);
        for (const person of page.items) {
            check(!listed.has(person.id), `list persons: ${person.id} on two pages`);
            listed.add(person.id);
        }
        check(page.next_cursor !== cursor, "list persons: the same cursor again");
        cursor = page.next_cursor;
    } while (cursor !== null);
    for (const id of [registered.id, ...relatives]) {
        check(listed.has(id), `list persons: ${id} was registered but not listed`);
    }
    check(pages >= 2, `list persons: ${listed.size} persons in ${pages} page(s)`);
    console.log(`paged ${listed.size} persons in ${pages} pages`);

    console.log("typescript example: ok");
}

try {
    await main();
} catch (failure) {
    if (failure instanceof ApiError) {
        console.error(`typescript example: ${failure.step} answered ${failure.status}:`);
        console.error(JSON.stringify(failure.problem, null, 2));
    } else if (failure instanceof AssertionFailed) {
        console.error(`typescript example: FAILED: ${failure.message}`);
    } else {
        console.error("typescript example: FAILED:", failure);
    }
    process.exit(1);
}
