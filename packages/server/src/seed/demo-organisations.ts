import type { OrganisationKind } from '@mizan/core';

/** The organisations of the demo data set: a directorate, regional directorates, offices and partners. */
export interface DemoOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  region: string | null;
  parent?: string;
}

export const DEMO_REGIONS = [
  { code: 'TTA', name: 'Tanger-Tétouan-Al Hoceïma' },
  { code: 'ORI', name: "L'Oriental" },
  { code: 'FM', name: 'Fès-Meknès' },
  { code: 'RSK', name: 'Rabat-Salé-Kénitra' },
  { code: 'CS', name: 'Casablanca-Settat' },
  { code: 'MS', name: 'Marrakech-Safi' },
  { code: 'SM', name: 'Souss-Massa' },
  { code: 'LSH', name: 'Laâyoune-Sakia El Hamra' },
] as const;

const OFFICES: Array<[string, string, string]> = [
  ['BE-RABAT', 'Bureau des étrangers, préfecture de Rabat', 'RSK'],
  ['BE-SALE', 'Bureau des étrangers, préfecture de Salé', 'RSK'],
  ['BE-CASA', 'Bureau des étrangers, préfecture de Casablanca', 'CS'],
  ['BE-TANGER', 'Bureau des étrangers, préfecture de Tanger-Assilah', 'TTA'],
  ['BE-TETOUAN', 'Bureau des étrangers, préfecture de Tétouan', 'TTA'],
  ['BE-OUJDA', "Bureau des étrangers, préfecture d'Oujda-Angad", 'ORI'],
  ['BE-NADOR', 'Bureau des étrangers, province de Nador', 'ORI'],
  ['BE-FES', 'Bureau des étrangers, préfecture de Fès', 'FM'],
  ['BE-MARRAKECH', 'Bureau des étrangers, préfecture de Marrakech', 'MS'],
  ['BE-AGADIR', "Bureau des étrangers, préfecture d'Agadir Ida-Outanane", 'SM'],
  ['BE-LAAYOUNE', 'Bureau des étrangers, province de Laâyoune', 'LSH'],
];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  ...DEMO_REGIONS.map((r) => ({ code: `DR-${r.code}`, name: `Direction régionale ${r.name}`, kind: 'regional_directorate' as const, region: r.code, parent: 'DGM' })),
  ...OFFICES.map(([code, name, region]) => ({ code, name, kind: 'office' as const, region, parent: `DR-${region}` })),
  { code: 'CNRS', name: 'Commission nationale de suivi et de recours', kind: 'commission', region: null, parent: 'DGM' },
  { code: 'CP-RABAT', name: 'Commission provinciale de Rabat', kind: 'commission', region: 'RSK', parent: 'DR-RSK' },
  { code: 'CP-OUJDA', name: "Commission provinciale d'Oujda", kind: 'commission', region: 'ORI', parent: 'DR-ORI' },
  { code: 'PF-NADOR', name: 'Poste frontière de Nador (Beni Ansar)', kind: 'border_post', region: 'ORI', parent: 'DR-ORI' },
  { code: 'PF-TANGERMED', name: 'Poste frontière de Tanger Med', kind: 'border_post', region: 'TTA', parent: 'DR-TTA' },
  { code: 'ONG-ACCUEIL', name: "Association d'accueil et d'orientation des migrants (démo)", kind: 'partner_ngo', region: null },
  { code: 'ONG-SANTE', name: 'Réseau santé migrants (démo)', kind: 'partner_ngo', region: null },
  { code: 'ORG-RETOUR', name: 'Organisation de retour volontaire et de réintégration (démo)', kind: 'return_organisation', region: null },
  { code: 'CONS-SN', name: 'Consulat général du Sénégal à Casablanca', kind: 'consulate', region: null },
  { code: 'CONS-GN', name: 'Consulat de Guinée à Rabat', kind: 'consulate', region: null },
  { code: 'CONS-ML', name: 'Consulat du Mali à Rabat', kind: 'consulate', region: null },
  { code: 'PS-ES', name: "Point de contact de l'État partenaire (Espagne)", kind: 'partner_state', region: null },
];

/** One demo user per seeded role, in a fitting organisation. They get no usable password: an administrator sets one. */
export const DEMO_USERS: Array<{ username: string; displayName: string; role: string; organisation: string; locale: 'ar' | 'fr' | 'en' | 'es' }> = [
  { username: 'caseworker.rabat', displayName: 'Salma Bennani', role: 'caseworker', organisation: 'BE-RABAT', locale: 'fr' },
  { username: 'caseworker.oujda', displayName: 'Youssef El Idrissi', role: 'caseworker', organisation: 'BE-OUJDA', locale: 'ar' },
  { username: 'commission.rabat', displayName: 'Karim Alaoui', role: 'commission_member', organisation: 'CP-RABAT', locale: 'fr' },
  { username: 'appeals.member', displayName: 'Nadia Tazi', role: 'appeal_commission_member', organisation: 'CNRS', locale: 'fr' },
  { username: 'return.counsellor', displayName: 'Fatou Diop', role: 'return_counsellor', organisation: 'ORG-RETOUR', locale: 'fr' },
  { username: 'ngo.accueil', displayName: 'Marie Kouassi', role: 'partner_organisation', organisation: 'ONG-ACCUEIL', locale: 'fr' },
  { username: 'analyst.ct', displayName: 'Omar Berrada', role: 'trafficking_analyst', organisation: 'DGM', locale: 'ar' },
  { username: 'victims.officer', displayName: 'Leila Chraibi', role: 'victim_protection_officer', organisation: 'DGM', locale: 'fr' },
  { username: 'border.nador', displayName: 'Hassan Amrani', role: 'border_officer', organisation: 'PF-NADOR', locale: 'ar' },
  { username: 'statistician', displayName: 'Imane Fassi', role: 'statistician', organisation: 'DGM', locale: 'fr' },
  { username: 'director', displayName: 'Rachid Benjelloun', role: 'director', organisation: 'DGM', locale: 'fr' },
  { username: 'liaison.es', displayName: 'Javier Morales', role: 'liaison_officer', organisation: 'DGM', locale: 'es' },
  { username: 'dpo', displayName: 'Samira Ouazzani', role: 'data_protection_officer', organisation: 'DGM', locale: 'fr' },
];
