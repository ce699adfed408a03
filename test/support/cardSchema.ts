import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../fixtures/adaptive-card-1.5.schema.json';

// The Adaptive Cards 1.5 schema (MIT, see test/fixtures/ADAPTIVECARDS-LICENSE.txt) is draft-06 and uses
// a few keywords ajv does not know; strict mode is off so they are ignored rather than rejected.
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
addFormats(ajv);
// Draft-06 names the schema's own URI `id`; ajv 8 reads only `$id`, so the copy compiled here is renamed.
const { id: schemaUri, ...rest } = schema as { id: string } & Record<string, unknown>;
const validate = ajv.compile({ $id: schemaUri, ...rest });

/** Throws with every schema error when the card is not a valid Adaptive Card 1.5 for Teams. */
export function expectValidCard(card: unknown): void {
  const ok = validate(card);
  const errors = ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  const c = card as { version?: string; type?: string };
  if (c?.type !== 'AdaptiveCard') errors.push('type must be AdaptiveCard');
  if (c?.version !== '1.5') errors.push('version must be "1.5" (Teams needs it set)');
  if (errors.length) throw new Error(`Invalid Adaptive Card:\n${errors.slice(0, 20).join('\n')}\n${JSON.stringify(card).slice(0, 500)}`);
}
