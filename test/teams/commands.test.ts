import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandFromText } from '../../dialogs/input';
import { routeText } from '../../dialogs/routing';
import { flows } from '../../rules';
import { readManifestTemplate } from '../../manifest/package';
import { Conversation, lastCard, pendingQuestion } from '../support/conversation';
import { mentioning } from './support';

type Command = { title: string; description?: string };
const manifest = readManifestTemplate() as { bots: { commandLists: { scopes: string[]; commands: Command[] }[] }[] };
const lists = manifest.bots[0].commandLists;
const commands = lists.flatMap((l) => l.commands);
const flowCommands = commands.filter((c) => !commandFromText(c.title));

describe('the manifest\'s command list', () => {
  test('covers personal chats, group chats and teams', () => {
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  test('offers every flow, and every command is a flow or one of the bot\'s command words', () => {
    const routed = flowCommands.map((c) => routeText(c.title, flows)?.flow.id);
    expect(routed).not.toContain(undefined);
    expect([...new Set(routed)].sort()).toEqual(flows.map((f) => f.id).sort());
    expect(commands.filter((c) => commandFromText(c.title)).map((c) => c.title).sort()).toEqual(['back', 'cancel', 'help', 'menu', 'restart']);
  });

  test.each(flowCommands.map((c) => [c.title, routeText(c.title, flows)!.flow.id]))(
    '"@bot %s" picked from the list in a channel starts the %s flow',
    async (title, flowId) => {
      const chat = new Conversation({ conversationType: 'channel', channelId: 'msteams', conversationId: '19:c@thread.tacv2;messageid=1' });
      const card = lastCard(await chat.send(mentioning(title)));
      expect(pendingQuestion(card!)?.flow).toBe(flowId);
    },
  );
});

describe('cards for Teams', () => {
  test('every card template sets version "1.5" (Teams falls back to an error card without it)', () => {
    const dir = join(__dirname, '..', '..', 'cards', 'templates');
    const templates = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(templates.length).toBeGreaterThan(0);
    for (const file of templates) {
      const card = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      expect({ file, type: card.type, version: card.version }).toEqual({ file, type: 'AdaptiveCard', version: '1.5' });
    }
  });

  test('a whole check in a personal chat sends no suggested actions (Teams shows them only there)', async () => {
    const chat = new Conversation({ channelId: 'msteams' });
    const replies = [
      ...(await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: '' }] })),
      ...(await chat.send('help')),
      ...(await chat.send('s42')),
      ...(await chat.send('yes')),
    ];
    expect(replies.length).toBeGreaterThan(3);
    expect(replies.filter((r) => r.suggestedActions)).toEqual([]);
  });
});
