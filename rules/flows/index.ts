import type { FlowDefinition } from '../model';
import { s42 } from './s42';
import { marac } from './marac';
import { rtc } from './rtc';
import { remand } from './remand';
import { mappa } from './mappa';

/** Every flow the bot offers, in menu order. */
export const flowDefinitions: FlowDefinition[] = [s42, marac, rtc, remand, mappa];
