import { getFlow, nextQuestion, pathOf } from '../../rules';
import type { Answers, DecisionSettings, Due, FlowDefinition } from '../../rules';
import { scenarios } from '../scenarios/mappa';
import type { Scenario } from '../scenarios/types';
import {
  dueAs,
  expectConversationPicks,
  expectScenario,
  fact,
  flagIds,
  flagText,
  flowRefs,
  flowTester,
  resolves,
  step,
  stepIds,
} from '../support/flowTesting';

const NOW = '2025-04-08T09:00:00Z';
const OFF: DecisionSettings = { mappa: { category4: 'off' } };
const flow = getFlow('mappa') as FlowDefinition;
const tester = flowTester('mappa');
const { askedPath: answeredPath } = tester;
/** Issue 15 added a last question (children in the household) to every path with a conviction, caution or finding;
 * tests about other questions answer it "no" unless they give it. */
const withChildren = (answers: Answers): Answers => ({ children: 'no', ...answers });
const run: typeof tester.run = (answers, options) => tester.run(withChildren(answers), options);
const problemsOf: typeof tester.problemsOf = (answers, options) => tester.problemsOf(withChildren(answers), options);

/** The questions the bot asks, in order, when the user gives these answers one at a time, up to and including
 * the first one they leave unanswered (or refused). */
function askedPath(answers: Answers): string[] {
  const path = answeredPath(answers);
  const next = nextQuestion('mappa', Object.fromEntries(path.map((id) => [id, answers[id]])));
  return next ? [...path, next.id] : path;
}

const adult = { disposal: 'convicted', under_18: 'no' } as const;
const registered = { ...adult, status: ['sex_offender_register'] };
/** The first three questions, asked of everyone with a conviction, caution or finding. */
const START = ['disposal', 'under_18', 'status'];
/** A Schedule 15 offence with the given sentence, in custody, with no multi-agency need. */
const schedule15Custody = (sentence: Answers): Answers => ({
  ...adult,
  status: ['schedule15_or_murder'],
  ...sentence,
});

describe('mappa public scenarios', () => {
  test.each(scenarios)('$id $title', (scenario: Scenario) => {
    expectScenario('mappa', scenario);
  });

  test.each(scenarios)('$id lists exactly the answers asked on its path', (scenario) => {
    expect(pathOf('mappa', scenario.answers, scenario.settings)).toEqual(Object.keys(scenario.answers));
    expect(nextQuestion('mappa', scenario.answers, scenario.settings)).toBeUndefined();
  });

  test('three varied non-error scenarios run through the bot', () => {
    expectConversationPicks(scenarios, 3);
  });

  test('every outcome and every flag is reached by some scenario', () => {
    const decisions = scenarios.map((s) => run(s.answers, s));
    expect(new Set(decisions.map((d) => d.outcome.id))).toEqual(new Set(Object.keys(flow.outcomes)));
    expect(new Set(decisions.flatMap(flagIds))).toEqual(new Set(flow.flags.map((f) => f.id)));
    expect(new Set(decisions.flatMap(stepIds))).toEqual(new Set(Object.keys(flow.steps)));
  });

  test('mappa-12: the identification date has passed, so it shows as an overdue check', () => {
    const s12 = scenarios.find((s) => s.id === 'mappa-12') as Scenario;
    const n1 = step(run(s12.answers, { now: s12.now }), 'N1');
    expect(n1?.due).toMatchObject({ date: '2025-04-07', overdue: true });
  });

  test('mappa-13: the NSD transfer date is computed 15 months before release and shown in the timeline', () => {
    const s13 = scenarios.find((s) => s.id === 'mappa-13') as Scenario;
    const decision = run(s13.answers, { now: s13.now });
    expect(step(decision, 'N4')?.action).toContain('15 months before release (Mon 1 Sep 2025)');
    expect(decision.flags[0].text).toContain('(Mon 1 Sep 2025)');
    expect(step(decision, 'N8')?.due.rule).toBe('at least every 8 weeks (Level 3)');
  });

  test('mappa-20: with Category 4 off there is no NSD transfer and no Category 4 wording', () => {
    const s20 = scenarios.find((s) => s.id === 'mappa-20') as Scenario;
    const decision = run(s20.answers, s20);
    expect(stepIds(decision)).not.toContain('TERRORISM_OFFENDER_NSD_TRANSFER');
    expect(decision.flags[0].text).not.toContain('NSD');
    expect(fact(decision, 'level_decided_by')).not.toContain('Category 4');
  });

  test('outcomes with no category show no lead agency; mappa-06 shows no level either', () => {
    for (const id of ['mappa-01', 'mappa-02', 'mappa-06', 'mappa-19', 'mappa-21', 'mappa-24']) {
      const s = scenarios.find((x) => x.id === id) as Scenario;
      expect({ id, lead: fact(run(s.answers, s), 'lead_agency') }).toEqual({ id, lead: undefined });
    }
    const s06 = scenarios.find((s) => s.id === 'mappa-06') as Scenario;
    expect(run(s06.answers, { now: s06.now }).facts).toEqual([]);
  });
});

