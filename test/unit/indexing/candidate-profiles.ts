import {
  type CandidateInputRaw,
  CandidateInputSchema,
  type CandidateProfile,
} from '../../../shared/domain/candidate.js';
import { residenceRing } from '../../../shared/domain/geography.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { candidateId } from '../../../shared/use-cases/candidate-use-cases.js';
import { validCandidate } from '../../fixtures/api-bodies.js';

/**
 * A stored candidate profile built as the upsert use case builds it (parsed input, resolved
 * skills, derived ring and id), for tests that write the table or stream records directly.
 */
export function candidateProfile(
  externalId: string,
  options: { version?: number; pes?: string; input?: Partial<CandidateInputRaw>; at?: string } = {},
): CandidateProfile {
  const pes = options.pes ?? 'ANAPEC';
  const input = CandidateInputSchema.parse(validCandidate(options.input));
  const resolved = builtInTaxonomy().resolveSkills(input.skills, 'skills');
  const at = options.at ?? '2026-03-02T09:00:00.000Z';
  return {
    ...input,
    id: candidateId(pes, externalId),
    pes,
    externalId,
    version: options.version ?? 1,
    createdAt: at,
    updatedAt: at,
    contentHash: `test-${externalId}-${options.version ?? 1}`,
    ring: residenceRing(input.residence),
    skills: resolved.skills,
    unmappedSkills: resolved.unmapped,
  };
}
