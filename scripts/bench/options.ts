import { z } from 'zod';

/** The bench's command line, read once with zod; a bad option is a plain message, never a stack trace. */
const schema = z.object({
  /** Concurrent simulated users per load level; the targets use 5 (latency) and 50 (throughput). */
  users: z.array(z.number().int().min(1).max(500)).min(1),
  seconds: z.number().positive().max(600),
  warmup: z.number().min(0).max(600),
  /** Flow ids whose public scenarios the users work through; empty = every flow. */
  flows: z.array(z.string().regex(/^[a-z0-9_-]+$/)),
  /** Which server variants to measure. */
  targets: z.array(z.enum(['redis', 'memory', 'echo'])).min(1),
  /** Run the servers from source with tsx instead of the compiled dist/ (slower; used by the smoke test). */
  fromSource: z.boolean(),
  /** Where the JSON results go. */
  out: z.string().min(1),
  /** Passes --cpu-prof to the server processes; profiles land in this directory. */
  cpuProf: z.string().min(1).optional(),
});

export type BenchOptions = z.infer<typeof schema>;

const DEFAULTS: BenchOptions = {
  users: [5, 50],
  seconds: 20,
  warmup: 5,
  flows: [],
  targets: ['redis', 'memory', 'echo'],
  fromSource: false,
  out: 'bench-results.json',
};

/** `--smoke`: the tiny run inside npm test, which checks that the bench still works, not how fast it is. */
const SMOKE: Partial<BenchOptions> = { users: [2], seconds: 2, warmup: 0.5, flows: ['s42'], fromSource: true };

export const USAGE = `npm run bench -- [options]
  --users 5,50        concurrent users, one load level per value (default 5,50)
  --seconds 20        measured seconds per level (default 20)
  --warmup 5          warm-up seconds per level, not counted (default 5)
  --flows s42,remand  only these flows' public scenarios (default: every flow)
  --targets redis,memory,echo   which servers to measure (default: all three)
  --from-source       run the servers with tsx instead of dist/ (no build needed; slower)
  --out FILE          JSON results (default bench-results.json)
  --cpu-prof DIR      write a V8 CPU profile of each server process to DIR
  --smoke             a tiny run (2 users, 2 s, s42 only, from source) that checks the bench works`;

export class OptionsError extends Error {}

const list = (v: string) => v.split(',').map((x) => x.trim()).filter(Boolean);

export function parseOptions(argv: string[]): BenchOptions {
  const raw: Record<string, unknown> = {};
  let smoke = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new OptionsError(`${arg} needs a value\n\n${USAGE}`);
      return v;
    };
    switch (arg) {
      case '--users': raw.users = list(value()).map(Number); break;
      case '--seconds': raw.seconds = Number(value()); break;
      case '--warmup': raw.warmup = Number(value()); break;
      case '--flows': raw.flows = list(value()); break;
      case '--targets': raw.targets = list(value()); break;
      case '--from-source': raw.fromSource = true; break;
      case '--out': raw.out = value(); break;
      case '--cpu-prof': raw.cpuProf = value(); break;
      case '--smoke': smoke = true; break;
      default: throw new OptionsError(`unknown option ${arg}\n\n${USAGE}`);
    }
  }
  const parsed = schema.safeParse({ ...DEFAULTS, ...(smoke ? SMOKE : {}), ...raw });
  if (!parsed.success) {
    throw new OptionsError(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n\n${USAGE}`);
  }
  return parsed.data;
}
