/**
 * The bench dataset's history for 2010–2025, pure and deterministic: facts for the obligations
 * the product derives (meetings held, accounts published, documentation packages received), a
 * published dialogue meeting with approved minutes for each held dialogue meeting, the
 * agreements made there with their status history, and key figures as a key-figure CSV file
 * (docs/key-figures-csv.md). The variation comes from a hash of each obligation's id, so the
 * same registry and models give the same history.
 */
import { createHash } from 'node:crypto';
import type { Agreement, AgreementStatus, StatusChange } from '../../src/domain/agreements/types.ts';
import type { Fact } from '../../src/domain/compliance/types.ts';
import { newMeeting } from '../../src/domain/meetings/new-meeting.ts';
import { OBJECTIVE_AREAS } from '../../src/domain/meetings/objective-areas.ts';
import type { Meeting } from '../../src/domain/meetings/types.ts';
import type { Obligation } from '../../src/domain/obligations/types.ts';
import { addDays, isoDate } from '../../src/domain/shared/iso-date.ts';

export const HISTORY = { fromYear: 2010, toYear: 2025 };

function hash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

const shortId = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export interface HistoryOfObligation {
  facts: Fact[];
  meeting: Meeting | null;
  agreements: Agreement[];
}

const AGREEMENT_TEXTS = [
  'Tomgangen nedbringes i de afdelinger, der har mest tomgang.',
  'Der udarbejdes en plan for den planlagte vedligeholdelse.',
  'Beboerdemokratiet styrkes med et årligt møde for afdelingsbestyrelserne.',
  'Udlejningen følges op med en status på ventelisterne.',
  'Energiforbruget i afdelingerne kortlægges.',
];

/** The statuses an agreement passes through after `agreed`, ending in a final one for old years. */
function agreementHistory(h: number, agreedOn: string, lastYear: number, by: string): StatusChange[] {
  const step = (status: AgreementStatus, date: string, note: string | null): StatusChange => ({
    status,
    date,
    changedBy: 'system:bench',
    changedByName: by,
    note,
    evidenceUrl: null,
    meetingId: null,
    proposedByName: null,
  });
  const out = [step('agreed', agreedOn, null)];
  const year = Number(agreedOn.slice(0, 4));
  if (year >= lastYear) return out;
  out.push(step('inProgress', addDays(agreedOn, 60 + (h % 60)), 'Arbejdet er gået i gang.'));
  const final: AgreementStatus = h % 10 < 7 ? 'fulfilled' : h % 10 < 9 ? 'notFulfilled' : 'dropped';
  if (year < lastYear - 1 || h % 3 === 0) out.push(step(final, isoDate(year + 1, 9, 1 + (h % 27)), null));
  return out;
}

/**
 * The history of one obligation up to `lastYear`. Documentation packages are mostly received;
 * one yearly meeting in eleven is missed; accounts are mostly published within the deadline.
 */
