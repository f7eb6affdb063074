import {
  canonicalJson,
  decide,
  pickInputs,
  type RuleDecision,
  runRule,
  type StageRule,
  type Verdict,
} from './rule.js';

/**
 * The dates a vacancy's rules are judged on: today, and the vacancy's start date when it lies
 * ahead. A permit route, a temporary protection or an agreement that holds today but has lapsed
 * by the start would match a candidate to a job they cannot take up, so every date-dependent
 * rule must hold on both (Council Implementing Decision (EU) 2022/382 protects only while it
 * runs; the Flemish Decree of 7 December 2018 applies the thresholds and lists valid when the
 * permit is decided, which is no earlier than today and no later than the start).
 */
export function judgementDates(today: string, startDate: string | undefined): readonly string[] {
  return startDate !== undefined && startDate > today ? [today, startDate] : [today];
}

/** A rule's view on one judgement date: its `today` is that date. */
interface Dated {
  readonly today: string;
}

/**
 * Runs a rule on each date's view and keeps one decision: the first that blocks, else the first
 * violation, else today's; one taken on the start date says so. The digest covers the inputs of
 * every view, once when they are the same (a rule that reads no date).
 */
export function runRuleOnDates<View extends Dated>(
  rule: StageRule<View>,
  views: readonly View[],
): RuleDecision {
  const [today, ...later] = views;
  if (!today) throw new Error(`no view to run ${rule.meta.id} on`);
  if (later.length === 0) return runRule(rule, today);
  const verdicts = views.map((view) => rule.evaluate(view));
  const blocks = (v: Verdict) => v.outcome === 'violation' && (v.severity ?? rule.meta.severity) === 'block';
  let chosen = verdicts.findIndex(blocks);
  if (chosen < 0) chosen = verdicts.findIndex((v) => v.outcome === 'violation');
  if (chosen < 0) chosen = 0;
  const reads = rule.reads ?? rule.meta.reads;
  const inputs = [
    ...new Map(views.map((v) => pickInputs(v, reads)).map((i) => [canonicalJson(i), i])).values(),
  ];
  const decision = decide(
    rule.meta,
    verdicts[chosen] as Verdict,
    inputs.length === 1 ? (inputs[0] as Record<string, unknown>) : { judgementDates: inputs },
  );
  if (chosen === 0) return decision;
  const on = (views[chosen] as View).today;
  const m = decision.message;
  return {
    ...decision,
    message: {
      en: `On the start date (${on}): ${m.en}`,
      nl: `Op de startdatum (${on}): ${m.nl}`,
      fr: `À la date d’entrée en fonction (${on}) : ${m.fr}`,
    },
  };
}
