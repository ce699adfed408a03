import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { outcomeCard, outcomeText } from '../cards';
import { ownerText } from '../cards/owner';
import { checkAnswer, decide, flows, getFlow, InvalidAnswersError, nextQuestionOnPath, pathOf, type AnswerValue, type Decision, type NextStep } from '../rules';
import { AnswerPrompt, type AnswerPromptOptions, type AnswerResult } from './answerPrompt';
import type { DialogDeps } from './deps';
import type { Carry } from './input';
import { messages } from './messages';
import { randomToken } from './randomToken';
import { rememberedService } from './userService';
import { cardReply, textReply } from './replies';

export const FLOW_DIALOG = 'flow';
const LOOP = 'flowLoop';
const ANSWER = 'answer';

/** The whole of a flow's progress: option values and ids only, never free text. */
export interface FlowState {
  flowId: string;
  answers: Record<string, AnswerValue>;
  /** Question ids in the order they were answered, for "back". */
  history: string[];
  problem?: string;
}

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

/** Runs any flow from rules/: asks the next question, records the answer and loops until the flow decides. */
export class FlowDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FLOW_DIALOG);
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.record.bind(this)]));
    this.addDialog(new AnswerPrompt(ANSWER, deps.clock));
    this.initialDialogId = LOOP;
  }

  private async ask(step: WaterfallStepContext<FlowState>): Promise<DialogTurnResult> {
    const state = step.options;
    const next = nextQuestionOnPath(state.flowId, state.answers, this.deps.settings);
    if (next) {
      const options: AnswerPromptOptions = {
        flowId: state.flowId,
        questionId: next.question.id,
        ask: newAsk(),
        number: next.number,
        maxQuestions: next.maxQuestions,
        canGoBack: state.history.length > 0,
        ...(state.problem ? { problem: state.problem } : {}),
      };
      return step.beginDialog(ANSWER, options);
    }
    return this.conclude(step, state);
  }

  private async conclude(step: WaterfallStepContext<FlowState>, state: FlowState): Promise<DialogTurnResult> {
    try {
      const decision = decide(state.flowId, state.answers, { now: this.deps.clock(), settings: this.deps.settings });
      const flowTitles = Object.fromEntries(flows.map((f) => [f.id, f.title]));
      const decisionId = await this.keep(decision, step.context);
      const port = this.deps.reminders;
      const reminders = port && { remindable: (s: NextStep) => port.remindable(s.due), set: {}, durable: port.durable };
      const card = outcomeCard({ decision, flowTitles, decisionId, documentNames: this.deps.settings.procedureNames, reminders, service: rememberedService(step.context) });
      const summary = `${decision.outcome.label}. Decided by: ${ownerText(decision.outcome.decidedBy)}`;
      await step.context.sendActivity(cardReply(card, summary, { channelId: step.context.activity.channelId, plain: outcomeText(decision) }));
      await this.deps.onDecision?.(step.context, decision, state.answers);
      return step.endDialog({ flowId: decision.flowId, outcome: decision.outcome.id });
    } catch (err) {
      const retry = err instanceof InvalidAnswersError ? askAgainFrom(state, err) : undefined;
      if (retry) return step.replaceDialog(LOOP, retry);
      this.deps.onDecisionFailed?.(state.flowId, err);
      await step.context.sendActivity(textReply(messages.decisionError));
      return step.endDialog();
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

  private async record(step: WaterfallStepContext<FlowState>): Promise<DialogTurnResult> {
    const { flowId, answers, history } = step.options;
    const result = step.result as AnswerResult;
    if (result.type === 'back') {
      const previous = history.slice(0, -1);
      const kept = Object.fromEntries(previous.map((id) => [id, answers[id]]));
      return step.replaceDialog(LOOP, { flowId, answers: kept, history: previous } satisfies FlowState);
    }
    if (result.type === 'reask') return step.replaceDialog(LOOP, { flowId, answers, history } satisfies FlowState);
    const nextAnswers = { ...answers, [result.questionId]: result.value };
    return step.replaceDialog(LOOP, {
      flowId,
      answers: nextAnswers,
      history: [...history.filter((id) => id !== result.questionId), result.questionId],
    } satisfies FlowState);
  }
}
