/**
 * The briefing "Sådan går det i de almene boligorganisationer" for one steering year: the
 * municipality's summary, then one section per active housing organisation — size and
 * departments, key figures with trends and flags, the latest published meeting's two
 * assessments (quoted from the published account), its agreements and their status, and how
 * the municipality can use the sector. One read model for the page and the PDF.
 *
 * Asked for by the organisations in the council decision behind the Norddjurs model (KB
 * 15-11-2022, sag 22/8287): more information to the politicians, given at the theme meeting.
 */
import { z } from 'zod';
import { isOverdue, STATUS_LABELS } from '../../domain/agreements/index.ts';
import { OBJECTIVE_AREA_LABELS } from '../../domain/agreements/labels.ts';
import type { Agreement } from '../../domain/agreements/types.ts';
import {
  keyFigureIndex,
  type OrganisationKeyFigures,
  organisationKeyFigures,
} from '../../domain/key-figures/key-figure-view.ts';
import { SECTOR_OBJECTIVE_AREAS, type SectorUse, sectorUse } from '../../domain/key-figures/sector-use.ts';
import type { FlagThresholds } from '../../domain/key-figures/types.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { yearInput } from '../governance/inputs.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { briefingReaders, keyFigureWriters } from './access.ts';
import { briefingDate, loadKeyFigureBasis } from './load-key-figure-basis.ts';

/** Meetings at which the dialogue counts as held (the meeting took place). */
const HELD = ['held', 'minutesDrafted', 'approved', 'published'];

export interface BriefingAgreement {
  id: string;
  text: string;
  objectiveArea: string;
  status: string;
  deadline: IsoDate | null;
  overdue: boolean;
}

export interface BriefingSection {
  id: string;
  name: string;
  homes: number;
  departments: { id: string; name: string; homes: number; kind: 'family' | 'elderly' | 'youth' }[];
  keyFigures: OrganisationKeyFigures;
  latestMeeting: {
    title: string;
    heldOn: IsoDate | null;
    path: string;
    organisationAssessment: string;
    municipalityAssessment: string;
  } | null;
  agreements: BriefingAgreement[];
  sectorUse: SectorUse & { agreements: BriefingAgreement[] };
}

export interface Briefing {
  municipality: { code: string; name: string; isDemo: boolean };
  year: number;
  date: IsoDate;
  thresholds: FlagThresholds;
  summary: {
    organisations: number;
    departments: number;
    homes: number;
    dialogueHeld: number;
    agreements: { fulfilled: number; inProgress: number; overdue: number; total: number };
    flaggedDepartments: number;
  };
  sections: BriefingSection[];
  /** Figures shown include demo data. */
  demoData: boolean;
  can: { importKeyFigures: boolean };
}

const briefingAgreement = (a: Agreement, today: IsoDate): BriefingAgreement => ({
  id: a.id,
  text: a.text,
  objectiveArea: OBJECTIVE_AREA_LABELS[a.objectiveArea],
  status: STATUS_LABELS[a.status],
  deadline: a.deadline,
  overdue: isOverdue(a, today),
});

