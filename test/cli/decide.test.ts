import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { AnswerValue } from '../../rules';
import { run } from '../../scripts/decide';
import { scenarioAnswers } from '../support/scenarios';

/** s42-03 with one extra factor fewer: S.42 criteria indicated and a report to the police. */
const s42Answers: Record<string, AnswerValue> = { ...scenarioAnswers('s42', 's42-03'), other_factors: ['crime_suspected'] };

describe('decide CLI', () => {
  test('prints the Decision as JSON and exits 0', () => {
    const result = run(['s42', '--answers', JSON.stringify(s42Answers), '--now', '2026-03-10T12:00:00Z']);
    expect(result.code).toBe(0);
    const decision = JSON.parse(result.stdout!);
    expect(decision.outcome.id).toBe('S42_CRITERIA_INDICATED');
    expect(decision.flags.map((f: { id: string }) => f.id)).toEqual(['REPORT_TO_POLICE']);
    expect(decision.nextSteps.find((s: { id: string }) => s.id === 'triage').due.date).toBe('2026-03-11');
  });

  test('--now without an offset is London time, as answers are, whatever the machine\'s time zone', () => {
    const result = run(['s42', '--answers', '{"immediate_danger":"yes"}', '--now', '2026-07-10T16:30']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout!).decidedAt).toBe('2026-07-10T15:30:00.000Z');
  });

  test('bad answers exit 2 with the problems by question id on stderr', () => {
    const { received_at: _omit, ...missing } = s42Answers;
    const result = run(['s42', '--answers', JSON.stringify(missing)]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr!).map((p: { questionId: string }) => p.questionId)).toContain('received_at');
  });

  test.each([
    [['s42', '--answers', '{not json'], '--answers'],
    [['s42'], '--answers'],
    [['nope', '--answers', '{}'], 'flow'],
    [['s42', '--answers', '{}', '--now', 'yesterday'], '--now'],
    [['s42', '--answers', '{}', '--settings', '[]'], '--settings'],
    [[], 'flow'],
  ])('%j exits 2 naming %s', (argv, id) => {
    const result = run(argv);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr!).map((p: { questionId: string }) => p.questionId)).toContain(id);
  });

  test('--help prints the usage and every check, and exits 0', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Safeguarding Decision Assistant/);
    expect(result.stdout).toContain('--list <flow> --table');
    expect(result.stdout).toContain('s42 (Does this meet S.42?)');
  });

  test('problems name the values accepted there, with their labels', () => {
    const flow = JSON.parse(run(['nope', '--answers', '{}']).stderr!);
    expect(flow[0].accepted).toContainEqual({ value: 's42', label: 'Does this meet S.42?' });
    const answer = JSON.parse(run(['s42', '--answers', '{"immediate_danger":"maybe"}']).stderr!);
    expect(answer).toContainEqual(expect.objectContaining({ questionId: 'immediate_danger', accepted: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] }));
  });

  test('--list <flow> --table prints one flow readably; --list <flow> alone keeps JSON', () => {
    const table = run(['--list', 's42', '--table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Does this meet S\.42\? \(s42, rules /);
    expect(table.stdout).toMatch(/^ {4}not_sure +Not sure yet$/m);
    expect(JSON.parse(run(['--list', 's42']).stdout!).map((f: { id: string }) => f.id)).toEqual(['s42']);
    expect(run(['--list', 'nope', '--table']).code).toBe(2);
  });

  test('--list prints every flow with its questions, option values and outcomes', () => {
    const flows = JSON.parse(run(['--list']).stdout!);
    const s42 = flows.find((f: { id: string }) => f.id === 's42');
    expect(s42.questions.find((q: { id: string }) => q.id === 'concern_relates').options.map((o: { value: string }) => o.value)).toEqual(['yes', 'not_sure', 'clearly_not']);
    expect(s42.outcomes).toContainEqual({ id: 'EMERGENCY', label: 'Call 999 now' });
  });

  test('the npm script works as documented', () => {
    const root = join(__dirname, '..', '..');
    const out = execFileSync('npm', ['run', '--silent', 'decide', '--', 's42', '--answers', '{"immediate_danger":"yes"}', '--now', '2026-03-10T12:00:00Z'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out).outcome.id).toBe('EMERGENCY');
    const bad = spawnSync('npm', ['run', '--silent', 'decide', '--', 's42', '--answers', '{}'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stderr)[0].questionId).toBe('immediate_danger');
  }, 30000);
});
