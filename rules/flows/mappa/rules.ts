/** Spec §4.2: evaluated in order, first match wins. Precedence is Category 4, then 1, then 2, then 3
 * (003 §6.2); with `category4` off, M3, M4, M5 and M11 never match. */
import type { RuleDef } from '../../model';
import {
  ABROAD,
  C4,
  LEVEL,
  NEED_SENTENCE,
  NS,
  QUAL,
  REG,
  REGQ,
  RUNNING,
  S15,
  S15Q,
  TN,
  TO,
  TR,
  UKC,
  disposal,
  seriousHarm,
  type Ctx,
} from './predicates';
import type { MappaSettings } from './settings';
import { cheshire, national, national2012, riskToChildren, schedule15, westMidlands } from './refs';

export const rules: RuleDef<MappaSettings>[] = [
  {
    id: 'M1',
    when: (c) => disposal(c) === 'none',
    outcome: 'NOT_MAPPA_NO_DISPOSAL',
    refs: [national('6.11–6.14', '§6.12, 003 L3387–3397'), national2012('footnote 8', '000 L7305–7308')],
  },
  // No source covers an unknown history (spec [INFERENCE]); cited: what eligibility needs, which is missing.
  {
    id: 'M2',
    when: (c) => disposal(c) === 'unknown',
    outcome: 'CHECK_RECORDS',
    refs: [national('6.11–6.14', '§6.12, 003 L3389–3397')],
  },
  {
    id: 'M3',
    when: (c) => C4(c) && TN(c),
    outcome: 'CAT4',
    refs: [national('6.23–6.26', '§6.23a, §6.24, 003 L3438, L3446')],
  },
  {
    id: 'M4',
    when: (c) => C4(c) && TO(c) && UKC(c) && QUAL(c) && RUNNING(c),
    outcome: 'CAT4',
    refs: [
      national('6.23–6.26', '§6.23b–c, §6.26, 003 L3440–3442, L3458–3464'),
      national('24.8', '003 L6174'),
      cheshire('Who can be Referred to MAPPA?', '002 L31'),
      cheshire('Levels table: Category 3 row', '002 L44'),
    ],
  },
  // The sources conflict: the Cheshire briefing makes any terrorism conviction automatic Category 4 (002 L44),
  // the national guidance needs a qualifying sentence (003 §6.23b, §6.26); the bot asks for confirmation.
  {
    id: 'M5',
    when: (c) => C4(c) && TO(c) && UKC(c) && !NS(c) && !QUAL(c),
    outcome: 'CAT4_CONFIRM',
    refs: [
      cheshire('Levels table: Category 3 row', '002 L44'),
      national('6.23–6.26', '§6.23b, §6.26, 003 L3440, L3458–3464'),
    ],
  },
  {
    id: 'M6',
    when: REG,
    outcome: 'CAT1',
    refs: [cheshire('Who can be Referred to MAPPA?', '002 L25'), national('6.2', '003 L3342')],
  },
  // A Schedule 15 sexual offence without notification is Category 2 (003 §6.10), so the sentence questions are
  // still asked on this path for step N3 to say so.
  // Audit E6: a conviction abroad brings no notification unless a court makes a Notification Order (003 §6.21
  // L3428), so it is not "possibly Category 1 automatically"; the Category 3 test runs instead (§6.19 L3424).
  {
    id: 'M7',
    when: (c) => REGQ(c) && !ABROAD(c),
    outcome: 'CAT1_PROVISIONAL',
    refs: [riskToChildren('2.1', '001 L30'), national('6.4–6.6', '§6.5, 003 L3360'), national('6.10', '003 L3381')],
  },
  {
    id: 'M8',
    when: (c) => NEED_SENTENCE(c) && NS(c),
    outcome: 'AWAIT_SENTENCE',
    refs: [national('6.8', '003 L3369')],
  },
  {
    id: 'M9',
    when: (c) => S15(c) && NEED_SENTENCE(c) && QUAL(c) && RUNNING(c),
    outcome: 'CAT2',
    refs: [
      national('6.7', '003 L3366'),
      national('6.8', '003 L3369–3377'),
      national('6.9', '003 L3379'),
      cheshire('Who can be Referred to MAPPA?', '002 L27'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      westMidlands('Category 2', '004 L114–129'),
    ],
  },
  // The sentence would qualify, so Category 2 turns on the Schedule 15 list, which the procedures do not
  // reproduce (the West Midlands appendix is missing: 004 L1626).
  {
    id: 'M10',
    when: (c) => S15Q(c) && NEED_SENTENCE(c) && QUAL(c) && RUNNING(c),
    outcome: 'CHECK_RECORDS',
    refs: [schedule15, westMidlands('Category 2', '004 L114'), westMidlands('Appendices', '004 L1626')],
  },
  // The terrorism-offence cases that reach M11 (a caution, a foreign conviction, or a Category 4 sentence that
  // has ended) are treated as terrorism-risk cases: a reading of 003 §6.39 (spec [INFERENCE]).
  {
    id: 'M11',
    when: (c) => C4(c) && (TR(c) || TO(c)),
    outcome: 'CAT4_DISCRETIONARY_CANDIDATE',
    refs: [cheshire('Levels table: Category 3 row', '002 L44'), national('6.27–6.28', '003 L3466–3482')],
  },
  // "Not sure" about serious harm goes to the co-ordinator rather than being answered by the bot (spec [INFERENCE]).
  {
    id: 'M12',
    when: (c) => ['yes', 'unsure'].includes(seriousHarm(c) ?? '') && (LEVEL(c) ?? 1) >= 2,
    outcome: 'CAT3_CANDIDATE',
    refs: [
      cheshire('Who can be Referred to MAPPA?', '002 L29'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      national('6.11–6.14', '§6.11–6.13, 003 L3385–3403'),
      national('6.22', '003 L3432'),
      westMidlands('Category 3', '004 L140–150'),
    ],
  },
  {
    id: 'M13',
    when: () => true,
    outcome: 'NOT_MAPPA',
    refs: [westMidlands('Category 3', '004 L150'), national('6.11–6.14', '§6.13, 003 L3403')],
  },
];

const PENDING_RULES = ['M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9', 'M10', 'M11'];

/** The "pending rule" of spec §4.1: the first of M3–M11 that holds on the answers given so far. All their
 * inputs are asked before `serious_harm`, so later questions can depend on it. */
export const pendingRule = (ctx: Ctx): string | undefined =>
  rules.find((r) => PENDING_RULES.includes(r.id) && r.when(ctx))?.id;

export const pendingIn =
  (...ids: string[]) =>
  (ctx: Ctx): boolean =>
    ids.includes(pendingRule(ctx) ?? '');
