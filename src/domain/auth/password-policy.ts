/**
 * The password rule for local accounts, as findings (never throws). It follows NIST SP 800-63B
 * §5.1.1.2 rather than composition rules: a long minimum length, no upper limit that bites,
 * and a refusal of passwords that are guessable from the account or a short list of common ones.
 * It deliberately does not check breach corpora (no network here).
 */
import type { Finding } from '../shared/finding.ts';

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 takes any length; the cap only stops absurd request bodies from being hashed. */
export const PASSWORD_MAX_LENGTH = 256;

// Lower-cased; a password equal to one of these, or to one with digits appended, is refused.
const COMMON = [
  'password',
  'adgangskode',
  'kodeord',
  'qwertyuiop',
  'qwertyuiopå',
  'asdfghjkl',
  'styringsdialog',
  'velkommen',
  'sommer',
  'vinter',
  'efterår',
  'forår',
  'letmein',
  'iloveyou',
  'danmark',
  'norddjurs',
];

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

function finding(code: string, message: string): Finding {
  return { code: `password.${code}`, severity: 'error', message, ref: 'password' };
}

/** Everything wrong with `password` for an account with `context`; empty when it is acceptable. */
export function checkPassword(password: string, context: PasswordContext = {}): Finding[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return [finding('tooShort', `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn`)];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [finding('tooLong', `Adgangskoden må højst være ${PASSWORD_MAX_LENGTH} tegn`)];
  }
  const lower = password.toLowerCase();
  const findings: Finding[] = [];
  if (new Set(lower).size <= 2) {
    findings.push(
      finding('repetitive', 'Adgangskoden må ikke bestå af det samme tegn eller to tegn gentaget'),
    );
  }
  if (/^\d+$/.test(password) || isSequence(lower)) {
    findings.push(finding('sequence', 'Adgangskoden må ikke være en talrække eller en tastaturrække'));
  }
  const stripped = lower.replace(/[\d\s!?.]+$/, '');
  if (COMMON.includes(stripped)) {
    findings.push(finding('common', 'Adgangskoden er for almindelig – vælg en anden'));
  }
  const local = (context.email ?? '').toLowerCase().split('@')[0] ?? '';
  const nameParts = (context.name ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => p.length >= 4);
  if ((local.length >= 4 && lower.includes(local)) || nameParts.some((p) => lower.includes(p))) {
    findings.push(finding('personal', 'Adgangskoden må ikke indeholde dit navn eller din e-mailadresse'));
  }
  return findings;
}

function isSequence(lower: string): boolean {
  const rows = ['0123456789', 'abcdefghijklmnopqrstuvwxyzæøå', 'qwertyuiopå', 'asdfghjklæø', 'zxcvbnm'];
  return rows.some((row) => row.includes(lower) || [...row].reverse().join('').includes(lower));
}
