/**
 * Generated from the served OpenAPI document by scripts/openapi/generate-client.ts
 * (openapi-typescript). Do not edit: run the script again.
 */

export interface paths {
    "/v1/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's own vacancies, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description `nextCursor` of the previous page; absent: the first page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of vacancies */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VacancyPage"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Post a vacancy (employers). Intake rules run first; a block stores nothing. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header); a UUID, say. The same key and body within 24 h replay the first answer and create nothing; another body gets 422, a retry while the first runs 409. Keys are per caller; a failed request keeps none. */
                    "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            /** @description The vacancy */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VacancyInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        Location: components["headers"]["Location"];
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vacancy"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict, or the Idempotency-Key is in use */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Blocked by rules, or the Idempotency-Key came with another body */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vacancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one of your vacancies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A vacancy id (`vac_…`) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The vacancy */
                200: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vacancy"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace a vacancy (If-Match required: optimistic concurrency) */
        put: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you last read (RFC 9110 §13.1.1); required: without it the answer is 428, with a stale one 412 */
                    "if-match": components["parameters"]["IfMatchRequired"];
                };
                path: {
                    /** @description A vacancy id (`vac_…`) */
                    id: string;
                };
                cookie?: never;
            };
            /** @description The new vacancy */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VacancyInput"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vacancy"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The resource changed since it was read (ETag mismatch) */
                412: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Blocked by rules */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match required */
                428: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vacancies/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a vacancy (idempotent; If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag you last read; when sent, a stale one is refused with 412 */
                    "if-match"?: components["parameters"]["IfMatch"];
                };
                path: {
                    /** @description A vacancy id (`vac_…`) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Closed */
                200: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vacancy"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The resource changed since it was read (ETag mismatch) */
                412: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vacancies/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rank candidates for a vacancy per ring, each match explained (bottleneck vacancies: four rings in parallel; others: Flanders) */
        post: {
            parameters: {
                query?: {
                    /** @description parallel: every ring at once (the renewed concentric model); sequential: ring by ring, stopping once `wanted` candidates are found */
                    mode?: "parallel" | "sequential";
                    /** @description Matches returned per ring, best first */
                    topK?: number;
                    /** @description Sequential mode only: stop after the first ring at which this many qualified candidates are found in total (ignored in parallel mode) */
                    wanted?: number;
                    /** @description Language of the explanations and training labels */
                    locale?: "en" | "nl" | "fr";
                    /** @description Only candidates whose earliest start date (availability, permit and NARIC recognition, pre-departure training, relocation) is on or before this date. Excluded candidates are counted under CAN-START-BY in `exclusions`. */
                    canStartBy?: string;
                };
                header?: never;
                path: {
                    /** @description A vacancy id (`vac_…`) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ranked, explained matches per ring */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VacancyMatches"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vacancies/{vacancyId}/candidates/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A candidate matching one of your open vacancies: the blind (pseudonymous) profile, or the identified one while the candidate consents to share it with you */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A vacancy id (`vac_…`) */
                    vacancyId: string;
                    /** @description A candidate id (`cand_…`, derived from the PES and its external id) */
                    candidateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description `disclosure` says which view this is */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BlindCandidateProfile"] | components["schemas"]["IdentifiedCandidateProfile"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/by-external-id/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upsert a profile by the PES's own id (idempotent: the same body twice gives one record) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The PES's own id for the jobseeker; with the PES it keys the profile */
                    externalId: string;
                };
                cookie?: never;
            };
            /** @description The candidate profile */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CandidateInput"];
                };
            };
            responses: {
                /** @description Updated, or unchanged */
                200: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidateUpsertResult"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        Location: components["headers"]["Location"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidateUpsertResult"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The resource changed since it was read (ETag mismatch) */
                412: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the calling PES's own candidates */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description `nextCursor` of the previous page; absent: the first page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of candidates */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidatePage"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one of your candidates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A candidate id (`cand_…`, derived from the PES and its external id) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The candidate */
                200: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidateProfile"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Erase one of your candidates: from the store, the search index and so every match, at once; an audit tombstone (ids, PES, time, reason) remains */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A candidate id (`cand_…`, derived from the PES and its external id) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload up to 10,000 profiles (NDJSON or CSV, streamed); a per-row report
         * @description Rows are validated independently: the report says, row by row, accepted (created or updated), unchanged (the same content is stored) or rejected (with field-level reasons). With an Idempotency-Key, a retried request returns the first report and writes nothing; a different body under the same key is refused (422). Larger files: POST /v1/candidate-imports.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header); a UUID, say. The same key and body within 24 h replay the first answer and create nothing; another body gets 422, a retry while the first runs 409. Keys are per caller; a failed request keeps none. */
                    "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            /** @description Candidate profiles, one per line or row */
            requestBody: {
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description The per-row report (header Idempotent-Replayed: true when it is a stored one) */
                200: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkReport"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict, or the Idempotency-Key is in use */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Blocked by rules, or the Idempotency-Key came with another body */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/bulk/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CSV layout: header line and one example row */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV template */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an import of any size (NDJSON or CSV): stored, then processed by a worker
         * @description The upload is stored as it streams in and a job is queued (202, Location). A worker writes it chunk by chunk, checkpointing each chunk in the table, so a crash resumes where it stopped and every row is stored exactly once. With an Idempotency-Key, a retried upload of the same bytes returns the first job.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header); a UUID, say. The same key and body within 24 h replay the first answer and create nothing; another body gets 422, a retry while the first runs 409. Keys are per caller; a failed request keeps none. */
                    "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            /** @description Candidate profiles, one per line or row */
            requestBody: {
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description The job of an earlier upload with this Idempotency-Key */
                200: {
                    headers: {
                        Location: components["headers"]["Location"];
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Queued */
                202: {
                    headers: {
                        Location: components["headers"]["Location"];
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Blocked by rules, or the Idempotency-Key came with another body */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status, progress, totals and the first rejected rows of an import */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An import job id (`imp_…`) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The job */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate-imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every processed row of an import, in order (NDJSON RowReport lines) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An import job id (`imp_…`) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RowReport per line */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change feed: creates, updates and erasures of candidates and vacancies, in order
         * @description EURES pull style: without `since`, everything from the beginning; with it, what changed after that cursor. Each change carries its own cursor; `nextCursor` resumes after the last entry examined. Scoped to the caller: a PES sees its own candidates and bottleneck vacancies; the EU Talent Pool consenting candidates (no identifying data) and bottleneck vacancies; an employer its own vacancies and bottleneck vacancies; an operator every reference. Erasures are entries without personal data.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A cursor this feed returned; absent: from the beginning (get all) */
                    since?: string;
                    /** @description Changes per page */
                    limit?: number;
                    /** @description Inline each resource as of the change (exchange format); false: references only */
                    details?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of changes */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangesPage"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exchange/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export profiles in the exchange format (NDJSON, ESCO/ISCO/CEFR/ISO/ISCED codes)
         * @description A PES exports its own profiles in full; the EU Talent Pool exports consenting profiles of every PES without identifying data. Each line validates against GET /v1/exchange/schema.json and can be uploaded as it is to POST /v1/candidates/bulk.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One ExchangeCandidate per line */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exchange/schema.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON Schema of the exchange format (concentric-exchange/1), generated from the validation schemas */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON Schema (draft 2020-12) */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/schema+json": components["schemas"]["JsonSchemaDocument"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Subscriptions */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookSubscription"][];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe a receiver: new matches of a vacancy (employers) or new bottleneck vacancies (PES)
         * @description Deliveries are POSTed as JSON and signed per the Standard Webhooks specification, so any Standard Webhooks library verifies them: `webhook-id` (the delivery id, the same on retries and replays: drop duplicates by it), `webhook-timestamp` (unix seconds; refuse one more than 5 minutes off) and `webhook-signature: v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">`, keyed with the base64-decoded part of the `whsec_` secret after the prefix. `Concentric-Event` names the event. The secret is in this response only. Failed deliveries are retried with backoff (full jitter); see docs/webhooks.md.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header); a UUID, say. The same key and body within 24 h replay the first answer and create nothing; another body gets 422, a retry while the first runs 409. Keys are per caller; a failed request keeps none. */
                    "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            /** @description What to be told, and where */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionInput"];
                };
            };
            responses: {
                /** @description Subscribed */
                201: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscription: components["schemas"]["WebhookSubscription"];
                            /** @description The `whsec_` signing secret, shown once: a replay leaves it out (it is kept only encrypted). */
                            secret?: string;
                        };
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict, or the Idempotency-Key is in use */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Blocked by rules, or the Idempotency-Key came with another body */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unsubscribe (pending deliveries then fail and stay readable) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A subscription id (`whs_…`) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your deliveries, newest first, with their status and attempts */
        get: {
            parameters: {
                query?: {
                    /** @description Deliveries to list */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deliveries */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookDelivery"][];
                        };
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A delivery id (`whd_…`) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The delivery */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (same body and id, signed afresh) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A delivery id (`whd_…`) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued again */
                202: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/{id}/consents/{purpose}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a candidate's consent for one purpose (the owning PES; idempotent) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A candidate id (`cand_…`, derived from the PES and its external id) */
                    id: string;
                    /** @description `matching`, or `share-with-employer:<employer organisation id>` */
                    purpose: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The consent as it now stands */
                200: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentChange"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The resource changed since it was read (ETag mismatch) */
                412: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Withdraw a candidate's consent for one purpose, effective at once (matching: out of every match; sharing: blind again) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A candidate id (`cand_…`, derived from the PES and its external id) */
                    id: string;
                    /** @description `matching`, or `share-with-employer:<employer organisation id>` */
                    purpose: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The consent as it now stands */
                200: {
                    headers: {
                        ETag: components["headers"]["ETag"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentChange"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The resource changed since it was read (ETag mismatch) */
                412: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomy/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Occupations: curated and loaded ESCO occupations, then every other ISCO-08 unit group, by code, URI or title */
        get: {
            parameters: {
                query?: {
                    /** @description Text in any loaded language, an ISCO-08 code or an ESCO URI */
                    q?: string;
                    /** @description At most this many hits */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Occupations */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Occupation"][];
                        };
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomy/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Skills vocabulary with labels and synonyms in every loaded language */
        get: {
            parameters: {
                query?: {
                    /** @description Text in any loaded language, an ISCO-08 code or an ESCO URI */
                    q?: string;
                    /** @description At most this many hits */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Skills */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Skill"][];
                        };
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomy/skills/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Map skill references (id, ESCO URI or free text) to taxonomy entries; unmapped ones are reported */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Skill references */
            requestBody: {
                content: {
                    "application/json": {
                        skills: ({
                            id?: string;
                            esco?: string;
                            label?: string;
                        } | unknown | unknown | unknown)[];
                    };
                };
            };
            responses: {
                /** @description Resolution */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            skills: components["schemas"]["ResolvedSkill"][];
                            unmapped: string[];
                            /** @description Per unmapped term, up to 3 skills it may mean, best first, scored 0–1 (at least 0.5). Suggestions only: nothing is applied; send the chosen id to resolve it. */
                            suggestions: {
                                /** @description An unmapped term, as given */
                                term: string;
                                candidates: components["schemas"]["SkillCandidate"][];
                            }[];
                        };
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomy/skills/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Skills a free text names (a vacancy description, a CV paragraph), with where it names them
         * @description Every place where the words of the text spell a label or synonym of exactly one loaded skill, in any loaded language, after the normalisation skill labels get (case, diacritics, punctuation); the longest term wins and mentions never overlap. For a person to review: nothing is added to a vacancy or a profile.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Free text, up to 10,000 characters */
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description The skills named, in the order first named */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            skills: components["schemas"]["SkillInText"][];
                        };
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rule with its version, severity, explanation (en/nl/fr), legal source and the fields it reads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rule catalogue */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Rule"][];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the intake rules on a vacancy without saving it (employers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The vacancy to check */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VacancyInput"];
                };
            };
            responses: {
                /** @description Every decision, and whether the vacancy would be accepted */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: boolean;
                            /** @description Findings that would refuse the vacancy (422) */
                            blocking: components["schemas"]["RuleFinding"][];
                            /** @description Findings the vacancy would be stored with */
                            warnings: components["schemas"]["RuleFinding"][];
                            decisions: components["schemas"]["RuleDecision"][];
                        };
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insight/tension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open vacancies and qualified candidates per occupation group, ring and country; candidates per opening and the share Flanders alone can fill (operators, employers; aggregates only) */
        get: {
            parameters: {
                query?: {
                    /** @description ISCO-08 digits to roll occupations up to (1–4) */
                    level?: number;
                    /** @description Match quality: the share of the occupation’s essential skills a qualified candidate holds (0–1) */
                    minScore?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tension per occupation group */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InsightTension"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insight/sourcing-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per bottleneck occupation: rings and partner countries to source from (WHO-01, partner agreements, permit routes) and the most common training needs per ring (operators, employers; aggregates only) */
        get: {
            parameters: {
                query?: {
                    /** @description Year of the bottleneck list (default: this year) */
                    year?: number;
                    /** @description Match quality: the share of the occupation’s essential skills a qualified candidate holds (0–1) */
                    minScore?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sourcing plan for the year */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InsightSourcingPlan"];
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insight/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Printable report: tension and sourcing plan as one HTML page with inline SVG charts, no scripts */
        get: {
            parameters: {
                query?: {
                    /** @description ISCO-08 digits to roll occupations up to (1–4) */
                    level?: number;
                    /** @description Match quality: the share of the occupation’s essential skills a qualified candidate holds (0–1) */
                    minScore?: number | null;
                    /** @description Year of the bottleneck list (default: this year) */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The append-only audit log (operators): personal-data reads and changes, consent changes, erasures and rule decisions */
        get: {
            parameters: {
                query?: {
                    /** @description A candidate or vacancy id, or `pes:<code>` for list reads */
                    subject?: string;
                    /** @description The acting organisation (`system` for scheduled jobs) */
                    actor?: string;
                    /** @description Inclusive; default: all time with subject or actor, else the last 24 h */
                    from?: string;
                    /** @description Inclusive; default now */
                    to?: string;
                    /** @description Records per page */
                    limit?: number;
                    /** @description `nextCursor` of the previous page; absent: the first page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Records, oldest first */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditRecord"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Invalid request (field-level errors listed) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Caller may not do this */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited */
                429: {
                    headers: {
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Vacancy: {
            title: string;
            description?: string;
            occupation: {
                isco: string;
                esco?: string;
            };
            /** @default [] */
            languages?: {
                /**
                 * @description ISO 639-1
                 * @enum {string}
                 */
                language: "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu";
                /** @enum {string} */
                level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            }[];
            /** @default 0 */
            minExperienceYears?: number;
            minEducationLevel?: number;
            workplace: {
                municipality: string;
                postalCode: string;
                /** @enum {string} */
                province: "BE-VAN" | "BE-VLI" | "BE-VOV" | "BE-VBR" | "BE-VWV";
            };
            employer: {
                name: string;
                /**
                 * @description ISO 3166-1 alpha-2
                 * @default BE
                 * @enum {string}
                 */
                country?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
            };
            contract: {
                /** @enum {string} */
                type: "permanent" | "fixed-term" | "seasonal" | "temporary-agency";
                durationMonths?: number;
                hoursPerWeek: number;
                employmentPercent: number;
                annualGrossSalaryEur: number;
                jointCommittee?: string;
                skilledCategoryMinimumEur?: number;
                qualificationLevel: number;
                /** Format: date */
                startDate?: string;
                tasks?: string;
                housing?: {
                    provided: boolean;
                    workerCostEurPerMonth?: number;
                    description?: string;
                };
                /** @default [] */
                contractLanguages?: ("aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu")[];
            };
            /** @default [] */
            recruitmentCosts?: {
                /** @enum {string} */
                category: "recruitment-fee" | "medical" | "insurance" | "skills-test" | "training" | "equipment" | "travel" | "lodging" | "administrative" | "other";
                description?: string;
                amountEur?: number;
                /** @enum {string} */
                payer: "employer" | "worker" | "shared" | "unknown";
                recoveredByWageDeduction?: boolean;
            }[];
            /**
             * @default {
             *       "workerPaysNothingDeclared": false,
             *       "depositOrBondRequired": false,
             *       "wageDeductionsForRecruitmentCosts": false,
             *       "employerHoldsIdentityDocuments": false,
             *       "exitPenalties": false,
             *       "termsDisclosedBeforeDeparture": false,
             *       "signedTermsApplyOnArrival": false
             *     }
             */
            fairRecruitment?: {
                /** @default false */
                workerPaysNothingDeclared?: boolean;
                /** @default false */
                depositOrBondRequired?: boolean;
                /** @default false */
                wageDeductionsForRecruitmentCosts?: boolean;
                /** @default false */
                employerHoldsIdentityDocuments?: boolean;
                /** @default false */
                exitPenalties?: boolean;
                /** @default false */
                termsDisclosedBeforeDeparture?: boolean;
                /** @default false */
                signedTermsApplyOnArrival?: boolean;
                grievanceContact?: string;
            };
            intermediary?: {
                name: string;
                recognitionNumber?: string;
                chargesJobseeker: boolean;
            };
            /** @default {} */
            publication?: {
                /** Format: date */
                vdabPublishedOn?: string;
                /** Format: date */
                euresPublishedOn?: string;
                /** Format: date */
                otherRegionsExposedOn?: string;
            };
            /** @default 1 */
            openings?: number;
            id: string;
            ownerOrg: string;
            /** @enum {string} */
            status: "open" | "closed";
            version: number;
            createdAt: string;
            updatedAt: string;
            closedAt?: string;
            requiredSkills: components["schemas"]["ResolvedSkill"][];
            optionalSkills: components["schemas"]["ResolvedSkill"][];
            unmappedSkills: string[];
            bottleneck: boolean;
            bottleneckListYear?: number;
            ruleFindings: {
                ruleId: string;
                /** @enum {string} */
                severity: "warn" | "info";
                message: string;
            }[];
        };
        ResolvedSkill: {
            key: string;
            label: string;
            mapped: boolean;
            esco?: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            /** @description The request path */
            instance?: string;
            /** @description The request id, as in the X-Request-Id header */
            requestId?: string;
            /** @description One entry per failing field (400) */
            errors?: components["schemas"]["FieldIssue"][];
            /** @description Every blocking rule the request violates (422 rule-violation) */
            violations?: components["schemas"]["RuleFinding"][];
            /** @description The ETag the resource has now (412) */
            currentEtag?: string;
            /** @description The body size limit (413) */
            limitBytes?: number;
            /** @description The row limit of one request (413) */
            maxRows?: number;
            /** @description As the Retry-After header (429) */
            retryAfterSeconds?: number;
        };
        FieldIssue: {
            /** @description Dotted path of the field */
            field: string;
            message: string;
            /** @description zod issue code */
            code?: string;
        };
        RuleFinding: {
            ruleId: string;
            ruleVersion: string;
            /** @enum {string} */
            severity: "block" | "warn" | "info";
            /** @description What was found, in English */
            message: string;
            /** @description Why the rule exists, in English, Dutch and (mostly) French */
            explanation: {
                en: string;
                nl: string;
                fr?: string;
            };
            /** @description The legal source */
            source: {
                title: string;
                url: string;
            };
            /** @description The input fields the rule read */
            fields: string[];
        };
        VacancyInput: {
            title: string;
            description?: string;
            occupation: {
                /** @description ISCO-08 unit group; may be left out when `esco` names an occupation the taxonomy knows */
                isco?: string;
                /** @description ESCO occupation URI; given alone, the taxonomy supplies its ISCO-08 unit group */
                esco?: string;
            } | unknown | unknown;
            requiredSkills: ({
                id?: string;
                esco?: string;
                label?: string;
            } | unknown | unknown | unknown)[];
            /** @default [] */
            optionalSkills?: ({
                id?: string;
                esco?: string;
                label?: string;
            } | unknown | unknown | unknown)[];
            /** @default [] */
            languages?: {
                /**
                 * @description ISO 639-1
                 * @enum {string}
                 */
                language: "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu";
                /** @enum {string} */
                level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            }[];
            /** @default 0 */
            minExperienceYears?: number;
            minEducationLevel?: number;
            workplace: {
                municipality: string;
                postalCode: string;
                /** @enum {string} */
                province: "BE-VAN" | "BE-VLI" | "BE-VOV" | "BE-VBR" | "BE-VWV";
            };
            employer: {
                name: string;
                /**
                 * @description ISO 3166-1 alpha-2
                 * @default BE
                 * @enum {string}
                 */
                country?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
            };
            contract: {
                /** @enum {string} */
                type: "permanent" | "fixed-term" | "seasonal" | "temporary-agency";
                durationMonths?: number;
                hoursPerWeek: number;
                employmentPercent: number;
                annualGrossSalaryEur: number;
                jointCommittee?: string;
                skilledCategoryMinimumEur?: number;
                qualificationLevel: number;
                /** Format: date */
                startDate?: string;
                tasks?: string;
                housing?: {
                    provided: boolean;
                    workerCostEurPerMonth?: number;
                    description?: string;
                };
                /** @default [] */
                contractLanguages?: ("aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu")[];
            };
            /** @default [] */
            recruitmentCosts?: {
                /** @enum {string} */
                category: "recruitment-fee" | "medical" | "insurance" | "skills-test" | "training" | "equipment" | "travel" | "lodging" | "administrative" | "other";
                description?: string;
                amountEur?: number;
                /** @enum {string} */
                payer: "employer" | "worker" | "shared" | "unknown";
                recoveredByWageDeduction?: boolean;
            }[];
            /**
             * @default {
             *       "workerPaysNothingDeclared": false,
             *       "depositOrBondRequired": false,
             *       "wageDeductionsForRecruitmentCosts": false,
             *       "employerHoldsIdentityDocuments": false,
             *       "exitPenalties": false,
             *       "termsDisclosedBeforeDeparture": false,
             *       "signedTermsApplyOnArrival": false
             *     }
             */
            fairRecruitment?: {
                /** @default false */
                workerPaysNothingDeclared?: boolean;
                /** @default false */
                depositOrBondRequired?: boolean;
                /** @default false */
                wageDeductionsForRecruitmentCosts?: boolean;
                /** @default false */
                employerHoldsIdentityDocuments?: boolean;
                /** @default false */
                exitPenalties?: boolean;
                /** @default false */
                termsDisclosedBeforeDeparture?: boolean;
                /** @default false */
                signedTermsApplyOnArrival?: boolean;
                grievanceContact?: string;
            };
            intermediary?: {
                name: string;
                recognitionNumber?: string;
                chargesJobseeker: boolean;
            };
            /** @default {} */
            publication?: {
                /** Format: date */
                vdabPublishedOn?: string;
                /** Format: date */
                euresPublishedOn?: string;
                /** Format: date */
                otherRegionsExposedOn?: string;
            };
            /** @default 1 */
            openings?: number;
        };
        VacancyPage: {
            items: components["schemas"]["Vacancy"][];
            nextCursor?: string;
        };
        VacancyMatches: {
            vacancyId: string;
            bottleneck: boolean;
            /** @enum {string} */
            mode: "parallel" | "sequential";
            ringsSearched: number[];
            rings: {
                ring: number;
                name: string;
                total: number;
                exclusions: {
                    [key: string]: number;
                };
                matches: components["schemas"]["CandidateMatch"][];
                startDates: components["schemas"]["StartDateSummary"];
                tookMs: number;
            }[];
            exclusions: {
                [key: string]: number;
            };
            trainingProgramme: {
                key: string;
                label: string;
                kind: string;
                candidates: number;
            }[];
            tookMs: number;
        };
        CandidateMatch: {
            candidateId: string;
            ring: number;
            country: string;
            pes: string;
            score: number;
            factors: {
                name: string;
                weight: number;
                value: number;
                contribution: number;
            }[];
            explanation: {
                matchedSkills: string[];
                missingSkills: string[];
                matchedOptionalSkills: string[];
                missingOptionalSkills: string[];
                languageGaps: {
                    language: string;
                    required: string;
                    actual: string | null;
                }[];
                training: {
                    kind: string;
                    key: string;
                    label: string;
                }[];
                /** @description matchedSkills, missingSkills and the optional lists again, as concepts */
                skillConcepts: {
                    /** @description The matched required skills as concepts, with ESCO URIs */
                    matched: components["schemas"]["SkillConcept"][];
                    /** @description The missing required skills as concepts, with ESCO URIs */
                    missing: components["schemas"]["SkillConcept"][];
                    /** @description The matched optional skills as concepts, with ESCO URIs */
                    matchedOptional: components["schemas"]["SkillConcept"][];
                    /** @description The missing optional skills as concepts, with ESCO URIs */
                    missingOptional: components["schemas"]["SkillConcept"][];
                };
            };
            /**
             * @description The migration route the candidate would take
             * @enum {string}
             */
            route: "eu-free-movement" | "temporary-protection" | "eu-blue-card" | "highly-skilled" | "medium-skilled-bottleneck" | "other-bottleneck" | "none";
            /** @description Documents the route needs, as codes (e.g. `passport`, `single-permit-application`) */
            documents: ("identity-document" | "passport" | "employment-contract" | "temporary-protection-certificate" | "single-permit-application" | "blue-card-application" | "diploma-copy" | "naric-recognition" | "professional-visa" | "salary-proof" | "joint-committee-pay-proof" | "vacancy-publication-proof" | "medical-certificate" | "criminal-record-extract")[];
            diplomaRecognition: components["schemas"]["DiplomaRecognitionAssessment"];
            start: components["schemas"]["MatchStart"];
            warnings: {
                ruleId: string;
                message: string;
            }[];
        };
        SkillConcept: {
            /** @description The key matching compared (a taxonomy id, or `label:` free text) */
            key: string;
            /** @description Its label in the locale asked */
            label: string;
            /** @description Its ESCO skill URI; absent where ESCO has no concept for it or the text was not mapped */
            esco?: string;
        };
        DiplomaRecognitionAssessment: {
            /** @description The profession is regulated and the diploma needs NARIC recognition */
            required: boolean;
            /**
             * @description Where the recognition stands
             * @enum {string}
             */
            status: "not-needed" | "not-started" | "pending" | "specific-equivalence" | "level-equivalence" | "refused";
            /** @description Recognition is required and not yet granted */
            blocksStart: boolean;
        };
        /** @description When the candidate could start, and why */
        MatchStart: {
            /** @description Earliest start date; null when the candidate cannot start (see blockedBy) */
            earliestStart: string | null;
            /** @enum {string|null} */
            blockedBy: "no-route" | "recognition-refused" | null;
            /** @description Recognition, permit and visa */
            permitDays: number;
            trainingHours: number;
            trainingDays: number;
            relocationDays: number;
            parts: components["schemas"]["StartPart"][];
            /** @description Some part rests on an unverified figure */
            unverified: boolean;
            /** @description The vacancy’s start date */
            vacancyStart: string | null;
            onTime: boolean | null;
            daysLate: number | null;
        };
        StartPart: {
            /**
             * @description What takes the time
             * @enum {string}
             */
            part: "availability" | "notice-period" | "recognition" | "permit" | "visa" | "dutch" | "civic-orientation" | "soft-skills" | "technical-modules" | "relocation";
            /**
             * @description The path the part belongs to; the slowest path decides
             * @enum {string}
             */
            path: "availability" | "permit" | "training" | "relocation";
            /** @description Calendar days the part takes */
            days: number;
            /** @description Training hours (training parts only) */
            hours?: number;
            detail: string;
            /** @description The data file and source the figure comes from */
            source: {
                dataset: string;
                title: string;
                url: string;
            };
            /** @description The figure could not be confirmed */
            unverified: boolean;
        };
        /** @description Median and range of the start dates of a ring’s qualified candidates (docs/start-dates.md) */
        StartDateSummary: {
            /** @description Candidates summarised (see `covers`) who have a start date */
            candidates: number;
            median: string | null;
            earliest: string | null;
            latest: string | null;
            unverified: boolean;
            /**
             * @description `all-qualified`: every candidate the ring search kept (all filters passed), not only the top k returned; `returned-matches`: only the returned matches (no start counter wired)
             * @enum {string}
             */
            covers: "all-qualified" | "returned-matches";
        };
        BlindCandidateProfile: {
            /** @enum {string} */
            disclosure: "blind";
            id: string;
            pes: string;
            ring: number;
            country: string;
            region?: string;
            nationalities: string[];
            occupations: {
                isco: string;
                esco?: string;
                yearsExperience: number;
            }[];
            skills: {
                key: string;
                label: string;
                esco?: string;
            }[];
            languages: {
                language: string;
                level: string;
            }[];
            education: {
                iscedLevel: number;
                diplomaCountry?: string;
                diplomaRecognition: string;
            };
            workExperienceYears: number;
            readiness: {
                dutchCourseLevel?: string;
                civicOrientation: string;
                softSkillsTraining: string;
                technicalModules: string[];
            };
            availableFrom?: string;
        };
        IdentifiedCandidateProfile: {
            /** @enum {string} */
            disclosure: "identified";
            id: string;
            pes: string;
            ring: number;
            country: string;
            region?: string;
            nationalities: string[];
            occupations: {
                isco: string;
                esco?: string;
                yearsExperience: number;
            }[];
            skills: {
                key: string;
                label: string;
                esco?: string;
            }[];
            languages: {
                language: string;
                level: string;
            }[];
            education: {
                iscedLevel: number;
                diplomaCountry?: string;
                diplomaRecognition: string;
            };
            workExperienceYears: number;
            readiness: {
                dutchCourseLevel?: string;
                civicOrientation: string;
                softSkillsTraining: string;
                technicalModules: string[];
            };
            availableFrom?: string;
            identity: {
                fullName?: string;
                email?: string;
                phone?: string;
                birthDate?: string;
                summary?: string;
                educationField?: string;
                skillLabels: string[];
            };
        };
        CandidateUpsertResult: {
            /** @enum {string} */
            outcome: "created" | "updated" | "unchanged";
            candidate: components["schemas"]["CandidateProfile"];
        };
        CandidateProfile: {
            residence: {
                /**
                 * @description ISO 3166-1 alpha-2
                 * @enum {string}
                 */
                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /** @enum {string} */
                region?: "BE-VLG" | "BE-BRU" | "BE-WAL";
            } | {
                /** @constant */
                country?: "BE";
            } | {
                country?: unknown;
            };
            nationalities: ("AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW")[];
            /** @default {} */
            personal?: {
                fullName?: string;
                /** Format: email */
                email?: string;
                phone?: string;
                /** Format: date */
                birthDate?: string;
            };
            occupations: {
                isco: string;
                esco?: string;
                yearsExperience: number;
            }[];
            /** @default [] */
            languages?: {
                /**
                 * @description ISO 639-1
                 * @enum {string}
                 */
                language: "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu";
                /** @enum {string} */
                level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            }[];
            education: {
                iscedLevel: number;
                field?: string;
                /**
                 * @description ISO 3166-1 alpha-2
                 * @enum {string}
                 */
                diplomaCountry?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                diplomaRecognition?: "not-needed" | "not-started" | "pending" | "specific-equivalence" | "level-equivalence" | "refused";
            };
            workExperienceYears: number;
            /**
             * @default {
             *       "civicOrientation": "not-started",
             *       "softSkillsTraining": "not-started",
             *       "technicalModules": []
             *     }
             */
            readiness?: {
                /** @enum {string} */
                dutchCourseLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                civicOrientation?: "not-started" | "in-progress" | "completed";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                softSkillsTraining?: "not-started" | "in-progress" | "completed";
                /** @default [] */
                technicalModules?: string[];
            };
            temporaryProtection?: {
                /** Format: date */
                validUntil: string;
            };
            /** Format: date */
            availableFrom?: string;
            noticePeriodWeeks?: number;
            summary?: string;
            consent: {
                matching: boolean;
                /** Format: date-time */
                recordedAt: string;
                sharing?: {
                    employerOrg: string;
                    /** Format: date-time */
                    grantedAt: string;
                    /** Format: date-time */
                    withdrawnAt?: string;
                }[];
            };
            id: string;
            pes: string;
            externalId: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            contentHash: string;
            ring: 1 | 2 | 3 | 4;
            skills: components["schemas"]["ResolvedSkill"][];
            unmappedSkills: string[];
            /** @description When the profile is erased unless the PES uploads it again (its retention period) */
            retainUntil?: string;
        };
        CandidateInput: {
            residence: {
                /**
                 * @description ISO 3166-1 alpha-2
                 * @enum {string}
                 */
                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /** @enum {string} */
                region?: "BE-VLG" | "BE-BRU" | "BE-WAL";
            } | {
                /** @constant */
                country?: "BE";
            } | {
                country?: unknown;
            };
            nationalities: ("AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW")[];
            /** @default {} */
            personal?: {
                fullName?: string;
                /** Format: email */
                email?: string;
                phone?: string;
                /** Format: date */
                birthDate?: string;
            };
            occupations: ({
                /** @description ISCO-08 unit group; may be left out when `esco` names an occupation the taxonomy knows */
                isco?: string;
                /** @description ESCO occupation URI; given alone, the taxonomy supplies its ISCO-08 unit group */
                esco?: string;
                yearsExperience: number;
            } | unknown | unknown)[];
            /** @default [] */
            skills?: ({
                id?: string;
                esco?: string;
                label?: string;
            } | unknown | unknown | unknown)[];
            /** @default [] */
            languages?: {
                /**
                 * @description ISO 639-1
                 * @enum {string}
                 */
                language: "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu";
                /** @enum {string} */
                level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            }[];
            education: {
                iscedLevel: number;
                field?: string;
                /**
                 * @description ISO 3166-1 alpha-2
                 * @enum {string}
                 */
                diplomaCountry?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                diplomaRecognition?: "not-needed" | "not-started" | "pending" | "specific-equivalence" | "level-equivalence" | "refused";
            };
            workExperienceYears: number;
            /**
             * @default {
             *       "civicOrientation": "not-started",
             *       "softSkillsTraining": "not-started",
             *       "technicalModules": []
             *     }
             */
            readiness?: {
                /** @enum {string} */
                dutchCourseLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                civicOrientation?: "not-started" | "in-progress" | "completed";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                softSkillsTraining?: "not-started" | "in-progress" | "completed";
                /** @default [] */
                technicalModules?: string[];
            };
            temporaryProtection?: {
                /** Format: date */
                validUntil: string;
            };
            /** Format: date */
            availableFrom?: string;
            noticePeriodWeeks?: number;
            summary?: string;
            consent: {
                matching: boolean;
                /** Format: date-time */
                recordedAt: string;
                sharing?: {
                    employerOrg: string;
                    /** Format: date-time */
                    grantedAt: string;
                    /** Format: date-time */
                    withdrawnAt?: string;
                }[];
            };
        };
        CandidatePage: {
            items: components["schemas"]["CandidateProfile"][];
            nextCursor?: string;
        };
        BulkReport: {
            importId: string;
            idempotencyKey?: string;
            requestDigest: string;
            totals: components["schemas"]["ImportTotals"];
            rows: components["schemas"]["RowReport"][];
        };
        ImportTotals: {
            rows: number;
            accepted: number;
            rejected: number;
            unchanged: number;
            created: number;
            updated: number;
        };
        RowReport: {
            /** @description The file line the row starts on, 1-based; blank lines, the CSV header and line breaks in quoted CSV cells count */
            row: number;
            externalId?: string;
            /** @enum {string} */
            status: "accepted" | "rejected" | "unchanged";
            /** @enum {string} */
            outcome?: "created" | "updated";
            candidateId?: string;
            version?: number;
            errors?: {
                field: string;
                message: string;
                code?: string;
            }[];
        };
        ImportJob: {
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            /** @enum {string} */
            format: "ndjson" | "csv";
            idempotencyKey?: string;
            requestDigest: string;
            bytes: number;
            createdAt: string;
            startedAt?: string;
            finishedAt?: string;
            progress: {
                rowsProcessed: number;
                chunksDone: number;
                chunkSize: number;
            };
            totals: components["schemas"]["ImportTotals"];
            report: {
                rejectedSample: components["schemas"]["RowReport"][];
                /** @description Every row, NDJSON */
                href: string;
            };
            error?: {
                detail: string;
                errors?: {
                    field: string;
                    message: string;
                    code?: string;
                }[];
            };
        };
        ChangesPage: {
            changes: components["schemas"]["Change"][];
            nextCursor: string;
            hasMore: boolean;
        };
        Change: {
            cursor: string;
            /** @enum {string} */
            type: "candidate" | "vacancy";
            id: string;
            version: number;
            /** @enum {string} */
            op: "upsert" | "delete";
            /** @enum {string} */
            reason?: "erased" | "closed" | "consent-withdrawn";
            changedAt: string;
            /** @description The resource as of the change, in the exchange format (GET /v1/exchange/schema.json); absent for erasures and with details=false */
            detail?: components["schemas"]["ExchangeCandidate"] | components["schemas"]["ExchangeVacancy"];
            superseded?: boolean;
        };
        /** @description One jobseeker profile, keyed by (employment service, externalId). Codes: ISO 3166-1 alpha-2 countries, ISO 3166-2 Belgian regions, ISCO-08 unit groups, ESCO URIs, ISO 639-1 languages with CEFR levels, ISCED 2011 levels. */
        ExchangeCandidate: {
            residence: {
                /**
                 * @description ISO 3166-1 alpha-2
                 * @enum {string}
                 */
                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /** @enum {string} */
                region?: "BE-VLG" | "BE-BRU" | "BE-WAL";
            } | {
                /** @constant */
                country?: "BE";
            } | {
                country?: unknown;
            };
            nationalities: ("AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW")[];
            /** @default {} */
            personal?: {
                fullName?: string;
                /** Format: email */
                email?: string;
                phone?: string;
                /** Format: date */
                birthDate?: string;
            };
            occupations: ({
                /** @description ISCO-08 unit group; may be left out when `esco` names an occupation the taxonomy knows */
                isco?: string;
                /** @description ESCO occupation URI; given alone, the taxonomy supplies its ISCO-08 unit group */
                esco?: string;
                yearsExperience: number;
            } | unknown | unknown)[];
            /** @default [] */
            skills?: ({
                id?: string;
                esco?: string;
                label?: string;
            } | unknown | unknown | unknown)[];
            /** @default [] */
            languages?: {
                /**
                 * @description ISO 639-1
                 * @enum {string}
                 */
                language: "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu";
                /** @enum {string} */
                level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            }[];
            education: {
                iscedLevel: number;
                field?: string;
                /**
                 * @description ISO 3166-1 alpha-2
                 * @enum {string}
                 */
                diplomaCountry?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                diplomaRecognition?: "not-needed" | "not-started" | "pending" | "specific-equivalence" | "level-equivalence" | "refused";
            };
            workExperienceYears: number;
            /**
             * @default {
             *       "civicOrientation": "not-started",
             *       "softSkillsTraining": "not-started",
             *       "technicalModules": []
             *     }
             */
            readiness?: {
                /** @enum {string} */
                dutchCourseLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                civicOrientation?: "not-started" | "in-progress" | "completed";
                /**
                 * @default not-started
                 * @enum {string}
                 */
                softSkillsTraining?: "not-started" | "in-progress" | "completed";
                /** @default [] */
                technicalModules?: string[];
            };
            temporaryProtection?: {
                /** Format: date */
                validUntil: string;
            };
            /** Format: date */
            availableFrom?: string;
            noticePeriodWeeks?: number;
            summary?: string;
            consent: {
                matching: boolean;
                /** Format: date-time */
                recordedAt: string;
                sharing?: {
                    employerOrg: string;
                    /** Format: date-time */
                    grantedAt: string;
                    /** Format: date-time */
                    withdrawnAt?: string;
                }[];
            };
            /** @description The employment service's own id for the jobseeker. */
            externalId: string;
            /** @description Written by exports; ignored on import (a profile of another PES is refused). */
            meta?: {
                /** @enum {string} */
                format: "concentric-exchange/1";
                id: string;
                pes: string;
                version: number;
                createdAt: string;
                updatedAt: string;
                ring: 1 | 2 | 3 | 4;
                unmappedSkills: string[];
            };
        };
        /** @description Vacancy (concentric-exchange/1, public view) */
        ExchangeVacancy: {
            id: string;
            title: string;
            occupation: {
                isco: string;
                esco?: string;
            };
            requiredSkills: {
                id?: string;
                esco?: string;
                label: string;
            }[];
            optionalSkills: {
                id?: string;
                esco?: string;
                label: string;
            }[];
            languages: {
                language: string;
                level: string;
            }[];
            minExperienceYears: number;
            /** @description ISCED 2011 level */
            minEducationLevel?: number;
            workplace: {
                /** @enum {string} */
                country: "BE";
                /** @enum {string} */
                region: "BE-VLG";
                /** @description ISO 3166-2:BE province */
                province: string;
                municipality: string;
                postalCode: string;
            };
            employer: {
                name: string;
                country: string;
            };
            contract: {
                type: string;
                durationMonths?: number;
                hoursPerWeek: number;
                annualGrossSalaryEur: number;
                /** @description Flemish qualification structure (VKS) level */
                qualificationLevel: number;
                startDate?: string;
            };
            openings: number;
            bottleneck: boolean;
            /** @enum {string} */
            status: "open" | "closed";
            createdAt: string;
            updatedAt: string;
        };
        WebhookSubscription: {
            id: string;
            /** @enum {string} */
            ownerRole: "employer" | "pes";
            ownerOrg: string;
            /** @enum {string} */
            kind: "vacancy-matches" | "bottleneck-vacancies";
            url: string;
            vacancyId?: string;
            minScore: number;
            createdAt: string;
        };
        WebhookSubscriptionInput: {
            /** @enum {string} */
            kind: "vacancy-matches";
            /** Format: uri */
            url: string;
            vacancyId: string;
            /** @default 0.5 */
            minScore?: number;
        } | {
            /** @enum {string} */
            kind: "bottleneck-vacancies";
            /** Format: uri */
            url: string;
            /** @default 0.5 */
            minScore?: number;
        };
        WebhookDelivery: {
            id: string;
            subscriptionId: string;
            ownerOrg: string;
            event: ("match.created" | "vacancy.bottleneck") | string;
            /** @description The exact JSON body sent and signed */
            body: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            nextAttemptAt?: string;
            createdAt: string;
            deliveredAt?: string;
            replays: number;
            history: {
                at: string;
                httpStatus?: number;
                error?: string;
                durationMs: number;
            }[];
        };
        ConsentChange: {
            candidateId: string;
            purpose: string;
            granted: boolean;
            changed: boolean;
            consent: {
                matching: boolean;
                recordedAt: string;
                sharing?: {
                    employerOrg: string;
                    grantedAt: string;
                    withdrawnAt?: string;
                }[];
            };
        };
        Occupation: {
            /**
             * @description `isco-unit-group`: an ISCO-08 unit group no loaded occupation is filed under (ILO title)
             * @enum {string}
             */
            kind: "occupation" | "isco-unit-group";
            isco: string;
            /** @description ESCO occupation URI */
            esco?: string;
            /** @description Why no ESCO concept fits this curated entry (it then has no `esco`) */
            escoGap?: string;
            /** @description Preferred label per language (ISO 639-1); an ESCO import adds its other languages */
            labels: {
                en: string;
                nl: string;
                fr: string;
            } & {
                [key: string]: string;
            };
            /** @description Alternative labels per language (ISO 639-1) */
            synonyms?: {
                en: string[];
                nl: string[];
                fr: string[];
            } & {
                [key: string]: string[];
            };
            sector: string;
            essentialSkills: string[];
            optionalSkills: string[];
        };
        Skill: {
            id: string;
            /** @description ESCO skill URI */
            esco?: string;
            /** @description Why no ESCO concept fits this curated entry (it then has no `esco`) */
            escoGap?: string;
            /** @description Preferred label per language (ISO 639-1); an ESCO import adds its other languages */
            labels: {
                en: string;
                nl: string;
                fr: string;
            } & {
                [key: string]: string;
            };
            /** @description Alternative labels per language (ISO 639-1) */
            synonyms: {
                en: string[];
                nl: string[];
                fr: string[];
            } & {
                [key: string]: string[];
            };
            trainingModule?: string;
        };
        SkillCandidate: {
            id: string;
            label: string;
            /** @description ESCO skill URI, when the skill has one */
            esco?: string;
            /** @description The label or synonym it was found by, normalised */
            matched: string;
            score: number;
        };
        SkillInText: {
            id: string;
            label: string;
            /** @description ESCO skill URI, when the skill has one */
            esco?: string;
            mentions: {
                /** @description The passage as written in the text */
                text: string;
                /** @description Offset of its first character (UTF-16 code units) */
                start: number;
                /** @description Offset just past its last character */
                end: number;
            }[];
        };
        Rule: {
            id: string;
            version: string;
            /** @enum {string} */
            severity: "block" | "warn" | "info";
            /** @enum {string} */
            stage: "intake" | "match" | "both";
            title: {
                en: string;
                nl: string;
                fr: string;
            };
            explanation: {
                en: string;
                nl: string;
                fr: string;
            };
            source: {
                title: string;
                url: string;
            };
            reads: string[];
        };
        RuleDecision: {
            ruleId: string;
            ruleVersion: string;
            /** @enum {string} */
            outcome: "pass" | "violation" | "not-applicable";
            /** @enum {string} */
            severity: "block" | "warn" | "info";
            message: {
                en: string;
                nl: string;
                fr: string;
            };
            source: {
                title: string;
                url: string;
            };
            fields: string[];
            inputsDigest: string;
        };
        InsightTension: {
            asOf: string;
            level: number;
            minScore: number;
            groups: {
                group: string;
                title: string | null;
                vacancies: number;
                openings: number;
                bottleneckVacancies: number;
                bottleneckOpenings: number;
                /** @description Qualified candidates, all rings */
                candidates: number;
                /** @description Qualified candidates per opening */
                tension: number;
                flandersFillableOpenings: number;
                flandersFillShare: number;
                rings: {
                    ring: number;
                    name: string;
                    candidates: number;
                    tension: number;
                    countries: {
                        country: string;
                        candidates: number;
                    }[];
                }[];
            }[];
            totals: {
                vacancies: number;
                openings: number;
                flandersFillableOpenings: number;
                flandersFillShare: number;
            };
        };
        InsightSourcingPlan: {
            year: number;
            asOf: string;
            minScore: number;
            list: {
                year: number;
                officialCount: number;
                mappedOccupations: number;
                carriedForward: boolean;
                unverified: boolean;
            };
            /** @description The start windows of the ring plans and whether their figures are verified */
            startWindows: {
                /** @description The windows every ring plan counts in */
                windows: {
                    /** @description Months from `asOf` */
                    months: number;
                    /** @description Last start date inside the window */
                    by: string;
                }[];
                /** @description Some processing time or training figure the start dates rest on is unverified */
                unverified: boolean;
            };
            occupations: {
                isco: string;
                title: {
                    en: string;
                    nl: string;
                };
                listUnverified: boolean;
                health: boolean;
                regulated: boolean;
                demand: {
                    vacancies: number;
                    openings: number;
                };
                tension: number | null;
                routes: {
                    route: string;
                    ruleId: string;
                    /** @enum {string} */
                    status: "open" | "possible" | "closed";
                    vacancies: number;
                    reason: string;
                }[];
                thirdCountryRoute: boolean;
                rings: {
                    ring: number;
                    name: string;
                    source: boolean;
                    /** @enum {string} */
                    reason: "always-searched" | "parallel-search" | "free-movement" | "partner-countries" | "no-partner-country";
                    candidates: number;
                    reachableCandidates: number;
                    countries: {
                        country: string;
                        candidates: number;
                        recommended: boolean;
                        /** @enum {string} */
                        reason: "home-region" | "free-movement" | "partner-agreement" | "who-safeguard" | "no-agreement" | "no-permit-route";
                        agreements: string[];
                    }[];
                    trainingGaps: {
                        key: string;
                        /** @enum {string} */
                        kind: "technical-module" | "skill";
                        label: string;
                        candidates: number;
                        share: number;
                    }[];
                    /** @description Reachable qualified candidates of the ring who could start within 1, 3, 6 and 12 months of `asOf` in at least one open vacancy of the occupation (earliest start: docs/start-dates.md); null when the occupation has no open vacancy */
                    startWindows: components["schemas"]["StartWindow"][] | null;
                }[];
                sources: {
                    ring: number;
                    country: string | null;
                    candidates: number;
                }[];
            }[];
        };
        /** @description Qualified candidates who could start within a window */
        StartWindow: {
            /** @description Window length in months from `asOf` */
            months: number;
            /** @description Last start date inside the window (ISO date) */
            by: string;
            /** @description Reachable qualified candidates of the ring who could start on or before `by` */
            candidates: number;
        };
        AuditRecord: {
            id: string;
            at: string;
            actor: {
                /** @enum {string} */
                kind: "caller" | "system";
                role?: string;
                org: string;
                subject: string;
            };
            /** @enum {string} */
            action: "candidate.read" | "candidate.list" | "candidate.created" | "candidate.updated" | "candidate.erased" | "candidate.expired" | "candidate.consent.granted" | "candidate.consent.withdrawn" | "candidate.profile.blind" | "candidate.profile.revealed" | "vacancy.intake" | "match.ranked";
            subject: {
                /** @enum {string} */
                kind: "candidate" | "vacancy" | "candidate-list";
                id: string;
                owner: string;
            };
            outcome?: string;
            purpose?: string;
            reason?: string;
            vacancyId?: string;
            candidateIds?: string[];
            ring?: number;
            exclusions?: {
                [key: string]: number;
            };
            decisions?: {
                ruleId: string;
                ruleVersion: string;
                outcome: string;
                severity: string;
                inputsDigest: string;
            }[];
            pairs?: {
                candidateId: string;
                blocked: boolean;
                decisionsDigest: string;
            }[];
        };
        /** @description A JSON Schema document (draft 2020-12) with its definitions */
        JsonSchemaDocument: {
            /** @constant */
            $schema: "https://json-schema.org/draft/2020-12/schema";
            $id: string;
            title?: string;
            description?: string;
            $ref?: string;
            $defs: {
                [key: string]: components["schemas"]["JsonSchemaNode"];
            };
        };
        /** @description A JSON Schema (draft 2020-12) node */
        JsonSchemaNode: {
            $ref?: string;
            type?: string | string[];
            title?: string;
            description?: string;
            properties?: {
                [key: string]: components["schemas"]["JsonSchemaNode"];
            };
            required?: string[];
            items?: components["schemas"]["JsonSchemaNode"];
            anyOf?: components["schemas"]["JsonSchemaNode"][];
            oneOf?: components["schemas"]["JsonSchemaNode"][];
            allOf?: components["schemas"]["JsonSchemaNode"][];
            enum?: (string | number | boolean | null)[];
            const?: string | number | boolean | null;
            pattern?: string;
            format?: string;
            minimum?: number;
            maximum?: number;
            minLength?: number;
            maxLength?: number;
            minItems?: number;
            maxItems?: number;
            additionalProperties?: boolean | components["schemas"]["JsonSchemaNode"];
        };
    };
    responses: never;
    parameters: {
        /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header); a UUID, say. The same key and body within 24 h replay the first answer and create nothing; another body gets 422, a retry while the first runs 409. Keys are per caller; a failed request keeps none. */
        IdempotencyKey: string;
        /** @description The ETag you last read (RFC 9110 §13.1.1); required: without it the answer is 428, with a stale one 412 */
        IfMatchRequired: string;
        /** @description The ETag you last read; when sent, a stale one is refused with 412 */
        IfMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description The id of this request, on every response; problem bodies carry it as `requestId`. Quote it when reporting a problem. */
        "X-Request-Id": string;
        /** @description Version tag of the resource (RFC 9110 §8.8.3); send it back as `If-Match` to change the resource. */
        ETag: string;
        /** @description Where the created resource (or the job) can be read. */
        Location: string;
        /** @description Seconds to wait before trying again (RFC 9110 §10.2.3). */
        "Retry-After": number;
        /** @description The caller's quota: requests allowed in a burst (the size of its token bucket; IETF draft-ietf-httpapi-ratelimit-headers). */
        "RateLimit-Limit": number;
        /** @description Requests the caller may still make now (0 on a 429). */
        "RateLimit-Remaining": number;
        /** @description Seconds until the next request is allowed again. */
        "RateLimit-Reset": number;
        /** @description `true`: the stored first answer to a retry with the same `Idempotency-Key`. */
        "Idempotent-Replayed": "true";
        /** @description The authentication challenge of a 401 (RFC 6750 §3): a bearer token is needed. */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
