/**
 * Reading synthesized arguments: blocks are objects or lists of objects depending on the schema, so a
 * dotted path is followed through both and yields every value found.
 */
export function valuesAt(body: unknown, path: string): unknown[] {
  let current: unknown[] = [body];
  for (const key of path.split(".")) {
    current = current.flatMap((node) => (Array.isArray(node) ? node : [node])).flatMap((node) => (node !== null && typeof node === "object" && key in node ? [(node as Record<string, unknown>)[key]] : []));
  }
  return current.flatMap((node) => (Array.isArray(node) ? node : [node]));
}

/** The single value at `path`, or `providerDefault` when the argument is not set (what the provider sends then). */
export function valueAt<T>(body: unknown, path: string, providerDefault?: T): T | undefined {
  const [first] = valuesAt(body, path);
  return first === undefined ? providerDefault : (first as T);
}

/** True for a string that contains a Terraform reference or expression, i.e. not a literal. */
export function isExpression(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

/** A value nested in an argument tree, with the key it sits under (a list's items inherit the list's key). */
export interface NestedValue {
  readonly key: string | undefined;
  readonly value: unknown;
}

/**
 * Every value of a tree of objects and lists at any depth, the root included (key undefined), e.g.
 * every `public_ip_address_id` of a resource or every string of an output's value.
 */
export function deepValues(node: unknown, key?: string): NestedValue[] {
  const children = Array.isArray(node)
    ? node.flatMap((item) => deepValues(item, key))
    : node !== null && typeof node === "object"
      ? Object.entries(node).flatMap(([k, v]) => deepValues(v, k))
      : [];
  return [{ key, value: node }, ...children];
}
