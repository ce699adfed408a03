import { getFlow, nextQuestion, pathOf } from '../../rules';
import type { Answers, FlowDefinition } from '../../rules';
import { scenarios } from '../scenarios/rtc';
import type { Scenario } from '../scenarios/types';
import {
  expectConversationPicks,
  expectScenario,
  flagIds,
  flagText,
  flowRefs,
  flowTester,
  resolves,
  step,
  stepIds,
} from '../support/flowTesting';

const flow = getFlow('rtc') as FlowDefinition;
const { run, problemsOf, askedPath } = flowTester('rtc');

/** An adult with an indicator who lives with children; callers override what they test. */
const adultCase = (extra: Answers = {}): Answers => ({
  immediate_risk: 'no',
  agency: 'health',
  basis: ['risk_to_children_offender'],
  children_link: ['lives_with_children'],
  custody_release: 'no',
  under_18: 'no',
  mappa_offender: 'no',
  disclosure: 'no',
  ...extra,
});
const convictedYoungPerson = (yp_conviction_date: string): Answers =>
  adultCase({ agency: 'yot', under_18: 'yes', yp_status: 'convicted', yp_conviction_date });

describe('rtc public scenarios', () => {
  test.each(scenarios)('$id $title', (scenario: Scenario) => {
    expectScenario('rtc', scenario);
  });

  test('two varied non-error scenarios run through the bot', () => {
    expectConversationPicks(scenarios, 2);
  });

  test('each scenario lists exactly the answers asked on its path', () => {
    for (const s of scenarios) {
      expect({ id: s.id, asked: askedPath(s.answers) }).toEqual({ id: s.id, asked: Object.keys(s.answers) });
    }
  });
});

describe('rtc steps per outcome and agency', () => {
  test("Section 47 referral: Children's Social Care gets R5–R9, other agencies R3, R4 and R9", () => {
    expect(stepIds(run(adultCase({ agency: 'childrens_social_care' })))).toEqual(['R5', 'R6', 'R7', 'R8', 'R9']);
    expect(stepIds(run(adultCase({ agency: 'housing' })))).toEqual(['R3', 'R4', 'R9']);
  });

  test('checks needed: R10 for Children\'s Social Care, R11 for others', () => {
    const unknown = { children_link: ['not_known'] };
    expect(stepIds(run(adultCase({ ...unknown, agency: 'childrens_social_care' })))).toEqual(['R10']);
    expect(stepIds(run(adultCase({ ...unknown, agency: 'other' })))).toEqual(['R11']);
  });

  test('young person: R14 for Children\'s Social Care, R13 for others, then the flag steps', () => {
    const yp = { under_18: 'yes', yp_status: 'warned' };
    expect(stepIds(run(adultCase({ ...yp, agency: 'childrens_social_care' })))).toEqual([
      'R14',
      'yp_notify',
      'yp_immediate_action',
      'yp_assessment_decision',
    ]);
    expect(stepIds(run(adultCase({ ...yp, agency: 'police' })))[0]).toBe('R13');
  });

  test('only criminal justice agencies are told to inform the local safeguarding unit', () => {
    for (const agency of ['police', 'probation_prison', 'yot']) {
      expect(step(run(adultCase({ agency })), 'R3')?.action).toContain('local safeguarding unit');
      expect(step(run(adultCase({ agency, children_link: ['not_known'] })), 'R11')?.action).toContain('local safeguarding unit');
    }
    for (const agency of ['health', 'education', 'housing', 'other']) {
      expect(step(run(adultCase({ agency })), 'R3')?.action).not.toContain('local safeguarding unit');
    }
  });

  test('the referral names the basis given and says the local procedures set the timescale', () => {
    const r3 = step(run(adultCase({ basis: ['admitted_abuse', 'civil_finding'] })), 'R3');
    expect(r3?.action).toContain('Has admitted abusing a child in the past');
    expect(r3?.action).toContain('A finding against them in civil proceedings');
    expect(r3?.action).toContain('The local child protection procedures set the timescale.');
    expect(r3?.due.rule).toBe('no deadline given');
    expect(r3?.owner.agency).toBe('Health');
  });

  test('every step that starts, decides on or considers a Section 47 Enquiry or a conference says the local procedures set the timescale', () => {
    const cases: Answers[] = [
      ...scenarios.map((s) => s.answers),
      adultCase({ agency: 'childrens_social_care', children_link: ['not_known'] }), // R10
      adultCase({ agency: 'childrens_social_care', under_18: 'yes', yp_status: 'warned' }), // R14
      adultCase({ agency: 'police', under_18: 'yes', yp_status: 'accused' }), // R13
    ];
    const checked = new Set<string>();
    for (const answers of cases) {
      for (const s of run(answers).nextSteps.filter((x) => /Section 47|Child Protection Conference/.test(x.action))) {
        checked.add(s.id);
        expect({ id: s.id, says: /local (child protection procedures|Child Protection Conferences Procedure) sets? the timescale|local Section 47 Enquiries Procedure does/.test(s.action) }).toEqual({ id: s.id, says: true });
        expect({ id: s.id, due: s.due.rule }).toEqual({ id: s.id, due: 'no deadline given' });
      }
    }
    expect([...checked].sort()).toEqual(
      ['R3', 'R5', 'R8', 'R10', 'R13', 'R14', 'R15', 'release_s47', 'yp_assessment_decision'].sort(),
    );
  });

  test('immediate danger: R1 and R2 now, no flags', () => {
    const decision = run({ immediate_risk: 'yes' });
    expect(stepIds(decision)).toEqual(['R1', 'R2']);
    expect(decision.nextSteps.map((s) => s.due.rule)).toEqual(['immediately', 'immediately']);
    expect(decision.flags).toEqual([]);
  });
});

