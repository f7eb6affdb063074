/**
 * Common given names and family names per country, for fictional demo candidates. Names are
 * combined at random, so no generated person is a real one.
 */

interface NamePool {
  readonly given: readonly string[];
  readonly family: readonly string[];
}

const POOLS: Readonly<Record<string, NamePool>> = {
  'BE-nl': {
    given: [
      'Lotte',
      'Wout',
      'Lien',
      'Jens',
      'Fien',
      'Pieter',
      'Elke',
      'Bram',
      'Nele',
      'Thomas',
      'Ine',
      'Ruben',
    ],
    family: [
      'Peeters',
      'Janssens',
      'Maes',
      'Jacobs',
      'Mertens',
      'Willems',
      'Claes',
      'Goossens',
      'Wouters',
      'De Smet',
    ],
  },
  'BE-fr': {
    given: [
      'Julie',
      'Maxime',
      'Manon',
      'Antoine',
      'Camille',
      'Nicolas',
      'Sarah',
      'Romain',
      'Élodie',
      'Quentin',
    ],
    family: [
      'Dubois',
      'Lambert',
      'Dupont',
      'Martin',
      'Simon',
      'Laurent',
      'Leclercq',
      'Lejeune',
      'Renard',
      'François',
    ],
  },
  'BE-de': {
    given: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Tim', 'Laura', 'Jan', 'Sophie'],
    family: ['Schmitz', 'Kessler', 'Heinen', 'Mreyen', 'Cremer', 'Thelen', 'Lentz', 'Margraff'],
  },
  NL: {
    given: ['Daan', 'Sanne', 'Lars', 'Femke', 'Sem', 'Anouk', 'Joris', 'Eva', 'Bas', 'Iris'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder'],
  },
  FR: {
    given: ['Lucas', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Théo', 'Zoé', 'Mathis', 'Clara'],
    family: ['Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Girard', 'Bonnet', 'Rousseau'],
  },
  DE: {
    given: ['Leon', 'Mia', 'Felix', 'Hannah', 'Paul', 'Emma', 'Jonas', 'Lina', 'Elias', 'Marie'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Koch', 'Wagner'],
  },
  LU: {
    given: ['Gilles', 'Anne', 'Luc', 'Claire', 'Marc', 'Sophie', 'Yves', 'Carole'],
    family: ['Schmit', 'Muller', 'Weber', 'Hoffmann', 'Wagner', 'Thill', 'Kieffer', 'Reuter'],
  },
  PL: {
    given: [
      'Jakub',
      'Zuzanna',
      'Kacper',
      'Julia',
      'Szymon',
      'Maja',
      'Piotr',
      'Agnieszka',
      'Tomasz',
      'Katarzyna',
    ],
    family: [
      'Nowak',
      'Kowalski',
      'Wiśniewski',
      'Wójcik',
      'Kamiński',
      'Lewandowski',
      'Zieliński',
      'Szymański',
    ],
  },
  RO: {
    given: [
      'Andrei',
      'Ioana',
      'Alexandru',
      'Maria',
      'Mihai',
      'Elena',
      'Ionuț',
      'Andreea',
      'Cristian',
      'Raluca',
    ],
    family: ['Popescu', 'Ionescu', 'Popa', 'Stan', 'Dumitru', 'Stoica', 'Gheorghe', 'Matei', 'Constantin'],
  },
  ES: {
    given: ['Hugo', 'Lucía', 'Martín', 'Sofía', 'Pablo', 'Martina', 'Alejandro', 'Paula', 'Daniel', 'Carmen'],
    family: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez'],
  },
  PT: {
    given: ['João', 'Maria', 'Rodrigo', 'Beatriz', 'Tiago', 'Inês', 'Diogo', 'Mariana'],
    family: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins'],
  },
  IT: {
    given: ['Francesco', 'Giulia', 'Alessandro', 'Chiara', 'Lorenzo', 'Sara', 'Matteo', 'Francesca'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  },
  MAGHREB: {
    given: [
      'Youssef',
      'Fatima',
      'Mohamed',
      'Khadija',
      'Amine',
      'Salma',
      'Omar',
      'Imane',
      'Karim',
      'Nadia',
      'Hamza',
      'Sara',
    ],
    family: [
      'El Amrani',
      'Benali',
      'Alaoui',
      'Bennani',
      'El Idrissi',
      'Tazi',
      'Trabelsi',
      'Ben Salah',
      'Haddad',
      'Chaouch',
    ],
  },
  EG: {
    given: ['Ahmed', 'Mona', 'Mahmoud', 'Nour', 'Mostafa', 'Yasmin', 'Hassan', 'Aya'],
    family: ['Hassan', 'Mahmoud', 'Ibrahim', 'Abdelrahman', 'Saleh', 'Farouk', 'Mansour', 'Youssef'],
  },
  TR: {
    given: ['Emre', 'Elif', 'Burak', 'Zeynep', 'Mehmet', 'Ayşe', 'Can', 'Merve'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk'],
  },
  NG: {
    given: [
      'Chinedu',
      'Ngozi',
      'Emeka',
      'Aisha',
      'Tunde',
      'Funmilayo',
      'Ibrahim',
      'Chiamaka',
      'Olumide',
      'Zainab',
    ],
    family: ['Okafor', 'Adeyemi', 'Bello', 'Okeke', 'Balogun', 'Nwosu', 'Abubakar', 'Eze', 'Ogunleye'],
  },
  SN: {
    given: ['Moussa', 'Awa', 'Cheikh', 'Fatou', 'Ousmane', 'Aminata', 'Mamadou', 'Khady'],
    family: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Sarr', 'Gueye', 'Ba', 'Diallo', 'Faye'],
  },
  GH: {
    given: ['Kwame', 'Ama', 'Kofi', 'Akosua', 'Yaw', 'Abena', 'Kojo', 'Efua'],
    family: ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Agyeman', 'Appiah', 'Darko'],
  },
  IN: {
    given: ['Arjun', 'Priya', 'Rahul', 'Anjali', 'Vikram', 'Deepa', 'Suresh', 'Lakshmi', 'Anil', 'Meera'],
    family: ['Sharma', 'Nair', 'Patel', 'Iyer', 'Reddy', 'Menon', 'Kumar', 'Pillai', 'Singh', 'Joseph'],
  },
  PK: {
    given: ['Ali', 'Ayesha', 'Usman', 'Fatima', 'Bilal', 'Hina', 'Hamza', 'Sana'],
    family: ['Khan', 'Ahmed', 'Malik', 'Hussain', 'Qureshi', 'Butt', 'Raza', 'Chaudhry'],
  },
  TW: {
    given: ['Chia-Hao', 'Yu-Ting', 'Chih-Wei', 'Hsin-Yi', 'Po-Han', 'Mei-Ling', 'Tsung-Han', 'Pei-Shan'],
    family: ['Chen', 'Lin', 'Huang', 'Chang', 'Lee', 'Wang', 'Wu', 'Liu'],
  },
  PH: {
    given: ['Mark', 'Maria', 'John Paul', 'Angelica', 'Jericho', 'Kristine', 'Rommel', 'Joy'],
    family: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Ocampo', 'Garcia', 'Mendoza', 'Dela Cruz'],
  },
  UA: {
    given: ['Oleksandr', 'Olena', 'Andrii', 'Iryna', 'Dmytro', 'Kateryna', 'Serhii', 'Natalia'],
    family: [
      'Shevchenko',
      'Kovalenko',
      'Bondarenko',
      'Tkachenko',
      'Kravchenko',
      'Melnyk',
      'Boiko',
      'Oliinyk',
    ],
  },
};

const POOL_OF_NATIONALITY: Readonly<Record<string, string>> = { MA: 'MAGHREB', TN: 'MAGHREB' };

/**
 * The name pool for a nationality. Belgians are split by language area, since a Fleming and a
 * Walloon are named differently; `beLanguage` says which.
 */
export function namePool(nationality: string, beLanguage: 'nl' | 'fr' | 'de' = 'nl'): NamePool {
  const key = nationality === 'BE' ? `BE-${beLanguage}` : (POOL_OF_NATIONALITY[nationality] ?? nationality);
  return POOLS[key] ?? (POOLS['BE-nl'] as NamePool);
}
