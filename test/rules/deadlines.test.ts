import { computeDue, type DueOptions } from '../../rules/deadlines';
import type { DeadlineRule } from '../../rules/model';

const labels: Record<string, string> = { receipt: 'receipt', remand: 'remand', release: 'release', now: 'now' };

function options(anchors: Record<string, string | undefined>, extra: Partial<DueOptions> = {}): DueOptions {
  return {
    resolveAnchor: (name) => anchors[name],
    anchorLabel: (name) => labels[name] ?? name,
    officeCloses: '17:00',
    ...extra,
  };
}

/** A working-day rule that ends at the office's close, as S.42's do. */
const workingDays = (n: number, from = 'receipt'): DeadlineRule => ({ kind: 'workingDays', n, from, endsAtClose: true });
const hours = (n: number, from = 'remand'): DeadlineRule => ({ kind: 'hours', n, from });
const monthly: DeadlineRule = { kind: 'monthly', from: 'remand' };

describe('rules without a date', () => {
  test('immediately, none and stated', () => {
    const opts = options({});
    expect(computeDue({ kind: 'immediately' }, opts)).toEqual({ rule: 'immediately' });
    expect(computeDue({ kind: 'none' }, opts)).toEqual({ rule: 'no deadline given' });
    expect(computeDue({ kind: 'stated', text: 'at least every 16 weeks' }, opts)).toEqual({ rule: 'at least every 16 weeks' });
  });
});