describe('rtc skip logic (nextQuestion)', () => {
  const next = (answers: Answers) => nextQuestion('rtc', answers)?.id;

  test('immediate risk ends the flow at once', () => {
    expect(next({})).toBe('immediate_risk');
    expect(next({ immediate_risk: 'yes' })).toBeUndefined();
    expect(pathOf('rtc', { immediate_risk: 'yes' })).toEqual(['immediate_risk']);
    expect(next({ immediate_risk: 'no' })).toBe('agency');
  });

  test('no indicator: the link to children is not asked', () => {
    const answers = { immediate_risk: 'no', agency: 'housing' };
    expect(next(answers)).toBe('basis');
    expect(next({ ...answers, basis: ['none'] })).toBe('custody_release');
    expect(next({ ...answers, basis: ['none'], custody_release: 'no' })).toBe('under_18');
    expect(next({ ...answers, basis: ['admitted_abuse'], custody_release: 'no' })).toBe('children_link');
  });

  test('under 18: the young-person questions; the conviction date only when convicted', () => {
    const answers = { immediate_risk: 'no', agency: 'yot', basis: ['other_behaviour'], children_link: ['none'], custody_release: 'no' };
    expect(next({ ...answers, under_18: 'no' })).toBe('mappa_offender');
    expect(next({ ...answers, under_18: 'yes' })).toBe('yp_status');
    expect(next({ ...answers, under_18: 'yes', yp_status: 'accused' })).toBe('mappa_offender');
    expect(next({ ...answers, under_18: 'yes', yp_status: 'convicted' })).toBe('yp_conviction_date');
  });

  test('MAPPA attention in the basis skips the MAPPA question and counts as a MAPPA offender', () => {
    const answers = {
      immediate_risk: 'no',
      agency: 'police',
      basis: ['mappa_attention'],
      children_link: ['none'],
      custody_release: 'no',
      under_18: 'no',
    };
    expect(next(answers)).toBe('disclosure');
    const decision = run({ ...answers, disclosure: 'no', mappa_offender: 'no' });
    expect(flagIds(decision)).toEqual(['MAPPA_OFFENDER']);
    expect(decision.trace.map((t) => t.questionId)).not.toContain('mappa_offender');
  });

  test('the longest path is the declared maximum of 10 questions', () => {
    expect(pathOf('rtc', convictedYoungPerson('2025-05-12'))).toHaveLength(10);
    expect(flow.maxQuestions).toBe(10);
  });
});

