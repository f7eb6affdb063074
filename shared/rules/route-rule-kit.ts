import type { CandidateDocument } from '../search/candidate-document.js';
import { joinLocalized } from './labels.js';
import { ROUTE_LABELS } from './migration-routes.js';
import {
  type LocalizedText,
  notApplicable,
  pass,
  type RuleMeta,
  type StageRule,
  text,
  type Verdict,
  violation,
} from './rule.js';
import type { RouteCheck } from './skilled-route-checks.js';
import type { IntakeView, PairView } from './views.js';

/**
 * One definition per permit-route rule (BE-03 … BE-06): its metadata, the check, and one copy of
 * its texts, from which both the intake form (the vacancy side: to whom the route is open) and
 * the match-time form (the pair: is it open for this candidate) are built.
 */

export const VLAANDEREN_ECONOMIC_MIGRATION = {
  title:
    'Decree of the Flemish Government of 7 December 2018 implementing the law of 30 April 1999 (economic migration); Vlaanderen.be, toelating tot arbeid',
  url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-hooggeschoolde',
} as const;

/** What the pair form reads to know whether a permit is needed at all. */
export const PAIR_EXEMPTION_READS = [
  'candidate.nationalities',
  'candidate.temporaryProtectionUntil',
  'today',
  'reference.temporaryProtectionEnd',
] as const;

/** A check's result with the route's own detail (e.g. BE-03's reduced threshold). */
export type RouteCheckOf = RouteCheck & { readonly reduced?: boolean };

export interface PermitRouteRule {
  readonly meta: RuleMeta;
  /** The subset of `meta.reads` the intake form reads (no candidate, no protection end). */
  readonly intakeReads: readonly string[];
  /** "Highly skilled route not open": the failure reasons follow it. */
  readonly notOpen: LocalizedText;
  /** Checks the route for the vacancy, and for the candidate when one is given. */
  check(view: IntakeView | PairView, candidate?: CandidateDocument): RouteCheckOf;
  /** The message of an open route: for the pair, or at intake (candidate undefined) to whom it is open. */
  open(view: IntakeView | PairView, check: RouteCheckOf, candidate?: CandidateDocument): LocalizedText;
}

/** A failed check, at the rule's own severity: the intro, then every reason. */
const failed = (def: PermitRouteRule, check: RouteCheck): Verdict =>
  violation(joinLocalized([def.notOpen, joinLocalized(check.failures.map((f) => f.reason))], ': '), [
    ...new Set(check.failures.map((f) => f.field)),
  ]);

function verdictOf(
  def: PermitRouteRule,
  view: IntakeView | PairView,
  candidate?: CandidateDocument,
): Verdict {
  const check = def.check(view, candidate);
  return check.ok ? pass(def.open(view, check, candidate)) : failed(def, check);
}

/** The intake and match-time forms of one permit-route rule. */
export function permitRouteForms(def: PermitRouteRule): {
  readonly intake: StageRule<IntakeView>;
  readonly pair: StageRule<PairView>;
} {
  return {
    intake: { meta: def.meta, reads: def.intakeReads, evaluate: (view) => verdictOf(def, view) },
    pair: {
      meta: def.meta,
      evaluate(view) {
        // Free movement and a protection valid on every judgement date need no permit.
        if (view.route === 'eu-free-movement' || view.route === 'temporary-protection') {
          const label = ROUTE_LABELS[view.route];
          return notApplicable(
            text(
              `No permit needed: ${label.en}.`,
              `Geen vergunning nodig: ${label.nl}.`,
              `Aucun permis requis : ${label.fr}.`,
            ),
          );
        }
        return verdictOf(def, view, view.candidate);
      },
    },
  };
}
