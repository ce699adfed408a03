import { Nlp } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en-min';
import { flows, flowLanguages, outOfScopeExamples, type FlowDefinition } from '../../rules';

/** The intent of messages about none of the checks. */
const NONE = 'none';

export interface Ranked {
  flowId: string;
  score: number;
}

/** What the intent model makes of a message: the checks it may be about, likeliest first (none when it is about
 * none of them). */
export interface Classification {
  ranked: Ranked[];
  /** True when the likeliest intent is "none of the checks". */
  outOfScope: boolean;
}

/** Routes typed messages to a check by meaning. Trained in memory from the examples kept beside each flow (and
 * each flow's trigger phrases): nothing is read from or written to disk, and nothing typed leaves the server. */
export class IntentModel {
  private constructor(
    private readonly nlp: Nlp,
    private readonly flowIds: Set<string>,
    /** How long training took, in milliseconds of wall-clock time (logged at startup). */
    readonly trainedInMs: number,
    /** The processor time training used, in milliseconds: unlike wall-clock time, not inflated by a busy machine. */
    readonly trainingCpuMs: number,
  ) {}

  static async train(definitions: readonly FlowDefinition[] = flows): Promise<IntentModel> {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const nlp = new Nlp({ languages: ['en'], autoLoad: false, autoSave: false, modelFileName: '', nlu: { log: false }, forceNER: false });
    nlp.container.use(LangEn);
    nlp.addLanguage('en');
    const flowIds = new Set<string>();
    for (const flow of definitions) {
      const language = flowLanguages.find((l) => l.flowId === flow.id);
      for (const utterance of [...flow.triggers, ...(language?.examples ?? [])]) nlp.addDocument('en', utterance, flow.id);
      flowIds.add(flow.id);
    }
    for (const utterance of outOfScopeExamples) nlp.addDocument('en', utterance, NONE);
    await nlp.train();
    const used = process.cpuUsage(cpu);
    return new IntentModel(nlp, flowIds, performance.now() - started, (used.user + used.system) / 1000);
  }

  async classify(text: string): Promise<Classification> {
    const result = await this.nlp.process('en', text);
    const ranked = result.classifications
      .filter((c) => this.flowIds.has(c.intent) && c.score > 0)
      .map((c) => ({ flowId: c.intent, score: c.score }))
      .sort((a, b) => b.score - a.score);
    const top = result.classifications.reduce((a, b) => (b.score > a.score ? b : a), { intent: NONE, score: 0 });
    return { ranked, outOfScope: top.intent === NONE || ranked.length === 0 };
  }
}