describe('mappa review fixes (spec §2, §4.3, §6)', () => {
  test('outcomes with no category show no indicated level (spec §8: "level: none")', () => {
    for (const id of ['mappa-01', 'mappa-02', 'mappa-06', 'mappa-19', 'mappa-24']) {
      const s = scenarios.find((x) => x.id === id) as Scenario;
      expect({ id, level: fact(run(s.answers, s), 'indicated_level') }).toEqual({ id, level: undefined });
    }
  });

  test('status help gives the Schedule 15 link itself: the question card shows no references', () => {
    const help = flow.questions.find((q) => q.id === 'status')?.help ?? '';
    expect(help).toContain('in the Act (http://www.legislation.gov.uk/ukpga/2003/44/schedule/15)');
    expect(help).not.toContain('linked below');
  });

  test('N10: a Category 2 case at Level 2 in the community has no ViSOR deadline given; in custody it is dated', () => {
    const twoYears = schedule15Custody({ sentence_type: 'custody', sentence_months: 24 });
    const needs = { level_needs: ['adds_value', 'rosh_high'], sentence_date: 'unknown' };
    const onLicence = run({ ...twoYears, where_now: 'community_supervised', order_running: 'yes', ...needs }, { now: NOW });
    expect(onLicence.outcome.id).toBe('CAT2');
    expect(step(onLicence, 'N10')?.due).toEqual({ rule: 'no deadline given' });
    const inCustody = run({ ...twoYears, where_now: 'custody', ...needs, release_date: '2026-03-16' }, { now: NOW });
    expect(step(inCustody, 'N10')?.due).toMatchObject({ rule: '6 months before release or discharge', date: '2025-09-16' });
  });

  test('LA1: the hospital lead-agency text always says the police are consulted if the person is registered', () => {
    const answers = {
      ...adult,
      status: ['register_not_confirmed'],
      where_now: 'hospital',
      level_needs: ['none'],
      sentence_date: 'unknown',
      release_date: 'unknown',
    };
    const decision = run(answers, { now: NOW });
    expect(decision.outcome.id).toBe('CAT1_PROVISIONAL');
    expect(fact(decision, 'lead_agency')).toBe(
      'Mental health or learning disability services (the police are consulted throughout detention if the ' +
        'person is on the sex offender register)',
    );
  });
});

describe('mappa skip logic (nextQuestion)', () => {
  test('starts with the disposal', () => {
    expect(nextQuestion('mappa', {})?.id).toBe('disposal');
  });

  test('no conviction, caution or finding, or an unknown history, ends the flow after one question', () => {
    expect(nextQuestion('mappa', { disposal: 'none' })).toBeUndefined();
    expect(nextQuestion('mappa', { disposal: 'unknown' })).toBeUndefined();
    expect(run({ disposal: 'none' }).outcome.id).toBe('NOT_MAPPA_NO_DISPOSAL');
  });

  test('a registered sexual offender is not asked about the sentence', () => {
    const answers = {
      ...registered,
      where_now: 'custody',
      level_needs: ['none'],
      sentence_date: 'unknown',
      release_date: 'unknown',
    };
    expect(askedPath(answers)).toEqual([...START, 'where_now', 'level_needs', 'sentence_date', 'release_date', 'children']);
  });

  test('a sentence in weeks asks for the weeks; a hospital order asks no length', () => {
    const inWeeks = { sentence_type: 'custody', sentence_months: 'in_weeks', sentence_weeks: 60, where_now: 'custody' };
    expect(askedPath(schedule15Custody(inWeeks))).toEqual([
      ...START,
      'sentence_type',
      'sentence_months',
      'sentence_weeks',
      'where_now',
      'level_needs',
    ]);
    expect(askedPath(schedule15Custody({ sentence_type: 'hospital_order', where_now: 'hospital' }))).toEqual([
      ...START,
      'sentence_type',
      'where_now',
      'level_needs',
    ]);
    const life = schedule15Custody({ sentence_type: 'indeterminate', where_now: 'custody' });
    expect(askedPath(life)).toContain('level_needs');
  });

  test('awaiting sentence ends the flow at the sentence question', () => {
    expect(pathOf('mappa', schedule15Custody({ sentence_type: 'not_sentenced' }))).toEqual([...START, 'sentence_type', 'children']);
  });

  test('in the community, a qualifying sentence asks whether it is still running (and no release date)', () => {
    const twoYears = { sentence_type: 'custody', sentence_months: 24 };
    const onLicence = schedule15Custody({ ...twoYears, where_now: 'community_supervised', order_running: 'yes' });
    const sentence = [...START, 'sentence_type', 'sentence_months', 'where_now'];
    expect(askedPath(onLicence)).toEqual([...sentence, 'order_running', 'level_needs']);
    // Audit E3: unsupervised is not ended, so the question is asked there too.
    const unsupervised = schedule15Custody({ ...twoYears, where_now: 'community_unsupervised' });
    expect(askedPath(unsupervised)).toEqual([...sentence, 'order_running']);
    expect(askedPath({ ...unsupervised, order_running: 'no' })).toEqual([...sentence, 'order_running', 'serious_harm']);
  });

  test('no serious-harm concern ends the flow; a concern asks the level needs', () => {
    const base = { ...adult, status: ['none'], where_now: 'community_supervised' };
    expect(pathOf('mappa', { ...base, serious_harm: 'no' })).toEqual([...START, 'where_now', 'serious_harm', 'children']);
    expect(nextQuestion('mappa', { ...base, serious_harm: 'unsure' })?.id).toBe('level_needs');
  });

  test('Category 3 in custody asks the release date only when Level 2 or 3 is indicated', () => {
    const base = { ...adult, status: ['none'], where_now: 'custody', serious_harm: 'yes' };
    expect(nextQuestion('mappa', { ...base, level_needs: ['adds_value', 'rosh_high'] })?.id).toBe('release_date');
    expect(nextQuestion('mappa', { ...base, level_needs: ['rosh_high'] })?.id).toBe('children');
  });

  test('not sure about Schedule 15 with a qualifying sentence stops after where_now (rule M10)', () => {
    const unsure = { ...adult, status: ['schedule15_unsure'], sentence_type: 'custody', sentence_months: 24 };
    expect(nextQuestion('mappa', { ...unsure, where_now: 'custody' })?.id).toBe('children');
  });

  test('CAT4_CONFIRM asks the sentence date and release date, not the level needs', () => {
    const answers = {
      ...adult,
      status: ['terrorism_offence'],
      sentence_type: 'custody',
      sentence_months: 6,
      where_now: 'custody',
      sentence_date: 'unknown',
      release_date: 'unknown',
    };
    expect(askedPath(answers)).toEqual([
      ...START,
      'sentence_type',
      'sentence_months',
      'where_now',
      'sentence_date',
      'release_date',
      'children',
    ]);
    expect(run(answers, { now: NOW }).outcome.id).toBe('CAT4_CONFIRM');
  });

  test('discretionary Category 4 in custody asks only the release date after where_now', () => {
    const answers = { ...adult, status: ['terrorism_risk'], where_now: 'custody', release_date: '2025-12-01' };
    expect(askedPath(answers)).toEqual([...START, 'where_now', 'release_date', 'children']);
    expect(step(run(answers, { now: NOW }), 'N15')?.due).toMatchObject({ date: '2025-06-01' });
  });

  test('the longest path is 11 questions (issue 15 added the children question)', () => {
    const s07 = scenarios.find((s) => s.id === 'mappa-07') as Scenario;
    expect(pathOf('mappa', s07.answers)).toHaveLength(11);
    expect(flow.maxQuestions).toBe(11);
  });

  test('answers to questions off the path are ignored', () => {
    const decision = run({ disposal: 'none', status: ['sex_offender_register'], sentence_months: -3 });
    expect(decision.outcome.id).toBe('NOT_MAPPA_NO_DISPOSAL');
    expect(decision.trace.map((t) => t.questionId)).toEqual(['disposal']);
  });
});

