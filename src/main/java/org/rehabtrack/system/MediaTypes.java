package org.rehabtrack.system;

/** Media types the API speaks beyond those JAX-RS names. */
public final class MediaTypes {

    /** JSON Merge Patch (RFC 7396), accepted by every PATCH beside application/json. */
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    /** An Excel workbook (.xlsx). */
    public static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MediaTypes() {}
}
