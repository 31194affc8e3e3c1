package vn.hailong.feedback;

/** Where a rating came from (product.md §2). */
public enum Channel { KIOSK, COUNTER, SMS, WEB, IMPORT }