describe('mappa refusals', () => {
  const cat2 = schedule15Custody({ sentence_type: 'custody', sentence_months: 24, where_now: 'custody' });
  const complete = { ...cat2, level_needs: ['none'], sentence_date: 'unknown', release_date: 'unknown' };

  test('the complete answers are accepted', () => {
    expect(run(complete, { now: NOW }).outcome.id).toBe('CAT2');
  });

  test.each([
    ['status "none" with anything else', { status: ['none', 'schedule15_or_murder'] }, 'status'],
    ['both register items', { status: ['sex_offender_register', 'register_not_confirmed'] }, 'status'],
    ['both Schedule 15 items', { status: ['schedule15_or_murder', 'schedule15_unsure'] }, 'status'],
    ['an empty status', { status: [] }, 'status'],
    ['a prison sentence after an insanity finding', { disposal: 'ngri' }, 'sentence_type'],
    ['a DTO after an unfitness finding', { disposal: 'unfit_did_act', sentence_type: 'dto' }, 'sentence_type'],
    ['awaiting sentence when a sentence was given', { where_now: 'awaiting_sentence' }, 'where_now'],
    ['detained under a hospital order after a prison sentence', { where_now: 'hospital' }, 'where_now'],
    [
      'transferred from prison under a hospital order',
      { sentence_type: 'hospital_order', sentence_months: undefined, where_now: 'hospital_transferred' },
      'where_now',
    ],
    ['level needs "none" with anything else', { level_needs: ['none', 'rosh_high'] }, 'level_needs'],
    ['a sentence of 0 months', { sentence_months: 0 }, 'sentence_months'],
    ['a negative sentence', { sentence_months: -12 }, 'sentence_months'],
    ['a sentence that is not a number', { sentence_months: 'twelve' }, 'sentence_months'],
    ['a sentence date that does not exist', { sentence_date: '2025-02-30' }, 'sentence_date'],
    ['a release date in words', { release_date: 'next spring' }, 'release_date'],
    ['a missing answer on the path', { release_date: undefined }, 'release_date'],
  ])('refuses %s', (_name, change, questionId) => {
    expect(problemsOf({ ...complete, ...change } as Answers, { now: NOW })).toContain(questionId);
  });

  test('weeks must be a whole number greater than 0', () => {
    const weeks = (sentence_weeks: number) => ({ ...complete, sentence_months: 'in_weeks', sentence_weeks });
    expect(problemsOf(weeks(52.5), { now: NOW })).toContain('sentence_weeks');
    expect(problemsOf(weeks(0), { now: NOW })).toContain('sentence_weeks');
  });

  test('decimal months are accepted', () => {
    expect(run({ ...complete, sentence_months: 12.5 }, { now: NOW }).outcome.id).toBe('CAT2');
  });

  test('a caution is never followed by "awaiting sentence"', () => {
    const cautioned = { ...registered, disposal: 'cautioned', where_now: 'awaiting_sentence', level_needs: ['none'] };
    expect(problemsOf(cautioned, { now: NOW })).toContain('where_now');
    expect(run({ ...cautioned, disposal: 'convicted' }, { now: NOW }).outcome.id).toBe('CAT1');
  });

  test('"complex release" is refused outside custody or hospital', () => {
    const community = { ...registered, where_now: 'community_supervised', level_needs: ['complex_release'], sentence_date: 'unknown' };
    expect(problemsOf(community, { now: NOW })).toContain('level_needs');
  });
});

