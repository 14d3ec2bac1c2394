/**
 * Invented agenda items rendered in the page layouts Danish agenda systems publish (issue 16):
 * page text saved as ".md" without markup, ".txt", HTML and PDF text, each with its own page
 * header, heading spellings, case-number form, decision and absence forms. Used by the fixture
 * generator (scripts/make-agenda-fixtures.ts), the round-trip property test and the benchmark.
 * Nothing here is copied from a real agenda; names, numbers and wording are made up.
 */

export interface LayoutPerson {
  name: string;
  party: string | null;
}

export interface LayoutDecision {
  /** The body as the expected result names it. */
  body: string;
  date: string;
  /** Decision wording, one paragraph per entry. */
  text: string[];
  absences: LayoutPerson[];
  /** Printed as a bare "Beslutning" heading: body and date come from the page header. */
  bare: boolean;
}

export interface LayoutCase {
  itemNumber: number;
  title: string;
  caseNumber: string | null;
  /** Route as printed (abbreviations or names). */
  route: string[];
  intro: string;
  points: string[];
  sections: { heading: string; text: string[] }[];
  decisions: LayoutDecision[];
}

export interface LayoutMeeting {
  municipality: string;
  table: Record<string, string>;
  body: string;
  date: string;
  place: string;
  members: LayoutPerson[];
  /** Meeting-level absences, printed in the page header. */
  absent: LayoutPerson[];
  cases: LayoutCase[];
}

export interface ExpectedCase {
  title: string;
  caseNumber: string | null;
  route: string[];
  recommendationPoints: string[];
  decisions: { body: string; date: string; text: string }[];
  absences: string[];
}

export type LayoutId =
  | 'acadre-md'
  | 'sbsys-txt'
  | 'edagsorden-txt'
  | 'prism-md'
  | 'cms-glued-md'
  | 'kk-quoted-txt'
  | 'pdf-text'
  | 'html-acadre'
  | 'html-cms'
  | 'meeting-md'
  | 'caps-txt'
  | 'netpublicator-txt';

export const LAYOUT_IDS: readonly LayoutId[] = [
  'acadre-md',
  'sbsys-txt',
  'edagsorden-txt',
  'prism-md',
  'cms-glued-md',
  'kk-quoted-txt',
  'pdf-text',
  'html-acadre',
  'html-cms',
  'meeting-md',
  'caps-txt',
  'netpublicator-txt',
];

export function layoutExtension(layout: LayoutId): string {
  if (layout.startsWith('html')) return 'html';
  if (layout.endsWith('-md')) return 'md';
  return layout === 'pdf-text' ? 'pdf.txt' : 'txt';
}

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

function dmy(date: string, sep = '-'): string {
  const [y, m, d] = date.split('-');
  return `${d}${sep}${m}${sep}${y}`;
}

