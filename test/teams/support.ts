import type { Activity } from 'botbuilder';

export const BOT = { id: 'bot', name: 'Safeguarding Assistant' };

/** A message as Teams sends it in a group chat or channel: the bot's @mention in the text and as an entity. */
export function mentioning(text: string, where: 'start' | 'end' = 'start'): Partial<Activity> {
  const tag = `<at>${BOT.name}</at>`;
  return {
    type: 'message',
    text: where === 'start' ? `${tag} ${text}` : `${text} ${tag}`,
    recipient: BOT,
    entities: [{ type: 'mention', text: tag, mentioned: BOT }],
  };
}
