/**
 * Issue 16 (rules side) for `s42`: steps the answers rule out are left off the card, and every owner names its service
 * (or the asker) unless no user of the bot acts for it. Seed lines are those of shared/seeds/003_969c98eab9c792cf.txt.
 */
import type { Answers, Decision } from '../../rules';
import { scenarios } from '../scenarios/s42';
import { flowTester, step, stepIds } from '../support/flowTesting';
import { ownersNameTheirService } from '../support/owners';
import { scenarioAnswers } from '../support/scenarios';

const { run } = flowTester('s42');

/** s42-03's answers (all three S.42(1) conditions indicated) with none of the other factors ticked. */
const criteria: Answers = { ...scenarioAnswers('s42', 's42-03'), other_factors: ['none'] };
const canProtect: Answers = { ...criteria, unable_to_protect: 'no' };
const ticking = (other_factors: string[], answers: Answers = criteria): Answers => ({ ...answers, other_factors });

describe('s42 steps that do not apply are left off', () => {
  test('s42 step applies: police_provider_101', () => {
    // §7.8.1 (l. 1077): the provider phones 101 "when an offence occurs in their establishment".
    const inService = run(ticking(['crime_suspected', 'regulated_or_commissioned_service']));
    expect(step(inService, 'police_provider_101')?.owner.role).toBe('Service provider (registered manager or ward)');
    const atHome = run(ticking(['crime_suspected']));
    expect(stepIds(atHome)).toContain('police_copy_to_vit');
    expect(stepIds(atHome)).not.toContain('police_provider_101');
  });

  test('s42 step applies: capacity_in_risk_assessment', () => {
    // §4.2.2 (l. 582): the same record check_before_can_protect asks for when the adult may protect themselves.
    const criteriaMet = run(ticking(['capacity_or_engagement_difficulty']));
    expect(stepIds(criteriaMet)).toContain('capacity_in_risk_assessment');
    expect(stepIds(criteriaMet)).not.toContain('check_before_can_protect');
    const mayProtect = run(ticking(['capacity_or_engagement_difficulty'], canProtect));
    expect(mayProtect.outcome.id).toBe('S42_NOT_MET_CAN_PROTECT_SELF');
    expect(stepIds(mayProtect)).toContain('check_before_can_protect');
    expect(stepIds(mayProtect)).toContain('capacity_consider_at_triage');
    expect(stepIds(mayProtect)).not.toContain('capacity_in_risk_assessment');
  });

  test('s42 step applies: decide_who_to_inform', () => {
    // §4.1.6 (l. 541): police, regulators and commissioners, the DoLS Team. Each flag adds its own triage decision.
    const two = run(ticking(['crime_suspected', 'regulated_or_commissioned_service']));
    expect(stepIds(two)).toContain('decide_who_to_inform');
    const all = run(ticking(['crime_suspected', 'regulated_or_commissioned_service', 'liberty_restricted_without_dols']));
    expect(stepIds(all)).not.toContain('decide_who_to_inform');
    expect(stepIds(all)).toEqual(
      expect.arrayContaining(['police_decide_at_triage', 'regulator_decide_at_triage', 'dols_decide_at_triage']),
    );
  });

  test('the provider is told once not to investigate staff before liaising with the police (l. 1079)', () => {
    const said = (d: Decision) =>
      d.nextSteps.filter((s) => s.action.includes('must not start its own investigation')).map((s) => s.id);
    expect(said(run(ticking(['crime_suspected', 'regulated_or_commissioned_service', 'staff_alleged'])))).toEqual([
      'police_provider_101',
    ]);
    expect(said(run(ticking(['staff_alleged'])))).toEqual(['pipot_procedure']);
  });

  test('outcomes and flags are the same whether or not a step is left off', () => {
    const answers = ticking(['crime_suspected', 'capacity_or_engagement_difficulty'], canProtect);
    const decision = run(answers);
    expect(decision.outcome.id).toBe('S42_NOT_MET_CAN_PROTECT_SELF');
    expect(decision.flags.map((f) => f.id)).toEqual(['REPORT_TO_POLICE', 'CAPACITY_AND_ADVOCACY_CHECK']);
  });
});

/** Owners with no service, as "role | agency": none of them is a service a user of the bot works in. */
const NO_SERVICE = [
  // The care home, hospital ward or other provider where it happened (§7.8.1, l. 1077).
  'Service provider (registered manager or ward) | The care or health service',
  // NICE NG189 1.6.9–1.6.12: care home staff, whose employer is not one of the bot's services.
  'Care home staff raising the concern | The care home',
  // §7.6 (l. 1019–1025): the employer or the supplying agency.
  'Employer, or the agency that supplied the worker | The employer',
];

describe('s42 owners name their service', () => {
  const decisions = scenarios
    .filter((s) => 'outcome' in s.expected)
    .map((s) => run(s.answers, { now: s.now, settings: s.settings }));
  ownersNameTheirService(() => decisions, NO_SERVICE);

  test('the DSO is adult social care; the person raising the concern is whoever asks; children go to CSC', () => {
    const byId = (id: string) => scenarios.find((s) => s.id === id)?.answers as Answers;
    const criteriaCard = run(byId('s42-03'));
    expect(step(criteriaCard, 'triage')?.owner.team).toBe('adult_social_care');
    expect(step(criteriaCard, 'raise_concern')?.owner.team).toBe('asker');
    expect(criteriaCard.outcome.decidedBy.team).toBe('adult_social_care');
    expect(run(byId('s42-02')).outcome.decidedBy.team).toBe('childrens_social_care');
    expect(step(run(byId('s42-01')), 'call_999')?.owner.team).toBe('asker');
  });
});
