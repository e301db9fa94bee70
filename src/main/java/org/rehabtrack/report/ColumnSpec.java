package org.rehabtrack.report;

/**
 * What a report column is besides its place: the name of its header's label ({@code
 * report.col.<key>}) and its width in characters. Each constant of a sheet's column enum holds one.
 */
public record ColumnSpec(String key, int width) {

    public ColumnSpec {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A column needs the key of its label");
        }
        if (width <= 0) {
            throw new IllegalArgumentException("Column " + key + " needs a width, not " + width);
        }
    }
}
