/**
 * The year planner never double-books (issue 13, point 9): a plan whose row collides with an
 * existing meeting, or with another row of the same plan, is shown again with a warning at that
 * row naming both slots and the meeting, and nothing is created; confirming, going back and
 * confirming the same form again books nothing twice and says so at each row.
 */
import { describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { systemContext } from '../../../test/support/auth.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';
import { errorSummaryOf, formsOf, submission, textById } from '../../../test/support/html-forms.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { runUseCase } from '../../app/run-use-case.ts';

describe('year plan: clash warnings and the back button', () => {
  const t = useDemoApp({ as: userWith('caseOfficer') });

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
  /** The plan form as the browser would send it, with some values changed. */
  async function planForm(change: (name: string, value: string) => string = (_n, v) => v) {
    const page = await get('/moeder/planlaeg?aar=2027');
    const form = formsOf(page.body).find((f) => f.action.startsWith('/moeder/planlaeg'));
    if (!form) throw new Error('no plan form');
    return submission(form, (f) => f.value)
      .filter(([name]) => name !== '_csrf')
      .map(([name, value]): [string, string] => [name, change(name, value)]);
  }
  /** Rows whose default participants share the supervising unit's officials: any two clash in one slot. */
  const dialogueRows = (fields: [string, string][]) =>
    fields
      .filter(([n, v]) => /^meetings\.\d+\.obligationId$/.test(n) && v.startsWith('dialogueMeeting:'))
      .map(([n]) => Number(n.split('.')[1]));

  it('confirm → back → confirm: the second submission books nothing and warns at each row', async () => {
    const fields = await planForm();
    const rows = dialogueRows(fields);
    expect(rows.length).toBeGreaterThan(1);
    const before = await meetingCount();
    const first = await post('/moeder/planlaeg?aar=2027', fields);
    expect(first.statusCode, first.body.slice(0, 400)).toBe(303);
    const booked = await meetingCount();
    expect(booked).toBeGreaterThan(before);

    // The back button shows the same form again; confirming sends the same fields.
    const again = await post('/moeder/planlaeg?aar=2027', fields);
    expect(again.statusCode).toBe(422);
    expect(await meetingCount()).toBe(booked);
    const row = rows[0] ?? 0;
    expect(textById(again.body, `field-meetings-${row}-date-error`)).toMatch(
      /Der er allerede planlagt et møde for .* \(\d{2}-\d{2}-2027 kl\. \d{2}:\d{2}–\d{2}:\d{2}\)\. Det oprettes ikke igen\./,
    );
    expect(errorSummaryOf(again.body)?.map((l) => l.href)).toContain(`#field-meetings-${row}-date`);
  });

  it('warns at the row that collides with an existing meeting, naming both slots, and books nothing', async () => {
    const { meeting } = await runUseCase(createMeeting, systemContext(t.database.db), {
      municipality: '707',
      meeting: {
        obligationId: 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1',
        date: '2027-10-14',
        startTime: '10:00',
        endTime: '12:00',
      },
    });
    const first = dialogueRows(await planForm())[0];
    const fields = await planForm((name, value) => {
      if (name === `meetings.${first}.date`) return '2027-10-14';
      if (name === `meetings.${first}.startTime`) return '11:00';
      if (name === `meetings.${first}.endTime`) return '13:00';
      return value;
    });
    const before = await meetingCount();
    const res = await post('/moeder/planlaeg?aar=2027', fields);
    expect(res.statusCode).toBe(422);
    expect(await meetingCount()).toBe(before);
    const warning = textById(res.body, `field-meetings-${first}-date-error`);
    expect(warning).toContain(
      `Sammenfald: 14-10-2027 kl. 11:00–13:00 falder sammen med »${meeting.title}« 14-10-2027 kl. 10:00–12:00 – `,
    );
    expect(warning).toContain('skal deltage i begge. Vælg et andet tidspunkt.');
    // The posted values are kept, so the user moves the one row and confirms again.
    expect(res.body).toContain(`value="11:00"`);
    const moved = fields.map(([n, v]): [string, string] => [
      n,
      n === `meetings.${first}.date` ? '2027-10-15' : v,
    ]);
    const ok = await post('/moeder/planlaeg?aar=2027', moved);
    expect(ok.statusCode, textById(ok.body, `field-meetings-${first}-date-error`) ?? '').toBe(303);
  });

  it('warns when two rows of the same plan collide', async () => {
    const [a, b] = dialogueRows(await planForm());
    const fields = await planForm((name, value) => {
      for (const row of [a, b]) {
        if (name === `meetings.${row}.date`) return '2027-11-03';
        if (name === `meetings.${row}.startTime`) return '10:00';
        if (name === `meetings.${row}.endTime`) return '12:00';
      }
      return value;
    });
    const before = await meetingCount();
    const res = await post('/moeder/planlaeg?aar=2027', fields);
    expect(res.statusCode).toBe(422);
    expect(await meetingCount()).toBe(before);
    expect(textById(res.body, `field-meetings-${b}-date-error`)).toMatch(
      /Sammenfald: 03-11-2027 kl\. 10:00–12:00 falder sammen med ».*« 03-11-2027 kl\. 10:00–12:00 i denne plan/,
    );
    expect(textById(res.body, `field-meetings-${a}-date-error`)).toBeNull();
  });
});
