/**
 * Issue 16 (rules side) for `marac`: step wording follows what the answers settle, and every owner names its service
 * (or the asker) unless no user of the bot acts for it. Seed lines are those of shared/seeds/003_969c98eab9c792cf.txt.
 */
import type { Answers } from '../../rules';
import { scenarios } from '../scenarios/marac';
import { flowTester, step } from '../support/flowTesting';
import { ownersNameTheirService } from '../support/owners';

const { run } = flowTester('marac');

const counted = (dash_yes_count: number): Answers => ({
  immediate_danger: 'no',
  personally_connected: 'intimate_relationship',
  both_16_plus: 'yes',
  dash_status: 'completed',
  dash_yes_count,
});
const referral = (other_factors: string[]): Answers => ({ ...counted(16), victim_area: 'medway', other_factors });
const noReferral = (other_factors: string[]): Answers => ({
  ...counted(3),
  professional_judgement_high_risk: 'no',
  escalation: 'no',
  heard_at_marac_before: 'no',
  other_factors,
});
const action = (answers: Answers, stepId: string): string => step(run(answers), stepId)?.action ?? '';

describe('marac step wording follows the answers', () => {
  test("the MARAC form's child-protection box is named only with a referral (l. 8349)", () => {
    const referred = run(referral(['children_at_risk']));
    expect(referred.outcome.id).toBe('MARAC_REFERRAL_VISIBLE_HIGH_RISK');
    expect(step(referred, 'children_referral')?.action).toContain('tick "Child Protection referral"');
    const notReferred = run(noReferral(['children_at_risk']));
    expect(notReferred.outcome.id).toBe('MARAC_NOT_INDICATED');
    expect(step(notReferred, 'children_referral')?.action).toContain('Record on the DASH that the referral was made');
    expect(step(notReferred, 'children_referral')?.action).not.toContain('MARAC referral form');
  });

  test('awareness and agreement: stated when the victim knows and agrees, asked "why not" otherwise (l. 7914, 7921)', () => {
    expect(action(referral(['none']), 'record_awareness_and_basis')).toBe(
      'Record on the form that the victim knows about the referral and agrees to their information being shared. ' +
        'Complete section 8, the legal basis for sharing.',
    );
    expect(action(referral(['victim_not_agreed']), 'record_awareness_and_basis')).toContain('(and if not, why not)');
  });

  test('the repeat-referral check says what the answer was (form section 1, l. 7788)', () => {
    const heard = (heard_at_marac_before: string) =>
      action({ ...noReferral(['none']), heard_at_marac_before }, 'check_repeat');
    expect(heard('yes')).toMatch(/^The victim has been heard at MARAC before: check with the MARAC coordinator/);
    expect(heard('not_known')).toMatch(/^You do not know whether the victim has been heard at MARAC before: check/);
  });

  test('a 16- or 17-year-old victim is not told of the adult-at-risk duty to report (l. 770)', () => {
    expect(action(referral(['none']), 'report_crime')).toContain('Adult at risk (care and support needs)');
    const child = action(referral(['victim_under_18']), 'report_crime');
    expect(child).not.toContain('Adult at risk');
    expect(child).toContain('Record whether the victim wishes to report the suspected crime.');
    expect(child).toContain('s.115 Crime and Disorder Act 1998');
  });
});

/** Owners with no service, as "role | agency": meetings and chairs no user of the bot acts for. */
const NO_SERVICE = [
  // MAPPA Guidance 22.22–22.23, 27.30: the MAPPA meeting and the MARAC work it out between them.
  'MAPPA meeting Chair; MARAC; adult social care lead social worker | MAPPA and MARAC',
  // 22.25 (l. 5999): the referrer, the MARAC coordinator and the MAPPA meeting Chair in turn.
  'Referring practitioner (tells the coordinator); MARAC coordinator (requests); MAPPA meeting Chair (provides) | Referring agency; MARAC; MAPPA',
];

describe('marac owners name their service', () => {
  const decisions = scenarios
    .filter((s) => 'outcome' in s.expected)
    .map((s) => run(s.answers, { now: s.now, settings: s.settings }));
  ownersNameTheirService(() => decisions, NO_SERVICE);

  test('the referring practitioner is whoever asks, whatever their service', () => {
    const decision = run(referral(['none']));
    expect(decision.outcome.decidedBy.team).toBe('asker');
    for (const id of ['complete_marac_form', 'send_to_both', 'report_crime', 'da_support', 'idva_represents']) {
      expect({ id, team: step(decision, id)?.owner.team }).toEqual({ id, team: 'asker' });
    }
  });
});
