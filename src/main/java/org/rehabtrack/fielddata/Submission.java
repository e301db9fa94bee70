package org.rehabtrack.fielddata;

import java.util.List;
import java.util.Map;

/**
 * One filled form as a field tool exported it: the submission's instance id ({@code uuid:...}), its
 * row in the export (the header is row 1; for the report), its answers by question name, and the
 * answers of each of its findings. A question left empty has no answer. A geopoint's parts are
 * answered as {@code _gps_latitude} and {@code _gps_longitude}, as KoboToolbox names them.
 */
record Submission(
        String instanceId,
        int row,
        Map<String, String> answers,
        List<Map<String, String>> findings) {

    /** The instance id as both tools write it in the form, with its {@code uuid:} prefix. */
    static String prefixed(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String stripped = id.strip();
        return stripped.startsWith("uuid:") ? stripped : "uuid:" + stripped;
    }

    /** The instance id without its prefix, as KoboToolbox names a submission's media folder. */
    static String bare(String id) {
        return id == null ? null : id.strip().replaceFirst("^uuid:", "");
    }
}
