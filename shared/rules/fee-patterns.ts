/**
 * Phrase patterns for free-text fee detection (BE-01; also FR-03, FR-04, FR-08, FR-09 hints),
 * in English, Dutch and French. Patterns run on folded text (lower case, diacritics removed,
 * typographic apostrophes made plain), so `frais d’inscription` and `FRAIS D'INSCRIPTION` read the same.
 *
 * - Strong patterns name something a worker must never pay (a placement fee) or must never face
 *   (a deposit, a passport kept): found unless negated or stated as employer-paid.
 * - Weak patterns name a cost that is fine when the employer pays it (a visa, a flight): found
 *   only when the text says the worker pays.
 */

export const FEE_FINDING_KINDS = [
  'recruitment-fee',
  'related-cost',
  'deposit',
  'wage-deduction',
  'identity-document',
  'exit-penalty',
] as const;
export type FeeFindingKind = (typeof FEE_FINDING_KINDS)[number];

export interface PhrasePattern {
  readonly kind: FeeFindingKind;
  /** Needs an explicit worker-as-payer statement in the clause to count. */
  readonly weak?: boolean;
  readonly re: RegExp;
}

const alt = (...parts: string[]): string => parts.join('|');
const rx = (...parts: string[]): RegExp => new RegExp(alt(...parts), 'g');

// ── Recruitment fees (BE-01: law of 30 April 1999, art. 12/3; ILO general principle 7) ──────────
const FEE_MODIFIERS_EN =
  'placement|recruitment|recruiting|registration|application|processing|agency|job|enrol?ment|sign-?up|booking|' +
  'selection|matching|intermediation|brokerage|broker|employment|sponsorship|onboarding|screening|membership|' +
  "introduction|finder'?s|success|reservation|interview|assessment|service|training|course|tuition|admin(?:istration|istrative)?";
const WORKER_NOUNS_EN = 'candidates?|applicants?|workers?|jobseekers?|job\\s+seekers?|employees?|recruits?';
const WORKER_NOUNS_NL = 'kandidaten|kandidaat|werknemers?|werkzoekenden?|sollicitanten|sollicitant';
const WORKER_NOUNS_FR =
  'candidats?|candidates?|travailleurs?|travailleuses?|salaries?|salariees?|demandeurs?|employes?';

const FEE_EN = rx(
  `\\b(?:${FEE_MODIFIERS_EN})\\s+(?:fees?|charges?)\\b`,
  '\\b(?:placement|recruitment|registration|agency|intermediation|brokerage|selection|matching|sponsorship)\\s+(?:costs?|payments?|commissions?)\\b',
  '\\bfees?\\s+(?:for|to\\s+get|to\\s+obtain|to\\s+secure)\\s+(?:the|a|this|your)\\s+(?:job|position|placement|contract|offer|job\\s+offer|work\\s+permit|visa|vacancy|interview)\\b',
  `\\b(?:fees?|costs?|charges?)\\s+(?:for|to)\\s+(?:the\\s+)?(?:${WORKER_NOUNS_EN})\\b`,
  '\\bfees?\\s+of\\s+(?:eur|€|usd|\\$|\\d)',
  '(?:\\beur|€|\\busd|\\$)\\s?\\d[\\d.,]*\\s*fees?\\b',
  '\\b\\d[\\d.,]*\\s*(?:eur|euros?|€|usd|\\$)\\s+fees?\\b',
  '\\bpay\\s+(?:us\\s+|the\\s+agency\\s+|the\\s+recruiter\\s+)?(?:to|for)\\s+(?:get\\s+|obtain\\s+|secure\\s+|receive\\s+)?(?:the|a|this|your)\\s+(?:job|position|placement|contract|job\\s+offer|work\\s+permit)\\b',
  '\\b(?:up-?front|advance)\\s+(?:payment|fees?)\\b',
  '\\b(?:commission|kickback)\\s+(?:fee|of|on|from|payable)\\b',
  '\\b(?:pay|take|takes|charge|charges)\\s+(?:a\\s+)?commission\\b',
  '\\b(?:personal|own)\\s+contribution\\b',
);

