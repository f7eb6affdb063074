/**
 * Wording that the worker's documents are held (FR-08; ILO general principle 11) or that leaving
 * costs them (FR-09; general principle 12), in English, Dutch and French, on folded text. These
 * only warn: a declaration decides, the wording is a hint for the employer to check.
 */

export const CONDUCT_KINDS = ['identity-document', 'exit-penalty'] as const;
export type ConductKind = (typeof CONDUCT_KINDS)[number];

const rx = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'g');

// ── Identity documents held by the employer (FR-08; ILO general principle 11) ─────────────────
const IDENTITY_DOCUMENT = rx(
  // Not when the worker is the subject ("you keep your passport").
  "(?<!\\b(?:you|workers?|employees?|candidates?|they)\\s(?:\\w+\\s)?)\\b(?:keep|keeps|hold|holds|retain|retains|confiscate|confiscates|store|stores|safeguard|safekeep|take|takes|collect|collects)\\s+(?:your\\s+|the\\s+|their\\s+|all\\s+|workers'?\\s+|employees'?\\s+|candidates'?\\s+)?(?:passports?|identity\\s+(?:cards?|documents?|papers)|id\\s+(?:cards?|documents?)|residence\\s+(?:permits?|cards?)|travel\\s+documents?)\\b",
  '\\b(?:passports?|identity\\s+(?:cards?|documents?)|id\\s+cards?)\\s+(?:will\\s+be\\s+|are\\s+|is\\s+|must\\s+be\\s+)?(?:kept|held|retained|confiscated|stored|handed\\s+over|surrendered|deposited)\\b',
  '\\bsurrender\\s+(?:your\\s+|their\\s+)?passports?\\b',
  '\\b(?:paspoort|paspoorten|identiteitskaart|identiteitskaarten|identiteitsdocumenten|identiteitsbewijs|verblijfsvergunning|verblijfskaart|reisdocumenten)\\s+(?:wordt|worden|blijft|blijven)\\s+(?:bijgehouden|bewaard|ingehouden|afgenomen|in\\s+bewaring)\\b',
  '\\b(?:bewaren|houden|nemen)\\s+(?:je|jouw|uw|het|de)\\s+(?:paspoort|identiteitskaart|verblijfsvergunning|identiteitsdocumenten)\\b',
  '\\b(?:paspoort|identiteitskaart)\\s+(?:in\\s+bewaring|afgeven|inleveren)\\b',
  "\\b(?:conserver|conservons|conserve|garder|gardons|garde|retenir|retenons|confisquer|confisquons|confisque)\\s+(?:votre|vos|le|les|leur|leurs)\\s+(?:passeports?|cartes?\\s+d'\\s?identite|papiers|documents\\s+d'\\s?identite|titres?\\s+de\\s+sejour)\\b",
  "\\b(?:passeports?|papiers|documents\\s+d'\\s?identite)\\s+(?:sera|seront|est|sont)\\s+(?:conserves?|gardes?|retenus?|confisques?)\\b",
  '\\bremettre\\s+(?:votre|son|leur)\\s+passeport\\b',
);

// ── Exit penalties and clawbacks (FR-09; ILO general principle 12) ────────────────────────────
const EXIT_PENALTY = rx(
  '\\b(?:penalty|penalties|fine|fines|fee)\\s+(?:for|if|upon|on|in\\s+case\\s+of)\\s+(?:early\\s+)?(?:resign\\w*|leaving|quitting|termination|terminating|breaking|breach|departure)\\b',
  '\\bearly\\s+(?:termination|exit|departure|leaving)\\s+(?:fees?|penalt(?:y|ies)|charges?)\\b',
  '\\bclaw-?backs?\\b',
  '\\bclaw\\s+back\\b',
  '\\b(?:you|the\\s+worker|the\\s+employee|the\\s+candidate|workers|employees)\\s+(?:must|will\\s+have\\s+to|have\\s+to|has\\s+to|shall)\\s+(?:repay|pay\\s+back|reimburse)\\b',
  '\\b(?:if|when|should)\\s+(?:you|the\\s+worker|the\\s+employee|the\\s+candidate)\\s+(?:leave|leaves|resign|resigns|quit|quits)\\b[^.]{0,60}?\\b(?:repay|pay\\s+back|reimburse|penalty|fine)\\b',
  '\\b(?:boete|schadevergoeding|sanctie)\\s+(?:bij|als|indien)\\s+(?:vroegtijdig\\s+)?(?:ontslag|vertrek|opzeg\\w*|vertrekken|stoppen)\\b',
  '\\b(?:terugbetalingsclausule|scholingsbeding|opleidingsbeding)\\b',
  '\\b(?:opleidingskosten|kosten|rekruteringskosten|reiskosten)\\s+terug(?:betalen|storten)\\s+(?:bij|als|indien)\\b',
  '\\b(?:als|indien|wanneer)\\s+(?:je|u|de\\s+werknemer)\\s+(?:vertrekt|ontslag\\s+neemt|stopt|opzegt)\\b[^.]{0,60}?\\b(?:terugbetalen|boete)\\b',
  '\\b(?:penalite|penalites|amende|indemnite)\\s+(?:de|en\\s+cas\\s+de|pour)\\s+(?:demission|depart|rupture)\\b',
  '\\bclause\\s+de\\s+(?:remboursement|dedit)\\b',
  '\\bdedit-formation\\b',
  '\\brembourser\\s+(?:les\\s+|vos\\s+|tous\\s+les\\s+)?(?:frais|couts)\\s+(?:de\\s+)?(?:formation|recrutement|voyage|visa|placement)\\b',
  '\\b(?:si|en\\s+cas\\s+de)\\s+(?:vous\\s+)?(?:demission|demissionnez|quittez|depart)\\b[^.]{0,60}?\\b(?:rembourser|penalite|amende)\\b',
);

export const CONDUCT_PATTERNS: readonly { readonly kind: ConductKind; readonly re: RegExp }[] = [
  { kind: 'identity-document', re: IDENTITY_DOCUMENT },
  { kind: 'exit-penalty', re: EXIT_PENALTY },
];
