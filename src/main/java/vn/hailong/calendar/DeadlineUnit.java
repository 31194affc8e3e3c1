package vn.hailong.calendar;

/** How a deadline amount is counted (product.md §2 "Counting rule"). */
public enum DeadlineUnit {
    WORKING_DAYS,
    WORKING_HOURS,
    CALENDAR_DAYS
}