describe('mappa sentence boundaries (QUAL), each side', () => {
  /** Category 2 when the sentence qualifies; otherwise the Category 3 test, answered "no serious harm". */
  const outcome = (sentence: Record<string, string | number>, where_now = 'custody'): string => {
    const answers: Record<string, Answers[string]> = { ...schedule15Custody(sentence), where_now };
    if (['community_supervised', 'community_mental_health'].includes(where_now)) answers.order_running = 'yes';
    for (let q = nextQuestion('mappa', answers); q; q = nextQuestion('mappa', answers)) {
      answers[q.id] = q.id === 'serious_harm' ? 'no' : q.id === 'level_needs' ? ['none'] : 'unknown';
    }
    return run(answers, { now: NOW }).outcome.id;
  };

  test.each([
    ['custody', 12, 'CAT2'],
    ['custody', 11.9, 'NOT_MAPPA'],
    ['custody', 11, 'NOT_MAPPA'],
    ['dto', 12, 'CAT2'],
    ['dto', 8, 'NOT_MAPPA'],
  ])('%s of %d months: %s', (sentence_type, sentence_months, expected) => {
    expect(outcome({ sentence_type, sentence_months })).toBe(expected);
  });

  test.each([
    [52, 'NOT_MAPPA'],
    [53, 'CAT2'],
  ])('custody of %d weeks: %s', (sentence_weeks, expected) => {
    expect(outcome({ sentence_type: 'custody', sentence_months: 'in_weeks', sentence_weeks })).toBe(expected);
  });

  test.each([
    [12, 'CAT2'],
    [11, 'NOT_MAPPA'],
  ])('a suspended sentence of %d months: %s', (sentence_months, expected) => {
    expect(outcome({ sentence_type: 'suspended', sentence_months }, 'community_supervised')).toBe(expected);
  });

  test.each([
    ['hospital_order', 'hospital'],
    ['hospital_order_restricted', 'hospital'],
    ['guardianship', 'community_mental_health'],
    ['indeterminate', 'custody'],
  ])('%s qualifies with no length test', (sentence_type, where_now) => {
    expect(outcome({ sentence_type }, where_now)).toBe('CAT2');
  });

  test('a community order never qualifies', () => {
    expect(outcome({ sentence_type: 'other' }, 'community_supervised')).toBe('NOT_MAPPA');
  });

  test('a qualifying sentence that has ended is not Category 2', () => {
    const twoYears = schedule15Custody({ sentence_type: 'custody', sentence_months: 24 });
    const ended = { ...twoYears, where_now: 'community_supervised', order_running: 'no', serious_harm: 'no' };
    const decision = run(ended, { now: NOW });
    expect(decision.outcome.id).toBe('NOT_MAPPA');
    expect(flagIds(decision)).toEqual(['ELIGIBILITY_ENDED']);
  });
});

describe('mappa indicated level', () => {
  const onLicence = (level_needs: string[]) =>
    run({ ...registered, where_now: 'community_supervised', level_needs, sentence_date: 'unknown' }, { now: NOW });
  const levelOf = (level_needs: string[]) => fact(onLicence(level_needs), 'indicated_level');

  test.each([
    [['none'], 1],
    [['rosh_high'], 1],
    [['adds_value'], 1],
    [['media_public_confidence'], 1],
    [['adds_value', 'rosh_high'], 2],
    [['adds_value', 'active_coordination'], 2],
    [['adds_value', 'previously_level3'], 2],
    [['barriers'], 2],
    [['adds_value', 'rosh_high', 'resources_short_notice'], 3],
    [['adds_value', 'media_public_confidence'], 3],
    [['national_security_or_organised_crime'], 3],
  ])('%j → Level %d', (needs, level) => {
    expect(levelOf(needs)).toMatch(new RegExp(`^Indicated level: ${level}\\. The lowest level`));
  });

  test('the level card always says who decides and that the lowest defensible level is right', () => {
    const decision = onLicence(['barriers']);
    expect(fact(decision, 'indicated_level')).toContain('The MAPPA Co-ordinator decides on any Level 2 or 3 referral.');
    expect(fact(decision, 'level_decided_by')).toContain('the MAPPA Co-ordinator (Co-ordination Unit) decides');
    expect(fact(decision, 'indicated_level')).toMatch(/^Indicated level: /);
  });

  test('Category 3 is never Level 1: a serious-harm case at Level 1 is not MAPPA', () => {
    const base = { ...adult, status: ['none'], where_now: 'community_supervised', serious_harm: 'unsure' };
    expect(run({ ...base, level_needs: ['adds_value'] }, { now: NOW }).outcome.id).toBe('NOT_MAPPA');
    expect(run({ ...base, level_needs: ['barriers'] }, { now: NOW }).outcome.id).toBe('CAT3_CANDIDATE');
  });

  test('a settled category (CAT1, CAT2, CAT4) still shows its level as indicated, with who decides it', () => {
    const settled = scenarios.filter((s) => 'outcome' in s.expected && ['CAT1', 'CAT2', 'CAT4'].includes(s.expected.outcome));
    expect(settled.length).toBeGreaterThan(0);
    for (const s of settled) {
      const decision = run(s.answers, { now: s.now ?? NOW, settings: s.settings });
      expect(decision.outcome.indicative).toBe(false);
      expect(fact(decision, 'level_decided_by')).toContain('MAPPA Co-ordinator');
    }
  });

  test('indicative as the spec marks it (CAT1, CAT2, CAT4 and "no disposal" are not; their level is), and every outcome names who decides', () => {
    const settled = ['NOT_MAPPA_NO_DISPOSAL', 'CAT1', 'CAT2', 'CAT4'];
    for (const [id, outcome] of Object.entries(flow.outcomes)) {
      expect({ id, indicative: outcome.indicative }).toEqual({ id, indicative: !settled.includes(id) });
      expect(outcome.decidedBy.role.length).toBeGreaterThan(0);
    }
  });
});

