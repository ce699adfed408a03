import { getFlow, nextQuestion, pathOf } from '../../rules';
import type { Answers, DecisionSettings, FlowDefinition } from '../../rules';
import type { MaracSettings } from '../../rules/flows/marac';
import { scenarios } from '../scenarios/marac';
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

const flow = getFlow('marac') as FlowDefinition<MaracSettings>;
const { run, problemsOf, askedPath } = flowTester('marac');

/** A domestic-abuse path up to the DASH count; callers add the rest. */
const counted = (dash_yes_count: number): Record<string, Answers[string]> => ({
  immediate_danger: 'no',
  personally_connected: 'intimate_relationship',
  both_16_plus: 'yes',
  dash_status: 'completed',
  dash_yes_count,
});
const referral = (other_factors: string[], extra: Answers = {}): Answers => ({
  ...counted(16),
  victim_area: 'medway',
  other_factors,
  ...extra,
});
const escalationReferral = (other_factors: string[]): Answers => ({
  ...counted(6),
  professional_judgement_high_risk: 'no',
  escalation: 'yes',
  victim_area: 'thanet_dover',
  other_factors,
});

describe('marac public scenarios', () => {
  test.each(scenarios)('$id $title', (scenario: Scenario) => {
    expectScenario('marac', scenario);
  });

  test('two varied non-error scenarios run through the bot', () => {
    expectConversationPicks(scenarios, 2);
  });

  test('marac-05 routes to Medway; marac-11 has outside_area instead of the form, DASH and routing steps', () => {
    const byId = (id: string) => scenarios.find((s) => s.id === id) as Scenario;
    expect(step(run(byId('marac-05').answers), 'send_to_both')?.action).toContain('(Medway) AND the IDVA service');
    expect(stepIds(run(byId('marac-11').answers))).toEqual([
      'outside_area',
      'actions_at_referral',
      'offences_recorded',
      'record_awareness_and_basis',
      'idva_represents',
      'report_crime',
      'da_support',
      'consider_s42',
    ]);
  });

  test('each scenario lists exactly the answers asked on its path', () => {
    for (const s of scenarios.filter((x) => 'outcome' in x.expected)) {
      expect({ id: s.id, asked: askedPath(s.answers) }).toEqual({ id: s.id, asked: Object.keys(s.answers) });
    }
  });
});

describe('marac outcomes and steps', () => {
  test('only EMERGENCY is not indicative', () => {
    for (const [id, outcome] of Object.entries(flow.outcomes)) {
      expect({ id, indicative: outcome.indicative }).toEqual({ id, indicative: id !== 'EMERGENCY' });
    }
  });

  test('EMERGENCY has only the 999 step and no flags', () => {
    const decision = run({ immediate_danger: 'yes' });
    expect(stepIds(decision)).toEqual(['call_999']);
    expect(decision.flags).toEqual([]);
  });

  test('NOT_DOMESTIC_ABUSE adds the child-safeguarding step only when one person is under 16', () => {
    expect(stepIds(run({ immediate_danger: 'no', personally_connected: 'none_of_these' }))).toEqual(['not_da_route']);
    expect(stepIds(run({ immediate_danger: 'no', personally_connected: 'relatives', both_16_plus: 'no' }))).toEqual([
      'children_safeguarding',
      'not_da_route',
    ]);
  });

  test('referral outcomes list the steps in the spec order, flag steps after', () => {
    expect(stepIds(run(referral(['perpetrator_previous_mappa_level_2_3', 'children_at_risk'])))).toEqual([
      'complete_marac_form',
      'attach_dash',
      'send_to_both',
      'actions_at_referral',
      'offences_recorded',
      'record_awareness_and_basis',
      'idva_represents',
      'report_crime',
      'da_support',
      'consider_s42',
      'children_referral',
      'mappa_minutes_summary',
    ]);
  });

  test('outside Kent and Medway, outside_area replaces the form, DASH and routing steps', () => {
    const ids = stepIds(run(referral(['none'], { victim_area: 'outside_kent_medway' })));
    expect(ids.slice(0, 2)).toEqual(['outside_area', 'actions_at_referral']);
    expect(ids).not.toContain('complete_marac_form');
    expect(ids).not.toContain('attach_dash');
    expect(ids).not.toContain('send_to_both');
  });

  test('the MAPPA minutes summary is a rule only: the flow does not ask for the request date', () => {
    const due = step(run(referral(['perpetrator_previous_mappa_level_2_3'])), 'mappa_minutes_summary')?.due;
    expect(due?.rule).toBe('within 10 working days of request');
    expect(due?.date).toBeUndefined();
    expect(due?.at).toBeUndefined();
  });

  test('the DASH is named, never reproduced', () => {
    const texts = flow.questions.map((q) => `${q.text} ${q.help ?? ''}`).join(' ');
    expect(texts).toContain('SafeLives DASH checklist');
    expect(flow.questions.find((q) => q.id === 'dash_yes_count')?.type).toBe('number');
  });
});