describe('workingDays: end of the Nth working day after the London day of T', () => {
  test('words, date and office close (s42-04)', () => {
    const opts = options({ receipt: '2026-05-22T15:00' });
    expect(computeDue(workingDays(1), opts)).toEqual({
      rule: 'within 1 working day of receipt',
      date: '2026-05-26',
      at: '2026-05-26T17:00:00+01:00',
    });
    expect(computeDue(workingDays(3), opts)).toEqual({
      rule: 'within 3 working days of receipt',
      date: '2026-05-28',
      at: '2026-05-28T17:00:00+01:00',
    });
  });

  test('receipt after office close still counts as that day (s42-16)', () => {
    const opts = options({ receipt: '2026-03-31T17:30' });
    expect(computeDue(workingDays(1), opts).date).toBe('2026-04-01');
    expect(computeDue(workingDays(3), opts).date).toBe('2026-04-07');
  });

  test('a winter close carries the GMT offset', () => {
    expect(computeDue(workingDays(1), options({ receipt: '2026-03-10T10:00' })).at).toBe('2026-03-11T17:00:00+00:00');
  });

  test.each([
    ['s42-03', '2026-03-10T10:00', '2026-03-11', '2026-03-13'],
    ['s42-05', '2026-09-14T09:30', '2026-09-15', '2026-09-17'],
    ['s42-06', '2026-10-02T12:00', '2026-10-05', '2026-10-07'],
    ['s42-07', '2026-02-18T14:00', '2026-02-19', '2026-02-23'],
    ['s42-08', '2026-01-02T11:00', '2026-01-05', '2026-01-07'],
    ['s42-09', '2026-06-30T16:45', '2026-07-01', '2026-07-03'],
    ['s42-10', '2026-11-05T10:15', '2026-11-06', '2026-11-10'],
    ['s42-11', '2026-08-28T09:00', '2026-09-01', '2026-09-03'],
    ['s42-12', '2026-04-29T13:00', '2026-04-30', '2026-05-05'],
    ['s42-13', '2026-07-15T10:00', '2026-07-16', '2026-07-20'],
    ['s42-14', '2026-12-21T09:00', '2026-12-22', '2026-12-24'],
    ['s42-15', '2026-10-19T15:00', '2026-10-20', '2026-10-22'],
    ['s42-17', '2026-09-25T10:00', '2026-09-28', '2026-09-30'],
    ['s42-18', '2026-02-02T08:00', '2026-02-03', '2026-02-05'],
    ['s42-21', '2026-06-01T10:00', '2026-06-02', '2026-06-04'],
    ['s42-22', '2026-02-10T10:00', '2026-02-11', '2026-02-13'],
  ])('%s: receipt %s → 1 WD %s, 3 WD %s', (_id, receipt, oneDay, threeDays) => {
    const opts = options({ receipt });
    expect(computeDue(workingDays(1), opts).date).toBe(oneDay);
    expect(computeDue(workingDays(3), opts).date).toBe(threeDays);
  });

  test.each([
    ['remand-05 IPM', '2026-03-09T14:00', 3, '2026-03-12'],
    ['remand-05 Plans5', '2026-03-09T14:00', 5, '2026-03-16'],
    ['remand-06 IPM', '2026-04-22T19:30', 3, '2026-04-27'],
    ['remand-06 Plans5', '2026-04-22T19:30', 5, '2026-04-29'],
    ['remand-07 IPM', '2026-07-16T17:30', 3, '2026-07-21'],
    ['remand-07 PP10', '2026-07-16T17:30', 10, '2026-07-30'],
    ['remand-08 IPM (Saturday court)', '2026-10-10T13:00', 3, '2026-10-14'],
    ['remand-08 Plans5', '2026-10-10T13:00', 5, '2026-10-16'],
    ['remand-08 PP10', '2026-10-10T13:00', 10, '2026-10-23'],
    ['remand-10 PP10', '2026-11-20T15:00', 10, '2026-12-04'],
    ['remand-17 IPM', '2026-12-18T16:30', 3, '2026-12-23'],
    ['remand-17 Plans5 (25 and 28 Dec)', '2026-12-18T16:30', 5, '2026-12-29'],
  ])('%s: remand %s + %i WD → %s', (_id, remand, n, expected) => {
    expect(computeDue(workingDays(n, 'remand'), options({ remand })).date).toBe(expected);
  });

  test.each([
    ['Friday 17:30', '2026-03-13T17:30', '2026-03-16'],
    ['Friday 23:59:59', '2026-03-13T23:59:59', '2026-03-16'],
    ['Saturday 00:00', '2026-03-14T00:00', '2026-03-16'],
    ['Saturday', '2026-03-14T10:00', '2026-03-16'],
    ['Sunday', '2026-03-15T22:00', '2026-03-16'],
    ['a bank holiday', '2026-05-25T10:00', '2026-05-26'],
    ['Good Friday', '2026-04-03T10:00', '2026-04-07'],
    ['17:59', '2026-03-10T17:59', '2026-03-11'],
    ['18:00', '2026-03-10T18:00', '2026-03-11'],
    ['a UTC time that is already the next London day', '2026-06-16T23:30:00Z', '2026-06-18'],
    ['the spring clock-change night, in the gap', '2026-03-29T01:30', '2026-03-30'],
    ['the autumn clock-change night, in the overlap', '2026-10-25T01:30', '2026-10-26'],
    ['a plain date', '2026-05-22', '2026-05-26'],
  ])('receipt on %s (%s): the day of T never counts → %s', (_name, receipt, expected) => {
    expect(computeDue(workingDays(1), options({ receipt })).date).toBe(expected);
  });

  test('office close comes from the caller', () => {
    const due = computeDue(workingDays(1), options({ receipt: '2026-06-16T10:00' }, { officeCloses: '16:30' }));
    expect(due.at).toBe('2026-06-17T16:30:00+01:00');
  });

  test('a malformed office close is refused', () => {
    expect(() => computeDue(workingDays(1), options({ receipt: '2026-06-16T10:00' }, { officeCloses: '5pm' }))).toThrow(RangeError);
  });

  test('a deadline whose time has gone is overdue (audit E8)', () => {
    const due = computeDue(workingDays(1), options({ receipt: '2026-03-10T10:00' }, { now: new Date('2026-12-01T10:00:00Z') }));
    expect(due).toEqual({ rule: 'within 1 working day of receipt', date: '2026-03-11', at: '2026-03-11T17:00:00+00:00', overdue: true });
  });

  test.each([
    ['one minute before the close', '2026-03-11T16:59:00Z', false],
    ['at the close', '2026-03-11T17:00:00Z', false],
    ['one minute after the close', '2026-03-11T17:01:00Z', true],
  ])('overdue is judged against the time, %s → %s', (_name, now, overdue) => {
    const due = computeDue(workingDays(1), options({ receipt: '2026-03-10T10:00' }, { now: new Date(now) }));
    expect(due.overdue === true).toBe(overdue);
  });

  test('a rule that does not end at the close gives the date only, overdue once that London day has ended', () => {
    const rule: DeadlineRule = { kind: 'workingDays', n: 10, from: 'receipt' };
    const receipt = { receipt: '2026-03-10T10:00' };
    expect(computeDue(rule, options(receipt))).toEqual({ rule: 'within 10 working days of receipt', date: '2026-03-24' });
    expect(computeDue(rule, options(receipt, { now: new Date('2026-03-24T23:59:00Z') }))).not.toHaveProperty('overdue');
    expect(computeDue(rule, options(receipt, { now: new Date('2026-03-25T00:00:00Z') })).overdue).toBe(true);
  });
});