export function historyOf(
  o: Obligation,
  lastYear: number,
  people: { officer: string; chair: string },
  /** The organisation's CVR number: ids are random per load, so the variation hashes the CVR instead. */
  cvrOf: (organisationId: string) => string,
): HistoryOfObligation {
  const none: HistoryOfObligation = { facts: [], meeting: null, agreements: [] };
  const year = Number(o.periodLabel.slice(0, 4));
  if (year > lastYear) return none;
  const key = o.organisation ? o.id.split(o.organisation.id).join(cvrOf(o.organisation.id)) : o.id;
  const h = hash(key);
  if (o.kind === 'documentationPackage') {
    if (h % 9 === 0) return none;
    return {
      ...none,
      facts: [
        {
          obligationId: o.id,
          kind: 'packageReceived',
          date: addDays(o.dueBy, -(h % 40)),
          ref: 'Almenstyringsdialog.dk',
          note: null,
        },
      ],
    };
  }
  if (Number(o.periodEnd.slice(0, 4)) > lastYear) return none;
  if (o.periodKind !== 'electionPeriod' && h % 11 === 0) return none;
  const meetingYear = o.periodKind === 'electionPeriod' ? year + 2 : year;
  const held = isoDate(meetingYear, 9 + (h % 3), 1 + (h % 27));
  const published = h % 7 === 0 ? isoDate(meetingYear + 1, 2, 1 + (h % 20)) : addDays(held, 14 + (h % 20));
  const dialogue = o.kind === 'dialogueMeeting' && o.organisation !== null;
  const meetingId = dialogue ? `meeting-bench-${shortId(key)}` : null;
  const facts: Fact[] = [
    { obligationId: o.id, kind: 'meetingHeld', date: held, ref: meetingId, note: 'Benchdata' },
  ];
  if (o.publishAccount.required)
    facts.push({
      obligationId: o.id,
      kind: 'accountPublished',
      date: published,
      ref: meetingId,
      note: 'Benchdata',
    });
  if (!dialogue || !meetingId || !o.organisation) return { ...none, facts };

  const agreements: Agreement[] = Array.from({ length: h % 4 }, (_, i) => {
    const hi = hash(`${key}#${i}`);
    return {
      id: `agr-bench-${shortId(`${key}#${i}`)}`,
      organisationId: o.organisation?.id ?? '',
      meetingId,
      steeringYear: year,
      agreedOn: held,
      objectiveArea: OBJECTIVE_AREAS[hi % OBJECTIVE_AREAS.length] ?? 'letting',
      departmentIds: [],
      text: AGREEMENT_TEXTS[hi % AGREEMENT_TEXTS.length] ?? '',
      target: null,
      responsible: { kind: 'organisation' },
      deadline: isoDate(year + 1, 12, 31),
      councilApproval: null,
      status: 'agreed',
      history: agreementHistory(hi, held, lastYear, people.officer),
    };
  });
  for (const a of agreements) a.status = a.history[a.history.length - 1]?.status ?? 'agreed';

  const at = `${held}T14:00:00.000Z`;
  const agenda = [
    {
      id: 'followUp',
      title: 'Opfølgning på sidste års aftaler',
      description: '',
      kind: 'followUp' as const,
      assignedTo: null,
    },
    {
      id: 'economy',
      title: 'Økonomi og drift',
      description: '',
      kind: 'objectiveArea' as const,
      assignedTo: null,
      objectiveArea: 'economyAndOperations' as const,
    },
    {
      id: 'anyOtherBusiness',
      title: 'Eventuelt',
      description: '',
      kind: 'anyOtherBusiness' as const,
      assignedTo: null,
    },
  ];
  const base = newMeeting({
    id: meetingId,
    municipality: o.municipality,
    obligationIds: [o.id],
    kind: 'dialogueMeeting',
    organisationId: o.organisation.id,
    title: `Styringsdialogmøde med ${o.organisation.name} ${year}`,
    date: held,
    startTime: '10:00',
    endTime: '12:00',
    location: 'Rådhuset',
    participants: [
      {
        personId: null,
        name: people.officer,
        email: null,
        party: 'administration',
        role: 'Sagsbehandler',
        attendance: 'present',
      },
      {
        personId: null,
        name: people.chair,
        email: null,
        party: 'organisation',
        role: 'Bestyrelsesformand',
        attendance: 'present',
      },
    ],
    agenda,
  });
  const meeting: Meeting = {
    ...base,
    status: 'published',
    sentAgenda: agenda,
    invitedOn: addDays(held, -21),
    minutes: {
      version: 1,
      participantsPresent: [
        { name: people.officer, party: 'administration', role: 'Sagsbehandler' },
        { name: people.chair, party: 'organisation', role: 'Bestyrelsesformand' },
      ],
      apologies: [],
      minuteTaker: people.officer,
      items: agenda.map((i) => ({
        agendaItemId: i.id,
        summary: `${i.title} blev drøftet.`,
        outcome: 'Taget til efterretning.',
      })),
      organisationAssessment: 'Organisationen vurderer, at driften er stabil.',
      municipalityAssessment: 'Kommunen vurderer, at organisationen drives forsvarligt.',
      agreements: agreements.map((a, i) => ({
        id: a.id,
        text: a.text,
        objectiveArea: OBJECTIVE_AREAS[hash(`${key}#${i}`) % OBJECTIVE_AREAS.length] ?? 'letting',
        deadline: a.deadline,
        responsible: 'Boligorganisationen',
      })),
      noAgreements: agreements.length === 0,
      approvals: [
        { party: 'administration', by: people.officer, at },
        { party: 'organisation', by: people.chair, at },
      ],
      locked: true,
      changeReason: null,
    },
    publishedOn: published,
    publications: [{ minutesVersion: 1, on: published }],
  };
  return { facts, meeting, agreements };
}

/** Codes and a plausible range for the organisation-level key figures. */
const FIGURES: readonly [code: string, min: number, max: number, decimals: number][] = [
  ['husleje_m2', 650, 1100, 0],
  ['tomgang_pct', 0, 4, 1],
  ['fraflytning_pct', 8, 22, 1],
  ['henlaeggelser_m2', 60, 220, 0],
  ['effektivitetstal', 85, 120, 0],
  ['lejerestancer_pct', 0, 3, 2],
];

/** Key figures for every organisation and steering year, as a key-figure CSV file. */
export function keyFiguresCsv(
  organisations: readonly { lbfNumber: string }[],
  years: readonly number[],
): string {
  const lines = ['lbf_org_nr;afdeling_nr;styringsaar;kode;vaerdi'];
  for (const o of organisations) {
    for (const year of years) {
      for (const [code, min, max, decimals] of FIGURES) {
        const h = hash(`${o.lbfNumber}:${year}:${code}`);
        const value = (min + ((h % 10_000) / 10_000) * (max - min)).toFixed(decimals).replace('.', ',');
        lines.push(`${o.lbfNumber};;${year};${code};${value}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