describe('rtc invalid input', () => {
  test('"none" combined with anything else', () => {
    expect(problemsOf(adultCase({ basis: ['none', 'admitted_abuse'] }))).toContain('basis');
    expect(problemsOf(adultCase({ children_link: ['none', 'lives_with_children'] }))).toContain('children_link');
  });

  test('unanswered, empty, unknown option, bad date', () => {
    expect(problemsOf({ immediate_risk: 'no', agency: 'health' })).toEqual(expect.arrayContaining(['basis', 'custody_release']));
    expect(problemsOf(adultCase({ basis: [] }))).toContain('basis');
    expect(problemsOf(adultCase({ agency: 'social_services' }))).toContain('agency');
    expect(problemsOf(convictedYoungPerson('12/05/2025'))).toContain('yp_conviction_date');
    expect(problemsOf(convictedYoungPerson('2025-02-30'))).toContain('yp_conviction_date');
  });
});

describe('rtc rules and boundaries', () => {
  test('an under-18 with status "none" is handled as an adult case', () => {
    const decision = run(adultCase({ under_18: 'yes', yp_status: 'none' }));
    expect(decision.outcome.id).toBe('CP_REFERRAL_S47');
    expect(flagIds(decision)).not.toContain('YOUNG_PERSON');
  });

  test('mappa audit E4: a young person accused with no indicator ticked still gives the notify-CSC outcome', () => {
    const decision = run({
      immediate_risk: 'no',
      agency: 'police',
      basis: ['none'],
      custody_release: 'no',
      under_18: 'yes',
      yp_status: 'accused',
      mappa_offender: 'no',
      disclosure: 'no',
    });
    expect(decision.outcome.id).toBe('YP_NOTIFY_CSC');
    expect(decision.outcome.label).not.toContain('No referral trigger');
    expect(flagIds(decision)).toEqual(['YOUNG_PERSON']);
    expect(stepIds(decision)[0]).toBe('R13');
  });

  test('a known link wins over "not known"; "not known" alone means checks', () => {
    expect(run(adultCase({ children_link: ['contact_with_children', 'not_known'] })).outcome.id).toBe('CP_REFERRAL_S47');
    expect(run(adultCase({ children_link: ['not_known'] })).outcome.id).toBe('CHECK_AND_REFER');
    expect(run(adultCase({ children_link: ['none'] })).outcome.id).toBe('PROFESSIONAL_JUDGEMENT');
  });

  test('each of the four links makes a child protection referral', () => {
    for (const link of ['lives_with_children', 'contact_with_children', 'risk_in_area', 'release_address_children']) {
      expect({ link, outcome: run(adultCase({ children_link: [link] })).outcome.id }).toEqual({ link, outcome: 'CP_REFERRAL_S47' });
    }
  });

  test.each([
    ['2025-05-12', '2025-05-27'],
    ['2025-12-19', '2026-01-07'],
    ['2026-04-01', '2026-04-17'],
  ])('YOT report: conviction %s is due %s (end of the 10th working day)', (conviction, due) => {
    const report = step(run(convictedYoungPerson(conviction), { now: `${conviction}T09:00:00Z` }), 'yot_report');
    expect(report?.due.date).toBe(due);
    expect(report?.due.rule).toBe('within 10 working days of conviction');
    expect(report?.owner.role).toBe('YOT worker');
  });

  test('YOT report: on the due day it is not overdue; the day after, "overdue: send now"', () => {
    const onTheDay = step(run(convictedYoungPerson('2025-05-12'), { now: '2025-05-27T16:00:00Z' }), 'yot_report');
    expect(onTheDay?.action).not.toMatch(/^Overdue/);
    const dayAfter = step(run(convictedYoungPerson('2025-05-12'), { now: '2025-05-28T08:00:00Z' }), 'yot_report');
    expect(dayAfter?.action).toMatch(/^Overdue: send now\./);
  });

  test('rtc-12: accused, not convicted, so no YOT report deadline', () => {
    const rtc12 = scenarios.find((s) => s.id === 'rtc-12') as Scenario;
    const decision = run(rtc12.answers, { now: rtc12.now });
    expect(stepIds(decision)).not.toContain('yot_report');
    expect(decision.nextSteps.map((s) => s.due.rule)).toEqual(decision.nextSteps.map(() => 'no deadline given'));
  });

  test('no YOT report step unless convicted', () => {
    for (const yp_status of ['accused', 'warned']) {
      expect(stepIds(run(adultCase({ under_18: 'yes', yp_status })))).not.toContain('yot_report');
    }
  });
});