describe('marac skip logic (nextQuestion)', () => {
  const next = (answers: Answers) => nextQuestion('marac', answers)?.id;

  test('starts with immediate danger, with the same id and options as s42', () => {
    expect(next({})).toBe('immediate_danger');
    const s42 = getFlow('s42')?.questions.find((q) => q.id === 'immediate_danger');
    const own = flow.questions.find((q) => q.id === 'immediate_danger');
    expect(own?.options).toEqual(s42?.options);
    expect(own?.type).toBe(s42?.type);
  });

  test('immediate danger ends the flow at once', () => {
    expect(next({ immediate_danger: 'yes' })).toBeUndefined();
    expect(pathOf('marac', { immediate_danger: 'yes' })).toEqual(['immediate_danger']);
  });

  test('not personally connected, or under 16: the flow ends', () => {
    expect(next({ immediate_danger: 'no' })).toBe('personally_connected');
    expect(next({ immediate_danger: 'no', personally_connected: 'none_of_these' })).toBeUndefined();
    expect(next({ immediate_danger: 'no', personally_connected: 'relatives' })).toBe('both_16_plus');
    expect(next({ immediate_danger: 'no', personally_connected: 'relatives', both_16_plus: 'no' })).toBeUndefined();
  });

  test('no DASH yet: straight to the other factors', () => {
    const answers = { immediate_danger: 'no', personally_connected: 'relatives', both_16_plus: 'yes' };
    expect(next(answers)).toBe('dash_status');
    expect(next({ ...answers, dash_status: 'not_completed' })).toBe('other_factors');
    expect(next({ ...answers, dash_status: 'completed' })).toBe('dash_yes_count');
  });

  test('14 or more ticks: the judgement questions are skipped', () => {
    expect(next(counted(14))).toBe('victim_area');
    expect(next(counted(24))).toBe('victim_area');
    expect(next(counted(13))).toBe('professional_judgement_high_risk');
  });

  test('professional judgement, then escalation, then the area only if a referral is indicated', () => {
    expect(next({ ...counted(13), professional_judgement_high_risk: 'yes' })).toBe('victim_area');
    expect(next({ ...counted(13), professional_judgement_high_risk: 'no' })).toBe('escalation');
    expect(next({ ...counted(13), professional_judgement_high_risk: 'no', escalation: 'yes' })).toBe('victim_area');
    expect(next({ ...counted(13), professional_judgement_high_risk: 'no', escalation: 'no' })).toBe('heard_at_marac_before');
    expect(
      next({ ...counted(13), professional_judgement_high_risk: 'no', escalation: 'no', heard_at_marac_before: 'no' }),
    ).toBe('other_factors');
  });

  test('the longest path is the declared maximum of 9 questions', () => {
    const longest = pathOf('marac', { ...escalationReferral(['none']) });
    expect(longest).toHaveLength(9);
    expect(flow.maxQuestions).toBe(9);
  });

  test('answers to questions off the path are ignored', () => {
    const decision = run({ ...referral(['none']), professional_judgement_high_risk: 'no', escalation: 'maybe' });
    expect(decision.outcome.id).toBe('MARAC_REFERRAL_VISIBLE_HIGH_RISK');
    expect(decision.trace.map((t) => t.questionId)).not.toContain('escalation');
  });
});

describe('marac invalid input', () => {
  test('a question on the path left unanswered', () => {
    expect(problemsOf({ ...counted(16), victim_area: 'medway' })).toEqual(['other_factors']);
    expect(problemsOf({ immediate_danger: 'no' })).toEqual(['personally_connected']);
  });

  test('a value that is not one of the options', () => {
    expect(problemsOf({ immediate_danger: 'no', personally_connected: 'friend' })).toContain('personally_connected');
    expect(problemsOf(referral(['none'], { victim_area: 'kent' }))).toContain('victim_area');
    expect(problemsOf(referral(['somebody_else']))).toContain('other_factors');
  });

  test.each([[25], [-1], [3.5], [Number.NaN]])('a DASH count of %p is refused', (n) => {
    expect(problemsOf(referral(['none'], { dash_yes_count: n }))).toContain('dash_yes_count');
  });

  test('DASH counts of 0 and 24 are accepted', () => {
    const tail = { victim_area: 'medway', other_factors: ['none'] };
    expect(run({ ...counted(0), professional_judgement_high_risk: 'yes', ...tail }).outcome.id).toBe(
      'MARAC_REFERRAL_PROFESSIONAL_JUDGEMENT',
    );
    expect(run({ ...counted(24), ...tail }).outcome.id).toBe('MARAC_REFERRAL_VISIBLE_HIGH_RISK');
  });

  test('other_factors empty, or "none" with another option', () => {
    expect(problemsOf(referral([]))).toContain('other_factors');
    expect(problemsOf(referral(['none', 'children_at_risk']))).toContain('other_factors');
    expect(problemsOf(referral(['children_at_risk', 'children_at_risk']))).toContain('other_factors');
  });
});

