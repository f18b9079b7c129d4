/**
 * A value made on first use, then kept. For `Intl` formatters held by a module: the first `Intl`
 * object a page makes loads the locale's data (30–55 ms on a desktop CPU, four times that on
 * Lighthouse's phone), so making them at import put that cost in the entry script's evaluation, one
 * long task before the first render (bench/public-site). Made on first use, it falls in the render,
 * which React runs in short slices.
 */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
