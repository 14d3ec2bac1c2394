/**
 * Optimistic concurrency for registry records: an edit names the version it read (the form's
 * hidden field, the API's If-Match or `version`), and a save based on an older version is refused
 * with 412 and a Danish message — nothing is overwritten, the editor reloads and repeats.
 */
import { z } from 'zod';
import { AppError, invalidInput } from '../app-error.ts';

export const versionInput = z.coerce.number({ message: 'Version mangler' }).int().min(1);

/** An edit without the version it is based on: refused, as a blind overwrite could lose a change. */
export function versionMissing(): AppError {
  return invalidInput('Version mangler: send den version, du har læst (If-Match eller version).', [
    { field: 'version', message: 'Version mangler' },
  ]);
}

/** `what` is the Danish noun with its article, e.g. "Personen". */
export function staleWrite(what: string): AppError {
  return new AppError(
    'preconditionFailed',
    `${what} er ændret af en anden`,
    `En anden har gemt ændringer, siden du åbnede siden. ${what} er ikke ændret af dig: ` +
      'hent siden igen, se den andens ændringer, og gentag din ændring.',
  );
}
