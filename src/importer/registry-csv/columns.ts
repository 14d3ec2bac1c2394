/**
 * The columns of the registry CSV (documented in docs/registry-csv.md) and which row types use
 * which. Header names are matched forgivingly — case, spaces, hyphens and æ/ø/å spelled out —
 * so "Regnskabsår slut" and "regnskabsaar_slut" are the same column.
 */
export const REGISTRY_COLUMNS = [
  'type',
  'navn',
  'cvr',
  'lbf_nr',
  'art',
  'hjemkommune',
  'administreres_af',
  'regnskabsaar_slut',
  'aktiv_fra',
  'aktiv_til',
  'adresse',
  'kommune',
  'boliger',
  'afdelingsbestyrelse',
  'email',
  'telefon',
  'rolle',
  'enhed',
  'parti',
] as const;

export type RegistryColumn = (typeof REGISTRY_COLUMNS)[number];

export type RowType = 'organisation' | 'afdeling' | 'person';

/** Columns each row type may fill; any other filled column on that row is a problem. */
export const COLUMNS_BY_TYPE: Record<RowType, readonly RegistryColumn[]> = {
  organisation: [
    'type',
    'navn',
    'cvr',
    'lbf_nr',
    'art',
    'hjemkommune',
    'administreres_af',
    'regnskabsaar_slut',
    'aktiv_fra',
    'aktiv_til',
  ],
  afdeling: ['type', 'navn', 'cvr', 'lbf_nr', 'art', 'adresse', 'kommune', 'boliger', 'afdelingsbestyrelse'],
  person: [
    'type',
    'navn',
    'email',
    'telefon',
    'rolle',
    'cvr',
    'kommune',
    'enhed',
    'parti',
    'aktiv_fra',
    'aktiv_til',
  ],
};

/**
 * Columns the organisation export (`/boligorganisationer.csv`) adds for the reader: read past
 * and ignored, so that an exported file can be imported again as it is (docs/registry-csv.md).
 */
export const EXPORT_ONLY_COLUMNS: readonly string[] = ['afdelinger', 'boliger_i_alt', 'id'];

/** Other spellings people use for the same column, after normalisation. */
const ALIASES: Record<string, RegistryColumn> = {
  e_mail: 'email',
  mail: 'email',
  tlf: 'telefon',
  tlf_nr: 'telefon',
  cvr_nr: 'cvr',
  cvr_nummer: 'cvr',
  lbf_nummer: 'lbf_nr',
  lbfnr: 'lbf_nr',
  afdelingsnummer: 'lbf_nr',
  afdelingsnr: 'lbf_nr',
  antal_boliger: 'boliger',
  regnskabsaar_slutter: 'regnskabsaar_slut',
};

/** "Regnskabsår slut" → "regnskabsaar_slut"; "LBF-nr." → "lbf_nr"; "E-mail" → "email". */
export function normaliseHeader(raw: string): string {
  const key = raw
    .trim()
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[.:]/g, '')
    .replace(/[\s-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ALIASES[key] ?? key;
}

export function isRegistryColumn(name: string): name is RegistryColumn {
  return (REGISTRY_COLUMNS as readonly string[]).includes(name);
}
