import { type LocalizedText, text } from './rule.js';

/** Documents a pair needs for its migration route, as stable codes with en/nl/fr labels. */
export const DOCUMENTS = {
  'identity-document': text(
    'Valid identity card or passport',
    'Geldige identiteitskaart of paspoort',
    'Carte d’identité ou passeport valide',
  ),
  passport: text('Valid passport', 'Geldig paspoort', 'Passeport valide'),
  'employment-contract': text(
    'Signed employment contract in a language the worker understands',
    'Ondertekende arbeidsovereenkomst in een taal die de werknemer begrijpt',
    'Contrat de travail signé dans une langue que le travailleur comprend',
  ),
  'temporary-protection-certificate': text(
    'Temporary protection residence document',
    'Verblijfsdocument tijdelijke bescherming',
    'Titre de séjour de protection temporaire',
  ),
  'single-permit-application': text(
    'Single permit application (work and residence)',
    'Aanvraag gecombineerde vergunning (arbeid en verblijf)',
    'Demande de permis unique (travail et séjour)',
  ),
  'blue-card-application': text(
    'EU Blue Card application',
    'Aanvraag Europese blauwe kaart',
    'Demande de carte bleue européenne',
  ),
  'diploma-copy': text('Copy of the diploma', 'Kopie van het diploma', 'Copie du diplôme'),
  'naric-recognition': text(
    'NARIC-Vlaanderen recognition decision',
    'Erkenningsbeslissing van NARIC-Vlaanderen',
    'Décision de reconnaissance de NARIC-Vlaanderen',
  ),
  'professional-visa': text(
    'Professional visa for the health profession (federal health service)',
    'Visum voor het gezondheidszorgberoep (FOD Volksgezondheid)',
    'Visa pour la profession de santé (SPF Santé publique)',
  ),
  'salary-proof': text(
    'Proof of the gross annual salary',
    'Bewijs van het bruto jaarloon',
    'Preuve du salaire annuel brut',
  ),
  'joint-committee-pay-proof': text(
    'Proof of pay at least at the skilled category of the joint committee',
    'Bewijs van loon minstens op het niveau van de geschoolde categorie van het paritair comité',
    'Preuve d’un salaire au moins égal à la catégorie qualifiée de la commission paritaire',
  ),
  'vacancy-publication-proof': text(
    'Proof of publication on VDAB and EURES (at least 9 weeks)',
    'Bewijs van publicatie bij VDAB en EURES (minstens 9 weken)',
    'Preuve de publication sur VDAB et EURES (au moins 9 semaines)',
  ),
  'medical-certificate': text('Medical certificate', 'Medisch attest', 'Certificat médical'),
  'criminal-record-extract': text(
    'Criminal record extract',
    'Uittreksel uit het strafregister',
    'Extrait de casier judiciaire',
  ),
} as const satisfies Record<string, LocalizedText>;

export type DocumentCode = keyof typeof DOCUMENTS;
