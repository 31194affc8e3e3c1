package vn.hailong.benchmark;

import java.util.ArrayList;
import java.util.List;

/** What the run measured, as markdown: a heading and notes per section, and tables. Printed once at the end. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void heading(String title) {
        text.append("\n### ").append(title).append("\n\n");
    }

    void note(String line) {
        text.append(line).append("\n");
    }

    Table table(String... columns) {
        Table t = new Table(columns);
        tables.add(t);
        text.append("\u0000").append(tables.size() - 1).append("\u0000");
        return t;
    }

    private final List<Table> tables = new ArrayList<>();

    @Override
    public String toString() {
        String out = text.toString();
        for (int i = 0; i < tables.size(); i++) {
            out = out.replace("\u0000" + i + "\u0000", tables.get(i).toString());
        }
        return out;
    }

    static final class Table {
        private final String[] columns;
        private final List<String[]> rows = new ArrayList<>();

        Table(String[] columns) {
            this.columns = columns;
        }

        void row(Object... cells) {
            String[] row = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = String.valueOf(cells[i]);
            }
            rows.add(row);
        }

        @Override
        public String toString() {
            int[] width = new int[columns.length];
            for (int i = 0; i < columns.length; i++) {
                width[i] = columns[i].length();
                for (String[] r : rows) {
                    width[i] = Math.max(width[i], r[i].length());
                }
            }
            StringBuilder s = new StringBuilder();
            line(s, columns, width);
            s.append('|');
            for (int w : width) {
                s.append("-".repeat(w + 2)).append('|');
            }
            s.append('\n');
            for (String[] r : rows) {
                line(s, r, width);
            }
            return s.append('\n').toString();
        }

        private static void line(StringBuilder s, String[] cells, int[] width) {
            s.append('|');
            for (int i = 0; i < cells.length; i++) {
                s.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].length() + 1)).append('|');
            }
            s.append('\n');
        }
    }

    static String ms(double millis) {
        if (millis >= 10_000) {
            return String.format("%.1f s", millis / 1000);
        }
        if (millis >= 100) {
            return String.format("%.0f ms", millis);
        }
        return String.format("%.2f ms", millis);
    }
}
