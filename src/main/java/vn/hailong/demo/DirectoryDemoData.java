package vn.hailong.demo;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.kiosk.KioskDraft;
import vn.hailong.kiosk.KioskRegistry;
import vn.hailong.kiosk.persistence.Kiosks;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.organisation.importing.DirectoryImport;
import vn.hailong.organisation.importing.ImportKind;
import vn.hailong.organisation.importing.ImportReport;
import vn.hailong.organisation.importing.RowResult;
import vn.hailong.organisation.importing.RowStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory of the demo province: units, sectors, procedures, counters and officers from the CSV files under
 * {@code demo/} (loaded through the same CSV import admins use, which proves it), then one kiosk per service centre.
 * Re-running reports every row UNCHANGED and creates no kiosk.
 */
@Singleton
class DirectoryDemoData implements DemoDataContributor {

    static final int ORDER = 100;
    static final String PROVINCE_CODE = "46";
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryDemoData.class);
    private static final List<ImportKind> FILES = List.of(
            ImportKind.SECTORS, ImportKind.PROCEDURES, ImportKind.UNITS, ImportKind.COUNTERS, ImportKind.OFFICERS);

    private final DirectoryImport imports;
    private final Directory directory;
    private final KioskRegistry kioskRegistry;
    private final Kiosks kiosks;

    DirectoryDemoData(DirectoryImport imports, Directory directory, KioskRegistry kioskRegistry, Kiosks kiosks) {
        this.imports = imports;
        this.directory = directory;
        this.kioskRegistry = kioskRegistry;
        this.kiosks = kiosks;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public String name() {
        return "directory";
    }

    @Override
    public String contribute(DemoContext context) {
        if (!PROVINCE_CODE.equals(context.province().code())) {
            LOG.warn("Demo data describes Thành phố Huế (code 46) but this deployment's province is {}; skipped.",
                    context.province().code());
            return "skipped (province is not 46)";
        }
        List<String> parts = new ArrayList<>();
        for (ImportKind kind : FILES) {
            ImportReport report = load(context, kind);
            parts.add(kind.path() + " " + report.created() + " new/" + report.updated() + " updated/"
                    + report.unchanged() + " unchanged" + (report.hasErrors() ? "/" + report.errors() + " ERRORS" : ""));
        }
        parts.add("kiosks " + kiosks(context) + " new");
        return String.join(", ", parts);
    }

    /** Loads one demo file; a row error is a bug in our own data, so it is logged loudly (and tests fail on it). */
    ImportReport load(DemoContext context, ImportKind kind) {
        String resource = "demo/" + kind.path() + ".csv";
        try (InputStream in = DirectoryDemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            ImportReport report = imports.importCsv(context.actor(), kind, in);
            for (RowResult row : report.rows()) {
                if (row.status() == RowStatus.ERROR) {
                    LOG.error("Demo data {} row {} ({}): {}", resource, row.row(), row.code(), row.message());
                }
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One kiosk per service centre, created once; its token is not needed for the demo and is not kept. */
    private int kiosks(DemoContext context) {
        int created = 0;
        List<Unit> centres = new ArrayList<>();
        collectCentres(context.province(), centres);
        for (Unit centre : centres) {
            String code = centre.code() + ".K1";
            if (!kiosks.existsByCode(code)) {
                kioskRegistry.registerTrusted(new KioskDraft(code, "Ki-ốt đánh giá – " + centre.name(), centre.code(),
                        null, null));
                created++;
            }
        }
        return created;
    }

    private void collectCentres(Unit unit, List<Unit> into) {
        for (Unit child : directory.children(unit.id())) {
            if (child.type() == UnitType.SERVICE_CENTRE_COMMUNE || child.type() == UnitType.SERVICE_CENTRE_PROVINCE) {
                if (child.code().startsWith(PROVINCE_CODE + ".") || child.code().matches("\\d{5}\\.TTPVHCC")) {
                    into.add(child);
                }
            }
            if (child.type() == UnitType.COMMUNE || child.type() == UnitType.WARD) {
                collectCentres(child, into);
            }
        }
    }
}
