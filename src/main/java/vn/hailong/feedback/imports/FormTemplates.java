package vn.hailong.feedback.imports;

import vn.hailong.feedback.Instrument;
import vn.hailong.web.TableExport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a clerk starts from: the header row (fixed columns, one column per criterion of the instrument, comment)
 * and one example row to overwrite, as CSV (UTF-8 with BOM, so Excel reads it) and XLSX.
 */
public final class FormTemplates {

    private FormTemplates() {
    }

    public static List<String> header(Instrument instrument) {
        List<String> header = new ArrayList<>();
        FormColumn.beforeCriteria().forEach(c -> header.add(c.header()));
        instrument.elements().forEach(e -> e.criteria().forEach(c -> header.add(c.code())));
        header.add(FormColumn.COMMENT.header());
        return header;
    }

    /** The example: form VD-0001 of the uploader's unit, answered yesterday by a citizen, all criteria answered. */
    static List<Object> example(Instrument instrument, String unitCode, LocalDate yesterday) {
        List<Object> row = new ArrayList<>(List.of("VD-0001", unitCode, yesterday.toString(), "", "", "", "cá nhân", 5));
        int i = 0;
        for (Instrument.Element e : instrument.elements()) {
            for (Instrument.Criterion ignored : e.criteria()) {
                row.add(i++ % 3 == 2 ? 4 : 5);
            }
        }
        row.add("Cán bộ hướng dẫn tận tình");
        return row;
    }

    public static byte[] csv(Instrument instrument, String unitCode, LocalDate yesterday) {
        return TableExport.csv(header(instrument), List.of(example(instrument, unitCode, yesterday)));
    }

    public static byte[] xlsx(Instrument instrument, String unitCode, LocalDate yesterday) {
        return TableExport.xlsx("Phieu khao sat", header(instrument), List.of(example(instrument, unitCode, yesterday)));
    }
}
