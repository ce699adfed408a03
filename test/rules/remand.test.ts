import { getFlow, nextQuestion, procedureDocument } from '../../rules';
import type { Answers, Decision, DecisionSettings, FlowContext, FlowDefinition } from '../../rules';
import { parseInstant } from '../../rules/calendar';
import { scenarios } from '../scenarios/remand';
import type { Scenario } from '../scenarios/types';
import { expectConversationPicks, expectScenario, flagIds, flowRefs, flowTester, resolves, step, stepIds, type RunOptions } from '../support/flowTesting';

const flow = getFlow('remand') as FlowDefinition;
const tester = flowTester('remand');
const { problemsOf, askedPath } = tester;

/** Who to contact turns on the time now (audit E1): unless a test gives `now`, it is the time typed in, as when a
 * duty manager asks while it happens. */
const nowOf = (answers: Answers): string | undefined =>
  typeof answers.remand_or_request_at === 'string' ? parseInstant(answers.remand_or_request_at)?.toISOString() : undefined;
const run = (answers: Answers, options: RunOptions = {}): Decision =>
  tester.run(answers, { ...options, now: options.now ?? nowOf(answers) });

const ROUTING_FLAGS = ['ROUTE_IN_HOURS', 'ROUTE_CSC_OUT_OF_HOURS', 'ROUTE_CHECK_BOTH'];
const routing = (decision: Decision) => flagIds(decision).filter((id) => ROUTING_FLAGS.includes(id));

const remandedLa = (at: string, extra: Record<string, string | number> = {}): Answers => ({
  child_age: 15,
  stage: 'remanded_la',
  remand_or_request_at: at,
  csc_status: 'not_open',
  tagging_proposed: 'no',
  ...extra,
});
const inCustody = (at: string, extra: Record<string, string | number> = {}): Answers => ({
  child_age: 15,
  stage: 'police_custody_other',
  remand_or_request_at: at,
  csc_status: 'not_open',
  aa_needed: 'no',
  ...extra,
});
const remandedYda = (at: string, extra: Record<string, string | number> = {}): Answers => ({
  child_age: 15,
  stage: 'remanded_yda',
  remand_or_request_at: at,
  csc_status: 'not_open',
  yda_placement_confirmed: 'no',
  ...extra,
});
const aaRequested = (aaAt: string, extra: Record<string, string | number> = {}): Answers => ({
  child_age: 14,
  stage: 'police_custody_refused_bail',
  remand_or_request_at: '2026-03-10T22:00',
  csc_status: 'not_open',
  police_request: 'la_accommodation',
  aa_needed: 'yes_no_family',
  aa_requested_at: aaAt,
  ...extra,
});

describe('remand public scenarios', () => {
  test.each(scenarios)('$id $title', (scenario: Scenario) => {
    expectScenario('remand', scenario);
  });

  test.each(['remand-03', 'remand-11', 'remand-12', 'remand-14', 'remand-16', 'remand-18'])(
    '%s has no dated deadline',
    (id) => {
      const scenario = scenarios.find((s) => s.id === id) as Scenario;
      const dated = run(scenario.answers).nextSteps.filter((s) => s.due.date !== undefined || s.due.at !== undefined);
      expect(dated.map((s) => s.id)).toEqual([]);
    },
  );

  test('three varied non-error scenarios run through the bot', () => {
    expectConversationPicks(scenarios, 3);
  });

  test('every outcome and every flag is reached by some public scenario', () => {
    const decisions = scenarios.filter((s) => 'outcome' in s.expected).map((s) => run(s.answers));
    expect(new Set(decisions.map((d) => d.outcome.id))).toEqual(new Set(Object.keys(flow.outcomes)));
    expect(new Set(decisions.flatMap(flagIds))).toEqual(new Set(flow.flags.map((f) => f.id)));
  });

  test('every outcome except NOT_IN_SCOPE_AGE has exactly one routing flag; no flag twice', () => {
    for (const scenario of scenarios.filter((s) => 'outcome' in s.expected)) {
      const decision = run(scenario.answers);
      expect(new Set(flagIds(decision)).size).toBe(decision.flags.length);
      expect({ id: scenario.id, routing: routing(decision).length }).toEqual({
        id: scenario.id,
        routing: decision.outcome.id === 'NOT_IN_SCOPE_AGE' ? 0 : 1,
      });
    }
  });
});

describe('remand skip logic (nextQuestion)', () => {
  const all = {
    child_age: 14,
    stage: 'police_custody_refused_bail',
    remand_or_request_at: '2026-03-10T22:00',
    csc_status: 'not_open',
    police_request: 'la_accommodation',
    aa_needed: 'yes_no_family',
    aa_requested_at: '2026-03-10T22:00',
    tagging_proposed: 'no',
    yda_placement_confirmed: 'yes',
    placement_confirmed_at: '2026-03-10T23:00',
  };

  test('the first question is the age', () => {
    expect(nextQuestion('remand', {})?.id).toBe('child_age');
  });

  test.each([9, 18, 0, 25])('a child aged %i ends the flow after Q1', (age) => {
    expect(askedPath({ ...all, child_age: age })).toEqual(['child_age']);
    expect(nextQuestion('remand', { child_age: age })).toBeUndefined();
    expect(run({ child_age: age }).outcome.id).toBe('NOT_IN_SCOPE_AGE');
  });

  test('police custody after charge with an AA needed is the longest path (maxQuestions)', () => {
    const path = askedPath(all);
    expect(path).toEqual([
      'child_age',
      'stage',
      'remand_or_request_at',
      'csc_status',
      'police_request',
      'aa_needed',
      'aa_requested_at',
    ]);
    expect(flow.maxQuestions).toBe(path.length);
  });

  test('no AA needed: the AA request time is not asked', () => {
    expect(askedPath({ ...all, aa_needed: 'no' })).toEqual([
      'child_age',
      'stage',
      'remand_or_request_at',
      'csc_status',
      'police_request',
      'aa_needed',
    ]);
  });

  test('police custody before charge: no police request question', () => {
    expect(askedPath({ ...all, stage: 'police_custody_other', aa_needed: 'yes_family' })).toEqual([
      'child_age',
      'stage',
      'remand_or_request_at',
      'csc_status',
      'aa_needed',
      'aa_requested_at',
    ]);
  });

  test.each(['court_remand_possible', 'court_yda_sought', 'remanded_la'])('%s asks about a tag and nothing on AAs', (stage) => {
    expect(askedPath({ ...all, stage })).toEqual(['child_age', 'stage', 'remand_or_request_at', 'csc_status', 'tagging_proposed']);
  });

  test('youth detention remand: placement confirmed, then its time', () => {
    const path = askedPath({ ...all, stage: 'remanded_yda' });
    expect(path).toEqual(['child_age', 'stage', 'remand_or_request_at', 'csc_status', 'yda_placement_confirmed', 'placement_confirmed_at']);
    expect(askedPath({ ...all, stage: 'remanded_yda', yda_placement_confirmed: 'no' })).toEqual(path.slice(0, 5));
  });

  test.each([10, 11])('a youth detention remand at %i asks nothing about the YDA placement', (age) => {
    expect(askedPath({ ...all, child_age: age, stage: 'remanded_yda' })).toEqual(['child_age', 'stage', 'remand_or_request_at', 'csc_status']);
  });

  test('answers to questions off the path are ignored and left out of the trace', () => {
    const decision = run({ ...all, stage: 'remanded_la', police_request: 'not-an-option', aa_requested_at: 'garbage' });
    expect(decision.outcome.id).toBe('REMLAA_LOOKED_AFTER');
    expect(decision.trace.map((t) => t.questionId)).toEqual(['child_age', 'stage', 'remand_or_request_at', 'csc_status', 'tagging_proposed']);
  });
});

