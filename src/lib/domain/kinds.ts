/**
 * Kinds of meeting in the Bali Process calendar, with their labels and the other names people search by.
 * The ids are the values of a record's `kind` field.
 */

/** Every kind a record may have, in the order used by facets and legends. */
export const MEETING_KINDS = [
  'ministerial-conference',
  'senior-officials-meeting',
  'ad-hoc-group-meeting',
  'steering-group-meeting',
  'working-group-meeting',
  'joint-period-of-action',
  'workshop',
  'forum',
  'other',
] as const;

export type MeetingKind = (typeof MEETING_KINDS)[number];

interface KindInfo {
  /** Singular label, in sentence case. */
  label: string;
  /** Plural label for headings and facets. */
  plural: string;
  /** Other names and abbreviations for the kind, indexed for search so that `JPoA` finds Joint Periods of Action. */
  aliases: readonly string[];
}

/** Labels and aliases per kind. Abbreviations are those used in Bali Process documents. */
export const KIND_INFO: Readonly<Record<MeetingKind, KindInfo>> = {
  'ministerial-conference': {
    label: 'Ministerial conference',
    plural: 'Ministerial conferences',
    aliases: ['Regional Ministerial Conference', 'BRMC', 'ministerial meeting'],
  },
  'senior-officials-meeting': {
    label: "Senior officials' meeting",
    plural: "Senior officials' meetings",
    aliases: ['SOM', 'senior officials meeting'],
  },
  'ad-hoc-group-meeting': {
    label: 'Ad Hoc Group meeting',
    plural: 'Ad Hoc Group meetings',
    aliases: ['AHG', 'AHG SOM', 'Ad Hoc Group Senior Officials Meeting'],
  },
  'steering-group-meeting': {
    label: 'Steering Group meeting',
    plural: 'Steering Group meetings',
    aliases: ['steering committee'],
  },
  'working-group-meeting': {
    label: 'Working group meeting',
    plural: 'Working group meetings',
    aliases: ['WG meeting', 'annual meeting'],
  },
  'joint-period-of-action': {
    label: 'Joint Period of Action',
    plural: 'Joint Periods of Action',
    aliases: ['JPoA', 'JPA', 'joint operation', 'coordinated operations'],
  },
  workshop: {
    label: 'Workshop',
    plural: 'Workshops',
    aliases: ['training', 'roundtable', 'seminar', 'dialogue'],
  },
  forum: {
    label: 'Forum',
    plural: 'Forums',
    aliases: ['summit'],
  },
  other: {
    label: 'Other meeting',
    plural: 'Other meetings',
    aliases: ['event'],
  },
};
