/** The sorts of organisation that take part in meetings: the values of an organisation's `type` field. */

/** Every type, in the order the organisations page groups them. */
export const ORGANIZATION_TYPES = [
  'un-agency',
  'intergovernmental',
  'regional-office',
  'non-governmental',
  'business',
  'research',
  'other',
] as const;

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** Labels of each type, singular and plural, in sentence case. */
export const ORGANIZATION_TYPE_LABELS: Readonly<Record<OrganizationType, { one: string; many: string }>> = {
  'un-agency': { one: 'UN agency', many: 'UN agencies' },
  intergovernmental: { one: 'Intergovernmental organisation', many: 'Intergovernmental organisations' },
  'regional-office': { one: 'Regional office', many: 'Regional offices' },
  'non-governmental': { one: 'Non-governmental organisation', many: 'Non-governmental organisations' },
  business: { one: 'Business', many: 'Businesses' },
  research: { one: 'Research organisation', many: 'Research organisations' },
  other: { one: 'Other organisation', many: 'Other organisations' },
};
