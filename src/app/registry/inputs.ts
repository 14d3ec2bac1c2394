/** Input pieces shared by registry use cases. */
import { z } from 'zod';
import { typeMessage } from '../../domain/shared/type-message.ts';

export const municipalityCode = z
  .string({ message: 'Kommunekoden mangler' })
  .regex(/^\d{3}$/, { message: 'Kommunekoden skal være tre cifre, fx 707' });

export const entityId = z.string(typeMessage('Id mangler')).min(1, { message: 'Id mangler' }).max(100);
