/**
 * The working calendar: holidays and make-up working days as editable data (table {@code calendar_days}, seeded
 * for 2024–2026 by a migration), a pure {@link vn.hailong.calendar.WorkingCalendar} that answers "is this a working
 * day", and the holidays API. Deadline counting (product.md §4.7) builds on it.
 */
package vn.hailong.calendar;
