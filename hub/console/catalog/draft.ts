/** The catalog being edited: a plain copy changed by path, so every editor writes the same way. */
export type Path = (string | number)[];

/** A copy of `value` with the thing at `path` replaced (undefined removes an object's key). */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  const container = value as Record<string | number, unknown>;
  const child = setIn(container[head!], rest, next);
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? child : v)) as T;
  const copy = { ...container };
  if (child === undefined) delete copy[head!];
  else copy[head!] = child;
  return copy as T;
}

export type Update = (path: Path, next: unknown) => void;
