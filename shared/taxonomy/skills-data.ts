import { withEscoLink } from './esco-link.js';
import { SKILL_ESCO } from './esco-links-data.js';
import type { Skill } from './taxonomy-types.js';

/**
 * The built-in skill vocabulary: the skills that Flemish bottleneck vacancies ask for most
 * (construction, care, technical trades, logistics, IT) plus the safety certificates, driving
 * licences and soft skills that pre-departure training covers. Each skill has an nl/en/fr
 * preferred label and synonyms, so a PES can send free text in its own language.
 *
 * Each skill carries the URI of the ESCO skill it is, or the reason none fits
 * (`esco-links-data.ts`).
 */

type Terms = readonly [label: string, ...synonyms: string[]];

/** Compact notation: each language is [preferred label, ...synonyms]. */
function skill(id: string, en: Terms, nl: Terms, fr: Terms, trainingModule?: string): Skill {
  const [enLabel, ...enSyn] = en;
  const [nlLabel, ...nlSyn] = nl;
  const [frLabel, ...frSyn] = fr;
  return {
    id,
    labels: { en: enLabel, nl: nlLabel, fr: frLabel },
    synonyms: { en: enSyn, nl: nlSyn, fr: frSyn },
    trainingModule,
  };
}

const SAFETY_AND_CERTIFICATES: readonly Skill[] = [
  skill(
    'vca-basic-safety',
    ['VCA basic safety', 'VCA basic', 'SCC basic safety', 'B-VCA'],
    ['VCA basisveiligheid', 'VCA basis', 'B-VCA attest'],
    ['VCA sécurité de base', 'VCA de base', 'VCA B'],
    'VCA basic safety',
  ),
  skill(
    'vca-supervisor-safety',
    ['VCA safety for supervisors', 'VCA VOL', 'VOL-VCA'],
    ['VCA voor operationeel leidinggevenden', 'VCA VIL'],
    ['VCA pour cadres opérationnels', 'VCA cadre'],
    'VCA VOL safety for supervisors',
  ),
  skill(
    'working-at-heights',
    ['working at heights', 'work at height', 'fall protection'],
    ['werken op hoogte', 'valbeveiliging'],
    ['travail en hauteur', 'protection antichute'],
    'Working at heights',
  ),
  skill(
    'scaffolding',
    ['scaffolding', 'scaffold erection'],
    ['steigerbouw', 'stellingbouw'],
    ['montage d’échafaudages', 'échafaudage'],
    'Scaffolding safety',
  ),
  skill(
    'electrical-safety-ba4-ba5',
    ['electrical safety BA4/BA5', 'BA4', 'BA5', 'instructed person electrical'],
    ['elektrische veiligheid BA4/BA5', 'BA4 gewaarschuwd persoon', 'BA5 vakbekwaam persoon'],
    ['habilitation électrique BA4/BA5', 'BA4 personne avertie', 'BA5 personne qualifiée'],
    'Electrical safety BA4/BA5',
  ),
  skill(
    'first-aid',
    ['first aid', 'first aider'],
    ['eerste hulp', 'EHBO', 'hulpverlener'],
    ['premiers secours', 'secourisme'],
    'First aid at work',
  ),
  skill(
    'cardiopulmonary-resuscitation',
    ['cardiopulmonary resuscitation', 'CPR', 'basic life support', 'BLS'],
    ['reanimatie', 'cardiopulmonale reanimatie'],
    ['réanimation cardio-pulmonaire', 'RCP'],
  ),
  skill(
    'food-safety-haccp',
    ['food safety (HACCP)', 'HACCP', 'food hygiene'],
    ['voedselveiligheid (HACCP)', 'voedselhygiëne'],
    ['sécurité alimentaire (HACCP)', 'hygiène alimentaire'],
    'HACCP food hygiene',
  ),
  skill(
    'f-gas-certification',
    ['F-gas certification', 'refrigerant handling certificate'],
    ['F-gassen certificaat', 'koeltechnisch certificaat'],
    ['certificat F-gaz', 'attestation fluides frigorigènes'],
    'F-gas certification',
  ),
  skill(
    'asbestos-awareness',
    ['asbestos awareness', 'asbestos safety'],
    ['asbestveiligheid', 'asbestherkenning'],
    ['sensibilisation à l’amiante', 'sécurité amiante'],
  ),
];

