package org.ccpe.simulator.snmp;

import java.util.Arrays;
import java.util.function.Supplier;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * A part of the MIB shaped {@code entry.column.index}, with one integer index: a conceptual
 * table (the IF-MIB tables, indexed by ifIndex) or a group of scalars (index 0 only). Values
 * are computed when asked, so counters need no thread to move and a large table costs no
 * memory per cell.
 */
final class MibTable {

    /** The value of one cell, or null when this row lacks the column (e.g. no ifHC* counters). */
    @FunctionalInterface
    interface Cell {
        Variable value(int column, int index);
    }

    private final OID entry;
    private final int[] columns;
    private final Supplier<int[]> indexes;
    private final Cell cell;

    /** @param indexes the current row indexes, ascending */
    MibTable(OID entry, int[] columns, Supplier<int[]> indexes, Cell cell) {
        this.entry = entry;
        this.columns = columns.clone();
        Arrays.sort(this.columns);
        this.indexes = indexes;
        this.cell = cell;
    }

    static MibTable scalars(OID group, int[] columns, Cell cell) {
        int[] zero = {0};
        return new MibTable(group, columns, () -> zero, cell);
    }

    OID entry() {
        return entry;
    }

    /** What a GET of {@code oid} answers, or null when the OID names no object of this table. */
    Variable get(OID oid) {
        if (!oid.startsWith(entry) || oid.size() <= entry.size()) {
            return null;
        }
        int column = oid.get(entry.size());
        if (Arrays.binarySearch(columns, column) < 0) {
            return null;
        }
        if (oid.size() != entry.size() + 2) {
            return Null.noSuchInstance;
        }
        int index = oid.get(entry.size() + 1);
        if (Arrays.binarySearch(indexes.get(), index) < 0) {
            return Null.noSuchInstance;
        }
        Variable value = cell.value(column, index);
        return value == null ? Null.noSuchInstance : value;
    }

    /** The first instance after {@code oid} in lexicographic order, or null when none is. */
    Instance next(OID oid) {
        int[] rows = indexes.get();
        if (!oid.startsWith(entry)) {
            return oid.compareTo(entry) < 0 ? firstFrom(0, rows, Long.MIN_VALUE) : null;
        }
        if (oid.size() == entry.size()) {
            return firstFrom(0, rows, Long.MIN_VALUE);
        }
        int column = oid.get(entry.size());
        int position = Arrays.binarySearch(columns, column);
        if (position < 0) {
            return firstFrom(-position - 1, rows, Long.MIN_VALUE);
        }
        // entry.column or entry.column.i…: rows after i in this column (an OID below a row sorts after it)
        long after = oid.size() == entry.size() + 1 ? Long.MIN_VALUE : oid.getUnsigned(entry.size() + 1);
        return firstFrom(position, rows, after);
    }

    /** The first present cell from column position {@code from}, in its first row after {@code after}. */
    private Instance firstFrom(int from, int[] rows, long after) {
        for (int c = from; c < columns.length; c++) {
            int start = c == from ? firstRowAfter(rows, after) : 0;
            for (int r = start; r < rows.length; r++) {
                Variable value = cell.value(columns[c], rows[r]);
                if (value != null) {
                    return new Instance(new OID(entry.getValue(), new int[] {columns[c], rows[r]}), value);
                }
            }
        }
        return null;
    }

    private static int firstRowAfter(int[] rows, long after) {
        if (after == Long.MIN_VALUE) {
            return 0;
        }
        // rows are positive ints in ascending order: binary search for the first one above 'after'
        int low = 0;
        int high = rows.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (rows[middle] <= after) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    record Instance(OID oid, Variable value) {}
}
