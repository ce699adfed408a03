import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { outcomeCard, outcomeText } from '../cards';
import { ownerText } from '../cards/owner';
import { checkAnswer, decide, flows, getFlow, InvalidAnswersError, nextQuestionOnPath, pathOf, type AnswerValue, type Decision, type NextStep } from '../rules';
import { showQuestion, takeAnswer, type AnswerResult } from './answerPrompt';
import type { DialogDeps } from './deps';
import type { Carry } from './input';
import { messages } from './messages';
import { randomToken } from './randomToken';
import { rememberedService } from './userService';
import { cardReply, textReply } from './replies';
import { FLOW_DIALOG, upgradedFlowState, type FlowDialogState, type FlowState } from './storedFlow';

const newAsk = () => randomToken(6);

/** Answers carried from another flow: only those to questions this flow also asks, that are valid here. */
export function startState(flowId: string, carry?: Carry): FlowState {
  const flow = getFlow(flowId);
  const answers: Record<string, AnswerValue> = {};
  for (const q of flow?.questions ?? []) {
    const check = carry && Object.prototype.hasOwnProperty.call(carry, q.id) ? checkAnswer(q, carry[q.id]) : undefined;
    if (check?.ok) answers[q.id] = check.value;
  }
  const onPath = pathOf(flowId, answers).filter((id) => id in answers);
  const kept = Object.fromEntries(onPath.map((id) => [id, answers[id]]));
  return { flowId, answers: kept, history: onPath };
}

/** Answers that are each valid but do not fit together: back to the first question named, saying why. None when
 * no question answered is named (the fault is not in the answers). */
function askAgainFrom(state: FlowState, err: InvalidAnswersError): FlowState | undefined {
  const problem = err.problems.find((p) => state.history.includes(p.questionId));
  if (!problem) return undefined;
  const history = state.history.slice(0, state.history.indexOf(problem.questionId));
  const answers = Object.fromEntries(history.map((id) => [id, state.answers[id]]));
  return { flowId: state.flowId, answers, history, problem: `That answer ${problem.message}.` };
}

/** The flow's progress once the user has answered, gone back, or the question has to be asked again. */
function afterAnswer({ flowId, answers, history }: FlowState, result: Exclude<AnswerResult, { type: 'waiting' }>): FlowState {
  switch (result.type) {
    case 'back': {
      const previous = history.slice(0, -1);
      return { flowId, answers: Object.fromEntries(previous.map((id) => [id, answers[id]])), history: previous };
    }
    case 'reask':
      return { flowId, answers, history };
    case 'answer':
      return {
        flowId,
        answers: { ...answers, [result.questionId]: result.value },
        history: [...history.filter((id) => id !== result.questionId), result.questionId],
      };
  }
}

/** Runs any flow from rules/: asks the next question on the path, takes the answer and asks the next, until the
 * flow decides. One dialog holds the flow's progress and its question, so that a turn touches one level of the
 * dialog stack. */
export class FlowDialog extends Dialog<FlowState> {
  constructor(private readonly deps: DialogDeps) {
    super(FLOW_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: FlowState): Promise<DialogTurnResult> {
    if (!options) throw new Error('FlowDialog needs the flow to start');
    return this.advance(dc, options);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = upgradedFlowState(dc.activeDialog!);
    // MainDialog drops a check it cannot read before the turn reaches here (settleStack).
    if (!state) return dc.endDialog();
    const result = await takeAnswer(dc.context, state, this.deps.clock());
    if (result.type === 'waiting') return Dialog.EndOfTurn;
    return this.advance(dc, afterAnswer(state.flow, result));
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = upgradedFlowState(instance);
    if (state) await showQuestion(context, state);
  }

  /** Asks the next question on the path with a new card, or decides when there is none. */
  private async advance(dc: DialogContext, flow: FlowState): Promise<DialogTurnResult> {
    const next = nextQuestionOnPath(flow.flowId, flow.answers, this.deps.settings);
    if (!next) return this.conclude(dc, flow);
    const state: FlowDialogState = {
      flow: { flowId: flow.flowId, answers: flow.answers, history: flow.history },
      options: {
        flowId: flow.flowId,
        questionId: next.question.id,
        ask: newAsk(),
        number: next.number,
        maxQuestions: next.maxQuestions,
        canGoBack: flow.history.length > 0,
        ...(flow.problem ? { problem: flow.problem } : {}),
      },
    };
    dc.activeDialog!.state = state;
    await showQuestion(dc.context, state);
    return Dialog.EndOfTurn;
  }

  private async conclude(dc: DialogContext, state: FlowState): Promise<DialogTurnResult> {
    try {
      const decision = decide(state.flowId, state.answers, { now: this.deps.clock(), settings: this.deps.settings });
      const flowTitles = Object.fromEntries(flows.map((f) => [f.id, f.title]));
      const decisionId = await this.keep(decision, dc.context);
      const port = this.deps.reminders;
      const reminders = port && { remindable: (s: NextStep) => port.remindable(s.due), set: {}, durable: port.durable };
      const card = outcomeCard({ decision, flowTitles, decisionId, documentNames: this.deps.settings.procedureNames, reminders, service: rememberedService(dc.context) });
      const summary = `${decision.outcome.label}. Decided by: ${ownerText(decision.outcome.decidedBy)}`;
      await dc.context.sendActivity(cardReply(card, summary, { channelId: dc.context.activity.channelId, plain: () => outcomeText(decision) }));
      await this.deps.onDecision?.(dc.context, decision, state.answers);
      return dc.endDialog({ flowId: decision.flowId, outcome: decision.outcome.id });
    } catch (err) {
      const retry = err instanceof InvalidAnswersError ? askAgainFrom(state, err) : undefined;
      if (retry) return this.advance(dc, retry);
      this.deps.onDecisionFailed?.(state.flowId, err);
      await dc.context.sendActivity(textReply(messages.decisionError));
      return dc.endDialog();
    }
  }

  /** The decision kept for its record; without a store, or with it unreachable, the outcome still shows. */
  private async keep(decision: Decision, context: TurnContext): Promise<string | undefined> {
    try {
      return await this.deps.decisions?.keep(decision, context);
    } catch {
      return undefined;
    }
  }
}
