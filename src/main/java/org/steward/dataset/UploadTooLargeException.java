package org.steward.dataset;

import java.util.Map;
import org.steward.base.InvalidInputException;

/** The uploaded file is larger than {@code steward.datasets.max-upload-size}; the REST API answers 413. */
public class UploadTooLargeException extends InvalidInputException {

    static final String PROPERTY = "steward.datasets.max-upload-size";

    private UploadTooLargeException(String message) {
        super(Map.of("file", message));
    }

    /** "The file is 250.3 MB; the limit is 200 MB (steward.datasets.max-upload-size)." */
    public static UploadTooLargeException of(long sizeBytes, long limitBytes) {
        return new UploadTooLargeException("The file is " + describe(sizeBytes) + "; the limit is "
                + describe(limitBytes) + " (" + PROPERTY + ").");
    }

    /** For when the size is not known, only that it is too large. */
    public static UploadTooLargeException over(long limitBytes) {
        return new UploadTooLargeException("The file is larger than the limit of " + describe(limitBytes) + " ("
                + PROPERTY + ").");
    }

    /** "250.3 MB", "12 KB", "512 bytes": sizes as people read them (1 MB = 1024 KB, as DataSize counts). */
    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        var rounded = Math.round(value * 10) / 10.0;
        var text = rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
        return text + " " + units[unit];
    }
}
