import * as z from 'zod';
import { CEFR_LEVELS, LANGUAGE_CODES } from './codes.js';
import { isCountryCode } from './countries.js';

export const CountryCodeSchema = z
  .string()
  .refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 country code (e.g. BE, MA)' });

export const LanguageCodeSchema = z
  .string()
  .refine((code) => LANGUAGE_CODES.has(code), { message: 'must be an ISO 639-1 language code (e.g. nl)' });

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
