import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import {
  OutsideBankHolidayTableError,
  addCalendarDays,
  addMonthsClamped,
  addWorkingDays,
  bankHolidayTableEndsOn,
  bankHolidayTableStartsOn,
  bankHolidays,
  formatLondon,
  formatLondonDate,
  isIsoDate,
  isWithinOfficeHours,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  londonDate,
  londonDateTime,
  londonTime,
  parseInstant,
  toLondonIso,
  weekday,
} from '../../rules/calendar';

const utc = (iso: string): Date => new Date(iso);
const years = [2024, 2025, 2026, 2027, 2028, 2029, 2030];

describe('bank holiday table', () => {
  const holidaysIn = (year: number) => bankHolidays.filter((date) => date.startsWith(`${year}-`));

  test.each([
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
  ])('%i holds exactly the GOV.UK England and Wales dates', (year, expected) => {
    expect(holidaysIn(year)).toEqual(expected);
  });

  test.each(bankHolidays.filter((date) => date.startsWith('2026-') || date.startsWith('2027-')))(
    '%s is not a working day',
    (date) => {
      expect(isWorkingDay(date)).toBe(false);
    },
  );

  test.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ])('Easter %i (Sunday %s): Good Friday and Easter Monday are in the table', (year, easterSunday) => {
    expect(easterSundayOf(year)).toBe(easterSunday);
    expect(holidaysIn(year)).toContain(addCalendarDays(easterSunday, -2));
    expect(holidaysIn(year)).toContain(addCalendarDays(easterSunday, 1));
    expect(weekday(addCalendarDays(easterSunday, -2))).toBe('Fri');
  });

  // An announced special bank holiday (a coronation, a jubilee) would be listed here, with its GOV.UK date.
  const specialBankHolidays: string[] = [];

  test.each(years)('%i follows the standing England and Wales pattern', (year) => {
    expect(holidaysIn(year)).toEqual([...standingPattern(year), ...specialBankHolidays.filter((d) => d.startsWith(`${year}-`))].sort());
  });

  test('every entry is a weekday, sorted, unique, and inside the table range', () => {
    expect([...bankHolidays].sort()).toEqual(bankHolidays);
    expect(new Set(bankHolidays).size).toBe(bankHolidays.length);
    for (const date of bankHolidays) {
      expect(isIsoDate(date)).toBe(true);
      expect(['Sat', 'Sun']).not.toContain(weekday(date));
      expect(date >= bankHolidayTableStartsOn && date <= bankHolidayTableEndsOn).toBe(true);
    }
  });

  test('covers 2024 through 2030', () => {
    expect(bankHolidayTableStartsOn).toBe('2024-01-01');
    expect(bankHolidayTableEndsOn).toBe('2030-12-31');
    expect(bankHolidays[0]).toBe('2024-01-01');
    expect(bankHolidays[bankHolidays.length - 1]).toBe('2030-12-26');
  });

  test('DATA GUARD (reads the real clock): the bank holiday table has at least a year left', () => {
    const today = londonDate(new Date());
    const oneYearOn = addMonthsClamped(today, 12);
    const verdict = oneYearOn <= bankHolidayTableEndsOn ? 'enough' : `extend the table: it ends ${bankHolidayTableEndsOn}, today is ${today}`;
    expect(verdict).toBe('enough');
  });
});

