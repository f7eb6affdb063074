import type { RecruitmentCost } from '../domain/vacancy.js';

/**
 * The words the fee analysis (fee-clauses.ts) reads, in English, Dutch, French and German, on
 * folded text (lower case, no diacritics, ß as ss). Classes, not phrases: a clause is judged
 * from who pays (a party), how (a pay, demand, deduction or repayment verb), what (a cost
 * word) and whether it is negated. ILO Definition of recruitment fees and related costs (2019)
 * for what counts as a cost; law of 30 April 1999, art. 12/3, for fees for a job.
 */

const words = (...lists: string[]): ReadonlySet<string> => new Set(lists.join(' ').split(/\s+/));

/** The worker side: candidates, workers, the reader ("you"), and pronouns for them. */
export const WORKER = words(
  'candidate candidates applicant applicants worker workers employee employees jobseeker jobseekers',
  'recruit recruits trainee trainees migrant migrants staff hire hires you your yourself they their them themselves',
  'kandidaat kandidaten sollicitant sollicitanten werknemer werknemers werkzoekende werkzoekenden arbeider',
  'arbeiders je jij jou jouw u uw zelf jezelf uzelf zij hun stagiair',
  'candidat candidats candidate candidates travailleur travailleurs travailleuse travailleuses salarie salaries',
  'salariee employe employes demandeur demandeurs recrue recrues vous votre vos vous-meme',
  'bewerber bewerberin bewerbern bewerberinnen kandidat kandidaten kandidatin arbeitnehmer arbeitnehmerin',
  'arbeitnehmern arbeitnehmerinnen mitarbeiter mitarbeiterin mitarbeitern beschaftigte beschaftigten',
  'arbeitskraft arbeitskrafte fachkraft fachkrafte sie ihr ihre ihren ihrem du dich dein deine deinen selbst',
);

/** The employer side: whoever pays instead of the worker (employer, agency, project, state). */
export const EMPLOYER = words(
  'employer employers company companies firm we us our ours client agency recruiter organisation organization',
  'programme program project government state itself',
  'werkgever werkgevers bedrijf onderneming firma wij we ons onze klant bureau uitzendkantoor organisatie',
  'project overheid',
  'employeur employeurs entreprise societe nous notre nos client agence cabinet organisme programme projet etat',
  'arbeitgeber arbeitgeberin unternehmen firma betrieb wir uns unser unsere unseren kunde agentur projekt staat',
);

/** Negators; "ne"/"n" (French), "no"/"geen"/"kein" (determiners) included. */
export const NEGATOR = words(
  'no not never none nothing nobody without neither nor zero nil free-of',
  'geen niet nooit zonder niets niks nihil noch',
  'ne n non pas aucun aucune aucuns aucunes sans jamais ni rien nul nulle',
  'kein keine keinen keinem keiner keines nicht nie niemals ohne nichts weder',
);

/** Active pay verbs: the subject pays (pay, bear, cover, fund, reimburse, advance). */
export const PAY = words(
  'pay pays paying bear bears cover covers fund funds finance finances reimburse reimburses refund refunds',
  'settle settles contribute contributes shoulder shoulders sponsor sponsors handle handles carry carries',
  'wire wires remit remits overmaken stort storten vire virez virent virer',
  'betaal betaalt betalen draagt dragen vergoedt vergoeden financiert financieren dekt dekken neemt nemen',
  'paie paies paient paye payes payez payons payent payer verse versez versons versent verser supporte supportez',
  'supportons supportent supporter finance financez financons financent financer rembourse remboursez',
  'remboursons remboursent rembourser couvre couvrons couvrent assume assumons assument regle reglez reglons',
  'prend prenons prennent prendre',
  'zahlt zahlen zahle zahlst bezahlst bezahlt bezahlen tragt tragen tragst ubernimmt ubernehmen finanziert finanzieren',
  'erstattet erstatten begleicht begleichen entrichtet entrichten uberweist uberweisen uberweise',
);

