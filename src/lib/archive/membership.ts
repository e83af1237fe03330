/**
 * Membership of the bodies of the Bali Process, only where a source says since when (the `members` of each body's
 * file). Attendance is never taken for membership: a country at every meeting of a body is not thereby its member.
 */
import type { Archive, BodyMemberView, BodyView } from './archive.ts';

/** A membership of a country or organisation: the body, since when, and the source that says so. */
export interface Membership extends Omit<BodyMemberView, 'key' | 'type' | 'name'> {
  body: BodyView;
}

/**
 * The bodies a country or organisation is a member of, as their files give it, in the order of the bodies page.
 * @param key an ISO 3166-1 alpha-2 code (`PH`) or an organisation id (`unodc`).
 * @example getMemberships(archive, 'PH') ⇒ [{ body: Ad Hoc Group, sinceText: '12 October 2011', source: { … } }]
 */
export function getMemberships(archive: Archive, key: string): Membership[] {
  return [...archive.bodies.values()]
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'en'))
    .flatMap((body) =>
      body.members
        .filter((member) => member.key === key)
        .map(({ key: _key, type: _type, name: _name, ...rest }) => ({ body, ...rest })),
    );
}