describe('nextWorkingDay', () => {
  test.each([
    ['2026-03-10T10:00', '2026-03-11', '2026-03-11T17:00:00+00:00'],
    ['2026-03-13T17:30', '2026-03-16', '2026-03-16T17:00:00+00:00'],
    ['2026-12-24T12:00', '2026-12-29', '2026-12-29T17:00:00+00:00'],
  ])('after %s → %s', (receipt, date, at) => {
    expect(computeDue({ kind: 'nextWorkingDay', from: 'receipt', endsAtClose: true }, options({ receipt }))).toEqual({
      rule: 'by the next working day after receipt',
      date,
      at,
    });
  });
});

describe('days: London date of T + n calendar days', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  test('words and date, no time', () => {
    expect(computeDue({ kind: 'days', n: 7, from: 'receipt' }, options({ receipt: '2026-03-25T10:00' }))).toEqual({
      rule: 'within 7 days of receipt',
      date: '2026-04-01',
    });
    expect(computeDue({ kind: 'days', n: 1, from: 'receipt' }, options({ receipt: '2026-12-31T23:30' }))).toEqual({
      rule: 'within 1 day of receipt',
      date: '2027-01-01',
    });
  });

  test('counts calendar days across weekends and bank holidays', () => {
    expect(computeDue({ kind: 'days', n: 3, from: 'receipt' }, options({ receipt: '2026-12-24T09:00' })).date).toBe('2026-12-27');
  });

  test('needs no bank holiday table', () => {
    expect(computeDue({ kind: 'days', n: 7, from: 'receipt' }, options({ receipt: '2030-12-30T10:00' })).date).toBe('2031-01-06');
  });

  test.each([
    ['before today', '2026-11-20T10:00', 10, true],
    ['today', '2026-11-21T10:00', 10, false],
    ['after today', '2026-11-22T10:00', 10, false],
  ])('due %s → overdue %s', (_name, receipt, n, overdue) => {
    const due = computeDue({ kind: 'days', n, from: 'receipt' }, options({ receipt }, { now }));
    if (overdue) expect(due.overdue).toBe(true);
    else expect(due).not.toHaveProperty('overdue');
  });

  test('without now nothing is marked', () => {
    expect(computeDue({ kind: 'days', n: 1, from: 'receipt' }, options({ receipt: '2026-01-01T10:00' }))).not.toHaveProperty('overdue');
  });
});

