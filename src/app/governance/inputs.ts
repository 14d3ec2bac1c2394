import { z } from 'zod';

/** A calendar or steering year the product can plan for. */
export const yearInput = z.coerce
  .number({ message: 'Året skal være et tal, fx 2027' })
  .int({ message: 'Året skal være et helt tal' })
  .min(2010, { message: 'Året skal være 2010 eller senere (styringsdialogen begyndte 1. januar 2010)' })
  .max(2100, { message: 'Året skal være før 2100' });
