package vn.hailong.calendar;

/** What a calendar row says about its day: off (ngày nghỉ) or worked although it is a rest day (làm bù). */
public enum DayKind {
    HOLIDAY,
    WORKING_DAY
}
