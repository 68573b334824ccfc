import { REDACTION_CATEGORIES, redactionCategorySchema } from '@undertone/core';
import { z } from 'zod';

/** One schema per section. Defaults make a bare `undertone` start with an embedded database and in-process workers. */
export const databaseConfigSchema = z.object({
  /** A PostgreSQL connection string; when absent the embedded database in `dataDir` is used. */
  url: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// connection string').optional(),
  dataDir: z.string().min(1).default('./.undertone-data'),
  poolSize: z.number().int().min(1).max(100).default(10),
});

export const serverConfigSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(3000),
});

export const workerConfigSchema = z.object({
  /** Run analysis workers inside the server process. Turn off when `undertone worker` processes do the work. */
  inProcess: z.boolean().default(true),
  /** How many jobs one worker process fetches and analyzes per batch. */
  concurrency: z.number().int().min(1).max(1000).default(20),
  pollingIntervalSeconds: z.number().min(0.05).max(60).default(1),
  /**
   * Threads that run analysis, scoring and policies beside each worker loop's process, so the thread that talks to the
   * database (and, embedded, serves the API and ingest) is not blocked by them. Default: the machine's cores less one,
   * at least 1. 0 runs the analysis on the process's own thread.
   */
  analysisThreads: z.number().int().min(0).max(64).optional(),
});

export const analysisConfigSchema = z.object({
  /**
   * The learned fallback of behavior detection (docs/behaviors.md): finds behaviors and signals phrased in ways the
   * catalog does not list. Off: the catalog alone, and analyses record the engine version with `+catalog-only`.
   */
  learnedBehaviors: z.boolean().default(true),
});

export const pipelineConfigSchema = z.object({
  /** Attempts after the first before a job is dead-lettered. */
  retryLimit: z.number().int().min(0).max(100).default(3),
  retryDelaySeconds: z.number().int().min(0).default(5),
  retryBackoff: z.boolean().default(true),
  /** A job not completed within this time (its worker died) is failed and retried. */
  expireInSeconds: z.number().int().min(1).default(300),
  maintenanceIntervalSeconds: z.number().int().min(1).default(60),
});

export const demoConfigSchema = z.object({
  enabled: z.boolean().default(false),
  /** The demo contact center's size (`undertone serve --demo`): days of calls ending today, teams, agents per team. */
  days: z.number().int().min(1).max(365).default(60),
  teams: z.number().int().min(1).max(8).default(4),
  agentsPerTeam: z.number().int().min(1).max(100).default(10),
});

/** How calls arrive besides POST /api/v1/calls: signed telephony webhooks and a watched drop folder. */
export const intakeConfigSchema = z.object({
  /** Every active webhook secret; list the new one beside the old while senders switch over (rotation). */
  webhookSecrets: z.array(z.string().min(16, 'a webhook secret must be at least 16 characters')).default([]),
  /** A folder watched for transcript files (SFTP or cloud-drive sync target); off when absent. */
  dropDir: z.string().min(1).optional(),
  /**
   * Delete a dropped file once its redacted call is stored, instead of moving it to `processed/`. The original
   * still holds the unredacted transcript; failed files always stay in `failed/` for a person to fix.
   */
  deleteProcessed: z.boolean().default(false),
});

/** PII redaction at ingest, before anything is stored (docs/redaction.md). */
export const redactionConfigSchema = z.object({
  enabled: z.boolean().default(true),
  /** Which categories to redact; all of them by default. */
  categories: z
    .array(redactionCategorySchema, { error: `expected a list of categories from: ${REDACTION_CATEGORIES.join(', ')}` })
    .default([...REDACTION_CATEGORIES]),
});

/** Sessions, cookies and rate limits. Rate limits count per server process. */
export const authConfigSchema = z
  .object({
    /** A session unused this long is signed out. */
    sessionIdleMinutes: z.number().int().min(1).max(7 * 24 * 60).default(120),
    /** A session ends this long after sign-in however active it is. */
    sessionAbsoluteHours: z.number().int().min(1).max(24 * 90).default(12),
    /** Mark the session cookie Secure and send HSTS: turn on whenever the server is reached over https. */
    cookieSecure: z.boolean().default(false),
    /** Take the client address from the last X-Forwarded-For entry (only behind a reverse proxy you run). */
    trustProxy: z.boolean().default(false),
    /** Sign-in attempts per client address per minute (a contact center's agents often share one address). */
    loginPerIpPerMinute: z.number().int().min(1).max(100_000).default(60),
    /** Failed sign-ins per username per minute before that username is locked for a while (doubling each time). */
    loginFailuresPerUserPerMinute: z.number().int().min(1).max(1000).default(10),
    /** Ingest requests (API and webhook) per token, or per address when unauthenticated, per minute. */
    ingestPerMinute: z.number().int().min(1).max(1_000_000).default(1200),
  })
  .refine((a) => a.sessionIdleMinutes <= a.sessionAbsoluteHours * 60, { message: 'sessionIdleMinutes must not exceed sessionAbsoluteHours', path: ['sessionIdleMinutes'] });

export const configSchema = z.object({
  database: databaseConfigSchema.prefault({}),
  server: serverConfigSchema.prefault({}),
  worker: workerConfigSchema.prefault({}),
  analysis: analysisConfigSchema.prefault({}),
  pipeline: pipelineConfigSchema.prefault({}),
  demo: demoConfigSchema.prefault({}),
  intake: intakeConfigSchema.prefault({}),
  redaction: redactionConfigSchema.prefault({}),
  auth: authConfigSchema.prefault({}),
});

export type Config = z.infer<typeof configSchema>;
export type DatabaseConfig = z.infer<typeof databaseConfigSchema>;
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
export type PipelineConfig = z.infer<typeof pipelineConfigSchema>;
export type AnalysisConfig = z.infer<typeof analysisConfigSchema>;
export type IntakeConfig = z.infer<typeof intakeConfigSchema>;
export type RedactionConfig = z.infer<typeof redactionConfigSchema>;
export type AuthConfig = z.infer<typeof authConfigSchema>;
