import { getFlow, nextQuestion } from '../../rules';
import type { Answers, FlowDefinition, Ref } from '../../rules';
import { documents } from '../../rules/procedures';
import { scenarios } from '../scenarios/s42';
import type { Scenario } from '../scenarios/types';
import { expectConversationPicks, expectScenario, flagIds, flowRefs, flowTester, resolves, step, stepIds } from '../support/flowTesting';

const flow = getFlow('s42') as FlowDefinition;
const { run, problemsOf, askedPath } = flowTester('s42');

const base: Record<string, string | string[]> = {
  immediate_danger: 'no',
  age_18_plus: 'yes',
  received_at: '2026-03-10T10:00',
  concern_relates: 'yes',
  care_support_needs: 'yes',
  abuse_or_risk: 'yes',
  unable_to_protect: 'yes',
  other_factors: ['none'],
};

describe('s42 public scenarios', () => {
  test.each(scenarios)('$id $title', (scenario: Scenario) => {
    expectScenario('s42', scenario);
  });

  test('three varied non-error scenarios run through the bot', () => {
    expectConversationPicks(scenarios, 3);
  });
});

describe('s42 skip logic (nextQuestion)', () => {
  test('the first question is immediate danger', () => {
    expect(nextQuestion('s42', {})?.id).toBe('immediate_danger');
  });

  test('immediate danger ends the flow at once', () => {
    expect(nextQuestion('s42', { immediate_danger: 'yes' })).toBeUndefined();
    expect(askedPath({ ...base, immediate_danger: 'yes' })).toEqual(['immediate_danger']);
    expect(run({ immediate_danger: 'yes' }).trace.map((t) => t.questionId)).toEqual(['immediate_danger']);
  });

  test('an under-18 ends the flow after the age question', () => {
    expect(nextQuestion('s42', { immediate_danger: 'no', age_18_plus: 'no' })).toBeUndefined();
  });

  test('all three conditions: Q7, never Q8, then Q9 (8 questions at most)', () => {
    const path = askedPath(base);
    expect(path).toEqual([
      'immediate_danger',
      'age_18_plus',
      'received_at',
      'concern_relates',
      'care_support_needs',
      'abuse_or_risk',
      'unable_to_protect',
      'other_factors',
    ]);
    expect(path.length).toBe(flow.maxQuestions);
  });

  test('no care and support needs: Q8 instead of Q7', () => {
    const answers = { ...base, care_support_needs: 'no', non_statutory_situation: 'neither' };
    expect(askedPath(answers)).toEqual([
      'immediate_danger',
      'age_18_plus',
      'received_at',
      'concern_relates',
      'care_support_needs',
      'abuse_or_risk',
      'non_statutory_situation',
      'other_factors',
    ]);
  });

  test('clearly not about abuse: straight from Q4 to Q9', () => {
    const answers = { ...base, concern_relates: 'clearly_not' };
    expect(askedPath(answers)).toEqual(['immediate_danger', 'age_18_plus', 'received_at', 'concern_relates', 'other_factors']);
  });

  test('no suspected abuse or risk: neither Q7 nor Q8', () => {
    for (const care_support_needs of ['yes', 'no', 'not_known_yet']) {
      const path = askedPath({ ...base, care_support_needs, abuse_or_risk: 'no' });
      expect(path).not.toContain('unable_to_protect');
      expect(path).not.toContain('non_statutory_situation');
      expect(path[path.length - 1]).toBe('other_factors');
    }
  });

  test('needs or abuse not yet known still asks Q7', () => {
    expect(askedPath({ ...base, care_support_needs: 'not_known_yet' })).toContain('unable_to_protect');
    expect(askedPath({ ...base, abuse_or_risk: 'not_known_yet' })).toContain('unable_to_protect');
    expect(askedPath({ ...base, care_support_needs: 'no', abuse_or_risk: 'not_known_yet', non_statutory_situation: 'neither' })).toContain(
      'non_statutory_situation',
    );
  });

  test('a refused answer is asked again', () => {
    expect(nextQuestion('s42', { immediate_danger: 'maybe' })?.id).toBe('immediate_danger');
    expect(nextQuestion('s42', { immediate_danger: 'no', age_18_plus: 'yes', received_at: 'yesterday' })?.id).toBe('received_at');
  });

  test('answers to questions off the path are ignored', () => {
    const decision = run({
      ...base,
      concern_relates: 'clearly_not',
      unable_to_protect: 'no',
      non_statutory_situation: 'not-an-option',
    });
    expect(decision.outcome.id).toBe('CLOSE_AT_CONCERN_NOT_ABUSE');
    expect(decision.trace.map((t) => t.questionId)).not.toContain('unable_to_protect');
  });
});

