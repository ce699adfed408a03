import { IntentModel } from './intentModel';

export { IntentModel } from './intentModel';
export { understand } from './understand';

let shared: Promise<IntentModel> | undefined;

/** The process's intent model, trained once in memory on first use (the bot trains it at startup). */
export function sharedIntentModel(): Promise<IntentModel> {
  shared ??= IntentModel.train();
  return shared;
}