function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)}. ${MONTHS[Number(m) - 1]} ${y}`;
}

function person(p: LayoutPerson, emptyParens = false): string {
  return p.party === null ? (emptyParens ? `${p.name} ()` : p.name) : `${p.name} (${p.party})`;
}

function abbreviationOf(meeting: LayoutMeeting, name: string): string {
  return Object.entries(meeting.table).find(([, n]) => n === name)?.[0] ?? name;
}

/** The last decision is the meeting's own; earlier ones are other bodies' (quoted or headed). */
function explicitDecisions(c: LayoutCase): LayoutDecision[] {
  return c.decisions.filter((d) => !d.bare);
}

function bareDecision(c: LayoutCase): LayoutDecision | undefined {
  return c.decisions.find((d) => d.bare);
}

const COOKIE =
  'Vi bruger cookies for at forbedre din oplevelse af hjemmesiden. Du kan læse mere om cookies i vores privatlivspolitik.';

// ---------------------------------------------------------------------------------------------
// Layouts. Each returns the page text (or HTML) for the whole meeting page.

function acadreMd(m: LayoutMeeting): string {
  const out: string[] = [
    COOKIE,
    'Accepter alle',
    'Kun nødvendige',
    '',
    'Gå til indhold',
    '',
    `${m.body}`,
    '',
    'Referat',
    '',
    `Mødedato: ${dmy(m.date, '.')}`,
    'Mødetidspunkt: 16:00 - 18:30',
    `Mødested: ${m.place}`,
    '',
    `Medlemmer: ${m.members.map((p) => person(p)).join(', ')}`,
    '',
    'Hent som fil',
    '',
  ];
  for (const c of m.cases) {
    out.push(`${c.itemNumber}. ${c.title}`, '');
    if (c.caseNumber) out.push(`Sagsnr.: ${c.caseNumber}`, '');
    out.push('Resumé', '', ...(c.sections[0]?.text ?? []).flatMap((t) => [t, '']));
    if (c.route.length > 0) out.push('Sagsgang', '', c.route.join(', '), '');
    for (const s of c.sections.slice(1)) out.push(s.heading, '', ...s.text.flatMap((t) => [t, '']));
    for (const d of explicitDecisions(c))
      out.push(`Beslutning i ${d.body} den ${dmy(d.date)}`, '', ...d.text.flatMap((t) => [t, '']));
    out.push('Indstilling', '', c.intro, '', ...c.points.map((p, i) => `${i + 1}. ${p}`), '');
    const own = bareDecision(c);
    if (own) {
      out.push('Beslutning', '', ...own.text.flatMap((t) => [t, '']));
      if (own.absences.length > 0) out.push(`Afbud: ${own.absences.map((p) => person(p)).join(', ')}`, '');
    }
    out.push('Bilag', '', 'Bilag 1 - Oversigt', '');
  }
  out.push('Tilbage til toppen');
  return out.join('\n');
}

function sbsysTxt(m: LayoutMeeting): string {
  const out: string[] = [
    `${m.municipality}`,
    `${m.body} - Referat`,
    `${dmy(m.date)} kl. 15:00`,
    `Lokale: ${m.place}`,
    'Udskriv',
    '',
  ];
  for (const c of m.cases) {
    out.push(`Punkt ${c.itemNumber}: ${c.title}`);
    if (c.caseNumber) out.push(`Sagsid.: ${c.caseNumber}`);
    if (c.route.length > 0) out.push('Sagsgang og sagstype', c.route.join(' – '), 'Beslutningssag');
    for (const s of c.sections) out.push(s.heading, ...s.text);
    out.push('Indstilling', c.intro, ...c.points.map((p, i) => `${String.fromCharCode(97 + i)}) ${p}`));
    for (const d of explicitDecisions(c)) out.push(`Beslutning ${d.body} den ${dmy(d.date)}`, ...d.text);
    const own = bareDecision(c);
    if (own) {
      out.push(`Beslutning ${own.body} den ${dmy(own.date)}`, ...own.text);
      if (own.absences.length > 0)
        out.push('Fraværende:', ...own.absences.map((p) => `${person(p)} havde meldt afbud.`));
    }
    out.push('');
  }
  return out.join('\n');
}

function edagsordenTxt(m: LayoutMeeting): string {
  const out: string[] = [
    'eDagsorden',
    `${m.municipality}`,
    `Dagsorden og referat: ${m.body}`,
    `Dato: ${longDate(m.date)}`,
    `Sted: ${m.place}`,
    `Deltagere: ${m.members.map((p) => person(p)).join(', ')}`,
    '',
  ];
  for (const c of m.cases) {
    out.push(`${c.itemNumber}. ${c.title}`);
    if (c.caseNumber) out.push(`Sagsnr.: ${c.caseNumber}`);
    if (c.route.length > 0) out.push(`Sagsforløb: ${c.route.join(' - ')}`);
    for (const s of c.sections) out.push(s.heading, ...s.text);
    out.push('Indstilling', c.intro, ...c.points.map((p) => `at ${p}`));
    for (const d of explicitDecisions(c))
      out.push(`${d.body} ${dmy(d.date)}`, ...d.text.map((t, i) => (i === 0 ? `1) ${t}` : t)));
    const own = bareDecision(c);
    if (own) {
      const genitive = `${own.body}s beslutning`;
      out.push(`${genitive}: ${own.text[0] ?? ''}`, ...own.text.slice(1));
      for (const p of own.absences) out.push(`${person(p)} var fraværende.`);
    }
    out.push('');
  }
  return out.join('\n');
}

function prismMd(m: LayoutMeeting): string {
  const out: string[] = [
    'Forside > Politik > Referater',
    '',
    `BESLUTNINGSPROTOKOL`,
    '',
    `${m.body}`,
    '',
    `Mødet den ${longDate(m.date)} kl. 17.00`,
    '',
    `${m.place}`,
    '',
  ];
  for (const c of m.cases) {
    out.push(`Sag nr. ${c.itemNumber}`, '', c.title, '');
    if (c.caseNumber) out.push(`J.nr. ${c.caseNumber}`, '');
    for (const s of c.sections) out.push(s.heading.toUpperCase(), '', ...s.text.flatMap((t) => [t, '']));
    if (c.route.length > 0)
      out.push(
        'HØRING OG SAGSGANG',
        '',
        `Sagen behandles i ${c.route
          .map((r) => m.table[r] ?? r)
          .join(', ')
          .replace(/, ([^,]*)$/u, ' og $1')}.`,
        '',
      );
    out.push('INDSTILLING', '', c.intro, '', ...c.points.map((p, i) => `${i + 1}) ${p}`), '');
    for (const d of explicitDecisions(c))
      out.push(
        `Beslutning fra ${d.body}, ${longDate(d.date)}, pkt. ${c.itemNumber}:`,
        '',
        ...d.text.flatMap((t) => [t, '']),
      );
    const own = bareDecision(c);
    if (own) {
      out.push('BESLUTNING', '', ...own.text.flatMap((t) => [t, '']));
      for (const p of own.absences) out.push(`Ikke til stede: ${person(p)}`, '');
    }
  }
  return out.join('\n');
}

function cmsGluedMd(m: LayoutMeeting): string {
  const absentLine =
    m.absent.length > 0 ? `Fraværende: ${m.absent.map((p) => person(p)).join(', ')}` : 'Fraværende: Ingen';
  const out: string[] = [
    'Menu',
    'Søg',
    `${m.municipality}`,
    '',
    `Referat ${m.body} ${dmy(m.date)}`,
    '',
    `${m.body}`,
    `${dmy(m.date)} kl. 09:00`,
    m.place,
    absentLine,
    'Hent som fil',
    'Del',
    '',
  ];
  for (const c of m.cases) {
    out.push(`${c.itemNumber}. ${c.title}`);
    if (c.caseNumber) out.push(`${c.caseNumber} Åben sag`);
    for (const s of c.sections) out.push(`${s.heading}${s.text[0] ?? ''}`, ...s.text.slice(1));
    if (c.route.length > 0) out.push(`Forventet sagsgang / ${c.route.join(' / ')}`);
    out.push('Indstilling om,', c.intro, ...c.points.map((p) => `- ${p}`));
    for (const d of explicitDecisions(c)) out.push(`Beslutning ${d.body} ${dmy(d.date)}`, ...d.text);
    const own = bareDecision(c);
    if (own) out.push(`Beslutning${own.text[0] ?? ''}`, ...own.text.slice(1));
    out.push('');
  }
  out.push('Kontakt', `${m.municipality} · Rådhuset`, 'Tlf. 70 00 00 00');
  return out.join('\n');
}

function kkQuotedTxt(m: LayoutMeeting): string {
  const out: string[] = [`${m.body}`, 'Dagsorden med beslutninger', `${longDate(m.date)}`, ''];
  for (const c of m.cases) {
    out.push(`${c.itemNumber}. ${c.title} (${c.caseNumber ?? '—'})`.replace(' (—)', ''));
    if (c.caseNumber) out.push(`Sagsnummer: ${c.caseNumber}`);
    out.push('Indstilling', `${c.intro}`, ...c.points.map((p, i) => `${i + 1}. ${p}`));
    out.push('Problemstilling', ...(c.sections[0]?.text ?? []));
    out.push('Løsning', ...(c.sections[1]?.text ?? []));
    for (const d of explicitDecisions(c))
      out.push(`${d.body}, ${longDate(d.date)}, pkt. ${c.itemNumber}:`, ...d.text);
    if (c.route.length > 0)
      out.push('Videre proces', `Sagen sendes videre til ${c.route.map((r) => m.table[r] ?? r).join(', ')}.`);
    const own = bareDecision(c);
    if (own) {
      out.push('Beslutning', ...own.text);
      if (own.absences.length > 0)
        out.push(`Fraværende- ${own.absences.map((p) => person(p, true)).join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** PDF text: hard-wrapped at ~80 characters, a page header and a page number on every page. */
function wrap(text: string, width = 78): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(`${line} `);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${line} `);
  return lines;
}

function pdfText(m: LayoutMeeting): string {
  const body: string[] = [];
  for (const c of m.cases) {
    body.push(`${c.itemNumber}. ${c.title}`, '');
    if (c.caseNumber) body.push(`Sagsnr.: ${c.caseNumber}`, '');
    if (c.route.length > 0) body.push('Sagsgang', c.route.join(', '), '');
    for (const s of c.sections) body.push(s.heading, ...s.text.flatMap((t) => [...wrap(t), '']));
    body.push('Indstilling', ...wrap(c.intro), ...c.points.flatMap((p, i) => wrap(`${i + 1}. ${p}`)), '');
    for (const d of c.decisions) {
      body.push(`Beslutning i ${d.body} den ${dmy(d.date)}`, ...d.text.flatMap((t) => [...wrap(t), '']));
      if (d.absences.length > 0) body.push('Afbud:', ...d.absences.map((p) => person(p)), '');
    }
  }
  const pages: string[] = [];
  for (let i = 0; i < body.length; i += 40) {
    pages.push(
      [`${m.body} ${dmy(m.date)}`, '', ...body.slice(i, i + 40), '', `Side ${pages.length + 1}`].join('\n'),
    );
  }
  return pages.join('\n\f');
}

function esc(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function htmlAcadre(m: LayoutMeeting): string {
  const out: string[] = [
    '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title><script>window.dataLayer=[];</script><style>p{margin:0}</style></head><body>',
    `<div id="cookie-consent"><p>${COOKIE}</p><button>Accepter alle</button></div>`,
    '<nav class="main-nav"><ul><li><a href="/">Forside</a></li><li><a href="/politik">Politik</a></li></ul></nav>',
    '<main>',
    `<header class="meeting"><h1>${esc(m.body)}</h1><p>Referat</p><table><tr><th>Mødedato</th><td>${dmy(m.date)}</td></tr><tr><th>Sted</th><td>${esc(m.place)}</td></tr></table>`,
    `<p>Deltagere: ${esc(m.members.map((p) => person(p)).join(', '))}</p><a href="#">Hent som fil</a></header>`,
  ];
  for (const c of m.cases) {
    out.push('<article>', `<h2>${c.itemNumber}. ${esc(c.title)}</h2>`);
    if (c.caseNumber)
      out.push(`<table class="meta"><tr><td>Sagsnr.</td><td>${esc(c.caseNumber)}</td></tr></table>`);
    if (c.route.length > 0) out.push('<h3>Sagsgang</h3>', `<p>${esc(c.route.join(', '))}</p>`);
    for (const s of c.sections)
      out.push(`<h3>${esc(s.heading)}</h3>`, ...s.text.map((t) => `<p>${esc(t)}</p>`));
    out.push(
      '<h3>Indstilling</h3>',
      `<p>${esc(c.intro)}</p>`,
      '<ol>',
      ...c.points.map((p) => `<li>${esc(p)}</li>`),
      '</ol>',
    );
    for (const d of c.decisions) {
      out.push(
        d.bare ? '<h3>Beslutning</h3>' : `<h3>Beslutning i ${esc(d.body)} den ${dmy(d.date)}</h3>`,
        ...d.text.map((t) => `<p>${esc(t)}</p>`),
      );
      if (d.absences.length > 0)
        out.push(`<p><strong>Afbud:</strong><br>${d.absences.map((p) => esc(person(p))).join('<br>')}</p>`);
    }
    out.push('</article>');
  }
  out.push('</main><footer role="contentinfo"><p>Kontakt kommunen</p></footer></body></html>');
  return out.join('\n');
}

function htmlCms(m: LayoutMeeting): string {
  const out: string[] = [
    '<html><body>',
    '<div class="breadcrumb">Forside &gt; Politik &gt; Dagsordener</div>',
    `<div class="page"><p><strong>${esc(m.body)}</strong><br>${longDate(m.date)}<br>${esc(m.place)}</p>`,
  ];
  for (const c of m.cases) {
    out.push(`<div class="item"><p><strong>Punkt ${c.itemNumber}. ${esc(c.title)}</strong></p>`);
    if (c.caseNumber) out.push(`<p>Sagsnr.: ${esc(c.caseNumber)}</p>`);
    for (const s of c.sections)
      out.push(`<p><strong>${esc(s.heading)}</strong><br>${s.text.map(esc).join('<br>')}</p>`);
    if (c.route.length > 0) out.push(`<p><strong>Sagsgang:</strong> ${esc(c.route.join(' → '))}</p>`);
    out.push(
      `<p><strong>Indstilling</strong><br>${esc(c.intro)}</p><ul>${c.points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`,
    );
    for (const d of c.decisions) {
      const heading = d.bare ? 'Beslutning' : `Beslutning ${esc(d.body)} den ${dmy(d.date)}`;
      out.push(`<p><strong>${heading}</strong></p>`, ...d.text.map((t) => `<p>${esc(t)}</p>`));
      for (const p of d.absences) out.push(`<p>${esc(person(p))} havde meldt afbud.</p>`);
    }
    out.push('</div>');
  }
  out.push('</div><script>track()</script></body></html>');
  return out.join('\n');
}

function meetingMd(m: LayoutMeeting): string {
  const out: string[] = [
    `# ${m.body}`,
    '',
    `**Dato:** ${dmy(m.date)}`,
    '',
    `**Sted:** ${m.place}`,
    '',
    '## Indholdsfortegnelse',
    '',
    ...m.cases.map((c) => `${c.itemNumber}\\. ${c.title}`),
    '',
  ];
  for (const c of m.cases) {
    out.push(`## ${c.itemNumber}. ${c.title}`, '');
    if (c.caseNumber) out.push(`Sagsnr. ${c.caseNumber}`, '');
    if (c.route.length > 0) out.push('### Sagsgang', '', c.route.join(', '), '');
    for (const s of c.sections) out.push(`### ${s.heading}`, '', ...s.text.flatMap((t) => [t, '']));
    out.push('### Indstilling', '', c.intro, '', ...c.points.map((p) => `* ${p}`), '');
    for (const d of c.decisions) {
      out.push(
        d.bare ? '### Beslutning' : `### Beslutning i ${d.body} den ${dmy(d.date)}`,
        '',
        ...d.text.flatMap((t) => [t, '']),
      );
      if (d.absences.length > 0) out.push(`Afbud: ${d.absences.map((p) => person(p)).join(' og ')}`, '');
    }
  }
  return out.join('\n');
}

