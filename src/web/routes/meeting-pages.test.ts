/**
 * The meeting pages in-process: what issue 11 found wrong, each shown fixed — errors of "Tilføj et
 * punkt" visible, an empty year-plan date refused, "Allerede planlagt" by name and date, proposals
 * in dd-mm-yyyy, a warning after moving a meeting to a weekend or holiday, a stale form answered
 * 412, paragraphs kept in minutes and the public account, minutes text areas sized for minutes.
 */
import { describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { systemContext } from '../../../test/support/auth.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';
import { approvedMeeting, heldMeeting, plannedMeeting } from '../../../test/support/form-fixtures.ts';
import { errorSummaryOf, formsOf, submission, textById } from '../../../test/support/html-forms.ts';
import { publishMeeting } from '../../app/meetings/publish-meeting.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { publicAccountPath } from '../../domain/meetings/index.ts';

const officer = userWith('caseOfficer');
const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');

describe('meeting pages', () => {
  const t = useDemoApp({ as: officer });

  const { get, post } = t;
  const meetingCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('meeting')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('shows the errors of "Tilføj et punkt" in an open <details>, with the summary at the top', async () => {
    const id = await plannedMeeting(t);
    const res = await post(`/moeder/${id}/dagsorden`, [
      ['version', '1'],
      ['agendaTitle', ''],
      ['agendaDescription', ''],
    ]);
    expect(res.statusCode).toBe(422);
    const details = /<details class="app-details"( open)?[^>]*>\s*<summary>Tilføj et punkt<\/summary>/.exec(
      res.body,
    );
    expect(details?.[1], 'the details holding the refused form is open').toBe(' open');
    expect(textById(res.body, 'field-agendaTitle-error')).toMatch(/titel/i);
    expect(errorSummaryOf(res.body)?.map((l) => l.href)).toContain('#field-agendaTitle');
    expect(res.body.indexOf('alert alert-error')).toBeLessThan(res.body.indexOf('id="agenda-heading"'));
  });

  it('refuses a year plan row without a date with a Danish error at that date, and creates nothing', async () => {
    const page = await get('/moeder/planlaeg?aar=2027');
    const form = formsOf(page.body).find((f) => f.action.startsWith('/moeder/planlaeg'));
    expect(form).toBeDefined();
    const before = await meetingCount();
    if (!form) return;
    // The date input is not a typed-in text field for submission(): blank it after.
    const fields = submission(form, (f) => f.value)
      .filter(([name]) => name !== '_csrf')
      .map(([name, value]): [string, string] => [name, name === 'meetings.0.date' ? '' : value]);
    const res = await post('/moeder/planlaeg?aar=2027', fields);
    expect(res.statusCode).toBe(422);
    expect(textById(res.body, 'field-meetings-0-date-error')).toContain('Datoen mangler');
    expect(await meetingCount()).toBe(before);
    expect(res.body).not.toContain('>–<');
  });

  it('names proposals and planned meetings by organisation and dd-mm-yyyy, never by internal id', async () => {
    const page = await get('/moeder/planlaeg?aar=2027');
    expect(page.body).toMatch(/Forslag: \d{2}-\d{2}-2027 kl\. \d{2}:\d{2}/);
    await plannedMeeting(t);
    const after = await get('/moeder/planlaeg?aar=2027');
    const planned = after.body.slice(after.body.indexOf('id="planned-heading"'));
    expect(planned).toContain('Boligselskabet Djurslandsbo');
    expect(planned).toContain('14-10-2027');
    expect(planned).not.toMatch(/dialogueMeeting:|legalFloor#/);
  });

  it.each([
    ['a Saturday', '2027-10-16', 'lørdag'],
    ['Ascension Day', '2027-05-06', 'helligdag'],
  ])('warns (does not refuse) after moving a meeting to %s', async (_name, date, reason) => {
    const id = await plannedMeeting(t);
    expect(textById((await get(`/moeder/${id}`)).body, 'meeting-warnings'), 'a Thursday').toBeNull();
    const moved = await post(`/moeder/${id}/flyt`, [
      ['version', '1'],
      ['date', date],
      ['startTime', '10:00'],
      ['endTime', '12:00'],
      ['location', 'Rådhuset'],
    ]);
    expect(moved.statusCode, moved.body.slice(0, 500)).toBe(303);
    const page = await get(`/moeder/${id}`);
    expect(textById(page.body, 'meeting-warnings')).toContain(reason);
  });

  it('answers a form posted with a stale version with 412 and says someone else changed the meeting', async () => {
    const id = await plannedMeeting(t);
    const first = await post(`/moeder/${id}/dagsorden`, [
      ['version', '1'],
      ['agendaTitle', 'Boligsocial indsats'],
    ]);
    expect(first.statusCode).toBe(303);
    const stale = await post(`/moeder/${id}/aflys`, [
      ['version', '1'],
      ['cancelReason', 'Sygdom'],
    ]);
    expect(stale.statusCode).toBe(412);
    expect(textById(stale.body, 'field-form')).toContain('En anden har gemt mødet');
  });

  it('sizes the minutes text areas for real minutes', async () => {
    const id = await heldMeeting(t);
    const rowsOf = (body: string, name: string) =>
      new RegExp(`<textarea[^>]*rows="(\\d+)"[^>]*name="${name.replace('.', '\\.')}"`).exec(body) ??
      new RegExp(`<textarea[^>]*name="${name.replace('.', '\\.')}"[^>]*rows="(\\d+)"`).exec(body);
    const page = await get(`/moeder/${id}`);
    for (const name of ['municipalityAssessment', 'items.0.summary']) {
      expect(Number(rowsOf(page.body, name)?.[1]), name).toBeGreaterThanOrEqual(8);
    }
    // The organisation writes its own assessment in its own form.
    expect(rowsOf(page.body, 'organisationAssessment')).toBeNull();
    t.actAs(djurslandsbo);
    const own = await get(`/moeder/${id}`);
    expect(Number(rowsOf(own.body, 'assessment')?.[1]), 'assessment').toBeGreaterThanOrEqual(8);
    t.actAs(officer);
  });

  it('keeps the paragraphs of the minutes on the meeting page and the public account', async () => {
    const text = 'Første afsnit om driften.\n\nAndet afsnit om tomgangen.\nMed en ny linje.';
    const id = await approvedMeeting(t, { organisationAssessment: text, municipalityAssessment: text });
    t.actAs(djurslandsbo);
    const page = await get(`/moeder/${id}`);
    expect(page.body).toContain(
      '<p>Første afsnit om driften.</p><p>Andet afsnit om tomgangen.<br/>Med en ny linje.</p>',
    );
    t.actAs(officer);
    const out = await runUseCase(publishMeeting, systemContext(t.database.db), { municipality: '707', id });
    const account = await get(publicAccountPath(out.meeting));
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain(
      '<p>Første afsnit om driften.</p><p>Andet afsnit om tomgangen.<br/>Med en ny linje.</p>',
    );
  });
});