describe('mappa worked dates (spec §1.3)', () => {
  const cat1InCustody = (release_date: string, extra: string[] = []) =>
    run(
      {
        ...registered,
        where_now: 'custody',
        level_needs: ['adds_value', 'rosh_high', ...extra],
        sentence_date: '2025-04-07',
        release_date,
      },
      { now: NOW },
    );

  test('sentence Mon 2025-04-07 → identification due Thu 2025-04-10', () => {
    const n1 = step(cat1InCustody('2026-03-16'), 'N1');
    expect(n1?.due).toEqual({ rule: 'within 3 days of sentence', date: '2025-04-10' });
  });

  test.each([
    ['2026-03-16', [], '2025-09-16'],
    ['2026-03-16', ['complex_release'], '2025-03-16'],
    ['2026-03-31', [], '2025-09-30'],
    ['2027-08-31', [], '2027-02-28'],
  ])('release %s %j → planning point %s (immediately once passed)', (release, extra, planning) => {
    const n4 = step(cat1InCustody(release, extra), 'N4')?.due;
    expect(dueAs(n4 as Due, planning)).toBe(planning < '2025-04-08' ? 'immediately' : planning);
  });

  test('the planning point on today is not yet passed; the day before it is', () => {
    const onToday = cat1InCustody('2025-10-08');
    expect(step(onToday, 'N4')?.due.date).toBe('2025-04-08');
    expect(flagIds(onToday)).not.toContain('REFER_NOW_RELEASE_SOON');
    const yesterday = cat1InCustody('2025-10-07');
    expect(step(yesterday, 'N4')?.due.rule).toBe('immediately');
    expect(flagIds(yesterday)).toContain('REFER_NOW_RELEASE_SOON');
  });

  test('"today" is the London date of now (00:30 BST is already the next day)', () => {
    const answers = {
      ...registered,
      where_now: 'custody',
      level_needs: ['none'],
      sentence_date: 'unknown',
      release_date: '2025-10-07',
    };
    expect(step(run(answers, { now: '2025-04-07T22:30:00Z' }), 'N4')?.due.date).toBe('2025-04-07');
    expect(step(run(answers, { now: '2025-04-07T23:30:00Z' }), 'N4')?.due.rule).toBe('immediately');
  });

  test('identification is overdue only once its date is before today', () => {
    const onLicence = { ...registered, where_now: 'community_supervised', level_needs: ['none'] };
    const withSentence = (sentence_date: string) => step(run({ ...onLicence, sentence_date }, { now: NOW }), 'N1')?.due;
    expect(withSentence('2025-04-05')).toEqual({ rule: 'within 3 days of sentence', date: '2025-04-08' });
    expect(withSentence('2025-04-04')).toEqual({
      rule: 'within 3 days of sentence',
      date: '2025-04-07',
      overdue: true,
    });
  });
});

describe('mappa area setting category4', () => {
  const notification = { ...adult, status: ['terrorism_notification'], where_now: 'community_supervised' };

  test('defaults to on, and "on" given explicitly is the same', () => {
    expect(flow.defaultSettings).toEqual({ category4: 'on' });
    const answers = { ...notification, level_needs: ['none'], sentence_date: 'unknown' };
    expect(run(answers, { now: NOW }).outcome.id).toBe('CAT4');
    expect(run(answers, { now: NOW, settings: { mappa: { category4: 'on' } } }).outcome.id).toBe('CAT4');
  });

  test('off: terrorism notification is not Category 4, only the TERRORISM_OFFENDER flag', () => {
    expect(nextQuestion('mappa', notification, OFF)?.id).toBe('serious_harm');
    const decision = run({ ...notification, serious_harm: 'no' }, { now: NOW, settings: OFF });
    expect(decision.outcome.id).toBe('NOT_MAPPA');
    expect(flagIds(decision)).toEqual(['TERRORISM_OFFENDER']);
  });

  test('off: a terrorism offence alone asks no sentence and is tested as Category 3', () => {
    const answers = {
      ...adult,
      status: ['terrorism_offence'],
      where_now: 'custody',
      serious_harm: 'yes',
      level_needs: ['adds_value', 'rosh_high'],
      release_date: 'unknown',
    };
    expect(pathOf('mappa', answers, OFF)).not.toContain('sentence_type');
    const decision = run(answers, { now: NOW, settings: OFF });
    expect(decision.outcome.id).toBe('CAT3_CANDIDATE');
    expect(flagIds(decision)).toEqual(['TERRORISM_OFFENDER']);
  });

  test('a terrorism-risk concern: discretionary Category 4 when on; CT_REFERRAL to the co-ordinator when off', () => {
    const risk = { ...adult, status: ['terrorism_risk'], where_now: 'community_supervised' };
    expect(run(risk, { now: NOW }).outcome.id).toBe('CAT4_DISCRETIONARY_CANDIDATE');
    const off = run({ ...risk, serious_harm: 'yes', level_needs: ['adds_value', 'active_coordination'] }, { now: NOW, settings: OFF });
    expect(off.outcome.id).toBe('CAT3_CANDIDATE');
    expect(flagIds(off)).toEqual(['CT_REFERRAL']);
    expect(off.flags[0].text).toContain('MAPPA Co-ordinator or the probation counter-terrorism lead');
  });

  test('on: the CT_REFERRAL flag says only counter-terrorism colleagues identify discretionary Category 4', () => {
    const s17 = scenarios.find((s) => s.id === 'mappa-17') as Scenario;
    expect(run(s17.answers, { now: s17.now }).flags[0].text).toContain('discretionary Category 4');
  });
});

