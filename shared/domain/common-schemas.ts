import * as z from 'zod';
import { CEFR_LEVELS, LANGUAGE_CODES } from './codes.js';
import { COUNTRY_CODES, isCountryCode } from './countries.js';

/*
 * The code lists are checked by a refinement (for the message) and published as an `enum` in
 * the OpenAPI document (a refinement is invisible there), so the contract names exactly the
 * codes the API accepts.
 */
export const CountryCodeSchema = z
  .string()
  .refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 country code (e.g. BE, MA)' })
  .meta({ description: 'ISO 3166-1 alpha-2', enum: [...COUNTRY_CODES] });

export const LanguageCodeSchema = z
  .string()
  .refine((code) => LANGUAGE_CODES.has(code), { message: 'must be an ISO 639-1 language code (e.g. nl)' })
  .meta({ description: 'ISO 639-1', enum: [...LANGUAGE_CODES] });

export const CefrLevelSchema = z.enum(CEFR_LEVELS);

export const LanguageLevelSchema = z
  .object({ language: LanguageCodeSchema, level: CefrLevelSchema })
  .strict();
export type LanguageLevel = z.infer<typeof LanguageLevelSchema>;

export const IsoDateSchema = z.iso.date();

/** Rejects a list that names the same key twice, pointing at the repeated entry. */
export function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k))
        ctx.addIssue({ code: 'custom', message: `${what} ${k} is listed twice`, path: [index] });
      seen.add(k);
    });
  };
}