describe('hours: T + n hours of elapsed time, shown in London time', () => {
  test.each([
    ['remand-01 AA2h, GMT', '2026-03-10T22:00', 2, '2026-03-11T00:00:00+00:00', '2026-03-11'],
    ['remand-02 AA2h, BST', '2026-06-17T11:30', 2, '2026-06-17T13:30:00+01:00', '2026-06-17'],
    ['remand-15 AA2h, Saturday night', '2026-01-24T03:00', 2, '2026-01-24T05:00:00+00:00', '2026-01-24'],
    ['remand-06 Tag24', '2026-04-22T19:30', 24, '2026-04-23T19:30:00+01:00', '2026-04-23'],
    ['remand-09 LAC24', '2026-05-12T19:45', 24, '2026-05-13T19:45:00+01:00', '2026-05-13'],
    ['remand-13 Tag24 onto a Saturday', '2026-09-04T12:00', 24, '2026-09-05T12:00:00+01:00', '2026-09-05'],
    ['remand-22 Tag24', '2026-10-14T11:00', 24, '2026-10-15T11:00:00+01:00', '2026-10-15'],
    ['spring clock change: Sat 23:30 GMT + 24 h = Mon 00:30 BST', '2026-03-28T23:30', 24, '2026-03-30T00:30:00+01:00', '2026-03-30'],
    ['spring clock change: 00:30 GMT + 1 h = 02:30 BST', '2026-03-29T00:30', 1, '2026-03-29T02:30:00+01:00', '2026-03-29'],
    ['spring gap: 01:30 (= 02:30 BST) + 1 h', '2026-03-29T01:30', 1, '2026-03-29T03:30:00+01:00', '2026-03-29'],
    ['autumn clock change: Sat 23:30 BST + 24 h = Sun 22:30 GMT', '2026-10-24T23:30', 24, '2026-10-25T22:30:00+00:00', '2026-10-25'],
    ['autumn overlap: 01:30 BST + 1 h = 01:30 GMT', '2026-10-25T01:30', 1, '2026-10-25T01:30:00+00:00', '2026-10-25'],
    ['autumn overlap: 00:30 BST + 2 h = 01:30 GMT', '2026-10-25T00:30', 2, '2026-10-25T01:30:00+00:00', '2026-10-25'],
    ['an offset anchor', '2026-06-17T10:30:00Z', 2, '2026-06-17T13:30:00+01:00', '2026-06-17'],
  ])('%s', (_name, remand, n, at, date) => {
    expect(computeDue(hours(n), options({ remand }))).toEqual({ rule: `within ${n} hour${n === 1 ? '' : 's'} of remand`, at, date });
  });

  test('a plain-date anchor gives the rule only: elapsed hours need a time of day', () => {
    expect(computeDue(hours(24), options({ remand: '2026-04-22' }))).toEqual({ rule: 'within 24 hours of remand' });
  });
});

describe('monthsBefore: same day number n months before the London day of T', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  test.each([
    ['2026-03-31', 6, '2025-09-30', true],
    ['2027-08-31', 6, '2027-02-28', false],
    ['2027-06-01T09:00', 6, '2026-12-01', false],
    ['2027-05-31T23:30:00Z', 6, '2026-12-01', false],
    ['2027-06-30', 7, '2026-11-30', true],
    ['2027-01-15', 1, '2026-12-15', false],
  ])('%s − %i months → %s (overdue at 2026-12-01: %s)', (release, n, date, overdue) => {
    const due = computeDue({ kind: 'monthsBefore', n, from: 'release' }, options({ release }, { now }));
    expect(due).toEqual({
      rule: `${n} month${n === 1 ? '' : 's'} before release`,
      date,
      ...(overdue ? { overdue: true } : {}),
    });
  });

  test('without now it is never marked overdue', () => {
    expect(computeDue({ kind: 'monthsBefore', n: 6, from: 'release' }, options({ release: '2026-03-31' }))).toEqual({
      rule: '6 months before release',
      date: '2025-09-30',
    });
  });
});

