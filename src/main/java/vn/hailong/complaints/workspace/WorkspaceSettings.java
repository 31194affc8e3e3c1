package vn.hailong.complaints.workspace;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Configured under {@code hailong.complaints.workspace.*}. */
@ConfigurationProperties("hailong.complaints.workspace")
public class WorkspaceSettings {

    /** a case is "due soon" when its next due time falls within this many working days */
    private int dueSoonWorkingDays = 2;
    /** rows per queue page */
    private int pageSize = 25;

    public int getDueSoonWorkingDays() { return dueSoonWorkingDays; }
    public void setDueSoonWorkingDays(int dueSoonWorkingDays) { this.dueSoonWorkingDays = dueSoonWorkingDays; }
    public int getPageSize() { return pageSize; }
    public void setPageSize(int pageSize) { this.pageSize = pageSize; }
}
