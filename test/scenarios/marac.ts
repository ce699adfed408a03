import type { ExpectedStep, Scenario } from './types';

/** The public scenarios of shared/specs/marac.md §8, with each outcome's steps typed from the spec's step table (§6,
 * flag steps §5) as amended by issue 14. Apart from `call_999` (immediately) and `mappa_minutes_summary` (within 10
 * working days of a request the flow does not ask about), no step has a deadline. Issue 14 changed: every step list
 * (owners with their agency; referrals add the actions at referral; no crime step without a referral, E9);
 * marac-09 and marac-10 answer the new repeat-referral question; marac-17 (a 16- or 17-year-old victim, E6) is new. */

type Owner = ExpectedStep['owner'];
const referrer: Owner = {
  role: 'Referring practitioner',
  agency: 'Referring agency',
};
const st = (id: string, owner: Owner = referrer, due = 'none'): ExpectedStep => ({ id, owner, due });

const reportCrime = st('report_crime', {
  role: 'Referring practitioner (DSO in adult social care)',
  agency: 'Referring agency',
});
const daSupport = st('da_support', {
  role: 'Referring practitioner; DSO in adult social care',
  agency: 'Referring agency',
});
const considerS42 = st('consider_s42');

/** The referral outcomes' steps (§6); `outside`: the victim lives outside the form's areas; `child`: a 16- or
 * 17-year-old victim, for whom S.42 is not suggested (E6). */
const referral = ({ outside = false, child = false } = {}): ExpectedStep[] => [
  ...(outside ? [st('outside_area')] : [st('complete_marac_form'), st('attach_dash'), st('send_to_both')]),
  st('actions_at_referral'),
  st('offences_recorded'),
  st('record_awareness_and_basis'),
  st('idva_represents', {
    role: 'Referring practitioner; IDVA service',
    agency: 'Referring agency; IDVA service',
  }),
  reportCrime,
  daSupport,
  ...(child ? [] : [considerS42]),
];

const childrenReferral = st('children_referral');
const consentAndBasis = st('consent_and_basis', {
  role: 'Referring practitioner and their agency',
  agency: 'Referring agency',
});
const mappaPrecedence = st('mappa_precedence', {
  role: 'MAPPA meeting Chair; MARAC; adult social care lead social worker',
  agency: 'MAPPA and MARAC',
});

