import { IntentModel } from './intentModel';

export { IntentModel, NONE, type Classification, type Ranked } from './intentModel';
export { understand, explainTerms, START_AT, SUGGEST_AT, type Understanding } from './understand';

let shared: Promise<IntentModel> | undefined;

/** The process's intent model, trained once in memory on first use (the bot trains it at startup). */
export function sharedIntentModel(): Promise<IntentModel> {
  shared ??= IntentModel.train();
  return shared;
}
