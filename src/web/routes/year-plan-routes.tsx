/** "Planlæg året" (/moeder/planlaeg): the proposed meetings of a year, adjusted and confirmed as one form. */
import type { FastifyInstance } from 'fastify';
import { meetingPlanners } from '../../app/meetings/access.ts';
import { confirmYearPlan } from '../../app/meetings/confirm-year-plan.ts';
import { proposeYearPlan } from '../../app/meetings/propose-year-plan.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { formRoute, type PostedForm } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { PlanYearPage, type PlanYearPageProps } from '../pages/meetings/plan-year-page.tsx';
import { yearOf } from './meeting-route-helpers.tsx';

/** The rows the user left ticked, with their row number in the form. */
function chosenRows(form: PostedForm) {
  const rows = (form.nested.meetings ?? []) as (Record<string, string> | undefined)[];
  return rows.flatMap((m, i) => (m && m.include !== 'false' ? [{ m, i }] : []));
}

/**
 * The rows a refused submission posted, in their form order, named from the proposal or the
 * already planned meeting of the same obligation. After the back button the obligations are
 * planned and no longer proposed, yet the warning must stand at the row it concerns.
 */
function postedRows(
  state: FormState,
  known: { obligationId: string; label: string; organisation: string | null }[],
): PlanYearPageProps['proposals'] {
  const rows: PlanYearPageProps['proposals'] = [];
  for (let i = 0; Object.hasOwn(state.values, `meetings.${i}.obligationId`); i++) {
    const obligationId = state.values[`meetings.${i}.obligationId`] ?? '';
    const named = known.find((k) => k.obligationId === obligationId);
    rows.push({
      obligationId,
      label: named?.label ?? 'Møde',
      organisation: named?.organisation ?? null,
      date: null,
      startTime: null,
      endTime: null,
    });
  }
  return rows;
}

async function planPage(ctx: UseCaseContext, year: number, state: FormState | null) {
  const out = await runUseCase(proposeYearPlan, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
    year,
  });
  const values: Record<string, string> = {};
  out.meetings.forEach((m, i) => {
    values[`meetings.${i}.date`] = m.date;
    values[`meetings.${i}.startTime`] = m.startTime;
    values[`meetings.${i}.endTime`] = m.endTime;
    values[`meetings.${i}.location`] = '';
  });
  const posted = state ? postedRows(state, [...out.meetings, ...out.alreadyPlanned]) : [];
  return (
    <PlanYearPage
      municipality={out.municipality}
      year={year}
      proposals={posted.length > 0 ? posted : out.meetings}
      unplaced={out.unplaced}
      alreadyPlanned={out.alreadyPlanned}
      state={state ?? { values, errors: [] }}
    />
  );
}

export function registerYearPlanRoutes(app: FastifyInstance, deps: HttpDeps): void {
  formRoute(app, deps, {
    url: '/moeder/planlaeg',
    access: meetingPlanners,
    useCase: confirmYearPlan,
    page: (ctx, request, state) => planPage(ctx, yearOf(request, ctx.today), state),
    toInput: (form, ctx) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      meetings: chosenRows(form).map(({ m }) => ({
        obligationId: m.obligationId,
        date: m.date || null,
        startTime: m.startTime || null,
        endTime: m.endTime || null,
        location: m.location ?? '',
      })),
    }),
    // Field errors name the chosen row (meetings.0.date); map them back to the form's rows.
    fieldName: (field, form) =>
      field.replace(/^meetings\.(\d+)/, (_m, n: string) => `meetings.${chosenRows(form)[Number(n)]?.i ?? n}`),
    redirect: (_out, ctx, request) => `/moeder?aar=${yearOf(request, ctx.today)}`,
  });
}