describe('remand invalid input', () => {
  const valid = remandedLa('2026-03-09T14:00');

  test('a question on the path left unanswered', () => {
    expect(problemsOf({ child_age: 15, stage: 'remanded_la', remand_or_request_at: '2026-03-09T14:00' })).toEqual(
      expect.arrayContaining(['csc_status', 'tagging_proposed']),
    );
    expect(problemsOf({})).toEqual(['child_age']);
  });

  test.each([
    ['stage', 'bailed'],
    ['csc_status', 'maybe'],
    ['tagging_proposed', 'perhaps'],
  ])('%s must be one of the options (%s)', (questionId, value) => {
    expect(problemsOf({ ...valid, [questionId]: value })).toContain(questionId);
  });

  test('police_request and aa_needed must be options too', () => {
    expect(problemsOf(aaRequested('2026-03-10T22:00', { police_request: 'bed' }))).toContain('police_request');
    expect(problemsOf(aaRequested('2026-03-10T22:00', { aa_needed: 'yes' }))).toContain('aa_needed');
  });

  test.each([14.5, -1, 'fourteen'])('child_age %p is not a whole number of 0 or more', (age) => {
    expect(problemsOf({ ...valid, child_age: age })).toContain('child_age');
  });

  test('child_age 0 is a valid answer (out of scope)', () => {
    expect(run({ child_age: 0 }).outcome.id).toBe('NOT_IN_SCOPE_AGE');
  });

  test.each(['yesterday', '2026-02-30T10:00', '2026-03-09 14:00:00x', '2026-03-09T25:00'])(
    'remand_or_request_at %p is not a valid date-time',
    (value) => {
      expect(problemsOf({ ...valid, remand_or_request_at: value })).toContain('remand_or_request_at');
    },
  );

  test('aa_requested_at and placement_confirmed_at must be valid date-times', () => {
    expect(problemsOf(aaRequested('tonight'))).toContain('aa_requested_at');
    expect(problemsOf(remandedYda('2026-05-12T16:00', { yda_placement_confirmed: 'yes', placement_confirmed_at: 'soon' }))).toContain(
      'placement_confirmed_at',
    );
  });

  test('placement_confirmed_at may not be earlier than the remand (each side of the boundary)', () => {
    const confirmed = (at: string) => remandedYda('2026-05-12T16:00', { yda_placement_confirmed: 'yes', placement_confirmed_at: at });
    expect(problemsOf(confirmed('2026-05-12T15:59'))).toEqual(['placement_confirmed_at']);
    expect(run(confirmed('2026-05-12T16:00')).outcome.id).toBe('YDA_REMAND_LOOKED_AFTER');
    // Same instant written with an offset: 15:00Z is 16:00 BST.
    expect(run(confirmed('2026-05-12T15:00:00Z')).outcome.id).toBe('YDA_REMAND_LOOKED_AFTER');
  });

  test('aa_requested_at may be earlier or later than the bail refusal, and later than now', () => {
    expect(run(aaRequested('2026-03-10T18:00')).outcome.id).toBe('PACE_TRANSFER_LA_ACCOMMODATION');
    expect(run(aaRequested('2026-03-11T01:00')).outcome.id).toBe('PACE_TRANSFER_LA_ACCOMMODATION');
    expect(run(aaRequested('2026-03-11T01:00'), { now: '2026-03-10T22:30:00Z' }).outcome.id).toBe('PACE_TRANSFER_LA_ACCOMMODATION');
  });

  test('a time outside the bank holiday table is refused rather than routed by guesswork', () => {
    expect(problemsOf(remandedLa('2031-03-10T14:00'))).toEqual(['remand_or_request_at']);
  });
});

