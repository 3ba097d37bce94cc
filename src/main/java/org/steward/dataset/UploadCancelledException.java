package org.steward.dataset;

import org.steward.base.DomainException;

/** The user cancelled an upload before the sample was stored; nothing was stored. */
public class UploadCancelledException extends DomainException {

    public UploadCancelledException() {
        super("The upload was cancelled; nothing was stored.");
    }
}
