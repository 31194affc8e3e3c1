package vn.hailong.complaints.workflow;

import vn.hailong.complaints.ComplaintKind;

/** The legal regime whose deadlines apply: a kind, and for a complaint (khiếu nại) its instance. */
public enum CaseType {
    PHAN_ANH, KIEN_NGHI, KHIEU_NAI_1, KHIEU_NAI_2, TO_CAO;

    public static CaseType of(ComplaintKind kind, Integer instance) {
        return switch (kind) {
            case PHAN_ANH -> PHAN_ANH;
            case KIEN_NGHI -> KIEN_NGHI;
            case KHIEU_NAI -> instance != null && instance == 2 ? KHIEU_NAI_2 : KHIEU_NAI_1;
            case TO_CAO -> TO_CAO;
        };
    }
}
