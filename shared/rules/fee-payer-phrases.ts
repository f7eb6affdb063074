/**
 * Payer phrases that need no verb: "at your own expense", "ten laste van de werkgever", "à la
 * charge du candidat", "zu Lasten des Bewerbers", on a clause's tokens joined by spaces.
 */

export const WORKER_EXPENSE = new RegExp(
  [
    "\\bat\\s+(?:the\\s+)?(?:candidate|worker|applicant|employee|jobseeker|trainee|recruit)s?\\s*'?s?\\s+(?:own\\s+)?(?:expense|cost|charge|risk)\\b",
    '\\bat\\s+(?:your|their|his|her)\\s+(?:own\\s+)?(?:expense|cost|charge)\\b',
    '\\b(?:your|their)\\s+own\\s+(?:expense|cost|account|pocket)\\b|\\bout\\s+of\\s+(?:your|their|his|her)\\s+(?:own\\s+)?pocket\\b|\\bout-of-pocket\\b|\\bself-(?:funded|financed|paid)\\b',
    '\\b(?:own|personal)\\s+contribution\\b|\\beigen\\s*bijdrage\\b|\\bcontribution\\s+personnelle\\b|\\bparticipation\\s+(?:personnelle|financiere)\\b|\\beigen(?:anteil|beitrag|leistung)\\b',
    '\\b(?:ten\\s+laste|voor\\s+rekening|op\\s+kosten)\\s+van\\s+(?:de\\s+|het\\s+)?(?:kandida|werknemer|werkzoekende|sollicitant|arbeider|jou\\b|u\\b|jezelf|uzelf)',
    '\\bvoor\\s+eigen\\s+rekening\\b|\\bop\\s+eigen\\s+kosten\\b|\\bzelf\\s+(?:te\\s+)?(?:betalen|betaalt|betaal|dragen|draagt|bekostigen|financieren)\\b|\\b(?:betaal|betaalt|betalen|draagt|dragen)\\s+(?:je\\s+|jij\\s+|u\\s+|hij\\s+|zij\\s+)?zelf\\b',
    "\\ba\\s+la\\s+charge\\s+(?:du|de\\s+la|des|de\\s+l'?\\s?)\\s*(?:candidat|travailleu|salarie|employe\\b|employes|demandeur|recrue)",
    '\\ba\\s+(?:vos|ses|leurs|votre|sa)\\s+(?:propres\\s+)?(?:frais|charge|depens)\\b|\\bde\\s+votre\\s+poche\\b|\\bpris(?:e|es)?\\s+en\\s+charge\\s+par\\s+(?:le|la|les|vous)\\s*(?:candidat|travailleu|salarie|vous)?',
    '\\b(?:auf|zu)\\s+(?:eigene|ihre|deine|seine)\\s+(?:kosten|rechnung|lasten)\\b|\\b(?:zu\\s+lasten|auf\\s+kosten)\\s+(?:des|der|von)\\s+(?:bewerber|kandidat|arbeitnehmer|mitarbeiter|beschaftigt)',
    "\\bfor\\s+(?:the\\s+)?(?:candidate|worker|applicant|employee|jobseeker|trainee|recruit)s?\\s*'?s?\\s+(?:own\\s+)?account\\b|\\bfor\\s+(?:your|their|his|her)\\s+(?:own\\s+)?account\\b|\\bfor\\s+the\\s+account\\s+of\\s+(?:the\\s+)?(?:candidate|worker|applicant|employee|jobseeker|trainee|recruit)",
    '\\b(?:the\\s+)?(?:sole\\s+)?responsibility\\s+of\\s+(?:the\\s+)?(?:candidate|worker|applicant|employee|jobseeker|trainee|recruit)|\\b(?:the\\s+)?(?:candidate|worker|applicant|employee)s?\\s+(?:is|are)\\s+responsible\\s+for\\b',
    '\\bverantwoordelijkheid\\s+van\\s+(?:de\\s+)?(?:kandida|werknemer|sollicitant)|\\bresponsabilite\\s+(?:du|de\\s+la|des)\\s+(?:candidat|travailleu|salarie)|\\bsache\\s+(?:des|der)\\s+(?:bewerber|arbeitnehmer|kandidat)',
    '\\bselbst\\s+(?:zu\\s+)?(?:zahlen|tragen|bezahlen|finanzieren)\\b|\\b(?:zahlen|tragen|bezahlen|zahlst|tragst)\\s+(?:sie|du)\\s+selbst\\b',
  ].join('|'),
);

export const EMPLOYER_EXPENSE = new RegExp(
  [
    "\\bat\\s+(?:the\\s+)?(?:employer|company|client|agency)\\s*'?s?\\s+(?:own\\s+)?(?:expense|cost|charge)\\b|\\bat\\s+(?:our|its)\\s+(?:own\\s+)?(?:expense|cost|charge)\\b",
    "\\bfor\\s+(?:the\\s+)?(?:employer|company|client|agency)\\s*'?s?\\s+account\\b|\\bfor\\s+(?:our|its)\\s+(?:own\\s+)?account\\b|\\bfor\\s+the\\s+account\\s+of\\s+(?:the\\s+)?(?:employer|company|client|agency)\\b",
    '\\b(?:ten\\s+laste|voor\\s+rekening|op\\s+kosten)\\s+van\\s+(?:de\\s+|het\\s+|ons\\s+)?(?:werkgever|bedrijf|onderneming|firma|ons|klant|organisatie)\\b|\\bop\\s+onze\\s+kosten\\b',
    "\\b(?:a\\s+la\\s+charge|aux\\s+frais)\\s+de\\s+l'?\\s?(?:employeur|entreprise|agence)\\b|\\b(?:a\\s+la\\s+charge|aux\\s+frais)\\s+de\\s+la\\s+societe\\b|\\ba\\s+nos\\s+frais\\b|\\bpris(?:e|es)?\\s+en\\s+charge\\b",
    '\\b(?:auf\\s+kosten|zu\\s+lasten)\\s+(?:des|der)\\s+(?:arbeitgeber|unternehmen|firma|betrieb)',
  ].join('|'),
);
