import type { Activity } from 'botbuilder';
import { z } from 'zod';

const teamsChannelData = z.object({ tenant: z.object({ id: z.string().min(1) }) });
const conversation = z.object({ tenantId: z.string().min(1) });

/** The Microsoft Entra tenant an activity comes from: Teams puts it in channelData, other channels may
 * set it on the conversation. Anything else in the activity is ignored. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = teamsChannelData.safeParse(activity.channelData);
  if (fromChannelData.success) return fromChannelData.data.tenant.id;
  const fromConversation = conversation.safeParse(activity.conversation);
  return fromConversation.success ? fromConversation.data.tenantId : undefined;
}

/** With no list configured every tenant is allowed; with one, an activity whose tenant is missing or not
 * listed is refused, since it cannot be shown to come from an allowed organisation. */
export function tenantAllowed(allowed: readonly string[] | undefined, activity: Partial<Activity>): boolean {
  if (!allowed || allowed.length === 0) return true;
  const tenant = tenantOf(activity)?.toLowerCase();
  return tenant !== undefined && allowed.some((t) => t.toLowerCase() === tenant);
}
