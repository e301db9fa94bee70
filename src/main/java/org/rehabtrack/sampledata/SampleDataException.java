package org.rehabtrack.sampledata;

/** A sample-data file that cannot be loaded as it is, with where to look. */
public class SampleDataException extends RuntimeException {

    SampleDataException(String file, long line, String problem) {
        super(
                "Sample data "
                        + SampleFiles.FOLDER
                        + file
                        + (line > 0 ? ", line " + line : "")
                        + ": "
                        + problem);
    }
}
