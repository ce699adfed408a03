import { decide, flows, getFlow, InvalidAnswersError, nextQuestion, pathOf, resolveReference } from '../../rules';
import { scenarios as mappa } from '../scenarios/mappa';

const now = new Date('2026-12-01T10:00:00Z');
const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidAnswersError) return err.problems.map((p) => p.questionId);
    throw err;
  }
  throw new Error('expected InvalidAnswersError');
};

describe('the rules engine, across flows', () => {
  test('every flow has a unique id, triggers, and an outcome for every rule', () => {
    expect(new Set(flows.map((f) => f.id)).size).toBe(flows.length);
    for (const flow of flows) {
      expect(flow.triggers.length).toBeGreaterThan(0);
      for (const rule of flow.rules) expect(flow.outcomes[rule.outcome]).toBeDefined();
    }
  });

  test('every reference in every flow resolves in the procedure catalogue', () => {
    for (const flow of flows) {
      const refs = [
        ...flow.questions.flatMap((q) => q.refs),
        ...flow.rules.flatMap((r) => r.refs),
        ...Object.values(flow.outcomes).flatMap((o) => o.refs),
        ...flow.flags.flatMap((f) => f.refs),
        ...Object.values(flow.steps).flatMap((s) => s.refs),
      ];
      for (const ref of refs) expect(() => resolveReference(ref)).not.toThrow();
    }
  });

  test('an unknown flow is refused by name, never guessed', () => {
    expect(problemsOf(() => decide('nope', {}, { now }))).toEqual(['flow']);
    expect(() => nextQuestion('nope', {})).toThrow(InvalidAnswersError);
  });

  test('decide needs a valid now', () => {
    expect(problemsOf(() => decide('s42', { immediate_danger: 'yes' }, { now: new Date('x') }))).toEqual(['now']);
  });

  test('answers to questions off the path are ignored and not traced', () => {
    const decision = decide('s42', { immediate_danger: 'yes', age_18_plus: 'no', other_factors: ['bogus'] }, { now });
    expect(decision.outcome.id).toBe('EMERGENCY');
    expect(decision.trace.map((t) => t.questionId)).toEqual(['immediate_danger']);
  });

  test('every problem on the path is listed, by question id', () => {
    const ids = problemsOf(() => decide('s42', { immediate_danger: 'no', age_18_plus: 'yes', received_at: 'soon', concern_relates: 'perhaps' }, { now }));
    expect(ids).toEqual(expect.arrayContaining(['received_at', 'concern_relates']));
  });

  test('a date-time outside the bank-holiday table is refused rather than dated wrongly', () => {
    expect(problemsOf(() => decide('s42', { immediate_danger: 'no', age_18_plus: 'yes', received_at: '2035-01-01T10:00' }, { now }))).toContain('received_at');
  });

  test('the path grows one question at a time, and nextQuestion asks the first unanswered', () => {
    expect(pathOf('s42', {})).toEqual(['immediate_danger']);
    expect(nextQuestion('s42', { immediate_danger: 'no' })?.id).toBe('age_18_plus');
    expect(nextQuestion('s42', { immediate_danger: 'yes' })).toBeUndefined();
  });

  test('the responsible agency can depend on the answers (MAPPA: the lead agency)', () => {
    const cat2 = mappa.find((s) => 'outcome' in s.expected && s.expected.outcome === 'CAT2')!;
    const decision = decide('mappa', cat2.answers, { now: new Date(cat2.now ?? now), settings: cat2.settings });
    const lead = decision.facts.find((f) => f.id === 'lead_agency')!;
    expect(lead.value.startsWith(decision.outcome.agency)).toBe(true);
    expect(getFlow('mappa')).toBeDefined();
  });
});
