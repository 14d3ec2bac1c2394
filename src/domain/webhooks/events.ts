/**
 * The events a municipality's webhooks can subscribe to (issue 15): an account published,
 * corrected or withdrawn, an agreement's status changed, a meeting planned, moved or cancelled.
 */
export const WEBHOOK_EVENTS = [
  'account.published',
  'account.corrected',
  'account.withdrawn',
  'agreement.statusChanged',
  'meeting.planned',
  'meeting.moved',
  'meeting.cancelled',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  'account.published': 'Redegørelse offentliggjort',
  'account.corrected': 'Redegørelse rettet',
  'account.withdrawn': 'Redegørelse trukket tilbage',
  'agreement.statusChanged': 'Aftale skiftet status',
  'meeting.planned': 'Møde planlagt',
  'meeting.moved': 'Møde flyttet',
  'meeting.cancelled': 'Møde aflyst',
};

export interface WebhookEvent {
  type: WebhookEventType;
  municipality: string;
  /** Only ids, dates and statuses: the receiver fetches more with its own access. */
  data: Record<string, string | number | null>;
}
