package org.steward.base;

import java.util.Map;

/** An error that can be pinned on the input fields that caused it. */
public interface HasFieldErrors {

    Map<String, String> fieldErrors();
}