describe('mappa flow definition', () => {
  test('version and triggers', () => {
    expect(flow.rulesVersion).toBe('mappa-2026.12.3');
    expect(flow.triggers).toEqual(
      expect.arrayContaining(['is this mappa', 'cat 4', 'mappa referral', 'mappa', 'which category', 'is he mappa']),
    );
    expect(flow.triggers).toEqual(expect.arrayContaining(['mappa level', 'visor']),
    );
    for (const t of flow.triggers) expect(t).toBe(t.toLowerCase());
  });

  test('number and date questions offer their fixed-value buttons as options', () => {
    const q = (id: string) => flow.questions.find((x) => x.id === id);
    expect(q('sentence_months')?.options).toEqual([{ value: 'in_weeks', label: 'The court gave it in weeks' }]);
    expect(q('sentence_date')?.options).toEqual([{ value: 'unknown', label: 'Not known' }]);
    expect(q('release_date')?.options).toEqual([{ value: 'unknown', label: 'Not known' }]);
  });

  test('the last rule is "otherwise" and the rules are M1–M13 in order', () => {
    expect(flow.rules.map((r) => r.id)).toEqual(Array.from({ length: 13 }, (_, i) => `M${i + 1}`));
    expect(flow.rules[flow.rules.length - 1].when({ answers: {}, settings: flow.defaultSettings })).toBe(true);
  });

  test('every question, rule, outcome, flag and step reference resolves in the catalogue', () => {
    for (const { where, ref } of flowRefs(flow)) {
      expect({ where, ref, resolves: resolves(ref) }).toEqual({ where, ref, resolves: true });
    }
    const uncited = [
      ...flow.rules.filter((r) => r.refs.length === 0).map((r) => r.id),
      ...Object.entries(flow.outcomes).filter(([, o]) => o.refs.length === 0).map(([id]) => id),
      ...flow.flags.filter((f) => f.refs.length === 0).map((f) => f.id),
      ...Object.entries(flow.steps).filter(([, x]) => x.refs.length === 0).map(([id]) => id),
    ];
    expect(uncited).toEqual([]);
  });

  test('the Schedule 15 list is linked to the legislation address the sources print', () => {
    const s24 = scenarios.find((s) => s.id === 'mappa-24') as Scenario;
    const link = run(s24.answers, { now: s24.now }).references.find((r) => r.docId === 'cja-2003-schedule-15')?.url;
    expect(link).toBe('http://www.legislation.gov.uk/ukpga/2003/44/schedule/15');
  });
});