/** Pay participles: with an agent ("paid by the employer") the agent pays; without one the payer is unstated. */
export const PAID = words(
  'paid borne covered funded financed reimbursed refunded met sponsored settled handled prepaid carried',
  'wired remitted overgemaakt gestort vire viree vires virees uberwiesen',
  'betaald gedragen vergoed gefinancierd gedekt terugbetaald',
  'paye payes payee payees supportee supportees financee financees remboursee remboursees couverte couverts couvertes',
  'reglee regles reglees pris prise prises',
  'bezahlt getragen ubernommen finanziert erstattet beglichen entrichtet gezahlt supporte supportes',
);

/** Agent markers of the passive voice. */
export const AGENT = words('by door par von vom durch');

/** Demand verbs: someone asks the money of the worker ("a deposit is required", "a fee applies"). */
export const DEMAND = words(
  'charged charging asked required requested demanded levied collected payable due applies apply',
  'withheld invoiced billed owed owes owe',
  'gevraagd gevraagde aangerekend geheven verschuldigd betaalbaar geeist verlangd gefactureerd geind',
  'demande demandes demandee demandees exige exiges exigee exigees facture factures facturee facturees',
  'percu percus percue payable payables due dues reclame reclames applique appliquent payant payants',
  'payante payantes applicable applicables toepassing betalend rekent rekenen anwendbar',
  'erhoben verlangt berechnet fallig gefordert kostenpflichtig gebuhrenpflichtig zahlungspflichtig',
  'abgerechnet einbehalten zahlbar',
);

/** Demand verbs that always mean money ("charged", "aangerekend", "facturé"): no money word needed. */
export const CHARGED = words(
  'charged invoiced billed payable aangerekend gefactureerd betaalbaar betalend rekent facture factures',
  'facturee facturees payant payants payante payantes berechnet kostenpflichtig gebuhrenpflichtig zahlbar',
);

/** Wage deductions: the worker pays through the payslip (ILO C95, art. 9). */
export const DEDUCT = words(
  'deduct deducts deducted deduction deductions taken withhold withholds withholding offset recovered recoup recouped',
  'ingehouden inhouding inhoudingen afgetrokken afgehouden verrekend inhouden mindering',
  'retenu retenus retenue retenues preleve preleves prelevee prelevees deduit deduits deduite deduites impute',
  'imputes imputee imputees retenir prelever deduire recupere recuperes recuperee recuperees recuperer',
  'abgezogen abzug abzuge einbehalten verrechnet abziehen einbehalt ziehen zieht take takes',
);

/** Deduction nouns: with an amount they name a deduction from pay even when the pay is not named. */
export const DEDUCTION_NOUN = words(
  'deduction deductions inhouding inhoudingen retenue retenues abzug abzuge einbehalt',
);

/** Where a deduction is taken from. */
export const WAGES = words(
  'salary salaries wage wages pay payslip payslips paycheck paycheque paychecks earnings payroll slips',
  'loon lonen salaris wedde loonbrief loonstrook loonstroken',
  'salaire salaires paie remuneration fiche fiches bulletin bulletins',
  'lohn lohne gehalt gehalter verdienst lohnabrechnung',
);

/**
 * Words that make a wage the worker's own earnings ("your salary", "de eerste twee lonen",
 * "vos premiers salaires"), when they stand just before a wage word (fee-clauses.ts).
 */
export const OWN_WAGES = words(
  'your their his her first',
  'je jouw uw hun zijn haar eerste',
  'ton ta tes votre vos leur leurs son sa ses premier premiers premiere premieres',
  'dein deine deinen deines ihr ihre ihren ihres sein seine seinen ersten erste',
);

/** The debtor repays: its subject pays back ("the worker repays", "the employer refunds"). */
export const REPAY = words(
  'repay repays repayable repaid repaying repayment terugbetalen terugbetaalt terugstorten terugbetaling',
  'afbetalen afbetaalt afbetaald afbetaling rembourser remboursable remboursables remboursement restituer',
  'zuruckzahlen zuruckzuzahlen ruckzahlbar ruckzahlung zuruckerstatten',
);

