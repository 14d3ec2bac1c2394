/**
 * The format of rule ids and meeting kinds. Both end up inside obligation ids, so they must not
 * contain the separators `:` and `#` (see obligations/obligation-id.ts).
 */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå._-]{0,59}$/;
export const IDENTIFIER_MESSAGE =
  'Må kun indeholde bogstaver, tal, punktum, bindestreg og understreg (højst 60 tegn)';
