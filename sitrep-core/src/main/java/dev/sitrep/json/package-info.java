/**
 * The JSON output format of {@code sitrep extract}: one object per article, field names fixed and documented in
 * docs/output-format.md, with its JSON Schema bundled as {@code article.schema.json}.
 */
package dev.sitrep.json;