/** Issue 15: the MAPPA and risk-to-children source audit (shared/specs/audits/mappa-rtc-code-vs-seeds.md). */
describe('mappa: mappa audit findings', () => {
  const at = { now: NOW };
  const texts = (answers: Answers) => {
    const d = run(answers, at);
    return [...d.nextSteps.map((s) => s.action), ...d.flags.map((f) => f.text), ...d.facts.map((f) => f.value)].join(' ');
  };

  test.each([
    ['a life or IPP sentence', { sentence_type: 'indeterminate' }],
    ['a suspended sentence', { sentence_type: 'suspended', sentence_months: 18 }],
    ['a prison sentence (consecutive terms)', { sentence_type: 'custody', sentence_months: 30 }],
  ])('mappa audit E3: %s still running with no supervision is Category 2, not "eligibility ended"', (_name, sentence) => {
    const answers = schedule15Custody({ ...sentence, where_now: 'community_unsupervised', order_running: 'yes' });
    expect(askedPath(answers)).toContain('order_running');
    const decision = run({ ...answers, level_needs: ['none'], sentence_date: 'unknown' }, at);
    expect(decision.outcome.id).toBe('CAT2');
    expect(flagIds(decision)).not.toContain('ELIGIBILITY_ENDED');
  });

  test('mappa audit E3: the running question explains life and IPP licences and consecutive sentences (003 L3538)', () => {
    const help = flow.questions.find((q) => q.id === 'order_running')?.help ?? '';
    expect(help).toContain('A life licence lasts for life');
    expect(help).toContain('An IPP licence runs until it is ended by a decision to terminate it');
    expect(help).toContain('consecutive or concurrent sentences');
    // Only an answer that the sentence has ended ends Category 2.
    const ended = schedule15Custody({
      sentence_type: 'indeterminate',
      where_now: 'community_unsupervised',
      order_running: 'no',
      serious_harm: 'no',
    });
    expect(flagIds(run(ended, at))).toContain('ELIGIBILITY_ENDED');
  });

  test('mappa audit E5: victim contact for Category 1 and Category 4 with a sentence of 12 months or more', () => {
    const cat1 = { ...registered, where_now: 'custody', level_needs: ['none'], sentence_date: 'unknown', release_date: 'unknown' };
    const n11 = step(run(cat1, at), 'N11');
    expect(n11?.action).toContain('If the sentence was 12 months or more in prison');
    expect(n11?.ref.map((r) => r.section)).toEqual(expect.arrayContaining(['Victims', '2.13']));
    const cat4 = {
      ...adult,
      status: ['terrorism_offence'],
      sentence_type: 'custody',
      sentence_months: 24,
      where_now: 'custody',
      level_needs: ['none'],
      sentence_date: 'unknown',
      release_date: 'unknown',
    };
    const decision = run(cat4, at);
    expect(decision.outcome.id).toBe('CAT4');
    expect(step(decision, 'N11')?.action).toMatch(/^Refer to the probation victim contact/);
    // A caution carries no sentence, so no victim contact step.
    const caution = { ...cat1, disposal: 'cautioned', where_now: 'community_unsupervised' };
    delete (caution as Record<string, unknown>).release_date;
    expect(stepIds(run(caution, at))).not.toContain('N11');
  });

  test('mappa audit E6: a conviction abroad is not "automatic" notification; the Category 3 test runs', () => {
    const abroad = { disposal: 'convicted_abroad', under_18: 'no', status: ['register_not_confirmed'], where_now: 'community_unsupervised' };
    expect(askedPath(abroad)).toEqual([...START, 'where_now', 'serious_harm']);
    const decision = run({ ...abroad, serious_harm: 'yes', level_needs: ['rosh_high', 'adds_value'] }, at);
    expect(decision.outcome.id).toBe('CAT3_CANDIDATE');
    expect(flagIds(decision)).toContain('CONVICTED_ABROAD');
    expect(flagText(decision, 'CONVICTED_ABROAD')).toContain('Notification Order');
    expect(`${decision.outcome.summary} ${flagText(decision, 'CONVICTED_ABROAD')}`).not.toMatch(/automatic/i);
    expect(step(decision, 'NOTIFICATION_ORDER')?.owner).toEqual({ role: 'Police public protection unit', agency: 'Police', team: 'police' });
  });

  test('mappa audit E7: a hospital-order patient gets the Responsible Clinician and no prison, parole or NSD transfer steps', () => {
    const hospital = {
      ...adult,
      status: ['terrorism_notification'],
      where_now: 'hospital',
      level_needs: ['rosh_high', 'adds_value'],
      sentence_date: 'unknown',
      release_date: '2026-12-01',
    };
    const decision = run(hospital, at);
    expect(decision.outcome.id).toBe('CAT4');
    expect(step(decision, 'N4')?.action).toContain('Responsible Clinician');
    expect(step(decision, 'N4')?.action).not.toMatch(/prison|parole|NSD/i);
    expect(step(decision, 'N5')?.action).not.toMatch(/parole|NSD/i);
    expect(stepIds(decision)).not.toContain('TERRORISM_OFFENDER_NSD_TRANSFER');
    expect(stepIds(decision)).not.toContain('N8_MAPPA_F');
    expect(step(decision, 'TERRORISM_OFFENDER_MEETING')?.action).toContain('hospital');
    expect(step(decision, 'TERRORISM_OFFENDER_MEETING')?.owner.agency).toBe('Mental health or learning disability services');
    expect(stepIds(decision)).toContain('N12');
  });

  test('mappa audit E8: Category 4 without terrorism notification does not claim notification requirements are managed', () => {
    const hospitalOrder = {
      ...adult,
      status: ['terrorism_offence'],
      sentence_type: 'hospital_order',
      where_now: 'hospital',
      level_needs: ['none'],
      sentence_date: 'unknown',
      release_date: 'unknown',
    };
    const decision = run(hospitalOrder, at);
    expect(decision.outcome.id).toBe('CAT4');
    expect(fact(decision, 'lead_agency_note')).not.toContain('manages the terrorism notification requirements');
    const notified = run({ ...adult, status: ['terrorism_notification'], where_now: 'community_unsupervised', level_needs: ['none'], sentence_date: 'unknown' }, at);
    expect(fact(notified, 'lead_agency_note')).toContain('manages the terrorism notification requirements');
  });

  test('mappa audit E9: no pre-release terrorism meeting for someone who is not detained', () => {
    const licence = { ...adult, status: ['terrorism_notification'], where_now: 'community_supervised', level_needs: ['none'], sentence_date: 'unknown' };
    const decision = run(licence, at);
    expect(flagIds(decision)).toContain('TERRORISM_OFFENDER');
    expect(stepIds(decision)).not.toContain('TERRORISM_OFFENDER_MEETING');
    const custody = { ...licence, where_now: 'custody', release_date: '2026-12-01' };
    expect(stepIds(run(custody, at))).toContain('TERRORISM_OFFENDER_MEETING');
  });

  test('mappa audit E10: victim contact and the Level 1 record follow the lead agency (YOT, mental health), not always probation', () => {
    const youth = schedule15Custody({
      under_18: 'yes',
      sentence_type: 'dto',
      sentence_months: 18,
      where_now: 'custody',
      level_needs: ['none'],
      sentence_date: 'unknown',
      release_date: 'unknown',
    });
    const youthDecision = run(youth, at);
    expect(step(youthDecision, 'N11')?.owner).toEqual({ role: 'YOT case manager', agency: 'YOT/YOS', team: 'youth_justice' });
    // Level 1: the YOT keeps the record and uses the MAPPA H, not probation's system (003 §6.36–6.37).
    expect(step(youthDecision, 'N10')?.owner).toEqual({ role: 'Youth offending team', agency: 'YOT/YOS', team: 'youth_justice' });
    expect(step(youthDecision, 'N10')?.action).toContain('MAPPA H');
    const order = schedule15Custody({
      sentence_type: 'hospital_order_restricted',
      where_now: 'hospital',
      level_needs: ['none'],
      sentence_date: 'unknown',
      release_date: 'unknown',
    });
    const orderDecision = run(order, at);
    expect(step(orderDecision, 'N11')?.owner.role).toContain('Victim Liaison Unit');
    expect(step(orderDecision, 'N10')?.action).toContain('MAPPA I');
  });

  test('mappa audit E11: a national security dimension prompts counter-terrorism oversight', () => {
    const cat3 = { ...adult, status: ['none'], where_now: 'community_unsupervised', serious_harm: 'yes', level_needs: ['national_security_or_organised_crime'] };
    const decision = run(cat3, at);
    expect(decision.outcome.id).toBe('CAT3_CANDIDATE');
    expect(fact(decision, 'indicated_level')).toContain('Indicated level: 3');
    expect(flagIds(decision)).toContain('NATIONAL_SECURITY');
    expect(step(decision, 'SENIOR_OVERSIGHT')?.action).toContain('counter-terrorism police or the probation National Security Division');
  });

  test('mappa audit E12: an expired notification period routes to the Category 3 test', () => {
    const ended = { ...adult, status: ['notification_ended'], where_now: 'community_unsupervised' };
    expect(askedPath(ended)).toEqual([...START, 'where_now', 'serious_harm']);
    const decision = run({ ...ended, serious_harm: 'yes', level_needs: ['rosh_high', 'adds_value'] }, at);
    expect(decision.outcome.id).toBe('CAT3_CANDIDATE');
    expect(flagIds(decision)).toContain('NOTIFICATION_ENDED');
    expect(problemsOf({ ...ended, status: ['sex_offender_register', 'notification_ended'] }, at)).toContain('status');
    // A Schedule 15 sentence still running makes it Category 2 instead (003 §6.3).
    const cat2 = schedule15Custody({
      status: ['notification_ended', 'schedule15_or_murder'],
      sentence_type: 'custody',
      sentence_months: 24,
      where_now: 'community_supervised',
      order_running: 'yes',
      level_needs: ['none'],
      sentence_date: 'unknown',
    });
    expect(run(cat2, at).outcome.id).toBe('CAT2');
  });

  test('mappa audit missing duties: children in the household offer the risk to children check and say the duties', () => {
    const s26 = scenarios.find((s) => s.id === 'mappa-26') as Scenario;
    const decision = run(s26.answers, s26);
    const flag = decision.flags.find((f) => f.id === 'CHILDREN');
    expect(flag?.startsFlow).toBe('rtc');
    expect(step(decision, 'CHILDREN_INFORM')?.action).toContain("Children's Social Care");
    expect(step(decision, 'CHILDREN_REFERRAL')?.action).toContain('reasonable cause to suspect');
    expect(step(decision, 'CHILDREN_REFERRAL')?.action).not.toMatch(/must (start|make) a Section 47/);
    expect(step(decision, 'CHILDREN_SOCIAL_WORKER')?.action).toContain("child's lead social worker");
    expect(step(decision, 'CHILDREN_DISCLOSURE')?.action).toContain('section 327A of the Criminal Justice Act 2003');
    // Not MAPPA: the check is still offered, with the referral only.
    const notMappa = run({ ...adult, status: ['none'], where_now: 'custody', serious_harm: 'no', children: 'yes' }, at);
    expect(flagIds(notMappa)).toEqual(['CHILDREN']);
    expect(stepIds(notMappa)).toEqual(['N17', 'CHILDREN_INFORM', 'CHILDREN_REFERRAL']);
    expect(flagIds(run({ ...s26.answers, children: 'no' }, s26))).not.toContain('CHILDREN');
  });

  test('mappa audit missing duties: meeting timescales (invitations 14 days, MAPPA F 2 working days, ViSOR 3 working days)', () => {
    const s04 = scenarios.find((s) => s.id === 'mappa-04') as Scenario;
    const decision = run(s04.answers, s04);
    expect(step(decision, 'N8_INVITES')?.due.rule).toContain('at least 14 calendar days before each meeting');
    expect(step(decision, 'N8_MAPPA_F')?.due.rule).toContain('at least 2 working days before each meeting');
    expect(step(decision, 'N8_VISOR')?.due.rule).toContain('within 3 working days of the minutes being agreed');
    // Working days with no office close in the source: no clock time is shown.
    for (const id of ['N8_MAPPA_F', 'N8_VISOR']) expect(step(decision, id)?.due.at).toBeUndefined();
  });

  test('mappa audit missing duties: transfer to adult services, recall review, Prevent leads, TPIM', () => {
    const s11 = scenarios.find((s) => s.id === 'mappa-11') as Scenario;
    expect(step(run(s11.answers, s11), 'UNDER_18_TRANSITION')?.action).toContain("6 months before the person's 18th birthday");
    const s17 = scenarios.find((s) => s.id === 'mappa-17') as Scenario;
    expect(step(run(s17.answers, s17), 'RECALL_REVIEW')?.action).toContain('28-day Parole Board review');
    const s13 = scenarios.find((s) => s.id === 'mappa-13') as Scenario;
    expect(step(run(s13.answers, s13), 'N13')?.action).toContain('Prevent leads');
    const tpim = flow.questions.find((q) => q.id === 'status')?.options?.find((o) => o.value === 'terrorism_risk')?.label;
    expect(tpim).toContain('Terrorism Prevention and Investigation Measures');
    const s16 = scenarios.find((s) => s.id === 'mappa-16') as Scenario;
    expect(step(run(s16.answers, s16), 'N15')?.action).toContain('Terrorism Prevention and Investigation Measures');
  });

  test('mappa audit: every owner names a role and an agency', () => {
    for (const s of scenarios) {
      for (const x of run(s.answers, s).nextSteps) {
        expect({ scenario: s.id, id: x.id, role: x.owner.role.length > 0, agency: (x.owner.agency ?? '').length > 0 }).toEqual({
          scenario: s.id,
          id: x.id,
          role: true,
          agency: true,
        });
      }
    }
  });

  test('mappa audit: staff-facing text has no internal words or maths signs', () => {
    for (const s of scenarios) {
      const text = texts(s.answers);
      expect({ id: s.id, bad: text.match(/\b(seed|flow|inference)\b|[≤≥<>]/gi) }).toEqual({ id: s.id, bad: null });
    }
  });
});