export const scenarios: Scenario[] = [
  {
    id: 'marac-01',
    title: 'Victim phones in fear; partner outside trying to get in',
    answers: { immediate_danger: 'yes' },
    expected: {
      outcome: 'EMERGENCY',
      flags: [],
      decidedBy: 'No decision needed',
      orderedSteps: [
        st(
          'call_999',
          {
            role: 'Whoever is with the person',
            agency: 'any agency or the public',
          },
          'immediately',
        ),
      ],
      references: ['kcc-asc-safeguarding-pg §9.7', 'nice-ng189 §1.6.2'],
    },
  },
  {
    id: 'marac-02',
    title: 'Adult harassed and threatened by a neighbour',
    answers: { immediate_danger: 'no', personally_connected: 'none_of_these' },
    expected: {
      outcome: 'NOT_DOMESTIC_ABUSE',
      flags: [],
      decidedBy: 'Referring practitioner',
      orderedSteps: [st('not_da_route')],
      references: ['mappa-guidance §27.2', 'mappa-guidance §27.3', 'kcc-asc-safeguarding-pg §9.5'],
    },
  },
  {
    id: 'marac-03',
    title: 'Grandparent hit by a 15-year-old grandchild (relatives, but one under 16)',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'relatives',
      both_16_plus: 'no',
    },
    expected: {
      outcome: 'NOT_DOMESTIC_ABUSE',
      flags: [],
      decidedBy: 'Referring practitioner',
      orderedSteps: [st('children_safeguarding'), st('not_da_route')],
      references: ['mappa-guidance §27.2', 'mappa-guidance §27.8'],
    },
  },
  {
    id: 'marac-04',
    title: 'Partner abuse disclosed; DASH not yet done; children live in the home',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'not_completed',
      other_factors: ['children_at_risk'],
    },
    expected: {
      outcome: 'COMPLETE_DASH_FIRST',
      flags: ['CHILDRENS_SERVICES_REFERRAL'],
      decidedBy: 'Referring practitioner',
      orderedSteps: [
        st('complete_dash', {
          role: 'DASH-trained practitioner',
          agency: 'Referring agency',
        }),
        daSupport,
        considerS42,
        childrenReferral,
      ],
      references: [
        'kmsab-marac-referral §Completeness note',
        'kcc-asc-safeguarding-pg §9.4',
        'safelives-dash §Children',
      ],
    },
  },
  {
    id: 'marac-05',
    title: 'Boundary: exactly 14 ticks; victim lives in Medway',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'married_or_civil_partners',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 14,
      victim_area: 'medway',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_VISIBLE_HIGH_RISK',
      flags: [],
      decidedBy: 'Referring practitioner',
      orderedSteps: referral(),
      references: ['kmsab-marac-referral §6', 'kmsab-marac-referral §Routing note', 'kmsab-marac-referral §Routing'],
    },
    conversation: true,
  },
  {
    id: 'marac-06',
    title: 'Maximum count; partner managed at MAPPA level 2; children at risk',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 24,
      victim_area: 'thanet_dover',
      other_factors: ['children_at_risk', 'perpetrator_mappa_level_2_3'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_VISIBLE_HIGH_RISK',
      flags: ['CHILDRENS_SERVICES_REFERRAL', 'MAPPA_LEVEL_2_3_INTERFACE'],
      decidedBy: 'Referring practitioner',
      orderedSteps: [...referral(), childrenReferral, mappaPrecedence],
      references: [
        'kmsab-marac-referral §6',
        'mappa-guidance §22.22',
        'mappa-guidance §22.23',
        'mappa-guidance §27.30',
      ],
    },
  },
  {
    id: 'marac-07',
    title: 'Boundary: 13 ticks, practitioner judges high risk; the victim has not agreed to sharing',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'relatives',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 13,
      professional_judgement_high_risk: 'yes',
      victim_area: 'sevenoaks_tonbridge_malling_tunbridge_wells',
      other_factors: ['victim_not_agreed'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_PROFESSIONAL_JUDGEMENT',
      flags: ['SHARE_WITHOUT_CONSENT_RECORD_REASONS'],
      decidedBy: 'Referring practitioner',
      orderedSteps: [...referral(), consentAndBasis],
      references: ['kmsab-marac-referral §6', 'mappa-guidance §27.27', 'kmsab-marac-referral §8'],
    },
  },
  {
    id: 'marac-08',
    title: 'Ex-partners who share a child; 6 ticks; abuse getting worse',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'parents_of_same_child',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 6,
      professional_judgement_high_risk: 'no',
      escalation: 'yes',
      victim_area: 'dartford_gravesend_maidstone_swale_ashford_canterbury_shepway',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_ESCALATION',
      flags: [],
      decidedBy: 'Referring practitioner',
      orderedSteps: referral(),
      references: ['kmsab-marac-referral §6'],
    },
  },
  {
    id: 'marac-09',
    title: 'Boundary: 13 ticks, no judgement, no escalation; children at risk',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 13,
      professional_judgement_high_risk: 'no',
      escalation: 'no',
      // Issue 14: the repeat referral is asked, not noted.
      heard_at_marac_before: 'yes',
      other_factors: ['children_at_risk'],
    },
    expected: {
      outcome: 'MARAC_NOT_INDICATED',
      flags: ['CHILDRENS_SERVICES_REFERRAL'],
      decidedBy: 'Referring practitioner',
      orderedSteps: [st('check_repeat'), daSupport, considerS42, childrenReferral],
      references: ['kmsab-marac-referral §6', 'kcc-asc-safeguarding-pg §6.5', 'kmsab-marac-referral §1'],
    },
    conversation: true,
  },
  {
    id: 'marac-10',
    title: '0 ticks; victim has not agreed; partner at MAPPA level 3. No referral, so the consent flag does not fire',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'married_or_civil_partners',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 0,
      professional_judgement_high_risk: 'no',
      escalation: 'no',
      // Issue 14: the repeat referral is asked, not noted.
      heard_at_marac_before: 'no',
      other_factors: ['victim_not_agreed', 'perpetrator_mappa_level_2_3'],
    },
    expected: {
      outcome: 'MARAC_NOT_INDICATED',
      flags: ['MAPPA_LEVEL_2_3_INTERFACE'],
      decidedBy: 'Referring practitioner',
      orderedSteps: [daSupport, considerS42, mappaPrecedence],
      references: ['kmsab-marac-referral §6', 'mappa-guidance §22.22'],
    },
  },
  {
    id: 'marac-11',
    title: 'Engaged couple; 17 ticks; victim lives outside Kent and Medway',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'agreed_to_marry_or_civil_partnership',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 17,
      victim_area: 'outside_kent_medway',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_VISIBLE_HIGH_RISK',
      flags: [],
      decidedBy: 'Referring practitioner',
      orderedSteps: referral({ outside: true }),
      references: ['kmsab-marac-referral §6', 'kmsab-marac-referral §Routing note', 'kcc-asc-safeguarding-pg §4.1.4'],
    },
  },
  {
    id: 'marac-12',
    title: '15 ticks; husband was managed at MAPPA level 2 in the past',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'married_or_civil_partners',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 15,
      victim_area: 'medway',
      other_factors: ['perpetrator_previous_mappa_level_2_3'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_VISIBLE_HIGH_RISK',
      flags: ['MAPPA_MINUTES_SUMMARY'],
      decidedBy: 'Referring practitioner',
      orderedSteps: [
        ...referral(),
        st(
          'mappa_minutes_summary',
          {
            role: 'Referring practitioner (tells the coordinator); MARAC coordinator (requests); MAPPA meeting Chair (provides)',
            agency: 'Referring agency; MARAC; MAPPA',
          },
          'stated',
        ),
      ],
      references: ['kmsab-marac-referral §6', 'mappa-guidance §22.25'],
    },
  },
  {
    id: 'marac-13',
    title: 'Professional judgement with a very low count',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 0,
      professional_judgement_high_risk: 'yes',
      victim_area: 'thanet_dover',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_PROFESSIONAL_JUDGEMENT',
      flags: [],
      decidedBy: 'Referring practitioner',
      orderedSteps: referral(),
      references: ['kmsab-marac-referral §6', 'mappa-guidance §27.27'],
    },
  },
  {
    id: 'marac-14',
    title:
      'Parent abused by adult son (relatives, both 16+); 14 ticks; victim not aware of referral; son currently at MAPPA level 2',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'relatives',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 14,
      victim_area: 'dartford_gravesend_maidstone_swale_ashford_canterbury_shepway',
      other_factors: ['victim_not_agreed', 'perpetrator_mappa_level_2_3'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_VISIBLE_HIGH_RISK',
      flags: ['SHARE_WITHOUT_CONSENT_RECORD_REASONS', 'MAPPA_LEVEL_2_3_INTERFACE'],
      decidedBy: 'Referring practitioner',
      orderedSteps: [...referral(), consentAndBasis, mappaPrecedence],
      references: ['kmsab-marac-referral §6', 'mappa-guidance §27.27', 'mappa-guidance §22.22'],
    },
  },
  {
    id: 'marac-15',
    title: 'Invalid count above 24',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 25,
      victim_area: 'medway',
      other_factors: ['none'],
    },
    expected: { errorQuestionIds: ['dash_yes_count'] },
  },
  {
    id: 'marac-16',
    title: 'Invalid count not a whole number',
    answers: {
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 3.5,
      professional_judgement_high_risk: 'no',
      escalation: 'no',
      other_factors: ['none'],
    },
    expected: { errorQuestionIds: ['dash_yes_count'] },
  },
  {
    id: 'marac-17',
    title: 'Audit E6: victim aged 17 abused by a partner aged 19; 15 ticks; has not agreed to sharing',
    // Added by issue 14 (E6): no S.42 suggestion, the child basis for sharing only, and the 16-17 check.
    answers: {
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 15,
      victim_area: 'thanet_dover',
      other_factors: ['victim_not_agreed', 'victim_under_18'],
    },
    expected: {
      outcome: 'MARAC_REFERRAL_VISIBLE_HIGH_RISK',
      flags: ['CHILDRENS_SERVICES_REFERRAL', 'SHARE_WITHOUT_CONSENT_RECORD_REASONS'],
      decidedBy: 'Referring practitioner',
      orderedSteps: [...referral({ child: true }), childrenReferral, st('check_marac_takes_16_17'), consentAndBasis],
      references: ['kcc-asc-safeguarding-pg §9.4', 'kcc-asc-safeguarding-pg §9.5', 'mappa-guidance §27.27'],
    },
  },
];
