import type { ComplexAttributeConverter } from 'lit';

/** An attribute whose JSON did not parse; the element reports it instead of dropping it. */
export class InvalidJson {
  constructor(
    readonly attribute: string,
    readonly text: string,
    readonly reason: string,
  ) {}
}

/**
 * Converter for JSON object attributes (`user-data='{"k":"v"}'`). Bad JSON becomes an InvalidJson
 * value, so the element can show a coded error rather than silently act without the data.
 */
export function jsonObjectAttribute<T extends object>(attribute: string): ComplexAttributeConverter<T | InvalidJson | undefined> {
  return {
    fromAttribute(value: string | null) {
      if (value === null || value.trim() === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new InvalidJson(attribute, value, 'expected a JSON object');
        return parsed as T;
      } catch (error) {
        return new InvalidJson(attribute, value, (error as Error).message);
      }
    },
    toAttribute(value: T | InvalidJson | undefined) {
      if (value === undefined) return null;
      return value instanceof InvalidJson ? value.text : JSON.stringify(value);
    },
  };
}

/** Converter for JSON array attributes (`buttons='["Show","Dismiss"]'`), with the same reporting. */
export function jsonArrayAttribute<T>(attribute: string): ComplexAttributeConverter<T[] | InvalidJson | undefined> {
  return {
    fromAttribute(value: string | null) {
      if (value === null || value.trim() === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        return Array.isArray(parsed) ? (parsed as T[]) : new InvalidJson(attribute, value, 'expected a JSON array');
      } catch (error) {
        return new InvalidJson(attribute, value, (error as Error).message);
      }
    },
    toAttribute(value: T[] | InvalidJson | undefined) {
      if (value === undefined) return null;
      return value instanceof InvalidJson ? value.text : JSON.stringify(value);
    },
  };
}
