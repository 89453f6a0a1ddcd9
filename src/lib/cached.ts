/** The value of `key` in `cache`, made by `make` the first time it is asked for: for values that are costly to make and asked for again and again (parsed names, Intl formatters, a language's Locale). */
export function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
