import type { DecisionRecord } from './decisionRecord';

const AUDIT_CSV_COLUMNS = ['time', 'flow', 'rules_version', 'outcome', 'rule', 'flags', 'answers', 'tenant', 'user_hmac'] as const;

/** RFC 4180 quoting, and a leading quote mark on anything a spreadsheet would run as a formula (a tenant id
 * comes from the channel, so it cannot be trusted to be plain). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(record: DecisionRecord): string {
  const cells = [
    record.time,
    record.flow,
    record.rulesVersion,
    record.outcome,
    record.rule,
    record.flags.join(' '),
    JSON.stringify(record.answers),
    record.tenant,
    record.user,
  ];
  return cells.map(csvCell).join(',');
}

export const csvHeader = (): string => AUDIT_CSV_COLUMNS.join(',');
