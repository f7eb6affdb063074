import type { EscoLink } from './taxonomy-types.js';

/**
 * The ESCO concept each built-in occupation and skill is, or why none is.
 *
 * Source: ESCO — European Skills, Competences, Qualifications and Occupations, European
 * Commission (reuse under Commission Decision 2011/833/EU). Occupation URIs and labels are
 * from ESCO v1.1.1 `occupations_en.csv`; skill URIs from the ESCO v1.2 skill list
 * (`test/fixtures/esco/real-en/` holds the rows these URIs name). Every pairing was reviewed by
 * hand: a skill maps only where the ESCO skill is the same skill, not merely a related one;
 * a certificate, licence, national regulation or product name that ESCO has no concept for
 * says so (`uri: null`) instead of borrowing the nearest ESCO skill.
 */

/** ISCO-08 unit group of a built-in occupation → its ESCO occupation. */
export const OCCUPATION_ESCO: Readonly<Record<string, EscoLink>> = {
  '7112': {
    uri: 'http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7',
    label: 'bricklayer',
  },
  '7114': {
    uri: 'http://data.europa.eu/esco/occupation/a9068f84-cecd-4cbb-9acb-e20c714435ec',
    label: 'concrete finisher',
  },
  '7115': {
    uri: 'http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4',
    label: 'carpenter',
  },
  '7121': {
    uri: 'http://data.europa.eu/esco/occupation/b4c6d1b0-929e-48be-9f67-47bd8c30658b',
    label: 'roofer',
  },
  '7122': {
    uri: 'http://data.europa.eu/esco/occupation/02447817-ea01-4d8b-b09c-8bc128e447e6',
    label: 'tile fitter',
  },
  '7123': {
    uri: 'http://data.europa.eu/esco/occupation/f4a22809-c00c-4dd0-8b09-c7251f8dcd1c',
    label: 'plasterer',
  },
  '7124': {
    uri: 'http://data.europa.eu/esco/occupation/b2dab4fb-b7f7-4f57-94b2-9c0f0848564a',
    label: 'insulation worker',
  },
  '7126': {
    uri: 'http://data.europa.eu/esco/occupation/ed3cf43d-c2c1-4c46-82fc-1375e27e0290',
    label: 'plumber',
  },
  '7131': {
    uri: 'http://data.europa.eu/esco/occupation/15620506-fb5d-49cd-87a2-1c9047fb406a',
    label: 'construction painter',
  },
  '3123': {
    uri: 'http://data.europa.eu/esco/occupation/0dd7e6cd-2e5a-4fae-9ce0-6a3622d4019f',
    label: 'construction general supervisor',
  },
  '8342': {
    uri: 'http://data.europa.eu/esco/occupation/cae71f3f-ad4d-480e-b501-bff22827e60c',
    label: 'bulldozer operator',
  },
  '9313': {
    uri: 'http://data.europa.eu/esco/occupation/fb7e2f4f-1545-42f1-972e-94082e49c6dc',
    label: 'building construction worker',
  },
  '2142': {
    uri: 'http://data.europa.eu/esco/occupation/d7d986e1-7333-431b-9719-0c5c6939e360',
    label: 'civil engineer',
  },
  '7411': {
    uri: 'http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0',
    label: 'electrician',
  },
  '7412': {
    uri: 'http://data.europa.eu/esco/occupation/5d009d45-3bb9-4e33-8760-294f59adec8c',
    label: 'electrical mechanic',
  },
  '7212': {
    uri: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
    label: 'welder',
  },
  '7213': {
    uri: 'http://data.europa.eu/esco/occupation/572c9810-e1ee-4f7a-a71f-820f17c0c25b',
    label: 'sheet metal worker',
  },
  '7214': {
    uri: 'http://data.europa.eu/esco/occupation/691ec040-f5ad-47ef-8698-03212d66dbbf',
    label: 'structural ironworker',
  },
  '7223': {
    uri: 'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120',
    label: 'computer numerical control machine operator',
  },
  '7231': {
    uri: 'http://data.europa.eu/esco/occupation/4ad4024e-d1d3-4dea-b6d1-2c7948111dce',
    label: 'vehicle technician',
  },
  '7233': {
    uri: 'http://data.europa.eu/esco/occupation/269c47e7-9017-4aa6-bce8-49e89a696a64',
    label: 'industrial machinery mechanic',
  },
  '7127': {
    uri: 'http://data.europa.eu/esco/occupation/79f435d0-9bc6-4d25-a26a-acbe16569ebb',
    label: 'heating and ventilation service engineer',
  },
  '3118': {
    uri: 'http://data.europa.eu/esco/occupation/a4869ae9-2dfe-48cc-bd97-f803880f3407',
    label: 'drafter',
  },
  '2144': {
    uri: 'http://data.europa.eu/esco/occupation/579254cf-6d69-4889-9000-9c79dc568644',
    label: 'mechanical engineer',
  },
  '2151': {
    uri: 'http://data.europa.eu/esco/occupation/86ca306c-ab99-420a-9e2a-aa73c5c4de22',
    label: 'electrical engineer',
  },
  '2221': {
    uri: 'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50',
    label: 'nurse responsible for general care',
  },
  '3221': {
    uri: null,
    reason:
      'ESCO files no occupation under ISCO-08 3221 (nursing associate professionals); its nurse assistants are under 5321',
  },
  '5321': {
    uri: 'http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082',
    label: 'healthcare assistant',
  },
  '5322': {
    uri: 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60',
    label: 'home care aide',
  },
  '2211': {
    uri: 'http://data.europa.eu/esco/occupation/71f09c8b-a172-408c-b9e7-32e580e39ff6',
    label: 'general practitioner',
  },
  '2212': {
    uri: 'http://data.europa.eu/esco/occupation/9b889f07-c39c-464d-b9d9-b2daa650f9ac',
    label: 'specialised doctor',
  },
  '2222': {
    uri: 'http://data.europa.eu/esco/occupation/95cda6a9-a70a-4a93-9442-11d573cb4a02',
    label: 'midwife',
  },
  '2261': {
    uri: 'http://data.europa.eu/esco/occupation/e52b5707-7097-4dbc-ac61-054e917da241',
    label: 'dental practitioner',
  },
  '2262': {
    uri: 'http://data.europa.eu/esco/occupation/7c132147-428b-4ea3-87e1-70f7abb691ce',
    label: 'pharmacist',
  },
  '2264': {
    uri: 'http://data.europa.eu/esco/occupation/006cc1f9-2841-41c3-991a-dc3f2f3bd533',
    label: 'physiotherapist',
  },
  '3212': {
    uri: 'http://data.europa.eu/esco/occupation/0044c991-c26f-4261-a213-4bd1c0564a4c',
    label: 'medical laboratory assistant',
  },
  '3213': {
    uri: 'http://data.europa.eu/esco/occupation/7b74626d-b487-48a1-9e80-47faf9928210',
    label: 'pharmacy technician',
  },
  '2512': {
    uri: 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1',
    label: 'software developer',
  },
  '2513': {
    uri: 'http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d',
    label: 'web developer',
  },
  '2511': {
    uri: 'http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30',
    label: 'data scientist',
  },
  '2521': {
    uri: 'http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc',
    label: 'database administrator',
  },
  '2522': {
    uri: 'http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300',
    label: 'ICT system administrator',
  },
  '2523': {
    uri: 'http://data.europa.eu/esco/occupation/cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d',
    label: 'ICT network engineer',
  },
  '2529': {
    uri: 'http://data.europa.eu/esco/occupation/0c448a27-10ec-43ba-b880-d9938bade424',
    label: 'digital forensics expert',
  },
  '3512': {
    uri: 'http://data.europa.eu/esco/occupation/3e7bf729-4442-4b9f-ad5e-83111963795c',
    label: 'ICT technician',
  },
  '8332': {
    uri: 'http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4',
    label: 'cargo vehicle driver',
  },
  '8331': {
    uri: 'http://data.europa.eu/esco/occupation/00cee175-1376-43fb-9f02-ba3d7a910a58',
    label: 'bus driver',
  },
  '8343': {
    uri: 'http://data.europa.eu/esco/occupation/1f2b8092-1787-4ef4-9282-cf81ce4b4d76',
    label: 'mobile crane operator',
  },
  '8344': {
    uri: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755',
    label: 'forklift operator',
  },
  '9333': {
    uri: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
    label: 'warehouse worker',
  },
  '4323': {
    uri: 'http://data.europa.eu/esco/occupation/49e28648-4fa8-4b36-ac4d-781c108547bf',
    label: 'freight transport dispatcher',
  },
  '5120': {
    uri: 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e',
    label: 'cook',
  },
  '5131': {
    uri: 'http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471',
    label: 'waiter/waitress',
  },
  '9412': {
    uri: 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c',
    label: 'kitchen assistant',
  },
  '7512': {
    uri: 'http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419',
    label: 'baker',
  },
  '7511': {
    uri: 'http://data.europa.eu/esco/occupation/37c7880e-cfee-4c41-a41b-061682fefde3',
    label: 'butcher',
  },
  '9112': {
    uri: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397',
    label: 'building cleaner',
  },
  '2411': {
    uri: 'http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897',
    label: 'accountant',
  },
  '2330': {
    uri: 'http://data.europa.eu/esco/occupation/5efb2c08-ba3a-4659-a2e4-1883f54e77b6',
    label: 'secondary school teacher',
  },
  '2341': {
    uri: 'http://data.europa.eu/esco/occupation/03d79393-7b30-4159-945b-01963eddd302',
    label: 'primary school teacher',
  },
  '2342': {
    uri: 'http://data.europa.eu/esco/occupation/55d60ead-0343-4008-b9e4-fb4b5a179c83',
    label: 'early years teacher',
  },
  '5311': {
    uri: 'http://data.europa.eu/esco/occupation/3f74aad8-2d60-4be2-b059-8dba5568d530',
    label: 'child day care worker',
  },
};