const DRIVING_AND_LOGISTICS: readonly Skill[] = [
  skill(
    'driving-licence-b',
    ['driving licence B', 'car driving licence', 'driver’s license B'],
    ['rijbewijs B', 'autorijbewijs'],
    ['permis B', 'permis de conduire B'],
  ),
  skill(
    'driving-licence-c',
    ['driving licence C', 'truck licence', 'HGV licence', 'lorry licence'],
    ['rijbewijs C', 'vrachtwagenrijbewijs'],
    ['permis C', 'permis poids lourd'],
    'Driving licence C',
  ),
  skill(
    'driving-licence-ce',
    ['driving licence CE', 'articulated truck licence', 'C+E licence'],
    ['rijbewijs CE', 'rijbewijs C+E', 'trekker-oplegger rijbewijs'],
    ['permis CE', 'permis C+E', 'permis super lourd'],
    'Driving licence CE',
  ),
  skill(
    'driving-licence-d',
    ['driving licence D', 'bus licence', 'PCV licence'],
    ['rijbewijs D', 'busrijbewijs'],
    ['permis D', 'permis autobus'],
    'Driving licence D',
  ),
  skill(
    'code-95',
    ['Code 95 driver CPC', 'Code 95', 'driver CPC', 'certificate of professional competence'],
    ['code 95 vakbekwaamheid', 'code 95', 'getuigschrift vakbekwaamheid'],
    ['code 95 aptitude professionnelle', 'CAP conducteur', 'certificat d’aptitude professionnelle'],
    'Code 95 driver CPC',
  ),
  skill(
    'adr-dangerous-goods',
    ['ADR dangerous goods transport', 'ADR certificate', 'hazardous goods transport'],
    ['ADR vervoer gevaarlijke stoffen', 'ADR-attest'],
    ['ADR transport de marchandises dangereuses', 'certificat ADR'],
    'ADR dangerous goods',
  ),
  skill(
    'tachograph-use',
    ['tachograph use', 'digital tachograph', 'driving and rest times'],
    ['tachograaf gebruiken', 'rij- en rusttijden'],
    ['utilisation du chronotachygraphe', 'temps de conduite et de repos'],
  ),
  skill(
    'load-securing',
    ['load securing', 'cargo securing', 'securing loads'],
    ['ladingzekering', 'lading vastzetten'],
    ['arrimage des charges', 'arrimage'],
  ),
  skill(
    'forklift-operation',
    ['forklift operation', 'forklift driving', 'lift truck operation'],
    ['heftruck rijden', 'heftruckbediening', 'vorkheftruck'],
    ['conduite de chariot élévateur', 'cariste', 'chariot élévateur'],
    'Forklift certificate',
  ),
  skill(
    'reach-truck-operation',
    ['reach truck operation', 'reach truck'],
    ['reachtruck rijden', 'reachtruck'],
    ['conduite de chariot rétractable', 'chariot rétractable'],
    'Reach truck certificate',
  ),
  skill(
    'order-picking',
    ['order picking', 'picking', 'pick and pack'],
    ['orderpicking', 'orders verzamelen'],
    ['préparation de commandes', 'picking de commandes'],
  ),
  skill(
    'warehouse-management-systems',
    ['warehouse management systems', 'WMS'],
    ['magazijnbeheersysteem', 'WMS-software'],
    ['logiciel de gestion d’entrepôt', 'système WMS'],
  ),
  skill(
    'inventory-management',
    ['inventory management', 'stock control', 'stock management'],
    ['voorraadbeheer', 'stockbeheer'],
    ['gestion des stocks', 'gestion d’inventaire'],
  ),
  skill(
    'route-planning',
    ['route planning', 'transport planning', 'dispatching'],
    ['routeplanning', 'transportplanning'],
    ['planification des itinéraires', 'planification du transport'],
  ),
  skill(
    'crane-operation',
    ['crane operation', 'tower crane operation', 'mobile crane operation'],
    ['kraan bedienen', 'torenkraan bedienen', 'kraanmachinist'],
    ['conduite de grue', 'grutier'],
    'Crane operator certificate',
  ),
  skill(
    'earthmoving-machinery',
    ['earthmoving machinery operation', 'excavator operation', 'operating excavators'],
    ['grondverzetmachines bedienen', 'graafmachine besturen', 'kraan grondverzet'],
    ['conduite d’engins de terrassement', 'conduite de pelleteuse'],
    'Earthmoving machinery certificate',
  ),
  skill(
    'passenger-transport',
    ['passenger transport', 'passenger safety', 'public transport driving'],
    ['personenvervoer', 'reizigersvervoer'],
    ['transport de personnes', 'transport de voyageurs'],
  ),
];

const CONSTRUCTION: readonly Skill[] = [
  skill(
    'bricklaying',
    ['bricklaying', 'masonry', 'brick laying'],
    ['metselen', 'metselwerk'],
    ['maçonnerie', 'pose de briques'],
    'Masonry techniques',
  ),
  skill(
    'concrete-work',
    ['concrete work', 'concrete pouring', 'concreting'],
    ['betonwerken', 'beton storten'],
    ['travaux de béton', 'bétonnage'],
  ),
  skill(
    'formwork',
    ['formwork', 'shuttering'],
    ['bekisting', 'bekistingswerk'],
    ['coffrage', 'coffrage béton'],
  ),
  skill(
    'rebar-fixing',
    ['rebar fixing', 'steel fixing', 'reinforcement placing'],
    ['wapening plaatsen', 'betonijzervlechten', 'ijzervlechten'],
    ['ferraillage', 'pose d’armatures'],
  ),
  skill(
    'carpentry',
    ['carpentry', 'timber framing', 'structural carpentry'],
    ['timmeren', 'timmerwerk', 'houtbouw'],
    ['charpenterie', 'charpente bois'],
  ),
  skill(
    'joinery',
    ['joinery', 'installing doors and windows'],
    ['schrijnwerk', 'ramen en deuren plaatsen'],
    ['menuiserie', 'pose de portes et fenêtres'],
  ),
  skill(
    'roofing',
    ['roofing', 'pitched roof covering', 'roof tiling'],
    ['dakdekken', 'hellende daken', 'pannendak leggen'],
    ['couverture', 'couverture de toits en pente'],
    'Roofing techniques',
  ),
  skill(
    'flat-roof-waterproofing',
    ['flat roof waterproofing', 'bitumen roofing', 'EPDM roofing'],
    ['platte daken', 'dakdichting', 'bitumen dakbedekking', 'EPDM'],
    ['étanchéité de toiture plate', 'toiture plate', 'étanchéité bitumineuse'],
  ),
  skill(
    'plastering',
    ['plastering', 'rendering', 'wall plastering'],
    ['pleisteren', 'stukadoren', 'bepleistering'],
    ['plâtrage', 'enduit', 'plafonnage'],
  ),
  skill(
    'drywall-installation',
    ['drywall installation', 'plasterboard installation', 'gypsum board'],
    ['gipskartonplaten plaatsen', 'droogbouw'],
    ['pose de plaques de plâtre', 'cloisons sèches', 'plaquisterie'],
  ),
  skill(
    'painting-decorating',
    ['painting and decorating', 'building painting', 'decorating'],
    ['schilderwerk', 'binnen- en buitenschilderwerk', 'schilderen gebouwen'],
    ['peinture en bâtiment', 'travaux de peinture'],
  ),
  skill(
    'tiling',
    ['tiling', 'tile setting', 'tile laying'],
    ['tegelzetten', 'tegelwerk', 'betegelen'],
    ['carrelage', 'pose de carrelage'],
  ),
  skill(
    'screed-laying',
    ['screed laying', 'floor screeding'],
    ['chape leggen', 'dekvloer leggen'],
    ['pose de chape', 'chape'],
  ),
  skill(
    'thermal-insulation',
    ['thermal insulation', 'insulation installation', 'building insulation'],
    ['isoleren', 'isolatiewerken', 'thermische isolatie'],
    ['isolation thermique', 'pose d’isolation'],
  ),
  skill(
    'site-setting-out',
    ['site setting out', 'levelling and setting out', 'setting out'],
    ['uitzetten en waterpassen', 'uitzetwerk'],
    ['implantation et nivellement', 'implantation de chantier'],
  ),
  skill(
    'technical-drawing-reading',
    ['reading technical drawings', 'blueprint reading', 'reading construction plans', 'plan reading'],
    ['technische tekeningen lezen', 'plannen lezen', 'bouwplannen lezen'],
    ['lecture de plans techniques', 'lecture de plans', 'lire des plans'],
    'Reading technical drawings',
  ),
  skill(
    'site-supervision',
    ['construction site supervision', 'site management', 'site supervision'],
    ['werfleiding', 'werftoezicht'],
    ['conduite de chantier', 'supervision de chantier'],
  ),
  skill(
    'cost-estimation',
    ['cost estimation', 'quantity surveying', 'estimating'],
    ['calculatie', 'kostenraming', 'meetstaat opmaken'],
    ['métré et estimation des coûts', 'estimation des coûts', 'métré'],
  ),
  skill(
    'structural-analysis',
    ['structural analysis', 'structural calculation', 'stability calculation'],
    ['stabiliteitsberekening', 'structuurberekening'],
    ['calcul de structures', 'calcul de stabilité'],
  ),
  skill(
    'building-information-modelling',
    ['building information modelling', 'BIM', 'Revit'],
    ['bouwinformatiemodellering', 'BIM-modelleren'],
    ['modélisation des données du bâtiment', 'maquette numérique BIM'],
  ),
  skill(
    'demolition',
    ['demolition', 'strip-out work'],
    ['sloopwerken', 'afbraakwerken'],
    ['démolition', 'travaux de démolition'],
  ),
];