describe('s42 invalid input', () => {
  test('a question on the path left unanswered', () => {
    const { unable_to_protect: _dropped, ...answers } = base;
    expect(problemsOf(answers)).toContain('unable_to_protect');
    expect(problemsOf({ immediate_danger: 'no' })).toContain('age_18_plus');
  });

  test('a value that is not one of the options', () => {
    expect(problemsOf({ immediate_danger: 'Yes' })).toContain('immediate_danger');
    expect(problemsOf({ ...base, concern_relates: 'no' })).toContain('concern_relates');
    expect(problemsOf({ ...base, other_factors: ['crime_suspected', 'arson'] })).toContain('other_factors');
    expect(
      problemsOf({ ...base, care_support_needs: 'no', non_statutory_situation: 'both' }),
    ).toContain('non_statutory_situation');
  });

  test('other_factors empty', () => {
    expect(problemsOf({ ...base, other_factors: [] })).toContain('other_factors');
  });

  test('other_factors combining none with another option', () => {
    expect(problemsOf({ ...base, other_factors: ['self_neglect', 'none'] })).toContain('other_factors');
  });

  test('received_at not a valid date-time', () => {
    for (const received_at of ['2026-02-30T10:00', '2026-03-10', '10/03/2026 10:00', 'yesterday', '2026-03-10T25:00']) {
      expect(problemsOf({ ...base, received_at })).toContain('received_at');
    }
  });

  test('every problem is listed, by question id', () => {
    expect(problemsOf({ ...base, received_at: 'soon', other_factors: [] })).toEqual(
      expect.arrayContaining(['received_at', 'other_factors']),
    );
  });
});

describe('s42 rule boundaries', () => {
  const outcomeOf = (answers: Answers) => run(answers).outcome.id;

  test('Q6 no: R4 when the referrer was not sure, R4b (do not close) when they said yes', () => {
    expect(run({ ...base, concern_relates: 'not_sure', abuse_or_risk: 'no' }).ruleId).toBe('R4');
    const r4b = run({ ...base, concern_relates: 'yes', abuse_or_risk: 'no' });
    expect([r4b.ruleId, r4b.outcome.id]).toEqual(['R4b', 'S42_UNDETERMINED_GATHER_INFO']);
  });

  test('R4 comes before the non-statutory rules', () => {
    expect(outcomeOf({ ...base, concern_relates: 'not_sure', care_support_needs: 'no', abuse_or_risk: 'no' })).toBe(
      'S42_NOT_MET_NO_ABUSE_OR_RISK',
    );
  });

  test('R8 before R10: "can protect themselves" wins over needs not yet known', () => {
    const decision = run({ ...base, care_support_needs: 'not_known_yet', unable_to_protect: 'no' });
    expect([decision.ruleId, decision.outcome.id]).toEqual(['R8', 'S42_NOT_MET_CAN_PROTECT_SELF']);
  });

  test('R9 needs all three conditions; any one not yet known falls to R10', () => {
    expect(run(base).ruleId).toBe('R9');
    for (const unknown of ['care_support_needs', 'abuse_or_risk', 'unable_to_protect']) {
      const decision = run({ ...base, [unknown]: 'not_known_yet' });
      expect([unknown, decision.ruleId, decision.outcome.id]).toEqual([unknown, 'R10', 'S42_UNDETERMINED_GATHER_INFO']);
    }
  });

  test('no care needs: the non-statutory situation decides R5, R6 or R7', () => {
    const noNeeds = { ...base, care_support_needs: 'no' };
    expect(outcomeOf({ ...noNeeds, non_statutory_situation: 'carer_in_caring_role' })).toBe('NON_STATUTORY_ENQUIRY_CARER');
    expect(outcomeOf({ ...noNeeds, non_statutory_situation: 'young_adult' })).toBe('NON_STATUTORY_ENQUIRY_YOUNG_ADULT');
    expect(outcomeOf({ ...noNeeds, non_statutory_situation: 'neither' })).toBe('S42_NOT_MET_NO_CARE_SUPPORT_NEEDS');
  });

  test('S42_NOT_MET_CAN_PROTECT_SELF goes to risk assessment and never closes at concern', () => {
    const ids = stepIds(run({ ...base, unable_to_protect: 'no' }));
    expect(ids).toContain('risk_assessment_strategy');
    expect(ids).toContain('close_at_risk_assessment');
    expect(ids).not.toContain('close_due_diligence');
    expect(ids).not.toContain('close_rationale');
  });

  test('S42_UNDETERMINED_GATHER_INFO lists no closing steps', () => {
    const ids = stepIds(run({ ...base, unable_to_protect: 'not_known_yet' }));
    expect(ids).toEqual([
      'raise_concern',
      'triage',
      'dso_triage_questions',
      'decide_who_to_inform',
      'risk_assessment_strategy',
      'notify_critical_risk',
    ]);
  });
});

