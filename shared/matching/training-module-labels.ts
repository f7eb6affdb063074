import type { Locale } from '../domain/codes.js';

/**
 * Data table: the names of the technical training modules in Dutch and French. A module's
 * English name is its stable key (`module:VCA basic safety` in training needs, the modules a
 * candidate has taken, the training-hours data), so only the label shown changes with the
 * locale; a module missing here is shown in English.
 */
const MODULE_LABELS: Readonly<Record<string, { readonly nl: string; readonly fr: string }>> = {
  'ADR dangerous goods': { nl: 'ADR gevaarlijke goederen', fr: 'ADR marchandises dangereuses' },
  'AREI/RGIE electrical regulations': {
    nl: 'AREI elektrische reglementering',
    fr: 'RGIE réglementation électrique',
  },
  'CNC programming': { nl: 'CNC-programmeren', fr: 'Programmation CNC' },
  'Cisco CCNA preparation': { nl: 'Voorbereiding Cisco CCNA', fr: 'Préparation Cisco CCNA' },
  'Civic orientation and intercultural communication': {
    nl: 'Maatschappelijke oriëntatie en interculturele communicatie',
    fr: 'Orientation civique et communication interculturelle',
  },
  'Code 95 driver CPC': {
    nl: 'Code 95 vakbekwaamheid chauffeur',
    fr: 'Code 95 aptitude professionnelle du conducteur',
  },
  'Crane operator certificate': { nl: 'Attest kraanbestuurder', fr: 'Certificat de grutier' },
  'Driving licence C': { nl: 'Rijbewijs C', fr: 'Permis de conduire C' },
  'Driving licence CE': { nl: 'Rijbewijs CE', fr: 'Permis de conduire CE' },
  'Driving licence D': { nl: 'Rijbewijs D', fr: 'Permis de conduire D' },
  'Earthmoving machinery certificate': {
    nl: 'Attest grondverzetmachines',
    fr: 'Certificat engins de terrassement',
  },
  'Electrical installation basics': {
    nl: 'Basis elektrische installaties',
    fr: 'Bases des installations électriques',
  },
  'Electrical safety BA4/BA5': {
    nl: 'Elektrische veiligheid BA4/BA5',
    fr: 'Habilitation électrique BA4/BA5',
  },
  'F-gas certification': { nl: 'F-gassencertificaat', fr: 'Certification gaz fluorés' },
  'First aid at work': { nl: 'Eerste hulp op het werk', fr: 'Premiers secours au travail' },
  'Forklift certificate': { nl: 'Attest heftruckchauffeur', fr: 'Certificat de cariste' },
  'HACCP food hygiene': { nl: 'HACCP voedselhygiëne', fr: 'HACCP hygiène alimentaire' },
  'Heat pump installation': { nl: 'Installatie van warmtepompen', fr: 'Installation de pompes à chaleur' },
  'Masonry techniques': { nl: 'Metseltechnieken', fr: 'Techniques de maçonnerie' },
  'PLC programming basics': { nl: 'Basis PLC-programmeren', fr: 'Bases de la programmation API' },
  'Professional kitchen basics': {
    nl: 'Basis professionele keuken',
    fr: 'Bases de la cuisine professionnelle',
  },
  'Reach truck certificate': { nl: 'Attest reachtruck', fr: 'Certificat chariot rétractable' },
  'Reading technical drawings': { nl: 'Technische tekeningen lezen', fr: 'Lecture de plans techniques' },
  'Roofing techniques': { nl: 'Dakwerktechnieken', fr: 'Techniques de couverture' },
  'Safe patient handling': {
    nl: 'Veilig tillen en verplaatsen van patiënten',
    fr: 'Manutention sûre des patients',
  },
  'Sanitary installation basics': {
    nl: 'Basis sanitaire installaties',
    fr: 'Bases des installations sanitaires',
  },
  'Scaffolding safety': { nl: 'Veilig werken met steigers', fr: 'Sécurité des échafaudages' },
  'Soft skills: communication': { nl: 'Soft skills: communicatie', fr: 'Compétences douces : communication' },
  'Soft skills: time management': {
    nl: 'Soft skills: timemanagement',
    fr: 'Compétences douces : gestion du temps',
  },
  'VCA VOL safety for supervisors': {
    nl: 'VCA VOL veiligheid voor operationeel leidinggevenden',
    fr: 'VCA VOL sécurité pour cadres opérationnels',
  },
  'VCA basic safety': { nl: 'VCA basisveiligheid', fr: 'VCA sécurité de base' },
  'Welding MIG/MAG certification': { nl: 'Lasattest MIG/MAG', fr: 'Certification soudage MIG/MAG' },
  'Welding MMA certification': {
    nl: 'Lasattest MMA (elektrode)',
    fr: 'Certification soudage à l’électrode enrobée',
  },
  'Welding TIG certification': { nl: 'Lasattest TIG', fr: 'Certification soudage TIG' },
  'Working at heights': { nl: 'Werken op hoogte', fr: 'Travail en hauteur' },
  'Wound care': { nl: 'Wondzorg', fr: 'Soins des plaies' },
};

/** The module's name in the locale; English (the module's key) where no translation is recorded. */
export function trainingModuleLabel(module: string, locale: Locale): string {
  return locale === 'en' ? module : (MODULE_LABELS[module]?.[locale] ?? module);
}

/** The modules with a translation (for the completeness test). */
export const TRANSLATED_MODULES: readonly string[] = Object.keys(MODULE_LABELS);