const BUILDING_SERVICES: readonly Skill[] = [
  skill(
    'sanitary-installation',
    ['sanitary installation', 'plumbing', 'bathroom fitting'],
    ['sanitaire installaties', 'sanitair', 'loodgieterswerk'],
    ['installation sanitaire', 'plomberie'],
    'Sanitary installation basics',
  ),
  skill(
    'pipe-fitting',
    ['pipe fitting', 'pipework', 'pipe installation'],
    ['leidingen plaatsen', 'buizen fitten', 'leidingwerk'],
    ['tuyauterie', 'pose de canalisations'],
  ),
  skill(
    'gas-installation',
    ['gas installation', 'gas fitting'],
    ['gasinstallaties', 'gasleidingen'],
    ['installation gaz', 'raccordement gaz'],
  ),
  skill(
    'central-heating',
    ['central heating installation', 'heating systems', 'boiler installation'],
    ['centrale verwarming', 'verwarmingsinstallaties', 'cv-installatie'],
    ['chauffage central', 'installation de chauffage'],
  ),
  skill(
    'heat-pumps',
    ['heat pump installation', 'heat pumps'],
    ['warmtepompen', 'warmtepomp installeren'],
    ['pompes à chaleur', 'installation de pompes à chaleur'],
    'Heat pump installation',
  ),
  skill(
    'refrigeration',
    ['refrigeration technology', 'refrigeration systems', 'cooling systems'],
    ['koeltechniek', 'koelinstallaties'],
    ['technique du froid', 'installations frigorifiques', 'froid industriel'],
  ),
  skill(
    'ventilation-systems',
    ['ventilation systems', 'air handling', 'HVAC'],
    ['ventilatiesystemen', 'luchtbehandeling'],
    ['systèmes de ventilation', 'traitement de l’air', 'CVC'],
  ),
  skill(
    'solar-pv-installation',
    ['solar PV installation', 'photovoltaic installation', 'solar panels'],
    ['zonnepanelen plaatsen', 'fotovoltaïsche installaties', 'PV-installatie'],
    ['installation photovoltaïque', 'panneaux solaires'],
  ),
];

const ELECTRICAL: readonly Skill[] = [
  skill(
    'electrical-installation',
    ['electrical installation', 'electrical wiring', 'domestic wiring'],
    ['elektrische installaties', 'elektriciteitswerken', 'bekabeling'],
    ['installation électrique', 'câblage électrique'],
    'Electrical installation basics',
  ),
  skill(
    'arei-rgie-regulations',
    ['Belgian electrical regulations (AREI/RGIE)', 'AREI', 'RGIE'],
    ['AREI-reglementering', 'algemeen reglement op de elektrische installaties'],
    ['réglementation RGIE', 'règlement général sur les installations électriques'],
    'AREI/RGIE electrical regulations',
  ),
  skill(
    'electrical-schematics',
    ['reading electrical schematics', 'electrical diagrams', 'wiring diagrams'],
    ['elektrische schema’s lezen', 'elektrische schema’s'],
    ['lecture de schémas électriques', 'schémas électriques'],
  ),
  skill(
    'electrical-fault-finding',
    ['electrical fault finding', 'electrical troubleshooting'],
    ['elektrische storingen opsporen', 'foutzoeken elektriciteit'],
    ['dépannage électrique', 'recherche de pannes électriques'],
  ),
  skill(
    'electrical-measurement',
    ['electrical measurement', 'electrical testing', 'insulation testing'],
    ['elektrische metingen', 'meten en testen'],
    ['mesures électriques', 'contrôles électriques'],
  ),
  skill(
    'home-automation',
    ['home automation', 'domotics', 'KNX'],
    ['domotica', 'huisautomatisering'],
    ['domotique', 'maison connectée'],
  ),
  skill(
    'plc-programming',
    ['PLC programming', 'Siemens S7', 'programmable logic controllers'],
    ['PLC-programmering', 'PLC programmeren'],
    ['programmation d’automates', 'programmation API', 'automates programmables'],
    'PLC programming basics',
  ),
  skill(
    'industrial-automation',
    ['industrial automation', 'automation technology'],
    ['industriële automatisering', 'automatisatie'],
    ['automatisation industrielle', 'automatisme'],
  ),
  skill(
    'electrical-power-systems',
    ['electrical power systems', 'power distribution', 'high voltage'],
    ['elektrische energiesystemen', 'energiedistributie', 'hoogspanning'],
    ['réseaux électriques', 'distribution d’énergie', 'haute tension'],
  ),
  skill(
    'electronics',
    ['electronics', 'electronic circuits'],
    ['elektronica', 'elektronische schakelingen'],
    ['électronique', 'circuits électroniques'],
  ),
];

