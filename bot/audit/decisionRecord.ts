import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { AnswerValue, Decision } from '../../rules';

/** One completed decision, as the audit stream keeps it: ids, option values and times only. No names, no
 * text the user typed (typed answers are kept as the option they were read as), no user id in the clear. */
export interface DecisionRecord {
  /** When the decision was made (ISO 8601, UTC). */
  time: string;
  flow: string;
  rulesVersion: string;
  outcome: string;
  /** The rule that decided it. */
  rule: string;
  /** Additional actions raised, by id. */
  flags: string[];
  /** The answers on the decision's path, by question id, as option values. */
  answers: Record<string, AnswerValue>;
  /** The Microsoft Entra tenant, when the channel gives one. */
  tenant: string;
  /** HMAC-SHA256 (AUDIT_HMAC_KEY) of the user's channel id: the same user gives the same value, and without
   * the key the value cannot be traced back to anyone. */
  user: string;
}

export interface RecordContext {
  now: Date;
  tenant?: string;
  userKey?: string;
}

/** Hashes user ids with the deployment's key. */
export class UserHasher {
  /** Prepared once: turning the text key into a key for every hash cost as much as the hash. */
  private readonly key: KeyObject;

  constructor(key: string) {
    this.key = createSecretKey(Buffer.from(key, 'utf8'));
  }

  /** AUDIT_HMAC_KEY, or without it (allowed only with in-memory state) a key for this process alone. */
  static fromKey(key: string | undefined): UserHasher {
    return new UserHasher(key ?? randomBytes(32).toString('hex'));
  }

  hash(userKey: string): string {
    return createHmac('sha256', this.key).update(userKey).digest('hex');
  }
}

export function decisionRecord(decision: Decision, context: RecordContext, hasher: UserHasher): DecisionRecord {
  return {
    time: context.now.toISOString(),
    flow: decision.flowId,
    rulesVersion: decision.rulesVersion,
    outcome: decision.outcome.id,
    rule: decision.ruleId,
    flags: decision.flags.map((f) => f.id),
    answers: Object.fromEntries(decision.trace.map((t) => [t.questionId, t.answer])),
    tenant: context.tenant ?? '',
    user: context.userKey ? hasher.hash(context.userKey) : '',
  };
}