function capsTxt(m: LayoutMeeting): string {
  const out: string[] = [
    `${m.municipality.toUpperCase()}`,
    `REFERAT`,
    `${m.body}`,
    `Tirsdag den ${longDate(m.date)} kl. 16.00`,
    '',
  ];
  for (const c of m.cases) {
    out.push(`PUNKT ${c.itemNumber}`, c.title, '');
    if (c.caseNumber) out.push(`Sags nr.: ${c.caseNumber}`);
    if (c.route.length > 0) out.push('SAGSGANG:', c.route.map((r) => m.table[r] ?? r).join('\n'));
    for (const s of c.sections) out.push(`${s.heading.toUpperCase()}:`, ...s.text);
    out.push('INDSTILLING:', c.intro, ...c.points.map((p, i) => `(${i + 1}) ${p}`));
    for (const d of c.decisions) {
      out.push(
        d.bare ? 'BESLUTNING:' : `BESLUTNING I ${d.body.toUpperCase()} DEN ${dmy(d.date)}:`,
        ...d.text,
      );
      if (d.absences.length > 0) out.push(`Afbud: ${d.absences.map((p) => person(p)).join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function netpublicatorTxt(m: LayoutMeeting): string {
  const absent = m.absent.map(
    (p) => `${person(p)} (sag ${m.cases[0]?.itemNumber ?? 1}-${(m.cases.at(-1)?.itemNumber ?? 1) + 3})`,
  );
  const out: string[] = [
    'Netpublicator',
    `${m.body}`,
    `${longDate(m.date)}`,
    `Fraværende: ${absent.join(', ') || 'Ingen'}`,
    '',
  ];
  for (const c of m.cases) {
    out.push(`${c.itemNumber}. ${c.title}`);
    if (c.caseNumber) out.push(`${c.caseNumber}`);
    for (const s of c.sections) out.push(`${s.heading}:`, ...s.text);
    if (c.route.length > 0)
      out.push('Sagsgang:', `${c.route.map((r) => abbreviationOf(m, m.table[r] ?? r)).join(', ')}`);
    out.push('Forslag til beslutning:', c.intro, ...c.points.map((p) => `at ${p}`));
    for (const d of explicitDecisions(c)) out.push(`${d.body}s beslutning den ${dmy(d.date)}:`, ...d.text);
    const own = bareDecision(c);
    if (own) out.push('Beslutning:', ...own.text);
    out.push('');
  }
  return out.join('\n');
}

const RENDER: Record<LayoutId, (m: LayoutMeeting) => string> = {
  'acadre-md': acadreMd,
  'sbsys-txt': sbsysTxt,
  'edagsorden-txt': edagsordenTxt,
  'prism-md': prismMd,
  'cms-glued-md': cmsGluedMd,
  'kk-quoted-txt': kkQuotedTxt,
  'pdf-text': pdfText,
  'html-acadre': htmlAcadre,
  'html-cms': htmlCms,
  'meeting-md': meetingMd,
  'caps-txt': capsTxt,
  'netpublicator-txt': netpublicatorTxt,
};

export function renderLayout(layout: LayoutId, meeting: LayoutMeeting): string {
  return RENDER[layout](meeting);
}

/** The cases a reader should find, per the layout (what it prints decides what can be read). */
export function expectedCases(layout: LayoutId, m: LayoutMeeting): ExpectedCase[] {
  return m.cases.map((c) => {
    const decisions = c.decisions.map((d) => ({
      body: d.body,
      date: d.date,
      text: (layout === 'edagsorden-txt' && !d.bare
        ? d.text.map((t, i) => (i === 0 ? `1) ${t}` : t))
        : d.text
      ).join(' '),
    }));
    const meetingAbsent = layout === 'cms-glued-md' || layout === 'netpublicator-txt' ? m.absent : [];
    const own = c.decisions.find((d) => d.bare);
    const absences = [
      ...c.decisions
        .filter((d) => !(layout === 'cms-glued-md' || layout === 'netpublicator-txt') || !d.bare)
        .flatMap((d) => d.absences),
      ...(own ? meetingAbsent : []),
    ];
    const routePrinted =
      layout === 'kk-quoted-txt'
        ? []
        : layout === 'prism-md' || layout === 'caps-txt'
          ? c.route.map((r) => m.table[r] ?? r)
          : c.route;
    const points =
      layout === 'netpublicator-txt' || layout === 'edagsorden-txt'
        ? c.points.map((p) => `at ${p}`)
        : c.points;
    return {
      title: c.title,
      caseNumber: c.caseNumber,
      route: routePrinted,
      recommendationPoints: points,
      decisions,
      absences: [...new Set(absences.map((p) => p.name))].sort(),
    };
  });
}

/** Layouts that print no absences of a bare decision (they print the meeting's instead). */
export function layoutPrintsOwnAbsences(layout: LayoutId): boolean {
  return layout !== 'cms-glued-md' && layout !== 'netpublicator-txt';
}