describe('rtc flags', () => {
  test('disclosure in a MAPPA case is decided through MAPPA; the local-authority rules are not presented as the route', () => {
    const text = flagText(run(adultCase({ agency: 'probation_prison', mappa_offender: 'yes', disclosure: 'yes' })), 'DISCLOSURE_DECISION');
    expect(text).toMatch(/^This person is managed under MAPPA/);
    expect(text).toContain("don't tell the parent");
    expect(text).not.toContain('(1) The presumption is against disclosure');
  });

  test("disclosure by Children's Social Care, not a MAPPA case: the local-authority rules only", () => {
    const text = flagText(run(adultCase({ agency: 'childrens_social_care', disclosure: 'yes' })), 'DISCLOSURE_DECISION');
    expect(text).toMatch(/^\(1\) The presumption is against disclosure/);
    expect(text).not.toContain('managed under MAPPA');
    expect(text).not.toContain("Don't tell the parent");
  });

  test('after a disclosure the social worker, police or probation officer must note the response (001 §6.23)', () => {
    const text = flagText(run(adultCase({ agency: 'childrens_social_care', disclosure: 'yes' })), 'DISCLOSURE_DECISION');
    expect(text).toContain('the social worker, police or probation officer must note how seriously the child or carer took the information');
  });

  test('disclosure for a young MAPPA offender needs senior YOS and Children\'s services at the MAPPA meeting', () => {
    const yp = adultCase({ under_18: 'yes', yp_status: 'accused', mappa_offender: 'yes', disclosure: 'yes' });
    expect(flagText(run(yp), 'DISCLOSURE_DECISION')).toContain('senior representative of both YOS');
    expect(flagText(run({ ...yp, mappa_offender: 'no' }), 'DISCLOSURE_DECISION')).not.toContain('senior representative');
  });

  test('the MAPPA flag offers the mappa flow', () => {
    const decision = run(adultCase({ mappa_offender: 'yes' }));
    expect(decision.flags.find((f) => f.id === 'MAPPA_OFFENDER')?.startsFlow).toBe('mappa');
    expect(flagIds(run(adultCase({ mappa_offender: 'not_known' })))).toEqual([]);
  });

  test('prisoner release: before release at the end of sentence; in writing, no deadline, for parole', () => {
    const end = run(adultCase({ custody_release: 'release_end_of_sentence' }));
    expect(step(end, 'release_inform')?.due.rule).toContain('before release');
    const parole = run(adultCase({ custody_release: 'parole_or_temporary_release' }));
    expect(flagIds(parole)).toEqual(['PRISONER_RELEASE']);
    expect(step(parole, 'release_inform')?.due.rule).toBe('no deadline given');
    expect(step(parole, 'release_inform')?.action).toContain('in writing');
  });

  test('all four flags, in the spec order', () => {
    const decision = run(
      {
        ...convictedYoungPerson('2025-05-12'),
        custody_release: 'parole_or_temporary_release',
        mappa_offender: 'yes',
        disclosure: 'yes',
      },
      { now: '2025-05-12T09:00:00Z' },
    );
    expect(flagIds(decision)).toEqual(['MAPPA_OFFENDER', 'DISCLOSURE_DECISION', 'PRISONER_RELEASE', 'YOUNG_PERSON']);
  });
});

