/**
 * Bytes → text for CSV files as Excel writes them: "CSV UTF-8" (with a BOM), plain UTF-8, or
 * "CSV (semikolonsepareret)", which on a Danish Windows is Windows-1252 without a BOM.
 * Rule: bytes that are valid UTF-8 are UTF-8; anything else is read as Windows-1252.
 * (Windows-1252 text with æøå is practically never valid UTF-8, so the rule is safe.)
 */
import iconv from 'iconv-lite';
import type { CsvEncoding } from './types.ts';

export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding; bom: boolean }
  | { ok: false; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  // Excel's "Unicode-tekst" is UTF-16 with tabs: a different format, refused with advice.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      message:
        'Filen er gemt som Unicode-tekst (UTF-16). Gem den i Excel som »CSV UTF-8« eller »CSV (semikolonsepareret)«.',
    };
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: 'utf-8', bom };
  } catch {
    return { ok: true, text: iconv.decode(body, 'win1252'), encoding: 'windows-1252', bom: false };
  }
}

/** Text already decoded (e.g. pasted into a form): only a leading BOM character is removed. */
export function decodeCsvText(text: string): DecodedCsv {
  const bom = text.startsWith('\uFEFF');
  return { ok: true, text: bom ? text.slice(1) : text, encoding: 'utf-8', bom };
}
