import { expect, it } from 'vitest';
import type { z } from 'zod';
import { userWith } from '../../../test/support/actors.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { type Actor, actorLabel } from '../../app/actor.ts';
import { changeAgreementStatus } from '../../app/agreements/change-agreement-status.ts';
import { getAgreement } from '../../app/agreements/get-agreement.ts';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import { listFollowUpAgreements } from '../../app/agreements/list-follow-up-agreements.ts';
import {
  confirmProgressProposal,
  proposeAgreementProgress,
  rejectProgressProposal,
} from '../../app/agreements/progress-proposals.ts';
import { createAgreement } from '../../app/agreements/save-agreement.ts';
import { AppError } from '../../app/app-error.ts';
import { loadDemo } from '../../app/registry/load-demo.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCase } from '../../app/use-case.ts';
import { createUnitOfWork } from '../unit-of-work.ts';

const officer = userWith('caseOfficer');
const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');
const grenaa = userWith('organisation', '707', 'org-grenaa-almene');

describeEachDatabase('agreement use cases', (db) => {
  function run<S extends z.ZodType, O>(
    useCase: UseCase<S, O>,
    actor: Actor,
    input: unknown,
    today = '2026-11-22',
  ) {
    return runUseCase(
      useCase,
      {
        actor,
        today,
        requestId: 'test',
        uow: createUnitOfWork(db(), { actor: actorLabel(actor), requestId: 'test' }),
      },
      input,
    );
  }
  async function failure(p: Promise<unknown>): Promise<AppError> {
    const error = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  const load = () => run(loadDemo, { kind: 'system', name: 'test' }, {});

  it('follows an agreement made in 2025 and left in progress up in 2026, with history in both years', async () => {
    await load();
    const { agreement } = await run(
      createAgreement,
      officer,
      {
        municipality: '707',
        agreement: {
          organisationId: 'org-nordlyset',
          steeringYear: 2025,
          agreedOn: '2025-11-04',
          objectiveArea: 'letting',
          text: 'Ventelisten gøres digital.',
          responsible: { kind: 'organisation' },
          deadline: '2026-06-30',
        },
      },
      '2025-11-05',
    );
    await run(
      changeAgreementStatus,
      officer,
      { municipality: '707', id: agreement.id, status: 'inProgress', note: 'Udbud i gang' },
      '2026-03-01',
    );

    const { agreements } = await run(listFollowUpAgreements, officer, {
      municipality: '707',
      organisation: 'org-nordlyset',
      steeringYear: 2026,
    });
    const followed = agreements.find((a) => a.id === agreement.id);
    expect(followed?.status).toBe('inProgress');
    expect(followed?.history.map((h) => [h.status, h.date.slice(0, 4), h.changedByName])).toEqual([
      ['agreed', '2025', 'Test caseOfficer'],
      ['inProgress', '2026', 'Test caseOfficer'],
    ]);
    // Not a follow-up item of its own year's meeting.
    const same = await run(listFollowUpAgreements, officer, {
      municipality: '707',
      organisation: 'org-nordlyset',
      steeringYear: 2025,
    });
    expect(same.agreements.map((a) => a.id)).not.toContain(agreement.id);
  });

  it('refuses closing without a note with a clear message, and changes nothing', async () => {
    await load();
    const error = await failure(
      run(changeAgreementStatus, officer, {
        municipality: '707',
        id: 'agr-djurslandsbo-2025-1',
        status: 'fulfilled',
        note: '',
      }),
    );
    expect(error.code).toBe('invalidInput');
    expect(error.fieldErrors).toEqual([
      {
        field: 'note',
        message:
          'Skriv en note: når en aftale lukkes (opfyldt, ikke opfyldt eller bortfaldet), skal det fremgå hvorfor',
      },
    ]);
    const { agreement } = await run(getAgreement, officer, {
      municipality: '707',
      id: 'agr-djurslandsbo-2025-1',
    });
    expect(agreement.status).toBe('inProgress');
    expect(agreement.history).toHaveLength(2);
  });

  it('shows organisation users only their own agreements; others answer not found', async () => {
    await load();
    const own = await run(listAgreements, djurslandsbo, { municipality: '707' });
    expect(own.agreements.length).toBeGreaterThan(0);
    expect(new Set(own.agreements.map((a) => a.organisationId))).toEqual(new Set(['org-djurslandsbo']));
    expect(own.organisations.map((o) => o.id)).toEqual(['org-djurslandsbo']);
    expect(
      (
        await failure(
          run(getAgreement, djurslandsbo, { municipality: '707', id: 'agr-grenaa-almene-2024-1' }),
        )
      ).code,
    ).toBe('notFound');
    expect(
      (
        await failure(
          run(listAgreements, djurslandsbo, { municipality: '707', organisation: 'org-grenaa-almene' }),
        )
      ).code,
    ).toBe('notFound');
    expect(
      (
        await failure(
          run(changeAgreementStatus, djurslandsbo, {
            municipality: '707',
            id: 'agr-djurslandsbo-2025-1',
            status: 'dropped',
            note: 'x',
          }),
        )
      ).code,
    ).toBe('notFound');
  });

  it('turns a confirmed progress report into a history entry and a rejected one into nothing', async () => {
    await load();
    // The demo has one pending report on agr-djurslandsbo-2024-1; a second one waits.
    const busy = await failure(
      run(proposeAgreementProgress, djurslandsbo, {
        municipality: '707',
        id: 'agr-djurslandsbo-2024-1',
        status: 'fulfilled',
        note: 'Igen',
      }),
    );
    expect(busy.code).toBe('conflict');
    expect(
      (
        await failure(
          run(proposeAgreementProgress, grenaa, {
            municipality: '707',
            id: 'agr-djurslandsbo-2025-1',
            status: 'fulfilled',
            note: 'x',
          }),
        )
      ).code,
    ).toBe('notFound');

    const { proposal } = await run(proposeAgreementProgress, djurslandsbo, {
      municipality: '707',
      id: 'agr-djurslandsbo-2025-2',
      status: 'inProgress',
      note: 'Fleksibel udlejning er vedtaget på afdelingsmødet',
      evidenceUrl: 'https://djurslandsbo.demo/referat.pdf',
    });
    expect(proposal.state).toBe('pending');
    const before = await run(getAgreement, officer, { municipality: '707', id: 'agr-djurslandsbo-2025-2' });
    expect(before.agreement.status).toBe('agreed');

    const confirmed = await run(confirmProgressProposal, officer, {
      municipality: '707',
      id: 'agr-djurslandsbo-2025-2',
      proposalId: proposal.id,
    });
    expect(confirmed.agreement.status).toBe('inProgress');
    expect(confirmed.agreement.history.at(-1)).toMatchObject({
      status: 'inProgress',
      date: '2026-11-22',
      note: 'Fleksibel udlejning er vedtaget på afdelingsmødet',
      evidenceUrl: 'https://djurslandsbo.demo/referat.pdf',
      proposedByName: 'Test organisation',
      changedByName: 'Test caseOfficer',
    });
    expect(
      (
        await failure(
          run(confirmProgressProposal, officer, {
            municipality: '707',
            id: 'agr-djurslandsbo-2025-2',
            proposalId: proposal.id,
          }),
        )
      ).code,
    ).toBe('conflict');

    const noReason = await failure(
      run(rejectProgressProposal, officer, {
        municipality: '707',
        id: 'agr-djurslandsbo-2024-1',
        proposalId: 'proposal-demo-1',
        note: '',
      }),
    );
    expect(noReason.fieldErrors).toEqual([{ field: 'note', message: 'Begrundelse skal udfyldes' }]);
    const rejected = await run(rejectProgressProposal, officer, {
      municipality: '707',
      id: 'agr-djurslandsbo-2024-1',
      proposalId: 'proposal-demo-1',
      note: 'Regnskabet for 2025 er ikke godkendt endnu',
    });
    expect(rejected.proposal.state).toBe('rejected');
    const after = await run(getAgreement, officer, { municipality: '707', id: 'agr-djurslandsbo-2024-1' });
    expect(after.agreement.status).toBe('inProgress');

    const audit = await db()
      .selectFrom('audit_entry')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'agreement')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['proposeProgress', 'confirmProgress', 'rejectProgress']);
  });

  it('refuses an agreement for another organisation’s departments, naming the field', async () => {
    await load();
    const error = await failure(
      run(createAgreement, officer, {
        municipality: '707',
        agreement: {
          organisationId: 'org-nordlyset',
          steeringYear: 2026,
          agreedOn: '2026-11-03',
          objectiveArea: 'departments',
          departmentIds: ['dep-djurslandsbo-1'],
          text: 'x',
          responsible: { kind: 'both' },
        },
      }),
    );
    expect(error.fieldErrors).toEqual([
      {
        field: 'agreement.departmentIds',
        message: 'Afdelingerne skal høre til Boligselskabet Nordlyset: dep-djurslandsbo-1 gør ikke',
      },
    ]);
  });
});
