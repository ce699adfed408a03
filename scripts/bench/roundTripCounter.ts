import { connect, createServer, type Server, type Socket } from 'node:net';

/** A TCP relay between the bot and Redis that counts what the bot sends: top-level commands (pipelined ones
 * each count; commands inside a Lua script are invisible here) and round trips, a round trip being a burst
 * of requests sent after the previous reply arrived. Round trips are exact only while one turn runs at a
 * time, so the bench counts them with a single user. */
export class RoundTripCounter {
  roundTrips = 0;
  commands: Record<string, number> = {};
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server, readonly port: number) {}

  static async start(upstreamPort: number): Promise<RoundTripCounter> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const counter = new RoundTripCounter(server, (server.address() as { port: number }).port);
    server.on('connection', (client) => counter.relay(client, upstreamPort));
    return counter;
  }

  reset(): void {
    this.roundTrips = 0;
    this.commands = {};
  }

  get totalCommands(): number {
    return Object.values(this.commands).reduce((a, b) => a + b, 0);
  }

  async stop(): Promise<void> {
    this.sockets.forEach((s) => s.destroy());
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket, upstreamPort: number): void {
    const upstream = connect(upstreamPort, '127.0.0.1');
    this.sockets.add(client).add(upstream);
    let awaitingReply = false;
    let pending: Buffer = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      if (!awaitingReply) this.roundTrips++;
      awaitingReply = true;
      pending = this.countCommands(Buffer.concat([pending, chunk]));
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      awaitingReply = false;
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  }

  /** Counts the complete RESP arrays at the front of `buffer` by command name; returns the incomplete rest. */
  private countCommands(buffer: Buffer): Buffer {
    let at = 0;
    for (;;) {
      const parsed = readCommand(buffer, at);
      if (!parsed) return buffer.subarray(at);
      this.commands[parsed.name] = (this.commands[parsed.name] ?? 0) + 1;
      at = parsed.end;
    }
  }
}

/** One client command in RESP (`*<n>\r\n` then n bulk strings), or undefined while it is incomplete. */
function readCommand(buf: Buffer, start: number): { name: string; end: number } | undefined {
  const line = (from: number) => {
    const eol = buf.indexOf('\r\n', from);
    return eol < 0 ? undefined : { text: buf.toString('latin1', from, eol), next: eol + 2 };
  };
  const header = line(start);
  if (!header) return undefined;
  if (!header.text.startsWith('*')) return { name: header.text.split(' ')[0].toLowerCase(), end: header.next };
  let at = header.next;
  let name = '';
  for (let i = 0; i < Number(header.text.slice(1)); i++) {
    const size = line(at);
    if (!size) return undefined;
    const length = Number(size.text.slice(1));
    if (size.next + length + 2 > buf.length) return undefined;
    if (i === 0) name = buf.toString('latin1', size.next, size.next + length).toLowerCase();
    at = size.next + length + 2;
  }
  return { name, end: at };
}