const METAL_AND_MECHANICS: readonly Skill[] = [
  skill(
    'welding-tig',
    ['TIG welding', 'GTAW', 'tungsten inert gas welding'],
    ['TIG-lassen', 'argonlassen', 'wolfraam-inertgaslassen'],
    ['soudage TIG', 'soudure TIG', 'soudage à l’arc sous gaz inerte'],
    'Welding TIG certification',
  ),
  skill(
    'welding-mig-mag',
    ['MIG/MAG welding', 'MIG welding', 'MAG welding', 'GMAW'],
    ['MIG/MAG-lassen', 'CO2-lassen', 'halfautomatisch lassen'],
    ['soudage MIG/MAG', 'soudure MIG', 'soudure MAG', 'soudage semi-automatique'],
    'Welding MIG/MAG certification',
  ),
  skill(
    'welding-mma',
    ['stick welding (MMA)', 'MMA welding', 'shielded metal arc welding', 'SMAW'],
    ['elektrodelassen', 'booglassen met beklede elektrode'],
    ['soudage à l’électrode enrobée', 'soudage à l’arc manuel'],
    'Welding MMA certification',
  ),
  skill(
    'thermal-cutting',
    ['thermal cutting', 'flame cutting', 'plasma cutting', 'oxy-fuel cutting'],
    ['autogeen snijden', 'plasmasnijden', 'snijbranden'],
    ['oxycoupage', 'découpe plasma'],
  ),
  skill(
    'weld-inspection',
    ['weld inspection', 'weld quality control', 'visual weld testing'],
    ['lasinspectie', 'lascontrole'],
    ['contrôle des soudures', 'inspection des soudures'],
  ),
  skill(
    'sheet-metal-working',
    ['sheet metal working', 'sheet metal fabrication'],
    ['plaatbewerking', 'plaatwerk'],
    ['tôlerie', 'travail de la tôle'],
  ),
  skill(
    'press-brake-operation',
    ['press brake operation', 'bending press'],
    ['plooibank bedienen', 'kantbank bedienen'],
    ['conduite de presse plieuse', 'pliage de tôle'],
  ),
  skill(
    'steel-structure-assembly',
    ['steel structure assembly', 'structural steel erection', 'steel erection'],
    ['staalbouwmontage', 'staalconstructies monteren'],
    ['montage de charpente métallique', 'charpente métallique'],
  ),
  skill(
    'cnc-programming',
    ['CNC programming', 'G-code programming', 'Heidenhain', 'Fanuc'],
    ['CNC-programmeren', 'CNC-programmatie'],
    ['programmation CNC', 'programmation commande numérique'],
    'CNC programming',
  ),
  skill(
    'cnc-machining',
    ['CNC machining', 'CNC milling', 'CNC turning'],
    ['CNC-verspanen', 'CNC-frezen', 'CNC-draaien'],
    ['usinage CNC', 'fraisage CNC', 'tournage CNC'],
  ),
  skill(
    'conventional-machining',
    ['conventional turning and milling', 'lathe work', 'manual milling'],
    ['conventioneel draaien en frezen', 'draaibank', 'conventioneel verspanen'],
    ['tournage et fraisage conventionnels', 'usinage conventionnel'],
  ),
  skill(
    'precision-measurement',
    ['precision measurement', 'metrology', 'using callipers and micrometers'],
    ['precisiemeten', 'meettechniek', 'schuifmaat en micrometer'],
    ['métrologie', 'mesure de précision'],
  ),
  skill(
    'mechanical-maintenance',
    ['mechanical maintenance', 'machine maintenance', 'industrial maintenance'],
    ['mechanisch onderhoud', 'machineonderhoud', 'industrieel onderhoud'],
    ['maintenance mécanique', 'maintenance industrielle', 'entretien de machines'],
  ),
  skill(
    'preventive-maintenance',
    ['preventive maintenance', 'planned maintenance'],
    ['preventief onderhoud', 'gepland onderhoud'],
    ['maintenance préventive', 'entretien préventif'],
  ),
  skill(
    'hydraulics-pneumatics',
    ['hydraulics and pneumatics', 'hydraulic systems', 'pneumatic systems'],
    ['hydraulica en pneumatica', 'hydraulische systemen', 'pneumatiek'],
    ['hydraulique et pneumatique', 'systèmes hydrauliques'],
  ),
  skill(
    'vehicle-diagnostics',
    ['vehicle diagnostics', 'car diagnostics', 'OBD diagnostics'],
    ['voertuigdiagnose', 'autodiagnose'],
    ['diagnostic automobile', 'diagnostic de véhicules'],
  ),
  skill(
    'vehicle-maintenance',
    ['vehicle maintenance and repair', 'car repair', 'car servicing'],
    ['onderhoud en herstelling van voertuigen', 'autoherstelling'],
    ['entretien et réparation de véhicules', 'réparation automobile'],
  ),
  skill(
    'quality-control',
    ['quality control', 'quality inspection', 'QA/QC'],
    ['kwaliteitscontrole', 'kwaliteitsinspectie'],
    ['contrôle qualité', 'contrôle de la qualité'],
  ),
  skill(
    'lean-manufacturing',
    ['lean manufacturing', 'lean production', '5S'],
    ['lean productie', 'lean werken'],
    ['production lean', 'lean management'],
  ),
  skill(
    'cad-3d-design',
    ['3D CAD design', 'SolidWorks', 'Autodesk Inventor', 'mechanical CAD'],
    ['3D-CAD-ontwerp', '3D-tekenen'],
    ['conception CAO 3D', 'CAO mécanique'],
  ),
  skill(
    'autocad',
    ['AutoCAD', '2D CAD drafting', 'computer-aided drafting'],
    ['AutoCAD-tekenen', '2D-CAD'],
    ['dessin AutoCAD', 'DAO 2D'],
  ),
  skill(
    'thermodynamics',
    ['thermodynamics', 'heat transfer'],
    ['thermodynamica', 'warmteoverdracht'],
    ['thermodynamique', 'transfert thermique'],
  ),
];

