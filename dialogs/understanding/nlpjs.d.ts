/** The small part of NLP.js (no types published) that the intent model uses. */
declare module '@nlpjs/nlp' {
  export interface Classification {
    intent: string;
    score: number;
  }
  export interface NlpResult {
    intent: string;
    score: number;
    classifications: Classification[];
  }
  export class Nlp {
    constructor(settings?: Record<string, unknown>);
    container: { use(plugin: unknown): void };
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}

declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
