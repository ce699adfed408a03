import * as ACData from 'adaptivecards-templating';
import type { Card } from './card';
import { inPlainWords } from './plainWords';

export type { Card } from './card';

export const PRIVACY_NOTE = 'Do not type names, dates of birth or other details that identify anyone. The bot keeps only your option choices: a check in progress for a day, a finished check\'s record for 30 days.';

/** A template prepared once: compiled to plain functions where it uses only the simple forms below, and the
 * Adaptive Cards templating library's own template for everything else. */
interface Prepared {
  compiled?: Expander;
  library: ACData.Template;
}

const prepared = new Map<object, Prepared>();

/** Expands a JSON template with data, as the Adaptive Cards templating library does (`$data`, `$when`,
 * `${...}`). Each template is parsed once and reused. Expansion runs for every card of every turn, and the
 * library evaluates each expression through a general expression engine (a fresh memory object per
 * expression, case-insensitive lookups); the forms our templates use (a property path, a string comparison,
 * `||`, `count(...) > n`, `n > m`) are compiled once to plain functions instead. Whenever a compiled template meets
 * anything the library might treat otherwise (a missing or null value, a value of another type), the card
 * is expanded by the library, so the result is the library's in every case. */
export function expand(template: object, data: object): Card {
  let p = prepared.get(template);
  if (!p) {
    p = { compiled: compileTemplate(template), library: new ACData.Template(template) };
    prepared.set(template, p);
  }
  if (p.compiled) {
    try {
      return inPlainWords(p.compiled({ root: data, data }) as Card);
    } catch (err) {
      if (!(err instanceof Unusual)) throw err;
    }
  }
  return inPlainWords(p.library.expand({ $root: data }) as Card);
}

/** The library's own expansion, for comparing with the compiled one. */
export function expandWithLibrary(template: object, data: object): Card {
  return inPlainWords(new ACData.Template(template).expand({ $root: data }) as Card);
}

/** A compiled template met something it leaves to the library. */
class Unusual extends Error {}

interface Scope {
  root: unknown;
  data: unknown;
}

type Expander = (scope: Scope) => unknown;

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
const PATH = /^(\$root|\$data|[A-Za-z_]\w*)(\.[A-Za-z_]\w*)*$/;
const EXPRESSION = /\$\{([^}]*)\}/g;

/** undefined when some part of the template is not one of the compiled forms. */
function compileTemplate(template: object): Expander | undefined {
  try {
    return compileNode(template);
  } catch (err) {
    if (err instanceof Unusual) return undefined;
    throw err;
  }
}

function compileNode(node: unknown): Expander {
  if (typeof node === 'string') return compileString(node);
  if (Array.isArray(node)) return compileArray(node);
  if (typeof node === 'object' && node !== null) return compileObject(node as Record<string, unknown>);
  return () => node;
}

/** Items that expand to null are left out; items that expand to arrays are spliced in. */
function compileArray(items: unknown[]): Expander {
  const compiled = items.map(compileNode);
  return (scope) => {
    const out: unknown[] = [];
    for (const item of compiled) {
      const value = item(scope);
      if (value === null) continue;
      if (Array.isArray(value)) out.push(...value);
      else out.push(value);
    }
    return out;
  };
}

/** `$data` repeats the object for each item of an array (or scopes it to one value); `$when` drops it
 * unless true. Expands to null when nothing is left, the object when one, an array when several. */
