import type { Answers } from '../../rules';
import { scenarios } from '../scenarios/rtc';
import { flagIds, flowTester, step, stepIds } from '../support/flowTesting';
import { ownersWithoutService } from '../support/owners';

const { run } = flowTester('rtc');
const now = '2025-05-12T09:00:00Z';

/** Probation asks about an adult prisoner convicted of an offence against a child; callers give the link to children. */
const prisoner = (extra: Answers): Answers => ({
  immediate_risk: 'no',
  agency: 'probation_prison',
  basis: ['risk_to_children_offender'],
  custody_release: 'release_end_of_sentence',
  under_18: 'no',
  mappa_offender: 'not_known',
  disclosure: 'no',
  ...extra,
});

describe('rtc steps that the answers rule out are left off', () => {
  test('rtc step applies: release_s47', () => {
    const lives = run(prisoner({ children_link: ['release_address_children'] }), { now });
    expect(stepIds(lives)).toContain('release_s47');
    expect(step(lives, 'release_s47')?.action).toMatch(/^Children live at the release address, so a Section 47 Enquiry/);

    const unsure = run(prisoner({ children_link: ['not_known'] }), { now });
    expect(step(unsure, 'release_s47')?.action).toMatch(/^If children live at the release address/);
    // A prisoner "living in a household with children" may mean the household they go to: the step stays, with its "if".
    const household = run(prisoner({ children_link: ['lives_with_children'] }), { now });
    expect(step(household, 'release_s47')?.action).toMatch(/^If children live at the release address/);
    expect(stepIds(household)).toContain('release_risk_assessment');

    // Children only likely to visit: 001 §5.11 L434 asks for a Section 47 Enquiry where children are at the address.
    const visit = run(prisoner({ children_link: ['release_address_visit'] }), { now });
    expect(visit.outcome.id).toBe('RELEASE_RISK_ASSESSMENT');
    expect(flagIds(visit)).toEqual(['PRISONER_RELEASE']);
    expect(stepIds(visit)).not.toContain('release_s47');
  });

  test('rtc step applies: release_risk_assessment', () => {
    const visit = run(prisoner({ children_link: ['release_address_visit'] }), { now });
    expect(stepIds(visit)).toContain('release_risk_assessment');

    // 001 §5.8 L431: the assessment is for a child living at or likely to visit the address; these answers name none.
    const contactOnly = run(prisoner({ children_link: ['contact_with_children'] }), { now });
    expect(contactOnly.outcome.id).toBe('CP_REFERRAL_S47');
    expect(flagIds(contactOnly)).toEqual(['PRISONER_RELEASE']);
    expect(stepIds(contactOnly)).not.toContain('release_risk_assessment');
    expect(stepIds(contactOnly)).toEqual(['R3', 'R4', 'R9', 'release_inform', 'release_address_checks', 'release_report_shared']);

    const noLink = run(prisoner({ children_link: ['none'] }), { now });
    expect(noLink.outcome.id).toBe('PROFESSIONAL_JUDGEMENT');
    expect(stepIds(noLink)).toEqual(['R12', 'release_inform', 'release_address_checks', 'release_report_shared']);
  });

  test('rtc step applies: tell_mappa_lead_agency', () => {
    const mappaCase = (children_link: string[]): Answers => ({
      immediate_risk: 'no',
      agency: 'police',
      basis: ['mappa_attention'],
      custody_release: 'no',
      children_link,
      under_18: 'no',
      disclosure: 'no',
    });
    expect(stepIds(run(mappaCase(['risk_in_area']), { now }))).toContain('tell_mappa_lead_agency');

    // "Tell the MAPPA lead agency ... about the children involved": the answers say there are none.
    const none = run(mappaCase(['none']), { now });
    expect(none.outcome.id).toBe('PROFESSIONAL_JUDGEMENT');
    expect(flagIds(none)).toEqual(['MAPPA_OFFENDER']);
    expect(stepIds(none)).toEqual(['R12']);
  });
});

describe("rtc knows the asker's service from their answer", () => {
  test.each([
    ['childrens_social_care', 'childrens_social_care'],
    ['police', 'police'],
    ['probation_prison', 'probation'],
    ['yot', 'youth_justice'],
    ['health', 'health'],
    ['education', 'education'],
    ['housing', 'housing'],
    ['other', undefined],
  ])('agency %s -> %s', (agency, team) => {
    const decision = run(prisoner({ agency, children_link: ['lives_with_children'] }), { now });
    expect(decision.askerTeam).toBe(team);
  });

  test('no service is known when the flow stops at the first question', () => {
    expect(run({ immediate_risk: 'yes' }, { now }).askerTeam).toBeUndefined();
  });
});

describe('rtc: every owner names its service', () => {
  /** Owners no user of the bot belongs to, or shared by several services: deliberately without a service. */
  const UNTAGGED = [
    'All agencies involved | Every agency involved',
    'The MAPPA lead agency decides at Level 1; all agencies at the MAPPA meeting agree at Level 2 or 3 | ' +
      'MAPPA lead agency (police, probation or youth offending team)',
  ];

  test('in every public scenario, only the listed owners have no service', () => {
    expect(ownersWithoutService(scenarios.map((s) => run(s.answers, s)))).toEqual([...UNTAGGED].sort());
  });

  test("the notification that falls to both the police and the YOT worker is the asker's own when they are one of them", () => {
    const youngPerson = (agency: string): Answers =>
      prisoner({ agency, custody_release: 'no', children_link: ['lives_with_children'], under_18: 'yes', yp_status: 'accused' });
    const teams = (agency: string) =>
      run(youngPerson(agency), { now })
        .nextSteps.filter((s) => ['R13', 'yp_notify'].includes(s.id))
        .map((s) => s.owner.team);
    expect(teams('police')).toEqual(['police', 'police']);
    expect(teams('yot')).toEqual(['youth_justice', 'youth_justice']);
    expect(teams('health')).toEqual([undefined, undefined]);
  });

  test("the asker's own steps are marked as theirs, whatever their service", () => {
    const decision = run(prisoner({ agency: 'other', children_link: ['lives_with_children'] }), { now });
    expect(decision.nextSteps.filter((s) => s.owner.team === 'asker').map((s) => [s.id, s.owner.agency])).toEqual([
      ['R3', 'Your agency'],
      ['R4', 'Your agency'],
    ]);
  });
});
