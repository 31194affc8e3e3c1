/**
 * Paper survey forms (phiếu khảo sát) imported from CSV or XLSX as ratings of channel IMPORT, with their criterion
 * answers: one row per form, all or nothing, idempotent by unit and form number, with a per-row report and
 * templates built from the active instrument.
 */
package vn.hailong.feedback.imports;
