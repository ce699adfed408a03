import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { errorCard } from '../../cards';
import { messages } from '../../dialogs';
import { cardReply } from '../../dialogs/replies';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Authenticated, ChannelAdapter } from './messagesRoute';

/** The audience of the Bot Framework channels, which the adapter's connector factory expects. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

/** Where channel tokens' signing keys are published, and who issues the tokens. A deployment always trusts
 * Microsoft's (the connector's defaults); only tests pass their own, to sign tokens the bot really verifies. */
export interface ChannelTrust {
  openIdMetadataUrl: string;
  tokenIssuer: string;
}

/** Naming the channel's keys and issuer switches the connector to a fully parameterised setup, which drops
 * its public-cloud defaults; these are those defaults for everything else. */
function trusting(trust: ChannelTrust) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: trust.openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: trust.tokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: BOT_FRAMEWORK_AUDIENCE,
    OAuthUrl: 'https://api.botframework.com',
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Clients kept per bot app id, audience and service URL: few in use, but a caller without authentication
 * can name any service URL, so only the most recent are kept. */
const CLIENTS_KEPT = 64;

class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    let client = this.clients.get(key);
    if (!client) {
      client = make();
      // A failed creation is not kept, so that the next turn tries again.
      client.catch(() => this.clients.get(key) === client && this.clients.delete(key));
      this.clients.set(key, client);
      if (this.clients.size > CLIENTS_KEPT) this.clients.delete(this.clients.keys().next().value!);
    }
    return client;
  }
}

/** The app id botbuilder's own factories use for a request: the audience claim, else the app id claim. */
const appIdOf = (identity: ClaimsIdentity) => identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';

/** botbuilder's authentication, with the clients it makes for every turn (a connector client to reply
 * through, a user token client) made once and reused: each holds only its app's credentials, whose tokens
 * are cached inside them, and building one (an HTTP pipeline) cost more than an echo turn. */
class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>();
  private readonly userTokens = new ClientCache<UserTokenClient>();

  private reusing(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    return { create: (serviceUrl: string, audience?: string) => this.connectors.get(`${appId}\n${audience ?? ''}\n${serviceUrl}`, () => factory.create(serviceUrl, audience)) } as ConnectorFactory;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<Authenticated> {
    const auth = await super.authenticateRequest(activity, authHeader);
    return auth.connectorFactory ? { ...auth, connectorFactory: this.reusing(auth.connectorFactory, auth.claimsIdentity) } : auth;
  }

  override createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(identity), identity);
  }

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokens.get(appIdOf(identity), () => super.createUserTokenClient(identity));
  }
}

/** The CloudAdapter, plus turns for activities from the bot's own local web chat. Those arrive on this
 * server rather than from a Bot Framework channel, so there is no channel JWT to check; they still run
 * through this adapter's pipeline and onTurnError, the same bot and the same storage as Teams traffic. */
export class AppAdapter extends CloudAdapter implements ChannelAdapter {
  constructor(
    private readonly auth: ReusingAuthentication,
    private readonly appId: string,
  ) {
    super(auth);
  }

  /** Runs one local turn. The caller's `logic` must capture what the turn sends (context.onSendActivities
   * and friends), because the connector client made here points at no channel. */
  async processLocalActivity(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const claimsIdentity = this.createClaimsIdentity(this.appId);
    const connectorFactory = this.auth.createConnectorFactory(claimsIdentity);
    await this.processActivity({ audience: BOT_FRAMEWORK_AUDIENCE, claimsIdentity, connectorFactory }, activity, logic);
  }

  /** Verifies a channel request's bearer token (with MicrosoftAppId unset, every request is accepted). */
  authenticate(activity: Activity, authorization: string): Promise<Authenticated> {
    return this.auth.authenticateRequest(activity, authorization);
  }

  /** Runs the turn of an authenticated request; with expectReplies, the replies are in the result's body. */
  processAuthenticated(auth: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/** The CloudAdapter: requests are authenticated whenever MicrosoftAppId is set, against Microsoft's published
 * keys unless `trust` names others. */
export function createAdapter(config: Config, log: Logger, onFailedTurn: (context: TurnContext) => Promise<void>, trust?: ChannelTrust): AppAdapter {
  const auth = new ReusingAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ...(trust ? trusting(trust) : {}),
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