const CARE_AND_HEALTH: readonly Skill[] = [
  skill(
    'patient-care',
    ['patient care', 'nursing care', 'bedside care'],
    ['patiëntenzorg', 'verpleegkundige zorg'],
    ['soins aux patients', 'soins infirmiers'],
  ),
  skill(
    'wound-care',
    ['wound care', 'wound dressing', 'wound management'],
    ['wondzorg', 'wonden verzorgen'],
    ['soins des plaies', 'pansements'],
    'Wound care',
  ),
  skill(
    'medication-administration',
    ['medication administration', 'administering medication', 'drug administration'],
    ['medicatie toedienen', 'geneesmiddelen toedienen'],
    ['administration des médicaments', 'distribution des médicaments'],
  ),
  skill(
    'vital-signs-monitoring',
    ['vital signs monitoring', 'measuring vital signs', 'blood pressure measurement'],
    ['vitale parameters meten', 'bloeddruk meten'],
    ['surveillance des paramètres vitaux', 'prise des paramètres'],
  ),
  skill(
    'personal-hygiene-care',
    ['personal hygiene care', 'bathing and dressing patients', 'personal care'],
    ['hygiënische zorg', 'wassen en kleden', 'lichaamsverzorging'],
    ['soins d’hygiène', 'toilette des patients'],
  ),
  skill(
    'elderly-care',
    ['elderly care', 'geriatric care', 'care for older people'],
    ['ouderenzorg', 'geriatrische zorg', 'bejaardenzorg'],
    ['soins aux personnes âgées', 'gériatrie'],
  ),
  skill(
    'dementia-care',
    ['dementia care', 'Alzheimer care'],
    ['dementiezorg', 'zorg voor personen met dementie'],
    ['accompagnement des personnes démentes', 'soins Alzheimer'],
  ),
  skill(
    'infection-prevention',
    ['infection prevention and control', 'infection control', 'hand hygiene'],
    ['infectiepreventie', 'ziekenhuishygiëne', 'handhygiëne'],
    ['prévention des infections', 'hygiène hospitalière'],
  ),
  skill(
    'patient-handling',
    ['patient handling and transfer', 'patient lifting', 'safe patient transfer'],
    ['tillen en transfereren van patiënten', 'patiënten verplaatsen'],
    ['manutention des patients', 'transferts de patients'],
    'Safe patient handling',
  ),
  skill(
    'care-documentation',
    ['care documentation', 'nursing documentation', 'care records'],
    ['zorgdossier bijhouden', 'verpleegkundig dossier'],
    ['dossier de soins', 'transmissions écrites'],
  ),
  skill(
    'care-planning',
    ['care planning', 'care plan'],
    ['zorgplanning', 'zorgplan opstellen'],
    ['plan de soins', 'planification des soins'],
  ),
  skill(
    'palliative-care',
    ['palliative care', 'end-of-life care'],
    ['palliatieve zorg', 'levenseindezorg'],
    ['soins palliatifs', 'accompagnement de fin de vie'],
  ),
  skill(
    'intravenous-therapy',
    ['intravenous therapy', 'IV therapy', 'infusion therapy'],
    ['infuustherapie', 'intraveneuze therapie', 'infuus plaatsen'],
    ['perfusion intraveineuse', 'pose de perfusion'],
  ),
  skill(
    'blood-sampling',
    ['blood sampling', 'phlebotomy', 'venepuncture'],
    ['bloedafname', 'bloed prikken'],
    ['prise de sang', 'prélèvement sanguin'],
  ),
  skill(
    'emergency-care',
    ['emergency care', 'acute care', 'triage'],
    ['spoedeisende zorg', 'urgentiezorg'],
    ['soins d’urgence', 'urgences'],
  ),
  skill(
    'electronic-health-records',
    ['electronic health records', 'EHR', 'electronic patient record'],
    ['elektronisch patiëntendossier', 'EPD'],
    ['dossier patient informatisé', 'dossier médical électronique'],
  ),
  skill(
    'physiotherapy-techniques',
    ['physiotherapy techniques', 'physical therapy', 'exercise therapy'],
    ['kinesitherapeutische technieken', 'kinesitherapie', 'oefentherapie'],
    ['techniques de kinésithérapie', 'kinésithérapie'],
  ),
  skill(
    'rehabilitation',
    ['rehabilitation', 'functional rehabilitation'],
    ['revalidatie', 'functioneel herstel'],
    ['rééducation', 'réadaptation fonctionnelle'],
  ),
  skill(
    'manual-therapy',
    ['manual therapy', 'massage therapy', 'mobilisation techniques'],
    ['manuele therapie', 'massage'],
    ['thérapie manuelle', 'massothérapie'],
  ),
  skill(
    'clinical-examination',
    ['clinical examination', 'physical examination', 'anamnesis'],
    ['klinisch onderzoek', 'lichamelijk onderzoek', 'anamnese'],
    ['examen clinique', 'anamnèse'],
  ),
  skill(
    'medical-diagnosis',
    ['medical diagnosis', 'diagnosing patients', 'differential diagnosis'],
    ['medische diagnose', 'diagnose stellen'],
    ['diagnostic médical', 'établir un diagnostic'],
  ),
  skill(
    'prescribing-medication',
    ['prescribing medication', 'medical prescription'],
    ['geneesmiddelen voorschrijven', 'medicatie voorschrijven'],
    ['prescription de médicaments', 'prescription médicale'],
  ),
  skill(
    'pharmacology',
    ['pharmacology', 'drug interactions', 'pharmacotherapy'],
    ['farmacologie', 'geneesmiddeleninteracties', 'farmacotherapie'],
    ['pharmacologie', 'interactions médicamenteuses'],
  ),
  skill(
    'medicine-dispensing',
    ['medicine dispensing', 'dispensing prescriptions', 'pharmaceutical counselling'],
    ['geneesmiddelen afleveren', 'farmaceutisch advies'],
    ['délivrance de médicaments', 'conseil pharmaceutique'],
  ),
  skill(
    'pharmaceutical-compounding',
    ['pharmaceutical compounding', 'magistral preparations'],
    ['magistrale bereidingen', 'geneesmiddelen bereiden'],
    ['préparations magistrales', 'préparation de médicaments'],
  ),
  skill(
    'dental-treatment',
    ['dental treatment', 'restorative dentistry', 'fillings'],
    ['tandheelkundige behandeling', 'tandheelkunde'],
    ['soins dentaires', 'dentisterie restauratrice'],
  ),
  skill(
    'oral-hygiene',
    ['oral hygiene', 'dental hygiene', 'scaling and polishing'],
    ['mondhygiëne', 'tandsteen verwijderen'],
    ['hygiène bucco-dentaire', 'détartrage'],
  ),
  skill(
    'obstetric-care',
    ['obstetric care', 'midwifery', 'childbirth assistance'],
    ['verloskundige zorg', 'verloskunde', 'bevallingsbegeleiding'],
    ['soins obstétricaux', 'obstétrique', 'accompagnement de l’accouchement'],
  ),
  skill(
    'laboratory-analysis',
    ['medical laboratory analysis', 'clinical laboratory testing', 'lab analysis'],
    ['medische laboratoriumanalyses', 'klinische labo-analyses'],
    ['analyses de biologie médicale', 'analyses de laboratoire'],
  ),
  skill(
    'mental-health-support',
    ['mental health support', 'psychiatric care'],
    ['geestelijke gezondheidszorg', 'psychiatrische zorg'],
    ['soutien en santé mentale', 'soins psychiatriques'],
  ),
];

