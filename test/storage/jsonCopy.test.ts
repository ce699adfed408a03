import fc from 'fast-check';
import { jsonCopy } from '../../bot/state/jsonCopy';

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

describe('a copy as JSON would give it back', () => {
  test('equals the JSON round trip for any JSON-like value, undefined, odd numbers and dates included', () => {
    const leaf = fc.oneof(fc.string(), fc.boolean(), fc.double(), fc.constant(undefined), fc.constant(null), fc.date({ noInvalidDate: true }));
    fc.assert(
      fc.property(fc.object({ values: [leaf], maxDepth: 4, withNullPrototype: true }), (value) => {
        expect(jsonCopy(value)).toEqual(viaJson(value));
        expect(JSON.stringify(jsonCopy(value))).toBe(JSON.stringify(viaJson(value)));
      }),
    );
  });

  test('shares nothing with the original', () => {
    const original = { stack: [{ id: 'flow', state: { answers: { a: 'yes' } } }] };
    const copy = jsonCopy(original) as typeof original;
    copy.stack[0].state.answers.a = 'no';
    copy.stack.push({ id: 'other', state: { answers: { a: 'x' } } });
    expect(original).toEqual({ stack: [{ id: 'flow', state: { answers: { a: 'yes' } } }] });
  });

  test('objects with toJSON go through JSON, and values JSON cannot hold are refused as JSON refuses them', () => {
    const value = { when: new Date('2026-12-05T09:00:00Z'), custom: { toJSON: () => 'custom' }, list: [undefined, () => 1, NaN], zero: -0 };
    expect(jsonCopy(value)).toEqual({ when: '2026-12-05T09:00:00.000Z', custom: 'custom', list: [null, null, null], zero: 0 });
    expect(() => jsonCopy({ big: BigInt(1) })).toThrow(TypeError);
  });
});