export const getBriefing = defineUseCase({
  name: 'getBriefing',
  summary: 'Vis orienteringen "Sådan går det i de almene boligorganisationer" for et styringsår',
  mutates: false,
  access: briefingReaders,
  input: z.object({ municipality: municipalityCode, year: z.unknown().optional() }),
  async run(ctx, input): Promise<Briefing> {
    authorize(ctx.actor, briefingReaders, { municipality: input.municipality });
    const parsedYear = yearInput.safeParse(input.year);
    const year = parsedYear.success ? parsedYear.data : Number(ctx.today.slice(0, 4));
    const date = briefingDate(year, ctx.today);
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const basis = await loadKeyFigureBasis(s, input.municipality, year, date);
      const [meetings, published, agreements] = await Promise.all([
        s.meetings.listMeetings(input.municipality, { year }),
        s.meetings.latestPublishedVersions(input.municipality),
        s.agreements.listAgreements(input.municipality),
      ]);
      const accounts = [...published.values()].map((v) => v.account);
      // One index (and one median per year and code) for every organisation's figures.
      const index = keyFigureIndex(basis.figures, basis.organisations);
      const sections: BriefingSection[] = basis.organisations.map((o) => {
        const keyFigures = organisationKeyFigures({
          organisation: o,
          peers: basis.organisations,
          figures: basis.figures,
          thresholds: basis.thresholds,
          year,
          years: basis.years,
          index,
        });
        const latest = accounts
          .filter((a) => a.organisation?.id === o.id && (a.heldOn ?? '') <= date)
          .sort((a, b) => (b.heldOn ?? '').localeCompare(a.heldOn ?? ''))[0];
        const own = agreements.filter((a) => a.organisationId === o.id);
        // The agreements of the latest meeting, and every one still open from earlier years.
        const shown = own.filter(
          (a) =>
            (latest && a.meetingId === latest.meetingId) ||
            ((a.status === 'agreed' || a.status === 'inProgress') && a.agreedOn <= date),
        );
        const figure = (code: string) => keyFigures.figures.find((f) => f.code === code)?.value ?? null;
        const programme = basis.figures
          .filter(
            (f) =>
              f.organisationId === o.id &&
              f.steeringYear === year &&
              f.code === 'helhedsplan' &&
              f.value === 1,
          )
          .flatMap((f) => (f.departmentId ? [f.departmentId] : []));
        const use = sectorUse({
          departments: o.departmentRecords,
          moveOutRate: figure('fraflytning_pct'),
          programmeDepartmentIds: programme,
          renovationMillions: figure('renovering_mio'),
          newHomes: figure('nybyggeri_boliger'),
        });
        return {
          id: o.id,
          name: o.name,
          homes: o.departmentRecords.reduce((sum, d) => sum + d.homes, 0),
          departments: o.departmentRecords.map((d) => ({
            id: d.id,
            name: d.name,
            homes: d.homes,
            kind: d.kind,
          })),
          keyFigures,
          latestMeeting: latest
            ? {
                title: latest.title,
                heldOn: latest.heldOn,
                path: latest.path,
                organisationAssessment: latest.organisationAssessment,
                municipalityAssessment: latest.municipalityAssessment,
              }
            : null,
          agreements: shown.map((a) => briefingAgreement(a, date)),
          sectorUse: {
            ...use,
            agreements: shown
              .filter((a) => SECTOR_OBJECTIVE_AREAS.includes(a.objectiveArea))
              .map((a) => briefingAgreement(a, date)),
          },
        };
      });
      const ids = new Set(sections.map((x) => x.id));
      const held = new Set(
        meetings
          .filter((m) => m.kind === 'dialogueMeeting' && HELD.includes(m.status) && m.organisationId)
          .map((m) => m.organisationId as string),
      );
      const yearAgreements = agreements.filter((a) => ids.has(a.organisationId) && a.agreedOn <= date);
      return {
        municipality: { code: municipality.code, name: municipality.name, isDemo: municipality.isDemo },
        year,
        date,
        thresholds: basis.thresholds,
        summary: {
          organisations: sections.length,
          departments: sections.reduce((n, x) => n + x.departments.length, 0),
          homes: sections.reduce((n, x) => n + x.homes, 0),
          dialogueHeld: [...held].filter((id) => ids.has(id)).length,
          agreements: {
            fulfilled: yearAgreements.filter((a) => a.status === 'fulfilled').length,
            inProgress: yearAgreements.filter((a) => a.status === 'inProgress' || a.status === 'agreed')
              .length,
            overdue: yearAgreements.filter((a) => isOverdue(a, date)).length,
            total: yearAgreements.length,
          },
          flaggedDepartments: sections.reduce(
            (n, x) => n + x.keyFigures.departments.filter((d) => d.flags.length > 0).length,
            0,
          ),
        },
        sections,
        demoData: sections.some((x) => x.keyFigures.demo),
        can: { importKeyFigures: may(ctx.actor, keyFigureWriters, { municipality: input.municipality }) },
      };
    });
  },
});
