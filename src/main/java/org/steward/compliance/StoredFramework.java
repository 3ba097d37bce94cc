package org.steward.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One loaded framework revision: its file's SHA-256 and its parsed definition as JSON. Never changes. */
@Entity
@Table(name = "compliance_framework")
class StoredFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String code = "";

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, updatable = false, length = 200)
    private String title = "";

    @Column(nullable = false, updatable = false, length = 200)
    private String edition = "";

    @Column(name = "source_file", nullable = false, updatable = false, length = 200)
    private String sourceFile = "";

    @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
    private String contentSha256 = "";

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String definition = "";

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt = Instant.EPOCH;

    @Version
    private long version;

    protected StoredFramework() {
    }

    StoredFramework(String code, int revision, String title, String edition, String sourceFile,
                    String contentSha256, String definition, Instant loadedAt) {
        this.code = code;
        this.revision = revision;
        this.title = title;
        this.edition = edition;
        this.sourceFile = sourceFile;
        this.contentSha256 = contentSha256;
        this.definition = definition;
        this.loadedAt = loadedAt;
    }

    String code() {
        return code;
    }

    int revision() {
        return revision;
    }

    String sourceFile() {
        return sourceFile;
    }

    String contentSha256() {
        return contentSha256;
    }

    String definition() {
        return definition;
    }

    Instant loadedAt() {
        return loadedAt;
    }
}