const FEE_NL = rx(
  '\\b(?:inschrijvings|inschrijf|bemiddelings|plaatsings|rekruterings|wervings|selectie|dossier|aanmeldings|registratie|administratie|begeleidings|matching|recruitment|opleidings|cursus|taalcursus)(?:geld|kosten|kost|vergoeding|fee|bijdrage|premie|recht)\\b',
  '\\beigen\\s+bijdrage\\b',
  `\\b(?:kosten|kost|vergoeding|bijdrage)\\s+voor\\s+(?:de\\s+)?(?:${WORKER_NOUNS_NL})\\b`,
  '\\bbetalen\\s+(?:om|voor)\\s+(?:de|een|deze|je|jouw|uw)\\s+(?:job|baan|plaats|contract|arbeidskaart|werkvergunning|vacature)\\b',
  '\\b(?:commissie|provisie)\\s+(?:op|van\\s+(?:\\d|eur|€))',
);

const FEE_FR = rx(
  "\\bfrais\\s+(?:de\\s+|d'\\s?)(?:dossier|placement|inscription|recrutement|agence|service|traitement|selection|mise\\s+en\\s+relation|intermediation|candidature|gestion|adhesion|courtage|formation|cours|parrainage|prospection)\\b",
  '\\bfrais\\s+administratifs\\b',
  "\\bdroits?\\s+d'\\s?inscription\\b",
  "\\b(?:honoraires|commission|remuneration)\\s+de\\s+(?:placement|recrutement|l'\\s?agence|mise\\s+en\\s+relation)\\b",
  '\\bcommission\\s+(?:de\\s+\\d|sur\\s+(?:votre|le|son)\\s+salaire)',
  '\\bpayer\\s+pour\\s+(?:obtenir\\s+)?(?:le|un|ce|votre)\\s+(?:poste|emploi|travail|contrat|visa)\\b',
  '\\b(?:participation|contribution)\\s+(?:aux\\s+frais|personnelle|financiere)\\b',
  `\\bfrais\\s+(?:pour|a\\s+la\\s+charge\\s+d[ue])\\s+(?:le\\s+|la\\s+|les\\s+)?(?:${WORKER_NOUNS_FR})\\b`,
);

// ── Related costs (FR-02 categories): fine when the employer pays, found when the worker does ──
const RELATED_COST = rx(
  '\\b(?:visa|work\\s+permit|permit|passport|flights?|air\\s?fare|plane\\s+tickets?|airline\\s+tickets?|tickets?|travel|transport|relocation|moving|' +
    'medical\\s+(?:exam(?:ination)?s?|check-?ups?|tests?)|health\\s+checks?|vaccinations?|vaccines?|insurance|language\\s+(?:course|classes|training)|' +
    'training|courses?|accommodation|housing|lodging|legali[sz]ation|translations?|background\\s+checks?|criminal\\s+record|diploma\\s+recognition|' +
    'naric|uniforms?|equipment|tools|skills?\\s+tests?|trade\\s+tests?)(?:\\s+(?:costs?|fees?|expenses?|charges?))?\\b',
  '\\b(?:visum(?:kosten)?|arbeidskaart|werkvergunning|paspoort|vliegtuigticket|vliegticket|vlucht|reiskosten|reis|verhuiskosten|verhuis|' +
    'medische\\s+(?:keuring|onderzoeken?|test)|vaccinaties?|verzekering|taalcursus|taallessen|opleiding|cursus|huisvesting|logies|verblijfskosten|' +
    'legalisatie|vertalingen?|vertaalkosten|uittreksel\\s+(?:uit\\s+het\\s+)?strafregister|diplomaerkenning|erkenning|uitrusting|werkkledij|gereedschap)\\b',
  "\\b(?:frais\\s+de\\s+visa|visa|permis\\s+de\\s+travail|passeport|billets?\\s+d'\\s?avion|frais\\s+de\\s+voyage|voyage|frais\\s+de\\s+demenagement|demenagement|" +
    'examens?\\s+medica(?:l|ux)|visite\\s+medicale|vaccins?|assurance|cours\\s+de\\s+(?:langue|neerlandais|francais)|formation|logement|hebergement|' +
    'legalisation|traductions?|casier\\s+judiciaire|reconnaissance\\s+(?:du\\s+)?diplome|equivalence|equipement|outils|tenue\\s+de\\s+travail)\\b',
);

