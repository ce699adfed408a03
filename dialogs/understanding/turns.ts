import type { TurnContext } from 'botbuilder';
import { explanationCard, explanationText, menuCard, noticeCard, switchOfferCard } from '../../cards';
import { answerHints, flows, getFlow, resolveReferences, termQuestion, type DecisionSettings, type TakenFact } from '../../rules';
import type { AnswerPromptOptions } from '../answerPrompt';
import { startState } from '../flowDialog';
import type { FlowState } from '../storedFlow';
import { messages } from '../messages';
import { cardReply, textReply } from '../replies';
import { termNotesFor } from '../routing';
import { parseTypedAnswer } from '../typedAnswer';
import { explanationView } from './explain';
import { sharedIntentModel } from './index';
import { explainTerms, START_AT } from './understand';

const MIN_WORDS_TO_SWITCH = 3;

/** Answers "what is …" / "what does … stand for" with the explanation card. False when the text is not a term
 * question about a term the bot knows. */
export async function answerTermQuestion(context: TurnContext, text: string, settings: DecisionSettings): Promise<boolean> {
  const question = termQuestion(text);
  if (!question) return false;
  const { found, unknown } = explainTerms(question);
  if (!found.length) return false;
  const view = explanationView(question, found, unknown, settings.procedureUrls);
  await context.sendActivity(cardReply(explanationCard(view), explanationText(view)));
  return true;
}

/** The state a check starts in from a first message, after the notes on any term it used and a line saying
 * which facts were taken from it (only those the check asks on its path, each checked as a typed answer). */
export async function startFromMessage(context: TurnContext, flowId: string, facts: TakenFact[], text: string, settings: DecisionSettings): Promise<FlowState> {
  const flow = getFlow(flowId);
  for (const note of flow ? termNotesFor(flow, text) : []) {
    const card = noticeCard('About the term you used', note.text, resolveReferences(note.refs, settings.procedureUrls));
    await context.sendActivity(cardReply(card, note.text));
  }
  const carry = Object.fromEntries(facts.map((f) => [f.questionId, f.value]));
  const state = startState(flowId, carry);
  const taken = facts.filter((f) => f.questionId in state.answers);
  if (taken.length) await context.sendActivity(textReply(messages.takenFromMessage(taken.map((f) => f.text))));
  return state;
}

/** The menu narrowed to the likeliest checks, when the message could be about more than one. */
export async function offerLikelyChecks(context: TurnContext, flowIds: string[]): Promise<void> {
  const likely = flows.filter((f) => flowIds.includes(f.id));
  await context.sendActivity(cardReply(menuCard(likely, messages.whichCheck), messages.whichCheck));
}

/** During a check, a message that is not an answer to the question but clearly names another check: offers to
 * switch, keeping the current check until the user taps. False when the text answers the question or names no
 * other check. */
export async function offerSwitch(context: TurnContext, text: string, pending: AnswerPromptOptions, now: Date): Promise<boolean> {
  const flow = getFlow(pending.flowId);
  const question = flow?.questions.find((q) => q.id === pending.questionId);
  // A short message is an attempted answer ("6 months"), refused with its own reason, never a request to switch.
  if (!flow || !question || text.trim().split(/\s+/).length < MIN_WORDS_TO_SWITCH) return false;
  if (parseTypedAnswer(question, text, now, answerHints(flow.id, question.id)).ok) return false;
  const { ranked, outOfScope } = await (await sharedIntentModel()).classify(text);
  const top = ranked[0];
  if (outOfScope || !top || top.flowId === flow.id || top.score < START_AT) return false;
  const other = getFlow(top.flowId);
  if (!other) return false;
  await context.sendActivity(cardReply(switchOfferCard(flow.title, { flowId: other.id, title: other.title }), `That sounds like another check: "${other.title}"`));
  return true;
}
