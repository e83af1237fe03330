import { z } from 'astro/zod';

/** What a contributor reads about a field: what it means and one valid line of YAML. */
export interface FieldDoc {
  description: string;
  /** One valid line as it would be written in a record, e.g. `participants: [AU, NZ]`. */
  example: string;
}

/**
 * Attaches a field's documentation to its schema (zod metadata), so that error messages, CONTRIBUTING and the
 * data page all read the same words. Call it last, after `.optional()` or `.default()`.
 */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  return schema.meta({ ...doc }) as T;
}

/**
 * Unwraps optional, default, nullable, array and pipe wrappers until an object schema or a leaf remains.
 * For a pipe, the side that leads to an object wins (the input side of a preprocess is usually `unknown`).
 */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 10; depth += 1) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodArray) {
      current = current.element as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      const input = unwrapSchema(current.in as z.ZodType);
      current = input instanceof z.ZodObject ? input : (current.out as z.ZodType);
    } else {
      break;
    }
  }
  return current;
}

/** The fields of the object schema at a path (array indexes skipped), or `{}` when there is none. */
export function getObjectShape(schema: z.ZodType, path: readonly PropertyKey[] = []): Record<string, z.ZodType> {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (typeof key !== 'string' || current === undefined) continue;
    const object = unwrapSchema(current);
    current = object instanceof z.ZodObject ? (object.shape as Record<string, z.ZodType>)[key] : undefined;
  }
  const object = current === undefined ? undefined : unwrapSchema(current);
  return object instanceof z.ZodObject ? (object.shape as Record<string, z.ZodType>) : {};
}

/**
 * The documentation of the field at a path, found by walking an object schema; array indexes in the path are
 * skipped. Returns the nearest documented field (a nested field without its own doc falls back to its parent's).
 *
 * @example getFieldDoc(MeetingSchema, ['location', 'country']) ⇒ { description: 'Country ...', example: 'country: TH' }
 * @example getFieldDoc(MeetingSchema, ['participants', 2]) ⇒ the doc of `participants`
 */
export function getFieldDoc(schema: z.ZodType, path: readonly PropertyKey[]): FieldDoc | undefined {
  let current: z.ZodType | undefined = schema;
  let found: FieldDoc | undefined;
  for (const key of path) {
    if (typeof key !== 'string' || current === undefined) continue;
    const object = unwrapSchema(current);
    if (!(object instanceof z.ZodObject)) break;
    current = (object.shape as Record<string, z.ZodType>)[key];
    const meta = current?.meta() as Partial<FieldDoc> | undefined;
    if (meta?.description && meta.example) found = { description: meta.description, example: meta.example };
  }
  return found;
}

/**
 * Every documented field of an object schema, one level deep plus nested objects, as `[dotted path, doc]` pairs in
 * declaration order. Feeds the field tables of CONTRIBUTING and `/data/`.
 */
export function listFieldDocs(schema: z.ZodType, prefix = ''): Array<[string, FieldDoc]> {
  const rows: Array<[string, FieldDoc]> = [];
  for (const [key, field] of Object.entries(getObjectShape(schema))) {
    const meta = field.meta() as Partial<FieldDoc> | undefined;
    const path = prefix ? `${prefix}.${key}` : key;
    if (meta?.description && meta.example) rows.push([path, { description: meta.description, example: meta.example }]);
    rows.push(...listFieldDocs(field, path));
  }
  return rows;
}
