/** A copy of `value` as JSON would give it back (JSON.parse(JSON.stringify(value))), made without the text in
 * between: plain objects and arrays are copied, strings, booleans and finite numbers kept (-0 as 0), other numbers
 * become null, and undefined, functions and symbols are left out of objects (null in arrays). Anything else (a Date, an
 * object with toJSON, a class instance) goes through JSON itself. */
export function jsonCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON writes -0 as 0.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) out[i] = jsonCopy(value[i]) ?? null;
        return out;
      }
      if (isPlain(value)) {
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(value)) {
          const copied = jsonCopy((value as Record<string, unknown>)[key]);
          if (copied !== undefined) out[key] = copied;
        }
        return out;
      }
      return JSON.parse(JSON.stringify(value));
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined;
  }
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