// ── Deposits, bonds and training loans (FR-03) ────────────────────────────────────────────────
const DEPOSIT = rx(
  '(?<!\\b(?:direct|rental|rent|bank)\\s)\\bdeposits?\\b',
  '\\b(?:security|performance|training|employment|loyalty|surety)\\s+bonds?\\b',
  '\\bbonds?\\s+of\\s+(?:eur|€|\\d)',
  '\\b(?:post|pay|sign)\\s+a\\s+bond\\b',
  '\\btraining\\s+loans?\\b',
  '\\bloans?\\s+(?:for|to\\s+cover)\\s+(?:the\\s+|your\\s+)?(?:training|recruitment|travel|visa|placement)\\b',
  '\\bguarantee\\s+(?:payment|sum|amount|fee|money)\\b',
  '\\bcollateral\\b',
  '\\b(?:waarborg(?:som)?|borg(?:som|stelling)?|garantiesom|onderpand)\\b',
  '\\b(?:opleidingslening|studielening)\\b',
  '\\blening\\s+voor\\s+(?:de\\s+|je\\s+|uw\\s+)?(?:opleiding|reis|visum|rekrutering)\\b',
  '\\bdepot\\s+de\\s+garantie\\b',
  "\\bcaution\\s+(?:de\\s+\\d|d'\\s?un|financiere|bancaire|a\\s+verser)",
  '\\b(?:verser|versez|une)\\s+caution\\b',
  '\\bcautionnement\\b',
  '\\b(?:garantie\\s+financiere|somme\\s+de\\s+garantie)\\b',
  "\\bpret\\s+(?:de\\s+formation|d'\\s?etudes|pour\\s+(?:la\\s+|votre\\s+)?formation)\\b",
);

// ── Wage deductions to recover costs (FR-04; ILO C95 art. 9) ──────────────────────────────────
const WAGE_DEDUCTION = rx(
  "\\b(?:deducted|withheld|recovered|taken)\\s+from\\s+(?:your\\s+|the\\s+|their\\s+|his\\s+|her\\s+|the\\s+worker'?s\\s+)?(?:salary|salaries|wages?|pay|paycheck|payslip|earnings)\\b",
  '\\b(?:salary|wage|payroll)\\s+deductions?\\b',
  '\\b(?:ingehouden|afgehouden|afgetrokken|verrekend)\\s+(?:op|van|met)\\s+(?:je\\s+|jouw\\s+|uw\\s+|het\\s+|de\\s+)?(?:loon|salaris|wedde|loonbrief)\\b',
  '\\b(?:inhoudingen?\\s+op\\s+(?:het\\s+|je\\s+|uw\\s+)?loon|loonsinhoudingen?|looninhoudingen?)\\b',
  '\\b(?:retenu|retenue|retenus|retenues|preleve|prelevee|preleves|prelevees|deduit|deduite|deduits|deduites)\\s+(?:sur|de|du)\\s+(?:votre\\s+|le\\s+|son\\s+|leur\\s+)?(?:salaire|remuneration|paie)\\b',
  '\\bretenues?\\s+sur\\s+(?:le\\s+)?salaire\\b',
);

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

/** Strong patterns first: where a weak and a strong pattern overlap, the strong one is kept. */
export const PHRASE_PATTERNS: readonly PhrasePattern[] = [
  { kind: 'recruitment-fee', re: FEE_EN },
  { kind: 'recruitment-fee', re: FEE_NL },
  { kind: 'recruitment-fee', re: FEE_FR },
  { kind: 'deposit', re: DEPOSIT },
  { kind: 'wage-deduction', re: WAGE_DEDUCTION },
  { kind: 'identity-document', re: IDENTITY_DOCUMENT },
  { kind: 'exit-penalty', re: EXIT_PENALTY },
  { kind: 'related-cost', weak: true, re: RELATED_COST },
];

