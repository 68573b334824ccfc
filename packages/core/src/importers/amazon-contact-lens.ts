import { z } from 'zod';
import type { Speaker } from '../call/call.js';
import type { Issue } from '../errors.js';
import { invalidInput } from './import-errors.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { wholeMs } from './timestamps.js';
import { zodIssues } from './zod-issues.js';

/*
 * Amazon Connect Contact Lens output files and Amazon Transcribe Call Analytics output.
 * Read: Participants[].{ParticipantId, ParticipantRole}; Transcript[].{ParticipantId | ParticipantRole,
 * Content, BeginOffsetMillis, EndOffsetMillis}; CustomerMetadata.ContactId or JobName (call id);
 * LanguageCode and matched categories (metadata). Offsets are milliseconds from the start of the contact.
 */

const turnSchema = z.object({
  ParticipantId: z.string().optional(),
  ParticipantRole: z.string().optional(),
  Content: z.string(),
  BeginOffsetMillis: z.number(),
  EndOffsetMillis: z.number(),
});

const contactLensSchema = z.object({
  Participants: z.array(z.object({ ParticipantId: z.string(), ParticipantRole: z.string() })).optional(),
  Transcript: z.array(turnSchema),
  CustomerMetadata: z.object({ ContactId: z.string().min(1).optional() }).optional().catch(undefined),
  JobName: z.string().min(1).optional().catch(undefined),
  LanguageCode: z.string().optional().catch(undefined),
  Categories: z.object({ MatchedCategories: z.array(z.string()).optional() }).optional().catch(undefined),
});

function roleOfName(role: string): Speaker {
  const upper = role.toUpperCase();
  if (upper === 'AGENT') return 'agent';
  if (upper === 'CUSTOMER') return 'customer';
  return 'other';
}

function isRoleName(value: string): boolean {
  const upper = value.toUpperCase();
  return upper === 'AGENT' || upper === 'CUSTOMER';
}

export function readAmazonContactLens(value: unknown, source: string | undefined): SourceTranscript {
  const parsed = contactLensSchema.safeParse(value);
  if (!parsed.success) throw invalidInput('not a valid Contact Lens / Call Analytics transcript', source, zodIssues(parsed.error));
  const data = parsed.data;

  const participantRoles = new Map<string, Speaker>();
  for (const p of data.Participants ?? []) participantRoles.set(p.ParticipantId, roleOfName(p.ParticipantRole));

  const roles = new Map<string, Speaker>();
  const turns: SourceTurn[] = [];
  const issues: Issue[] = [];
  data.Transcript.forEach((t, i) => {
    const label = t.ParticipantId ?? t.ParticipantRole;
    if (label === undefined) {
      issues.push({ where: `$.Transcript[${i}].ParticipantId`, message: 'missing; expected a ParticipantId or ParticipantRole' });
      return;
    }
    // Participants first; then the turn's own role; then an id that is itself a role name (AGENT/CUSTOMER).
    const role =
      participantRoles.get(label) ??
      (t.ParticipantRole !== undefined ? roleOfName(t.ParticipantRole) : undefined) ??
      (isRoleName(label) ? roleOfName(label) : undefined);
    if (role && !roles.has(label)) roles.set(label, role);
    turns.push({
      label,
      startMs: wholeMs(t.BeginOffsetMillis),
      endMs: wholeMs(t.EndOffsetMillis),
      text: t.Content,
      startWhere: `$.Transcript[${i}].BeginOffsetMillis`,
      endWhere: `$.Transcript[${i}].EndOffsetMillis`,
    });
  });
  if (issues.length > 0) throw invalidInput('not a valid Contact Lens / Call Analytics transcript', source, issues);

  const metadata: Record<string, unknown> = {};
  if (data.LanguageCode) metadata['languageCode'] = data.LanguageCode;
  if (data.Categories?.MatchedCategories?.length) metadata['matchedCategories'] = data.Categories.MatchedCategories;

  const result: SourceTranscript = {
    turns,
    roles,
    roleDetail: data.Participants ? 'Participants[].ParticipantRole' : 'Transcript[].ParticipantRole',
    warnings: [],
  };
  const callId = data.CustomerMetadata?.ContactId ?? data.JobName;
  if (callId) result.callId = callId;
  if (Object.keys(metadata).length > 0) result.metadata = metadata;
  return result;
}
