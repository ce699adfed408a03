import type { Answers, Decision } from '../../rules';
import { scenarios } from '../scenarios/mappa';
import type { Scenario } from '../scenarios/types';
import { flowTester, step, stepIds } from '../support/flowTesting';
import { ownersWithoutService } from '../support/owners';

const { run } = flowTester('mappa');
const scenario = (id: string): Scenario => scenarios.find((s) => s.id === id) as Scenario;
const decide = (id: string, change: Answers = {}): Decision => {
  const s = scenario(id);
  return run({ ...s.answers, ...change }, s);
};
const action = (decision: Decision, id: string): string => step(decision, id)?.action ?? '';

describe('mappa steps that the answers rule out are left off', () => {
  test('mappa step applies: RECALL_REVIEW', () => {
    expect(stepIds(decide('mappa-17'))).toContain('RECALL_REVIEW');
    // Only a prison sentence brings a licence to be recalled from (003 §7.27–7.28).
    for (const disposal of ['cautioned', 'ngri', 'unfit_did_act']) {
      const noSentence = decide('mappa-17', { disposal });
      expect({ disposal, outcome: noSentence.outcome.id }).toEqual({ disposal, outcome: 'CAT1' });
      expect(stepIds(noSentence)).not.toContain('RECALL_REVIEW');
    }
  });
});

describe('mappa steps say only what the answers leave open', () => {
  test('mappa step wording follows the answers: NOTIFICATION_ORDER knows when the offence abroad was sexual', () => {
    expect(action(decide('mappa-27'), 'NOTIFICATION_ORDER')).toMatch(/^The offence abroad was sexual: consider/);
    const listed = decide('mappa-27', { status: ['schedule15_or_murder'] });
    expect(action(listed, 'NOTIFICATION_ORDER')).toMatch(/^If the offence abroad was sexual, consider/);
  });

  test('mappa step wording follows the answers: N2 names the prison only for someone in custody', () => {
    expect(action(decide('mappa-04'), 'N2')).toContain('Add the prison as a partner, and probation as a partner');
    const community = action(decide('mappa-03'), 'N2');
    expect(community).toContain('Add probation as a partner');
    expect(community).not.toContain('prison');
  });

  test('mappa step wording follows the answers: N4 and N5 give the parole dates unless the sentence is a DTO', () => {
    expect(stepIds(decide('mappa-11'))).toEqual(expect.arrayContaining(['N4', 'N5']));
    for (const id of ['N4', 'N5']) {
      expect({ id, says: action(decide('mappa-04'), id).includes('parole eligibility') }).toEqual({ id, says: true });
      expect({ id, says: action(decide('mappa-11'), id).includes('parole') }).toEqual({ id, says: false });
    }
  });

  test('mappa step wording follows the answers: N12 consults the police for a registered patient only', () => {
    expect(action(decide('mappa-09'), 'N12')).not.toContain('sex offender register');
    const registered = decide('mappa-09', { status: ['sex_offender_register'] });
    expect(registered.outcome.id).toBe('CAT1');
    expect(action(registered, 'N12')).toContain('The person is on the sex offender register, so consult the police');
    const unconfirmed = decide('mappa-09', { status: ['register_not_confirmed'] });
    expect(unconfirmed.outcome.id).toBe('CAT1_PROVISIONAL');
    expect(action(unconfirmed, 'N12')).toContain('If the person is on the sex offender register, consult the police');
  });

  test('mappa step wording follows the answers: N14 says how to manage the person until Category 4 is confirmed', () => {
    const unregistered = decide('mappa-15');
    expect(unregistered.outcome.id).toBe('CAT4_CONFIRM');
    expect(action(unregistered, 'N14')).toContain('Until they confirm, discuss Category 3 with the MAPPA Co-ordinator.');
    expect(action(unregistered, 'N14')).not.toContain('Category 1');
    const registered = decide('mappa-15', { status: ['terrorism_offence', 'sex_offender_register'] });
    expect(registered.outcome.id).toBe('CAT4_CONFIRM');
    expect(action(registered, 'N14')).toContain('manage the person as Category 1, because they are on the sex offender register');
    expect(action(registered, 'N14')).not.toContain('discuss Category 3');
  });

  test('mappa step wording follows the answers: N16 leaves the Notification Order to the conviction-abroad step', () => {
    const abroad = decide('mappa-27');
    expect(stepIds(abroad)).toEqual(expect.arrayContaining(['N16', 'NOTIFICATION_ORDER']));
    const n16 = scenarios.flatMap((s) => run(s.answers, s).nextSteps.filter((x) => x.id === 'N16'));
    expect(n16.length).toBeGreaterThan(1);
    for (const s of n16) expect(s.action).not.toContain('Notification Order');
  });

  test('mappa step wording follows the answers: UNDER_18_MAPPA_H gives only the custody timing for someone in custody', () => {
    const custody = action(decide('mappa-11'), 'UNDER_18_MAPPA_H');
    expect(custody).toContain('at least 6 months before release');
    expect(custody).not.toContain('community sentence');
    // Supervised in the community: a community sentence, or a licence after custody; the answers do not say which.
    const community = action(decide('mappa-11', { where_now: 'community_supervised', order_running: 'yes' }), 'UNDER_18_MAPPA_H');
    expect(community).toContain('in custody, at least 6 months before release');
    expect(community).toContain('on a community sentence, as soon as its assessments are done');
  });

  test('mappa step wording follows the answers: TERRORISM_OFFENDER_MEETING names who convenes it', () => {
    expect(action(decide('mappa-13'), 'TERRORISM_OFFENDER_MEETING')).toContain('probation convenes it');
    const youth = decide('mappa-13', { under_18: 'yes' });
    expect(action(youth, 'TERRORISM_OFFENDER_MEETING')).toContain('the YOT convenes it');
    expect(action(youth, 'TERRORISM_OFFENDER_MEETING')).not.toContain('probation');
  });

  test('mappa step wording follows the answers: CHILDREN_INFORM speaks of a prisoner only for someone who is one', () => {
    expect(action(decide('mappa-04', { children: 'yes' }), 'CHILDREN_INFORM')).toContain('prison probation officer');
    const patient = action(decide('mappa-09', { children: 'yes' }), 'CHILDREN_INFORM');
    expect(patient).toContain("tell Children's Social Care where the person will live");
    expect(patient).not.toContain('prison');
  });
});

