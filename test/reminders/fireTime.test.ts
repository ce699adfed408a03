import { fireTime, reminderId } from '../../bot/reminders/reminder';

const at = (iso: string) => new Date(iso);
const options = (now: string, leadMinutes = 15) => ({ now: at(now), leadMinutes, officeOpens: '09:00' });

describe('when a reminder is sent', () => {
  test('lead minutes before a timed deadline', () => {
    expect(fireTime({ rule: 'within 2 hours', at: '2026-12-05T03:20:00+00:00' }, options('2026-12-05T01:20:00Z'))).toEqual({ at: at('2026-12-05T03:05:00Z') });
  });

  test('0 lead minutes: at the deadline itself', () => {
    expect(fireTime({ rule: 'r', at: '2026-12-05T03:20:00+00:00' }, options('2026-12-05T01:20:00Z', 0))).toEqual({ at: at('2026-12-05T03:20:00Z') });
  });

  test('the lead moment has passed but the deadline has not: at once', () => {
    expect(fireTime({ rule: 'r', at: '2026-12-05T03:20:00+00:00' }, options('2026-12-05T03:10:00Z'))).toEqual({ at: at('2026-12-05T03:10:00Z') });
  });

  test('a deadline already passed, or exactly now, gets none', () => {
    expect(fireTime({ rule: 'r', at: '2026-12-05T03:20:00+00:00' }, options('2026-12-05T03:20:00Z'))).toEqual({ refused: 'passed' });
    expect(fireTime({ rule: 'r', at: '2026-12-05T03:20:00+00:00' }, options('2026-12-06T00:00:00Z'))).toEqual({ refused: 'passed' });
  });

  test('a date without a time: at the office opening of that London day (British Summer Time included)', () => {
    expect(fireTime({ rule: 'r', date: '2026-12-09' }, options('2026-12-05T02:00:00Z'))).toEqual({ at: at('2026-12-09T09:00:00Z') });
    expect(fireTime({ rule: 'r', date: '2026-06-17' }, options('2026-06-15T02:00:00Z'))).toEqual({ at: at('2026-06-17T08:00:00Z') });
  });

  test('a date without a time, on that day after the opening: at once; once the day has ended: none', () => {
    expect(fireTime({ rule: 'r', date: '2026-12-09' }, options('2026-12-09T15:00:00Z'))).toEqual({ at: at('2026-12-09T15:00:00Z') });
    expect(fireTime({ rule: 'r', date: '2026-12-09' }, options('2026-12-10T00:00:00Z'))).toEqual({ refused: 'passed' });
  });

  test('no date, or beyond the 30 days a decision is kept: none', () => {
    expect(fireTime({ rule: 'immediately' }, options('2026-12-05T02:00:00Z'))).toEqual({ refused: 'no date' });
    expect(fireTime({ rule: 'r', date: '2027-01-10' }, options('2026-12-05T02:00:00Z'))).toEqual({ refused: 'too far' });
  });
});

describe('reminder ids', () => {
  test('carry no colon (BullMQ refuses them), and differ when any part differs, even where joined text would not', () => {
    const id = reminderId('19:abc@thread.v2;messageid=1', 'd1', 's1');
    expect(id).toMatch(/^[0-9a-f]{40}$/);
    expect(reminderId('a:b', 'c', 'd')).not.toBe(reminderId('a', 'b:c', 'd'));
    expect(reminderId('a', 'b', 'c')).toBe(reminderId('a', 'b', 'c'));
  });
});
