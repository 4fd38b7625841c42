/**
 * JSON for ospo's files. {@link eu.ospo.jackson.OspoModule} is the Jackson 3 module ({@code
 * ObjectMapper.readValue} validates, or throws {@link eu.ospo.jackson.InvalidMetadataException});
 * {@link eu.ospo.jackson.OspoJson} reads JSON into the parsers' results without exceptions and
 * writes models as JSON. The JSON has exactly the keys of publiccode.yml and governance.yml.
 */
@NullMarked
package eu.ospo.jackson;

import org.jspecify.annotations.NullMarked;
