"""Schemathesis hooks of scripts/schemathesis (SCHEMATHESIS_HOOKS=schemathesis_hooks).

The run signs in once as an administrator and sends that token with every
request. A write to that administrator (a password reset, a role change, a
deactivation) or to its organisation (a deactivation) ends every token it
holds, and every later request of the run would be a 401 that tests nothing:
such a write is sent to an id that names nothing instead (a 404). Every other
record, and reads of these two, are fuzzed as generated.

Imports also take NDJSON (`application/x-ndjson`), which schemathesis cannot
serialize by itself: a generated text is sent as it is, anything else as one
JSON line.
"""

import json
import os
import uuid

import schemathesis

PROTECTED = {
    value
    for value in (
        os.environ.get("INTEGRA_FUZZ_ADMIN_ID", ""),
        os.environ.get("INTEGRA_FUZZ_ORGANISATION_ID", ""),
    )
    if value
}
WRITES = {"POST", "PUT", "PATCH", "DELETE"}


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    if case.method.upper() not in WRITES or not case.path_parameters:
        return
    for name, value in list(case.path_parameters.items()):
        if str(value) in PROTECTED:
            case.path_parameters[name] = str(uuid.uuid4())


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx, value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "replace")
    return (json.dumps(value) + "\n").encode("utf-8")