describe('marac boundaries', () => {
  const withOthers = (n: number, extra: Answers = {}) => ({ ...counted(n), ...extra, other_factors: ['none'] });

  test('13 ticks is below visible high risk; 14 is visible high risk', () => {
    expect(
      run(withOthers(13, { professional_judgement_high_risk: 'no', escalation: 'no', heard_at_marac_before: 'no' }))
        .outcome.id,
    ).toBe(
      'MARAC_NOT_INDICATED',
    );
    expect(run(withOthers(14, { victim_area: 'medway' })).outcome.id).toBe('MARAC_REFERRAL_VISIBLE_HIGH_RISK');
  });

  test('professional judgement wins over escalation, escalation over "not indicated"', () => {
    expect(run(withOthers(13, { professional_judgement_high_risk: 'yes', victim_area: 'medway' })).outcome.id).toBe(
      'MARAC_REFERRAL_PROFESSIONAL_JUDGEMENT',
    );
    expect(
      run(withOthers(13, { professional_judgement_high_risk: 'no', escalation: 'yes', victim_area: 'medway' })).outcome.id,
    ).toBe('MARAC_REFERRAL_ESCALATION');
  });
});

describe('marac flags', () => {
  test('flags fire only where Q9 was asked; referral-only flags need a referral outcome', () => {
    const notIndicated = run({
      ...counted(2),
      professional_judgement_high_risk: 'no',
      escalation: 'no',
      heard_at_marac_before: 'not_known',
      other_factors: ['victim_not_agreed', 'perpetrator_previous_mappa_level_2_3', 'perpetrator_mappa_level_2_3'],
    });
    expect(flagIds(notIndicated)).toEqual(['MAPPA_LEVEL_2_3_INTERFACE']);
    const dashFirst = run({
      immediate_danger: 'no',
      personally_connected: 'relatives',
      both_16_plus: 'yes',
      dash_status: 'not_completed',
      other_factors: ['victim_not_agreed', 'perpetrator_previous_mappa_level_2_3'],
    });
    expect(dashFirst.flags).toEqual([]);
  });

  test('all four flags, in the spec order', () => {
    const decision = run(
      referral(['perpetrator_previous_mappa_level_2_3', 'perpetrator_mappa_level_2_3', 'victim_not_agreed', 'children_at_risk']),
    );
    expect(flagIds(decision)).toEqual([
      'CHILDRENS_SERVICES_REFERRAL',
      'SHARE_WITHOUT_CONSENT_RECORD_REASONS',
      'MAPPA_LEVEL_2_3_INTERFACE',
      'MAPPA_MINUTES_SUMMARY',
    ]);
  });

  test('a 16- or 17-year-old victim: children\'s services referral and the child basis for sharing', () => {
    const decision = run(referral(['victim_not_agreed', 'victim_under_18']));
    expect(flagIds(decision)).toEqual(['CHILDRENS_SERVICES_REFERRAL', 'SHARE_WITHOUT_CONSENT_RECORD_REASONS']);
    expect(flagText(decision, 'CHILDRENS_SERVICES_REFERRAL')).toContain('aged 16 or 17');
    expect(flagText(decision, 'CHILDRENS_SERVICES_REFERRAL')).not.toContain('children in the family are at risk');
    expect(flagText(decision, 'SHARE_WITHOUT_CONSENT_RECORD_REASONS')).toContain(
      'The victim is 16 or 17, so a child: information can be shared without consent (MAPPA Guidance 27.27).',
    );
  });

  test('children at risk: the flag says so, without the under-18 sentence', () => {
    const text = flagText(run(referral(['children_at_risk'])), 'CHILDRENS_SERVICES_REFERRAL');
    expect(text).toContain('children in the family are at risk');
    expect(text).not.toContain('aged 16 or 17');
  });

  test('on the escalation route the consent flag asks for consent instead', () => {
    const escalated = flagText(run(escalationReferral(['victim_not_agreed'])), 'SHARE_WITHOUT_CONSENT_RECORD_REASONS');
    expect(escalated).toContain('You have not assessed the victim at high risk');
    expect(escalated).toContain("Seek the victim's consent");
    const highRisk = flagText(run(referral(['victim_not_agreed'])), 'SHARE_WITHOUT_CONSENT_RECORD_REASONS');
    expect(highRisk).toContain('information can be shared without consent');
    expect(highRisk).not.toContain('You have not assessed');
    expect(highRisk).not.toContain('The victim is a child');
  });

  test('s42 audit E6: a 16- or 17-year-old victim on the escalation route gets the child basis only (27.27)', () => {
    const text = flagText(
      run(escalationReferral(['victim_not_agreed', 'victim_under_18'])),
      'SHARE_WITHOUT_CONSENT_RECORD_REASONS',
    );
    expect(text).toContain('The victim is 16 or 17, so a child: information can be shared without consent');
    expect(text).not.toContain('You have not assessed the victim at high risk');
    expect(text).not.toContain('An adult victim should consent');
  });
});