/** The creditor takes it back: the worker pays, whoever is the subject ("the costs are clawed back"). */
export const CLAWBACK = words(
  'clawback clawbacks claw claws clawed clawing reclaim reclaims reclaimed recover recovers recovered recoup',
  'recoups recouped terugvorderen terugvordert teruggevorderd terugvordering terugvorderingen terugeisen',
  'teruggeeist terugbetalingsclausule recupere recuperes recuperee recuperees recuperer recupera',
  'zuruckgefordert zuruckfordern zuruckverlangt ruckforderung ruckzahlungsklausel',
);

/** Demand words whose "to" names who is paid ("payable to the agency"), and whose agent names the payer. */
export const PAYABLE = words('payable due owed owing verschuldigd betaalbaar payables du dus fallig zahlbar');

/** Someone fronts the money, to be recovered later: a loan in all but name. */
export const ADVANCE = words(
  'advance advanced advances fronted prefinanced pre-financed voorgeschoten voorschieten voorgefinancierd',
  'avance avances avancee avancees avancer prefinance prefinances vorgestreckt vorstrecken vorfinanziert',
  'vorgeschossen schiet schieten',
);

/** The worker leaving, resigning or not completing: what a clawback is conditional on. */
export const LEAVING = words(
  'leave leaves leaving quit quits resign resigns resignation terminate terminates stay complete',
  'vertrekt vertrekken ontslag opzegt stopt blijft verlaat',
  'quitte quittez quittent demission demissionne demissionnez depart partez reste restez',
  'kundigt kundigen verlasst verlassen ausscheiden bleibt',
);

/** "Only after", "if", "once": a refund that depends on something (a deadline, "within a week", does not). */
export const CONDITION = words(
  'if once only unless provided after when should upon',
  'indien als pas tenzij wanneer nadat na',
  'si seulement uniquement apres lorsque condition',
  'falls wenn sofern nur erst nach',
);

/** Part of a cost: the rest stays with the worker. */
export const PARTIAL = words(
  'half part portion share partly partially percent split shared',
  'helft deel gedeeltelijk deels procent gedeeld',
  'moitie partie partiellement pourcent partage partagee partages',
  'halfte teil teilweise anteilig prozent geteilt',
);

/** Free: the worker pays nothing for it. */
export const FREE = words(
  'free cost-free gratis kosteloos gratuit gratuite gratuits gratuites kostenlos kostenfrei gebuhrenfrei',
  'unentgeltlich offert offerte offerts offertes',
);

/** Not refundable: whatever else is said, the worker is out of pocket. */
export const NON_REFUNDABLE =
  /\bnon-?refundable\b|\bnot\s+(?:be\s+)?refund(?:able|ed)\b|\bniet\s+terugbetaal(?:baar|d)\b|\bnon\s+rembours(?:able|e)s?\b|\bnicht\s+(?:ruck)?erstatt(?:bar|ungsfahig|et)\b/;

/** Money: a currency word or sign. */
export const CURRENCY = words(
  '€ $ £ eur euro euros usd dollar dollars gbp pound pounds chf mad dh dirham dirhams tnd dinar dinars',
  'inr rupee rupees rs ngn naira xof cfa fcfa twd egp mdl lei ¥ ₦ ₹ ₱ php peso pesos pln zloty zl',
);

/** Generic cost words: money owed, without saying for what. */
export const COST = words(
  'cost costs expense expenses charge charges price prices payment payments sum amount contribution',
  'commission commissions premium premiums',
  'kosten kost prijs betaling bedrag bijdrage vergoeding commissie provisie som premie premies',
  'frais cout couts prix paiement montant somme contribution participation commission cotisation tarif',
  'kosten preis zahlung betrag beitrag eigenanteil eigenbeitrag provision pauschale summe',
);

