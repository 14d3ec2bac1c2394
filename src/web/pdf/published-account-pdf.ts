/**
 * The published account (redegørelse) as an accessible PDF: tagged (headings, paragraphs and
 * list items in a structure tree), Danish as document language, the title shown in the window,
 * and IBM Plex Sans (shipped with Det Fælles Designsystem) embedded so that æ, ø and å render.
 *
 * Same content as the public page (pages/meetings/public-account-pages.tsx): no contact data.
 */
import type { PublishedAccount, PublishedVersionSummary } from '../../domain/meetings/index.ts';
import { formatDate } from '../format.ts';
import { openAccessiblePdf } from './accessible-pdf.ts';

export function accountTitle(a: PublishedAccount): string {
  return a.organisation ? `Redegørelse: ${a.organisation.name}` : `Redegørelse: ${a.title}`;
}

/** The PDF of one published version (`published`: which one, and its correction if any). */
export function renderPublishedAccountPdf(
  a: PublishedAccount,
  published: PublishedVersionSummary & { withdrawal?: { on: string; reason: string } | null },
): Promise<Buffer> {
  const title = accountTitle(a);
  const { doc, root, done } = openAccessiblePdf({
    Title: title,
    Author: a.municipality.name,
    Subject: `Styringsdialog efter ${a.legalBasis}`,
  });
  const heading = (level: 'H1' | 'H2' | 'H3', text: string) => {
    doc.moveDown(level === 'H1' ? 0 : 0.5);
    root.add(
      doc.struct(level, {}, () => {
        doc
          .font('bold')
          .fontSize(level === 'H1' ? 20 : level === 'H2' ? 14 : 12)
          .text(text, { paragraphGap: 6 });
      }),
    );
  };
  const paragraph = (text: string, bold = false) => {
    root.add(
      doc.struct('P', {}, () => {
        doc
          .font(bold ? 'bold' : 'regular')
          .fontSize(11)
          .text(text, { paragraphGap: 3 });
      }),
    );
  };

  heading('H1', title);
  if (published.withdrawal) {
    paragraph(
      `Redegørelsen er trukket tilbage ${formatDate(published.withdrawal.on)}. Begrundelse: ${published.withdrawal.reason}`,
      true,
    );
  }
  paragraph(`${a.municipality.name} · ${a.title}`, true);
  paragraph(
    `Mødet blev afholdt ${formatDate(a.heldOn)} og redegørelsen offentliggjort ${formatDate(a.publishedOn)}.`,
  );
  paragraph(
    `Hjemmel: ${a.legalBasis}. Referatversion ${a.minutesVersion}${a.changeReason ? ` (ændret: ${a.changeReason})` : ''}.`,
  );
  paragraph(
    `Redegørelsens version ${published.version}, offentliggjort ${formatDate(published.publishedOn)}` +
      (published.correction
        ? `; rettet ${formatDate(published.correction.on)}: ${published.correction.reason}.`
        : '.'),
  );
  heading('H2', 'Deltagere');
  for (const g of a.participantsPresent) {
    paragraph(`${g.label}: ${g.people.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)).join(', ')}`);
  }
  if (a.apologies.length > 0)
    paragraph(`Afbud: ${a.apologies.flatMap((g) => g.people.map((x) => x.name)).join(', ')}`);
  if (a.minuteTaker) paragraph(`Referent: ${a.minuteTaker}`);
  heading('H2', 'Referat');
  for (const item of a.items) {
    heading('H3', item.title || item.agendaItemId);
    if (item.summary) paragraph(item.summary);
    if (item.outcome) paragraph(`Konklusion: ${item.outcome}`);
  }
  const writtenBy = (author: { by: string; label: string } | null | undefined) => {
    if (author) paragraph(`Skrevet af ${author.by}, ${author.label.toLowerCase()}`);
  };
  if (a.minutesForm === 'summary') {
    // A theme meeting's account: the municipality's summary, no assessments or agreements.
    heading('H2', 'Referat/sammenfatning');
    paragraph(a.summary || '–');
  } else {
    heading('H2', 'Boligorganisationens vurdering');
    paragraph(a.organisationAssessment);
    writtenBy(a.assessmentAuthors?.organisation);
    heading('H2', 'Kommunens vurdering');
    paragraph(a.municipalityAssessment);
    writtenBy(a.assessmentAuthors?.administration);
    heading('H2', 'Aftaler');
    if (a.noAgreements) paragraph('Der blev ikke indgået aftaler.');
    a.agreements.forEach((x, i) => {
      paragraph(
        `${i + 1}. ${x.text} (${x.objectiveAreaLabel}${x.deadline ? `, frist ${formatDate(x.deadline)}` : ''}${x.responsible ? `, ansvarlig: ${x.responsible}` : ''})`,
      );
    });
  }
  heading('H2', 'Godkendelse');
  for (const x of a.approvals) paragraph(`${x.label}: godkendt af ${x.by}, ${formatDate(x.at.slice(0, 10))}`);
  root.end();
  doc.end();
  return done;
}
