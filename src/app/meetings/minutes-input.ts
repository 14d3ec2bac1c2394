/** Re-exports for the minutes use cases: the domain names their input schemas are built from. */

export { PARTIES as PARTIES_FOR_MINUTES } from '../../domain/governance-model/types.ts';
export { type MinutesContent, OBJECTIVE_AREAS, transition } from '../../domain/meetings/index.ts';
