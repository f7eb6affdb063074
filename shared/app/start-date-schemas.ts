import { z } from '@hono/zod-openapi';
import { START_PARTS } from '../start-date/earliest-start.js';

/** Wire schemas of start dates (shared/start-date), for the match and sourcing-plan responses. */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const CanStartByParam = z.iso
  .date()
  .optional()
  .openapi({
    param: { name: 'canStartBy', in: 'query' },
    description:
      'Only candidates whose earliest start date (availability, permit and NARIC recognition, pre-departure training, relocation) is on or before this date. Excluded candidates are counted under CAN-START-BY in `exclusions`.',
    example: '2026-09-01',
  });

const StartPartSchema = z
  .object({
    part: z.enum(START_PARTS).openapi({ description: 'What takes the time', example: 'permit' }),
    path: z
      .enum(['availability', 'permit', 'training', 'relocation'])
      .openapi({ description: 'The path the part belongs to; the slowest path decides', example: 'permit' }),
    days: z.number().int().openapi({ description: 'Calendar days the part takes', example: 120 }),
    hours: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Training hours (training parts only)', example: 180 }),
    detail: z.string().openapi({ example: 'Single permit: decision within four months' }),
    source: z
      .object({
        dataset: z.string().openapi({ example: 'processing-times-2026' }),
        title: z.string().openapi({ example: 'Directive 2011/98/EU (single permit) art. 5(2)' }),
        url: z.string().openapi({ example: 'https://eur-lex.europa.eu/eli/dir/2011/98/oj' }),
      })
      .openapi({ description: 'The data file and source the figure comes from' }),
    unverified: z.boolean().openapi({ description: 'The figure could not be confirmed', example: false }),
  })
  .openapi('StartPart');

export const MatchStartSchema = z
  .object({
    earliestStart: IsoDate.nullable().openapi({
      description: 'Earliest start date; null when the candidate cannot start (see blockedBy)',
      example: '2026-08-29',
    }),
    blockedBy: z.enum(['no-route', 'recognition-refused']).nullable().openapi({ example: null }),
    permitDays: z.number().int().openapi({ description: 'Recognition, permit and visa', example: 180 }),
    trainingHours: z.number().int().openapi({ example: 180 }),
    trainingDays: z.number().int().openapi({ example: 105 }),
    relocationDays: z.number().int().openapi({ example: 0 }),
    parts: z.array(StartPartSchema),
    unverified: z
      .boolean()
      .openapi({ description: 'Some part rests on an unverified figure', example: true }),
    vacancyStart: IsoDate.nullable().openapi({
      description: 'The vacancy’s start date',
      example: '2026-09-01',
    }),
    onTime: z.boolean().nullable().openapi({ example: true }),
    daysLate: z.number().int().nullable().openapi({ example: 0 }),
  })
  .openapi('MatchStart', { description: 'When the candidate could start, and why' });

export const StartDateSummarySchema = z
  .object({
    candidates: z
      .number()
      .int()
      .openapi({ description: 'Candidates summarised (see `covers`) who have a start date', example: 12 }),
    median: IsoDate.nullable().openapi({ example: '2026-06-15' }),
    earliest: IsoDate.nullable().openapi({ example: '2026-03-02' }),
    latest: IsoDate.nullable().openapi({ example: '2027-05-23' }),
    unverified: z.boolean().openapi({ example: true }),
    covers: z.enum(['all-qualified', 'returned-matches']).openapi({
      description:
        '`all-qualified`: every candidate the ring search kept (all filters passed), not only the top k returned; `returned-matches`: only the returned matches (no start counter wired)',
      example: 'all-qualified',
    }),
  })
  .openapi('StartDateSummary', {
    description: 'Median and range of the start dates of a ring’s qualified candidates (docs/start-dates.md)',
  });