describe('rtc terminology', () => {
  test('"Schedule 1" gets a term note explaining why the label is no longer used', () => {
    const note = flow.termNotes?.find((n) => n.phrase === 'schedule 1');
    expect(note?.text).toContain('no longer used');
    expect(note?.text).toContain('a person identified as presenting a risk or potential risk to children');
    expect(note?.refs.map((r) => r.section)).toEqual(expect.arrayContaining(['1.1', '1.2']));
    expect(flow.triggers).toContain('schedule 1');
  });

  test('no decision text uses the older label', () => {
    for (const s of scenarios) {
      const d = run(s.answers, { now: s.now });
      const texts = [d.outcome.label, d.outcome.summary, ...d.flags.map((f) => f.text), ...d.nextSteps.map((x) => x.action)];
      for (const t of texts) expect(t.toLowerCase()).not.toContain('schedule 1 offender');
    }
  });
});

describe('rtc definition', () => {
  test('triggers, rules version, and every outcome and flag reached by a scenario', () => {
    expect(flow.rulesVersion).toBe('rtc-2026.12.3');
    for (const t of flow.triggers) expect(t).toBe(t.toLowerCase());
    expect(flow.triggers).toEqual(
      expect.arrayContaining(['risk to children', 'moved in with a family', 'schedule 1', 'section 47', 's47']),
    );
    const reached = new Set(scenarios.map((s) => ('outcome' in s.expected ? s.expected.outcome : '')));
    for (const id of Object.keys(flow.outcomes)) expect({ id, reached: reached.has(id) }).toEqual({ id, reached: true });
    const fired = new Set(scenarios.flatMap((s) => ('flags' in s.expected ? s.expected.flags : [])));
    for (const f of flow.flags) expect({ id: f.id, fired: fired.has(f.id) }).toEqual({ id: f.id, fired: true });
  });

  test('every rule, outcome, question, flag, step and term-note reference resolves in the catalogue', () => {
    for (const { where, ref } of flowRefs(flow)) expect({ where, ref, ok: resolves(ref) }).toEqual({ where, ref, ok: true });
    for (const [id, s] of Object.entries(flow.steps)) expect({ id, cited: s.refs.length > 0 }).toEqual({ id, cited: true });
  });
});