/** The employer (or nobody) pays: neutralises a match in the same comma-delimited part of a clause. */
export const EMPLOYER_PAYS = new RegExp(
  alt(
    '\\b(?:paid|covered|borne|reimbursed|refunded|funded|financed|met|sponsored|taken\\s+care\\s+of|handled|provided)\\s+(?:in\\s+full\\s+)?(?:for\\s+)?by\\s+(?:the\\s+|your\\s+|our\\s+)?(?:employer|company|client|hiring\\s+company|organi[sz]ation|firm|us|host\\s+company)\\b',
    '\\b(?:the\\s+employer|the\\s+company|our\\s+company|the\\s+client|the\\s+hiring\\s+company)\\b[^,]{0,30}?\\b(?:pay|pays|paid|cover|covers|covered|bear|bears|reimburse|reimburses|refund|refunds|fund|funds|take\\s+care|takes\\s+care|handle|handles|organi[sz]es?|arranges?|provides?)\\b',
    "\\b(?:we|we'll|we\\s+will|we\\s+fully)\\s+(?:pay|cover|bear|reimburse|refund|fund|take\\s+care\\s+of|handle|arrange)\\b",
    "\\bat\\s+(?:the\\s+)?(?:employer|company)'?s?\\s+(?:own\\s+)?(?:expense|cost|charge)\\b",
    '\\bat\\s+our\\s+(?:own\\s+)?(?:expense|cost)\\b',
    '\\bfree\\s+of\\s+charge\\b|\\bat\\s+no\\s+(?:cost|charge)\\b|\\bcost-?free\\b',
    `\\bno\\s+cost\\s+to\\s+(?:you|the\\s+candidate|the\\s+worker|${WORKER_NOUNS_EN})\\b`,
    '\\bfully\\s+(?:reimbursed|refunded|covered|paid|funded)\\b|\\bemployer-(?:paid|funded)\\b',
    '\\b(?:betaald|gedragen|vergoed|terugbetaald|gefinancierd|gedekt|geregeld|voorzien)\\s+door\\s+(?:de\\s+|het\\s+|ons\\s+)?(?:werkgever|onderneming|bedrijf|firma|ons|klant)\\b',
    '\\b(?:de\\s+werkgever|het\\s+bedrijf|de\\s+onderneming|de\\s+firma)\\b[^,]{0,30}?\\b(?:betaalt|betalen|draagt|vergoedt|neemt|financiert|regelt|voorziet)\\b',
    '\\b(?:wij|we)\\s+(?:betalen|vergoeden|dragen|nemen|financieren|regelen)\\b|\\b(?:betalen|vergoeden|dragen|financieren|regelen)\\s+(?:wij|we)\\b',
    '\\b(?:ten\\s+laste|voor\\s+rekening|op\\s+kosten)\\s+van\\s+(?:de\\s+|het\\s+)?(?:werkgever|onderneming|bedrijf)\\b',
    '\\bgratis\\b|\\bkosteloos\\b|\\bvolledig\\s+(?:terugbetaald|vergoed|betaald)\\b',
    '\\bpris(?:e|es)?\\s+en\\s+charge\\b',
    "\\b(?:a\\s+la\\s+charge|aux\\s+frais)\\s+de\\s+l'\\s?(?:employeur|entreprise)\\b",
    "\\b(?:paye|payes|payee|payees|rembourse|rembourses|remboursee|remboursees|finance|finances|financee|couvert|couverts|couverte|supporte|supportes)\\s+(?:integralement\\s+)?par\\s+(?:l'\\s?employeur|l'\\s?entreprise|nous|la\\s+societe|le\\s+client)\\b",
    "\\b(?:l'\\s?employeur|l'\\s?entreprise|la\\s+societe)\\b[^,]{0,30}?\\b(?:paie|paye|prend\\s+en\\s+charge|rembourse|finance|supporte|couvre|assume)\\b",
    '\\bnous\\s+(?:payons|prenons\\s+en\\s+charge|remboursons|financons|supportons|couvrons|offrons)\\b',
    '\\bgratuit(?:e|s|es)?\\b|\\bofferts?\\b|\\bsans\\s+frais\\b|\\bsans\\s+(?:aucun\\s+)?cout\\b',
  ),
);

