/** Standard code lists the API speaks: CEFR, ISO 639-1, ISCED 2011. */

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** CEFR as an ordinal: A1 = 1 … C2 = 6; 0 means no knowledge of the language. */
export function cefrOrdinal(level: CefrLevel | undefined): number {
  return level ? CEFR_LEVELS.indexOf(level) + 1 : 0;
}

export function cefrFromOrdinal(ordinal: number): CefrLevel | undefined {
  return CEFR_LEVELS[ordinal - 1];
}

/** ISO 639-1 two-letter language codes. */
export const LANGUAGE_CODES = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ' +
    'ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik ' +
    'io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml ' +
    'mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd ' +
    'se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi ' +
    'vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/** Languages the API explains itself in. */
export const EXPLANATION_LOCALES = ['en', 'nl', 'fr'] as const;
export type Locale = (typeof EXPLANATION_LOCALES)[number];

/** ISCED 2011 levels 0 (early childhood) … 8 (doctoral). */
export const ISCED_MIN = 0;
export const ISCED_MAX = 8;

/** Flemish qualification structure (VKS) levels 1 … 8. */
export const VKS_MIN = 1;
export const VKS_MAX = 8;
