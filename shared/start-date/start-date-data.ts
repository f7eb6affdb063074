import * as z from 'zod';
import { CEFR_LEVELS } from '../domain/codes.js';
import { IsoDateSchema } from '../domain/common-schemas.js';
import { periodOn } from '../rules/reference-data.js';
import processingTimes2026 from './data/processing-times-2026.json' with { type: 'json' };
import trainingHours2026 from './data/training-hours-2026.json' with { type: 'json' };

/**
 * The figures the earliest start date rests on, as year-versioned JSON files in `./data`, kept
 * like the rules' reference data (shared/rules/reference-data.ts): each file has its source,
 * validity and an `unverified` flag, and so has each figure that carries its own source. Outside
 * every file's period the nearest file is used (carried forward past the newest, back before the
 * oldest) and flagged: a start date is always given, never silently. Validated at module load.
 */

const SourceSchema = z.object({ title: z.string().min(1), url: z.url() }).strict();
const days = z.number().int().min(0).max(3650);
const hours = z.number().int().min(0).max(10_000);

const fileShape = {
  source: SourceSchema,
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.optional(),
  unverified: z.boolean(),
  notes: z.string().optional(),
};

const SourcedFigure = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ unverified: z.boolean(), basis: z.string().min(1), source: SourceSchema, ...shape }).strict();

const ProcessingTimesFileSchema = z
  .object({
    ...fileShape,
    routes: z
      .object({
        'eu-free-movement': SourcedFigure({ days }),
        'temporary-protection': SourcedFigure({ days }),
        'eu-blue-card': SourcedFigure({ days }),
        'highly-skilled': SourcedFigure({ days }),
        'medium-skilled-bottleneck': SourcedFigure({ days }),
        'other-bottleneck': SourcedFigure({ days }),
      })
      .strict(),
    recognition: SourcedFigure({ notStartedDays: days, pendingDays: days }),
    visa: SourcedFigure({ days }),
    relocation: SourcedFigure({
      daysByRing: z.object({ '1': days, '2': days, '3': days, '4': days }).strict(),
    }),
  })
  .strict();

const byTrainingStatus = z.object({ 'not-started': hours, 'in-progress': hours, completed: hours }).strict();

const TrainingHoursFileSchema = z
  .object({
    ...fileShape,
    /** Hours of pre-departure training a candidate follows per week. */
    weeklyHours: z.number().int().min(1).max(60),
    /** Hours to reach each CEFR level from the one below it (A1 from no Dutch at all). */
    dutchStepHours: z.object(
      Object.fromEntries(CEFR_LEVELS.map((l) => [l, hours])) as Record<
        (typeof CEFR_LEVELS)[number],
        typeof hours
      >,
    ),
    civicOrientationHours: byTrainingStatus,
    softSkillsHours: byTrainingStatus,
    /** Hours of one technical pre-departure module (one figure for every module). */
    technicalModuleHours: hours,
  })
  .strict();

export type ProcessingTimesFile = z.output<typeof ProcessingTimesFileSchema>;
export type TrainingHoursFile = z.output<typeof TrainingHoursFileSchema>;
export type FigureSource = z.output<typeof SourceSchema>;

export interface StartDateFiles {
  readonly processingTimes: readonly unknown[];
  readonly trainingHours: readonly unknown[];
}

export const BUNDLED_START_DATE_FILES: StartDateFiles = {
  processingTimes: [processingTimes2026],
  trainingHours: [trainingHours2026],
};

/** The figures valid on one date, with whether the file was carried past its validity. */
export interface StartDateFigures {
  readonly processing: ProcessingTimesFile & { readonly dataset: string; readonly carriedForward: boolean };
  readonly training: TrainingHoursFile & { readonly dataset: string; readonly carriedForward: boolean };
}

function nearest<T extends { validFrom: string; validTo?: string | undefined }>(
  files: readonly T[],
  date: string,
): { period: T; carriedForward: boolean } {
  const found = periodOn(files, date);
  if (found) return found;
  const oldest = [...files].sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0];
  if (!oldest) throw new Error('no start-date figures recorded');
  return { period: oldest, carriedForward: true };
}

const yearOfFile = (file: { validFrom: string }) => file.validFrom.slice(0, 4);

export class StartDateData {
  private readonly processing: readonly ProcessingTimesFile[];
  private readonly training: readonly TrainingHoursFile[];

  /** Validates the files (throws a ZodError naming the bad field). */
  constructor(files: StartDateFiles = BUNDLED_START_DATE_FILES) {
    this.processing = z.array(ProcessingTimesFileSchema).min(1).parse(files.processingTimes);
    this.training = z.array(TrainingHoursFileSchema).min(1).parse(files.trainingHours);
  }

  /** The figures valid on the date, or the nearest ones flagged `carriedForward`. */
  figuresOn(date: string): StartDateFigures {
    const processing = nearest(this.processing, date);
    const training = nearest(this.training, date);
    return {
      processing: {
        ...processing.period,
        dataset: `processing-times-${yearOfFile(processing.period)}`,
        carriedForward: processing.carriedForward,
      },
      training: {
        ...training.period,
        dataset: `training-hours-${yearOfFile(training.period)}`,
        carriedForward: training.carriedForward,
      },
    };
  }
}

export const defaultStartDateData = new StartDateData();