function compileObject(node: Record<string, unknown>): Expander {
  const fields = Object.keys(node)
    .filter((key) => !RESERVED.has(key))
    .map((key) => [key, compileNode(node[key])] as const);
  const dataOf = node.$data === undefined ? undefined : compileData(node.$data);
  const when = node.$when === undefined ? undefined : compileWhen(node.$when);
  const expandOne = (scope: Scope) => {
    const out: Record<string, unknown> = {};
    for (const [key, field] of fields) {
      const value = field(scope);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };
  return (scope) => {
    const contextData = dataOf?.(scope);
    const contexts = Array.isArray(contextData) ? contextData : [contextData];
    const results: unknown[] = [];
    let data = scope.data;
    for (const item of contexts) {
      if (item !== undefined) data = item;
      const inner = { root: scope.root, data };
      if (when && !when(inner)) continue;
      results.push(expandOne(inner));
    }
    return results.length === 0 ? null : results.length === 1 ? results[0] : results;
  };
}

function compileData(value: unknown): Expander {
  const whole = typeof value === 'string' ? wholeExpression(value) : undefined;
  if (whole === undefined || !PATH.test(whole)) throw new Unusual();
  return compilePath(whole);
}

/** `${...}` alone gives the value itself (a number stays a number); with text around, a string. */
function compileString(text: string): Expander {
  if (!text.includes('${')) return () => text;
  const whole = wholeExpression(text);
  if (whole !== undefined) {
    if (!PATH.test(whole)) throw new Unusual();
    return compilePath(whole);
  }
  const parts: (string | Expander)[] = [];
  let at = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    parts.push(literal(text.slice(at, match.index)));
    if (!PATH.test(match[1])) throw new Unusual();
    parts.push(compilePath(match[1]));
    at = match.index + match[0].length;
  }
  parts.push(literal(text.slice(at)));
  return (scope) => {
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : scalarText(part(scope));
    return out;
  };
}

/** Text between expressions, as long as the expression parser would read it unchanged. */
function literal(text: string): string {
  if (/[\\`${}]/.test(text)) throw new Unusual();
  return text;
}

function scalarText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Unusual();
}

/** The expression of a string that is exactly one `${...}`. */
function wholeExpression(text: string): string | undefined {
  const m = /^\$\{([^}]*)\}$/.exec(text);
  return m?.[1];
}

type Condition = (scope: Scope) => boolean;

/** `$when`: true keeps the object; anything but true drops it. Forms: a path, `path == 'text'`,
 * `path != 'text'`, `count(path) > n`, and `||` between those. */
function compileWhen(value: unknown): Condition {
  const whole = typeof value === 'string' ? wholeExpression(value) : undefined;
  if (whole === undefined) throw new Unusual();
  const alternatives = whole.split('||').map((s) => s.trim());
  if (alternatives.length === 1) {
    const only = alternatives[0];
    if (PATH.test(only)) {
      const get = compilePath(only);
      return (scope) => {
        const v = get(scope);
        return typeof v === 'boolean' && v;
      };
    }
  }
  const tests = alternatives.map(compileTest);
  return (scope) => tests.some((t) => t(scope));
}

function compileTest(text: string): Condition {
  const comparison = /^(\S+)\s*(==|!=)\s*'([^'\\]*)'$/.exec(text);
  if (comparison && PATH.test(comparison[1])) {
    const [, path, op, expected] = comparison;
    const get = compilePath(path);
    return (scope) => {
      const v = get(scope);
      if (typeof v !== 'string') throw new Unusual();
      return op === '==' ? v === expected : v !== expected;
    };
  }
  const count = /^count\((\S+)\)\s*>\s*(\d+)$/.exec(text);
  if (count && PATH.test(count[1])) {
    const [, path, min] = count;
    const get = compilePath(path);
    return (scope) => {
      const v = get(scope);
      if (!Array.isArray(v)) throw new Unusual();
      return v.length > Number(min);
    };
  }
  const greater = /^(\S+)\s*>\s*(\d+)$/.exec(text);
  if (greater && PATH.test(greater[1])) {
    const [, path, min] = greater;
    const get = compilePath(path);
    return (scope) => {
      const v = get(scope);
      if (typeof v !== 'number') throw new Unusual();
      return v > Number(min);
    };
  }
  throw new Unusual();
}

/** A property path from the current data (`name`, `outcome.label`, `$data`) or from the root (`$root.x`).
 * Only a value found under its exact name is used: the library also matches names case-insensitively and
 * substitutes text for missing values, so anything not found is left to it. */
function compilePath(path: string): Expander {
  const [first, ...rest] = path.split('.');
  const start: Expander =
    first === '$root' ? (scope) => scope.root : first === '$data' ? (scope) => scope.data : (scope) => property(scope.data, first);
  return (scope) => {
    let value = start(scope);
    for (const name of rest) value = property(value, name);
    if (value === undefined || value === null) throw new Unusual();
    return value;
  };
}

function property(object: unknown, name: string): unknown {
  if (typeof object !== 'object' || object === null || Array.isArray(object) || !Object.prototype.hasOwnProperty.call(object, name)) throw new Unusual();
  return (object as Record<string, unknown>)[name];
}
