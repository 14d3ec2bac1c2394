/**
 * `import-agenda`, `cases` and `orientation` against a real database: the "done" commands
 * on the real Norddjurs seeds (../shared/seeds, read in place), a PDF made here imported with
 * --save and read back with `cases --json`, a re-import, the export round trip, and the refusals.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { sharedAvailable, sharedDir } from '../../../test/support/environment.ts';
import type {
  PoliticalCaseView,
  StoredPoliticalCaseView,
} from '../../app/political-cases/political-case-view.ts';
import { NORDDJURS_BODY_ABBREVIATIONS } from '../../domain/political-case/body-abbreviations.ts';
import { normaliseForComparison } from '../../domain/political-case/case-text.ts';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import { caseToPdfBlocks, renderTestPdf } from '../../importer/agenda/render-test-pdf.ts';

const FOOTER = 'Kommunalbestyrelsen 15-11-2022';

function tempFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sd-agenda-')), name);
  fs.writeFileSync(file, bytes);
  return file;
}

interface Output {
  cases: PoliticalCaseView[];
  report: { format: string; warnings: { line: number | null; code: string; message: string }[] };
}

/** A case of another municipality's making, printed as a two-page PDF with a footer. */
const havbjergCase: PoliticalCase = {
  caseNumber: '24/1234',
  title: 'Temamøde om den almene sektor',
  access: 'open',
  route: [
    { abbreviation: 'ØK', name: 'Økonomiudvalget' },
    { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
  ],
  sections: [
    {
      heading: 'Sagsfremstilling',
      text: 'Forvaltningen foreslår et temamøde for kommunalbestyrelsen om boligorganisationernes arbejde.\n\nMødet holdes i foråret.',
    },
    { heading: 'Økonomiske konsekvenser', text: 'Ingen økonomiske konsekvenser.' },
  ],
  recommendation: {
    recommendedBy: 'Forvaltningen',
    intro: 'Forvaltningen indstiller, at',
    points: [
      { number: 1, text: 'temamødet holdes i foråret' },
      { number: 2, text: 'boligorganisationerne inviteres' },
    ],
  },
  decisions: [
    {
      body: { abbreviation: 'ØK', name: 'Økonomiudvalget' },
      date: '2024-03-05',
      outcomes: [{ points: [1, 2], outcome: 'Tiltrådt' }],
      text: 'Ad. 1-2 Tiltrådt.',
      absences: [{ name: 'Peter Demo', party: 'Venstre', kind: 'apology' }],
    },
    {
      body: { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
      date: '2024-03-19',
      outcomes: [{ points: [1, 2], outcome: 'Godkendt' }],
      text: 'Godkendt.',
      absences: [],
    },
  ],
  attachments: [{ title: 'Program for temamødet' }],
};

async function pdfWithoutText(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.rect(100, 100, 200, 100).stroke();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe.runIf(sharedAvailable())('styringsdialog import-agenda on the Norddjurs seeds', () => {
  const seed = (name: string) => fileURLToPath(new URL(`seeds/${name}`, sharedDir));

  describeEachDatabase('the issue commands', (db) => {
    const normalisedSections = (c: PoliticalCaseView | undefined) =>
      c?.sections.map((s) => ({ heading: s.heading, text: normaliseForComparison(s.text) }));

    it('prints { cases, report } for the web page and the PDF text with the same case, case number only from the web page', async () => {
      await runCliAgainst(db(), ['demo']);
      const md = await runCliAgainst(db(), ['import-agenda', seed('agenda-item-22-8287.md'), '--json']);
      const txt = await runCliAgainst(db(), ['import-agenda', seed('agenda-item-22-8287.pdf.txt'), '--json']);
      for (const [r, format] of [
        [md, 'markdown'],
        [txt, 'pdf-text'],
      ] as const) {
        expect(r.code, r.stderr).toBe(0);
        const out = r.json<Output>();
        expect(Object.keys(out)).toEqual(['cases', 'report']);
        expect(out.report.format).toBe(format);
        expect(out.cases).toHaveLength(1);
        const c = out.cases[0];
        expect(c?.title).toBe('Ændret praksis for afholdelse af dialogforum');
        expect(c?.route).toEqual(['MTU', 'ØK', 'KB']);
        expect(c?.routeBodies.map((b) => b.name)).toEqual([
          'Miljø- og teknikudvalget',
          'Økonomiudvalget',
          'Kommunalbestyrelsen',
        ]);
        expect(c?.recommendation?.points).toHaveLength(2);
        expect(c?.decisions.map((d) => [d.body.abbreviation, d.date, d.outcomes])).toEqual([
          [
            'MTU',
            '2022-10-10',
            [
              { points: [1], outcome: 'Tiltrådt' },
              { points: [2], outcome: 'Tiltrådt' },
            ],
          ],
          ['ØK', '2022-11-08', [{ points: [1, 2], outcome: 'Tiltrådt' }]],
          ['KB', '2022-11-15', [{ points: [1, 2], outcome: 'Godkendt' }]],
        ]);
        expect(c?.decisions[1]?.absences).toEqual([
          { name: 'Diana Therese Mikkelsen', party: 'Løsgænger', kind: 'apology' },
        ]);
        for (const s of c?.sections ?? []) expect(s.text).not.toContain(FOOTER);
      }
      const [fromMd] = md.json<Output>().cases;
      const [fromTxt] = txt.json<Output>().cases;
      expect([fromMd?.caseNumber, fromMd?.access]).toEqual(['22/8287', 'open']);
      expect([fromTxt?.caseNumber, fromTxt?.access]).toEqual([null, null]);
      expect(normalisedSections(fromTxt)).toEqual(normalisedSections(fromMd));
      // The PDF text's page footer was removed, and the report says where.
      expect(txt.json<Output>().report.warnings.map((w) => w.code)).toContain('pdf.pageFurnitureRemoved');
      // A preview stores nothing: only the demo's case is there.
      const stored = await db().selectFrom('political_case').select('id').execute();
      expect(stored).toHaveLength(1);
    });

    it('shows the case in words without --json and says that nothing was stored', async () => {
      await runCliAgainst(db(), ['demo']);
      const r = await runCliAgainst(db(), ['import-agenda', seed('agenda-item-22-8287.md')]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Sag 22/8287: Ændret praksis for afholdelse af dialogforum (Åben sag)');
      expect(r.stdout).toContain('Sagsgang: MTU, ØK, KB');
      expect(r.stdout).toContain('Opdaterer den gemte sag pc-demo-22-8287');
      expect(r.stdout).toContain('Prøvekørsel – intet er gemt.');
    });

    it('imports both seed files into one case: the PDF text updates the web page case and keeps its case number', async () => {
      await runCliAgainst(db(), ['demo']);
      const r = await runCliAgainst(db(), [
        'import-agenda',
        seed('agenda-item-22-8287.md'),
        seed('agenda-item-22-8287.pdf.txt'),
        '--municipality',
        '707',
        '--save',
        '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const out = r.json<{
        cases: StoredPoliticalCaseView[];
        saved: { id: string; outcome: string }[];
        report: { files: unknown[] };
      }>();
      // The demo already holds 22/8287: both files update it, no duplicate appears.
      expect(out.saved).toEqual([
        { id: 'pc-demo-22-8287', outcome: 'updated' },
        { id: 'pc-demo-22-8287', outcome: 'updated' },
      ]);
      expect(out.report.files).toHaveLength(2);
      const list = (await runCliAgainst(db(), ['cases', '--municipality', '707', '--json'])).json<{
        cases: StoredPoliticalCaseView[];
      }>();
      expect(list.cases.map((c) => [c.caseNumber, c.source.format, c.version])).toEqual([
        ['22/8287', 'pdf-text', 3],
      ]);
      expect(list.cases[0]?.decisions[1]?.absences[0]?.name).toBe('Diana Therese Mikkelsen');
      expect(list.cases[0]?.adoptedModels.map((m) => m.version)).toEqual([2]);
    });
  });
});

describeEachDatabase('styringsdialog import-agenda, cases and orientation', (db) => {
  it('imports a PDF with --save, reads it back with cases --json, and re-imports it without a duplicate', async () => {
    await runCliAgainst(db(), ['demo']);
    // Two pages, so that the footer repeats and is recognised as page furniture (on a single
    // page a footer cannot be told from the text: see the importer's pdf-page-furniture.ts).
    const blocks = caseToPdfBlocks(havbjergCase, NORDDJURS_BODY_ABBREVIATIONS).map((b) =>
      b.text === 'Indstilling' ? { ...b, pageBreakBefore: true } : b,
    );
    const pdf = await renderTestPdf(blocks, {
      footer: (page, pages) => `Kommunalbestyrelsen 19-03-2024 – side ${page} af ${pages}`,
    });
    const file = tempFile('dagsorden.pdf', pdf);
    const saved = await runCliAgainst(db(), [
      'import-agenda',
      file,
      '--municipality',
      '707',
      '--save',
      '--json',
    ]);
    expect(saved.code, saved.stderr).toBe(0);
    const savedOut = saved.json<{
      cases: StoredPoliticalCaseView[];
      saved: { id: string; outcome: string }[];
    }>();
    expect(savedOut.saved.map((s) => s.outcome)).toEqual(['created']);
    const id = savedOut.saved[0]?.id as string;

    const list = await runCliAgainst(db(), ['cases', '--municipality', '707', '--json']);
    expect(list.code).toBe(0);
    const stored = list.json<{ cases: StoredPoliticalCaseView[] }>().cases.find((c) => c.id === id);
    expect(stored).toMatchObject({
      caseNumber: '24/1234',
      title: 'Temamøde om den almene sektor',
      access: 'open',
      route: ['ØK', 'KB'],
      source: { format: 'pdf', fileName: 'dagsorden.pdf' },
      importedBy: 'system:cli:test',
    });
    expect(stored?.decisions.map((d) => [d.body.abbreviation, d.date, d.outcomes, d.absences])).toEqual(
      havbjergCase.decisions.map((d) => [d.body.abbreviation, d.date, d.outcomes, d.absences]),
    );
    // PDF text wraps and spaces paragraphs its own way: compared as the seed tests do.
    expect(stored?.sections.map((s) => normaliseForComparison(s.text))).toEqual(
      havbjergCase.sections.map((s) => normaliseForComparison(s.text)),
    );
    expect(stored?.attachments).toEqual([{ title: 'Program for temamødet' }]);

    const again = await runCliAgainst(db(), [
      'import-agenda',
      file,
      '--municipality',
      '707',
      '--save',
      '--json',
    ]);
    expect(again.json<{ saved: unknown[] }>().saved).toEqual([{ id, outcome: 'updated' }]);
    const rows = await db()
      .selectFrom('political_case')
      .select(['id', 'version'])
      .where('case_number', '=', '24/1234')
      .execute();
    expect(rows).toEqual([{ id, version: 2 }]);
    const audit = await db()
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['importPoliticalCase', 'reimportPoliticalCase']);
  });

  it('exports a stored case as Markdown that imports back to the same case', async () => {
    await runCliAgainst(db(), ['demo']);
    const exported = await runCliAgainst(db(), ['cases', 'export', 'pc-demo-22-8287']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(
      /^## Ændret praksis for afholdelse af dialogforum\n\n22\/8287 Åben Sag\n\n### Sagsgang\n\nMTU, ØK, KB/,
    );
    const file = tempFile('eksport.md', exported.stdout);
    const back = await runCliAgainst(db(), ['import-agenda', file, '--json']);
    const list = (await runCliAgainst(db(), ['cases', '--municipality', '707', '--json'])).json<{
      cases: StoredPoliticalCaseView[];
    }>();
    const strip = (c: PoliticalCaseView | StoredPoliticalCaseView | undefined) =>
      c && {
        caseNumber: c.caseNumber,
        title: c.title,
        access: c.access,
        routeBodies: c.routeBodies,
        sections: c.sections,
        recommendation: c.recommendation,
        decisions: c.decisions,
        attachments: c.attachments,
      };
    expect(strip(back.json<Output>().cases[0])).toEqual(strip(list.cases[0]));
  });

  it('exits 3 for a PDF without a text layer, stores nothing, and names the reason', async () => {
    await runCliAgainst(db(), ['demo']);
    const file = tempFile('skannet.pdf', await pdfWithoutText());
    const preview = await runCliAgainst(db(), ['import-agenda', file, '--json']);
    expect(preview.code).toBe(3);
    const out = preview.json<Output>();
    expect(out.cases).toEqual([]);
    expect(out.report.warnings.length).toBeGreaterThan(0);
    const save = await runCliAgainst(db(), ['import-agenda', file, '--save']);
    expect(save.code).toBe(3);
    expect(save.stderr).toContain('Ingen sag fundet');
    expect(save.stderr).toContain('skannet.pdf');
    expect(await db().selectFrom('political_case').select('id').execute()).toHaveLength(1);
  });

  it('refuses a whole --save when one of several files has no case', async () => {
    await runCliAgainst(db(), ['demo']);
    const good = tempFile(
      'sag.pdf',
      await renderTestPdf(caseToPdfBlocks(havbjergCase, NORDDJURS_BODY_ABBREVIATIONS)),
    );
    const empty = tempFile('tom.txt', 'Ingenting her\n');
    const r = await runCliAgainst(db(), ['import-agenda', good, empty, '--save', '--json']);
    expect(r.code).toBe(3);
    expect(await db().selectFrom('political_case').select('id').execute()).toHaveLength(1);
  });

  it('exits 3 when a file cannot be read, and 4 for an unknown case id', async () => {
    expect((await runCliAgainst(db(), ['import-agenda', '/nonexistent/agenda.md'])).code).toBe(3);
    await runCliAgainst(db(), ['demo']);
    expect((await runCliAgainst(db(), ['cases', 'export', 'pc-findes-ikke'])).code).toBe(4);
  });

  it('drafts the council orientation with coverage X of Y and the standard sections', async () => {
    await runCliAgainst(db(), ['demo']);
    const compliance = (
      await runCliAgainst(db(), ['compliance', '--municipality', '707', '--year', '2025', '--json'])
    ).json<{
      summary: { dialogueMeetings: { heldWith: number; organisations: number } };
    }>();
    const r = await runCliAgainst(db(), ['orientation', '--municipality', '707', '--year', '2025']);
    expect(r.code, r.stderr).toBe(0);
    const { heldWith, organisations } = compliance.summary.dialogueMeetings;
    expect(r.stdout).toMatch(/^## Styringsdialog 2025 — orientering\n/);
    expect(r.stdout).toContain(`styringsdialogmøde med ${heldWith} af ${organisations} boligorganisationer`);
    for (const heading of [
      '### Sagsfremstilling',
      '### Baggrund',
      '### Økonomiske konsekvenser',
      '### **Indstilling**',
    ])
      expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain('1. orienteringen tages til efterretning.');
    expect(r.stdout).toContain('sag 22/8287');
    const json = (
      await runCliAgainst(db(), ['orientation', '--municipality', '707', '--year', '2025', '--json'])
    ).json<{
      coverage: { heldWith: number; organisations: number };
      draft: PoliticalCaseView;
    }>();
    expect(json.coverage).toEqual({ heldWith, organisations });
    expect(json.draft.recommendation?.points).toEqual([
      { number: 1, text: 'orienteringen tages til efterretning.' },
    ]);
  });

  it('lists the demo case linked to the 2022 model version', async () => {
    await runCliAgainst(db(), ['demo']);
    const cases = (await runCliAgainst(db(), ['cases', '--municipality', '707', '--json'])).json<{
      cases: StoredPoliticalCaseView[];
    }>();
    expect(cases.cases.map((c) => [c.id, c.caseNumber, c.adoptedModels.map((m) => m.version)])).toEqual([
      ['pc-demo-22-8287', '22/8287', [2]],
    ]);
    const models = (await runCliAgainst(db(), ['models', 'list', '--municipality', '707', '--json'])).json<{
      versions: { version: number; legalBasis: { politicalCaseId: string | null } }[];
    }>();
    expect(models.versions.map((v) => [v.version, v.legalBasis.politicalCaseId])).toEqual([
      [1, null],
      [2, 'pc-demo-22-8287'],
    ]);
  });
});
