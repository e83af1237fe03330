/** The site's name and the one-line description used in the header, meta tags and feeds. */
export const SITE_NAME = 'Bali Process Meeting Records';

/** What the site is, in one sentence. */
export const SITE_DESCRIPTION =
  'An open archive of the meetings of the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime: who met, where, when and what they discussed, with sources.';