describe('marac settings (area routing is local configuration)', () => {
  test('by default no address is shown: the deployment sets them', () => {
    const action = step(run(referral(['none'])), 'send_to_both')?.action ?? '';
    expect(action).toContain('BOTH the MARAC coordinator');
    expect(action).toContain('(Medway)');
    expect(action).toContain('set by your deployment');
    expect(action).not.toMatch(/@/);
  });

  test('a deployment\'s area contacts and services reach the steps', () => {
    const settings: DecisionSettings = {
      marac: {
        areas: flow.defaultSettings.areas.map((a) =>
          a.value === 'medway'
            ? { ...a, maracCoordinator: 'marac.medway@example.org', idvaService: 'idva.medway@example.org' }
            : a,
        ),
        daSupportServices: 'the local specialist service',
      },
    };
    const decision = run(referral(['none']), { settings });
    const action = step(decision, 'send_to_both')?.action ?? '';
    expect(action).toContain('MARAC coordinator: marac.medway@example.org');
    expect(action).toContain('IDVA service: idva.medway@example.org');
    expect(step(decision, 'da_support')?.action).toContain('the local specialist service');
    expect(step(run(referral(['none'])), 'da_support')?.action).toContain('KIDAS');
  });

  test('the victim_area options are the default areas plus "somewhere else"', () => {
    const options = flow.questions.find((q) => q.id === 'victim_area')?.options?.map((o) => o.value);
    expect(options).toEqual([...flow.defaultSettings.areas.map((a) => a.value), 'outside_kent_medway']);
  });
});

describe('marac definition', () => {
  test('triggers, rules version, and every outcome reachable by a scenario', () => {
    expect(flow.rulesVersion).toBe('marac-2026.12.3');
    for (const t of flow.triggers) expect(t).toBe(t.toLowerCase());
    expect(flow.triggers).toEqual(
      expect.arrayContaining(['marac', 'dash', 'domestic abuse', 'does this go to marac', 'dash score', '14 ticks']),
    );
    const reached = new Set(scenarios.map((s) => ('outcome' in s.expected ? s.expected.outcome : '')));
    for (const id of Object.keys(flow.outcomes)) expect({ id, reached: reached.has(id) }).toEqual({ id, reached: true });
    const fired = new Set(scenarios.flatMap((s) => ('flags' in s.expected ? s.expected.flags : [])));
    for (const f of flow.flags) expect({ id: f.id, fired: fired.has(f.id) }).toEqual({ id: f.id, fired: true });
    for (const r of flow.rules) expect(flow.outcomes[r.outcome]).toBeDefined();
  });

  test('every rule, outcome, question, flag and step reference resolves in the catalogue', () => {
    for (const { where, ref } of flowRefs(flow)) expect({ where, ref, ok: resolves(ref) }).toEqual({ where, ref, ok: true });
    for (const [id, s] of Object.entries(flow.steps)) expect({ id, cited: s.refs.length > 0 }).toEqual({ id, cited: true });
  });

  test('other_factors cites the sections of spec Q9, 22.22–22.25 included', () => {
    const cited = flow.questions.find((q) => q.id === 'other_factors')?.refs.map((r) => `${r.doc} §${r.section}`);
    expect(cited).toEqual([
      'safelives-dash §Children',
      'kmsab-marac-referral §2',
      'mappa-guidance §27.2',
      'mappa-guidance §22.22',
      'mappa-guidance §22.23',
      'mappa-guidance §22.25',
      'mappa-guidance §27.27',
    ]);
  });

  test('every step the outcomes and flags name exists', () => {
    for (const s of scenarios.filter((x) => 'outcome' in x.expected)) {
      for (const id of stepIds(run(s.answers))) expect(flow.steps[id]).toBeDefined();
    }
  });
});
