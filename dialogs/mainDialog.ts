import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { helpCard, menuCard } from '../cards';
import { flows, getFlow } from '../rules';
import type { AnswerPromptOptions } from './answerPrompt';
import type { DialogDeps } from './deps';
import { FLOW_DIALOG, FlowDialog, startState } from './flowDialog';
import type { UserInput } from './input';
import { messages } from './messages';
import { cardReply, textReply } from './replies';
import { inputOf } from './turnInput';
import { sharedIntentModel, understand } from './understanding';
import { answerTermQuestion, offerLikelyChecks, offerSwitch, startFromMessage } from './understanding/turns';

export const MAIN_DIALOG = 'main';
const ROUTE = 'route';

/** Routes what the user says to a flow, and handles help, cancel, restart and menu at any point. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new FlowDialog(deps));
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this), async (step) => step.endDialog(step.result)]));
    this.initialDialogId = ROUTE;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === 'message') {
      const input = inputOf(innerDc.context);
      if (input.kind === 'command' && input.command !== 'back') return this.interrupt(innerDc, input);
      if (input.kind === 'text' && (await this.aside(innerDc, input.text))) return Dialog.EndOfTurn;
    }
    return super.onContinueDialog(innerDc);
  }

  /** A question about a term, or a message naming another check, typed while a question is pending: answered
   * (or a switch offered) and the same question shown again. */
  private async aside(innerDc: DialogContext, text: string): Promise<boolean> {
    const pending = pendingPrompt(innerDc);
    if (!pending) return false;
    const handled =
      (await answerTermQuestion(innerDc.context, text, this.deps.settings)) || (await offerSwitch(innerDc.context, text, pending, this.deps.clock()));
    if (handled) await innerDc.repromptDialog();
    return handled;
  }

  private async interrupt(innerDc: DialogContext, input: Extract<UserInput, { kind: 'command' }>): Promise<DialogTurnResult> {
    switch (input.command) {
      case 'help':
        await innerDc.context.sendActivity(cardReply(helpCard(flows), messages.helpText));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'restart': {
        const flowId = pendingFlow(innerDc);
        await innerDc.cancelAllDialogs();
        return flowId ? innerDc.beginDialog(FLOW_DIALOG, startState(flowId)) : this.showMenu(innerDc);
      }
      case 'start':
        await innerDc.cancelAllDialogs();
        return this.start(innerDc, input.flow, input.carry);
      case 'cancel':
        await innerDc.cancelAllDialogs();
        await innerDc.context.sendActivity(textReply(messages.cancelled));
        return this.showMenu(innerDc);
      default:
        await innerDc.cancelAllDialogs();
        return this.showMenu(innerDc);
    }
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = inputOf(step.context);
    switch (input.kind) {
      case 'command':
        if (input.command === 'start') return this.start(step, input.flow, input.carry);
        if (input.command === 'help') {
          await step.context.sendActivity(cardReply(helpCard(flows), messages.helpText));
          return step.endDialog();
        }
        return this.showMenu(step);
      case 'text': {
        const understood = await understand(input.text, await sharedIntentModel(), this.deps.clock());
        switch (understood.kind) {
          case 'explain':
            await answerTermQuestion(step.context, input.text, this.deps.settings);
            return step.endDialog();
          case 'start':
            return step.beginDialog(FLOW_DIALOG, await startFromMessage(step.context, understood.flowId, understood.facts, input.text, this.deps.settings));
          case 'suggest':
            await offerLikelyChecks(step.context, understood.flowIds);
            return step.endDialog();
          case 'none':
            return this.showMenu(step, understood.unknownTerm ? messages.unknownTerm(understood.unknownTerm) : messages.notUnderstood);
        }
      }
      case 'submit':
        await step.context.sendActivity(textReply(messages.finishedCard));
        return this.showMenu(step);
      case 'malformed':
        await step.context.sendActivity(textReply(messages.malformed));
        return this.showMenu(step);
      case 'empty':
        return this.showMenu(step);
    }
  }

  private async start(dc: DialogContext, flowId: string | undefined, carry?: Record<string, string | number | string[]>): Promise<DialogTurnResult> {
    if (!flowId || !getFlow(flowId)) return this.showMenu(dc, messages.unknownFlow);
    return dc.beginDialog(FLOW_DIALOG, startState(flowId, carry));
  }

  private async showMenu(dc: DialogContext, intro?: string): Promise<DialogTurnResult> {
    await dc.context.sendActivity(cardReply(menuCard(flows, intro), intro ?? 'What do you need to check?'));
    return dc.endDialog();
  }
}

/** The question being asked, from the innermost active dialog (the answer prompt). */
function pendingPrompt(dc: DialogContext): AnswerPromptOptions | undefined {
  let inner: DialogContext = dc;
  while (inner.child) inner = inner.child;
  const options = inner.activeDialog?.state?.options as AnswerPromptOptions | undefined;
  return options?.flowId && options.questionId ? options : undefined;
}

/** The flow of the question being asked. */
const pendingFlow = (dc: DialogContext): string | undefined => pendingPrompt(dc)?.flowId;
