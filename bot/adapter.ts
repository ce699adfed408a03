import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { messages } from '../dialogs';
import type { Config } from './config';
import type { Logger } from './log';

/** The CloudAdapter: requests are authenticated whenever MicrosoftAppId is set. */
export function createAdapter(config: Config, log: Logger, onFailedTurn: (context: TurnContext) => Promise<void>): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    // The error is logged by type and message only: never the activity, whose text may hold personal details.
    log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message, stack: (error as Error)?.stack }, activityType: context.activity.type }, 'turn failed');
    try {
      await context.sendActivity(messages.turnError);
      await onFailedTurn(context);
    } catch (inner) {
      log.error({ err: { name: (inner as Error)?.name, message: (inner as Error)?.message } }, 'could not recover from a failed turn');
    }
  };
  return adapter;
}