/** The worker pays: makes a weak match count, and stops an employer statement from neutralising. */
export const WORKER_PAYS = new RegExp(
  alt(
    `\\b(?:paid|payable|borne|covered|charged|due|deducted|funded|financed)\\s+(?:in\\s+advance\\s+)?(?:by|to|from)\\s+(?:the\\s+)?(?:${WORKER_NOUNS_EN}|trainees?|you|yourself)\\b`,
    "\\bat\\s+(?:the\\s+)?(?:candidate|worker|applicant|employee|jobseeker|trainee)s?'?s?\\s+(?:own\\s+)?(?:expense|cost|charge)\\b",
    '\\bat\\s+(?:your|their|his|her)\\s+own\\s+(?:expense|cost)\\b|\\bat\\s+your\\s+(?:expense|cost)\\b',
    '\\b(?:your|their)\\s+own\\s+(?:expense|cost|account|pocket)\\b|\\bout\\s+of\\s+(?:your|their)\\s+(?:own\\s+)?pocket\\b',
    `\\b(?:${WORKER_NOUNS_EN}|trainees?|you)\\s+(?:must\\s+|will\\s+|shall\\s+|have\\s+to\\s+|has\\s+to\\s+|need\\s+to\\s+|needs\\s+to\\s+|should\\s+|are\\s+required\\s+to\\s+|is\\s+required\\s+to\\s+|are\\s+expected\\s+to\\s+)?(?:pay|pays|bear|bears|cover|covers|fund|funds|reimburse|reimburses|refund|refunds|advance|advances)\\b`,
    `\\bcharged\\s+to\\s+(?:the\\s+)?(?:${WORKER_NOUNS_EN}|you)\\b`,
    `\\bten\\s+laste\\s+van\\s+(?:de\\s+)?(?:${WORKER_NOUNS_NL}|arbeider|jezelf|uzelf)\\b`,
    `\\b(?:te\\s+betalen|betaald|gedragen|betaalbaar)\\s+door\\s+(?:de\\s+)?(?:${WORKER_NOUNS_NL}|jou|u|jezelf)\\b`,
    `\\b(?:de\\s+)?(?:${WORKER_NOUNS_NL}|je|jij|u)\\s+(?:moet\\s+|moeten\\s+|dient\\s+|dienen\\s+|zal\\s+|zullen\\s+)?(?:zelf\\s+)?(?:betaalt|betalen|betaal|draagt|dragen|vergoedt|vergoeden|terugbetalen|voorschieten|schiet)\\b`,
    '\\bzelf\\s+(?:te\\s+)?(?:betalen|betaalt|dragen|draagt)\\b|\\bvoor\\s+eigen\\s+rekening\\b|\\bop\\s+eigen\\s+kosten\\b',
    `\\bvoor\\s+rekening\\s+van\\s+(?:de\\s+)?(?:${WORKER_NOUNS_NL})\\b|\\baangerekend\\s+aan\\s+(?:de\\s+)?(?:${WORKER_NOUNS_NL}|jou|u)\\b`,
    `\\ba\\s+la\\s+charge\\s+(?:du|de\\s+la|des)\\s+(?:${WORKER_NOUNS_FR}|recrues?)\\b`,
    '\\ba\\s+(?:vos|ses|leurs)\\s+(?:propres\\s+)?frais\\b|\\ba\\s+votre\\s+charge\\b|\\bde\\s+votre\\s+poche\\b',
    `\\b(?:paye|payes|payee|payees|supporte|supportes|facture|factures|verse|verses|finance|finances)\\s+par\\s+(?:le|la|les)\\s+(?:${WORKER_NOUNS_FR})\\b`,
    `\\b(?:(?:le|la|les)\\s+(?:${WORKER_NOUNS_FR})|vous)\\s+(?:doit\\s+|doivent\\s+|devez\\s+|devra\\s+|devrez\\s+|devront\\s+)?(?:paie|paye|payez|payer|payent|verse|versez|verser|supporte|supportez|supporter|rembourse|remboursez|rembourser|avance|avancez|finance|financez)\\b`,
    `\\bfactur(?:e|es|ee|ees)\\s+(?:au|aux)\\s+(?:${WORKER_NOUNS_FR})\\b`,
  ),
);

