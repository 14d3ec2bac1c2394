/** Input pieces shared by agreement use cases. */
import { z } from 'zod';
import {
  agreementStatusSchema,
  objectiveAreaSchema,
  steeringYearSchema,
} from '../../domain/agreements/validate-agreement.ts';
import { isBlank, yesNo } from '../../domain/registry/field-schemas.ts';
import { entityId } from '../registry/inputs.ts';

const blankToUndefined = (v: unknown) => (isBlank(v) ? undefined : v);

/** List filters as they come from a query string, a form or the CLI: blank means "any". */
export const agreementFilters = z.object({
  organisation: z.preprocess(blankToUndefined, entityId.optional()),
  status: z.preprocess(blankToUndefined, agreementStatusSchema.optional()),
  objectiveArea: z.preprocess(blankToUndefined, objectiveAreaSchema.optional()),
  steeringYear: z.preprocess(blankToUndefined, steeringYearSchema().optional()),
  overdue: yesNo('Over deadline'),
});

export type AgreementFilters = z.output<typeof agreementFilters>;
