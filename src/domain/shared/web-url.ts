/**
 * The one schema for every URL the product stores and later renders as a link (the
 * municipality's accounts page, evidence links on agreements, invitation link bases): only
 * http(s) with a host. `javascript:`, `data:`, `file:` and friends would run or leak when a
 * user clicks the link, so they are refused at input (issue 12 #9), and pages link only what
 * passes `isWebUrl` (values stored before this rule are cleared by a migration).
 */
import { z } from 'zod';

export const WEB_URL_MAX_LENGTH = 2000;

/** C0 control characters (U+0000–U+001F) never belong in a URL. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 0x20) return true;
  return false;
}

/** True for an absolute http:// or https:// URL with a host and without embedded credentials. */
export function isWebUrl(value: string): boolean {
  if (value.length > WEB_URL_MAX_LENGTH || /\s/.test(value) || hasControlCharacter(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    !url.username &&
    !url.password
  );
}

/**
 * A web address (trimmed). `label` names the field in the message, registry style
 * ("Link til dokumentation »javascript:…« skal …"); without it the message is generic.
 */
export function webUrl(label?: string) {
  return z
    .string()
    .trim()
    .max(WEB_URL_MAX_LENGTH)
    .refine(isWebUrl, {
      error: (iss) =>
        `${label ? `${label} »${String(iss.input).slice(0, 100)}«` : 'Adressen'} skal være en webadresse, der begynder med https:// eller http://, fx https://www.kommune.dk`,
    });
}
