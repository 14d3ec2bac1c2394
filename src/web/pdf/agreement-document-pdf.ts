/**
 * The agreement document as an accessible PDF: tagged (headings and paragraphs in a structure
 * tree), Danish as document language, the title shown in the window, and IBM Plex Sans (shipped
 * with Det Fælles Designsystem) embedded so that æ, ø and å render everywhere.
 *
 * Same content as the web page (pages/agreements/agreement-document-page.tsx); layout only here.
 */
import { OBJECTIVE_AREA_LABELS, responsibleText, STATUS_LABELS } from '../../domain/agreements/labels.ts';
import { type Agreement, OBJECTIVE_AREAS } from '../../domain/agreements/types.ts';
import type { Department, HousingOrganisation, Municipality } from '../../domain/registry/types.ts';
import { formatDate } from '../format.ts';
import { openAccessiblePdf } from './accessible-pdf.ts';

export interface AgreementDocumentPdfInput {
  municipality: Municipality;
  organisation: HousingOrganisation;
  departments: Department[];
  steeringYear: number;
  agreements: Agreement[];
  followUp: Agreement[];
}

function factLines(a: Agreement, departments: Department[]): string[] {
  const names =
    a.departmentIds.length === 0
      ? 'Hele organisationen'
      : a.departmentIds.map((id) => departments.find((d) => d.id === id)?.name ?? id).join(', ');
  return [
    `Afdelinger: ${names}`,
    ...(a.target ? [`Mål eller indikator: ${a.target}`] : []),
    `Ansvarlig: ${responsibleText(a.responsible)}`,
    `Deadline: ${a.deadline ? formatDate(a.deadline) : 'Løbende'}`,
    `Status: ${STATUS_LABELS[a.status]}`,
    ...(a.councilApproval
      ? [
          `Politisk godkendt: ${a.councilApproval.body}, ${formatDate(a.councilApproval.date)}${a.councilApproval.caseNumber ? `, sag ${a.councilApproval.caseNumber}` : ''}`,
        ]
      : []),
  ];
}

export function renderAgreementDocumentPdf(input: AgreementDocumentPdfInput): Promise<Buffer> {
  const title = `Aftaledokument ${input.steeringYear}: ${input.organisation.name}`;
  const { doc, root, done } = openAccessiblePdf({
    Title: title,
    Author: input.municipality.name,
    Subject: 'Styringsdialog efter almenboligloven § 164',
  });
  const heading = (level: 'H1' | 'H2', text: string) => {
    root.add(
      doc.struct(level, {}, () => {
        doc
          .font('bold')
          .fontSize(level === 'H1' ? 20 : 14)
          .text(text, { paragraphGap: 6 });
      }),
    );
  };
  const paragraph = (text: string, options: { bold?: boolean; indent?: number } = {}) => {
    root.add(
      doc.struct('P', {}, () => {
        doc
          .font(options.bold ? 'bold' : 'regular')
          .fontSize(11)
          .text(text, { paragraphGap: 3, indent: options.indent ?? 0 });
      }),
    );
  };
  const agreementBlock = (a: Agreement, label: string) => {
    doc.moveDown(0.4);
    paragraph(label, { bold: true });
    for (const line of factLines(a, input.departments)) paragraph(line, { indent: 14 });
  };

  heading('H1', `Aftaledokument ${input.steeringYear}`);
  paragraph(`${input.organisation.name} og ${input.municipality.name}`, { bold: true });
  paragraph(
    `Aftaler indgået i styringsdialogen for styringsåret ${input.steeringYear} efter almenboligloven § 164. ` +
      'Aftalerne følges op på næste års styringsdialogmøde.',
  );
  if (input.agreements.length === 0) {
    paragraph(`Der blev ikke indgået aftaler i styringsåret ${input.steeringYear}.`);
  }
  let n = 0;
  for (const area of OBJECTIVE_AREAS) {
    const inArea = input.agreements.filter((a) => a.objectiveArea === area);
    if (inArea.length === 0) continue;
    doc.moveDown(0.6);
    heading('H2', OBJECTIVE_AREA_LABELS[area]);
    for (const a of inArea) agreementBlock(a, `${++n}. ${a.text}`);
  }
  doc.moveDown(0.6);
  heading('H2', 'Opfølgning på tidligere års aftaler');
  if (input.followUp.length === 0) paragraph('Ingen åbne aftaler fra tidligere år.');
  for (const a of input.followUp) {
    agreementBlock(a, `${a.text} (styringsår ${a.steeringYear}, ${OBJECTIVE_AREA_LABELS[a.objectiveArea]})`);
  }
  root.end();
  doc.end();
  return done;
}
