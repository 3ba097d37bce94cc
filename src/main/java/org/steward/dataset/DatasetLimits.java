package org.steward.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded samples.
 *
 * @param maxUploadSize the largest file accepted ({@code steward.datasets.max-upload-size}, default 200 MB)
 */
@ConfigurationProperties("steward.datasets")
record DatasetLimits(@DefaultValue("200MB") DataSize maxUploadSize) {
}