/** Found whatever else the clause says: partial payment, non-refundable, refused or deferred reimbursement. */
export const AGGRAVATING = new RegExp(
  alt(
    '\\bnon-?refundable\\b|\\bnot\\s+refundable\\b',
    "\\b(?:not|never|don't|doesn't|won't|cannot)\\s+(?:be\\s+)?(?:reimburs|refund|compensat)\\w*",
    '\\b(?:reimbursed|refunded|repaid)\\s+(?:only\\s+)?(?:after|once|when|if|upon|at\\s+the\\s+end)\\b',
    '\\b(?:half|part|a\\s+portion|a\\s+share)\\s+of\\s+(?:the\\s+|your\\s+)?(?:costs?|fees?|price|amount|visa|travel|flight|ticket|training|course|placement|recruitment|registration)\\b',
    '\\b(?:partly|partially)\\s+(?:paid|covered|reimbursed|refunded|borne|funded)\\b',
    '\\b\\d{1,2}\\s?%\\s+of\\s+(?:the\\s+)?(?:costs?|fees?|price|amount)\\b',
    '\\b(?:costs?|fees?)\\s+(?:are\\s+|is\\s+)?(?:shared|split)\\b|\\bcost-sharing\\b|\\bsplit\\s+(?:the\\s+)?(?:costs?|fees?)\\b',
    '\\bniet\\s+terugbetaalbaar\\b|\\bniet\\s+(?:terug\\s*betaald|vergoed|gedekt)\\b',
    '\\b(?:betalen|betaalt)\\s+\\S+(?:\\s+\\S+){0,3}\\s+niet\\s+terug\\b',
    '\\b(?:vergoeden|vergoedt|terugbetalen)\\s+\\S+(?:\\s+\\S+){0,3}\\s+niet\\b',
    '\\bterugbetaald\\s+(?:pas\\s+)?(?:na|nadat|als|indien|wanneer)\\b',
    '\\b(?:de\\s+helft|een\\s+deel|gedeeltelijk|deels)\\s+(?:van\\s+(?:de|het|je|uw)\\s+)?(?:\\w*kosten|\\w*kost|\\w*vergoeding|\\w*geld|prijs|bedrag|visum|vliegticket|betaald|vergoed|terugbetaald|gedragen)\\b',
    '\\b\\d{1,2}\\s?%\\s+van\\s+de\\s+(?:kosten|kost|prijs)\\b|\\bkosten\\s+worden\\s+gedeeld\\b',
    '\\bnon\\s+remboursables?\\b',
    "\\b(?:ne|n')\\s?(?:rembours|couvr|pren|financ)\\w*\\s+pas\\b",
    '\\bpas\\s+rembourse\\w*',
    '\\brembourse(?:e|s|es)?\\s+(?:seulement\\s+|uniquement\\s+)?(?:apres|au\\s+bout|a\\s+la\\s+fin|si|lorsque)\\b',
    '\\b(?:la\\s+moitie|une\\s+partie|en\\s+partie|partiellement)\\s+(?:des\\s+|du\\s+|de\\s+la\\s+|de\\s+)?(?:frais|cout|couts|prix|montant|pris|paye|payes|rembourse)\\w*',
    '\\b\\d{1,2}\\s?%\\s+(?:des|du)\\s+(?:frais|cout|couts|prix)\\b|\\bfrais\\s+partages\\b',
  ),
);

/** Words that negate a fee phrase near them ("no placement fee", "geen inschrijvingsgeld", "aucun frais"). */
export const NEGATORS: ReadonlySet<string> = new Set(
  [
    "no not never without none nothing zero free nil neither nor don't dont doesn't doesnt won't wont isn't",
    "aren't cannot can't exempt waived",
    'geen niet nooit zonder niets niks gratis kosteloos nul nihil noch vrijgesteld',
    'pas aucun aucune aucuns aucunes sans jamais ni rien gratuit gratuite gratuits gratuites nulle neant exempte',
    'exonere ne',
  ]
    .join(' ')
    .split(' '),
);

/** Words that may sit between a negator and the phrase in a list ("no placement, registration or agency fees"). */
export const LIST_WORD =
  /^(?:or|and|nor|of|the|a|an|any|en|noch|de|het|een|ou|et|ni|des|du|la|le|les|d'|placement|recruitment|registration|application|processing|agency|selection|matching|intermediation|brokerage|sponsorship|visa|travel|training|medical|insurance|admin\w*|service|fees?|costs?|charges?|expenses?|frais|kosten|kost|\w*(?:geld|kosten|vergoeding))$/;

/** Splits a sentence where its meaning may turn ("no registration fee, but a placement fee"). */
export const CONTRAST =
  /\b(?:but|however|although|though|except|apart\s+from|other\s+than|whereas|maar|echter|behalve|uitgezonderd|wel|mais|cependant|toutefois|sauf|excepte|par\s+contre|en\s+revanche|hormis)\b/;
