package vn.hailong.demo;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.hailong.access.users.ManagingUsers;
import vn.hailong.access.users.StartBanner;
import vn.hailong.access.users.UserDraft;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.shared.security.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * One staff account per role (issue 7.4), so that a quick start shows what a manager, a complaint handler or a
 * one-stop officer sees without creating users by hand. All share one demo password (HAILONG_DEMO_PASSWORD),
 * printed in the start banner. Accounts that exist are left as they are (a changed password stays changed).
 */
@Singleton
class StaffDemoData implements DemoDataContributor {

    static final int ORDER = DirectoryDemoData.ORDER + 50;

    /** A demo account: user name, full name, role and the code of its unit. */
    record Account(String username, String fullName, Role role, String unitCode) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("quanly.tinh", "Hoàng Thị Thanh Hương", Role.PROVINCE_MANAGER, DirectoryDemoData.PROVINCE_CODE),
            new Account("quanly.thuanhoa", "Nguyễn Văn Hùng", Role.UNIT_MANAGER, "19789.TTPVHCC"),
            new Account("xuly.thuanhoa", "Lê Thị Mai Phương", Role.HANDLER, "19789.TTPVHCC"),
            new Account("canbo.thuanhoa", "Trần Thị Diệu Linh", Role.OFFICER, "19789.TTPVHCC"));

    private final ManagingUsers managingUsers;
    private final Users users;
    private final StartBanner banner;
    private final String password;

    StaffDemoData(ManagingUsers managingUsers, Users users, StartBanner banner,
                  @Value("${hailong.demo-password:hailong-demo-2026}") String password) {
        this.managingUsers = managingUsers;
        this.users = users;
        this.banner = banner;
        this.password = password;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public String name() {
        return "staff accounts";
    }

    @Override
    public String contribute(DemoContext context) {
        if (!DirectoryDemoData.PROVINCE_CODE.equals(context.province().code())) {
            return "skipped (province is not 46)";
        }
        int created = 0;
        List<String> lines = new ArrayList<>(List.of("HaiLong demo: one account per role, all with the password "
                + password, ""));
        for (Account a : ACCOUNTS) {
            if (!users.existsByUsername(a.username())) {
                managingUsers.create(context.actor(), new UserDraft(a.username(), a.fullName(), a.role(),
                        a.unitCode(), password));
                created++;
            }
            lines.add(String.format("  %-16s %-17s %s", a.username(), a.role(), a.fullName()));
        }
        lines.add("");
        lines.add("Demo data only (HAILONG_DEMO_DATA=true): never use these accounts in production.");
        banner.show(lines);
        return created + " new of " + ACCOUNTS.size();
    }
}
