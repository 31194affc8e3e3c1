package vn.hailong.feedback;

/** Why an unhappy citizen was unhappy: the kiosk's reason chips. Labels live in the kiosk message bundle. */
public enum Reason { ATTITUDE, WAITING, GUIDANCE, LATE, FEES, OTHER }