/** Issue 15: the MAPPA and risk-to-children source audit (shared/specs/audits/mappa-rtc-code-vs-seeds.md). */
describe('rtc: mappa audit findings', () => {
  const e1Repro: Answers = {
    immediate_risk: 'no',
    agency: 'police',
    basis: ['risk_to_children_offender'],
    children_link: ['lives_with_children'],
    custody_release: 'no',
    under_18: 'no',
    mappa_offender: 'yes',
    disclosure: 'yes',
  };

  test('mappa audit E1: disclosure about a MAPPA offender is decided through MAPPA, not by the CSC service manager', () => {
    const decision = run(e1Repro);
    const disclosure = step(decision, 'disclosure_decision');
    expect(disclosure?.owner).toEqual({
      role: 'The MAPPA lead agency decides at Level 1; all agencies at the MAPPA meeting agree at Level 2 or 3',
      agency: 'MAPPA lead agency (police, probation or youth offending team)',
    });
    expect(disclosure?.action).not.toContain('service manager');
    const text = flagText(decision, 'DISCLOSURE_DECISION');
    // A police user is not told to pass the question to the police.
    expect(text).not.toMatch(/pass the question to .*police/i);
    expect(text).toContain('section 327A of the Criminal Justice Act 2003');
    expect(text).toContain('At Level 1 the lead agency decides');
    expect(text).toContain('agreed by all agencies there');
    const cited = decision.references.map((r) => `${r.docId} §${r.section}`);
    expect(cited).toEqual(
      expect.arrayContaining([
        'mappa-guidance-national §10.3',
        'mappa-guidance-national §10.5',
        'mappa-guidance-national §10.7',
        'mappa-guidance-national §10.11',
      ]),
    );
  });

  test('mappa audit E1: the CSC service manager rule stays for disclosure by the local authority about non-MAPPA people', () => {
    const decision = run({ ...e1Repro, agency: 'childrens_social_care', basis: ['other_behaviour'], mappa_offender: 'no' });
    expect(step(decision, 'disclosure_decision')?.owner.role).toContain("Children's Social Care service manager (decision)");
    expect(flagText(decision, 'DISCLOSURE_DECISION')).toContain('The service manager decides');
  });

  test('mappa audit E2: the registered sex offender note includes the 12-hour household-with-a-child rule', () => {
    for (const [answers, id] of [
      [adultCase(), 'R3'],
      [adultCase({ children_link: ['not_known'] }), 'R11'],
    ] as const) {
      const s = step(run(answers), id);
      expect(s?.action).toContain('staying 7 days or more at another address');
      expect(s?.action).toContain('at least 12 hours in a household with a child');
      expect(s?.ref.map((r) => r.section)).toContain('Category 1');
    }
  });

  test('mappa audit E4: a prisoner convicted of an offence against a child coming out is a trigger even with no indicator ticked', () => {
    const answers: Answers = {
      immediate_risk: 'no',
      agency: 'probation_prison',
      basis: ['none'],
      custody_release: 'release_end_of_sentence',
      children_link: ['release_address_children'],
      under_18: 'no',
      mappa_offender: 'no',
      disclosure: 'no',
    };
    expect(askedPath(answers)).toContain('children_link');
    const decision = run(answers);
    expect(decision.outcome.id).toBe('CP_REFERRAL_S47');
    expect(flagIds(decision)).toEqual(['PRISONER_RELEASE']);
    expect(step(decision, 'R3')?.action).toContain('A prisoner convicted of an offence against a child');
  });

  test('mappa audit E4: a young person convicted with basis "none" gets the notify-CSC outcome and the YOT report', () => {
    const decision = run({
      immediate_risk: 'no',
      agency: 'yot',
      basis: ['none'],
      custody_release: 'no',
      under_18: 'yes',
      yp_status: 'convicted',
      yp_conviction_date: '2026-11-30',
      mappa_offender: 'no',
      disclosure: 'no',
    });
    expect(decision.outcome.id).toBe('YP_NOTIFY_CSC');
    expect(stepIds(decision)).toContain('yot_report');
  });

  test('mappa audit E13: children likely to visit the release address get a risk assessment, not an automatic Section 47', () => {
    const answers = adultCase({ agency: 'probation_prison', custody_release: 'release_end_of_sentence', children_link: ['release_address_visit'] });
    const decision = run(answers);
    expect(decision.outcome.id).toBe('RELEASE_RISK_ASSESSMENT');
    expect(decision.outcome.summary).toContain('reasonable cause to suspect');
    expect(stepIds(decision).slice(0, 4)).toEqual(['R16', 'release_risk_assessment', 'R15', 'R9']);
    expect(decision.references.map((r) => r.section)).toEqual(expect.arrayContaining(['5.8']));
    // Children living at the release address still make a Section 47 Enquiry (001 §5.11).
    expect(run({ ...answers, children_link: ['release_address_children'] }).outcome.id).toBe('CP_REFERRAL_S47');
    expect(run({ ...answers, children_link: ['release_address_children', 'release_address_visit'] }).outcome.id).toBe('CP_REFERRAL_S47');
  });

  test('mappa audit unsupported statement: the YOT report is due "within 10 working days", a date with no clock time', () => {
    const report = step(run(convictedYoungPerson('2025-05-12'), { now: '2025-05-12T09:00:00Z' }), 'yot_report');
    expect(report?.due.date).toBe('2025-05-27');
    expect(report?.due.at ?? '').not.toMatch(/T17:00/);
    expect(report?.due.rule).not.toContain('17:00');
  });

  test('mappa audit: every owner names a role and an agency', () => {
    const cases: Answers[] = [
      ...scenarios.map((s) => s.answers),
      e1Repro,
      adultCase({ agency: 'other', children_link: ['not_known'] }),
    ];
    for (const answers of cases) {
      for (const s of run(answers).nextSteps) {
        expect({ id: s.id, role: s.owner.role.length > 0, agency: (s.owner.agency ?? '').length > 0 }).toEqual({
          id: s.id,
          role: true,
          agency: true,
        });
      }
    }
  });
});