const CHILDCARE_AND_EDUCATION: readonly Skill[] = [
  skill(
    'child-development',
    ['child development', 'developmental psychology of children'],
    ['ontwikkeling van kinderen', 'ontwikkelingspsychologie'],
    ['développement de l’enfant', 'psychologie du développement'],
  ),
  skill(
    'childcare',
    ['childcare', 'caring for young children', 'infant care'],
    ['kinderopvang', 'zorg voor jonge kinderen', 'babyverzorging'],
    ['garde d’enfants', 'soins aux jeunes enfants', 'puériculture'],
  ),
  skill(
    'play-activities',
    ['organising play activities', 'educational play'],
    ['spelactiviteiten begeleiden', 'spelbegeleiding'],
    ['animation d’activités ludiques', 'jeux éducatifs'],
  ),
  skill(
    'lesson-planning',
    ['lesson planning', 'course preparation', 'curriculum design'],
    ['lesvoorbereiding', 'lessen voorbereiden'],
    ['préparation de cours', 'préparation des leçons'],
  ),
  skill(
    'classroom-management',
    ['classroom management', 'class management'],
    ['klasmanagement', 'klasbeheer'],
    ['gestion de classe', 'gestion de la classe'],
  ),
  skill(
    'didactics',
    ['didactics', 'teaching methods', 'pedagogy'],
    ['didactiek', 'pedagogiek', 'onderwijsmethoden'],
    ['didactique', 'pédagogie', 'méthodes d’enseignement'],
  ),
  skill(
    'special-needs-support',
    ['special educational needs support', 'inclusive education'],
    ['zorgbegeleiding', 'leerzorg', 'inclusief onderwijs'],
    ['accompagnement des besoins spécifiques', 'enseignement inclusif'],
  ),
  skill(
    'student-assessment',
    ['student assessment', 'grading', 'evaluating pupils'],
    ['leerlingen evalueren', 'evaluatie', 'toetsen'],
    ['évaluation des élèves', 'notation'],
  ),
];

const HOSPITALITY_AND_SERVICES: readonly Skill[] = [
  skill(
    'cooking-techniques',
    ['cooking techniques', 'cooking', 'culinary skills'],
    ['kooktechnieken', 'koken', 'culinaire vaardigheden'],
    ['techniques culinaires', 'cuisine', 'cuisson'],
    'Professional kitchen basics',
  ),
  skill(
    'food-preparation',
    ['food preparation', 'mise en place', 'preparing ingredients'],
    ['voedselbereiding', 'ingrediënten voorbereiden'],
    ['préparation des aliments', 'préparations culinaires'],
  ),
  skill(
    'menu-planning',
    ['menu planning', 'menu design'],
    ['menuplanning', 'menu samenstellen'],
    ['élaboration des menus', 'conception de menus'],
  ),
  skill(
    'pastry',
    ['pastry making', 'patisserie', 'desserts'],
    ['patisserie', 'banketbakken', 'desserts maken'],
    ['pâtisserie', 'desserts'],
  ),
  skill(
    'bread-baking',
    ['bread baking', 'baking', 'dough preparation'],
    ['brood bakken', 'bakken', 'deeg bereiden'],
    ['boulangerie', 'fabrication du pain', 'panification'],
  ),
  skill(
    'meat-cutting',
    ['meat cutting', 'butchery', 'deboning'],
    ['vlees uitbenen', 'vlees versnijden', 'beenhouwerij'],
    ['découpe de viande', 'boucherie', 'désossage'],
  ),
  skill(
    'table-service',
    ['table service', 'waiting on tables', 'serving guests'],
    ['bediening', 'tafelbediening', 'zaalwerk'],
    ['service en salle', 'service à table'],
  ),
  skill(
    'bar-service',
    ['bar service', 'bartending', 'barista'],
    ['barwerk', 'achter de toog', 'koffie zetten'],
    ['service au bar', 'barman'],
  ),
  skill(
    'cleaning-techniques',
    ['professional cleaning techniques', 'commercial cleaning', 'housekeeping'],
    ['schoonmaaktechnieken', 'professioneel schoonmaken', 'poetsen'],
    ['techniques de nettoyage', 'nettoyage professionnel', 'entretien des locaux'],
  ),
  skill(
    'cleaning-machines',
    ['operating cleaning machines', 'scrubber dryer', 'floor cleaning machines'],
    ['schoonmaakmachines bedienen', 'schrobzuigmachine'],
    ['utilisation d’autolaveuse', 'machines de nettoyage'],
  ),
];

