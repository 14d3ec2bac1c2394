/**
 * The briefing as an accessible PDF: tagged (Document → H1/H2/H3, P, L/LI with Lbl and LBody,
 * Figure with its text alternative), Danish as document language, the title shown in the window,
 * one bookmark (outline item) per organisation, and IBM Plex Sans (shipped with Det Fælles
 * Designsystem) embedded so that æ, ø and å survive. The charts are the page's SVGs drawn as
 * vector graphics by svg-to-pdfkit. Same read model as the page (getBriefing).
 */
import { createRequire } from 'node:module';
import type { Briefing, BriefingAgreement } from '../../app/key-figures/get-briefing.ts';
import { describeTrend } from '../../domain/key-figures/trends.ts';
import { chartKey } from '../charts/briefing-charts.ts';
import { formatDate, formatNumber } from '../format.ts';
import { BRIEFING_TITLE } from '../pages/briefing/briefing-page.tsx';
import { formatFigure } from '../pages/briefing/format-figure.ts';
import { openAccessiblePdf, PDF_MARGIN } from './accessible-pdf.ts';

const require = createRequire(import.meta.url);

type SvgToPdf = (doc: unknown, svg: string, x: number, y: number, options: Record<string, unknown>) => void;

const agreementText = (a: BriefingAgreement) =>
  `${a.text} (${a.objectiveArea}) – ${a.status}${a.deadline ? `, frist ${formatDate(a.deadline)}` : ''}${a.overdue ? ' – over fristen' : ''}`;