/** A fee for a job (BE-01): fee words, and the qualifiers that make a cost a fee for placement. */
export const FEE = words('fee fees gebuhr gebuhren honoraires honoraire retribution');
export const JOB_QUALIFIER = words(
  'placement recruitment recruiting registration application processing agency job enrolment enrollment',
  'signup sign-up booking selection matching intermediation brokerage broker employment sponsorship',
  'onboarding screening membership introduction finder success reservation interview service admin',
  'administration administrative dossier file',
  'inscription recrutement agence placement traitement selection candidature gestion adhesion courtage',
  'intermediation service',
  'vermittlung vermittlungs anmeldung registrierung bearbeitung bewerbung platzierung anwerbung',
);
/** Dutch and German compounds: a job stem plus a cost stem is a fee for a job. */
export const JOB_FEE_COMPOUND =
  /^(?:inschrijvings?|inschrijf|bemiddelings|plaatsings|rekruterings|wervings|selectie|dossier|aanmeldings|registratie|administratie|begeleidings|matching|recruitment|intake|vermittlungs|anmelde|bearbeitungs|registrierungs|rekrutierungs|anwerbe|platzierungs|bewerbungs|agentur|makler|vermittler|einschreib(?:e|ungs))(?:geld|gelden|kosten|kost|vergoeding|fee|bijdrage|premie|recht|rechten|gebuhr|gebuhren|provision|pauschale|beitrag)$/;
/** Any other Dutch or German cost compound ("reiskosten", "Reisekosten", "Visumgebühr"). */
export const COST_COMPOUND =
  /^[a-z]{3,}(?:kosten|kost|geld|vergoeding|bijdrage|gebuhr|gebuhren|beitrag|pauschale|prijs|preis|premie|premies|pramie|pramien)$/;

/** Deposits, bonds and guarantees (FR-03). */
export const DEPOSIT = words(
  'deposit deposits bond bonds guarantee guarantees collateral surety',
  'waarborg waarborgen waarborgsom borg borgsom borgstelling garantiesom onderpand',
  'caution cautions cautionnement depot garantie',
  'kaution kautionen pfand sicherheitsleistung burgschaft',
);
/** Loans (FR-03: "training loans"). */
export const LOAN = words(
  'loan loans lening leningen voorschot pret prets emprunt darlehen kredit',
  'opleidingslening studielening ausbildungsdarlehen',
);
/** Not a deposit paid by the worker: salary paid by direct deposit, a bank guarantee of the employer. */
export const NOT_A_DEPOSIT =
  /\bdirect\s+deposit\b|\bdeposited\s+(?:in|into|on)\b|\bgarantie\s+d'emploi\b|\bjob\s+guarantee\b/;

/** Statutory deductions (tax, social security): lawful, not recruitment costs. */
export const STATUTORY = words(
  'tax taxes social security withholding-tax rsz bedrijfsvoorheffing belasting belastingen sociale',
  'impot impots precompte cotisations lohnsteuer steuer steuern sozialversicherung sozialabgaben',
);

/** Living costs the contract states openly (rent, meals): FR-06 terms, not recruitment costs. */
export const LIVING = words(
  'housing accommodation rent flat apartment room meals food canteen',
  'huur huisvesting woning kamer maaltijden huurprijs',
  'logement loyer appartement chambre repas cantine',
  'miete unterkunft wohnung zimmer verpflegung kantine',
);

type Category = RecruitmentCost['category'];