const OFFICE_AND_FINANCE: readonly Skill[] = [
  skill(
    'bookkeeping',
    ['bookkeeping', 'accounting', 'double-entry bookkeeping'],
    ['boekhouden', 'boekhouding', 'dubbel boekhouden'],
    ['comptabilité', 'tenue de comptabilité'],
  ),
  skill(
    'financial-reporting',
    ['financial reporting', 'annual accounts', 'financial statements'],
    ['financiële rapportering', 'jaarrekening'],
    ['reporting financier', 'comptes annuels', 'états financiers'],
  ),
  skill(
    'vat-and-tax',
    ['VAT and tax returns', 'tax compliance', 'VAT returns'],
    ['btw-aangiftes', 'fiscaliteit', 'belastingaangifte'],
    ['déclarations TVA', 'fiscalité'],
  ),
  skill(
    'auditing',
    ['auditing', 'internal audit', 'financial audit'],
    ['auditing', 'interne audit', 'financiële audit'],
    ['audit', 'audit interne', 'audit financier'],
  ),
  skill(
    'erp-software',
    ['ERP software', 'SAP', 'Exact Online', 'Odoo'],
    ['ERP-pakket', 'ERP-software'],
    ['logiciel ERP', 'progiciel de gestion intégré'],
  ),
  skill(
    'spreadsheets',
    ['spreadsheets', 'Microsoft Excel', 'Excel'],
    ['rekenbladen', 'Excel-kennis'],
    ['tableur', 'tableurs', 'Excel avancé'],
  ),
  skill(
    'office-software',
    ['office software', 'Microsoft Office', 'word processing'],
    ['kantoorsoftware', 'MS Office', 'tekstverwerking'],
    ['bureautique', 'suite Office', 'traitement de texte'],
  ),
  skill(
    'project-management',
    ['project management', 'project planning', 'PMP'],
    ['projectmanagement', 'projectbeheer', 'projectleiding'],
    ['gestion de projet', 'gestion de projets', 'management de projet'],
  ),
];

const IT: readonly Skill[] = [
  skill(
    'java',
    ['Java', 'Java programming', 'Java SE', 'Spring'],
    ['Java', 'Java-programmeren'],
    ['Java', 'programmation Java'],
  ),
  skill(
    'javascript',
    ['JavaScript', 'JS', 'ECMAScript', 'Node.js'],
    ['JavaScript', 'JavaScript-programmeren'],
    ['JavaScript', 'programmation JavaScript'],
  ),
  skill('typescript', ['TypeScript', 'TS'], ['TypeScript'], ['TypeScript']),
  skill(
    'python',
    ['Python', 'Python programming', 'Python 3'],
    ['Python', 'programmeren in Python'],
    ['Python', 'programmation Python'],
  ),
  skill('csharp', ['C#', 'C sharp', 'dotnet', '.NET'], ['C#', 'C#-programmeren'], ['C#', 'programmation C#']),
  skill('php', ['PHP', 'PHP programming', 'Laravel'], ['PHP'], ['PHP', 'programmation PHP']),
  skill(
    'sql',
    ['SQL', 'relational databases', 'PostgreSQL', 'MySQL'],
    ['SQL', 'relationele databanken'],
    ['SQL', 'bases de données relationnelles'],
  ),
  skill('html-css', ['HTML and CSS', 'HTML', 'CSS', 'HTML5'], ['HTML en CSS'], ['HTML et CSS']),
  skill('react', ['React', 'ReactJS', 'React.js'], ['React'], ['React']),
  skill(
    'rest-api-design',
    ['REST API design', 'REST APIs', 'web services'],
    ['REST-API-ontwerp', 'API-ontwikkeling'],
    ['conception d’API REST', 'API REST', 'services web'],
  ),
  skill(
    'software-testing',
    ['software testing', 'unit testing', 'test automation'],
    ['softwaretesten', 'testautomatisering'],
    ['test logiciel', 'tests unitaires', 'automatisation des tests'],
  ),
  skill('git', ['Git', 'version control', 'GitHub'], ['Git', 'versiebeheer'], ['Git', 'gestion de versions']),
  skill(
    'agile-scrum',
    ['Agile and Scrum', 'Scrum', 'Agile', 'Kanban'],
    ['Agile werken', 'Scrum-methodologie'],
    ['méthodes agiles', 'méthodologie Scrum'],
  ),
  skill(
    'devops-ci-cd',
    ['DevOps and CI/CD', 'continuous integration', 'CI/CD pipelines', 'DevOps'],
    ['DevOps', 'continue integratie'],
    ['DevOps et CI/CD', 'intégration continue'],
  ),
  skill(
    'cloud-aws',
    ['Amazon Web Services', 'AWS', 'AWS cloud'],
    ['AWS-cloud', 'Amazon Web Services (AWS)'],
    ['cloud AWS', 'services cloud Amazon'],
  ),
  skill(
    'cloud-azure',
    ['Microsoft Azure', 'Azure', 'Azure cloud'],
    ['Azure-cloud', 'Microsoft Azure-cloud'],
    ['cloud Azure', 'Microsoft Azure (cloud)'],
  ),
  skill(
    'docker-containers',
    ['Docker and containers', 'Docker', 'containerisation'],
    ['Docker-containers', 'containerisatie'],
    ['conteneurs Docker', 'conteneurisation'],
  ),
  skill(
    'kubernetes',
    ['Kubernetes', 'K8s', 'container orchestration'],
    ['Kubernetes'],
    ['Kubernetes', 'orchestration de conteneurs'],
  ),
  skill(
    'linux-administration',
    ['Linux administration', 'Linux', 'Unix administration'],
    ['Linux-beheer', 'Linux-systeembeheer'],
    ['administration Linux', 'administration système Linux'],
  ),
  skill(
    'windows-server',
    ['Windows Server administration', 'Windows Server', 'Active Directory'],
    ['Windows Server-beheer', 'Active Directory-beheer'],
    ['administration Windows Server', 'annuaire Active Directory'],
  ),
  skill(
    'computer-networking',
    ['computer networking', 'TCP/IP networking', 'LAN/WAN'],
    ['computernetwerken', 'netwerkbeheer', 'netwerktechniek'],
    ['réseaux informatiques', 'administration réseau'],
  ),
  skill(
    'cisco-networking',
    ['Cisco networking', 'CCNA', 'routing and switching'],
    ['Cisco-netwerken', 'routering en switching'],
    ['réseaux Cisco', 'routage et commutation'],
    'Cisco CCNA preparation',
  ),
  skill(
    'cybersecurity',
    ['cybersecurity', 'information security', 'IT security'],
    ['cyberbeveiliging', 'informatiebeveiliging', 'IT-beveiliging'],
    ['cybersécurité', 'sécurité informatique', 'sécurité de l’information'],
  ),
  skill(
    'virtualisation',
    ['virtualisation', 'VMware', 'Hyper-V'],
    ['virtualisatie', 'servervirtualisatie'],
    ['virtualisation de serveurs', 'VMware vSphere'],
  ),
  skill(
    'shell-scripting',
    ['shell scripting', 'Bash', 'PowerShell'],
    ['shellscripts', 'scripting'],
    ['scripts shell', 'scripting shell'],
  ),
  skill(
    'it-user-support',
    ['IT user support', 'helpdesk support', 'service desk'],
    ['IT-ondersteuning', 'helpdesk', 'gebruikersondersteuning'],
    ['support informatique', 'assistance aux utilisateurs'],
  ),
  skill(
    'hardware-troubleshooting',
    ['hardware troubleshooting', 'PC repair', 'computer hardware'],
    ['hardware herstellen', 'pc-herstelling'],
    ['dépannage matériel informatique', 'réparation de PC'],
  ),
  skill(
    'itil',
    ['ITIL', 'IT service management', 'ITSM'],
    ['ITIL-processen', 'IT-servicemanagement'],
    ['ITIL', 'gestion des services informatiques'],
  ),
  skill(
    'data-analysis',
    ['data analysis', 'data analytics'],
    ['data-analyse', 'gegevensanalyse'],
    ['analyse de données', 'analyse des données'],
  ),
  skill(
    'data-visualisation',
    ['data visualisation', 'Power BI', 'Tableau', 'dashboards'],
    ['datavisualisatie', 'dashboarding'],
    ['visualisation de données', 'tableaux de bord'],
  ),
  skill(
    'machine-learning',
    ['machine learning', 'ML', 'predictive modelling'],
    ['machinaal leren', 'machine learning-modellen'],
    ['apprentissage automatique', 'machine learning (ML)'],
  ),
  skill(
    'statistics',
    ['statistics', 'statistical analysis'],
    ['statistiek', 'statistische analyse'],
    ['statistique', 'analyse statistique'],
  ),
  skill(
    'database-administration',
    ['database administration', 'DBA', 'database tuning'],
    ['databasebeheer', 'databankbeheer'],
    ['administration de bases de données', 'DBA (administration)'],
  ),
];