describe('mappa: every owner names its service', () => {
  /** Owners no user of the bot belongs to, or shared by several services: deliberately without a service. */
  const UNTAGGED = [
    'Every agency managing the person | probation, police, prison, YOT, mental health services',
    'MAPPA Co-ordinator | MAPPA Co-ordination Unit',
    'MAPPA meeting Chair | MAPPA meeting',
    'Prison (offender management unit) | Prison',
    'ViSOR record owner named by the Chair | Police or probation',
    'The agency that managed the case | Probation, youth offending team or mental health services',
  ];

  test('in every public scenario, only the listed owners have no service', () => {
    expect(ownersWithoutService(scenarios.map((s) => run(s.answers, s)))).toEqual([...UNTAGGED].sort());
  });

  test('a lead agency owner names the service of the lead agency', () => {
    const LEAD_TEAMS: Record<string, string> = {
      Police: 'police',
      Probation: 'probation',
      'Probation offender manager': 'probation',
      'Youth offending team (YOT/YOS)': 'youth_justice',
      'Mental health or learning disability services': 'health',
    };
    const seen = new Set<string>();
    for (const s of scenarios) {
      for (const { id, owner } of run(s.answers, s).nextSteps.filter((x) => x.owner.role.startsWith('Lead agency'))) {
        seen.add(owner.agency ?? '');
        expect({ scenario: s.id, id, team: owner.team }).toEqual({ scenario: s.id, id, team: LEAD_TEAMS[owner.agency ?? ''] });
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(LEAD_TEAMS).sort());
  });

  test("the asker's own steps are marked as theirs", () => {
    expect(decide('mappa-01').nextSteps.map((s) => [s.id, s.owner.team])).toEqual([['N18', 'asker']]);
    expect(decide('mappa-02').nextSteps.map((s) => [s.id, s.owner.team])).toEqual([['N19', 'asker']]);
  });
});
