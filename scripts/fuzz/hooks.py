"""schemathesis hooks for scripts/fuzz/run-schemathesis.ts (loaded through SCHEMATHESIS_HOOKS).

The upload routes take NDJSON and CSV text, which schemathesis has no serializer for; their
recorded examples (the explicit examples phase) and generated strings are sent as UTF-8 text.
"""

import schemathesis


@schemathesis.serializer("application/x-ndjson", "text/csv")
def text_rows(ctx, value):
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8")
