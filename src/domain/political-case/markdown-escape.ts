/**
 * Backslash escapes for the Markdown export and the Markdown import, so that case text which
 * happens to look like markup ("1. …" in an intro, a "*" in a title) survives a round trip.
 * Follows CommonMark's backslash escapes for ASCII punctuation. It escapes only what the agenda
 * Markdown reader would otherwise interpret; it is not a general Markdown serialiser.
 */

/** Escapes one line of text for a paragraph or a heading. */
export function escapeMarkdownLine(line: string): string {
  let out = line.replace(/\\/g, '\\\\').replace(/\*/g, '\\*');
  if (/^(?:#|[-+=]|>)/u.test(out)) out = `\\${out}`;
  out = out.replace(/^(\d{1,3})([.)])/u, '$1\\$2');
  // An ATX heading drops a closing run of "#"; keep a literal one.
  return out.replace(/(\s)#+$/u, (run) => run.replace(/#/g, '\\#'));
}

/** Escapes every line of a multi-line text. */
export function escapeMarkdownText(text: string): string {
  return text.split('\n').map(escapeMarkdownLine).join('\n');
}

/** True when a raw Markdown line starts with an escape: its start is text, not a list item or marker. */
export function startsWithEscape(rawLine: string): boolean {
  return /^\s*(?:\\[!-/:-@[-`{-~]|\d{1,3}\\[.)])/u.test(rawLine);
}

/** Removes "**" emphasis and resolves backslash escapes of ASCII punctuation. */
export function unescapeMarkdownInline(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])|\*\*/gu, (_whole, escaped: string | undefined) => escaped ?? '');
}