/** Related-cost items (FR-02) and their ILO category. */
export const ITEMS: ReadonlyMap<string, Category> = new Map(
  (
    [
      ['medical', 'medical exam examination examinations check-up vaccination vaccinations vaccine vaccines'],
      [
        'medical',
        'medische keuring vaccinatie vaccinaties medicale medical visite vaccin vaccins arzt impfung',
      ],
      ['medical', 'gesundheitscheck untersuchung'],
      ['insurance', 'insurance verzekering assurance versicherung'],
      ['skills-test', 'test tests trade-test vaardigheidstest examen prufung'],
      ['training', 'training course courses tuition class classes lessons orientation opleiding cursus'],
      ['training', 'taalcursus taallessen vorming formation cours stage schulung ausbildung kurs sprachkurs'],
      ['training', 'fortbildung unterricht lehrgang'],
      ['equipment', 'equipment tools uniform uniforms gear uitrusting gereedschap werkkledij werkkleding'],
      ['equipment', 'equipement outils tenue ausrustung werkzeug arbeitskleidung'],
      ['travel', 'travel flight flights airfare ticket tickets plane transport relocation journey trip'],
      ['travel', 'reis vlucht vliegticket vliegtuigticket vliegtuig vliegreis verhuis verhuizing'],
      ['travel', 'voyage vol billet avion demenagement deplacement reise flug flugticket umzug anreise'],
      ['lodging', 'hotel lodging logies hebergement hotelkosten ubernachtung'],
      [
        'administrative',
        'visa visas visum permit passport legalisation legalization translation translations',
      ],
      ['administrative', 'background diploma recognition naric arbeidskaart werkvergunning paspoort'],
      ['administrative', 'legalisatie vertaling vertalingen erkenning diplomaerkenning strafregister'],
      ['administrative', 'permis passeport traduction traductions casier equivalence reconnaissance'],
      ['administrative', 'arbeitserlaubnis aufenthaltstitel reisepass ubersetzung anerkennung beglaubigung'],
      ['administrative', 'fuhrungszeugnis'],
    ] as const
  ).flatMap(([category, list]) => list.split(' ').map((w) => [w, category as Category] as const)),
);

/** Dutch/German compound cost words, by their first part. */
export const COMPOUND_ITEMS: readonly (readonly [RegExp, Category])[] = [
  [/^(?:reis|vlieg|vlucht|verhuis|reise|flug|umzugs?|transport)/, 'travel'],
  [/^(?:visum|visa|paspoort|vertaal|legalisatie|pass|ubersetzungs|anerkennungs)/, 'administrative'],
  [/^(?:opleidings|cursus|taalcursus|les|schulungs|ausbildungs|kurs|sprachkurs|trainings)/, 'training'],
  [/^(?:medische|keurings|arzt|untersuchungs|impf)/, 'medical'],
  [/^(?:verzekerings|versicherungs)/, 'insurance'],
  [/^(?:hotel|logies)/, 'lodging'],
];

/** Contrast words where a sentence turns: the clause after may say something else. */
export const CONTRAST =
  /\b(?:but|however|whereas|although|though|yet|maar|echter|doch|wel|mais|cependant|toutefois|pourtant|tandis\s+que|alors\s+que|par\s+contre|en\s+revanche|aber|jedoch|sondern|allerdings|dagegen|hingegen)\b/;
/** Exception words: the clause after has the opposite payer ("all costs are paid, except the visa"). */
export const EXCEPTION =
  /\b(?:except(?:\s+for)?|excluding|apart\s+from|other\s+than|with\s+the\s+exception\s+of|behalve|uitgezonderd|met\s+uitzondering\s+van|sauf|excepte|hormis|a\s+l'exception\s+de|ausser|ausgenommen|mit\s+ausnahme\s+von)\b/;
/** Money going to the worker (pay, bonus, allowance): an amount next to these is not a cost. */
export const INCOME = words(
  'salary salaries wage wages bonus allowance allowances earn earns earning gross net hourly receive receives',
  'loon salaris premie toelage krijgt krijg ontvangt ontvang verdient verdien bruto netto',
  'salaire prime indemnite allocation recevez recevra touchez toucherez gagnez brut nette',
  'gehalt lohn pramie zulage erhalten erhaltst verdienen verdienst brutto netto',
);

/** Coordinators that start a new clause when a party follows ("… and the candidate pays …"). */
export const COORDINATOR = words('and en et und');
