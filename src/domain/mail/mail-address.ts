/**
 * Whether a text can be a recipient address: local@domain with a dot in the domain, no spaces,
 * no angle brackets or line breaks (which would let a name inject headers). Deliberately plain —
 * the SMTP server decides whether the mailbox exists (RFC 5321 § 4.1.2 is far wider than what
 * people type).
 */
export function isMailAddress(text: string): boolean {
  if (text.length > 254) return false;
  return /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]+$/.test(text);
}
