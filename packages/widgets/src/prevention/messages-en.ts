import type { PreventionMessages } from './messages.js';

/** The banner's English messages (French, the source: messages.ts). */
export const preventionMessagesEn: PreventionMessages = {
  vaccination: 'Vaccination',
  tabac: 'Quitting smoking',
  cancers: 'Cancer screening',
  neurosensoriel: 'Hearing and vision',
  audience: (min, max) => (max ? `Ages ${min} to ${max}` : `From age ${min}`),
  local: 'Near you',
  previous: 'Previous prevention message',
  next: 'Next prevention message',
  dismiss: (title) => `Hide the message “${title}”`,
  position: (n, total) => `Message ${n} of ${total}`,
  colon: ': ',
  dismissed: 'Message hidden.',
  invalid: (field) => `Invalid “${field}” setting, ignored.`,
};
