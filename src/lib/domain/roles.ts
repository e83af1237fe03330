/**
 * The roles a country or organisation can have in a meeting, and the record fields that list them.
 * The rule for who is listed where is documented with `MeetingSchema` (each party once, in its main role).
 */

/** The four roles, in the order pages list them. */
export const ROLES = ['host', 'coChair', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** The record field of each role. */
export const ROLE_FIELD: Readonly<Record<Role, RoleField>> = {
  host: 'hosts',
  coChair: 'coChairs',
  participant: 'participants',
  observer: 'observers',
};

/** The record fields that list parties, in the order of `ROLES`. */
export const ROLE_FIELDS = ['hosts', 'coChairs', 'participants', 'observers'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/** Labels of roles, singular and plural, and of the country a meeting was held in (`venue`). */
export const ROLE_LABELS: Readonly<Record<Role | 'venue', { one: string; many: string }>> = {
  host: { one: 'Host', many: 'Hosts' },
  coChair: { one: 'Co-chair', many: 'Co-chairs' },
  participant: { one: 'Participant', many: 'Participants' },
  observer: { one: 'Observer', many: 'Observers' },
  venue: { one: 'Meeting place', many: 'Meeting place' },
};

/**
 * What each role means in the archive, for readers (the glossary). From the rule for roles (`MeetingSchema`): each
 * country or organisation is listed once per meeting, in its main role.
 */
export const ROLE_DEFINITIONS: Readonly<Record<Role, string>> = {
  host: 'A country or organisation that hosted the meeting. A host may also be a co-chair.',
  coChair:
    'A country or organisation that chaired the meeting, with the other co-chairs if there were several. A co-chair took part, so it is not listed again among the participants.',
  participant: 'A country or organisation that took part in the meeting, other than its co-chairs and hosts.',
  observer: 'A country or organisation that attended the meeting as an observer.',
};

/**
 * Each role, and the meeting place, as a word of a page address: `/countries/au/co-chair/`.
 * @example ROLE_SLUGS.coChair ⇒ 'co-chair'
 */
export const ROLE_SLUGS: Readonly<Record<Role | 'venue', string>> = {
  host: 'host',
  coChair: 'co-chair',
  participant: 'participant',
  observer: 'observer',
  venue: 'meeting-place',
};

/**
 * A party's roles in a meeting, in words, as lists of meetings note them.
 * @example describeRoleList(['host', 'coChair', 'venue']) ⇒ 'host, co-chair, meeting place'
 */
export function describeRoleList(roles: ReadonlyArray<Role | 'venue'>): string {
  return roles.map((role) => ROLE_LABELS[role].one.toLowerCase()).join(', ');
}