describe('s42 flags', () => {
  test('each ticked factor fires its flag, in section 5 order whatever the tick order', () => {
    const all = (flow.questions.find((q) => q.id === 'other_factors')?.options ?? [])
      .map((o) => o.value)
      .filter((v) => v !== 'none');
    const decision = run({ ...base, other_factors: [...all].reverse() });
    expect(flagIds(decision)).toEqual([
      'REPORT_TO_POLICE',
      'CHILDRENS_SERVICES_REFERRAL',
      'CAPACITY_AND_ADVOCACY_CHECK',
      'CONSENT_REFUSAL_NOT_GROUNDS_TO_CLOSE',
      'NOTIFY_REGULATOR_AND_COMMISSIONER',
      'PIPOT_PROCEDURE',
      'OFFER_CARERS_ASSESSMENT',
      'RUN_MARAC_FLOW',
      'SELF_NEGLECT_PATHWAY',
      'NOTIFY_DOLS_TEAM',
      'TELL_OFFICE_OF_PUBLIC_GUARDIAN',
    ]);
    const ids = stepIds(decision);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("OFFER_CARERS_ASSESSMENT comes from the outcome for a carer at risk, once, and not for a young adult", () => {
    const noNeeds = { ...base, care_support_needs: 'no' };
    const carer = run({ ...noNeeds, non_statutory_situation: 'carer_in_caring_role', other_factors: ['carer_identified'] });
    expect(flagIds(carer)).toEqual(['OFFER_CARERS_ASSESSMENT']);
    expect(stepIds(carer).filter((id) => id === 'carers_assessment')).toHaveLength(1);
    expect(run({ ...noNeeds, non_statutory_situation: 'young_adult' }).flags).toEqual([]);
  });

  test('RUN_MARAC_FLOW offers the marac flow', () => {
    const flag = run({ ...base, other_factors: ['domestic_abuse_possible'] }).flags[0];
    expect([flag.id, flag.startsFlow]).toEqual(['RUN_MARAC_FLOW', 'marac']);
  });

  test('risk-assessment flag steps only where the outcome has a risk assessment', () => {
    const factors = ['children_affected', 'capacity_or_engagement_difficulty'];
    const withRa = run({ ...base, other_factors: factors });
    expect(stepIds(withRa)).toEqual(expect.arrayContaining(['children_in_risk_assessment', 'capacity_in_risk_assessment']));
    expect(step(withRa, 'children_in_risk_assessment')?.due.date).toBe('2026-03-13');
    expect(withRa.nextSteps.filter((s) => s.flag === 'CAPACITY_AND_ADVOCACY_CHECK').map((s) => s.id)).toEqual([
      'capacity_consider_at_triage',
      'capacity_in_risk_assessment',
      'independent_advocate',
      'imca',
      'imha',
    ]);

    // Children affected by abuse next to "clearly not" or "no abuse" is audit E1's contradiction, so those two
    // closing outcomes are checked with the capacity factor alone.
    const capacityOnly = ['capacity_or_engagement_difficulty'];
    for (const [answers, flags] of [
      [{ ...base, concern_relates: 'clearly_not', other_factors: capacityOnly }, ['CAPACITY_AND_ADVOCACY_CHECK']],
      [
        { ...base, care_support_needs: 'no', non_statutory_situation: 'neither', other_factors: factors },
        ['CHILDRENS_SERVICES_REFERRAL', 'CAPACITY_AND_ADVOCACY_CHECK'],
      ],
      [
        { ...base, concern_relates: 'not_sure', abuse_or_risk: 'no', other_factors: capacityOnly },
        ['CAPACITY_AND_ADVOCACY_CHECK'],
      ],
    ] as [Answers, string[]][]) {
      const decision = run(answers);
      expect(flagIds(decision)).toEqual(flags);
      const ids = stepIds(decision);
      expect(ids).toContain('capacity_consider_at_triage');
      expect(ids).not.toContain('children_in_risk_assessment');
      expect(ids).not.toContain('capacity_in_risk_assessment');
      expect(ids).not.toContain('risk_assessment_strategy');
    }
  });

  test('no flags for the outcomes that end before Q9', () => {
    expect(run({ immediate_danger: 'yes', other_factors: ['crime_suspected'] }).flags).toEqual([]);
    expect(run({ immediate_danger: 'no', age_18_plus: 'no', other_factors: ['crime_suspected'] }).flags).toEqual([]);
  });
});

describe('s42 deadlines', () => {
  const triageDate = (received_at: string) => step(run({ ...base, received_at }), 'triage')?.due.date;
  const raDate = (received_at: string) => step(run({ ...base, received_at }), 'risk_assessment_strategy')?.due.date;

  test('receipt before and after the office close counts as the same day', () => {
    expect(triageDate('2026-03-31T16:59')).toBe('2026-04-01');
    expect(triageDate('2026-03-31T17:30')).toBe('2026-04-01');
  });

  test('the day of receipt never counts, even at a weekend or on a bank holiday', () => {
    expect(triageDate('2026-03-07T11:00')).toBe('2026-03-09');
    expect(triageDate('2026-03-08T11:00')).toBe('2026-03-09');
    expect(triageDate('2026-05-25T11:00')).toBe('2026-05-26');
    expect(raDate('2026-03-06T11:00')).toBe('2026-03-11');
  });

  test('the receipt is read in London time', () => {
    expect(triageDate('2026-06-30T23:30:00Z')).toBe('2026-07-02');
    expect(triageDate('2026-06-30T22:59:00Z')).toBe('2026-07-01');
  });

  test('the procedure names no hour, so working-day deadlines are dates without a time', () => {
    const due = step(run(base), 'triage')?.due;
    expect(due?.rule).toBe('within 1 working day of receipt');
    expect([due?.date, due?.at]).toEqual(['2026-03-11', undefined]);
    expect(step(run(base), 'risk_assessment_strategy')?.due.at).toBeUndefined();
  });

  test('over Christmas and New Year', () => {
    expect(triageDate('2026-12-24T10:00')).toBe('2026-12-29');
    expect(raDate('2026-12-24T10:00')).toBe('2026-12-31');
    expect(raDate('2026-12-31T10:00')).toBe('2027-01-06');
  });
});

describe('s42 settings', () => {
  test('the flow has no area settings of its own, and refuses any it is given rather than ignoring them', () => {
    expect(flow.defaultSettings).toEqual({});
    expect(run(base, { settings: { s42: {} } }).outcome.id).toBe('S42_CRITERIA_INDICATED');
    expect(problemsOf(base, { settings: { s42: { unrelated: true } } })).toEqual(['settings.s42']);
  });

  test("the deployment's office close does not add a time the procedure does not give", () => {
    const due = step(run(base, { settings: { office: { closes: '16:00' } } }), 'triage')?.due;
    expect([due?.date, due?.at]).toEqual(['2026-03-11', undefined]);
  });

  test("the deployment's procedure URLs become links", () => {
    const url = 'https://example.org/kcc-pg';
    const decision = run(base, { settings: { procedureUrls: { 'kcc-asc-safeguarding-pg': url } } });
    const kcc = decision.references.filter((r) => r.docId === 'kcc-asc-safeguarding-pg');
    expect(kcc.length).toBeGreaterThan(0);
    expect(kcc.every((r) => r.url === url)).toBe(true);
  });
});

describe('s42 outcomes', () => {
  const NOT_INDICATIVE = ['EMERGENCY', 'NOT_ADULT_SAFEGUARDING'];

  test('only EMERGENCY and NOT_ADULT_SAFEGUARDING are final; the DSO decides every other', () => {
    for (const [id, outcome] of Object.entries(flow.outcomes)) {
      const indicative = !NOT_INDICATIVE.includes(id);
      expect({ id, indicative: outcome.indicative }).toEqual({ id, indicative });
      if (indicative) {
        expect(outcome.decidedBy).toEqual({
          role: 'Designated Senior Officer (DSO)',
          agency: 'KCC Adult Social Care',
          team: 'adult_social_care',
        });
      }
    }
  });

  test('every indicative outcome cites the sources of its note (spec §3: §4.1.1, §4.1.2, NICE NG189 1.6.1)', () => {
    for (const [id, outcome] of Object.entries(flow.outcomes)) {
      const cited = outcome.refs.map((r) => `${r.doc} §${r.section}`);
      const want = outcome.indicative
        ? ['kcc-asc-safeguarding-pg §4.1.1', 'kcc-asc-safeguarding-pg §4.1.2', 'nice-ng189 §1.6.1']
        : [];
      expect({ id, cited }).toEqual({ id, cited: expect.arrayContaining(want) });
      expect({ id, once: new Set(cited).size }).toEqual({ id, once: cited.length });
    }
    const references = run(base).references.map((r) => `${r.docId} §${r.section}`);
    expect(references).toContain('nice-ng189 §1.6.1');
  });

  test('R4b: the summary names the Q4/Q6 contradiction (spec §3)', () => {
    const decision = run({ ...base, concern_relates: 'yes', abuse_or_risk: 'no' });
    expect(decision.outcome.summary).toContain('or Q4 says the concern relates to possible abuse while Q6 says no.');
  });

  test('the decision carries the note, the rules version and a trace of the answers', () => {
    const decision = run(base);
    expect(decision.outcome.notes).toEqual([
      'Raise the concern whatever this card shows.',
      'The triage and risk-assessment dates shown are the latest acceptable. The procedure gives working days but no ' +
        'time of day, and does not say whether the day the concern arrives counts; the dates shown do not count it. ' +
        'The DSO should see the concern at once.',
    ]);
    expect(decision.rulesVersion).toBe('s42-2026.12.3');
    expect(decision.trace.map((t) => t.questionId)).toEqual(Object.keys(base));
    expect(run({ immediate_danger: 'yes' }).outcome.notes).toEqual([]);
  });

  test('every outcome is reached by a public scenario', () => {
    const reached = new Set(scenarios.map((s) => ('outcome' in s.expected ? s.expected.outcome : '')));
    expect(Object.keys(flow.outcomes).filter((id) => !reached.has(id))).toEqual([]);
  });

  test('every flag is shown by a public scenario', () => {
    const shown = new Set(scenarios.flatMap((s) => ('flags' in s.expected ? s.expected.flags : [])));
    expect(flow.flags.map((f) => f.id).filter((id) => !shown.has(id))).toEqual([]);
  });

  test('every rule is used by a public scenario', () => {
    const used = new Set(
      scenarios.filter((s) => 'outcome' in s.expected).map((s) => run(s.answers, s).ruleId),
    );
    expect(flow.rules.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('s42 step texts where the sources are silent or differ (spec §5)', () => {
  const all = (flow.questions.find((q) => q.id === 'other_factors')?.options ?? [])
    .map((o) => o.value)
    .filter((v) => v !== 'none');
  const decision = run({ ...base, other_factors: all });

  test('independent_advocate says the procedure gives no section number for the advocacy duty (Notes N5)', () => {
    expect(step(decision, 'independent_advocate')?.action).toContain(
      'the LA has a duty to arrange an independent advocate (Care Act 2014; the procedure does not give the section number).',
    );
  });

  test("dols_escalate uses the legal terms and names the procedure's own 'interim authorisation' (Notes N10)", () => {
    const action = step(decision, 'dols_escalate')?.action ?? '';
    expect(action).toContain(
      "the setting puts an urgent authorisation in place and requests a standard authorisation (the procedure says 'interim authorisation').",
    );
  });
});

describe('s42 definition', () => {
  test('triggers include the spec phrases and the short names, in lower case', () => {
    expect(flow.triggers).toEqual(
      expect.arrayContaining(['does this meet s.42', 'can i close this at concern', 's42', 's.42', 'section 42', 'adult safeguarding']),
    );
    expect(flow.triggers.every((t) => t === t.toLowerCase())).toBe(true);
  });

  test('every step is used by an outcome or a flag', () => {
    const allFactors = (flow.questions.find((q) => q.id === 'other_factors')?.options ?? [])
      .map((o) => o.value)
      .filter((v) => v !== 'none');
    const used = new Set([
      ...scenarios.filter((s) => 'outcome' in s.expected).flatMap((s) => stepIds(run(s.answers, { now: s.now }))),
      ...stepIds(run({ ...base, other_factors: allFactors })),
    ]);
    expect(Object.keys(flow.steps).filter((id) => !used.has(id))).toEqual([]);
  });

  test('every rule, outcome, flag, step and question reference is in the catalogue', () => {
    const missing = flowRefs(flow)
      .filter(({ ref }) => !resolves(ref))
      .map(({ where, ref }) => `${where}: ${ref.doc} §${ref.section}`);
    expect(missing).toEqual([]);
    for (const [where, item] of [
      ...flow.rules.map((r): [string, { refs: Ref[] }] => [r.id, r]),
      ...Object.entries(flow.outcomes),
      ...flow.flags.map((f): [string, { refs: Ref[] }] => [f.id, f]),
      ...Object.entries(flow.steps),
    ]) {
      expect({ where, cited: item.refs.length > 0 }).toEqual({ where, cited: true });
    }
  });

  test('the catalogue has no duplicate document ids', () => {
    const ids = documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
