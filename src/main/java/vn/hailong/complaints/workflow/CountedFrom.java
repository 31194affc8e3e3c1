package vn.hailong.complaints.workflow;

/** When a step's clock starts: at receipt (or the latest transfer), at acceptance (thụ lý), or at the answer. */
public enum CountedFrom {
    RECEIPT, ACCEPTANCE, ANSWER
}
