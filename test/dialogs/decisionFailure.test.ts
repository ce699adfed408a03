import { messages } from '../../dialogs';
import { Conversation } from '../support/conversation';
import { capturedLog } from '../support/log';

/** A flow that cannot be decided for a reason other than the user's answers (here: a clock gone wrong, which
 * `decide` refuses) must reach the operators' log, while the user gets the plain message. */
describe('a decision that fails for a reason other than the answers', () => {
  test('is logged with the flow id and the error, without the answers, and the user is told plainly', async () => {
    const { log, lines } = capturedLog();
    const conversation = new Conversation({ log, now: new Date(Number.NaN) });
    const { replies } = await conversation.run('s42', { immediate_danger: 'yes' });

    expect(replies.map((r) => r.text)).toContain(messages.decisionError);
    const failures = lines().filter((l) => l.msg === 'decision not made: the user was told to start again');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ level: 50, flow: 's42', err: { name: 'InvalidAnswersError' } });
    expect(JSON.stringify(failures[0])).not.toContain('immediate_danger');
  });
});
