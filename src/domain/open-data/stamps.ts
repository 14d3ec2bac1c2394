/**
 * When a public record was created and last modified (ISO 8601 instants), as OParl's `created`
 * and `modified` carry them (OParl 1.1, "Eigenschaften mit Verwendung in mehreren Objekttypen").
 */
export interface Stamps {
  created: string;
  modified: string;
}
