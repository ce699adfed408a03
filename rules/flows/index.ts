import type { FlowDefinition } from '../model';
import { s42 } from './s42';

/** Every flow the bot offers, in menu order. */
export const flowDefinitions: FlowDefinition[] = [s42];
