import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { errorCard } from '../../cards';
import { messages } from '../../dialogs';
import { cardReply } from '../../dialogs/replies';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Authenticated, ChannelAdapter } from './messagesRoute';

/** The audience of the Bot Framework channels, which the adapter's connector factory expects. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

/** The CloudAdapter, plus turns for activities from the bot's own local web chat. Those arrive on this
 * server rather than from a Bot Framework channel, so there is no channel JWT to check; they still run
 * through this adapter's pipeline and onTurnError, the same bot and the same storage as Teams traffic. */
export class AppAdapter extends CloudAdapter implements ChannelAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    private readonly appId: string,
  ) {
    super(auth);
  }

  /** Runs one local turn. The caller's `logic` must capture what the turn sends (context.onSendActivities
   * and friends), because the connector client made here points at no channel. */
  async processLocalActivity(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const claimsIdentity = this.createClaimsIdentity(this.appId);
    const connectorFactory = this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity);
    await this.processActivity({ audience: BOT_FRAMEWORK_AUDIENCE, claimsIdentity, connectorFactory }, activity, logic);
  }

  /** Verifies a channel request's bearer token (with MicrosoftAppId unset, every request is accepted). */
  authenticate(activity: Activity, authorization: string): Promise<Authenticated> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs the turn of an authenticated request; with expectReplies, the replies are in the result's body. */
  processAuthenticated(auth: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/** The CloudAdapter: requests are authenticated whenever MicrosoftAppId is set. */
export function createAdapter(config: Config, log: Logger, onFailedTurn: (context: TurnContext) => Promise<void>): AppAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new AppAdapter(auth, config.MicrosoftAppId ?? '');
  adapter.onTurnError = async (context, error) => {
    // The error is logged by type and message only: never the activity, whose text may hold personal details.
    log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message, stack: (error as Error)?.stack }, activityType: context.activity.type }, 'turn failed');
    try {
      await context.sendActivity(cardReply(errorCard('Something went wrong', messages.turnError), messages.turnError, { channelId: context.activity.channelId }));
      await onFailedTurn(context);
    } catch (inner) {
      log.error({ err: { name: (inner as Error)?.name, message: (inner as Error)?.message } }, 'could not recover from a failed turn');
    }
  };
  return adapter;
}