/** Built-in skill id → its ESCO skill. */
export const SKILL_ESCO: Readonly<Record<string, EscoLink>> = {
  'vca-basic-safety': {
    uri: null,
    reason:
      'VCA/SCC is a Benelux safety certificate; ESCO has the general skill "follow health and safety procedures in construction" but no concept for the certificate',
  },
  'vca-supervisor-safety': {
    uri: null,
    reason:
      'VCA VOL is a Benelux safety certificate for supervisors; ESCO has no concept for the certificate',
  },
  'working-at-heights': { uri: 'http://data.europa.eu/esco/skill/fafbb75f-ec35-4cc2-996a-20c85ef6c266' },
  scaffolding: { uri: 'http://data.europa.eu/esco/skill/91991706-cd8e-4795-9784-715fc0250c8d' },
  'electrical-safety-ba4-ba5': {
    uri: null,
    reason:
      'BA4/BA5 are Belgian electrical-competence levels (AREI/RGIE); ESCO has only the generic "comply with electrical safety regulations"',
  },
  'first-aid': { uri: 'http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58' },
  'cardiopulmonary-resuscitation': {
    uri: 'http://data.europa.eu/esco/skill/8bd49d04-ab2f-4333-b5d9-12d716e4e2f6',
  },
  'food-safety-haccp': { uri: 'http://data.europa.eu/esco/skill/5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350' },
  'f-gas-certification': {
    uri: null,
    reason:
      'the EU F-gas certificate (Regulation (EU) 2024/573) has no ESCO concept; ESCO has only the knowledge "refrigerants"',
  },
  'asbestos-awareness': {
    uri: null,
    reason: 'ESCO has asbestos removal regulations but no asbestos-awareness skill',
  },
  'driving-licence-b': {
    uri: null,
    reason: 'driving licence categories (Directive 2006/126/EC) are licences, not ESCO skills',
  },
  'driving-licence-c': {
    uri: null,
    reason: 'driving licence categories (Directive 2006/126/EC) are licences, not ESCO skills',
  },
  'driving-licence-ce': {
    uri: null,
    reason: 'driving licence categories (Directive 2006/126/EC) are licences, not ESCO skills',
  },
  'driving-licence-d': {
    uri: null,
    reason: 'driving licence categories (Directive 2006/126/EC) are licences, not ESCO skills',
  },
  'code-95': {
    uri: null,
    reason: 'the driver CPC (Directive (EU) 2022/2561) is a certificate, not an ESCO skill',
  },
  'adr-dangerous-goods': { uri: 'http://data.europa.eu/esco/skill/12d7ea6f-ec1f-4f9a-a50b-8e2e9693f068' },
  'tachograph-use': { uri: null, reason: 'ESCO has no tachograph skill' },
  'load-securing': { uri: 'http://data.europa.eu/esco/skill/b1e4b6b3-c32e-426f-91a1-41b8adac086c' },
  'forklift-operation': { uri: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da' },
  'reach-truck-operation': {
    uri: null,
    reason: 'ESCO has no reach-truck skill; "operate forklift" is a different machine',
  },
  'order-picking': { uri: 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f' },
  'warehouse-management-systems': {
    uri: 'http://data.europa.eu/esco/skill/7c821387-b428-4f75-b5a7-7b038aa81cfd',
  },
  'inventory-management': { uri: 'http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b' },
  'route-planning': { uri: 'http://data.europa.eu/esco/skill/de857fbb-91a6-4a3f-8a47-93a9c1a616c8' },
  'crane-operation': { uri: 'http://data.europa.eu/esco/skill/9fe699e9-3490-4f3d-a50d-9f9d31c98698' },
  'earthmoving-machinery': { uri: 'http://data.europa.eu/esco/skill/978a76ca-0d14-43b5-a69d-1996dfeb22de' },
  'passenger-transport': { uri: 'http://data.europa.eu/esco/skill/b54545e6-637c-43a2-8ab2-9efd5f9e2d38' },
  bricklaying: { uri: 'http://data.europa.eu/esco/skill/13e1c0a2-b90d-46f4-be51-11730360b38d' },
  'concrete-work': { uri: 'http://data.europa.eu/esco/skill/46994031-5490-4a02-9937-c61f6e2d4fc9' },
  formwork: { uri: 'http://data.europa.eu/esco/skill/aa95f606-13ec-4242-a6bc-635a1aaa841c' },
  'rebar-fixing': { uri: 'http://data.europa.eu/esco/skill/e9b19e2f-7ee7-4a6c-9ca9-639e02252824' },
  carpentry: { uri: 'http://data.europa.eu/esco/skill/19858dd3-a5fe-4855-b644-6ecfefd1c384' },
  joinery: { uri: 'http://data.europa.eu/esco/skill/11c0bfec-6bc8-4ec0-a535-91bd65be92c5' },
  roofing: { uri: 'http://data.europa.eu/esco/skill/69ce43f9-c8f9-4efb-8b8c-3c4a9ba3db88' },
  'flat-roof-waterproofing': { uri: 'http://data.europa.eu/esco/skill/16801a68-549b-4eaf-9531-f2d516a9380c' },
  plastering: { uri: 'http://data.europa.eu/esco/skill/20f56226-24ed-495f-8bf5-0b2aa6413ba1' },
  'drywall-installation': { uri: 'http://data.europa.eu/esco/skill/fd8a3c14-fe25-4490-a85d-0215d0a5aa6f' },
  'painting-decorating': {
    uri: null,
    reason: 'ESCO splits painting and decorating into many narrow skills (e.g. by surface); none is this one',
  },
  tiling: { uri: 'http://data.europa.eu/esco/skill/504d99c7-395b-479c-815b-2f77ef769e75' },
  'screed-laying': { uri: 'http://data.europa.eu/esco/skill/ca3ee513-2285-42c0-9b2a-287d65b5f7a2' },
  'thermal-insulation': { uri: 'http://data.europa.eu/esco/skill/7eea6974-d606-4175-b95e-f66554816783' },
  'site-setting-out': {
    uri: null,
    reason: 'ESCO has no construction setting-out skill (its "delineate mine area" is for mining)',
  },
  'technical-drawing-reading': {
    uri: 'http://data.europa.eu/esco/skill/68b6ef08-d823-489d-a95c-752ae6f6e6a7',
  },
  'site-supervision': {
    uri: null,
    reason: 'ESCO has no general construction-site supervision skill, only trade-specific ones',
  },
  'cost-estimation': { uri: 'http://data.europa.eu/esco/skill/9be758b6-a45d-403c-8943-68390ee2c961' },
  'structural-analysis': {
    uri: null,
    reason: 'ESCO has no structural-analysis skill for buildings (only metallurgical structural analysis)',
  },
  'building-information-modelling': {
    uri: 'http://data.europa.eu/esco/skill/fae7e545-5114-43cc-8e83-178e2549ecb9',
  },
  demolition: { uri: 'http://data.europa.eu/esco/skill/2d7b7e10-b33b-489b-9c2e-350c3be162e7' },
  'sanitary-installation': { uri: 'http://data.europa.eu/esco/skill/8755734c-2919-41a3-9ca6-1e3d1f169213' },
  'pipe-fitting': {
    uri: null,
    reason: 'ESCO has only material-specific pipe skills (PVC, metal gas piping), no general pipe fitting',
  },
  'gas-installation': { uri: 'http://data.europa.eu/esco/skill/7a96889b-5ae5-4a43-bcdf-ed38a759b739' },
  'central-heating': { uri: 'http://data.europa.eu/esco/skill/592188c6-7212-47bb-ba58-f9361026addc' },
  'heat-pumps': { uri: 'http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f' },
  refrigeration: { uri: 'http://data.europa.eu/esco/skill/0b95eb5d-f3eb-4387-a0bb-094a394196c7' },
  'ventilation-systems': { uri: 'http://data.europa.eu/esco/skill/539edd73-5c9b-4498-96f2-68a9cd2e6073' },
  'solar-pv-installation': { uri: 'http://data.europa.eu/esco/skill/18d3f89a-6ac5-4ca6-bf93-0baec4e13bcd' },
  'electrical-installation': { uri: 'http://data.europa.eu/esco/skill/52797dce-911c-4e6d-b0cb-491f6469014f' },
  'arei-rgie-regulations': {
    uri: null,
    reason:
      'AREI/RGIE is Belgian national regulation; ESCO has only the generic "electrical safety regulations"',
  },
  'electrical-schematics': { uri: 'http://data.europa.eu/esco/skill/fe96f581-4905-4282-819c-922c68bda989' },
  'electrical-fault-finding': {
    uri: 'http://data.europa.eu/esco/skill/386774ac-fe5b-431a-b485-9aec0bf5c09e',
  },
  'electrical-measurement': { uri: 'http://data.europa.eu/esco/skill/3f6dc31c-ceef-4e93-9d8a-b4b862cf9b51' },
  'home-automation': { uri: 'http://data.europa.eu/esco/skill/0cc02ab5-da14-4fd4-963d-192fe71d3225' },
  'plc-programming': { uri: 'http://data.europa.eu/esco/skill/6468e5fb-f3be-4025-87be-4b6556755c61' },
  'industrial-automation': { uri: 'http://data.europa.eu/esco/skill/f4a6e9f7-5cff-46c0-894c-59c20bb78694' },
  'electrical-power-systems': {
    uri: null,
    reason: 'ESCO splits power systems into distribution, transmission and their safety; none is this one',
  },
  electronics: { uri: 'http://data.europa.eu/esco/skill/557d1221-0235-4a48-ada5-8fca73443627' },
  'welding-tig': { uri: 'http://data.europa.eu/esco/skill/a51adea8-bf02-488a-a0d8-b0961caca5b0' },
  'welding-mig-mag': { uri: 'http://data.europa.eu/esco/skill/60ff3eac-7d4d-4e51-87b8-74c3b5d62498' },
  'welding-mma': { uri: 'http://data.europa.eu/esco/skill/27d26fd6-5795-4f0a-884e-112df7c68314' },
  'thermal-cutting': { uri: 'http://data.europa.eu/esco/skill/8b09c290-c941-4119-870f-bdafbd78c669' },
  'weld-inspection': { uri: null, reason: 'ESCO has no weld-inspection skill' },
  'sheet-metal-working': { uri: 'http://data.europa.eu/esco/skill/82f6b2a3-45ca-4841-90d2-83169d7416ee' },
  'press-brake-operation': { uri: 'http://data.europa.eu/esco/skill/d98c1a49-4616-4500-9109-05e445b705cf' },
  'steel-structure-assembly': {
    uri: null,
    reason: 'ESCO has no structural-steel erection skill; "assemble metal parts" is bench assembly',
  },
  'cnc-programming': { uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8' },
  'cnc-machining': { uri: 'http://data.europa.eu/esco/skill/4cb58ef4-67a9-4bea-a743-2c83ebd60e79' },
  'conventional-machining': { uri: 'http://data.europa.eu/esco/skill/e4a9ec84-4eb3-494b-8a70-0fcf0d687f03' },
  'precision-measurement': { uri: 'http://data.europa.eu/esco/skill/42c25baf-ccb3-47d9-a872-bb2ceb615538' },
  'mechanical-maintenance': { uri: 'http://data.europa.eu/esco/skill/61d9ad65-6a78-4c72-9824-aeca20d9a102' },
  'preventive-maintenance': {
    uri: null,
    reason:
      'ESCO has preventive maintenance only for specific equipment (airports, fire vehicles, instruments)',
  },
  'hydraulics-pneumatics': { uri: 'http://data.europa.eu/esco/skill/68e66ed6-a171-4350-8ec1-2cfc4cae50e4' },
  'vehicle-diagnostics': { uri: 'http://data.europa.eu/esco/skill/af851217-a577-401a-b7ed-887865e92951' },
  'vehicle-maintenance': { uri: 'http://data.europa.eu/esco/skill/0ea0b260-617b-4d04-bf00-988dd0b122e5' },
  'quality-control': { uri: 'http://data.europa.eu/esco/skill/d56358e4-3bcc-4b5d-981d-ea15b2743e9e' },
  'lean-manufacturing': { uri: 'http://data.europa.eu/esco/skill/82fea746-853f-4f1b-8ab7-55de8619cccd' },
  'cad-3d-design': { uri: 'http://data.europa.eu/esco/skill/a2b5dcf3-5b6a-453d-876c-cff540c0faf1' },
  autocad: { uri: null, reason: 'ESCO has "CAD software" but no concept for the AutoCAD product' },
  thermodynamics: { uri: 'http://data.europa.eu/esco/skill/857e8624-4db0-4725-a758-5914bd8cc350' },
  'patient-care': { uri: 'http://data.europa.eu/esco/skill/7a63f944-6948-4ae4-9c1f-d08e492535c9' },
  'wound-care': { uri: 'http://data.europa.eu/esco/skill/1c6736c2-77de-419c-9b84-8932e15abc21' },
  'medication-administration': {
    uri: 'http://data.europa.eu/esco/skill/1fd57242-267e-46df-bd8c-849fdd593a50',
  },
  'vital-signs-monitoring': { uri: 'http://data.europa.eu/esco/skill/d3b74d50-7fc9-4051-9335-58d129a4a064' },
  'personal-hygiene-care': {
    uri: null,
    reason: "ESCO has personal hygiene of the worker, not help with a patient's hygiene",
  },
  'elderly-care': { uri: 'http://data.europa.eu/esco/skill/261e740b-d32d-4356-94a8-3ea29128b70b' },
  'dementia-care': { uri: null, reason: 'ESCO has no dementia-care skill' },
  'infection-prevention': { uri: 'http://data.europa.eu/esco/skill/6d13053b-ee35-492c-8976-8178420df398' },
  'patient-handling': { uri: 'http://data.europa.eu/esco/skill/949c119b-3433-439f-8ca9-1a9ce04b696d' },
  'care-documentation': { uri: 'http://data.europa.eu/esco/skill/9a7cc3c2-b529-44a4-ab8e-f04fc91362e2' },
  'care-planning': { uri: 'http://data.europa.eu/esco/skill/6acf652c-33b2-4e28-8f79-1e553f255229' },
  'palliative-care': { uri: 'http://data.europa.eu/esco/skill/b469a01e-2d3c-4143-8af8-687630fb4ee5' },
  'intravenous-therapy': { uri: 'http://data.europa.eu/esco/skill/d09584de-57ff-450a-8e06-0d0f614f11f8' },
  'blood-sampling': { uri: 'http://data.europa.eu/esco/skill/2d154e1c-3860-4cce-8967-b354f030a8f8' },
  'emergency-care': { uri: 'http://data.europa.eu/esco/skill/9b9244b4-6f62-4834-839b-19e9eba0a407' },
  'electronic-health-records': {
    uri: 'http://data.europa.eu/esco/skill/53141450-2fa9-4890-a64e-7ffd4e1144be',
  },
  'physiotherapy-techniques': {
    uri: 'http://data.europa.eu/esco/skill/f4d1fce0-6d7f-4a5e-b317-2040b64758f2',
  },
  rehabilitation: { uri: 'http://data.europa.eu/esco/skill/87669743-a291-4ea0-9a50-cac60d45649c' },
  'manual-therapy': { uri: 'http://data.europa.eu/esco/skill/c416bcc9-df5a-42fd-abc9-9949ec072ef3' },
  'clinical-examination': { uri: 'http://data.europa.eu/esco/skill/7c228b9e-4989-4572-a9d1-f73963631361' },
  'medical-diagnosis': {
    uri: null,
    reason: 'ESCO splits diagnosis by condition (heart, respiratory, ...); none is general medical diagnosis',
  },
  'prescribing-medication': { uri: 'http://data.europa.eu/esco/skill/8eab4e4f-03f8-4a66-a830-ec4e5db43253' },
  pharmacology: { uri: 'http://data.europa.eu/esco/skill/60c544c9-0815-479c-bcec-93c7891815ea' },
  'medicine-dispensing': { uri: 'http://data.europa.eu/esco/skill/46b391a6-bbd9-4e80-afb0-ad205101af59' },
  'pharmaceutical-compounding': { uri: null, reason: 'ESCO has no pharmaceutical-compounding skill' },
  'dental-treatment': {
    uri: null,
    reason: 'ESCO splits dental treatment into many procedures; none is general dental treatment',
  },
  'oral-hygiene': { uri: 'http://data.europa.eu/esco/skill/98def55f-bb18-40af-9169-4da208e1f4de' },
  'obstetric-care': { uri: 'http://data.europa.eu/esco/skill/6fa0f0de-5630-4a08-a042-a2e07de9208e' },
  'laboratory-analysis': { uri: 'http://data.europa.eu/esco/skill/0b917c3e-e49f-40d9-8f95-3bc8e9c06fd2' },
  'mental-health-support': { uri: 'http://data.europa.eu/esco/skill/7d8ca06a-f737-4927-96f2-de4f2cd15895' },
  'child-development': { uri: 'http://data.europa.eu/esco/skill/28ca596e-5e2f-4149-a28d-42d2c4c20227' },
  childcare: { uri: 'http://data.europa.eu/esco/skill/f8d4a24c-fb62-444e-9525-7aa5662f440d' },
  'play-activities': { uri: 'http://data.europa.eu/esco/skill/94b01483-f13d-48ba-b8a9-ef8f18fcb2dc' },
  'lesson-planning': { uri: 'http://data.europa.eu/esco/skill/20f57a7f-b90e-4403-8c77-5ddd89b5835b' },
  'classroom-management': { uri: 'http://data.europa.eu/esco/skill/cedd0710-62ae-4ff4-89ae-ac52375f86ec' },
  didactics: { uri: 'http://data.europa.eu/esco/skill/a117f32c-662b-4dd9-b739-1230dd04cb60' },
  'special-needs-support': { uri: 'http://data.europa.eu/esco/skill/ef1e63c9-f8c1-46ad-8c74-3cea311c9377' },
  'student-assessment': { uri: 'http://data.europa.eu/esco/skill/6fe019dd-027f-45f3-b19c-d27f7ae00980' },
  'cooking-techniques': { uri: 'http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467' },
  'food-preparation': { uri: 'http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c' },
  'menu-planning': { uri: 'http://data.europa.eu/esco/skill/5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b' },
  pastry: { uri: 'http://data.europa.eu/esco/skill/15d5041a-4ff3-4527-ba5c-2445a4fd044a' },
  'bread-baking': { uri: 'http://data.europa.eu/esco/skill/50db2b5e-edda-496d-8a6e-aff91dc243d9' },
  'meat-cutting': { uri: 'http://data.europa.eu/esco/skill/23b355ee-94db-4831-b16d-935adc5de1cd' },
  'table-service': { uri: 'http://data.europa.eu/esco/skill/42a6eff0-e9d9-423d-877b-e48fe91ff26f' },
  'bar-service': { uri: 'http://data.europa.eu/esco/skill/beeaddc7-fe69-4b97-a286-0bd595432eb9' },
  'cleaning-techniques': { uri: 'http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca' },
  'cleaning-machines': { uri: 'http://data.europa.eu/esco/skill/2ed98048-bf2f-47e5-a0de-fd23d6abe2f6' },
  bookkeeping: { uri: 'http://data.europa.eu/esco/skill/ecc18804-a466-40d9-98b4-fba5cd67dd4b' },
  'financial-reporting': { uri: 'http://data.europa.eu/esco/skill/60f51172-37c0-4933-a27a-cbf55dcd7580' },
  'vat-and-tax': { uri: 'http://data.europa.eu/esco/skill/14464b13-19b5-4403-8c2c-09eb98e28f2f' },
  auditing: { uri: 'http://data.europa.eu/esco/skill/89ff28d6-342c-435d-83aa-83e71dbbbc96' },
  'erp-software': { uri: 'http://data.europa.eu/esco/skill/f0393af3-bcd9-41af-a36e-0cfb83b60081' },
  spreadsheets: { uri: 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be' },
  'office-software': { uri: 'http://data.europa.eu/esco/skill/cf310cff-0d28-4dbc-9dbb-cc500a3196c2' },
  'project-management': { uri: 'http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388' },
  java: { uri: 'http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389' },
  javascript: { uri: 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7' },
  typescript: { uri: 'http://data.europa.eu/esco/skill/867137fb-ff1b-4ca3-99f3-cb6969aa2c68' },
  python: { uri: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d' },
  csharp: { uri: 'http://data.europa.eu/esco/skill/4c016b68-4116-468c-9dc6-42710c239e4a' },
  php: { uri: 'http://data.europa.eu/esco/skill/4350c38d-0fe9-4ca7-bab9-40ed7f72b04f' },
  sql: { uri: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742' },
  'html-css': { uri: 'http://data.europa.eu/esco/skill/0af062de-eb43-41e9-9b96-249e2cd22d26' },
  react: { uri: null, reason: 'ESCO has "JavaScript Framework" but no concept for React' },
  'rest-api-design': { uri: 'http://data.europa.eu/esco/skill/b0096dc5-2e2d-4bc1-8172-05bf486c3968' },
  'software-testing': { uri: 'http://data.europa.eu/esco/skill/913e7e83-b8f8-4574-b1ca-1b38f3fd974a' },
  git: { uri: 'http://data.europa.eu/esco/skill/9d2e926f-53d9-41f5-98f3-19dfaa687f3f' },
  'agile-scrum': { uri: 'http://data.europa.eu/esco/skill/dba46f87-0831-49cd-a1c7-340a653c0221' },
  'devops-ci-cd': { uri: 'http://data.europa.eu/esco/skill/f0de4973-0a70-4644-8fd4-3a97080476f4' },
  'cloud-aws': { uri: null, reason: 'ESCO has "cloud technologies" but no concept for Amazon Web Services' },
  'cloud-azure': { uri: null, reason: 'ESCO has "cloud technologies" but no concept for Microsoft Azure' },
  'docker-containers': {
    uri: null,
    reason:
      'ESCO has container management only inside "manage ICT virtualisation environments", which is the virtualisation skill',
  },
  kubernetes: { uri: null, reason: 'ESCO has no concept for Kubernetes' },
  'linux-administration': {
    uri: null,
    reason: 'ESCO has no Linux administration skill (only Linux-based security tools)',
  },
  'windows-server': { uri: null, reason: 'ESCO has "operating systems" but no concept for Windows Server' },
  'computer-networking': { uri: 'http://data.europa.eu/esco/skill/f9e788df-d68a-4f92-92c7-80e135fc35ff' },
  'cisco-networking': { uri: 'http://data.europa.eu/esco/skill/709ef32a-7435-48e2-8fa2-16e389ecab8a' },
  cybersecurity: { uri: 'http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44' },
  virtualisation: { uri: 'http://data.europa.eu/esco/skill/ae4f0cc6-e0b9-47f5-bdca-2fc2e6316dce' },
  'shell-scripting': { uri: 'http://data.europa.eu/esco/skill/5ef0c719-5bcb-49f8-b8eb-824388225333' },
  'it-user-support': { uri: 'http://data.europa.eu/esco/skill/c2296e2e-5fef-4f24-a24f-e5b3792268be' },
  'hardware-troubleshooting': {
    uri: 'http://data.europa.eu/esco/skill/744442ac-c157-4350-8be0-ce454df4f5c5',
  },
  itil: { uri: 'http://data.europa.eu/esco/skill/d12e9d68-84c5-444e-aa98-d36533bf03f6' },
  'data-analysis': { uri: 'http://data.europa.eu/esco/skill/2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f' },
  'data-visualisation': { uri: 'http://data.europa.eu/esco/skill/c3e36d05-8ae8-447f-bb2b-6f9409f85389' },
  'machine-learning': { uri: 'http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43' },
  statistics: { uri: 'http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833' },
  'database-administration': { uri: 'http://data.europa.eu/esco/skill/29fb0fb5-dfc4-4098-ac9b-3a712000f48f' },
  'time-management': {
    uri: null,
    reason: 'ESCO has time management only within sectors (landscaping, tourism, casting)',
  },
  communication: { uri: 'http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7' },
  teamwork: { uri: 'http://data.europa.eu/esco/skill/a5b0cd5c-e13a-4ab3-8d93-4d242adcfb01' },
  'customer-service': { uri: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc' },
  'problem-solving': { uri: 'http://data.europa.eu/esco/skill/adc6dc11-3376-467b-96c5-9b0a21edc869' },
  'attention-to-detail': { uri: 'http://data.europa.eu/esco/skill/83e6510b-ffeb-4aec-959c-4265fd0ff7b7' },
  leadership: { uri: 'http://data.europa.eu/esco/skill/75d8e5d9-bef3-418b-9011-01bff9f27207' },
  'work-organisation': { uri: 'http://data.europa.eu/esco/skill/1258cc12-37bb-4a12-b219-9c3d6b294533' },
  'stress-resistance': { uri: 'http://data.europa.eu/esco/skill/7a147904-22b3-498a-b4d9-7bceeb86b45d' },
  empathy: { uri: 'http://data.europa.eu/esco/skill/77b636e8-fab3-41a8-8022-1e0a354059dc' },
  'intercultural-communication': {
    uri: 'http://data.europa.eu/esco/skill/7d23c508-c007-4221-bb84-0c9a479b8ea6',
  },
  flexibility: { uri: 'http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4' },
  'physical-stamina': {
    uri: null,
    reason:
      'a physical capacity, not an ESCO skill; the nearest are "lift heavy weights" and "maintain physical fitness"',
  },
  'independent-working': { uri: 'http://data.europa.eu/esco/skill/c29aa9d2-4da8-4bdd-831c-8d4a2fb51730' },
  'safety-awareness': { uri: 'http://data.europa.eu/esco/skill/cb86ea85-0776-4720-984c-e16f228c9bc3' },
};