export function renderBriefingPdf(b: Briefing, charts: Record<string, string>): Promise<Buffer> {
  const svgToPdf = require('svg-to-pdfkit') as SvgToPdf;
  const title = `${BRIEFING_TITLE} ${b.year}`;
  const { doc, root, done } = openAccessiblePdf({
    Title: title,
    Author: b.municipality.name,
    Subject: 'Orientering til kommunalbestyrelsen',
  });
  const width = doc.page.width - 2 * PDF_MARGIN;

  const ensureRoom = (height: number) => {
    if (doc.y + height > doc.page.height - PDF_MARGIN) doc.addPage();
  };
  const heading = (level: 'H1' | 'H2' | 'H3', text: string) => {
    ensureRoom(level === 'H3' ? 60 : 90);
    doc.moveDown(level === 'H1' ? 0 : 0.6);
    root.add(
      doc.struct(level, {}, () => {
        doc
          .font('bold')
          .fontSize(level === 'H1' ? 20 : level === 'H2' ? 15 : 12)
          .text(text, { paragraphGap: 5 });
      }),
    );
  };
  const paragraph = (text: string) => {
    root.add(doc.struct('P', {}, () => doc.font('regular').fontSize(10.5).text(text, { paragraphGap: 4 })));
  };
  const list = (items: string[]) => {
    if (items.length === 0) return;
    const l = doc.struct('L');
    root.add(l);
    doc.font('regular').fontSize(10.5).list(items, { structParent: l, bulletRadius: 2, paragraphGap: 2 });
    l.end();
    doc.moveDown(0.3);
  };
  const figure = (svg: string, alt: string) => {
    // The Vega SVG is 602 × 264 px (trend-chart.ts); drawn at the text width.
    const height = (width * 264) / 602;
    ensureRoom(height + 20);
    const y = doc.y;
    root.add(
      doc.struct('Figure', { alt }, () => {
        svgToPdf(doc, svg, PDF_MARGIN, y, {
          width,
          height,
          assumePt: false,
          fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
        });
      }),
    );
    doc.x = PDF_MARGIN;
    doc.y = y + height + 6;
  };

  heading('H1', BRIEFING_TITLE);
  paragraph(`${b.municipality.name} · styringsår ${b.year} · opgjort ${formatDate(b.date)}`);
  if (b.demoData)
    paragraph('Nøgletallene er demodata: opfundne, men i de størrelser Landsbyggefondens nøgletal har.');
  heading('H2', 'Kommunen samlet');
  const s = b.summary;
  list([
    `${s.organisations} aktive boligorganisationer med ${s.departments} afdelinger og ${formatNumber(s.homes)} boliger.`,
    `Styringsdialogmøde holdt med ${s.dialogueHeld} af ${s.organisations} organisationer i ${b.year}.`,
    `Aftaler: ${s.agreements.fulfilled} opfyldt, ${s.agreements.inProgress} aftalt eller i gang, ${s.agreements.overdue} over fristen (i alt ${s.agreements.total}).`,
    `${s.flaggedDepartments} afdelinger er markeret: effektivitetstal under ${formatFigure(b.thresholds.efficiencyBelow, '%')} eller tomgang over ${formatFigure(b.thresholds.vacancyAbove, '%')} (kommunens egne grænser).`,
  ]);

  for (const section of b.sections) {
    doc.addPage();
    doc.outline.addItem(section.name);
    const k = section.keyFigures;
    heading('H2', section.name);
    paragraph(`${formatNumber(section.homes)} boliger i ${section.departments.length} afdelinger.`);
    heading('H3', `Nøgletal ${b.year}`);
    if (k.figures.length === 0) paragraph(`Der er ingen nøgletal for ${b.year}.`);
    list(
      k.figures.map(
        (f) =>
          `${f.label}: ${formatFigure(f.value, f.unit)}${f.derived ? ' (beregnet af afdelingerne)' : ''}; kommunens median ${formatFigure(f.municipalMedian, f.unit)}; landsmedian ${formatFigure(f.nationalMedian, f.unit)}`,
      ),
    );
    list(
      k.otherFigures.map(
        (f) =>
          `${f.departmentName ?? 'Organisationen'}: ${f.code} = ${formatFigure(f.value, f.unit)} ${f.unit}`,
      ),
    );
    heading('H3', 'Markeringer');
    const flags = [
      ...k.flags.map((f) => `Organisationen: ${f.message}`),
      ...k.departments
        .filter((d) => d.flags.length > 0)
        .map((d) => `${d.name}: ${d.flags.map((f) => f.message).join('; ')}`),
    ];
    if (flags.length === 0) paragraph('Ingen afdelinger er markeret.');
    list(flags);
    if (k.trends.length > 0) {
      heading('H3', `Udviklingen ${k.years[0]}–${k.years[k.years.length - 1]}`);
      for (const t of k.trends) {
        const svg = charts[chartKey(section.id, t.code)];
        paragraph(`${t.label} (${t.unit})`);
        if (svg) figure(svg, describeTrend(section.name, t));
      }
    }
    heading('H3', 'Afdelinger');
    list(section.departments.map((d) => `${d.name}: ${formatNumber(d.homes)} boliger`));
    heading('H3', 'Seneste styringsdialogmøde');
    if (section.latestMeeting) {
      paragraph(`${section.latestMeeting.title}, holdt ${formatDate(section.latestMeeting.heldOn)}.`);
      paragraph('Boligorganisationens vurdering:');
      paragraph(`»${section.latestMeeting.organisationAssessment}«`);
      paragraph('Kommunens vurdering:');
      paragraph(`»${section.latestMeeting.municipalityAssessment}«`);
    } else {
      paragraph('Der er endnu ingen offentliggjort redegørelse fra et møde med organisationen.');
    }
    heading('H3', 'Aftaler og status');
    if (section.agreements.length === 0) paragraph('Ingen aftaler fra seneste møde og ingen åbne aftaler.');
    list(section.agreements.map(agreementText));
    heading('H3', 'Sådan kan kommunen bruge den almene sektor');
    list(section.sectorUse.sentences);
    list(section.sectorUse.agreements.map(agreementText));
  }
  root.end();
  doc.end();
  return done;
}
