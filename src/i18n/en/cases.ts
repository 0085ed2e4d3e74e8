import { plural } from '../locales/plural.js';

/** English terms of `<wwe-case-selector>` (which shows the interaction terms too). */
export const casesTerms = {
  'cases.label': 'Cases',
  'cases.empty': 'No cases',
  'cases.more': 'Show more cases ({count} not shown)',
  'cases.selected': 'Selected',
  'cases.expanded': 'Expanded',
  'cases.selectedAnnounce': 'Case {name} selected',
  'cases.interactions': plural('en', { one: '{count} interaction', other: '{count} interactions' }),
} as const;