describe('monthly: first one month after the London day of T, moved back to a working day', () => {
  test.each([
    ['remand-05', '2026-03-09T14:00', '2026-04-09'],
    ['remand-06', '2026-04-22T19:30', '2026-05-22'],
    ['remand-07 (Sun 16 Aug)', '2026-07-16T17:30', '2026-08-14'],
    ['remand-08', '2026-10-10T13:00', '2026-11-10'],
    ['remand-09', '2026-05-12T16:00', '2026-06-12'],
    ['remand-10 (Sun 20 Dec)', '2026-11-20T15:00', '2026-12-18'],
    ['remand-17 (into 2027)', '2026-12-18T16:30', '2027-01-18'],
    ['31 Jan → 28 Feb, a Saturday → Fri 27 Feb', '2026-01-31T10:00', '2026-02-27'],
    ['onto the summer bank holiday', '2026-07-31T10:00', '2026-08-28'],
    ['onto the Boxing Day substitute', '2026-11-28T10:00', '2026-12-24'],
  ])('%s: %s → %s', (_id, remand, date) => {
    expect(computeDue(monthly, options({ remand }))).toEqual({ rule: 'monthly, first within one month of remand', date });
  });
});

describe('anchors', () => {
  test("'now' is the caller's now", () => {
    const due = computeDue(workingDays(1, 'now'), options({}, { now: new Date('2026-12-01T10:00:00Z') }));
    expect(due).toEqual({ rule: 'within 1 working day of now', date: '2026-12-02', at: '2026-12-02T17:00:00+00:00' });
  });

  test("'now' without a now gives the rule only", () => {
    expect(computeDue(hours(2, 'now'), options({}))).toEqual({ rule: 'within 2 hours of now' });
  });

  test.each<[string, DeadlineRule, string]>([
    ['workingDays', workingDays(3), 'within 3 working days of receipt'],
    ['nextWorkingDay', { kind: 'nextWorkingDay', from: 'receipt' }, 'by the next working day after receipt'],
    ['days', { kind: 'days', n: 14, from: 'receipt' }, 'within 14 days of receipt'],
    ['hours', hours(24, 'receipt'), 'within 24 hours of receipt'],
    ['monthsBefore', { kind: 'monthsBefore', n: 6, from: 'receipt' }, '6 months before receipt'],
    ['monthly', { kind: 'monthly', from: 'receipt' }, 'monthly, first within one month of receipt'],
  ])('%s with an anchor the answers do not give: the rule in words, no date', (_kind, rule, words) => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(computeDue(rule, options({ receipt: undefined }, { now }))).toEqual({ rule: words });
    expect(computeDue(rule, options({ receipt: 'yesterday' }, { now }))).toEqual({ rule: words });
    expect(computeDue(rule, options({ receipt: '2026-02-30T10:00' }, { now }))).toEqual({ rule: words });
  });

  test('the label comes from the flow', () => {
    const opts = { ...options({ placement_confirmed: '2026-05-12T19:45' }), anchorLabel: () => 'placement confirmed' };
    expect(computeDue(hours(24, 'placement_confirmed'), opts).rule).toBe('within 24 hours of placement confirmed');
  });
});

describe('past the end of the bank holiday table', () => {
  test('working-day rules give the rule only rather than a guessed date', () => {
    expect(computeDue(workingDays(1), options({ receipt: '2030-12-30T10:00' })).date).toBe('2030-12-31');
    expect(computeDue(workingDays(3), options({ receipt: '2030-12-30T10:00' }))).toEqual({ rule: 'within 3 working days of receipt' });
    expect(computeDue({ kind: 'nextWorkingDay', from: 'receipt' }, options({ receipt: '2031-03-03T10:00' }))).toEqual({
      rule: 'by the next working day after receipt',
    });
    expect(computeDue(monthly, options({ remand: '2030-12-15T10:00' }))).toEqual({ rule: 'monthly, first within one month of remand' });
  });

  test('elapsed-time rules are still dated', () => {
    expect(computeDue(hours(24), options({ remand: '2031-06-01T10:00' })).at).toBe('2031-06-02T10:00:00+01:00');
  });
});
