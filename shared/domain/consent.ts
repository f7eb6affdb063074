import * as z from 'zod';

/**
 * A candidate's consents, per purpose (GDPR art. 6(1)(a), 7):
 * - `matching`: to be matched against vacancies at all (the search document carries it, so a
 *   withdrawal removes the candidate from every match at once);
 * - `share-with-employer:<org>`: to show that employer the identified profile (name, contact,
 *   birth date, free text). Without it an employer sees the pseudonymous (blind) profile only.
 *
 * Sharing consents are kept as history: a withdrawal stamps `withdrawnAt` on the grant, and a
 * later grant is a new entry, so the record shows what was allowed when.
 */

export const ORG_ID_PATTERN = /^[A-Za-z0-9._-]{2,64}$/;

const Timestamp = z.iso.datetime({ offset: true });

export const SharingConsentSchema = z
  .object({
    /** The employer organisation that may see the identified profile. */
    employerOrg: z.string().regex(ORG_ID_PATTERN, 'must be an organisation id'),
    grantedAt: Timestamp,
    /** Set when withdrawn; a withdrawn grant never counts again. */
    withdrawnAt: Timestamp.optional(),
  })
  .strict()
  .superRefine((grant, ctx) => {
    if (grant.withdrawnAt && Date.parse(grant.withdrawnAt) < Date.parse(grant.grantedAt)) {
      ctx.addIssue({ code: 'custom', path: ['withdrawnAt'], message: 'must not be before grantedAt' });
    }
  });
export type SharingConsent = z.infer<typeof SharingConsentSchema>;

export const ConsentSchema = z
  .object({
    /** The candidate agreed to be matched against vacancies. Without it, never matched. */
    matching: z.boolean(),
    /** When the candidate gave this statement; the newest statement wins (see `newerConsent`). */
    recordedAt: Timestamp,
    /** Consents to share the identified profile, per employer, with their history. */
    sharing: z.array(SharingConsentSchema).max(200).optional(),
  })
  .strict();
export type Consent = z.infer<typeof ConsentSchema>;

export type ConsentPurpose =
  | { readonly kind: 'matching' }
  | { readonly kind: 'share-with-employer'; readonly employerOrg: string };

export const CONSENT_PURPOSE_PATTERN = /^(matching|share-with-employer:[A-Za-z0-9._-]{2,64})$/;

export function parsePurpose(text: string): ConsentPurpose | undefined {
  if (text === 'matching') return { kind: 'matching' };
  const prefix = 'share-with-employer:';
  if (text.startsWith(prefix)) {
    const employerOrg = text.slice(prefix.length);
    if (ORG_ID_PATTERN.test(employerOrg)) return { kind: 'share-with-employer', employerOrg };
  }
  return undefined;
}

export function purposeText(purpose: ConsentPurpose): string {
  return purpose.kind === 'matching' ? 'matching' : `share-with-employer:${purpose.employerOrg}`;
}

const isActive = (grant: SharingConsent, employerOrg: string) =>
  grant.employerOrg === employerOrg && grant.withdrawnAt === undefined;

/** Whether the candidate currently lets this employer see the identified profile. */
export function sharesWith(consent: Consent, employerOrg: string): boolean {
  return (consent.sharing ?? []).some((grant) => isActive(grant, employerOrg));
}

export function isGranted(consent: Consent, purpose: ConsentPurpose): boolean {
  return purpose.kind === 'matching' ? consent.matching : sharesWith(consent, purpose.employerOrg);
}

/** The consent with the purpose granted now; the same object when it already was. */
export function grantConsent(consent: Consent, purpose: ConsentPurpose, now: string): Consent {
  if (isGranted(consent, purpose)) return consent;
  if (purpose.kind === 'matching') return { ...consent, matching: true, recordedAt: now };
  return {
    ...consent,
    recordedAt: now,
    sharing: [...(consent.sharing ?? []), { employerOrg: purpose.employerOrg, grantedAt: now }],
  };
}

/** The consent with the purpose withdrawn now; the same object when it was not granted. */
export function withdrawConsent(consent: Consent, purpose: ConsentPurpose, now: string): Consent {
  if (!isGranted(consent, purpose)) return consent;
  if (purpose.kind === 'matching') return { ...consent, matching: false, recordedAt: now };
  return {
    ...consent,
    recordedAt: now,
    sharing: (consent.sharing ?? []).map((grant) =>
      isActive(grant, purpose.employerOrg) ? { ...grant, withdrawnAt: now } : grant,
    ),
  };
}

/**
 * Consent arrives two ways: in a profile upload and through the consent resource. The statement
 * recorded last wins, by when the candidate gave it, not by when it arrived: a retried or late
 * upload carrying an older statement can never undo a withdrawal made since.
 */
export function newerConsent(stored: Consent | undefined, uploaded: Consent): Consent {
  if (!stored) return uploaded;
  return Date.parse(uploaded.recordedAt) > Date.parse(stored.recordedAt) ? uploaded : stored;
}