describe('isWorkingDay', () => {
  test.each([
    ['2026-03-09', true],
    ['2026-03-13', true],
    ['2026-03-14', false],
    ['2026-03-15', false],
    ['2026-04-02', true],
    ['2026-04-03', false],
    ['2026-04-06', false],
    ['2026-04-07', true],
    ['2026-12-24', true],
    ['2026-12-26', false],
    ['2026-12-29', true],
    ['2028-01-01', false],
    ['2028-01-03', false],
    ['2024-01-02', true],
    ['2030-12-31', true],
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  test.each(['2023-12-29', '2031-01-01', '2031-01-06'])('%s is outside the table: throws, does not guess', (date) => {
    expect(() => isWorkingDay(date)).toThrow(OutsideBankHolidayTableError);
  });

  test.each(['2026-02-30', '26-03-01', 'monday'])('rejects %s', (date) => {
    expect(() => isWorkingDay(date)).toThrow(RangeError);
  });
});

describe('addWorkingDays: the Nth working day after the date, the date itself never counting', () => {
  test.each([
    ['weekday to weekday', '2026-03-10', 1, '2026-03-11'],
    ['Friday to Monday', '2026-03-13', 1, '2026-03-16'],
    ['Friday, 3 days', '2026-03-13', 3, '2026-03-18'],
    ['Saturday', '2026-03-14', 1, '2026-03-16'],
    ['Sunday', '2026-03-15', 1, '2026-03-16'],
    ['Saturday, 3 days (remand-08)', '2026-10-10', 3, '2026-10-14'],
    ['Thursday before Easter', '2026-04-02', 1, '2026-04-07'],
    ['Good Friday itself', '2026-04-03', 1, '2026-04-07'],
    ['Easter Monday itself', '2026-04-06', 1, '2026-04-07'],
    ['Tuesday before Easter, 3 days (s42-16)', '2026-03-31', 3, '2026-04-07'],
    ['Friday before the spring bank holiday (s42-04)', '2026-05-22', 1, '2026-05-26'],
    ['Friday before the spring bank holiday, 3 days (s42-04)', '2026-05-22', 3, '2026-05-28'],
    ['the spring bank holiday itself', '2026-05-25', 1, '2026-05-26'],
    ['Friday before the summer bank holiday (s42-11)', '2026-08-28', 1, '2026-09-01'],
    ['day after New Year, a Friday (s42-08)', '2026-01-02', 1, '2026-01-05'],
    ['New Year holiday itself', '2026-01-01', 1, '2026-01-02'],
    ['Friday before Christmas, 3 days (remand-17)', '2026-12-18', 3, '2026-12-23'],
    ['Friday before Christmas, 5 days (remand-17)', '2026-12-18', 5, '2026-12-29'],
    ['Christmas Eve', '2026-12-24', 1, '2026-12-29'],
    ['Christmas Eve, 3 days', '2026-12-24', 3, '2026-12-31'],
    ['Christmas Eve, 4 days across New Year', '2026-12-24', 4, '2027-01-04'],
    ['Christmas Eve 2027 (both substitute days)', '2027-12-24', 1, '2027-12-29'],
    ['New Year 2028 substitute day', '2027-12-31', 1, '2028-01-04'],
    ['10 working days (remand-07)', '2026-07-16', 10, '2026-07-30'],
    ['across the spring clock change', '2026-03-27', 1, '2026-03-30'],
    ['across the autumn clock change', '2026-10-23', 1, '2026-10-26'],
    ['last day of the table', '2030-12-30', 1, '2030-12-31'],
  ])('%s: %s + %i → %s', (_name, date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  test('throws past the end of the table rather than guessing', () => {
    expect(() => addWorkingDays('2030-12-30', 2)).toThrow(OutsideBankHolidayTableError);
    expect(() => addWorkingDays('2030-12-31', 1)).toThrow(OutsideBankHolidayTableError);
  });

  test.each([0, -1, 1.5, Number.NaN])('refuses %p working days', (n) => {
    expect(() => addWorkingDays('2026-03-10', n)).toThrow(RangeError);
  });

  test('refuses a date that is not a calendar date', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('lastWorkingDayOnOrBefore', () => {
  test.each([
    ['a working day is itself', '2026-03-10', '2026-03-10'],
    ['Sunday → Friday (remand-07)', '2026-08-16', '2026-08-14'],
    ['Sunday → Friday (remand-10)', '2026-12-20', '2026-12-18'],
    ['Saturday → Friday', '2026-02-28', '2026-02-27'],
    ['summer bank holiday → Friday', '2026-08-31', '2026-08-28'],
    ['Easter Monday → Thursday', '2026-04-06', '2026-04-02'],
    ['Boxing Day substitute → Christmas Eve', '2026-12-28', '2026-12-24'],
    ['New Year → 31 Dec', '2027-01-01', '2026-12-31'],
  ])('%s: %s → %s', (_name, date, expected) => {
    expect(lastWorkingDayOnOrBefore(date)).toBe(expected);
  });

  test('throws before the start of the table', () => {
    expect(() => lastWorkingDayOnOrBefore('2024-01-01')).toThrow(OutsideBankHolidayTableError);
  });
});

describe('addCalendarDays', () => {
  test.each([
    ['2026-03-10', 1, '2026-03-11'],
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-03-25', 7, '2026-04-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2030-12-30', 7, '2031-01-06'],
  ])('%s + %i → %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
  });
});

describe('addMonthsClamped', () => {
  test.each([
    ['2026-03-31', -6, '2025-09-30'],
    ['2027-08-31', -6, '2027-02-28'],
    ['2028-08-31', -6, '2028-02-29'],
    ['2026-03-15', -3, '2025-12-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-07-16', 1, '2026-08-16'],
    ['2026-12-18', 1, '2027-01-18'],
    ['2026-03-29', 1, '2026-04-29'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-12-01', 12, '2027-12-01'],
  ])('%s + %i months → %s', (date, n, expected) => {
    expect(addMonthsClamped(date, n)).toBe(expected);
  });
});

describe('weekday', () => {
  test.each([
    ['2026-03-09', 'Mon'],
    ['2026-03-10', 'Tue'],
    ['2026-03-11', 'Wed'],
    ['2026-03-12', 'Thu'],
    ['2026-03-13', 'Fri'],
    ['2026-03-14', 'Sat'],
    ['2026-03-15', 'Sun'],
    ['2028-02-29', 'Tue'],
  ])('%s is a %s', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  test.each(['2026-03-10', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])('%s is a date', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  test.each([
    '2026-02-29',
    '2100-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    '20260101',
    '2026-03-10T10:00',
    ' 2026-03-10',
    '',
  ])('%p is not', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('parseInstant', () => {
  test.each([
    ['winter, no offset = London (GMT)', '2026-03-10T22:00', '2026-03-10T22:00:00.000Z'],
    ['summer, no offset = London (BST)', '2026-06-17T11:30', '2026-06-17T10:30:00.000Z'],
    ['with seconds', '2026-06-17T11:30:45', '2026-06-17T10:30:45.000Z'],
    ['with a fraction', '2026-06-17T11:30:45.5', '2026-06-17T10:30:45.500Z'],
    ['with a long fraction (truncated to ms)', '2026-06-17T11:30:45.123456', '2026-06-17T10:30:45.123Z'],
    ['Z', '2026-06-17T11:30Z', '2026-06-17T11:30:00.000Z'],
    ['+01:00', '2026-06-17T11:30:00+01:00', '2026-06-17T10:30:00.000Z'],
    ['+00:00 in summer', '2026-06-17T11:30:00+00:00', '2026-06-17T11:30:00.000Z'],
    ['-05:30', '2026-01-15T08:00-05:30', '2026-01-15T13:30:00.000Z'],
    ['leap day', '2028-02-29T12:00', '2028-02-29T12:00:00.000Z'],
    ['midnight', '2026-01-01T00:00', '2026-01-01T00:00:00.000Z'],
    ['last second of a day', '2026-01-01T23:59:59', '2026-01-01T23:59:59.000Z'],
    // Sun 2026-03-29: clocks go forward at 01:00 GMT; 01:00–01:59 local does not exist and moves forward an hour.
    ['spring: 00:59 GMT', '2026-03-29T00:59', '2026-03-29T00:59:00.000Z'],
    ['spring gap: 01:00 → 02:00 BST', '2026-03-29T01:00', '2026-03-29T01:00:00.000Z'],
    ['spring gap: 01:30 → 02:30 BST', '2026-03-29T01:30', '2026-03-29T01:30:00.000Z'],
    ['spring gap: 01:59:59 → 02:59:59 BST', '2026-03-29T01:59:59', '2026-03-29T01:59:59.000Z'],
    ['spring: 02:00 BST', '2026-03-29T02:00', '2026-03-29T01:00:00.000Z'],
    ['spring: 03:00 BST', '2026-03-29T03:00', '2026-03-29T02:00:00.000Z'],
    // Sun 2026-10-25: clocks go back at 02:00 BST; 01:00–01:59 local occurs twice, read as the first (BST).
    ['autumn: 00:30 BST', '2026-10-25T00:30', '2026-10-24T23:30:00.000Z'],
    ['autumn overlap: 01:00 first occurrence (BST)', '2026-10-25T01:00', '2026-10-25T00:00:00.000Z'],
    ['autumn overlap: 01:30 first occurrence (BST)', '2026-10-25T01:30', '2026-10-25T00:30:00.000Z'],
    ['autumn overlap: 01:59:59 first occurrence (BST)', '2026-10-25T01:59:59', '2026-10-25T00:59:59.000Z'],
    ['autumn: 02:00 GMT', '2026-10-25T02:00', '2026-10-25T02:00:00.000Z'],
    ['autumn overlap with an explicit offset keeps it', '2026-10-25T01:30+00:00', '2026-10-25T01:30:00.000Z'],
  ])('%s: %s', (_name, value, expectedUtc) => {
    expect(parseInstant(value)?.toISOString()).toBe(expectedUtc);
  });

  test.each([
    '',
    'tomorrow',
    '2026-06-17',
    '2026-02-30T10:00',
    '2025-02-29T10:00',
    '2026-13-01T10:00',
    '2026-04-31T10:00',
    '2026-06-17T24:00',
    '2026-06-17T12:60',
    '2026-06-17T12:00:60',
    '2026-06-17T12',
    '2026-06-17T1200',
    '2026-6-17T12:00',
    '2026-06-17 12:00',
    '2026-06-17t12:00',
    ' 2026-06-17T12:00',
    '2026-06-17T12:00 ',
    '2026-06-17T12:00:00.',
    '2026-06-17T12:00.5',
    '2026-06-17T12:00z',
    '2026-06-17T12:00+0100',
    '2026-06-17T12:00+01',
    '2026-06-17T12:00+24:00',
    '2026-06-17T12:00+01:60',
    '2026-06-17T12:00:00GMT',
    '17/06/2026 12:00',
  ])('rejects %p', (value) => {
    expect(parseInstant(value)).toBeUndefined();
  });
});

describe('London dates and times of an instant', () => {
  test.each([
    ['2026-06-17T23:30:00Z', '2026-06-18', '00:30:00'],
    ['2026-06-17T22:59:59Z', '2026-06-17', '23:59:59'],
    ['2026-01-15T23:30:00Z', '2026-01-15', '23:30:00'],
    ['2026-03-29T00:59:59Z', '2026-03-29', '00:59:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '02:00:00'],
    ['2026-10-25T00:59:59Z', '2026-10-25', '01:59:59'],
    ['2026-10-25T01:00:00Z', '2026-10-25', '01:00:00'],
    ['2026-10-24T23:00:00Z', '2026-10-25', '00:00:00'],
  ])('%s is %s %s in London', (instant, date, time) => {
    expect(londonDate(utc(instant))).toBe(date);
    expect(londonTime(utc(instant))).toBe(time);
  });

  test.each([
    ['2026-03-11', '17:00', '2026-03-11T17:00:00.000Z'],
    ['2026-06-17', '17:00', '2026-06-17T16:00:00.000Z'],
    ['2026-06-17', '00:00', '2026-06-16T23:00:00.000Z'],
    ['2026-03-29', '01:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
  ])('londonDateTime(%s, %s) → %s', (date, time, expectedUtc) => {
    expect(londonDateTime(date, time).toISOString()).toBe(expectedUtc);
  });

  test.each(['7:00', '24:00', '17:60', '17:00:00', ''])('londonDateTime refuses the time %p', (time) => {
    expect(() => londonDateTime('2026-03-11', time)).toThrow(RangeError);
  });

  test.each([
    ['2026-03-11T00:00:00Z', '2026-03-11T00:00:00+00:00'],
    ['2026-06-17T12:30:00Z', '2026-06-17T13:30:00+01:00'],
    ['2026-03-30T00:30:00+01:00', '2026-03-30T00:30:00+01:00'],
    ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00+01:00'],
    ['2026-10-25T01:30:00Z', '2026-10-25T01:30:00+00:00'],
  ])('toLondonIso(%s) → %s', (instant, expected) => {
    expect(toLondonIso(utc(instant))).toBe(expected);
  });

  test('formatLondon and formatLondonDate', () => {
    expect(formatLondon(utc('2026-03-11T17:00:00Z'))).toBe('17:00 Wed 11 Mar 2026');
    expect(formatLondon(utc('2026-11-25T17:00:00Z'))).toBe('17:00 Wed 25 Nov 2026');
    expect(formatLondon(utc('2026-06-17T16:00:00Z'))).toBe('17:00 Wed 17 Jun 2026');
    expect(formatLondon(utc('2026-06-30T23:30:00Z'))).toBe('00:30 Wed 1 Jul 2026');
    expect(formatLondonDate('2026-03-11')).toBe('Wed 11 Mar 2026');
    expect(formatLondonDate('2026-04-01')).toBe('Wed 1 Apr 2026');
  });

  test('results do not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = zone;
        expect(parseInstant('2026-10-25T01:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
        expect(londonDate(utc('2026-06-17T23:30:00Z'))).toBe('2026-06-18');
        expect(addMonthsClamped('2026-03-31', -6)).toBe('2025-09-30');
        expect(addWorkingDays('2026-03-27', 1)).toBe('2026-03-30');
        expect(weekday('2026-03-29')).toBe('Sun');
        expect(formatLondonDate('2026-03-29')).toBe('Sun 29 Mar 2026');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('isWithinOfficeHours', () => {
  const office = { opens: '09:00', closes: '17:00' };
  const remlaaWindow = { opens: '09:00', closes: '18:00' };

  test.each([
    ['Wed 08:59:59', '2026-03-11T08:59:59', office, false],
    ['Wed 09:00', '2026-03-11T09:00', office, true],
    ['Wed 16:59:59', '2026-03-11T16:59:59', office, true],
    ['Wed 17:00 (closing time is outside)', '2026-03-11T17:00', office, false],
    ['Wed 17:59, office closing 18:00', '2026-03-11T17:59', remlaaWindow, true],
    ['Wed 17:59:59, office closing 18:00', '2026-03-11T17:59:59', remlaaWindow, true],
    ['Wed 18:00, office closing 18:00', '2026-03-11T18:00', remlaaWindow, false],
    ['BST morning', '2026-06-17T09:30', office, true],
    ['BST, 08:30 UTC is 09:30 London', '2026-06-17T08:30:00Z', office, true],
    ['BST, 16:30 UTC is 17:30 London', '2026-06-17T16:30:00Z', office, false],
    ['Saturday', '2026-03-14T10:00', office, false],
    ['Sunday', '2026-03-15T10:00', office, false],
    ['spring bank holiday', '2026-05-25T10:00', office, false],
    ['Good Friday', '2026-04-03T10:00', office, false],
    ['Boxing Day substitute', '2026-12-28T10:00', office, false],
  ])('%s → %s', (_name, value, hours, expected) => {
    expect(isWithinOfficeHours(parseInstant(value)!, hours)).toBe(expected);
  });

  test('refuses malformed office hours', () => {
    expect(() => isWithinOfficeHours(utc('2026-03-11T10:00:00Z'), { opens: '9:00', closes: '17:00' })).toThrow(RangeError);
    expect(() => isWithinOfficeHours(utc('2026-03-11T10:00:00Z'), { opens: '09:00', closes: '5pm' })).toThrow(RangeError);
  });
});

/** Anonymous Gregorian computus (Meeus/Jones/Butcher), independent of the table under test. */
function easterSundayOf(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The usual eight England and Wales bank holidays of a year, derived from the rules, not the table. */
function standingPattern(year: number): string[] {
  const date = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const nextMonday = (from: string) => {
    let day = from;
    while (weekday(day) !== 'Mon') day = addCalendarDays(day, 1);
    return day;
  };
  const lastMonday = (month: number) => {
    let day = addCalendarDays(addMonthsClamped(date(month, 1), 1), -1);
    while (weekday(day) !== 'Mon') day = addCalendarDays(day, -1);
    return day;
  };
  const isWeekend = (day: string) => ['Sat', 'Sun'].includes(weekday(day));
  const newYear = isWeekend(date(1, 1)) ? nextMonday(date(1, 1)) : date(1, 1);
  const christmas = isWeekend(date(12, 25)) ? nextMonday(date(12, 25)) : date(12, 25);
  let boxingDay = isWeekend(date(12, 26)) ? nextMonday(date(12, 26)) : date(12, 26);
  if (boxingDay === christmas) boxingDay = addCalendarDays(christmas, 1);
  const easter = easterSundayOf(year);
  return [
    newYear,
    addCalendarDays(easter, -2),
    addCalendarDays(easter, 1),
    nextMonday(date(5, 1)),
    lastMonday(5),
    lastMonday(8),
    christmas,
    boxingDay,
  ];
}

describe('London readings agree with the time-zone library at every minute tried', () => {
  // A fixed-seed walk over 2024-2030, with every clock change's neighbourhood added: the readings are worked
  // out from a cached offset per hour, and must never differ from date-fns's own formatting in Europe/London.
  const inLondon = { in: tz('Europe/London') };
  let seed = 20261205;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2030, 11, 31) - start;
  const changes = ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z', '2030-10-27T01:00:00Z'];
  const instants = [
    ...Array.from({ length: 3000 }, () => new Date(start + Math.floor(random() * span))),
    ...changes.flatMap((c) => Array.from({ length: 181 }, (_, i) => new Date(Date.parse(c) + (i - 90) * 60_000 + 7_000))),
  ];

  test.each([
    ['londonDate', londonDate, 'yyyy-MM-dd'],
    ['londonTime', londonTime, 'HH:mm:ss'],
    ['toLondonIso', toLondonIso, "yyyy-MM-dd'T'HH:mm:ssxxx"],
    ['formatLondon', formatLondon, 'HH:mm EEE d MMM yyyy'],
  ] as const)('%s', (_name, reading, pattern) => {
    const differing = instants.filter((i) => reading(i) !== format(i, pattern, inLondon));
    expect(differing.map((i) => i.toISOString())).toEqual([]);
  });

  test('formatLondonDate', () => {
    const days = instants.map((i) => i.toISOString().slice(0, 10));
    expect(days.filter((d) => formatLondonDate(d) !== format(new Date(`${d}T12:00:00Z`), 'EEE d MMM yyyy', inLondon))).toEqual([]);
  });

  test('an invalid date is refused, as before', () => {
    expect(() => formatLondon(new Date(NaN))).toThrow(RangeError);
  });
});