const TRANSVERSAL: readonly Skill[] = [
  skill(
    'time-management',
    ['time management', 'punctuality', 'managing time'],
    ['timemanagement', 'tijdsbeheer', 'stiptheid'],
    ['gestion du temps', 'ponctualité'],
    'Soft skills: time management',
  ),
  skill(
    'communication',
    ['communication', 'communication skills', 'verbal communication'],
    ['communicatie', 'communicatievaardigheden'],
    ['communication orale', 'compétences en communication', 'aptitudes à communiquer'],
    'Soft skills: communication',
  ),
  skill(
    'teamwork',
    ['teamwork', 'working in teams', 'team player'],
    ['teamwerk', 'samenwerken', 'teamspeler'],
    ['travail d’équipe', 'travail en équipe', 'esprit d’équipe'],
  ),
  skill(
    'customer-service',
    ['customer service', 'customer orientation', 'client contact'],
    ['klantgerichtheid', 'klantenservice', 'klantencontact'],
    ['service client', 'orientation client', 'relation client'],
  ),
  skill(
    'problem-solving',
    ['problem solving', 'analytical thinking'],
    ['probleemoplossend denken', 'analytisch denken'],
    ['résolution de problèmes', 'esprit d’analyse'],
  ),
  skill(
    'attention-to-detail',
    ['attention to detail', 'accuracy', 'precision work'],
    ['nauwkeurigheid', 'oog voor detail', 'nauwgezetheid'],
    ['rigueur', 'souci du détail', 'minutie'],
  ),
  skill(
    'leadership',
    ['leadership', 'team leadership', 'people management'],
    ['leidinggeven', 'leiderschap', 'teamleiding'],
    ['leadership (management)', 'encadrement d’équipe', 'management d’équipe'],
  ),
  skill(
    'work-organisation',
    ['planning and organising work', 'work organisation', 'organisational skills'],
    ['plannen en organiseren', 'werkorganisatie'],
    ['organisation du travail', 'sens de l’organisation'],
  ),
  skill(
    'stress-resistance',
    ['stress resistance', 'working under pressure', 'resilience'],
    ['stressbestendigheid', 'werken onder druk'],
    ['résistance au stress', 'travail sous pression'],
  ),
  skill(
    'empathy',
    ['empathy', 'empathetic attitude'],
    ['empathie', 'inlevingsvermogen'],
    ['empathie (attitude)', 'bienveillance'],
  ),
  skill(
    'intercultural-communication',
    ['intercultural communication', 'working in diverse teams', 'cultural awareness'],
    ['interculturele communicatie', 'diversiteitsbewustzijn'],
    ['communication interculturelle', 'sensibilité interculturelle'],
    'Civic orientation and intercultural communication',
  ),
  skill(
    'flexibility',
    ['flexibility', 'adaptability', 'shift work'],
    ['flexibiliteit', 'aanpassingsvermogen', 'ploegenwerk'],
    ['flexibilité', 'adaptabilité', 'travail posté'],
  ),
  skill(
    'physical-stamina',
    ['physical stamina', 'physically demanding work', 'manual handling'],
    ['fysieke belastbaarheid', 'fysiek zwaar werk', 'manueel tillen'],
    ['endurance physique', 'travail physique', 'manutention manuelle'],
  ),
  skill(
    'independent-working',
    ['working independently', 'autonomy', 'self-reliance'],
    ['zelfstandig werken', 'zelfstandigheid'],
    ['autonomie', 'travail en autonomie'],
  ),
  skill(
    'safety-awareness',
    ['safety awareness', 'safe working practices', 'risk awareness'],
    ['veiligheidsbewustzijn', 'veilig werken'],
    ['sens de la sécurité', 'respect des consignes de sécurité'],
  ),
];

/** Every built-in skill, grouped by domain only for readability. */
export const SKILLS: readonly Skill[] = withEscoLink(SKILL_ESCO, (s) => s.id, [
  ...SAFETY_AND_CERTIFICATES,
  ...DRIVING_AND_LOGISTICS,
  ...CONSTRUCTION,
  ...BUILDING_SERVICES,
  ...ELECTRICAL,
  ...METAL_AND_MECHANICS,
  ...CARE_AND_HEALTH,
  ...CHILDCARE_AND_EDUCATION,
  ...HOSPITALITY_AND_SERVICES,
  ...OFFICE_AND_FINANCE,
  ...IT,
  ...TRANSVERSAL,
]);