describe('remand age boundaries', () => {
  const court = (age: number, stage: string) => ({
    child_age: age,
    stage,
    remand_or_request_at: '2026-01-15T11:00',
    csc_status: 'not_open',
    tagging_proposed: 'no',
  });

  test.each([
    [9, 'NOT_IN_SCOPE_AGE'],
    [10, 'REMLAA_POSSIBLE'],
    [17, 'REMLAA_POSSIBLE'],
    [18, 'NOT_IN_SCOPE_AGE'],
  ])('aged %i: %s (duties are for 10 to 17; at 18 the protocol no longer applies)', (age, outcome) => {
    expect(run(court(age, 'court_remand_possible')).outcome.id).toBe(outcome);
  });

  test.each([
    [10, 'YDA_NOT_POSSIBLE_AGE_10_11'],
    [11, 'YDA_NOT_POSSIBLE_AGE_10_11'],
    [12, 'YDA_IMMINENT'],
    [17, 'YDA_IMMINENT'],
  ])('youth detention sought at %i: %s', (age, outcome) => {
    expect(run(court(age, 'court_yda_sought')).outcome.id).toBe(outcome);
  });

  // Audit E2: a youth detention remand reported at 10 or 11 has been made; at that age it can only be to LA accommodation.
  test.each([
    [10, 'REMLAA_LOOKED_AFTER'],
    [11, 'REMLAA_LOOKED_AFTER'],
    [12, 'YDA_REMAND_LOOKED_AFTER'],
  ])('youth detention remand reported at %i: %s', (age, outcome) => {
    const decision = run({ ...remandedYda('2026-05-12T16:00'), child_age: age });
    expect(decision.outcome.id).toBe(outcome);
  });

  test('no youth detention duty or deadline is shown for a child of 10 or 11', () => {
    const decision = run({ child_age: 10, stage: 'remanded_yda', remand_or_request_at: '2026-05-12T16:00', csc_status: 'care_order' });
    expect(stepIds(decision)).toEqual(expect.arrayContaining(['remand_10_11_check_warrant', 'remlaa_status', 'initial_placement_meeting']));
    for (const id of ['yos_ycs_placement', 'lac_paperwork_24h', 'placement_plan_10wd', 'designated_la', 'yda_status']) {
      expect(stepIds(decision)).not.toContain(id);
    }
  });

  test.each([
    [16, false],
    [17, true],
  ])('aged %i: 17-year-old bail placement flag %p', (age, fires) => {
    expect(flagIds(run(court(age, 'court_yda_sought'))).includes('AGE_17_BAIL_PLACEMENT')).toBe(fires);
    expect(flagIds(run(court(age, 'court_remand_possible'))).includes('AGE_17_BAIL_PLACEMENT')).toBe(fires);
  });

  test('the 17-year-old bail placement flag is only for outcomes before a remand', () => {
    expect(flagIds(run({ ...remandedLa('2026-03-09T14:00'), child_age: 17 }))).not.toContain('AGE_17_BAIL_PLACEMENT');
  });
});

