/**
 * Flow `mappa`: is this person MAPPA eligible, which category, who leads, which level, and what must be done
 * by when (shared/specs/mappa.md). Seed lines ("003 L3371") refer to shared/seeds/. The Schedule 15 list is
 * linked, never reproduced. Every category and level is indicative and names who decides.
 */
import type { FlowDefinition } from '../../model';
import { facts } from './facts';
import { flags } from './flags';
import { dateAnswer } from './predicates';
import { outcomes } from './outcomes';
import { questions } from './questions';
import { rules } from './rules';
import { defaultSettings, settingsSchema, type MappaSettings } from './settings';
import { steps } from './steps';
import { validate } from './validate';

export const mappa: FlowDefinition<MappaSettings> = {
  id: 'mappa',
  title: 'Is this person MAPPA eligible, which category, who leads, which level, and what must I do by when?',
  description: 'MAPPA eligibility, category, lead agency, indicated level and deadlines',
  triggers: [
    'is this mappa',
    'is he mappa eligible',
    'mappa category',
    'which mappa level',
    'cat 1',
    'cat 2',
    'cat 3',
    'cat 4',
    'mappa referral',
    'mappa a',
    'who is the lead agency',
    'registered sex offender mappa',
    'terrorism mappa',
    'when do i refer to mappa',
    'mappa',
    'which category',
    'is he mappa',
    'mappa level',
    'visor',
  ],
  rulesVersion: 'mappa-2026.12.3',
  maxQuestions: 11,
  defaultSettings,
  settingsSchema,
  questions,
  outcomes,
  rules,
  flags,
  steps,
  anchors: {
    sentence: { label: 'sentence', resolve: (ctx) => dateAnswer(ctx, 'sentence_date') },
    release: { label: 'release or discharge', resolve: (ctx) => dateAnswer(ctx, 'release_date') },
  },
  validate,
  facts,
};
