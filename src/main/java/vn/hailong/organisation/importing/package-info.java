/**
 * CSV import of the directory (units, sectors, procedures, counters, officers): a UTF-8 file (with or without BOM,
 * comma- or semicolon-separated) with a header row whose columns are named like the API fields. Each row goes
 * through the same scoped use cases as the API, in its own transaction, and gets its own line in the report.
 *
 * <p>An existing code is <b>updated</b> (admins keep one spreadsheet and re-import it); a row that matches what is
 * stored is reported UNCHANGED and not written, so re-importing the same file changes nothing. Columns absent from
 * the header keep their stored value; a column present but empty clears an optional value.
 */
package vn.hailong.organisation.importing;