describe('remand routing by the London time of now (here the time typed in: the tests ask while it happens)', () => {
  // Thu 2026-07-16 (BST), a working day.
  test.each([
    ['08:59:59', 'ROUTE_CSC_OUT_OF_HOURS'],
    ['09:00', 'ROUTE_IN_HOURS'],
    ['16:59:59', 'ROUTE_IN_HOURS'],
    ['17:00', 'ROUTE_CHECK_BOTH'],
    ['17:59', 'ROUTE_CHECK_BOTH'],
    ['18:00', 'ROUTE_CHECK_BOTH'],
    // Who to contact now follows the clock, to the second (typed date-times are kept to the minute).
    ['18:00:01', 'ROUTE_CSC_OUT_OF_HOURS'],
    ['18:01', 'ROUTE_CSC_OUT_OF_HOURS'],
    ['23:59', 'ROUTE_CSC_OUT_OF_HOURS'],
  ])('court routing on a weekday at %s: %s', (time, flag) => {
    expect(routing(run(remandedLa(`2026-07-16T${time}`)))).toEqual([flag]);
  });

  test.each([
    ['08:59', 'ROUTE_CSC_OUT_OF_HOURS'],
    ['09:00', 'ROUTE_IN_HOURS'],
    ['16:59', 'ROUTE_IN_HOURS'],
    ['17:00', 'ROUTE_CSC_OUT_OF_HOURS'],
    ['17:59', 'ROUTE_CSC_OUT_OF_HOURS'],
    ['18:00', 'ROUTE_CSC_OUT_OF_HOURS'],
  ])('office routing (police custody) on a weekday at %s: %s', (time, flag) => {
    expect(routing(run(inCustody(`2026-07-16T${time}`)))).toEqual([flag]);
  });

  test.each([
    ['16:59', 'ROUTE_IN_HOURS'],
    ['17:30', 'ROUTE_CSC_OUT_OF_HOURS'],
    ['18:00', 'ROUTE_CSC_OUT_OF_HOURS'],
  ])('a youth detention remand made uses office routing: %s gives %s', (time, flag) => {
    expect(routing(run(remandedYda(`2026-07-16T${time}`)))).toEqual([flag]);
  });

  test('court routing covers every outcome where a REMLAA is made or possible', () => {
    const at = '2026-07-16T17:30';
    const answers = (age: number, stage: string) => ({ child_age: age, stage, remand_or_request_at: at, csc_status: 'not_open', tagging_proposed: 'no' });
    expect(routing(run(answers(15, 'court_remand_possible')))).toEqual(['ROUTE_CHECK_BOTH']);
    expect(routing(run(answers(15, 'court_yda_sought')))).toEqual(['ROUTE_CHECK_BOTH']);
    expect(routing(run(answers(11, 'court_yda_sought')))).toEqual(['ROUTE_CHECK_BOTH']);
    expect(routing(run({ child_age: 11, stage: 'remanded_yda', remand_or_request_at: at, csc_status: 'not_open' }))).toEqual(['ROUTE_CHECK_BOTH']);
  });

  test('Friday evening is out of hours, and not a rota court', () => {
    const decision = run(remandedLa('2026-11-20T19:00'));
    expect(routing(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
    expect(flagIds(decision)).not.toContain('WEEKEND_COURT_ROTA');
  });

  test('bank holiday Monday: out of hours at any time, with the rota court', () => {
    for (const time of ['09:00', '12:00', '16:59']) {
      const decision = run(remandedLa(`2026-05-04T${time}`));
      expect(flagIds(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS', 'WEEKEND_COURT_ROTA', 'LOOKED_AFTER_BY_REMAND_ONLY']);
    }
    expect(flagIds(run(remandedYda('2026-08-31T11:00')))).toEqual(['ROUTE_CSC_OUT_OF_HOURS', 'WEEKEND_COURT_ROTA', 'LOOKED_AFTER_BY_REMAND_ONLY']);
    // The next day is an ordinary working day.
    expect(flagIds(run(remandedLa('2026-05-05T12:00')))).toEqual(['ROUTE_IN_HOURS', 'LOOKED_AFTER_BY_REMAND_ONLY']);
  });

  test('Saturday is out of hours with the rota; Sunday is out of hours without it', () => {
    expect(flagIds(run(remandedLa('2026-10-10T11:00')))).toEqual(['ROUTE_CSC_OUT_OF_HOURS', 'WEEKEND_COURT_ROTA', 'LOOKED_AFTER_BY_REMAND_ONLY']);
    expect(flagIds(run(remandedLa('2026-10-11T11:00')))).toEqual(['ROUTE_CSC_OUT_OF_HOURS', 'LOOKED_AFTER_BY_REMAND_ONLY']);
  });

  test('the rota flag is for court outcomes only', () => {
    expect(flagIds(run(inCustody('2026-10-10T11:00')))).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
  });

  test('a value with an offset is converted to London time before routing', () => {
    // 08:30Z on Mon 2026-03-30 is 09:30 BST; 16:30Z on Fri 2026-10-23 and 18:30+02:00 on 2026-07-16 are 17:30 BST.
    expect(routing(run(remandedLa('2026-03-30T08:30:00Z')))).toEqual(['ROUTE_IN_HOURS']);
    expect(routing(run(remandedLa('2026-10-23T16:30:00Z')))).toEqual(['ROUTE_CHECK_BOTH']);
    expect(routing(run(remandedLa('2026-07-16T18:30:00+02:00')))).toEqual(['ROUTE_CHECK_BOTH']);
  });

  describe('clock-change weekends', () => {
    test('spring forward (Sun 2026-03-29): the skipped hour moves forward and the day is out of hours', () => {
      const decision = run(remandedLa('2026-03-29T01:30', { tagging_proposed: 'yes' }));
      expect(flagIds(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS', 'LOOKED_AFTER_BY_REMAND_ONLY', 'TAGGING_PROPOSED']);
      expect(step(decision, 'tag_consent_24h')?.due.at).toBe('2026-03-30T02:30:00+01:00');
      expect(step(decision, 'initial_placement_meeting')?.due.date).toBe('2026-04-01');
    });

    test('24 hours from Sat 2026-03-28 23:30 GMT is Mon 2026-03-30 00:30 BST (elapsed time)', () => {
      const decision = run(remandedLa('2026-03-28T23:30', { tagging_proposed: 'yes' }));
      expect(flagIds(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS', 'WEEKEND_COURT_ROTA', 'LOOKED_AFTER_BY_REMAND_ONLY', 'TAGGING_PROPOSED']);
      expect(step(decision, 'tag_consent_24h')?.due.at).toBe('2026-03-30T00:30:00+01:00');
      expect(step(decision, 'initial_placement_meeting')?.due.date).toBe('2026-04-01');
      expect(step(decision, 'monthly_remand_review')?.due.date).toBeUndefined();
    });

    test('fall back (Sun 2026-10-25): a repeated hour is its first occurrence (BST)', () => {
      const decision = run(remandedLa('2026-10-25T01:30', { tagging_proposed: 'yes' }));
      expect(flagIds(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS', 'LOOKED_AFTER_BY_REMAND_ONLY', 'TAGGING_PROPOSED']);
      expect(step(decision, 'tag_consent_24h')?.due.at).toBe('2026-10-26T00:30:00+00:00');
      expect(step(decision, 'initial_placement_meeting')?.due.date).toBe('2026-10-28');
    });

    test('the AA two hours run in elapsed time across the clock change', () => {
      const decision = run({ ...aaRequested('2026-03-29T00:30'), remand_or_request_at: '2026-03-29T00:30' });
      expect(step(decision, 'aa_two_hours')?.due.at).toBe('2026-03-29T03:30:00+01:00');
    });
  });
});

describe('remand appropriate adult provider, from the time of the AA request', () => {
  test.each([
    ['2026-03-10T08:59', 'CSC Out of Hours team'],
    ['2026-03-10T09:00', 'YOS AA service'],
    ['2026-03-10T16:59', 'YOS AA service'],
    ['2026-03-10T17:00', 'CSC Out of Hours team'],
    ['2026-05-04T11:00', 'CSC Out of Hours team'],
    ['2026-01-24T11:00', 'CSC Out of Hours team'],
  ])('AA requested at %s: %s', (at, provider) => {
    const decision = run(aaRequested(at));
    expect(step(decision, 'aa_la_provider')?.owner.role).toBe(provider);
    expect(step(decision, 'aa_two_hours')?.owner.role).toContain(provider);
  });

  test('the provider follows the AA request, not the bail refusal', () => {
    const decision = run({ ...aaRequested('2026-03-10T15:00'), remand_or_request_at: '2026-03-10T22:00' });
    expect(routing(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
    expect(step(decision, 'aa_la_provider')?.owner.role).toBe('YOS AA service');
    expect(step(decision, 'aa_two_hours')?.due.at).toBe('2026-03-10T17:00:00+00:00');
  });

  test('care order: CSC nominates, out of hours the CSC Out of Hours team', () => {
    expect(step(run(aaRequested('2026-03-10T11:00', { csc_status: 'care_order' })), 'aa_care_order')?.owner.role).toContain('CSC (allocated');
    const ooh = run(aaRequested('2026-03-10T21:00', { csc_status: 'care_order' }));
    expect(flagIds(ooh)).toEqual(['ROUTE_CSC_OUT_OF_HOURS', 'AA_CSC_NOMINATES']);
    expect(step(ooh, 'aa_care_order')?.owner.role).toBe('CSC Out of Hours team');
    expect(step(ooh, 'aa_two_hours')?.owner.role).toContain('CSC nominee');
  });

  test('a family AA for a child on a care order: CSC still nominates', () => {
    const decision = run(aaRequested('2026-03-10T11:00', { csc_status: 'care_order', aa_needed: 'yes_family' }));
    expect(flagIds(decision)).toContain('AA_CSC_NOMINATES');
    expect(flagIds(decision)).not.toContain('AA_FAMILY_FIRST');
  });

  test('no AA needed: no AA flag', () => {
    const decision = run({ ...aaRequested('2026-03-10T11:00'), aa_needed: 'no' });
    expect(flagIds(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
  });
});

describe('remand flag steps that apply only with some outcomes or answers', () => {
  test('tag consent and its disputes apply to a child remanded to LA accommodation or looked after, not to others', () => {
    const court = (stage: string, csc_status: string) => ({
      child_age: 15,
      stage,
      remand_or_request_at: '2026-09-04T12:00',
      csc_status,
      tagging_proposed: 'yes',
    });
    expect(stepIds(run(court('remanded_la', 'not_open')))).toContain('tag_consent_24h');
    expect(stepIds(run(court('court_remand_possible', 'looked_after_other')))).toContain('tag_consent_24h');
    const other = run(court('court_remand_possible', 'not_open'));
    expect(stepIds(other)).not.toContain('tag_consent_24h');
    expect(stepIds(other)).not.toContain('tag_dispute');
    expect(stepIds(other)).toEqual(expect.arrayContaining(['tag_address_checks', 'tag_contract_details', 'tag_emergency_move']));
    expect(step(other, 'tag_emergency_move')?.due).toEqual({ rule: 'within 24 hours of the placement change' });
  });

  test('a tag before a remand counts from the request time', () => {
    const decision = run({ ...scenarios.find((s) => s.id === 'remand-13')!.answers });
    expect(step(decision, 'tag_consent_24h')?.due.rule).toBe('within 24 hours of request');
  });

  test('already looked after: plan steps only after a remand, YDA steps only for youth detention', () => {
    const lac = { csc_status: 'looked_after_other' };
    const beforeRemand = run({ ...remandedLa('2026-07-16T11:00', lac), stage: 'court_remand_possible' });
    expect(stepIds(beforeRemand)).toEqual(expect.arrayContaining(['lac_court_support', 'tell_looking_after_la']));
    expect(stepIds(beforeRemand)).not.toContain('placement_plan_10wd');
    expect(stepIds(beforeRemand)).not.toContain('placement_plan_remlaa');
    const remlaa = run(remandedLa('2026-07-16T11:00', lac));
    expect(stepIds(remlaa)).toEqual(expect.arrayContaining(['placement_plan_remlaa', 'iro_told_of_remand']));
    expect(stepIds(remlaa)).not.toContain('placement_plan_10wd');
    expect(stepIds(remlaa)).not.toContain('care_plan_to_governor');
    expect(stepIds(remlaa)).not.toContain('iro_allocation_remlaa');
    const yda = run(remandedYda('2026-07-16T11:00', lac));
    expect(stepIds(yda)).toEqual(expect.arrayContaining(['placement_plan_10wd', 'care_plan_to_governor', 'health_assessment_conflict']));
  });

  test('looked after by the remand only: 5-day plans for a REMLAA, no timescale for youth detention', () => {
    const remlaa = run(remandedLa('2026-03-09T14:00'));
    expect(stepIds(remlaa)).toEqual(expect.arrayContaining(['care_plan_5wd', 'iro_allocation_remlaa']));
    const yda = run(remandedYda('2026-03-09T14:00'));
    expect(stepIds(yda)).toEqual(expect.arrayContaining(['yda_newly_lac_care_planning', 'yda_placement_plan']));
    expect(stepIds(yda)).not.toContain('care_plan_5wd');
  });

  test('status not known: both plan deadlines, each marked "if", and the IRO step marked too', () => {
    const decision = run(remandedLa('2026-10-10T13:00', { csc_status: 'not_known' }));
    expect(step(decision, 'care_plan_5wd')?.action).toMatch(/^If the child was not looked after before the remand: /);
    expect(step(decision, 'placement_plan_remlaa')?.action).toMatch(/^If the child was looked after immediately before the remand: /);
    expect(step(decision, 'iro_allocation_remlaa')?.action).toMatch(/^If the child was not looked after before the remand: /);
    expect(step(run(remandedLa('2026-10-10T13:00')), 'care_plan_5wd')?.action).not.toMatch(/^If /);
    const yda = run(remandedYda('2026-10-10T13:00', { csc_status: 'not_known' }));
    expect(stepIds(yda)).toEqual(expect.arrayContaining(['check_legal_status', 'placement_plan_10wd', 'yda_placement_plan']));
    expect(stepIds(yda)).not.toContain('care_plan_5wd');
  });

  test('flag steps follow the outcome steps, in flag order, each shown once and credited to its flag', () => {
    const decision = run(scenarios.find((s) => s.id === 'remand-08')!.answers);
    const own = flow.outcomes.REMLAA_LOOKED_AFTER.steps as (ctx: FlowContext, outcomeId: string) => string[];
    const ownIds = own({ answers: { csc_status: 'not_known' }, settings: {} }, 'REMLAA_LOOKED_AFTER');
    expect(stepIds(decision)).toEqual([
      ...ownIds,
      'contact_ooh',
      'weekend_rota',
      'check_legal_status',
      'care_plan_5wd',
      'lac_court_support',
      'tell_looking_after_la',
      'placement_plan_remlaa',
      'iro_told_of_remand',
    ]);
    expect(step(decision, 'care_plan_5wd')?.flag).toBe('CHECK_LEGAL_STATUS');
  });

  test('every step reads as a sentence: a capital first letter, with or without the "if" marking', () => {
    const decisions = [
      ...scenarios.filter((s) => 'outcome' in s.expected).map((s) => run(s.answers)),
      run(remandedYda('2026-10-10T13:00', { csc_status: 'care_order' })),
      run(remandedLa('2026-07-16T11:00', { csc_status: 'care_order' })),
    ];
    for (const decision of decisions) {
      for (const s of decision.nextSteps) expect({ id: s.id, start: s.action.charAt(0) }).toEqual({ id: s.id, start: expect.stringMatching(/^[A-Z§]$/) });
    }
    // Spec §5 wording when the status is known.
    expect(step(run(remandedLa('2026-03-09T14:00')), 'care_plan_5wd')?.action).toMatch(/^The child is looked after only because of the remand: prepare /);
    expect(step(run(remandedLa('2026-03-09T14:00')), 'iro_allocation_remlaa')?.action).toMatch(/^Alert the Manager of the IRO service /);
    expect(step(run(remandedLa('2026-07-16T11:00', { csc_status: 'care_order' })), 'placement_plan_remlaa')?.action).toMatch(/^Prepare a placement plan /);
    // Marked "if", the action continues in lower case.
    expect(step(run(remandedLa('2026-10-10T13:00', { csc_status: 'not_known' })), 'placement_plan_remlaa')?.action).toMatch(
      /^If the child was looked after immediately before the remand: prepare a placement plan /,
    );
  });

  test('the monthly remand review says, in plain words, where its frequency comes from and that no first date is given', () => {
    const review = step(run(remandedYda('2026-05-12T16:00')), 'monthly_remand_review');
    expect(review?.action).toContain('so for youth detention it follows from that section');
    expect(review?.action).toContain('The protocol does not say when the first review falls.');
    expect(review?.due).toEqual({ rule: 'monthly (the protocol does not say when the first review falls)' });
  });

  test('the AA provider step says how the card picks the one provider it names', () => {
    const action = step(run(aaRequested('2026-03-10T11:00')), 'aa_la_provider')?.action;
    expect(action).toContain(
      'The card names one provider, from the time of the AA request: the YOS if it was made on a working day from 09:00 up to 17:00, otherwise the CSC Out of Hours team.',
    );
  });

  test('youth detention paperwork: dated from the placement confirmation, or stated until it is confirmed', () => {
    expect(step(run(remandedYda('2026-11-20T15:00')), 'lac_paperwork_24h')?.due.at).toBeUndefined();
    const confirmed = run(remandedYda('2026-11-20T15:00', { yda_placement_confirmed: 'yes', placement_confirmed_at: '2026-11-21T09:10' }));
    expect(step(confirmed, 'lac_paperwork_24h')?.due.at).toBe('2026-11-22T09:10:00+00:00');
  });
});

describe('remand settings', () => {
  const remandSettings = (own: Record<string, unknown>): DecisionSettings => ({ remand: own });

  test('the defaults are the protocol\'s (spec §1.1)', () => {
    expect(flow.defaultSettings).toEqual({
      officeOpens: '09:00',
      officeCloses: '17:00',
      remlaaOutOfHoursAfter: '18:00',
      teamNames: {
        yos: 'YOS',
        mash: 'MASH (Multi-Agency Safeguarding Hub)',
        outOfHours: 'CSC Out of Hours team',
        placement: "Children's Placement Service",
        iro: 'IRO service',
      },
      handoverOffice: 'Bexley Civic Offices',
      weekendCourtRota: 'Bexley, Bromley, Greenwich and Lewisham YOS',
    });
    expect(flow.officeCloses?.(flow.defaultSettings)).toBe('17:00');
  });

  test('an earlier office close moves routing and the working-day close', () => {
    const settings = remandSettings({ officeCloses: '16:00' });
    expect(routing(run(remandedLa('2026-07-16T15:59'), { settings }))).toEqual(['ROUTE_IN_HOURS']);
    expect(routing(run(remandedLa('2026-07-16T16:00'), { settings }))).toEqual(['ROUTE_CHECK_BOTH']);
    expect(routing(run(inCustody('2026-07-16T16:30'), { settings }))).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
    // The protocol gives working days and no hour (l. 348), so the meeting's deadline is a date whatever the close.
    expect(step(run(remandedLa('2026-07-16T11:00'), { settings }), 'initial_placement_meeting')?.due).toEqual({
      rule: 'within 3 working days of remand',
      date: '2026-07-21',
    });
  });

  test('a later out-of-hours hand-over widens the gap', () => {
    const settings = remandSettings({ remlaaOutOfHoursAfter: '19:00' });
    expect(routing(run(remandedLa('2026-07-16T18:30'), { settings }))).toEqual(['ROUTE_CHECK_BOTH']);
    expect(routing(run(remandedLa('2026-07-16T19:00'), { settings }))).toEqual(['ROUTE_CHECK_BOTH']);
    expect(routing(run(remandedLa('2026-07-16T19:01'), { settings }))).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
  });

  test('an earlier office opening moves in-hours routing and the AA provider', () => {
    const settings = remandSettings({ officeOpens: '08:00' });
    expect(routing(run(remandedLa('2026-07-16T08:30'), { settings }))).toEqual(['ROUTE_IN_HOURS']);
    expect(routing(run(remandedLa('2026-07-16T07:59'), { settings }))).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
    expect(step(run(aaRequested('2026-03-10T08:30'), { settings }), 'aa_la_provider')?.owner.role).toBe('YOS AA service');
  });

  test('team names come from settings; teams not renamed keep their defaults', () => {
    const settings = remandSettings({ teamNames: { outOfHours: 'Emergency Duty Team' } });
    const decision = run(remandedLa('2026-04-22T19:30', { tagging_proposed: 'yes' }), { settings });
    expect(step(decision, 'contact_ooh')?.action).toContain('Emergency Duty Team');
    expect(step(decision, 'remlaa_status')?.owner).toEqual({ role: 'CSC, the lead agency', agency: 'Emergency Duty Team', team: 'childrens_social_care' });
    expect(decision.flags.find((f) => f.id === 'ROUTE_CSC_OUT_OF_HOURS')?.text).toContain('Emergency Duty Team');
    expect(step(decision, 'tag_consent_24h')?.owner.role).toContain("Children's Placement Service");
    const pace = run(aaRequested('2026-03-10T22:00'), { settings: remandSettings({ teamNames: { placement: 'Placements Team', mash: 'Front Door' } }) });
    expect(step(pace, 'pace_non_secure_duty')?.owner).toEqual({ role: 'CSC Out of Hours team', agency: "Children's social care (CSC) Out of Hours team", team: 'childrens_social_care' });
    const daytime = run(aaRequested('2026-03-10T11:00', { remand_or_request_at: '2026-03-10T11:00' }), {
      settings: remandSettings({ teamNames: { placement: 'Placements Team', mash: 'Front Door' } }),
    });
    expect(step(daytime, 'pace_non_secure_duty')?.owner).toEqual({ role: 'Placements Team', agency: "Children's social care (CSC)", team: 'childrens_social_care' });
    expect(step(daytime, 's20_if_cannot_go_home')).toBeUndefined();
  });

  test('the hand-over office and the court rota come from settings', () => {
    const settings = remandSettings({ handoverOffice: 'the Town Hall', weekendCourtRota: 'North and South YOS' });
    const decision = run(remandedLa('2026-10-10T13:00'), { settings });
    expect(step(decision, 'csc_transport_from_court')?.action).toContain('the Town Hall');
    expect(step(decision, 'weekend_rota')?.action).toContain('North and South YOS');
    expect(decision.flags.find((f) => f.id === 'WEEKEND_COURT_ROTA')?.text).toContain('North and South YOS');
    expect(step(run(remandedLa('2026-10-10T13:00')), 'csc_transport_from_court')?.action).toContain('Bexley Civic Offices');
  });
});

describe('remand decision content', () => {
  test('remand audit E8: long before, nothing is overdue; long after, every dated step is, and no other', () => {
    for (const scenario of scenarios.filter((s) => 'outcome' in s.expected)) {
      const early = run(scenario.answers, { now: '2020-01-01T00:00:00Z' });
      const late = run(scenario.answers, { now: '2030-06-01T12:00:00Z' });
      expect(early.nextSteps.filter((s) => s.due.overdue).map((s) => s.id)).toEqual([]);
      expect(late.nextSteps.filter((s) => s.due.overdue).map((s) => s.id)).toEqual(late.nextSteps.filter((s) => s.due.date).map((s) => s.id));
    }
  });

  test('indicative outcomes and their deciders (spec §3)', () => {
    const indicative = Object.entries(flow.outcomes)
      .filter(([, o]) => o.indicative)
      .map(([id]) => id);
    expect(indicative.sort()).toEqual(
      ['PACE_SECURE_REQUESTED', 'PACE_TRANSFER_LA_ACCOMMODATION', 'REMLAA_LOOKED_AFTER', 'REMLAA_POSSIBLE', 'YDA_IMMINENT'].sort(),
    );
    expect(flow.outcomes.PACE_TRANSFER_LA_ACCOMMODATION.decidedBy.role).toMatch(/^CSC/);
    expect(flow.outcomes.PACE_SECURE_REQUESTED.decidedBy.role).toMatch(/^CSC/);
    expect(flow.outcomes.REMLAA_LOOKED_AFTER.decidedBy.role).toMatch(/^CSC/);
    expect(flow.outcomes.REMLAA_POSSIBLE.decidedBy.role).toMatch(/^The court/);
    expect(flow.outcomes.YDA_IMMINENT.decidedBy.role).toMatch(/^The court/);
  });

  test.each([
    ['remand-01', 'Detained in police custody.'],
    ['remand-12', 'Not remanded yet.'],
    ['remand-05', 'under s.21 Children Act 1989'],
    ['remand-09', 'Looked after by the designated local authority for the duration of the remand'],
  ])('%s shows its legal status line', (id, text) => {
    const decision = run(scenarios.find((s) => s.id === id)!.answers);
    expect(decision.facts.find((f) => f.id === 'legal_status')?.value).toContain(text);
  });

  test('out of scope: no legal status, no flags; every card carries the protocol banner', () => {
    const decision = run({ child_age: 18 });
    expect(decision.facts).toEqual([]);
    expect(decision.flags).toEqual([]);
    for (const [id, outcome] of Object.entries(flow.outcomes)) {
      const notes = typeof outcome.notes === 'function' ? outcome.notes({ answers: {}, settings: flow.defaultSettings }, id) : outcome.notes;
      expect(notes).toContain('Local protocol (about 2019; its review date has passed).');
    }
  });

  test('flow metadata', () => {
    expect(flow.title).toBe('What are our remand duties?');
    expect(flow.rulesVersion).toBe('remand-2026.12.3');
    expect(flow.triggers).toEqual(
      expect.arrayContaining(['remand', 'remanded', 'remlaa', 'youth detention', 'police custody', 'pace bed', 'secure accommodation', 'who does what tonight', 'yda']),
    );
    for (const trigger of flow.triggers) expect(trigger).toBe(trigger.toLowerCase());
  });
});

describe('remand rules as the spec writes them (§4, first match wins)', () => {
  const STAGES = ['police_custody_refused_bail', 'police_custody_other', 'court_remand_possible', 'court_yda_sought', 'remanded_la', 'remanded_yda'];
  // Spec §4 R1–R9, written out independently of the flow.
  const expectedRule = (age: number, stage: string, policeRequest?: string): [string, string] => {
    if (age < 10 || age > 17) return ['R1', 'NOT_IN_SCOPE_AGE'];
    if (stage === 'court_yda_sought' && [10, 11].includes(age)) return ['R2', 'YDA_NOT_POSSIBLE_AGE_10_11'];
    // Issue 13 (audit E2): a youth detention remand reported at 10 or 11 is the only remand possible at that age.
    if (stage === 'remanded_yda' && [10, 11].includes(age)) return ['R2b', 'REMLAA_LOOKED_AFTER'];
    if (stage === 'police_custody_refused_bail' && policeRequest === 'secure') return ['R3', 'PACE_SECURE_REQUESTED'];
    if (stage === 'police_custody_refused_bail') return ['R4', 'PACE_TRANSFER_LA_ACCOMMODATION'];
    if (stage === 'police_custody_other') return ['R5', 'POLICE_CUSTODY_NO_TRANSFER_YET'];
    if (stage === 'court_remand_possible') return ['R6', 'REMLAA_POSSIBLE'];
    if (stage === 'court_yda_sought') return ['R7', 'YDA_IMMINENT'];
    if (stage === 'remanded_la') return ['R8', 'REMLAA_LOOKED_AFTER'];
    return ['R9', 'YDA_REMAND_LOOKED_AFTER'];
  };

  test('every age, stage and police request gives the spec rule and outcome', () => {
    for (let age = 0; age <= 20; age += 1) {
      for (const stage of STAGES) {
        for (const policeRequest of stage === 'police_custody_refused_bail' ? ['la_accommodation', 'secure', 'not_yet'] : [undefined]) {
          const answers: Record<string, string | number> = {
            child_age: age,
            stage,
            remand_or_request_at: '2026-07-16T11:00',
            csc_status: 'not_open',
            aa_needed: 'no',
            tagging_proposed: 'no',
            yda_placement_confirmed: 'no',
            ...(policeRequest ? { police_request: policeRequest } : {}),
          };
          const decision = run(answers);
          expect({ age, stage, policeRequest, rule: [decision.ruleId, decision.outcome.id] }).toEqual({
            age,
            stage,
            policeRequest,
            rule: expectedRule(age, stage, policeRequest),
          });
        }
      }
    }
  });

  test('R9 is "stage = remanded_yda", not a catch-all', () => {
    // The spec writes R9's condition out; a stage the rules do not know is not read as a youth detention remand.
    const r9 = flow.rules.find((r) => r.id === 'R9')!;
    expect(r9.when({ answers: { child_age: 15, stage: 'remanded_yda' }, settings: flow.defaultSettings })).toBe(true);
    expect(r9.when({ answers: { child_age: 15, stage: 'some_future_stage' }, settings: flow.defaultSettings })).toBe(false);
    expect(r9.when({ answers: {}, settings: flow.defaultSettings })).toBe(false);
  });
});

describe('remand questions as the spec writes them (§2)', () => {
  const q = (id: string) => flow.questions.find((x) => x.id === id)!;

  test('ids, types and order', () => {
    expect(flow.questions.map((x) => [x.id, x.type])).toEqual([
      ['child_age', 'number'],
      ['stage', 'choice'],
      ['remand_or_request_at', 'datetime'],
      ['csc_status', 'choice'],
      ['police_request', 'choice'],
      ['aa_needed', 'choice'],
      ['aa_requested_at', 'datetime'],
      ['tagging_proposed', 'yesno'],
      ['yda_placement_confirmed', 'yesno'],
      ['placement_confirmed_at', 'datetime'],
    ]);
  });

  test('option values and labels', () => {
    const options = (id: string) => q(id).options?.map((o) => `${o.value} = ${o.label}`);
    expect(options('stage')).toEqual([
      'police_custody_refused_bail = In police custody: charged, refused police bail and to be kept until the next court',
      'police_custody_other = In police custody, but not (or not yet) charged and refused bail',
      'court_remand_possible = At court, or due there: a remand to local authority accommodation is possible but not decided',
      'court_yda_sought = At court, or due there: a remand to youth detention accommodation (YDA) is sought or looks likely',
      'remanded_la = The court has remanded the child to local authority accommodation (REMLAA)',
      'remanded_yda = The court has remanded the child to youth detention accommodation (YDA)',
    ]);
    expect(options('csc_status')).toEqual([
      'care_order = Looked after under a care order (s.31 Children Act 1989)',
      'looked_after_other = Looked after in another way: accommodated under s.20, or already remanded to local authority accommodation',
      "open_not_looked_after = Open to children's social care with an allocated social worker, but not looked after",
      "not_open = Not open to children's social care",
      'not_known = Not known yet',
    ]);
    expect(options('police_request')).toEqual([
      'la_accommodation = Local authority (non-secure) accommodation',
      'secure = Secure accommodation',
      'not_yet = Nothing yet',
    ]);
    expect(options('aa_needed')).toEqual([
      'no = No: one is already there, or none is needed now',
      // Audit E3: a foster carer cannot count as family (l. 148); a placement worker has its own option.
      'yes_family = Yes, and a parent or other family member can attend (not a foster carer, and not anyone involved in the offence)',
      "yes_placement_worker = Yes, and a worker from the child's placement or children's home can attend (not a foster carer)",
      'yes_no_family = Yes, and no parent, family member or placement worker can attend',
    ]);
    for (const id of ['tagging_proposed', 'yda_placement_confirmed']) expect(options(id)).toEqual(['yes = Yes', 'no = No']);
  });

  test('texts and help', () => {
    expect(q('aa_requested_at').text).toBe('When were you asked to provide an appropriate adult? (date and time)');
    // The help says the time counts from the AA request, "not from the bail refusal or bed request" (spec Q6a).
    expect(q('aa_requested_at').help).toBe(
      'When were you asked to provide an AA? If it is the same time, give it again. The 2-hour attendance target and who provides the AA (the YOS 09:00–17:00 on working days, otherwise the CSC Out of Hours team) count from this time, not from the bail refusal or bed request.',
    );
    expect(q('placement_confirmed_at').help).toBe('The 24-hour deadline for the looked-after child paperwork counts from this time.');
    expect(q('yda_placement_confirmed').help).toBe(
      "Children's social care must complete the looked-after child paperwork within 24 hours of the placement being confirmed.",
    );
  });
});

describe('remand references and definitions', () => {
  test('every question, rule, outcome, flag and step ref resolves in the catalogue', () => {
    const unresolved = flowRefs(flow).filter(({ ref }) => !resolves(ref));
    expect(unresolved).toEqual([]);
  });

  test('every rule, outcome, flag and step carries at least one reference', () => {
    for (const rule of flow.rules) expect(rule.refs.length).toBeGreaterThan(0);
    for (const outcome of Object.values(flow.outcomes)) expect(outcome.refs.length).toBeGreaterThan(0);
    for (const flag of flow.flags) expect(flag.refs.length).toBeGreaterThan(0);
    for (const s of Object.values(flow.steps)) expect(s.refs.length).toBeGreaterThan(0);
  });

  test('the catalogue holds every document of procedures-remand.md', () => {
    for (const id of [
      'bexley-yos-csc-protocol',
      'bexley-yos-risk-policy',
      'bexley-yot-pace-interview-form',
      'children-act-1989',
      'laspo-2012',
      'pace-1984',
      'pace-code-c',
      'care-planning-regulations-2010',
      'ca1989-guidance-vol2',
      'ca1989-vol2-youth-justice-supplement-2014',
      'national-standards-youth-justice',
      'ho-concordat-children-in-custody-2017',
      'london-protocol-police-custody-accommodation-2019',
      'yjb-bail-remand-case-management-guidance',
      'bexley-health-lac-procedure',
      'bexley-em-consent-form',
    ]) {
      expect({ id, catalogued: procedureDocument(id) !== undefined }).toEqual({ id, catalogued: true });
    }
  });

  test('every step is used, and every step an outcome or flag names is defined', () => {
    const named = new Set<string>();
    const decisions = [
      ...scenarios.filter((s) => 'outcome' in s.expected).map((s) => run(s.answers)),
      run(remandedYda('2026-10-10T13:00', { csc_status: 'not_known' })),
      run(remandedYda('2026-10-10T13:00', { csc_status: 'care_order', yda_placement_confirmed: 'yes', placement_confirmed_at: '2026-10-10T15:00' })),
      run(aaRequested('2026-03-10T11:00', { csc_status: 'care_order' })),
      run(remandedYda('2026-05-12T16:00', { child_age: 11 })),
    ];
    for (const decision of decisions) for (const id of stepIds(decision)) named.add(id);
    expect([...named].sort()).toEqual(Object.keys(flow.steps).sort());
  });
});
