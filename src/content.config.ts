/**
 * Content collections: the records and the entities they point at, loaded from the one reading of the content folder
 * (`lib/content/reader.ts`). The schemas give the collections their types; the reader has already checked every
 * file against them.
 */
import { defineCollection } from 'astro:content';
import { getContentDir } from './lib/content/content-dir.ts';
import { entityLoader, meetingLoader } from './lib/content/loader.ts';
import { BodySchema, OrganizationSchema, SeriesSchema, TopicSchema } from './schemas/entities.ts';
import { MeetingSchema } from './schemas/meeting.ts';

const options = { contentDir: getContentDir() };

export const collections = {
  meetings: defineCollection({ loader: meetingLoader(options), schema: MeetingSchema }),
  bodies: defineCollection({ loader: entityLoader('bodies', options), schema: BodySchema }),
  topics: defineCollection({ loader: entityLoader('topics', options), schema: TopicSchema }),
  organizations: defineCollection({ loader: entityLoader('organizations', options), schema: OrganizationSchema }),
  series: defineCollection({ loader: entityLoader('series', options), schema: SeriesSchema }),
};
