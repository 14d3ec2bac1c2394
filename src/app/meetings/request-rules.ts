/**
 * The rules for official requests that apply to one meeting: the optional participants of the
 * meeting rule behind its obligation (the governance model in force for its steering year). Used
 * by requestOfficial to decide and by getMeeting to say whether the viewer may ask at all, so the
 * form and the refusal cannot disagree.
 */
import type { Meeting, RequestRules } from '../../domain/meetings/index.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import type { Store } from '../ports.ts';
import { steeringYearOf } from './meeting-changes.ts';
import { ruleFor } from './meeting-setup.ts';

export async function requestRulesFor(
  s: Store,
  municipality: string,
  meeting: Meeting,
): Promise<RequestRules> {
  const { obligations } = await loadObligations(s, municipality, steeringYearOf(meeting));
  const obligation = obligations.find((o) => meeting.obligationIds.includes(o.id));
  const rule = obligation ? await ruleFor(s, obligation) : null;
  return rule ? { optionalParticipants: rule.optionalParticipants } : {};
}
