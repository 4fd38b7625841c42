/**
 * Format checks used by the publiccode.yml validator: dates, URLs, e-mail addresses, MIME types,
 * grapheme counts, and the registries bundled as resources (SPDX, IANA language subtags, ISO 3166,
 * iPA codes, oEmbed schemes, vocabularies). Not part of the public API.
 */
@NullMarked
package eu.ospo.publiccode.internal.check;

import org.jspecify.annotations.NullMarked;
