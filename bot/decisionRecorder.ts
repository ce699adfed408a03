import type { TurnContext } from 'botbuilder';
import type { Decision } from '../rules';
import type { AuditLog } from './audit/auditLog';
import { decisionRecord, type UserHasher } from './audit/decisionRecord';
import type { Logger } from './log';
import { tenantOf } from './http/tenants';
import { isUnrecorded, recordSinkOf } from './audit/turnRecords';
import { userKeyOf } from './state/turnLimiter';

export interface DecisionRecorderDeps {
  audit: AuditLog;
  hasher: UserHasher;
  clock: () => Date;
  log: Logger;
}

/** DialogDeps.onDecision: appends each completed decision to the audit log (with the turn's write, where the
 * turn runner carries records there), except for turns left unrecorded (the local web chat). The user has had their answer by
 * then, so a failure to record is logged (without the record) and never fails the turn. */
export function decisionRecorder(deps: DecisionRecorderDeps): (context: TurnContext, decision: Decision) => Promise<void> {
  return async (context, decision) => {
    if (isUnrecorded(context)) return;
    const { activity } = context;
    try {
      const record = decisionRecord(decision, { now: deps.clock(), tenant: tenantOf(activity), userKey: userKeyOf(activity) }, deps.hasher);
      await (recordSinkOf(context) ?? deps.audit).append(record);
    } catch (err) {
      deps.log.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message }, flow: decision.flowId }, 'decision record not written');
    }
  };
}
