/**
 * Text typed into a text area (minutes, assessments, reasons) as the writer laid it out: a blank
 * line starts a new paragraph, a single line break stays a line break. HTML would otherwise
 * collapse it all into one block (the PDF already keeps the paragraphs).
 */

/** The paragraphs of a text: split at blank lines, each a list of its lines; empty parts dropped. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()))
    .map((lines) => lines.filter((line, i) => line !== '' || (i > 0 && i < lines.length - 1)))
    .filter((lines) => lines.some((line) => line !== ''));
}

export function Paragraphs(props: { text: string | null | undefined; empty?: string; prefix?: string }) {
  const paragraphs = paragraphsOf(props.text ?? '');
  if (paragraphs.length === 0) return props.empty === undefined ? null : <p>{props.empty}</p>;
  return (
    <>
      {paragraphs.map((lines, p) => (
        <p>
          {p === 0 && props.prefix ? props.prefix : null}
          {lines.map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}
