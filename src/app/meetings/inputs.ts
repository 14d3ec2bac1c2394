/** Input pieces shared by the meeting use cases (Danish messages, like the other slices). */
import { z } from 'zod';
import { isClockTime } from '../../domain/calendar/index.ts';
import { dateField } from '../../domain/shared/date-schema.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';

/** A date: dd-mm-åååå or ISO in, ISO out (domain/shared/date-input.ts). */
export const isoDateInput = (label: string) => dateField(label);

export const clockTimeInput = (label: string) =>
  z
    .string({ message: `${label} mangler` })
    .refine(isClockTime, { message: `${label} skal skrives TT:MM, fx 10:00` });

export const yearInput = z.coerce
  .number({ message: 'Året skal være et tal, fx 2027' })
  .int({ message: 'Året skal være et helt tal' })
  .min(2010, { message: 'Året skal være 2010 eller senere' })
  .max(2100, { message: 'Året skal være før 2100' });

export const reasonInput = (label: string) =>
  z
    .string({ message: `${label} mangler` })
    .trim()
    .min(1, { message: `${label} mangler` })
    .max(4000);

/** Where links in e-mails and calendar files point: filled by the edge from its configuration. */
export const linkBaseInput = z.string().url().default('http://localhost');

/** The host name that makes calendar UIDs unique (CALENDAR_UID_DOMAIN); default the link base's host. */
export const uidDomainInput = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i, {
    message: 'Kalenderdomænet skal være et værtsnavn, fx styringsdialog.norddjurs.dk',
  })
  .optional();

/** CALENDAR_ORGANIZER_EMAIL, filled by the edge from its configuration; absent = the sending case officer. */
export const organizerEmailInput = z.email().optional();

/** Which meeting, and the version the caller read (the form's field or the API's If-Match); spread into an input schema. */
export const meetingRef = {
  municipality: municipalityCode,
  id: entityId,
  version: z.coerce.number().int().min(1).optional(),
};

/** A version the caller must send (edits of long texts, where a lost update would hurt most). */
export const requiredVersion = z.coerce.number({ message: 'Version mangler' }).int().min(1);

/**
 * The mail settings of a step that sends calendar mails, filled by the edge from its
 * configuration (PUBLIC_URL, CALENDAR_UID_DOMAIN, CALENDAR_ORGANIZER_EMAIL); spread into an
 * input schema.
 */
export const mailInput = {
  linkBase: linkBaseInput,
  uidDomain: uidDomainInput,
  organizerEmail: organizerEmailInput,
};
